"""The main view: three panes (tabs below 100 columns), the error bar and the footer, with the
keys that belong to them. Dialogs are screens of their own, so none of these keys reaches them.

The screen shows what the app hands it and turns keys into the app's operations; the state it
shows is in reactive attributes, so a change of state repaints (and refreshes the footer) in
one place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.containers import Container
from textual.events import Resize
from textual.reactive import Reactive, reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static, Tab, Tabs

from core.errors import NavotopError
from core.i18n import t
from tui import keys
from tui.screens.dialogs import BridgeScreen, Choice, HelpScreen, PickScenario
from tui.screens.styled_once import StyledOnce
from tui.widgets.agenda import AgendaPane
from tui.widgets.allies_pane import AlliesPane
from tui.widgets.calc_table import CalcPane, EditOffer
from tui.widgets.commitments import CommitmentsPane
from tui.widgets.footer import NavotopFooter
from tui.widgets.goal_seek import GoalSeekPanel
from tui.widgets.share_chart import ChartPane
from tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from core.engine import Result
    from core.sweep import Sweep
    from tui.app import NavotopApp

ALLIES_YEAR = 2024
"""The year the allies pane opens on: the year of the letter's NATO figure."""

PANES = ("agenda", "commitments", "calc", "allies", "chart")
SHARED_SLOTS = (("agenda", "chart"), ("commitments", "allies"))
"""At 100 columns and up the chart shows in the agenda's place and the allies in the
commitments' place, when chosen; below, every pane is a tab."""
NARROW = 100
"""Below this many columns the panes become tabs."""
SHORT = 36
"""Below this many rows, panes side by side, the table takes more of the height and its verdict
and detail lines less (app.tcss `-short`): at 100x30 they took 7 of the table pane's 16 rows,
leaving Table 1 and one norm (a tester)."""
_FOCUS = {
    "agenda": "Tree",
    "commitments": "DataTable",
    "calc": "CalcGrid",
    "allies": "DataTable",
    "chart": "ShareChart",
}
"""The widget of each pane that takes the keyboard."""
_NEEDS_SCENARIO = keys.needing_scenario()
SAVED_PATH_SECONDS = 30
"""How long the path of a saved screenshot stays on screen."""


class MainScreen(StyledOnce, Screen[None]):
    """Agenda, commitments and the calculation table of one scenario."""

    AUTO_FOCUS = "CalcGrid"
    """The table has the keyboard from the first frame."""
    BINDINGS = keys.bindings("main")

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    """Textual repaints the whole screen when the focus moves; the widgets whose looks depend on
    the focus restyle and repaint themselves. Repainting all of it (every pane, 40 rows) cost
    `g` more than a frame for nothing it showed (issue 13: bench/goal_seek.py)."""
    ready = reactive(False, bindings=True)
    """A scenario is loaded: the keys that act on one wake up (and show in the footer)."""
    error: reactive[str | None] = reactive(None)
    """What went wrong and what to do, shown above the footer until it is resolved."""

    def __init__(self, file_name: str, edit_offer: EditOffer) -> None:
        super().__init__()
        self.file_name = file_name
        self._jumps: list[tuple[str, str, int | None]] = []
        """Where each jump came from: ("commitments", id, None) or ("calc", row, year)."""
        self._swept: tuple[Result, Sweep] | None = None
        self._focus_pane: Widget | None = None
        """The pane marked as holding the keyboard (see `watch_focused`)."""
        self._shown = "calc"
        """The pane shown, or tab below 100 columns (see `_place_panes`)."""
        self._in_slots = {"agenda", "commitments", "calc"}
        """The panes shown at 100 columns and up: one of each pair in SHARED_SLOTS, and calc."""
        self.tabs: Tabs | None = None
        """The tabs, made when the screen is first narrower than 100 columns (`_made_tabs`)."""
        self.goal_panel: GoalSeekPanel | None = None
        """Goal seek's panel, made on the first `g` (see `action_goal_seek`)."""
        self.calc = CalcPane(id="calc", classes="pane", edit_offer=edit_offer)
        """The table's pane, there for the screen's whole life: `check_action` asks it at every
        key and footer update (hundreds of times a key), where a query walked the screen."""

    @property
    def navotop(self) -> NavotopApp:
        return cast("NavotopApp", self.app)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        if self.app.size.width < NARROW:
            yield self._made_tabs()
        with Container(id="panes"):
            # In pairs, each pair sharing a slot at 100 columns and up (the second hidden).
            panes: list[Widget] = [
                AgendaPane(id="agenda", classes="pane"),
                ChartPane(id="chart", classes="pane"),
                CommitmentsPane(id="commitments", classes="pane"),
                AlliesPane(id="allies", classes="pane", hidden=True),
                self.calc,
            ]
            for pane in panes:
                pane.display = pane.id in self._in_slots  # as `_place_panes` places them wide
                yield pane
        yield Static("", id="error-bar", markup=False)  # errors quote files: `[/x]` is text
        yield NavotopFooter()

    def _made_tabs(self) -> Tabs:
        """The panes' tabs, on the pane shown. Made when first needed, as the panes are: at 100
        columns and up they are not on screen, and their ten widgets (tabs, a tab per pane,
        their bar, rows and underline) cost every start their composing, styling and mounting
        and every Pilot pause a message each (bench/startup_cpu.py)."""
        self.tabs = Tabs(
            *(Tab(f"{n} {t(f'pane.{name}')}", id=name) for n, name in enumerate(PANES, 1)),
            active=self._shown,
        )
        return self.tabs

    def on_mount(self) -> None:
        self.query_one("#agenda").border_title = f"1 {t('pane.agenda')}"
        self.query_one("#commitments").border_title = f"2 {t('pane.commitments')}"
        self.query_one("#calc").border_title = f"3 {self.file_name}"
        self.query_one("#allies").border_title = f"4 {t('pane.allies_title')}"
        self.query_one("#chart").border_title = f"5 {t('pane.chart')}"

    def on_screen_suspend(self) -> None:
        """A dialog or the palette opens over this screen: the notifications shown go. Textual
        draws them over the dialog, where a tester found the quit question and the log's lines
        covered for up to 30 s with no key to dismiss them; and what they said was about the
        moment before (the log keeps it)."""
        self.app.clear_notifications()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Until a scenario is loaded there is nothing to undo, save, compare or bridge. While
        goal seek is open, its keys are the only ones (besides help and quit): tab goes round
        its fields, and no key changes the table under it. `/` is text, not the filter, in a
        field or a cell being edited, and the allies pane's own filter in that pane; so are `o`
        and `c` (priority keys too, so that a path typed in the same burst lands in the picker
        they open). While a cell is being edited, a key that is a character is text in the cell:
        the footer offers none of those (`keys.typed_in_a_cell`)."""
        if self.goal_panel is not None and self.goal_panel.is_open and action not in ("help", "quit_app"):
            return False
        in_cell = self.calc.editing is not None
        if in_cell and keys.typed_in_a_cell(action, parameters):
            return False
        typing = isinstance(self.focused, Input) or in_cell
        if action == "filter":
            return not (typing or self.current_pane() == "allies")
        if action in ("open", "compare") and typing:
            return False
        return not (action in _NEEDS_SCENARIO and not self.ready)

    def watch_error(self, error: str | None) -> None:
        bar = self.query_one("#error-bar", Static)
        bar.update(error or "")
        bar.set_class(error is not None, "-shown")

    def watch_focused(self, new: Widget | None) -> None:
        """The pane holding the keyboard wears the `-focus` class (its border in the accent).

        In place of `.pane:focus-within`: on every move of the focus Textual restyles the whole
        subtree of the nearest ancestor with a `:focus-within` rule, on both sides of the move,
        though only the pane's own border depends on it. Here only the panes whose state
        changed are restyled, each alone (no rule reads the class below the pane): `g` into
        goal seek and back stays within a frame (issue 13: bench/goal_seek.py).
        """
        now = _pane_of(new)
        if now is self._focus_pane:
            return
        for pane, marked in ((self._focus_pane, False), (now, True)):
            if pane is not None and pane.is_attached:  # (a pane replaced meanwhile is gone)
                pane.set_class(marked, "-focus", update=False)
                self.app.stylesheet.update_nodes([pane], animate=True)
        self._focus_pane = now

    async def on_resize(self, event: Resize) -> None:
        narrow = event.size.width < NARROW
        if narrow and self.tabs is None:  # narrowed for the first time: the tabs are made
            await self.mount(self._made_tabs(), before=self.query_one("#panes"))
        self.set_class(narrow, "-narrow")
        self._place_panes()
        # Panes side by side only: a tab has the height to itself, and capping its verdict cut
        # the last norm's verdict at 80x24.
        self.set_class(event.size.height < SHORT and not narrow, "-short")

    # ------------------------------------------------------------------ panes
    def action_pane(self, name: str) -> None:
        """Show (in tabs, or in its slot) and focus a pane. A pane that has the keyboard keeps
        it without a repaint (Textual's `focus` repaints the widget it is called on)."""
        self._show_pane(name)
        target = self.query_one(f"#{name}").query(_FOCUS[name]).first()
        if target is not self.focused:
            target.focus()

    def _show_pane(self, name: str) -> None:
        self._shown = name
        for slot in SHARED_SLOTS:
            if name in slot:
                self._in_slots = (self._in_slots - set(slot)) | {name}
        self._place_panes()
        if name == "chart":
            self.query_one(ChartPane).open()
        if name == "allies" and self.query_one(AlliesPane).view is None:
            self.query_one(AlliesPane).open()
            self.navotop.load_allies(None, ALLIES_YEAR)

    def _place_panes(self) -> None:
        """Show the panes that belong on screen and hide the others: below 100 columns the one
        pane shown, with its tab active; at 100 columns and up one of each pair sharing a slot,
        and the table.

        By each pane's own `display`, not by a class and a CSS rule: a class changed on a pane
        restyles every widget in it (5 widgets a pane, 15-20 ms of CPU a pane switch at 80x24,
        bench/startup_cpu.py), where `display` only lays the panes out again. The tabs are set
        only when narrow: at 100 columns and up they are not on screen, and their underline
        moves in an animation of a dozen frames."""
        narrow = self.has_class("-narrow")
        for pane in self.query(".pane"):
            pane.display = pane.id == self._shown if narrow else pane.id in self._in_slots
        if narrow and self.tabs is not None:
            self.tabs.active = self._shown

    def action_filter(self) -> None:
        """`/` from any pane: show the commitments and type into their filter. A priority key,
        run as it is read, and the focus moves at once, so the words typed right after `/` in
        one burst go into the field and are not taken for commands (Textual issue #6605)."""
        self._show_pane("commitments")
        self.query_one(CommitmentsPane).open_filter()

    def action_next_pane(self, step: int) -> None:
        index = PANES.index(self.current_pane())
        self.action_pane(PANES[(index + step) % len(PANES)])

    def current_pane(self) -> str:
        focused = self.focused
        for name in PANES:
            if focused is not None and self.query_one(f"#{name}") in focused.ancestors_with_self:
                return name
        return "calc"

    @on(Tabs.TabActivated)
    def _tab(self, event: Tabs.TabActivated) -> None:
        if event.tab.id and event.tab.id != self.current_pane():
            self.action_pane(event.tab.id)

    # ------------------------------------------------------------------ the app's operations
    def action_undo(self) -> None:
        self.navotop.editing.undo()

    def action_redo(self) -> None:
        self.navotop.editing.undo(redo=True)

    def action_save(self) -> None:
        self.navotop.saving.save()

    def action_save_as(self) -> None:
        self.navotop.saving.save_as()

    def action_export_table(self) -> None:
        self.navotop.minutes.export_table()

    def action_open(self) -> None:
        self.navotop.pick("open")

    def action_compare(self) -> None:
        self.navotop.pick("compare")

    def action_whatif_log(self) -> None:
        self.navotop.minutes.show()

    def action_export_log(self) -> None:
        self.navotop.minutes.export()

    async def action_quit_app(self) -> None:
        await self.navotop.action_quit()

    def action_screenshot(self) -> None:
        """Save an SVG of the screen into the export folder and say where."""
        try:
            saved = self.navotop.export_svg()
        except (OSError, NavotopError) as exc:
            self.notify(t("app.screenshot_not_saved", error=exc), severity="error")
            return
        # Longer than a toast: the path is what the user needs to find the file.
        self.notify(t("app.screenshot_saved", path=saved), title=t("app.export"), timeout=SAVED_PATH_SECONDS)

    # ------------------------------------------------------------------ views
    def action_bridge(self) -> None:
        from core.bridge import bridge

        _, year = self.calc.selected()
        self.app.push_screen(BridgeScreen(bridge(self.navotop.result, year)))

    async def action_goal_seek(self) -> None:
        """Goal seek on the selected cell of a computed row (a panel; enter applies).

        The panel is made on the first `g` and kept: composed with the screen, its twenty
        widgets were styled at every start and laid out in every layout of the screen (a fifth
        of the Python work of a start and of a key in the grid, bench/startup_cpu.py), for a
        panel most sessions never open. The first `g` pays for it once (a compose and a layout);
        every later one opens it within a frame (bench/goal_seek.py)."""
        from core.chart import norm_lines
        from core.measures import INPUTS
        from core.solve import suggested_target

        selected, year = self.calc.selected()
        result = self.navotop.result
        row, norm_share = self._judged(selected)
        if row is None or result.row(row).kind == "input":
            self.notify(t("app.goal_seek_where"))
            return
        now = result.value(row, year)
        target = norm_share
        if target is None:
            target = suggested_target(row, result.row(row).unit, now, list(norm_lines(result.scenario)))
        inputs = [spec.id for spec in INPUTS]
        if self.goal_panel is None:
            self.goal_panel = GoalSeekPanel(id="goal-seek")
            await self.mount(self.goal_panel, before="#error-bar")  # where it was composed
        self.goal_panel.open(self._sweep(), row, year, target, inputs, now)

    @on(GoalSeekPanel.Applied)
    def _goal_applied(self, event: GoalSeekPanel.Applied) -> None:
        assert self.goal_panel is not None
        why = self.navotop.editing.apply_answer(event.answer)
        if why is None:
            self.goal_panel.action_close()
        else:
            self.goal_panel.refused(why)

    @on(GoalSeekPanel.Closed)
    def _goal_closed(self) -> None:
        self.calc.grid.focus()

    def action_sensitivity(self) -> None:
        """The tornado of the selected cell: which input moves it most."""
        from core.sensitivity import sensitivity
        from tui.screens.analysis import TornadoScreen

        selected, year = self.calc.selected()
        row, _ = self._judged(selected)
        if row is None:  # a section heading: it has no value, so nothing to vary
            self.notify(t("app.tornado_heading"))
            return
        sweep = self._sweep()
        try:
            effects = sensitivity(sweep, row, year)
        except NavotopError as error:  # a row the sweep cannot vary: said, never a crash
            self.notify(str(error), severity="error")
            return
        self.app.push_screen(TornadoScreen(sweep, effects))

    def _judged(self, row: str | None) -> tuple[str | None, float | None]:
        """The computed row behind the selected one, and the value a norm sets for it. A
        norm's verdict row ("pp short") is no row of the result: it is the norm's share less
        the share of the norm's method, so `t` and `g` there work on that share, and `g` seeks
        the norm itself (a tester's `t` there ended the app with a traceback)."""
        from core.table import judged_share

        judged = None if row is None else judged_share(self.navotop.result, row)
        return (row, None) if judged is None else judged

    def _sweep(self) -> Sweep:
        """The sweep engine on the scenario as shown, edits included: built once per result."""
        from core.sweep import Sweep

        result = self.navotop.result
        if self._swept is None or self._swept[0] is not result:
            self._swept = (result, Sweep(result.scenario))
        return self._swept[1]

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(keys.help_rows()))

    # ------------------------------------------------------------------ links
    @on(CommitmentsPane.JumpToNumbers)
    def _jump_to_numbers(self, event: CommitmentsPane.JumpToNumbers) -> None:
        c = event.commitment
        if not self.ready:
            self.notify(t("app.no_numbers", title=c.words().title), severity="warning")
            return
        from core.measures import gap_id

        rows = {r.id for r in self.navotop.result.rows}
        targets = [r for r in [*c.rows, *(gap_id(n, "nato") for n in c.norms)] if r in rows]
        if not targets:
            self.notify(t("app.names_no_numbers", title=c.words().title), severity="warning")
            return
        self._jumps.append(("commitments", c.id, None))
        self.action_pane("calc")
        self.calc.go_to(targets[0])

    def follow_link(self, row: str) -> None:
        """From a computed number to the first commitment that bears on it."""
        commitments = self.navotop.summit.commitments_on(row)
        if not commitments:
            self.notify(t("app.no_commitment", row=row))
            return
        _, year = self.calc.selected()
        self._jumps.append(("calc", row, year))
        self.go_to_commitment(commitments[0].id)

    def action_jump_back(self) -> None:
        """Return to exactly where the last jump came from: the commitment left, or the cell."""
        if not self._jumps:
            self.notify(t("app.no_jump"))
            return
        pane, key, year = self._jumps.pop()
        if pane == "commitments":
            self.go_to_commitment(key)
        else:
            self.action_pane("calc")
            self.calc.go_to(key, year)

    def go_to_agenda(self, item_id: str) -> None:
        self.action_pane("agenda")
        self.query_one(AgendaPane).select(item_id)

    def go_to_commitment(self, commitment_id: str) -> None:
        self.action_pane("commitments")
        self.query_one(CommitmentsPane).select(commitment_id)

    # ------------------------------------------------------------------ dialogs and titles
    def pick_scenario(
        self,
        title: str,
        groups: list[tuple[str, list[tuple[str, Path]]]] | None,
        then: Callable[[Path], object],
        *,
        comparing: bool = False,
        purpose: str = "",
    ) -> None:
        """The scenario picker; `then` gets the chosen file. While comparing, the first entry
        stops comparing. `groups` None: the picker opens now and is filled when the files have
        been listed (PickScenario.fill)."""
        extra = [("-", t("app.stop_comparing"))] if comparing else []

        def chosen(path: Path | None) -> None:
            if path is not None:
                # The numbers of what was chosen have the keyboard: also when a key typed just
                # before `o` (`3o` in one read) was overtaken by it, `o` being a priority key.
                self.action_pane("calc")
            if path is not None and str(path) == "-":
                self.navotop.stop_comparing()
            elif path is not None:
                then(path)

        current = self.navotop.path if purpose == "compare" else None
        self.app.push_screen(PickScenario(title, groups, extra, purpose, current), chosen)

    def ask(
        self, question: str, answers: list[tuple[str, str]], default: str, then: Callable[[str | None], None]
    ) -> None:
        """A question with keyed answers (tui.screens.dialogs.Choice); `then` gets the key."""
        self.app.push_screen(Choice(question, answers, default), then)

    def title_table(self, name: str, path: Path) -> None:
        """The table pane's border: the scenario's name and its file."""
        calc = self.query_one("#calc")
        title, shown = f"3 {name}", _shown_path(path)
        if (calc.border_title, calc.border_subtitle) != (title, shown):  # setting repaints the pane
            calc.border_title, calc.border_subtitle = title, shown

    def export_svg(self, path: Path | None = None, *, replace: bool = False) -> Path:
        """Write an SVG of the screen through the one safe writer (never over an existing file
        unless `replace`); the title names the scenario and its inputs' hash (or says that the
        file could not be loaded)."""
        from core.export import inputs_hash
        from core.safefile import write_file

        app = self.navotop
        if path is None:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            slug = re.sub(r"[^a-z0-9]+", "-", app.path.stem.lower()).strip("-")
            path = app.settings.export_dir / f"navotop-{slug}-{stamp}.svg"
            for n in range(2, 100):  # two exports in one second get names of their own
                if not path.exists():
                    break
                path = path.with_stem(f"navotop-{slug}-{stamp}-{n}")
        path = path.expanduser().absolute()  # not resolve(): a planted link is the writer's to judge
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.ready:
            scenario = app.result.scenario
            title = t("app.svg_title", name=scenario.shown_name(), hash=inputs_hash(scenario))
        else:
            title = "navotop · " + t("app.not_loaded", file=app.path.name)
        svg = app.export_screenshot(title=title)
        return write_file(path, svg.encode("utf-8"), replace=replace)


def _pane_of(widget: Widget | None) -> Widget | None:
    """The pane (`.pane`) `widget` lies in, if any."""
    for node in widget.ancestors_with_self if widget is not None else []:
        if isinstance(node, Widget) and node.has_class("pane"):
            return node
    return None


def _shown_path(path: Path) -> str:
    """The path relative to the working folder when it is inside it (shorter, and the same on
    every machine, which keeps screenshots comparable); absolute otherwise."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path.resolve())
