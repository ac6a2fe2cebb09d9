"""The result of a value still being typed, computed and laid out before enter, which then only
has to show it.

People type a value and then read it over before pressing enter: a tenth of a second at least.
The engine needs a few milliseconds of that pause to compute the scenario the typed value would
make, which is then ready when enter comes, and the new numbers are on screen within a frame
(bench/tui.py measures edit-to-repaint both ways). The typed text is read as enter would read it
(`core.entry`); a result is used only when the edits that enter makes are exactly the ones it
was computed for, on the same file as read, so a changed file, an undo or a different value
simply computes again. Nothing here does arithmetic: core computes, this only keeps the result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.timer import Timer

    from core.engine import Result
    from core.model import Scenario
    from core.session import EditsKey, Session
    from tui.app import NavotopApp
    from tui.widgets.calc_table import TableView

PAUSE = 0.03
"""Seconds of no typing before computing ahead: a burst of keys computes once, at its end."""


class Foresight:
    """At most one result computed ahead, for the edits the typed text would make."""

    def __init__(self, app: NavotopApp) -> None:
        self.app = app
        self._timer: Timer | None = None
        self._ready: tuple[Scenario, EditsKey, Result | None, TableView] | None = None
        """The file as read, the edits, the compared result and the view made for them."""

    @property
    def ready(self) -> bool:
        """A result has been computed ahead (tests wait for this instead of sleeping)."""
        return self._ready is not None

    def typed(self, row: str, year: int, text: str) -> None:
        """The text in the cell being edited changed: compute its result once typing pauses."""
        self._ready = None
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.app.set_timer(PAUSE, lambda: self._prepare(row, year, text))

    def _prepare(self, row: str, year: int, text: str) -> None:
        from core.engine import compute
        from core.entry import parse_entry
        from tui.widgets.calc_table import CalcPane

        self._ready = None
        session = self.app.session
        target = session.target(row, year, self.app.result)
        if isinstance(target, str) or target.kind == "growth":  # growth asks which years first
            return
        try:
            value = parse_entry(text, target.value)
        except ValueError:  # half-typed ("2,", "+"): enter will say what is wrong
            return
        key, scenario = session.trial(target, value)
        try:
            view = self.app.table_view(compute(scenario))
        except Exception:  # ahead of time only: enter computes again, and reports what fails
            return
        self.app.main.query_one(CalcPane).prepare(view)
        self._ready = (session.disk, key, self.app.compare_result, view)

    def take(self, session: Session) -> TableView | None:
        """The view computed ahead when it is the one for `session`'s edits now (on the same
        file as read, compared with the same scenario), else None; either way it is used up."""
        if self._timer is not None:  # typed and accepted within the pause: nothing to foresee
            self._timer.stop()
        ready, self._ready = self._ready, None
        if ready is None or ready[0] is not session.disk or ready[2] is not self.app.compare_result:
            return None
        return ready[3] if ready[1] == session.edits_key() else None
