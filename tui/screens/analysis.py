"""Goal seek (`g`) and the tornado (`t`) for the selected cell: modal, driven by keys alone.

Both only ask core (core/solve.py, core/sensitivity.py, on the sweep engine) and print what it
says through tui/analysis_text.py. Goal seek answers as you type: the answer for the target
shown is on screen in the dialog's first frame, and follows every key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.analysis_text import label_of, number, solve_lines, tornado_lines, unit_of

if TYPE_CHECKING:
    from core.sensitivity import Sensitivity
    from core.solve import Answer, How
    from core.sweep import Sweep

DEFAULT_VARY = "defence_excl_ukraine"
"""Dutch spending excluding Ukraine support: the input a "what does it take?" question usually means."""
HOW_LABELS: tuple[tuple[str, str], ...] = (
    ("level", "level: the input in that year alone"),
    ("step", "step: one amount added in every year from the second year"),
    ("growth", "growth: one rate a year from the first year on"),
)


class GoalSeekScreen(ModalScreen["Answer | None"]):
    """Which value of an input makes this cell reach a target? Enter applies the answer."""

    DEFAULT_CSS = """
    GoalSeekScreen { align: center middle; }
    GoalSeekScreen > VerticalScroll {
        width: 100; max-width: 98%; height: auto; max-height: 98%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    GoalSeekScreen .field { height: 1; }
    GoalSeekScreen .field .hint { width: auto; }
    GoalSeekScreen OptionList { height: auto; max-height: 8; }
    GoalSeekScreen #goal-answer { height: auto; max-height: 9; margin: 1 0; }
    GoalSeekScreen .hint { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    AUTO_FOCUS = "#goal-target"

    def __init__(self, sweep: Sweep, row: str, year: int, target: float, inputs: list[str]) -> None:
        super().__init__()
        self.sweep, self.row, self.year = sweep, row, year
        self.initial = target
        self.inputs = inputs
        self.answer: Answer | None = None

    def compose(self) -> ComposeResult:
        unit = unit_of(self.sweep, self.row)
        now = self.sweep.cell(1, {}, self.row, self.year)[0]
        cell = f"{label_of(self.sweep, self.row)} ({self.row}) in {self.year}"
        with VerticalScroll():
            yield Static(
                Text.assemble(
                    ("Goal seek: ", "bold"),
                    f"{cell}, now {number(now, unit)} {unit}",
                )
            )
            with Horizontal(classes="field"):
                yield Static("target ", classes="hint")
                yield Input(f"{self.initial:g}", id="goal-target", compact=True)
            yield Static("", id="goal-answer")
            yield Static("input to vary (tab, arrows):", classes="hint")
            options = [
                Option(f"{series}: {label_of(self.sweep, series)}", id=series) for series in self.inputs
            ]
            yield OptionList(*options, id="goal-vary", compact=True)
            yield Static("how (tab, arrows):", classes="hint")
            how = [Option(text, id=how) for how, text in HOW_LABELS]
            yield OptionList(*how, id="goal-how", compact=True)
            yield Static("enter applies the answer as one edit (u undoes it) · esc cancels", classes="hint")

    def on_mount(self) -> None:
        vary = self.query_one("#goal-vary", OptionList)
        vary.highlighted = self.inputs.index(DEFAULT_VARY) if DEFAULT_VARY in self.inputs else 0
        self.query_one("#goal-how", OptionList).highlighted = 0
        self._solve()

    def _choice(self, selector: str) -> str:
        options = self.query_one(selector, OptionList)
        index = options.highlighted or 0
        return options.get_option_at_index(index).id or ""

    @on(Input.Changed, "#goal-target")
    @on(OptionList.OptionHighlighted)
    def _solve(self) -> None:
        from core.edit import parse_number
        from core.errors import NavotopError
        from core.solve import Goal, solve

        shown = self.query_one("#goal-answer", Static)
        try:
            target = parse_number(self.query_one("#goal-target", Input).value)
        except ValueError as exc:
            self.answer = None
            shown.update(str(exc))
            return
        how: How = self._choice("#goal-how")  # type: ignore[assignment]
        try:
            self.answer = solve(
                self.sweep, Goal(self.row, self.year, target, self._choice("#goal-vary"), how)
            )
        except NavotopError as error:
            self.answer = None
            shown.update(" ".join(p.message for p in error.problems))
            return
        shown.update("\n".join(solve_lines(self.sweep, self.answer)[1:]))

    @on(Input.Submitted, "#goal-target")
    @on(OptionList.OptionSelected)
    def _apply(self) -> None:
        if self.answer is not None and self.answer.reachable:
            self.dismiss(self.answer)
        else:
            self.app.bell()

    def action_cancel(self) -> None:
        self.dismiss(None)


class TornadoScreen(ModalScreen[None]):
    """Which input moves this cell most: each moved by the same share, both ways, ranked."""

    DEFAULT_CSS = """
    TornadoScreen { align: center middle; }
    TornadoScreen > VerticalScroll {
        width: 110; max-width: 98%; height: auto; max-height: 95%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    TornadoScreen .hint { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "close", "Close"), Binding("t", "close", "Close", show=False)]

    def __init__(self, sweep: Sweep, result: Sensitivity) -> None:
        super().__init__()
        self.sweep, self.result = sweep, result

    def compose(self) -> ComposeResult:
        r = self.result
        unit = unit_of(self.sweep, r.row)
        with VerticalScroll():
            yield Static(
                Text.assemble(
                    ("Sensitivity: ", "bold"),
                    f"{label_of(self.sweep, r.row)} ({r.row}) in {r.year} = {number(r.base, unit)} {unit}",
                )
            )
            yield Static(
                f"each input moved {r.by:g}% down and up in every year, the others as they are;"
                " largest effect first; 'no change': the cell does not depend on that input",
                classes="hint",
            )
            names = max(len(e.series) for e in r.effects)
            room = min(40, self.app.size.width - names - 34)  # name, bars, "low .. high", borders
            yield Static("\n".join(tornado_lines(self.sweep, r, room)), id="tornado-bars")
            yield Static("esc or t closes", classes="hint")

    def action_close(self) -> None:
        self.dismiss(None)
