"""Goal seek (`g`) for the selected cell: a panel of the main screen, driven by keys alone.

It asks core (core/solve.py, on the sweep engine) and prints what it says through
tui/analysis_text.py. The answer follows every key: the one for the target shown is on screen in
the frame the panel opens in. A panel, composed once and shown on `g`, rather than a dialog
screen: pushing a screen costs Textual a full compose and paint (about ten frames here), which
would put the answer well behind the key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from core import formats
from core.i18n import t
from tui.analysis_text import label_of, number, solve_lines, unit_of

if TYPE_CHECKING:
    from core.solve import Answer, How
    from core.sweep import Sweep

DEFAULT_VARY = "defence_excl_ukraine"
"""Dutch spending excluding Ukraine support: the input a "what does it take?" question usually means."""
HOW_LABELS: tuple[tuple[str, str], ...] = (
    ("level", "goal.how.level"),
    ("step", "goal.how.step"),
    ("growth", "goal.how.growth"),
)


class GoalSeekPanel(VerticalScroll):
    """Which value of an input makes this cell reach a target? Enter applies the answer."""

    BINDINGS = [
        Binding("escape", "close", t("binding.close")),
        Binding("tab", "cycle(1)", t("binding.next_field"), show=False),
        Binding("shift+tab", "cycle(-1)", t("binding.previous_field"), show=False),
    ]
    FIELDS = ("#goal-target", "#goal-vary", "#goal-how")
    """What tab moves between, round and round, while the panel is open."""
    DEFAULT_CSS = """
    GoalSeekPanel {
        display: none; height: auto; max-height: 90%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    GoalSeekPanel.-open { display: block; }
    GoalSeekPanel .field { height: 1; }
    GoalSeekPanel .field .hint { width: auto; }
    GoalSeekPanel OptionList { height: auto; max-height: 9; }
    GoalSeekPanel #goal-answer { height: auto; margin: 1 0; }
    GoalSeekPanel .hint { color: $text-muted; }
    """

    @dataclass
    class Applied(Message):
        """Enter on a reachable answer: apply it (the panel has closed)."""

        answer: Answer

    class Closed(Message):
        """The panel closed: the keyboard goes back to where it was."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.sweep: Sweep | None = None
        self.row, self.year = "", 0
        self.answer: Answer | None = None
        self._inputs: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="goal-title")
        with Horizontal(classes="field"):
            yield Static(t("goal.target"), classes="hint")
            # A steady caret, like the cell editor's: a blinking one redraws the panel twice a
            # second over SSH and makes its pictures (screenshots, snapshots) depend on timing.
            target = Input("", id="goal-target", compact=True)
            target.cursor_blink = False
            yield target
        yield Static("", id="goal-answer")
        yield Static(t("goal.vary"), classes="hint")
        yield OptionList(id="goal-vary", compact=True)
        yield Static(t("goal.how"), classes="hint")
        yield OptionList(*[Option(t(key), id=how) for how, key in HOW_LABELS], id="goal-how", compact=True)
        yield Static(t("goal.hint"), classes="hint")

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def open(self, sweep: Sweep, row: str, year: int, target: float, inputs: list[str]) -> None:
        """Ask about `row` in `year`, starting from `target` and the default input."""
        self.sweep, self.row, self.year = sweep, row, year
        unit = unit_of(sweep, row)
        now = sweep.cell(1, {}, row, year)[0]
        cell = t(
            "goal.cell",
            label=label_of(sweep, row),
            row=row,
            year=year,
            now=number(now, unit),
            unit=formats.unit(unit),
        )
        title = Text.assemble((t("goal.title"), "bold"), cell)
        self.query_one("#goal-title", Static).update(title)
        vary = self.query_one("#goal-vary", OptionList)
        if inputs != self._inputs:
            self._inputs = inputs
            vary.clear_options()
            vary.add_options([Option(f"{s}: {label_of(sweep, s)}", id=s) for s in inputs])
        with self.prevent(Input.Changed, OptionList.OptionHighlighted):
            vary.highlighted = inputs.index(DEFAULT_VARY) if DEFAULT_VARY in inputs else 0
            self.query_one("#goal-how", OptionList).highlighted = 0
            self.query_one("#goal-target", Input).value = f"{target:g}"
        self._solve()
        self.add_class("-open")
        self.query_one("#goal-target", Input).focus()
        self.screen.refresh_bindings()  # the screen may rest its keys while the panel is open

    def _choice(self, selector: str) -> str:
        options = self.query_one(selector, OptionList)
        return options.get_option_at_index(options.highlighted or 0).id or ""

    @on(Input.Changed, "#goal-target")
    @on(OptionList.OptionHighlighted)
    def _solve(self) -> None:
        if self.sweep is None:  # the panel's own fields announce themselves on mount: no work yet
            return
        # Here, not at the top: core.solve loads polars, which first paint must not wait for.
        from core.errors import NavotopError
        from core.numbers import parse_number
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
            answer = self.answer
            self.action_close()
            self.post_message(self.Applied(answer))
        else:
            self.app.bell()

    def action_cycle(self, step: int) -> None:
        focused = self.screen.focused
        ids = [f"#{focused.id}"] if focused is not None and focused.id else []
        at = self.FIELDS.index(ids[0]) if ids and ids[0] in self.FIELDS else -1
        self.query_one(self.FIELDS[(at + step) % len(self.FIELDS)]).focus()

    def action_close(self) -> None:
        self.remove_class("-open")
        self.screen.refresh_bindings()
        self.post_message(self.Closed())
