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
        edits = self.app.session.edits
        self.writer.record(edits.values, self.app.session.snapshot.data, edits.growth)

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
        edits = t("count.unsaved_edit" if count == 1 else "count.unsaved_edits", count=count)
        question = t("journal.body", edits=edits, file=app.path.name, when=when)
        if pending.file_changed:
            question += "\n" + t("journal.changed")

        def answer(choice: str | None) -> None:
            before = app.result
            if choice == "r":
                app.session.restore(pending.edits, pending.growth)
                self.record()
                app.recompute()
                app.minutes.log("restore", before)
                app.notify(t("journal.restored", edits=edits))
            else:
                self.clear()
                app.minutes.log("discard", before)
                app.notify(t("journal.discarded"))

        app.main.ask(question, [("r", t("journal.restore")), ("d", t("journal.discard"))], "r", answer)
