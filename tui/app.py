"""The navotop app: one editing session, read and computed by workers, shown by the main screen.

The app owns the state (the session, the last good result, the comparison, the files' known
contents) and decides what to do when; workers report in messages (tui/messages.py), handled
here one by one, and a worker that fails is reported once, by `Worker.StateChanged`. The keys
live on the main screen (tui/screens/main.py), declared in tui/keys.py. Everything that is
arithmetic or file handling happens in core.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import App, SystemCommand
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from core.errors import NavotopError
from core.i18n import t
from core.journal import Journal, JournalWriter
from core.whatif_log import Event, WhatIfLog
from tui import messages as m
from tui.commands import NavotopCommands
from tui.foresight import Foresight
from tui.screens.main import MainScreen
from tui.screens.save_as import SaveAsWhatIf
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
    from core.journal import Pending
    from core.session import Session, Target
    from core.solve import Answer
    from core.whatif import Scope
from tui.watch import FolderWatch


class NavotopApp(App[None]):
    """Agenda, commitments and the live calculation table of one scenario."""

    CSS_PATH = "app.tcss"
    TITLE = "navotop"
    COMMANDS = App.COMMANDS | {NavotopCommands}

    def __init__(self, path: Path, settings: Settings | None = None) -> None:
        super().__init__()
        self.path = path
        self.settings = settings or Settings()
        self.main = MainScreen(path.name, self._edit_offer)
        self.session: Session
        self.summit: Summit
        self.result: Result
        self.disk_result: Result
        self.compare_result: Result | None = None
        self._known: dict[Path, bytes] = {}
        """The content of each watched file as last read: a change that leaves it (our own
        save, a touch) is no change."""
        self._asking = False
        self._watching: FolderWatch | None = None
        self.whatif = WhatIfLog(path.name)
        """Every edit, undo, redo, save, open, compare and screenshot of this session."""
        self.journal = self._journal_for(path)
        """The unsaved edits, on disk as they are made (core/journal.py), off the UI thread."""
        self.foresight = Foresight(self)
        """The result of the value being typed, computed before enter (tui/foresight.py)."""

    @property
    def ready(self) -> bool:
        """True once a scenario has been loaded (the first paint does not wait for it)."""
        return self.main.ready

    def get_default_screen(self) -> MainScreen:
        return self.main

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's own palette entries, less its Screenshot (navotop's `x` names and places
        the file; Textual's could not save one): one screenshot command, which works. Its Quit
        stays and asks, as every way out does (`action_quit`)."""
        commands = [c for c in super().get_system_commands(screen) if c.title != "Screenshot"]
        return [
            SystemCommand("Quit", "quit (asks first when there are unsaved edits)", c.callback)
            if c.title == "Quit"
            else c
            for c in commands
        ]

    async def action_quit(self) -> None:
        """Every way out (q, ctrl+q, the palette's Quit) asks first when there are unsaved
        edits; one question at a time."""
        if not self._asking:
            self.confirm_unsaved(self.exit, t("app.what.quit"))

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

        if not hasattr(self, "summit"):
            self.post_message(m.SummitRead(bundled_summit()))
        self._read_scenario(self.path, announce=False)

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def _open(self, path: Path) -> None:
        self._read_scenario(path, announce=True)

    def _read_scenario(self, path: Path, *, announce: bool) -> None:
        from core.engine import compute
        from core.session import Session

        try:
            session = Session.open(path)
        except NavotopError as error:
            self.post_message(m.OpenFailed(path, str(error)))
            return
        pending = Journal(path, self.settings.journal_dir).pending(session.snapshot.data)
        self.post_message(m.ScenarioOpened(path, session, compute(session.disk), announce, pending))

    @work(thread=True, exclusive=True, group="reload", exit_on_error=False)
    def _reload(self, *, keep_edits: bool) -> None:
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

    def scenario_groups(self) -> list[tuple[str, list[tuple[str, Path]]]]:
        """(where, [(name, path)]) of the scenarios beside the open file first, then in the
        working folder, then the bundled ones; each file once, in the first group it is in.
        Reads files: call it off the UI thread."""
        from core.catalog import scenario_choices
        from core.paths import scenarios_dir

        if self.settings.roots:  # served: its folders only
            return [
                (_shown_folder(folder), choices)
                for folder in self.settings.roots
                if (choices := scenario_choices([folder]))
            ]
        folders = [
            (self.path.resolve().parent, "beside the open file"),
            (Path.cwd().resolve(), "working folder"),
            (scenarios_dir().resolve(), "bundled with navotop"),
        ]
        seen: set[Path] = set()
        groups: list[tuple[str, list[tuple[str, Path]]]] = []
        for folder, where in folders:
            choices = [(n, p) for n, p in scenario_choices([folder]) if p not in seen]
            seen.update(p for _, p in choices)
            if choices:
                groups.append((f"{where}: {_shown_folder(folder)}", choices))
        return groups

    @work(thread=True, exclusive=True, group="allies", exit_on_error=False)
    def load_allies(self, edition: str | None, year: int) -> None:
        """NATO's figures for every ally, for the allies pane (polars: off the UI thread)."""
        from core.allies import allies_view

        try:
            self.post_message(m.AlliesRead(allies_view(year, edition)))
        except NavotopError as error:
            self.post_message(m.CompareFailed(str(error)))

    def _watch(self, folders: set[Path]) -> None:
        """Watch these folders from now on (replacing the folders watched so far)."""
        if not self.settings.watch:
            return
        from tui.watch import FolderWatch

        if self._watching is not None:
            if self._watching.folders == sorted(f.resolve() for f in folders):
                return
            self._watching.stop()
        self._watching = FolderWatch(folders, self)

    def on_unmount(self) -> None:
        if self._watching is not None:
            self._watching.stop()
        self.journal.close()  # what is queued reaches the disk before the process ends

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
        self.summit = message.summit
        self.main.query_one(AgendaPane).load(message.summit)
        self.main.query_one(CommitmentsPane).load(message.summit)

    def on_scenario_opened(self, message: m.ScenarioOpened) -> None:
        before = self.result if self.ready else None
        if message.path.resolve() != self.journal.journal.scenario.resolve():
            self.journal.close()
            self.journal = self._journal_for(message.path)
        self.session, self.path = message.session, message.path
        if self.settings.own_process:
            gc.freeze()
        self._file_read(message.result)
        if message.announce:
            self._log_event("open", before, detail=str(message.path))
            self.notify(t("app.opened", path=message.path))
        if message.pending is not None:
            self._offer_restore(message.pending)

    def on_open_failed(self, message: m.OpenFailed) -> None:
        """At start: nothing to show in the table, so say why, keep agenda and commitments
        browsable and try again when a file in that folder changes (the fault may be in a file
        it extends). Later: the current scenario stays."""
        if self.ready:
            self.main.error = t("app.not_opened", file=self.session.path.name, error=message.message)
            return
        self.main.error = f"{message.message}\n" + t("app.fix_the_file")
        self.sub_title = t("app.not_loaded", file=self.path.name)
        self._watch({message.path.resolve().parent})

    def on_disk_reread(self, message: m.DiskReread) -> None:
        kept = message.keep_edits and self.session.dirty
        self.session.adopt(message.snapshot, message.disk, keep_edits=message.keep_edits)
        self._journal_edits()  # dropped edits leave no journal; kept ones now rest on the new file
        self._after_load()
        name = self.session.path.name
        self.notify(
            f"Read {name} again from disk; your unsaved edits are kept on top (s saves them)."
            if kept
            else t("app.reloaded", file=name)
        )

    def on_reread_failed(self, message: m.RereadFailed) -> None:
        self.main.error = t("app.last_good", error=message.message)
        self._known = {p: _read(p) for p in self._known}

    def on_allies_read(self, message: m.AlliesRead) -> None:
        self.main.query_one(AlliesPane).show(message.view)

    @on(AlliesPane.Wanted)
    def _allies_wanted(self, event: AlliesPane.Wanted) -> None:
        self.load_allies(event.edition, event.year)

    def on_scenario_compared(self, message: m.ScenarioCompared) -> None:
        before = self.result
        self.compare_result = message.result
        self.recompute()
        self._log_event("compare", before, detail=str(message.result.scenario.path))

    def on_compare_failed(self, message: m.CompareFailed) -> None:
        self.main.error = t("app.not_compared", error=message.message)

    def on_scenarios_listed(self, message: m.ScenariosListed) -> None:
        if message.purpose == "open":
            self.main.pick_scenario(t("app.open_title"), message.groups, self.open_scenario)
            return
        self.main.pick_scenario(
            t("app.compare_title"),
            message.groups,
            self.compare_with,
            comparing=self.compare_result is not None,
        )

    def stop_comparing(self) -> None:
        self.compare_result = None
        self.recompute()

    def on_watch_failed(self, message: m.WatchFailed) -> None:
        self.main.error = t("app.watch_failed", error=message.message)

    def on_watch_started(self, _: m.WatchStarted) -> None:
        self._changed_on_disk(set(self._known))  # a change made while the watch was starting

    def on_files_changed(self, message: m.FilesChanged) -> None:
        if not self.ready:
            if any(p.suffix == ".toml" for p in message.paths):
                self.load()
            return
        self._changed_on_disk(message.paths & self._known.keys())

    # ------------------------------------------------------------------ files
    def _file_read(self, disk_result: Result) -> None:
        """The session's file has been (re)read, at start, on open, save or reload: show its
        numbers (with any edits on top), clear a shown error, and watch its files."""
        self.disk_result = disk_result
        self.main.ready = True
        files = [p.resolve() for p in self.session.files()]
        self._known = {p: _read(p) for p in files}
        self._known[self.session.path.resolve()] = self.session.snapshot.data
        self.main.error = None
        self.recompute()
        self._watch({p.parent for p in files})

    def _after_load(self) -> None:
        from core.engine import compute

        self._file_read(compute(self.session.disk))

    def _changed_on_disk(self, paths: set[Path] | frozenset[Path]) -> None:
        """Reload when a file's content differs from what was read; ask first when there are
        unsaved edits."""
        changed = sorted(p for p in paths if _read(p) != self._known.get(p))
        if not changed or self._asking:
            return
        if not self.session.dirty:
            self._reload(keep_edits=False)
            return
        self._asking = True

        def answer(choice: str | None) -> None:
            self._asking = False
            self._reload(keep_edits=choice != "r")

        names = ", ".join(p.name for p in changed)
        answers = [("r", t("app.reload_drop")), ("k", t("app.keep_on_top"))]
        self.main.ask(t("app.changed_question", files=names), answers, "k", answer)

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
        self.main.query_one(CalcPane).show(view)
        self.main.query_one(ChartPane).show(share_chart(view.result, self.compare_result))
        self._titles()

    def table_view(self, result: Result) -> TableView:
        """What the calculation pane shows of `result`: the cells it changes from the file, and
        the differences from the compared scenario."""
        from core.diff import changed_cells, diff

        changed = changed_cells(self.disk_result, result) if result is not self.disk_result else set()
        compare: Diff | None = diff(self.compare_result, result) if self.compare_result else None
        return TableView(result, frozenset(changed), compare, self.summit.commitments_on, self.disk_result)

    def _titles(self) -> None:
        name = self.result.scenario.name
        self.sub_title = name + (t("app.unsaved") if self.session.dirty else "")
        if self.compare_result is not None:
            self.sub_title += t("app.compared_with", name=self.compare_result.scenario.name)
        self.main.title_table(name, self.session.path)

    # ------------------------------------------------------------------ editing
    def _edit_offer(self, row: str, year: int, how: str = "edit") -> tuple[str, str] | None:
        """What enter or `e` on a cell does: an editable cell (an input, a Dutch share, a growth
        rate) opens its editor (prompt, value at full precision in the unit it is typed in); on
        another cell `e` says in the detail line why not and what to edit instead, and enter
        follows the row's link to its commitment when it has one."""
        from core.entry import entry_text
        from tui.keys import edit_syntax

        target = self.session.target(row, year, self.result)
        if isinstance(target, str):
            if how == "enter" and self.summit.commitments_on(row):
                self.main.follow_link(row)
            else:
                self.main.query_one(CalcPane).say(f"{t('app.not_editable')}: {target}")
            return None
        prompt = t("app.editing", target=target.describe(), syntax=edit_syntax())
        return prompt, entry_text(target.value)

    @on(CalcPane.EditChanged)
    def _edit_changed(self, event: CalcPane.EditChanged) -> None:
        self.foresight.typed(event.row, event.year, event.text)

    @on(CalcPane.EditSubmitted)
    def _edit_submitted(self, event: CalcPane.EditSubmitted) -> None:
        from core.entry import parse_entry
        from core.plausible import refusal

        pane = self.main.query_one(CalcPane)
        target = self.session.target(event.row, event.year, self.result)
        if isinstance(target, str):
            self.notify(target, severity="warning")
            return
        try:
            value = parse_entry(event.text, target.value)
            # The loader's and `set`'s checks, on the value the file would hold (a Dutch share
            # becomes spending); a growth rate is not a level and has no such bounds.
            stored = None if target.kind == "growth" else target.input_value(value)
            if stored is not None and (refused := refusal(target.series, target.unit, stored)):
                raise ValueError(refused)
        except ValueError as exc:
            self.notify(str(exc), title=t("app.not_changed"), severity="error")
            return
        if value == target.value:  # accepting the value as it was is no edit
            pane.close_editor()
            return
        if target.kind == "growth" and len(target.after) > 1:

            def scope(choice: str | None) -> None:
                if choice in ("y", "a"):
                    self._make_edit(target, value, "year" if choice == "y" else "after")

            question = f"Growth of {target.series} {target.year}: {value:g}% a year. For which years?"
            answers = [
                ("y", f"this year only ({target.year}; later years keep their rates)"),
                ("a", f"this year and after ({target.year}-{target.after[-1]})"),
                ("c", "cancel: keep typing"),
            ]
            self.main.ask(question, answers, "c", scope)
            return
        self._make_edit(target, value, "year")

    def _make_edit(self, target: Target, value: float, scope: Scope) -> None:
        from core.plausible import doubt

        before = self.result
        self.session.set(target, value, scope)
        self.main.query_one(CalcPane).close_editor(describe=False)  # the new numbers describe it
        self.recompute()
        # Journaled once the new numbers are on screen: the journal's thread then never
        # competes with the repaint for the interpreter. (Growth edits live only in the session:
        # the journal holds cell values.)
        self.call_after_refresh(self._journal_edits)
        self._log_event(
            "edit", before, cell=(target.row or target.series, target.year), old=target.value, new=value
        )
        stored = None if target.kind == "growth" else target.input_value(value)
        if stored is not None and (doubted := doubt(target.series, target.unit, stored)):
            # `set` refuses it without --force; here it is applied, and said
            self.notify(f"{doubted} (u takes it back)", title="Likely a unit slip", severity="warning")

    def apply_answer(self, answer: Answer) -> None:
        """A goal seek's answer, as one edit of the cells it changes (u undoes it), in each
        cell's own unit; refused, with the reason, when the file's cells would not reach it."""
        from core.formats import general
        from core.solve import answer_edits

        edits = answer_edits(self.session, answer)
        if isinstance(edits, str):
            self.notify(edits, title="Goal seek not applied", severity="warning")
            return
        before, was = self.result, dict(self.session.edits.values)
        self.session.apply_all(edits)
        self.recompute()
        self.call_after_refresh(self._journal_edits)
        cell = next(iter(edits)) if len(edits) == 1 else None
        old = None if cell is None else was.get(cell, self._file_value(cell))
        new = None if cell is None else edits[cell]
        detail = (
            ""
            if cell is not None
            else ", ".join(f"{s} {y} = {general(v)}" for (s, y), v in sorted(edits.items()))
        )
        self._log_event("goal_seek", before, cell=cell, old=old, new=new, detail=detail)
        self.notify(f"{answer.reason}; u undoes it", title="Goal seek applied")

    def undo(self, *, redo: bool = False) -> None:
        """Take back the last edit (or make the last one taken back again), journaled and
        logged with the cell it changed."""
        event: Event = "redo" if redo else "undo"
        before, edits = self.result, dict(self.session.edits.values)
        if not (self.session.redo if redo else self.session.undo)():
            self.notify(t(f"app.nothing_to_{event}"))
            return
        self._journal_edits()
        self.recompute()
        now = self.session.edits.values
        changed = sorted(k for k in edits.keys() | now.keys() if edits.get(k) != now.get(k))
        cell = changed[0] if len(changed) == 1 else None
        old = new = None
        if cell is not None:
            old = edits[cell] if cell in edits else self._file_value(cell)
            new = now[cell] if cell in now else self._file_value(cell)
        self._log_event(event, before, cell=cell, old=old, new=new)

    def _file_value(self, cell: tuple[str, int]) -> float | None:
        """A cell's value as the file states it (in the file's unit)."""
        stated = self.session.disk.inputs.get(cell[0], {}).get(cell[1])
        return None if stated is None else stated.value

    # ------------------------------------------------------------------ the log and the journal
    def _journal_for(self, path: Path) -> JournalWriter:
        return JournalWriter(Journal(path, self.settings.journal_dir), self._journal_failed)

    def _journal_edits(self) -> None:
        """Put the unsaved edits on disk, in order, on the journal's own thread."""
        self.journal.record(self.session.edits.values, self.session.snapshot.data)

    def _journal_failed(self, error: OSError) -> None:
        """From the journal's thread: say so (the edits are still here; saving keeps them)."""
        with contextlib.suppress(RuntimeError):  # the app has already closed
            self.call_from_thread(
                self.notify, t("journal.not_written", error=error), severity="warning", timeout=10
            )

    def _log_event(self, event: Event, before: Result | None, **fields: Any) -> None:
        """Log what just happened, with the headline figures of the cell's year (or the selected
        year) before and after it."""
        year = fields["cell"][1] if fields.get("cell") else self._selected_year()
        self.whatif.add(event, before=before, after=self.result if self.ready else None, year=year, **fields)

    def _selected_year(self) -> int | None:
        if not self.ready:
            return None
        return self.main.query_one(CalcPane).selected()[1]

    def _offer_restore(self, pending: Pending) -> None:
        """Unsaved edits from a session that ended without saving: restore them or discard them,
        saying from when, and saying so when the file has changed on disk since."""
        from core.formats import timestamp

        count, when = len(pending.edits), timestamp(pending.when)
        question = t("journal.body", count=count, file=self.path.name, when=when)
        if pending.file_changed:
            question += "\n" + t("journal.changed")

        def answer(choice: str | None) -> None:
            before = self.result
            if choice == "r":
                self.session.restore(pending.edits)
                self._journal_edits()
                self.recompute()
                self._log_event("restore", before)
                self.notify(t("journal.restored", count=count))
            else:
                self.journal.clear()
                self._log_event("discard", before)
                self.notify(t("journal.discarded"))

        self.main.ask(question, [("r", t("journal.restore")), ("d", t("journal.discard"))], "r", answer)

    def show_log(self) -> None:
        from tui.screens.whatif import WhatIfLogScreen

        self.push_screen(WhatIfLogScreen(self.whatif, "W", self.export_log))

    def export_log(self) -> None:
        """Write the what-if log as markdown into the export folder and say where."""
        from core.whatif_log import write_markdown

        try:
            path = write_markdown(self.whatif, self.settings.export_dir, self.path.stem)
        except (OSError, NavotopError) as exc:
            self.notify(t("log.not_written", error=exc), severity="error", timeout=10)
            return
        self.notify(t("log.written", path=path), title=t("app.export"))

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        """Save into the file; a read-only file, or edits that would make the file miss its own
        published figures, are asked about first, with save-as-a-what-if offered."""
        if not self.session.dirty:
            self.notify(t("app.no_unsaved"))
            return
        name = self.session.path.name
        if not self.session.writable:

            def read_only(choice: str | None) -> None:
                if choice == "a":
                    self.save_as()

            question = f"{name} is read-only (a bundled scenario): it is never written."
            answers = [("a", "save the edits as a what-if beside it instead"), ("c", "cancel")]
            self.main.ask(question, answers, "c", read_only)
            return
        if _read(self.session.path) != self.session.snapshot.data:
            # Changed (or broken) on disk since it was read: that question, or why nothing was
            # written, comes first, and alone; the published figures are judged on what is saved.
            self._save(over_outside_change=False)
            return
        missed = self.session.would_miss(self.disk_result, self.result)
        if missed:

            def miss(choice: str | None) -> None:
                if choice == "a":
                    self.save_as()
                elif choice == "s":
                    self._save(over_outside_change=False)

            figures = ", ".join(f"{c.id} {c.year} ({c.observed:g})" for c in missed[:4])
            more = f" and {len(missed) - 4} more" if len(missed) > 4 else ""
            question = (
                f"Saved into {name}, the edits would miss its published figures: {figures}{more}."
                " `navotop check` would then fail on it."
            )
            answers = [
                ("a", "save as a what-if instead: a new file that extends this one"),
                ("s", f"save into {name} anyway"),
                ("c", "cancel"),
            ]
            self.main.ask(question, answers, "c", miss)
            return
        self._save(over_outside_change=False)

    def save_as(self) -> None:
        """Ask a name and a note, write the what-if file, and work on it from then on."""
        if not self.session.dirty:
            self.notify("No unsaved edits: make an edit first, then save it as a what-if.")
            return
        where = self.session.path.parent if self.session.writable else Path.cwd()

        def named(answer: tuple[str, str] | None) -> None:
            if answer is not None:
                self._save_as(*answer)

        self.push_screen(SaveAsWhatIf(self.session.path.name, _shown_folder(where)), named)

    def _save_as(self, name: str, note: str) -> None:
        from core.engine import compute

        try:
            child = self.session.save_as(name, note)
        except (NavotopError, OSError) as error:
            self.notify(str(error), title="Not saved: your edits are kept", severity="error", timeout=10)
            return
        parent = self.session.path.name
        self.session, self.path = child, child.path
        self._file_read(compute(child.disk))
        self.notify(f"Saved the what-if {child.path} (extends {parent}); working on it now.")

    def export_table(self) -> None:
        """Export the whole table (every row and year, unsaved edits included) as SVG, CSV and
        markdown into the export folder; the paths are shown."""
        from tui.export_table import export_table

        try:
            paths = export_table(self.result, self.session.dirty, self.settings.export_dir, self.path.stem)
        except (NavotopError, OSError) as exc:
            self.notify(f"Table not exported: {exc}", severity="error")
            return
        self.notify("Table exported: " + ", ".join(str(p) for p in paths), title="Export", timeout=8)

    def _save(self, *, over_outside_change: bool) -> bool:
        from core.edit import StaleFileError

        try:
            self.session.save(over_outside_change=over_outside_change)
        except StaleFileError:
            try:  # one small file, read to know what to ask (or why not to)
                self.session.read_disk()
            except NavotopError as broken:
                self.notify(
                    f"{self.session.path.name} changed on disk and no longer loads, so nothing was "
                    f"written; fix it, or press o to open another file. Your edits are kept. {broken}",
                    title="Not saved",
                    severity="error",
                    timeout=15,
                )
                return False
            self._ask_stale_save()
            return False
        except (NavotopError, OSError) as error:  # the writer says every failure as a NavotopError
            self.notify(str(error), title=t("app.not_saved_kept"), severity="error", timeout=10)
            return False
        before = self.result
        self.journal.clear()
        self._after_load()
        self._log_event("save", before, detail=str(self.session.path))
        self.notify(t("app.saved", path=self.session.path))
        return True

    def _ask_stale_save(self) -> None:
        """One question for one change: while it is open the watcher does not ask its own
        about the same change, and after "cancel" the change counts as seen."""
        self._asking = True

        def answer(choice: str | None) -> None:
            self._asking = False
            if choice == "o":
                self._save(over_outside_change=True)
            elif choice == "r":
                self._reload(keep_edits=False)
            else:
                self._known = {p: _read(p) for p in self._known}
                self.notify("Not saved: your edits are kept; s asks again.")

        question = t("app.stale_question", path=self.session.path)
        answers = [("o", t("app.stale_apply")), ("r", t("app.stale_reload")), ("c", t("app.stale_cancel"))]
        self.main.ask(question, answers, "c", answer)

    def confirm_unsaved(self, then: Callable[[], object], what: str) -> None:
        """Do `then` at once, or ask first when there are unsaved edits."""
        if not self.ready or not self.session.dirty:
            then()
            return

        def answer(choice: str | None) -> None:
            if choice == "d":
                self.journal.clear()  # discarded on purpose: nothing to offer next time
            if (choice == "s" and self._save(over_outside_change=False)) or choice == "d":
                then()

        answers = [
            ("s", t("app.save_then", what=what)),
            ("d", t("app.discard_then", what=what)),
            ("c", t("app.cancel")),
        ]
        self.main.ask(t("app.unsaved_question", file=self.session.path.name), answers, "c", answer)

    # ------------------------------------------------------------------ other scenarios
    def open_scenario(self, path: Path) -> None:
        """Switch to another scenario file, asking first when there are unsaved edits; if the
        file is invalid its errors are shown and the current scenario stays."""
        self.confirm_unsaved(lambda: self._open(path), t("app.what.open"))

    def export_svg(self, path: Path | None = None, *, replace: bool = False) -> Path:
        """Write an SVG of the screen (see MainScreen.export_svg), and log it with its inputs'
        hash, so the minutes can trace it."""
        from core.export import inputs_hash

        saved = self.main.export_svg(path, replace=replace)
        shown = inputs_hash(self.result.scenario) if self.ready else ""
        self.whatif.add("screenshot", detail=str(saved), inputs_hash=shown)
        return saved


def _shown_folder(folder: Path) -> str:
    """A folder as a user reads it: relative to the working folder when inside it, under `~`
    when inside the home folder, absolute otherwise."""
    folder = folder.resolve()
    for base, prefix in ((Path.cwd().resolve(), ""), (Path.home(), "~/")):
        if folder.is_relative_to(base) and folder != base:
            return prefix + str(folder.relative_to(base))
    return "." if folder == Path.cwd().resolve() else str(folder)


def _read(path: Path) -> bytes:
    """The file through the one reader: a FIFO or device swapped in must not stall the UI."""
    from core.safefile import read_regular

    try:
        return read_regular(path)
    except NavotopError:
        return b""
