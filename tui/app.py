"""The navotop app: one editing session, read and computed by workers, shown by the main screen.

The app owns the state (the session, the last good result, the comparison) and decides what
to do when; workers report in messages (tui/messages.py), handled here one by one, and a worker
that fails is reported once, by `Worker.StateChanged`. The keys live on the main screen
(tui/screens/main.py), declared in tui/keys.py. Everything that is arithmetic or file handling
happens in core.

The flows the keys start live beside it, each a plain object holding a reference to the app:
editing (tui/editing.py), saving (tui/saving.py), the journal (tui/journaling.py), the what-if
log and the exports (tui/minutes.py), and the files on disk (tui/reloading.py). They are not
widgets: messages and workers stay with the app, the one message pump they all report to.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import App, SystemCommand
from textual.command import CommandPalette
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.theme import ThemeProvider
from textual.worker import Worker, WorkerState

from core.errors import NavotopError
from core.i18n import t
from core.journal import Journal
from core.paths import apart
from core.whatif_log import WhatIfLog
from tui import messages as m
from tui.commands import NavotopCommands, system_commands
from tui.editing import Editing
from tui.foresight import Foresight
from tui.journaling import Journaling
from tui.minutes import Minutes
from tui.palette import Palette
from tui.reloading import Reloading
from tui.saving import Saving
from tui.scenario_list import Groups, scenario_groups
from tui.screens.dialogs import PickScenario
from tui.screens.main import MainScreen
from tui.settings import Settings
from tui.widgets.agenda import AgendaPane
from tui.widgets.allies_pane import AlliesPane
from tui.widgets.calc_table import CalcPane, TableView
from tui.widgets.commitments import CommitmentsPane
from tui.widgets.share_chart import ChartPane

if TYPE_CHECKING:  # the engine's modules load polars: the app imports them off the UI thread
    from core.diff import Diff
    from core.document import Summit
    from core.engine import Result
    from core.session import Session


class NavotopApp(App[None]):
    """Agenda, commitments and the live calculation table of one scenario."""

    CSS_PATH = "app.tcss"
    TITLE = "navotop"
    COMMANDS = App.COMMANDS | {NavotopCommands}

    def __init__(self, path: Path, settings: Settings | None = None) -> None:
        super().__init__()
        self.path = path
        self.settings = settings or Settings()
        self.editing = Editing(self)
        self.main = MainScreen(path.name, self.editing.offer)
        self.session: Session
        self.summit: Summit
        self.result: Result
        self.disk_result: Result
        self.compare_result: Result | None = None
        self.whatif = WhatIfLog(path.name)
        """Every edit, undo, redo, save, open, compare and screenshot of this session."""
        self.minutes = Minutes(self, self.whatif)
        self.saving = Saving(self)
        self.reloading = Reloading(self)
        self.journaling = Journaling(self, path)
        self.foresight = Foresight(self)
        """The result of the value being typed, computed before enter (tui/foresight.py)."""

    @property
    def ready(self) -> bool:
        """True once a scenario has been loaded (the first paint does not wait for it)."""
        return self.main.ready

    def get_default_screen(self) -> MainScreen:
        return self.main

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's own palette entries in navotop's words, less those navotop offers itself
        (tui/commands.py): its Screenshot could not save one where `x` names and places the file.
        Its Quit stays and asks, as every way out does (`action_quit`)."""
        return system_commands(super().get_system_commands(screen))

    def search_themes(self) -> None:
        """Textual's theme picker (the palette's Theme), with its prompt in the language shown."""
        placeholder = t("system.themes.placeholder")
        self.push_screen(Palette(providers=[ThemeProvider], placeholder=placeholder))

    def action_help_quit(self) -> None:
        """Textual's answer to ctrl+c (which does not quit), in the language shown, and as
        plain text: Textual's own is English with markup, which navotop's toasts show as written."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(t("system.help_quit", key=key), title=t("system.help_quit.title"))
                return

    def action_command_palette(self) -> None:
        """Textual's palette, with its prompt in the language shown."""
        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            placeholder = t("key.palette.placeholder")
            self.push_screen(Palette(id="--command-palette", placeholder=placeholder))

    async def action_quit(self) -> None:
        """Every way out (q, ctrl+q, the palette's Quit) asks first when there are unsaved
        edits; one question at a time."""
        if not self.reloading.asking:
            self.saving.confirm_unsaved(self.exit, t("app.what.quit"))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notification is plain text unless asked otherwise: they quote file names,
        errors and keys, where a `[` is text (and a stray `[/x]` would be a markup error)."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def on_mount(self) -> None:
        self.sub_title = t("app.loading", file=self.path.name)
        if self.settings.own_process:
            gc.freeze()
        # Start reading only once the first frame is out: the load imports polars, and a thread
        # doing that competes with the first paint for the interpreter.
        self.call_after_refresh(self.load)

    # ------------------------------------------------------------------ workers
    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        """Read the summit data and the scenario and compute it, off the UI thread, so the app
        paints at once and the numbers follow (importing polars alone takes a few tenths of a
        second)."""
        from core.document import bundled_summit

        summit = None if hasattr(self, "summit") else bundled_summit()
        try:
            report = self._read_scenario(self.path, announce=False)
        except BaseException:
            if summit is not None:  # agenda and commitments show all the same
                self.post_message(m.SummitRead(summit))
            raise
        # The summit comes with the scenario, in one message: shown together, they are laid
        # out and painted once. Reported on its own before the scenario was computed, the
        # summit cost every start a layout and a repaint of its own (bench/startup_cpu.py).
        report.summit = summit
        self.post_message(report)

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def _open(self, path: Path) -> None:
        self.post_message(self._read_scenario(path, announce=True))

    def _read_scenario(self, path: Path, *, announce: bool) -> m.ScenarioOpened | m.OpenFailed:
        """Read and compute a scenario (in a worker); what to report."""
        from core.engine import compute
        from core.session import Session

        try:
            session = Session.open(path)
        except NavotopError as error:
            return m.OpenFailed(path, str(error))
        pending = Journal(path, self.settings.journal_dir).pending(session.snapshot.data)
        return m.ScenarioOpened(path, session, compute(session.disk), announce, pending)

    @work(thread=True, exclusive=True, group="reload", exit_on_error=False)
    def reread(self, *, keep_edits: bool) -> None:
        """Read the session's file again (it changed on disk, or the user chose to)."""
        try:
            snapshot, disk = self.session.read_disk()
        except NavotopError as error:
            self.post_message(m.RereadFailed(str(error)))
            return
        self.post_message(m.DiskReread(snapshot, disk, keep_edits))

    @work(thread=True, exclusive=True, group="compare", exit_on_error=False)
    def compare_with(self, path: Path) -> None:
        """Show every cell's difference from another scenario (read and computed off the UI
        thread)."""
        from core.engine import compute
        from core.scenario import load_scenario

        try:
            other = compute(load_scenario(path))
        except NavotopError as error:
            self.post_message(m.CompareFailed(str(error)))
            return
        self.post_message(m.ScenarioCompared(other))

    @work(thread=True, exclusive=True, group="list", exit_on_error=False)
    def list_scenarios(self, purpose: str) -> None:
        """The scenarios that load, for a picker (see `scenario_groups`)."""
        self.post_message(m.ScenariosListed(purpose, self.scenario_groups()))

    def scenario_groups(self) -> Groups:
        """The scenarios a picker offers (tui/scenario_list.py); reads files."""
        return scenario_groups(self.path, self.settings)

    @work(thread=True, exclusive=True, group="allies", exit_on_error=False)
    def load_allies(self, edition: str | None, year: int) -> None:
        """NATO's figures for every ally, for the allies pane (polars: off the UI thread)."""
        from core.allies import allies_view

        try:
            self.post_message(m.AlliesRead(allies_view(year, edition)))
        except NavotopError as error:
            self.post_message(m.CompareFailed(str(error)))

    def on_unmount(self) -> None:
        self.reloading.stop()
        self.journaling.close()

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        """A worker that raised (a bug, or a disk error nobody foresaw): say so where errors are
        shown, with what to do; the app keeps running on what it has."""
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        doing = (
            t(f"worker.{event.worker.group}") if event.worker.group in m.WORKER_DOING else t("worker.other")
        )
        kept = t("app.kept" if self.ready else "app.none_loaded")
        self.main.error = t(
            "app.worker_failed", doing=doing, error=f"{type(error).__name__}: {error}", kept=kept
        )
        if not self.ready:
            self.sub_title = t("app.not_loaded", file=self.path.name)

    # ------------------------------------------------------------------ what workers report
    def on_summit_read(self, message: m.SummitRead) -> None:
        self._show_summit(message.summit)

    def _show_summit(self, summit: Summit) -> None:
        self.summit = summit
        self.main.query_one(AgendaPane).load(summit)
        self.main.query_one(CommitmentsPane).load(summit)

    def on_scenario_opened(self, message: m.ScenarioOpened) -> None:
        if message.summit is not None:
            self._show_summit(message.summit)
        before = self.result if self.ready else None
        self.journaling.follow(message.path)
        self.session, self.path = message.session, message.path
        if self.settings.own_process:
            gc.freeze()
        self.file_read(message.result)
        if message.announce:
            self.minutes.log("open", before, detail=str(message.path))
            self.notify(t("app.opened", path=message.path))
        if message.pending is not None:
            self.journaling.offer_restore(message.pending)

    def on_open_failed(self, message: m.OpenFailed) -> None:
        """At start: nothing to show in the table, so say why, keep agenda and commitments
        browsable and try again when a file in that folder changes (the fault may be in a file
        it extends). Later: the current scenario stays."""
        if message.summit is not None:
            self._show_summit(message.summit)
        if self.ready:
            self.main.error = t("app.not_opened", file=self.session.path.name, error=message.message)
            return
        self.main.error = f"{message.message}\n" + t("app.fix_the_file")
        self.sub_title = t("app.not_loaded", file=self.path.name)
        self.main.query_one(CalcPane).not_loaded()
        self.reloading.watch({message.path.resolve().parent})

    def on_disk_reread(self, message: m.DiskReread) -> None:
        self.reloading.adopt(message)

    def on_reread_failed(self, message: m.RereadFailed) -> None:
        self.main.error = t("app.last_good", error=message.message)
        self.reloading.seen()

    def on_allies_read(self, message: m.AlliesRead) -> None:
        self.main.query_one(AlliesPane).show(message.view)

    @on(AlliesPane.Wanted)
    def _allies_wanted(self, event: AlliesPane.Wanted) -> None:
        self.load_allies(event.edition, event.year)

    @on(CalcPane.EditChanged)
    def _edit_changed(self, event: CalcPane.EditChanged) -> None:
        self.foresight.typed(event.row, event.year, event.text)

    @on(CalcPane.EditSubmitted)
    def _edit_submitted(self, event: CalcPane.EditSubmitted) -> None:
        """A value typed into a cell (tui/editing.py)."""
        self.editing.submitted(event)

    def on_scenario_compared(self, message: m.ScenarioCompared) -> None:
        before = self.result
        self.compare_result = message.result
        self.recompute()
        self.minutes.log("compare", before, detail=str(message.result.scenario.path))

    def on_compare_failed(self, message: m.CompareFailed) -> None:
        self.main.error = t("app.not_compared", error=message.message)

    def pick(self, purpose: str) -> None:
        """Open the open (or compare) picker at once and list the files into it when a worker
        has read them: the keys typed right after `o` (a path, enter: often in the same read
        over SSH or tmux) then land in the picker, never on the main screen as commands."""
        if purpose == "open":
            self.main.pick_scenario(t("app.open_title"), None, self.open_scenario, purpose=purpose)
        else:
            comparing = self.compare_result is not None
            title = t("app.compare_title")
            self.main.pick_scenario(title, None, self.compare_with, comparing=comparing, purpose=purpose)
        self.list_scenarios(purpose)

    def on_scenarios_listed(self, message: m.ScenariosListed) -> None:
        """The files for the picker opened by `pick` (none when it was closed meanwhile)."""
        for screen in self.screen_stack:
            if isinstance(screen, PickScenario) and screen.purpose == message.purpose:
                screen.fill(message.groups)

    def stop_comparing(self) -> None:
        self.compare_result = None
        self.recompute()

    def on_watch_failed(self, message: m.WatchFailed) -> None:
        self.main.error = t("app.watch_failed", error=message.message)

    def on_watch_started(self, _: m.WatchStarted) -> None:
        self.reloading.changed(set(self.reloading.known))  # a change made while the watch started

    def on_files_changed(self, message: m.FilesChanged) -> None:
        self.reloading.files_changed(message.paths)

    # ------------------------------------------------------------------ files
    def file_read(self, disk_result: Result) -> None:
        """The session's file has been (re)read, at start, on open, save or reload: show its
        numbers (with any edits on top), clear a shown error, and watch its files."""
        self.disk_result = disk_result
        self.main.ready = True
        folders = self.reloading.remember()
        self.main.error = None
        self.recompute()
        self.reloading.watch(folders)

    def after_load(self) -> None:
        from core.engine import compute

        self.file_read(compute(self.session.disk))

    # ------------------------------------------------------------------ computing
    def recompute(self) -> None:
        """Compute the session's scenario and repaint table, verdict and detail in one go.

        On the UI thread, deliberately: the engine takes about 4 ms for a scenario and marking
        the changed cells about 1 ms, well inside a frame, while a thread worker measured ten
        times slower end to end (each polars call in it waits for the interpreter lock held by
        the UI loop). File reading, which can stall on a slow disk, stays in workers.
        """
        from core.chart import share_chart
        from core.engine import compute

        # Without edits the scenario is the file, whose result is already at hand; an edit just
        # typed was usually computed while it was being typed.
        if not self.session.dirty:
            view = self.table_view(self.disk_result)
        else:
            view = self.foresight.take(self.session) or self.table_view(compute(self.session.scenario()))
        self.result = view.result
        self.main.query_one(CommitmentsPane).name_norms(norm_names(view.result))
        self.main.query_one(CalcPane).show(view)
        self.main.query_one(ChartPane).show(share_chart(view.result, self.compare_result))
        self._titles()

    def table_view(self, result: Result) -> TableView:
        """What the calculation pane shows of `result`: the cells it changes from the file, and
        the differences from the compared scenario."""
        from core.diff import changed_cells, diff

        changed = changed_cells(self.disk_result, result) if result is not self.disk_result else set()
        # this as BASE, the compared as OTHER: the sign of `navotop diff THIS OTHER`
        compare: Diff | None = diff(result, self.compare_result) if self.compare_result else None
        return TableView(result, frozenset(changed), compare, self.summit.commitments_on, self.disk_result)

    def _titles(self) -> None:
        name = self.result.scenario.shown_name()
        unsaved = t("app.unsaved") if self.session.dirty else ""
        self.sub_title = name + unsaved
        if self.compare_result is not None:  # by file: two long names left 80 columns no room
            mine, theirs = apart(self.session.path, self.compare_result.scenario.path)
            self.sub_title = mine + unsaved + t("app.compared_with", name=theirs)
        self.main.title_table(name, self.session.path)

    # ------------------------------------------------------------------ other scenarios
    def open_scenario(self, path: Path) -> None:
        """Switch to another scenario file, asking first when there are unsaved edits; if the
        file is invalid its errors are shown and the current scenario stays."""
        self.saving.confirm_unsaved(lambda: self._open(path), t("app.what.open"))

    def export_svg(self, path: Path | None = None, *, replace: bool = False) -> Path:
        """Write an SVG of the screen, logged with its inputs' hash (tui/minutes.py)."""
        return self.minutes.screenshot(path, replace=replace)


def norm_names(result: Result) -> dict[str, str]:
    """The scenario's norms by their labels in the language shown, for the commitments pane."""
    from core.norms import norm_label

    return {n.id: norm_label(n) for n in result.scenario.norms.values()}
