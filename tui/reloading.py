"""The scenario's files on disk: watched, compared by content, read again when they change.

The same promises whoever changed the file: reload within a second, keep cursor and scroll,
ask first when there are unsaved edits, keep the last good numbers while the file is broken,
and recover when it is fixed (also when the fault is in a file it extends). The watch itself
runs in a thread (tui/watch.py) and reports in messages, which the app hands to this object;
the reading is the app's `reread` worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import NavotopError
from core.i18n import t
from tui.watch import FolderWatch

if TYPE_CHECKING:
    from tui import messages as m
    from tui.app import NavotopApp


class Reloading:
    """What the app knows of its files on disk, and what it does when they change."""

    def __init__(self, app: NavotopApp) -> None:
        self.app = app
        self.known: dict[Path, bytes] = {}
        """The content of each watched file as last read: a change that leaves it (our own
        save, a touch) is no change."""
        self.asking = False
        """A question about a change on disk is open: one question for one change."""
        self._watching: FolderWatch | None = None

    def remember(self) -> set[Path]:
        """The session's files as just read; returns their folders, to watch."""
        session = self.app.session
        files = [p.resolve() for p in session.files()]
        self.known = {p: read(p) for p in files}
        self.known[session.path.resolve()] = session.snapshot.data
        return {p.parent for p in files}

    def seen(self) -> None:
        """The files as they are now count as known: the change is not asked about again."""
        self.known = {p: read(p) for p in self.known}

    def watch(self, folders: set[Path]) -> None:
        """Watch these folders from now on (replacing the folders watched so far)."""
        if not self.app.settings.watch:
            return
        if self._watching is not None:
            if self._watching.folders == sorted(f.resolve() for f in folders):
                return
            self._watching.stop()
        self._watching = FolderWatch(folders, self.app)

    def stop(self) -> None:
        if self._watching is not None:
            self._watching.stop()

    def files_changed(self, paths: frozenset[Path]) -> None:
        """What the watch saw: before a scenario has loaded, any TOML file may be the fix (the
        fault may be in a file it extends); after, only the files it is read from matter."""
        if not self.app.ready:
            if any(p.suffix == ".toml" for p in paths):
                self.app.load()
            return
        self.changed(paths & self.known.keys())

    def changed(self, paths: set[Path] | frozenset[Path]) -> None:
        """Reload when a file's content differs from what was read; ask first when there are
        unsaved edits."""
        changed = sorted(p for p in paths if read(p) != self.known.get(p))
        if not changed or self.asking:
            return
        if not self.app.session.dirty:
            self.app.reread(keep_edits=False)
            return
        self.asking = True

        def answer(choice: str | None) -> None:
            self.asking = False
            self.app.reread(keep_edits=choice != "r")

        names = ", ".join(p.name for p in changed)
        answers = [("r", t("app.reload_drop")), ("k", t("app.keep_on_top"))]
        self.app.main.ask(t("app.changed_question", files=names), answers, "k", answer)

    def adopt(self, message: m.DiskReread) -> None:
        """The file as read again becomes the session's, with the edits kept on top or not."""
        app = self.app
        kept = message.keep_edits and app.session.dirty
        app.session.adopt(message.snapshot, message.disk, keep_edits=message.keep_edits)
        app.journaling.record()  # dropped edits leave no journal; kept ones now rest on the new file
        app.after_load()
        name = app.session.path.name
        app.notify(t("app.reread_kept", name=name) if kept else t("app.reloaded", file=name))


def read(path: Path) -> bytes:
    """The file through the one reader: a FIFO or device swapped in must not stall the UI."""
    from core.safefile import read_regular

    try:
        return read_regular(path)
    except NavotopError:
        return b""
