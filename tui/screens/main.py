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
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, Static, Tab, Tabs

from core.errors import NavotopError
from core.i18n import t
from tui import keys
from tui.screens.dialogs import BridgeScreen, Choice, HelpScreen, PickScenario
from tui.widgets.agenda import AgendaPane
from tui.widgets.calc_table import CalcPane, EditOffer
from tui.widgets.commitments import CommitmentsPane
from tui.widgets.footer import NavotopFooter

if TYPE_CHECKING:
    from tui.app import NavotopApp

PANES = ("agenda", "commitments", "calc")
NARROW = 100
"""Below this many columns the panes become tabs."""
_FOCUS = {"agenda": "Tree", "commitments": "DataTable", "calc": "CalcGrid"}
"""The widget of each pane that takes the keyboard."""
_NEEDS_SCENARIO = keys.needing_scenario()


class MainScreen(Screen[None]):
    """Agenda, commitments and the calculation table of one scenario."""

    AUTO_FOCUS = "CalcGrid"
    """The table has the keyboard from the first frame."""
    BINDINGS = keys.bindings("main")

    ready = reactive(False, bindings=True)
    """A scenario is loaded: the keys that act on one wake up (and show in the footer)."""
    error: reactive[str | None] = reactive(None)
    """What went wrong and what to do, shown above the footer until it is resolved."""

    def __init__(self, file_name: str, edit_offer: EditOffer) -> None:
        super().__init__()
        self.file_name = file_name
        self.edit_offer = edit_offer

    @property
    def navotop(self) -> NavotopApp:
        return cast("NavotopApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Tabs(
            Tab(f"1 {t('pane.agenda')}", id="agenda"),
            Tab(f"2 {t('pane.commitments')}", id="commitments"),
            Tab(f"3 {t('pane.calc')}", id="calc"),
            active="calc",
        )
        with Container(id="panes"):
            yield AgendaPane(id="agenda", classes="pane")
            yield CommitmentsPane(id="commitments", classes="pane")
            yield CalcPane(id="calc", classes="pane -active", edit_offer=self.edit_offer)
        yield Static("", id="error-bar", markup=False)  # errors quote files: `[/x]` is text
        yield NavotopFooter()

    def on_mount(self) -> None:
        self.query_one("#agenda").border_title = f"1 {t('pane.agenda')}"
        self.query_one("#commitments").border_title = f"2 {t('pane.commitments')}"
        self.query_one("#calc").border_title = f"3 {self.file_name}"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Until a scenario is loaded there is nothing to undo, save, compare or bridge."""
        return not (action in _NEEDS_SCENARIO and not self.ready)

    def watch_error(self, error: str | None) -> None:
        bar = self.query_one("#error-bar", Static)
        bar.update(error or "")
        bar.set_class(error is not None, "-shown")

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")

    # ------------------------------------------------------------------ panes
    def action_pane(self, name: str) -> None:
        """Show (in tabs) and focus a pane."""
        for pane in self.query(".pane"):
            pane.set_class(pane.id == name, "-active")
        self.query_one(Tabs).active = name
        self.query_one(f"#{name}").query(_FOCUS[name]).first().focus()

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
        self.navotop.undo()

    def action_redo(self) -> None:
        self.navotop.undo(redo=True)

    def action_save(self) -> None:
        self.navotop.save()

    def action_open(self) -> None:
        self.navotop.list_scenarios("open")

    def action_compare(self) -> None:
        self.navotop.list_scenarios("compare")

    def action_whatif_log(self) -> None:
        self.navotop.show_log()

    def action_export_log(self) -> None:
        self.navotop.export_log()

    def action_quit_app(self) -> None:
        self.navotop.confirm_unsaved(self.app.exit, t("app.what.quit"))

    def action_screenshot(self) -> None:
        """Save an SVG of the screen into the export folder and say where."""
        try:
            saved = self.navotop.export_svg()
        except (OSError, NavotopError) as exc:
            self.notify(t("app.screenshot_not_saved", error=exc), severity="error")
            return
        self.notify(t("app.screenshot_saved", path=saved), title=t("app.export"))

    # ------------------------------------------------------------------ views
    def action_bridge(self) -> None:
        from core.bridge import bridge

        _, year = self.query_one(CalcPane).selected()
        self.app.push_screen(BridgeScreen(bridge(self.navotop.result, year)))

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(keys.help_rows()))

    # ------------------------------------------------------------------ links
    @on(CommitmentsPane.JumpToNumbers)
    def _jump_to_numbers(self, event: CommitmentsPane.JumpToNumbers) -> None:
        c = event.commitment
        if not self.ready:
            self.notify(t("app.no_numbers", title=c.title), severity="warning")
            return
        from core.measures import gap_id

        rows = {r.id for r in self.navotop.result.rows}
        targets = [r for r in [*c.rows, *(gap_id(n, "nato") for n in c.norms)] if r in rows]
        if not targets:
            self.notify(t("app.names_no_numbers", title=c.title), severity="warning")
            return
        self.action_pane("calc")
        self.query_one(CalcPane).go_to(targets[0])

    def follow_link(self, row: str) -> None:
        """From a computed number to the first commitment that bears on it."""
        commitments = self.navotop.summit.commitments_on(row)
        if not commitments:
            self.notify(t("app.no_commitment", row=row))
            return
        self.go_to_commitment(commitments[0].id)

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
        choices: list[tuple[str, Path]],
        then: Callable[[Path], object],
        *,
        comparing: bool = False,
    ) -> None:
        """The scenario picker; `then` gets the chosen file. While comparing, the first entry
        stops comparing."""
        extra = [("-", t("app.stop_comparing"))] if comparing else []

        def chosen(path: Path | None) -> None:
            if path is not None and str(path) == "-":
                self.navotop.stop_comparing()
            elif path is not None:
                then(path)

        self.app.push_screen(PickScenario(title, choices, extra), chosen)

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
            title = t("app.svg_title", name=scenario.name, hash=inputs_hash(scenario))
        else:
            title = "navotop · " + t("app.not_loaded", file=app.path.name)
        svg = app.export_screenshot(title=title)
        return write_file(path, svg.encode("utf-8"), replace=replace)


def _shown_path(path: Path) -> str:
    """The path relative to the working folder when it is inside it (shorter, and the same on
    every machine, which keeps screenshots comparable); absolute otherwise."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path.resolve())
