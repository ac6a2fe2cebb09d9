"""Nothing lost when the connection drops: the app's side of the journal (core/journal.py).

Every change to the unsaved edits (cell values and growth rates) is queued to the journal's own
thread as it is made; a clean save or a discard clears it; a journal an earlier session left is
offered back, saying from when, and saying so when the file has changed on disk since.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from core.i18n import t
from core.journal import Journal, JournalWriter

if TYPE_CHECKING:
    from core.journal import Pending
    from tui.app import NavotopApp


class Journaling:
    """The journal of the file the app is working on, written off the UI thread."""

    def __init__(self, app: NavotopApp, path: Path) -> None:
        self.app = app
        self.writer = self._writer_for(path)
        """The unsaved edits, on disk as they are made, off the UI thread."""

    def _writer_for(self, path: Path) -> JournalWriter:
        return JournalWriter(Journal(path, self.app.settings.journal_dir), self._failed)

    def follow(self, path: Path) -> None:
        """Journal `path` from now on (another file was opened)."""
        if path.resolve() != self.writer.journal.scenario.resolve():
            self.writer.close()
            self.writer = self._writer_for(path)

    def record(self) -> None:
        """Put the unsaved edits on disk, in order, on the journal's own thread."""
        session = self.app.session
        self.writer.record(session.edits.values, session.snapshot.data, session.edits.growth, session.count)

    def clear(self) -> None:
        """Nothing is left unsaved: saved, or discarded on purpose (nothing to offer next time)."""
        self.writer.clear()

    def close(self) -> None:
        """What is queued reaches the disk before the process ends."""
        self.writer.close()

    def _failed(self, error: OSError) -> None:
        """From the journal's thread: say so (the edits are still here; saving keeps them)."""
        with contextlib.suppress(RuntimeError):  # the app has already closed
            self.app.call_from_thread(
                self.app.notify, t("journal.not_written", error=error), severity="warning", timeout=10
            )

    def offer_restore(self, pending: Pending) -> None:
        """Unsaved edits from a session that ended without saving: restore them or discard them,
        saying from when, and saying so when the file has changed on disk since."""
        from core.formats import timestamp

        app = self.app
        count, when = pending.count, timestamp(pending.when)
        edits = unsaved_edits(count)
        question = t("journal.body", edits=edits, file=app.path.name, when=when)
        if pending.file_changed:
            question += "\n" + t("journal.changed")

        def answer(choice: str | None) -> None:
            before = app.result
            if choice == "r":
                was = app.session.edits.copy()
                app.session.restore(pending.edits, pending.growth, count)
                self.record()
                app.recompute()
                # Each cell that came back, as an edit of it is logged: a tester found one bare
                # "restore" line and could not tell from the log what had come back.
                for cell, old, new in app.editing.changes(was.values, was.growth):
                    app.minutes.log("restore", before, cell=cell, old=old, new=new)
                app.notify(t("journal.restored", edits=edits))
            else:
                self.clear()
                app.minutes.log("discard", before)
                app.notify(t("journal.discarded"))

        app.main.ask(question, [("r", t("journal.restore")), ("d", t("journal.discard"))], "r", answer)


def unsaved_edits(count: int) -> str:
    """`1 unsaved edit`, `3 unsaved edits`: the count `Session.count` and `Pending.count` keep,
    one edit for each the user made (a growth rate for five years is one)."""
    return t("count.unsaved_edit" if count == 1 else "count.unsaved_edits", count=count)
