"""Saving the what-if edits: into the file, as a new what-if file beside it, over a change made
on disk meanwhile (asked, never silently), and the one question before unsaved edits would be
lost (quit, open).

core/session.py writes; this decides what to ask first and what to say after.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import NavotopError
from core.i18n import t
from tui.journaling import unsaved_edits
from tui.reloading import read
from tui.scenario_list import shown_folder
from tui.screens.save_as import SaveAsWhatIf

if TYPE_CHECKING:
    from core.engine import Check
    from tui.app import NavotopApp


class Saving:
    """The app's ways of writing its edits, and of asking before they are lost."""

    def __init__(self, app: NavotopApp) -> None:
        self.app = app

    def save(self, then: Callable[[], object] | None = None) -> None:
        """Save into the file, then do `then` (quit, open another file) once the edits are
        written. Every way of saving comes here (the `s` key, the palette, the quit and open
        questions), so each asks the same questions first: a read-only file offers
        save-as-a-what-if; edits that would make the file miss its own published figures are
        asked about, with save-as offered first; a change on disk meanwhile is asked about
        before anything is written."""
        app = self.app
        session = app.session
        if not session.dirty:
            app.notify(t("app.no_unsaved"))
            if then is not None:
                then()
            return
        name = session.path.name
        if not session.writable:

            def read_only(choice: str | None) -> None:
                if choice == "a":
                    self.save_as(then)

            question = t("app.read_only", name=name)
            answers = [("a", t("app.save_as_instead")), ("c", t("app.cancel"))]
            app.main.ask(question, answers, "c", read_only)
            return
        if read(session.path) != session.snapshot.data:
            # Changed (or broken) on disk since it was read: that question, or why nothing was
            # written, comes first, and alone; the published figures are asked about after it.
            self._write(over_outside_change=False, then=then)
            return
        self._unless_missed(over_outside_change=False, then=then)

    def _unless_missed(self, *, over_outside_change: bool, then: Callable[[], object] | None) -> None:
        """Write, unless the edits would make the file miss its own published figures: then ask
        first (save as a what-if instead, save anyway, cancel). The figures are judged on the
        edits as computed on the file as it was read."""
        app = self.app
        missed = app.session.would_miss(app.disk_result, app.result)
        if not missed:
            self._write(over_outside_change=over_outside_change, then=then)
            return

        def miss(choice: str | None) -> None:
            if choice == "a":
                self.save_as(then)
            elif choice == "s":
                self._write(over_outside_change=over_outside_change, then=then)

        name = app.session.path.name
        figures = missed_figures(missed[:4])
        more = t("app.and_more", count=len(missed) - 4) if len(missed) > 4 else ""
        question = t("app.would_miss", name=name, figures=figures, more=more)
        answers = [
            ("a", t("app.save_as_whatif_instead")),
            ("s", t("app.save_anyway", name=name)),
            ("c", t("app.cancel")),
        ]
        app.main.ask(question, answers, "c", miss)

    def _write(self, *, over_outside_change: bool, then: Callable[[], object] | None) -> None:
        if self.write(over_outside_change=over_outside_change, then=then) and then is not None:
            then()

    def save_as(self, then: Callable[[], object] | None = None) -> None:
        """Ask a name and a note, write the what-if file, and work on it from then on; then do
        `then` (quit, open another file)."""
        app = self.app
        if not app.session.dirty:
            app.notify(t("app.no_edits_to_save_as"))
            return
        where = app.session.path.parent if app.session.writable else Path.cwd()

        def named(answer: tuple[str, str] | None) -> None:
            if answer is not None and self._save_as(*answer) and then is not None:
                then()

        app.push_screen(SaveAsWhatIf(app.session.path.name, shown_folder(where)), named)

    def _save_as(self, name: str, note: str) -> bool:
        from core.engine import compute

        app = self.app
        try:
            child = app.session.save_as(name, note)
        except (NavotopError, OSError) as error:
            app.notify(str(error), title=t("app.not_saved_kept"), severity="error", timeout=10)
            return False
        before, parent = app.result, app.session.path.name
        # The edits now live in the new file: the parent's journal has nothing left to offer,
        # and the edits made from here on are the new file's.
        app.journaling.clear()
        app.session, app.path = child, child.path
        app.journaling.follow(child.path)
        app.file_read(compute(child.disk))
        app.minutes.log("save_as", before, detail=str(child.path))
        app.notify(t("app.saved_whatif", path=child.path, parent=parent))
        return True

    def write(self, *, over_outside_change: bool, then: Callable[[], object] | None = None) -> bool:
        """Write the edits into the file; True when written. A change made on disk meanwhile is
        asked about (or, when the file no longer loads, said); nothing is written over it.
        Only `save` calls this: it asks about the published figures first."""
        from core.edit import StaleFileError

        app = self.app
        try:
            app.session.save(over_outside_change=over_outside_change)
        except StaleFileError:
            try:  # one small file, read to know what to ask (or why not to)
                app.session.read_disk()
            except NavotopError as broken:
                app.notify(
                    t("app.broken_on_disk", name=app.session.path.name, error=broken),
                    title=t("app.not_saved_title"),
                    severity="error",
                    timeout=15,
                )
                return False
            self._ask_stale_save(then)
            return False
        except (NavotopError, OSError) as error:  # the writer says every failure as a NavotopError
            app.notify(str(error), title=t("app.not_saved_kept"), severity="error", timeout=10)
            return False
        before = app.result
        app.journaling.clear()
        app.after_load()
        app.minutes.log("save", before, detail=str(app.session.path))
        app.notify(t("app.saved", path=app.session.path))
        return True

    def _ask_stale_save(self, then: Callable[[], object] | None) -> None:
        """One question for one change: while it is open the watcher does not ask its own
        about the same change, and after "cancel" the change counts as seen."""
        app = self.app
        app.reloading.asking = True

        def answer(choice: str | None) -> None:
            app.reloading.asking = False
            if choice == "o":  # the published figures are asked about before writing over
                self._unless_missed(over_outside_change=True, then=then)
            elif choice == "r":
                app.reread(keep_edits=False)
            else:
                app.reloading.seen()
                app.notify(t("app.not_saved_ask_again"))

        question = t("app.stale_question", path=app.session.path)
        answers = [("o", t("app.stale_apply")), ("r", t("app.stale_reload")), ("c", t("app.stale_cancel"))]
        app.main.ask(question, answers, "c", answer)

    def confirm_unsaved(self, then: Callable[[], object], what: str) -> None:
        """Do `then` at once, or ask first when there are unsaved edits."""
        app = self.app
        if not app.ready or not app.session.dirty:
            then()
            return

        def answer(choice: str | None) -> None:
            if choice == "s":  # the same questions as any save, `then` once written
                self.save(then)
            elif choice == "d":
                app.journaling.clear()  # discarded on purpose: nothing to offer next time
                then()

        answers = [
            ("s", t("app.save_then", what=what)),
            ("d", t("app.discard_then", what=what)),
            ("c", t("app.cancel")),
        ]
        question = t(
            "app.unsaved_question", edits=unsaved_edits(app.session.count), file=app.session.path.name
        )
        app.main.ask(question, answers, "c", answer)


def missed_figures(missed: Sequence[Check]) -> str:
    """`Def. excl. Oekr. (% bbp) 2026 (2,00)`: the published figures the edits would miss, each
    named as the grid names its row and given as published, in the language shown."""
    from core import formats
    from core.measures import row_name

    return ", ".join(f"{row_name(c.id)} {c.year} ({formats.general(c.observed)})" for c in missed)
