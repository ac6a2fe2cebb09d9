"""The navotop app: three panes over one editing session, recomputed off the UI thread.

The app owns the state (the session, the last good result, the comparison, the file stamps) and
hands each pane what to show; panes post messages up and never reach sideways. Everything that
is arithmetic or file handling happens in core; this module decides what to do when.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.events import Resize
from textual.notifications import SeverityLevel
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Footer, Header, Static, Tab, Tabs

from core.errors import NavotopError
from core.i18n import t
from core.journal import Journal, JournalWriter, Pending
from core.paths import scenarios_dir
from core.whatif_log import Event, WhatIfLog
from tui.commands import NavotopCommands
from tui.screens.dialogs import BridgeScreen, Choice, HelpScreen, PickScenario
from tui.widgets.agenda import AgendaPane
from tui.widgets.calc_table import CalcPane, TableView
from tui.widgets.commitments import CommitmentsPane

if TYPE_CHECKING:  # the engine's modules load polars: the app imports them off the UI thread
    from core.diff import Diff
    from core.document import Summit
    from core.edit import Snapshot
    from core.engine import Result
    from core.model import Scenario
    from core.session import Session

PANES = ("agenda", "commitments", "calc")
NARROW = 100
"""Below this many columns the panes become tabs."""
WATCH_SECONDS = 0.5


@dataclass(frozen=True)
class Settings:
    """How the app was started: where screenshots go, whether files are watched, and whether the
    process is the app's alone."""

    export_dir: Path = Path("exports")
    watch: bool = True
    journal_dir: Path | None = None
    """Where unsaved edits are journaled; None: the user's state folder (core/journal.py)."""
    roots: tuple[Path, ...] = ()
    """The folders the app may read and write (set by `navotop serve`); empty: anywhere."""
    own_process: bool = False
    """True for the `navotop` command: everything loaded at start (Textual, polars, the summit
    data) then lives as long as the process, and is frozen out of the garbage collector's full
    passes. Measured here: a full collection takes ~11 ms after the imports and ~22 ms once
    polars is loaded (56,000 tracked objects), and ~0 ms after the freeze; unfrozen, one lands
    now and then in a first frame or an edit's repaint. Off in tests, where many apps share a
    process."""


class NavotopApp(App[None]):
    """Agenda, commitments and the live calculation table of one scenario."""

    CSS_PATH = "app.tcss"
    TITLE = "navotop"
    AUTO_FOCUS = "CalcGrid"
    """The table has the keyboard from the first frame, so the footer is built once, for it."""
    COMMANDS = App.COMMANDS | {NavotopCommands}
    BINDINGS = [
        Binding("1", "pane('agenda')", "Agenda", id="pane-agenda"),
        Binding("2", "pane('commitments')", "Commitments", id="pane-commitments"),
        Binding("3", "pane('calc')", "Table", id="pane-calc"),
        Binding("tab", "next_pane(1)", "Next pane", show=False, priority=True),
        Binding("shift+tab", "next_pane(-1)", "Previous pane", show=False, priority=True),
        Binding("u", "undo", "Undo", id="undo"),
        Binding("U", "redo", "Redo", id="redo"),
        Binding("s", "save", "Save", id="save"),
        Binding("o", "open", "Open", id="open"),
        Binding("c", "compare", "Compare", id="compare"),
        Binding("b", "bridge", "Bridge", id="bridge"),
        Binding("x", "screenshot", "Screenshot", id="screenshot"),
        Binding("L", "whatif_log", "Log", id="whatif-log"),
        Binding("W", "export_log", "Write log", id="export-log", show=False),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit_app", "Quit", id="quit"),
    ]
    KEYS_HELP = [
        ("tab / shift+tab", "next / previous pane"),
        ("1 2 3", "agenda, commitments, calculation table"),
        ("e or enter", "edit the selected input cell: 1,5 or 1.5, or +2% / -2% of the value"),
        ("while editing", "left right home end backspace delete ctrl+u; enter accepts, esc cancels"),
        ("arrows pageup pagedown", "move in the table; home / end: first / last year"),
        ("ctrl+home / ctrl+end", "first / last row of the table"),
        ("enter on a computed row", "go to the commitment that row or its norm bears on"),
        ("esc", "close the editor or a dialog; clear the commitments filter"),
        ("/", "filter commitments by words or topic:NAME"),
        ("u / U", "undo / redo an edit"),
        ("s", "save the edits into the scenario file (comments kept)"),
        ("o", "open another scenario"),
        ("c", "compare with another scenario"),
        ("b", "bridge from the Dutch to the NATO figure for the selected year"),
        ("x", "save an SVG screenshot into the export folder"),
        ("ctrl+p", "command palette: open, compare, export, jump to a commitment or agenda item"),
        ("?", "this help"),
        ("q", "quit (asks when there are unsaved edits)"),
    ]

    def __init__(self, path: Path, settings: Settings | None = None) -> None:
        super().__init__()
        self.path = path
        self.settings = settings or Settings()
        self.session: Session
        self.summit: Summit
        self.result: Result
        self.disk_result: Result
        self.ready = False
        """False until the first load has finished (the first paint does not wait for it)."""
        self.compare_result: Result | None = None
        self.error: str | None = None
        self._stamps: dict[Path, tuple[int, int]] = {}
        self._known: dict[Path, bytes] = {}
        self._asking = False
        self._watch_timer: Timer | None = None
        self._retry_timer: Timer | None = None
        """Polls for a fix while the file given at start cannot be loaded."""
        self.whatif = WhatIfLog(path.name)
        """Every edit, undo, redo, save, open, compare and screenshot of this session."""
        self.journal = JournalWriter(Journal(path, self.settings.journal_dir), self._journal_failed)
        """The unsaved edits, on disk as they are made (core/journal.py), off the UI thread."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While a dialog is open its keys are its own, and until the first load has finished
        there is nothing to act on: the app's single-letter keys rest."""
        if action in _DATA_ACTIONS and not self.ready:
            return False
        return not (isinstance(self.screen, ModalScreen) and action in _APP_KEYS_ACTIONS)

    # ------------------------------------------------------------------ layout
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

    def compose(self) -> ComposeResult:
        yield Header()
        yield Tabs(
            Tab("1 Agenda", id="agenda"),
            Tab("2 Commitments", id="commitments"),
            Tab("3 Table", id="calc"),
            active="calc",
        )
        with Container(id="panes"):
            yield AgendaPane(id="agenda", classes="pane")
            yield CommitmentsPane(id="commitments", classes="pane")
            yield CalcPane(id="calc", classes="pane -active", edit_offer=self._edit_offer)
        yield Static("", id="error-bar", markup=False)  # errors quote files: `[/x]` is text
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#agenda").border_title = "1 Agenda"
        self.query_one("#commitments").border_title = "2 Commitments"
        self.query_one("#calc").border_title = f"3 {self.path.name}"
        self.sub_title = f"loading {self.path.name}"
        if self.settings.own_process:
            gc.freeze()
        # Start reading only once the first frame is out: the load imports polars, and a thread
        # doing that competes with the first paint for the interpreter.
        self.call_after_refresh(self.load)

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        """Read the summit data and the scenario and compute it, off the UI thread, so the app
        paints at once and the numbers follow (importing polars alone takes a few tenths of a
        second)."""
        from core.document import bundled_summit
        from core.engine import compute
        from core.session import Session

        summit = bundled_summit()
        try:
            session = Session.open(self.path)
        except NavotopError as error:
            self.call_from_thread(self._first_load_failed, summit, str(error))
            return
        result = compute(session.disk)
        pending = self.journal.journal.pending(session.snapshot.data)
        self.call_from_thread(self._loaded, summit, session, result, pending)

    def _loaded(
        self, summit: Summit, session: Session, result: Result, pending: Pending | None = None
    ) -> None:
        self._load_summit(summit)
        self.session = session
        if self.settings.own_process:
            gc.freeze()
        self._file_read(result)
        if pending is not None:
            self._offer_restore(pending)

    def _file_read(self, disk_result: Result) -> None:
        """The session's file has been (re)read, at start, on open, save or reload: show its
        numbers (with any edits on top), clear a shown error, and watch its files."""
        self.disk_result = disk_result
        if not self.ready:
            self.ready = True
            self.refresh_bindings()  # the keys that need a scenario wake up in the footer
        self._remember_files()
        self.error = None
        self._show_error()
        self.recompute()
        self._watch()

    def _watch(self) -> None:
        """Check the scenario's files twice a second from now on (once started, it stays)."""
        if self.settings.watch and self._watch_timer is None:
            self._watch_timer = self.set_interval(WATCH_SECONDS, self.check_files, name="watch-scenario")

    def _load_summit(self, summit: Summit) -> None:
        """Fill agenda and commitments, once (a retried first load brings the summit again)."""
        if not hasattr(self, "summit"):
            self.summit = summit
            self.query_one(AgendaPane).load(summit)
            self.query_one(CommitmentsPane).load(summit)

    def _first_load_failed(self, summit: Summit, message: str) -> None:
        """Nothing to show in the table: say why, keep agenda and commitments browsable, and
        (when watching) try again as soon as a scenario file in that folder changes."""
        self._load_summit(summit)
        self.error = message
        self._show_error()
        self.sub_title = f"{self.path.name}: not loaded"
        if self.settings.watch:
            path, stamps = self.path, _folder_stamps(self.path)

            def retry() -> None:
                if _folder_stamps(path) != stamps:
                    self._stop_retrying()
                    self.load()

            self._stop_retrying()
            self._retry_timer = self.set_interval(WATCH_SECONDS, retry, name="retry-first-load")

    def _stop_retrying(self) -> None:
        if self._retry_timer is not None:
            self._retry_timer.stop()
            self._retry_timer = None

    def on_resize(self, event: Resize) -> None:
        narrow = event.size.width < NARROW
        self.set_class(narrow, "-narrow")

    def action_pane(self, name: str) -> None:
        """Show (in tabs) and focus a pane."""
        for pane in self.query(".pane"):
            pane.set_class(pane.id == name, "-active")
        self.query_one(Tabs).active = name
        self.query_one(f"#{name}").query(_FOCUS[name]).first().focus()

    def action_next_pane(self, step: int) -> None:
        if isinstance(self.screen, ModalScreen):
            (self.screen.focus_next if step > 0 else self.screen.focus_previous)()
            return
        index = PANES.index(self._current_pane())
        self.action_pane(PANES[(index + step) % len(PANES)])

    def _current_pane(self) -> str:
        focused = self.focused
        for name in PANES:
            if focused is not None and self.query_one(f"#{name}") in focused.ancestors_with_self:
                return name
        return "calc"

    @on(Tabs.TabActivated)
    def _tab(self, event: Tabs.TabActivated) -> None:
        if event.tab.id and event.tab.id != self._current_pane():
            self.action_pane(event.tab.id)

    # ------------------------------------------------------------------ computing
    def _view(self, result: Result) -> TableView:
        from core.diff import changed_cells, diff

        changed = changed_cells(self.disk_result, result) if self.session.dirty else set()
        compare: Diff | None = diff(self.compare_result, result) if self.compare_result else None
        return TableView(result, frozenset(changed), compare, self.summit.commitments_on)

    def recompute(self) -> None:
        """Compute the session's scenario and repaint table, verdict and detail in one go.

        On the UI thread, deliberately: the engine takes about 4 ms for a scenario and marking
        the changed cells about 1 ms, well inside a frame, while a thread worker measured ten
        times slower end to end (each polars call in it waits for the interpreter lock held by
        the UI loop). File reading, which can stall on a slow disk, stays in workers.
        """
        from core.engine import compute

        # Without edits the scenario is the file, whose result is already at hand.
        result = compute(self.session.scenario()) if self.session.dirty else self.disk_result
        self._show(self._view(result))

    def _show(self, view: TableView) -> None:
        self.result = view.result
        self.query_one(CalcPane).show(view)
        self._titles()

    def _titles(self) -> None:
        scenario = self.result.scenario
        self.sub_title = scenario.name + (" · unsaved edits" if self.session.dirty else "")
        if self.compare_result is not None:
            self.sub_title += f" · compared with {self.compare_result.scenario.name}"
        calc = self.query_one("#calc")
        title, path = f"3 {scenario.name}", _shown_path(self.session.path)
        if (calc.border_title, calc.border_subtitle) != (title, path):  # setting repaints the pane
            calc.border_title, calc.border_subtitle = title, path

    # ------------------------------------------------------------------ editing
    def _edit_offer(self, row: str, year: int) -> tuple[str, str] | None:
        """What enter or `e` on a cell does: an input cell opens its editor (prompt, value in the
        file's unit); a computed row follows its link; anything else says why not."""
        if row not in {r.id for r in self.result.rows if r.kind == "input"}:
            self._follow_link(row)
            return None
        target = self.session.target(row, year)
        if isinstance(target, str):
            self.notify(target, title="Not editable here", severity="warning")
            return None
        value = "" if target.value is None else f"{target.value:g}"
        prompt = (
            f"Editing {target.describe()}: type a number (1,5 or 1.5) or a change (+2%, -2%) · "
            "enter accepts · esc cancels"
        )
        return prompt, value

    @on(CalcPane.EditSubmitted)
    def _edit_submitted(self, event: CalcPane.EditSubmitted) -> None:
        from core.edit import parse_edit

        target = self.session.target(event.row, event.year)
        if isinstance(target, str):
            self.notify(target, severity="warning")
            return
        try:
            value = parse_edit(event.text, target.value)
        except ValueError as exc:
            self.notify(str(exc), title="Not changed", severity="error")
            return
        before = self.result
        self.session.apply(event.row, event.year, value)
        self._journal_edits()
        self.query_one(CalcPane).close_editor()
        self.recompute()
        self._log_event("edit", before, cell=(event.row, event.year), old=target.value, new=value)

    def action_undo(self) -> None:
        self._step("undo", self.session.undo)

    def action_redo(self) -> None:
        self._step("redo", self.session.redo)

    def _step(self, event: Event, step: Callable[[], bool]) -> None:
        """Undo or redo, journaled and logged with the cell it changed."""
        before, edits = self.result, dict(self.session.edits)
        if not step():
            self.notify(t(f"app.nothing_to_{event}"))
            return
        self._journal_edits()
        self.recompute()
        changed = sorted(
            k for k in edits.keys() | self.session.edits.keys() if edits.get(k) != self.session.edits.get(k)
        )
        cell = changed[0] if len(changed) == 1 else None
        old = new = None
        if cell is not None:
            old = edits[cell] if cell in edits else self._file_value(cell)
            new = self.session.edits[cell] if cell in self.session.edits else self._file_value(cell)
        self._log_event(event, before, cell=cell, old=old, new=new)

    def _file_value(self, cell: tuple[str, int]) -> float | None:
        """A cell's value as the file states it (in the file's unit)."""
        stated = self.session.disk.inputs.get(cell[0], {}).get(cell[1])
        return None if stated is None else stated.value

    # ------------------------------------------------------------------ the log and the journal
    def _log_event(self, event: Event, before: Result | None, **fields: Any) -> None:
        """Log what just happened, with the headline figures of the cell's year (or the selected
        year) before and after it."""
        year = fields["cell"][1] if fields.get("cell") else self._selected_year()
        self.whatif.add(event, before=before, after=self.result if self.ready else None, year=year, **fields)

    def _selected_year(self) -> int | None:
        if not self.ready:
            return None
        return self.query_one(CalcPane).selected()[1]

    def _journal_edits(self) -> None:
        """Put the unsaved edits on disk, in order, on the journal's own thread."""
        self.journal.record(self.session.edits, self.session.snapshot.data)

    def _journal_failed(self, error: OSError) -> None:
        """From the journal's thread: say so (the edits are still here; saving keeps them)."""
        with contextlib.suppress(RuntimeError):  # the app has already closed
            self.call_from_thread(
                self.notify, t("journal.not_written", error=error), severity="warning", timeout=10
            )

    def on_unmount(self) -> None:
        self.journal.close()  # what is queued reaches the disk before the process ends

    def _offer_restore(self, pending: Pending) -> None:
        """Unsaved edits from a session that ended without saving: restore them or discard them,
        saying from when, and saying so when the file has changed on disk since."""
        from core.formats import timestamp

        question = t(
            "journal.body", count=len(pending.edits), file=self.path.name, when=timestamp(pending.when)
        )
        if pending.file_changed:
            question += "\n" + t("journal.changed")

        def answer(choice: str | None) -> None:
            before = self.result
            if choice == "r":
                self.session.restore(pending.edits)
                self._journal_edits()
                self.recompute()
                self._log_event("restore", before)
                self.notify(t("journal.restored", count=len(pending.edits)))
            else:
                self.journal.clear()
                self._log_event("discard", before)
                self.notify(t("journal.discarded"))

        answers = [("r", t("journal.restore")), ("d", t("journal.discard"))]
        self.push_screen(Choice(question, answers, "r"), answer)

    def action_whatif_log(self) -> None:
        from tui.screens.whatif import WhatIfLogScreen

        self.push_screen(WhatIfLogScreen(self.whatif, "L"))

    def action_export_log(self) -> None:
        """Write the what-if log as markdown into the export folder and say where."""
        from core.whatif_log import write_markdown

        try:
            path = write_markdown(self.whatif, self.settings.export_dir, self.path.stem)
        except (OSError, NavotopError) as exc:
            self.notify(t("log.not_written", error=exc), severity="error", timeout=10)
            return
        self.notify(t("log.written", path=path), title="Export")

    # ------------------------------------------------------------------ saving and loading
    def action_save(self) -> None:
        if not self.session.dirty:
            self.notify("No unsaved edits.")
            return
        self._save(over_outside_change=False)

    def _save(self, *, over_outside_change: bool) -> bool:
        from core.edit import StaleFileError

        try:
            self.session.save(over_outside_change=over_outside_change)
        except StaleFileError:
            self._ask_stale_save()
            return False
        except (NavotopError, OSError) as error:  # the writer says every failure as a NavotopError
            self.notify(str(error), title="Not saved: your edits are kept", severity="error", timeout=10)
            return False
        before = self.result
        self.journal.clear()
        self._after_load()
        self._log_event("save", before, detail=str(self.session.path))
        self.notify(f"Saved {self.session.path}")
        return True

    def _ask_stale_save(self) -> None:
        def answer(choice: str | None) -> None:
            if choice == "o":
                self._save(over_outside_change=True)
            elif choice == "r":
                self._reload(keep_edits=False)

        question = f"{self.session.path} changed on disk since it was read. Nothing was written."
        answers = [
            ("o", "apply my edits to the version on disk and save"),
            ("r", "reload the version on disk and drop my edits"),
            ("c", "cancel: keep my edits unsaved"),
        ]
        self.push_screen(Choice(question, answers, "c"), answer)

    def _after_load(self) -> None:
        from core.engine import compute

        self._file_read(compute(self.session.disk))

    def _remember_files(self) -> None:
        self._stamps = {p: _stamp(p) for p in self.session.files()}
        self._known = {p: _read(p) for p in self.session.files()}
        self._known[self.session.path] = self.session.snapshot.data

    def check_files(self) -> None:
        """Called twice a second: has any file of the scenario changed on disk?"""
        if self._asking:
            return
        changed = [p for p, stamp in self._stamps.items() if _stamp(p) != stamp]
        if not changed:
            return
        for path in changed:
            self._stamps[path] = _stamp(path)
        if all(_read(p) == self._known.get(p) for p in changed):
            return  # touched, or our own save: same content
        names = ", ".join(p.name for p in changed)
        if self.session.dirty:
            self._asking = True

            def answer(choice: str | None) -> None:
                self._asking = False
                if choice == "r":
                    self._reload(keep_edits=False)
                else:
                    self._reload(keep_edits=True)

            question = f"{names} changed on disk while you have unsaved edits."
            answers = [("r", "reload it and drop my edits"), ("k", "keep my edits on top of the new file")]
            self.push_screen(Choice(question, answers, "k"), answer)
        else:
            self._reload(keep_edits=False)

    @work(thread=True, exclusive=True, group="reload", exit_on_error=False)
    def _reload(self, *, keep_edits: bool) -> None:
        try:
            snapshot, disk = self.session.read_disk()
        except NavotopError as error:
            self.call_from_thread(self._reload_failed, str(error))
            return
        self.call_from_thread(self._reloaded, snapshot, disk, keep_edits)

    def _reloaded(self, snapshot: Snapshot, disk: Scenario, keep_edits: bool) -> None:
        self.session.adopt(snapshot, disk, keep_edits=keep_edits)
        self._journal_edits()  # dropped edits leave no journal; kept ones now rest on the new file
        self._after_load()
        self.notify(f"Reloaded {self.session.path.name}")

    def _reload_failed(self, message: str) -> None:
        self.error = message
        self._show_error()
        self._known = {p: _read(p) for p in self._stamps}

    def _show_error(self) -> None:
        bar = self.query_one("#error-bar", Static)
        bar.update(f"Last good numbers shown. {self.error}" if self.error else "")
        bar.set_class(self.error is not None, "-shown")

    # ------------------------------------------------------------------ other scenarios
    def scenario_files(self) -> list[Path]:
        """The bundled scenarios and the TOML files in the current folder; under `navotop
        serve`, only those in the folders it serves."""
        folders = self.settings.roots or (scenarios_dir(), Path.cwd())
        found = [path for folder in folders for path in sorted(folder.glob("*.toml"))]
        return list(dict.fromkeys(p.resolve() for p in found))

    def action_open(self) -> None:
        def chosen(path: Path | None) -> None:
            if path is not None:
                self.open_scenario(path)

        self.push_screen(PickScenario("Open a scenario", self.scenario_files()), chosen)

    def open_scenario(self, path: Path) -> None:
        """Switch to another scenario file, asking first when there are unsaved edits; if the
        file is invalid its errors are shown and the current scenario stays."""
        self._confirm_unsaved(lambda: self._open(path), "open another scenario")

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def _open(self, path: Path) -> None:
        """Read and compute the file off the UI thread (a slow disk must not stall a key)."""
        from core.engine import compute
        from core.session import Session

        try:
            session = Session.open(path)
        except NavotopError as error:
            self.call_from_thread(self.notify, str(error), title="Cannot open", severity="error", timeout=10)
            return
        pending = Journal(path, self.settings.journal_dir).pending(session.snapshot.data)
        self.call_from_thread(self._opened, path, session, compute(session.disk), pending)

    def _opened(self, path: Path, session: Session, result: Result, pending: Pending | None = None) -> None:
        self._stop_retrying()
        before = self.result if self.ready else None
        self.session, self.path = session, path
        self.journal.close()
        self.journal = JournalWriter(Journal(path, self.settings.journal_dir), self._journal_failed)
        self._file_read(result)
        self._log_event("open", before, detail=str(path))
        self.notify(f"Opened {path}")
        if pending is not None:
            self._offer_restore(pending)

    def action_compare(self) -> None:
        extra = [("-", "(stop comparing)")] if self.compare_result else []

        def chosen(path: Path | None) -> None:
            if path is None:
                return
            if str(path) == "-":
                self.compare_result = None
                self.recompute()
                return
            self.compare_with(path)

        self.push_screen(PickScenario("Compare with", self.scenario_files(), extra), chosen)

    @work(thread=True, exclusive=True, group="compare", exit_on_error=False)
    def compare_with(self, path: Path) -> None:
        """Show every cell's difference from another scenario (read and computed off the UI
        thread)."""
        from core.engine import compute
        from core.scenario import load_scenario

        try:
            other = compute(load_scenario(path))
        except NavotopError as error:
            self.call_from_thread(
                self.notify, str(error), title="Cannot compare", severity="error", timeout=10
            )
            return
        self.call_from_thread(self._compared, other)

    def _compared(self, other: Result) -> None:
        before = self.result
        self.compare_result = other
        self.recompute()
        self._log_event("compare", before, detail=str(other.scenario.path))

    # ------------------------------------------------------------------ views
    def action_bridge(self) -> None:
        from core.bridge import bridge

        _, year = self.query_one(CalcPane).selected()
        self.push_screen(BridgeScreen(bridge(self.result, year)))

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.KEYS_HELP))

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Save an SVG of the screen into the export folder (or `path`/`filename`) and say where."""
        try:
            where = Path(path or self.settings.export_dir) / filename if filename else None
            saved = self.export_svg(where)
        except (OSError, NavotopError) as exc:
            self.notify(f"Screenshot not saved: {exc}", severity="error")
            return
        self.notify(f"Screenshot saved: {saved}", title="Export")
        from core.export import inputs_hash

        shown = inputs_hash(self.result.scenario) if self.ready else ""
        self.whatif.add("screenshot", detail=str(saved), inputs_hash=shown)

    def export_svg(self, path: Path | None = None, *, replace: bool = False) -> Path:
        """Write an SVG of the screen through the one safe writer (never over an existing file
        unless `replace`); the title names the scenario and its inputs' hash (or says that the
        file could not be loaded)."""
        from core.export import inputs_hash
        from core.safefile import write_file

        if path is None:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            slug = re.sub(r"[^a-z0-9]+", "-", self.path.stem.lower()).strip("-")
            path = self.settings.export_dir / f"navotop-{slug}-{stamp}.svg"
            for n in range(2, 100):  # two exports in one second get names of their own
                if not path.exists():
                    break
                path = path.with_stem(f"navotop-{slug}-{stamp}-{n}")
        path = path.expanduser().absolute()  # not resolve(): a planted link is the writer's to judge
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.ready:
            scenario = self.result.scenario
            title = f"navotop · {scenario.name} · inputs {inputs_hash(scenario)}"
        else:
            title = f"navotop · {self.path.name}: not loaded"
        svg = self.export_screenshot(title=title)
        return write_file(path, svg.encode("utf-8"), replace=replace)

    # ------------------------------------------------------------------ links
    @on(CommitmentsPane.JumpToNumbers)
    def _jump_to_numbers(self, event: CommitmentsPane.JumpToNumbers) -> None:
        c = event.commitment
        if not self.ready:
            self.notify(f"No scenario is loaded, so no numbers to show for '{c.title}'.", severity="warning")
            return
        from core.measures import gap_id

        rows = {r.id for r in self.result.rows}
        targets = [r for r in [*c.rows, *(gap_id(n, "nato") for n in c.norms)] if r in rows]
        if not targets:
            self.notify(f"'{c.title}' names no numbers in this scenario.", severity="warning")
            return
        self.action_pane("calc")
        self.query_one(CalcPane).go_to(targets[0])

    def _follow_link(self, row: str) -> None:
        commitments = self.summit.commitments_on(row)
        if not commitments:
            self.notify(f"No commitment bears on {row}.")
            return
        self.action_pane("commitments")
        self.query_one(CommitmentsPane).select(commitments[0].id)

    def go_to_agenda(self, item_id: str) -> None:
        """Show one agenda item (from the command palette)."""
        self.action_pane("agenda")
        self.query_one(AgendaPane).select(item_id)

    def go_to_commitment(self, commitment_id: str) -> None:
        """Show one commitment (from the command palette)."""
        self.action_pane("commitments")
        self.query_one(CommitmentsPane).select(commitment_id)

    # ------------------------------------------------------------------ quitting
    def action_quit_app(self) -> None:
        self._confirm_unsaved(self.exit, "quit")

    def _confirm_unsaved(self, then: object, what: str) -> None:
        assert callable(then)
        if not self.ready or not self.session.dirty:
            then()
            return

        def answer(choice: str | None) -> None:
            if choice == "d":
                self.journal.clear()  # discarded on purpose: nothing to offer next time
            if (choice == "s" and self._save(over_outside_change=False)) or choice == "d":
                then()

        answers = [("s", f"save, then {what}"), ("d", f"discard my edits and {what}"), ("c", "cancel")]
        self.push_screen(
            Choice(f"There are unsaved edits in {self.session.path.name}.", answers, "c"), answer
        )


_FOCUS = {"agenda": "Tree", "commitments": "DataTable", "calc": "CalcGrid"}
"""The widget of each pane that takes the keyboard."""
_DATA_ACTIONS = frozenset(["undo", "redo", "save", "compare", "bridge"])
"""Actions that need a loaded scenario."""
_APP_KEYS_ACTIONS = frozenset(
    ["pane", "undo", "redo", "save", "open", "compare", "bridge", "screenshot", "help", "quit_app"]
)


def _shown_path(path: Path) -> str:
    """The path relative to the working folder when it is inside it (shorter, and the same on
    every machine, which keeps screenshots comparable); absolute otherwise."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path.resolve())


def _folder_stamps(path: Path) -> dict[Path, tuple[int, int]]:
    """The stamps of every TOML file beside `path`: a file that fails to load may fail because
    of a file it extends, which its broken text may not even name."""
    return {p: _stamp(p) for p in sorted(path.parent.glob("*.toml"))}


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (-1, -1)
    return stat.st_mtime_ns, stat.st_size


def _read(path: Path) -> bytes:
    """The file through the one reader: a FIFO or device swapped in must not stall the UI."""
    from core.safefile import read_regular

    try:
        return read_regular(path)
    except NavotopError:
        return b""
