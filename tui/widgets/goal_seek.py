"""Goal seek (`g`) for the selected cell: a panel of the main screen, driven by keys alone.

It asks core (core/solve.py, on the sweep engine) and prints what it says through
tui/analysis_text.py. The answer follows every key: the one for the target shown is on screen in
the frame the panel opens in. A panel, made on the first `g` and kept (tui/screens/main.py),
rather than a dialog screen: pushing a screen costs Textual a full compose and paint (about ten
frames here), which would put the answer well behind the key.

From the second `g` on it answers within one frame (bench/goal_seek.py) because nothing on screen
is laid out or styled anew when it opens or a key changes the question: the panel is always laid
out once made, on a layer of its
own, docked at the bottom, and a closed panel is only moved below the screen (an offset: no class
is toggled, so none of its widgets is restyled, and no Show or Resize reaches them, so the option
lists keep their rendered lines). Its texts have fixed heights, so a new answer repaints them
without a layout. The focus moving into the target field restyles that field, the table's pane
(its border: a class MainScreen moves, not `:focus-within`, which restyled every widget in the
pane) and nothing else (the table picks its blurred cursor without a restyle). The footer
follows the focus a frame after the answer, when Textual refreshes the bindings of the focus
moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from core import formats
from core.i18n import t
from tui.analysis_text import number, solve_lines, unit_of

if TYPE_CHECKING:
    from core.solve import Answer, How
    from core.sweep import Sweep

ANSWER_LINES = 5
"""The answer's fixed height: what was found (two lines where it wraps at 80 columns), a growth
rate, and the years changed; years beyond those that fit are summed up in one line."""
UNIT_WIDTH = 14
"""The target's unit beside its field, the longest (`%-punt tekort`) included: a fixed width,
so that a new unit repaints the line without a layout."""
CLOSED = 500
"""How far below its place a closed panel waits: off any terminal's screen."""
DEFAULT_VARY = "defence_excl_ukraine"
"""Dutch spending excluding Ukraine support: the input a "what does it take?" question usually means."""
HOW_LABELS: tuple[tuple[str, str], ...] = (
    ("level", "goal.how.level"),
    ("step", "goal.how.step"),
    ("growth", "goal.how.growth"),
)


class Field(Input):
    """A one-line field of fixed width whose keys repaint it and nothing else.

    Textual's Input sets its virtual size (the text's width) on every change of its value, and
    a widget's virtual size asks for a layout of the whole screen: 10-15 ms here on every key,
    most of a frame. A field of fixed width scrolls its text within itself, so the size is kept
    (its horizontal scrolling reads it) but only the field is repainted.
    """

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), repaint=True)


class GoalSeekPanel(VerticalScroll):
    """Which value of an input makes this cell reach a target? Enter applies the answer."""

    BINDINGS = [
        Binding("escape", "close", t("binding.close")),
        Binding("tab", "cycle(1)", t("binding.next_field")),
        Binding("shift+tab", "cycle(-1)", t("binding.previous_field"), show=False),
    ]
    FIELDS = ("#goal-target", "#goal-vary", "#goal-how", "#goal-from")
    """What tab moves between, round and round, while the panel is open."""
    DEFAULT_CSS = f"""
    GoalSeekPanel {{
        height: auto; max-height: 90%; offset-y: {CLOSED};
        border: thick $accent; background: $surface; padding: 0 1;
    }}
    GoalSeekPanel .field {{ height: 1; }}
    GoalSeekPanel .field .hint {{ width: auto; }}
    GoalSeekPanel #goal-title {{ height: 1; }}
    GoalSeekPanel #goal-target {{ width: 24; }}
    GoalSeekPanel #goal-unit {{ width: {UNIT_WIDTH}; margin-left: 1; }}
    GoalSeekPanel #goal-from {{ width: 6; }}
    GoalSeekPanel #goal-answer {{ height: {ANSWER_LINES}; margin-top: 1; }}
    GoalSeekPanel #goal-choices {{ height: auto; }}
    GoalSeekPanel #goal-choices > Vertical {{ height: auto; }}
    GoalSeekPanel #goal-right {{ width: 30; margin-left: 2; }}
    GoalSeekPanel OptionList {{ height: auto; max-height: 30vh; }}
    GoalSeekPanel #goal-vary {{ text-wrap: nowrap; text-overflow: ellipsis; }}
    GoalSeekPanel .hint {{ color: $text-muted; }}
    GoalSeekPanel > .hint:last-child {{ dock: bottom; }}
    """

    @dataclass
    class Applied(Message):
        """Enter on a reachable answer: apply it, then close the panel (`close`), or, where
        the file's cells cannot hold it, say why in the panel (`refused`), which stays open."""

        answer: Answer

    class Closed(Message):
        """The panel closed: the keyboard goes back to where it was."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.sweep: Sweep | None = None
        self.row, self.year = "", 0
        self.answer: Answer | None = None
        self._inputs: list[str] = []
        self._open = False
        self._quiet = False

    def compose(self) -> ComposeResult:
        # A steady caret in both fields, like the cell editor's: a blinking one redraws the panel
        # twice a second over SSH and makes its pictures (screenshots, snapshots) depend on timing.
        # Two columns under the answer, so the panel covers the table's pane and no more.
        target = Field("", id="goal-target", compact=True)
        start = Field("", id="goal-from", compact=True, restrict=r"[0-9]*", max_length=4)
        target.cursor_blink = start.cursor_blink = False
        yield Static("", id="goal-title")
        with Horizontal(classes="field"):
            yield Static(t("goal.target"), classes="hint")
            yield target
            yield Static("", id="goal-unit", classes="hint")  # 2 of what: % of GDP, EUR mln
        yield Static("", id="goal-answer")
        with Horizontal(id="goal-choices"):
            with Vertical():
                yield Static(t("goal.vary"), classes="hint")
                yield OptionList(id="goal-vary", compact=True)
            with Vertical(id="goal-right"):
                yield Static(t("goal.how"), classes="hint")
                yield OptionList(
                    *[Option(t(key), id=how) for how, key in HOW_LABELS], id="goal-how", compact=True
                )
                with Horizontal(classes="field"):
                    yield Static(t("goal.from"), classes="hint")
                    yield start
                yield Static(t("goal.from_hint"), classes="hint")
        yield Static(t("vary.as_edit"), classes="hint")
        yield Static(t("goal.hint"), classes="hint")

    def on_mount(self) -> None:
        # Watched rather than heard (Input.Changed, OptionHighlighted): a watcher runs as the
        # value changes, inside the key's own handling, so the answer is in the frame that shows
        # the key; a message would be handled after that frame is out, one frame later.
        self._quiet = True
        for field in ("#goal-target", "#goal-from"):
            self.watch(self.query_one(field, Input), "value", self._solve, init=False)
        for options in ("#goal-vary", "#goal-how"):
            self.watch(self.query_one(options, OptionList), "highlighted", self._solve, init=False)
        self._quiet = False

    @property
    def is_open(self) -> bool:
        return self._open

    def open(
        self,
        sweep: Sweep,
        row: str,
        year: int,
        target: float,
        inputs: list[str],
        now: float | None = None,
    ) -> None:
        """Ask about `row` in `year`, starting from `target` and the default input and way, the
        first year varied left to its default. `now` is the cell's value where the caller has it
        (else the sweep computes it)."""
        self.sweep, self.row, self.year = sweep, row, year
        unit = unit_of(sweep, row)
        if now is None:
            now = sweep.cell(1, {}, row, year)[0]
        shown_now = formats.attach(number(now, unit), unit)
        # The row as the grid names it, as the answer under the title does: the whole label
        # pushed the value out of the line in Dutch at 80 columns, and beside the answer's name
        # read as a second row (fresh-eyes testers).
        cell = t("goal.cell", label=sweep.label(row), year=year, now=shown_now)
        title = Text.assemble((t("goal.title"), "bold"), cell)
        self.query_one("#goal-title", Static).update(title, layout=False)
        self.query_one("#goal-unit", Static).update(formats.unit(unit), layout=False)
        vary = self.query_one("#goal-vary", OptionList)
        if inputs != self._inputs:
            self._inputs = inputs
            vary.clear_options()
            vary.add_options([Option(_choice_text(sweep, s), id=s) for s in inputs])
        self._quiet = True  # one answer for the whole question, below, not one per field set
        try:
            index = inputs.index(DEFAULT_VARY) if DEFAULT_VARY in inputs else 0
            if vary.highlighted != index:
                vary.highlighted = index
            how = self.query_one("#goal-how", OptionList)
            if how.highlighted != 0:
                how.highlighted = 0
            self.query_one("#goal-target", Input).value = formats.exact(target)  # 3,5 in Dutch
            self.query_one("#goal-from", Input).value = ""
        finally:
            self._quiet = False
        self._solve()
        self._open = True
        self.styles.offset = (0, 0)
        self.query_one("#goal-target", Input).focus()
        # The screen rests its keys while the panel is open: the footer says so a frame later.
        self.call_after_refresh(self.screen.refresh_bindings)

    def _choice(self, selector: str) -> str:
        options = self.query_one(selector, OptionList)
        return options.get_option_at_index(options.highlighted or 0).id or ""

    def _solve(self) -> None:
        if self.sweep is None or self._quiet:  # before any question, or while one is being set
            return
        # Here, not at the top: core.solve loads polars, which first paint must not wait for.
        from core.errors import NavotopError
        from core.numbers import parse_number
        from core.solve import Goal, default_start, solve

        how: How = self._choice("#goal-how")  # type: ignore[assignment]
        start = self.query_one("#goal-from", Input)
        default = str(default_start(self.sweep.years, how, self.year))
        if start.placeholder != default:  # a repaint down there would widen the frame's repaint
            start.placeholder = default
        try:
            target = parse_number(self.query_one("#goal-target", Input).value)
        except ValueError as exc:
            self._show(None, str(exc))
            return
        goal = Goal(
            self.row, self.year, target, self._choice("#goal-vary"), how, int(start.value or 0) or None
        )
        try:
            answer = solve(self.sweep, goal, formats.MONEY_GRID)  # amounts as the grid shows them
        except NavotopError as error:
            self._show(None, " ".join(p.message for p in error.problems))
            return
        self._show(answer, "\n".join(_fitted(solve_lines(self.sweep, answer, grid=True)[1:])))

    def _show(self, answer: Answer | None, text: str) -> None:
        """The answer (None: no answer, `text` says why), repainted where it stands."""
        self.answer = answer
        self.query_one("#goal-answer", Static).update(text, layout=False)

    @on(Input.Submitted)
    @on(OptionList.OptionSelected)
    def _apply(self) -> None:
        if self.answer is not None and self.answer.reachable:
            # Taken, not kept: a second enter in the same burst would apply it twice.
            answer, self.answer = self.answer, None
            self.post_message(self.Applied(answer))
        else:
            self.app.bell()

    def refused(self, why: str) -> None:
        """The answer found cannot be written into the file's cells: said here, under it, with
        the question left as typed to change (a tester saw `found`, pressed enter, and lost
        panel and target to a notification)."""
        self.answer = None
        self._show(None, t("goal.refused", why=why))
        self.app.bell()

    def action_cycle(self, step: int) -> None:
        focused = self.screen.focused
        ids = [f"#{focused.id}"] if focused is not None and focused.id else []
        at = self.FIELDS.index(ids[0]) if ids and ids[0] in self.FIELDS else -1
        self.query_one(self.FIELDS[(at + step) % len(self.FIELDS)]).focus()

    def action_close(self) -> None:
        self._open = False
        self.styles.offset = (0, CLOSED)
        self.call_after_refresh(self.screen.refresh_bindings)
        self.post_message(self.Closed())


def _choice_text(sweep: Sweep, series: str) -> Text:
    """An input to vary as the grid names it, its id dim after the label (findable, not read)."""
    return Text.assemble(sweep.label(series), (f"  {series}", "dim"))


def _fitted(lines: list[str]) -> list[str]:
    """The answer's lines within ANSWER_LINES: what was found and the rate as they are, the
    years changed up to the room left, the ones between the first and the last summed up."""
    years = [line for line in lines if line.startswith("  ")]
    head = [line for line in lines if not line.startswith("  ")]
    room = ANSWER_LINES - len(head) - 1  # the first line may wrap at 80 columns
    if len(years) <= room:
        return lines
    kept = room - 2  # the first years, one line for the rest, the last (the target year)
    return [*head, *years[:kept], "  " + t("goal.more_years", count=len(years) - kept - 1), years[-1]]
