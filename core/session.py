"""An editing session on one scenario file: unsaved what-if edits, undo and redo, save, reload.

The app keeps one of these. It holds no widgets and knows nothing of keys; it turns "set this
cell to that" into a Scenario the engine can compute, and back into a file through the one
writer in `core/edit.py`. Edits are kept as values in the unit the file states for the series,
so saving writes exactly what the user typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from core import formats
from core.edit import Snapshot, write_atomic
from core.i18n import t
from core.measures import INPUT_BY_ID, METHOD_SPECS, row_name
from core.model import Cell, Origin, Scenario, Unit
from core.scenario import load_scenario
from core.whatif import (
    Scope,
    block,
    child_text,
    free_path,
    growth_years,
    with_growth_edits,
    writable,
    write_new,
    write_text,
)
from core.why_held import growth_is_a_rate

if TYPE_CHECKING:  # the engine loads polars; a session alone does not need it
    from core.engine import Check, Result

EditKey = tuple[str, int]
GROWTH_PREFIX = "growth:"
"""Row ids of the growth rows: `growth:gdp_cpb` sits under `gdp_cpb`."""
TargetKind = Literal["value", "share", "growth"]
EditsKey = tuple[frozenset[tuple[EditKey, float]], frozenset[tuple[str, int, float]]]


def growth_row(series: str) -> str:
    """The id of the row that shows `series`' growth, % a year."""
    return GROWTH_PREFIX + series


@dataclass(frozen=True, slots=True)
class Target:
    """A cell that can be edited: its value in the unit the user types it in, and how that
    becomes the file's value (a share of GDP becomes the spending input; a growth rate stays a
    growth rate)."""

    series: str
    year: int
    unit: Unit
    """The unit the file states the series in."""
    value: float | None
    row: str = ""
    """The row the user edits (the series itself, a Dutch share row, or a growth row)."""
    kind: TargetKind = "value"
    factor: float = 1.0
    """The file's value = (typed - offset) x factor: for a share row, or a money input typed
    in EUR bn (see `_as_shown`)."""
    offset: float = 0.0
    held: str = ""
    """What stays as it is while this is edited, said in the detail line."""
    after: tuple[int, ...] = ()
    """For growth: the years "this year and after" changes."""
    typed_in: str = ""
    """The unit the user types in when it is not the file's: `% of GDP`, `% a year`, `EUR bn`."""
    stored: float | None = None
    """The cell's value now in the file's unit (for a value cell: `value` unless typed in
    another unit)."""

    def describe(self) -> str:
        """`Defence excl. Ukr. 2026 in EUR bn, now 24.4`: the row as the grid names it (a tester
        read `share_nl_excl` in the prompt as a code; ids stay in files, JSON and CSV)."""
        now = formats.unknown() if self.value is None else formats.general(self.value)
        name = row_name(self.series if self.kind in ("value", "growth") else self.row)
        what = f"{name} ({t('table.growth').strip()})" if self.kind == "growth" else name
        unit = self.typed_in or str(self.unit)
        return t("target.describe", series=what, year=self.year, unit=formats.unit(unit), now=now) + (
            f" ({self.held})" if self.held else ""
        )

    def input_value(self, typed: float) -> float:
        """The value to store for the series, in its file's unit."""
        if self.kind == "growth" or (self.factor == 1.0 and not self.offset):
            return typed
        # 15 significant digits, all a double holds reliably: 22.68 bn of 1,134,000 mln is 2%,
        # not 2.0000000000000004%
        return float(f"{(typed - self.offset) * self.factor:.15g}")


@dataclass
class _Edits:
    """Unsaved edits: values of input cells in their file's unit, and growth rates by year."""

    values: dict[EditKey, float] = field(default_factory=dict)
    growth: dict[str, dict[int, float]] = field(default_factory=dict)
    made: int = 0
    """How many edits the user made to get here: a growth rate set for this year and after, or a
    goal seek's answer over six years, is one edit, however many cells it changes. Kept with
    the edits, so undo and redo take the count back and forth with them."""

    def copy(self) -> _Edits:
        return _Edits(dict(self.values), {s: dict(g) for s, g in self.growth.items()}, self.made)

    def __bool__(self) -> bool:
        return bool(self.values) or any(self.growth.values())


@dataclass
class Session:
    """The scenario as on disk, the edits on top of it, and their history."""

    path: Path
    snapshot: Snapshot
    disk: Scenario
    edits: _Edits = field(default_factory=_Edits)
    undo_stack: list[_Edits] = field(default_factory=list)
    redo_stack: list[_Edits] = field(default_factory=list)

    @classmethod
    def open(cls, path: Path) -> Session:
        """Read and validate `path` (NavotopError when it is not a valid scenario)."""
        snapshot = Snapshot.take(path)
        return cls(path, snapshot, load_scenario(path, snapshot.data))

    @property
    def dirty(self) -> bool:
        """True while there are edits not written to the file."""
        return bool(self.edits)

    @property
    def count(self) -> int:
        """The unsaved edits as the user made them (see `_Edits.made`): what "3 unsaved edits"
        counts, wherever it is said."""
        return self.edits.made if self.edits else 0

    @property
    def writable(self) -> bool:
        """False for a file that cannot be replaced (a bundled scenario installed read-only):
        its edits can only be saved as a what-if."""
        return writable(self.path)

    def scenario(self) -> Scenario:
        """The scenario with the unsaved edits in place of the file's values: growth edits as
        the adjustments the save will write, values as what-if cells of this file."""
        if not self.edits:
            return self.disk
        scenario = with_growth_edits(self.disk, self.path, self.edits.growth)
        if not self.edits.values:
            return scenario
        return with_cells(scenario, self.path, self.edits.values)

    # ------------------------------------------------------------------ what can be edited
    def target(self, row: str, year: int, result: Result | None = None) -> Target | str:
        """The cell to edit, or the reason it cannot be edited here and what to do instead.

        With `result` (the numbers on screen) a money input is typed as the grid shows it, in
        EUR bn, whatever unit its file states it in (see `_as_shown`); without it (`navotop
        set`, a goal seek's answer) in its file's unit. The two Dutch share rows set the spending input
        as a share of CPB GDP (needs `result`, the numbers on screen); a growth row sets the
        growth of the `[[adjust]]` entry that drives that year."""
        if row.startswith(GROWTH_PREFIX):
            return self._growth_target(row.removeprefix(GROWTH_PREFIX), year)
        if row in _SHARE_ROWS:
            return self._share_target(row, year, result)
        if row not in INPUT_BY_ID:
            return _why_computed(row, result)
        target = self._value_target(row, year)
        return target if isinstance(target, str) or result is None else _as_shown(target, result)

    def _value_target(self, series: str, year: int, row: str = "") -> Target | str:
        for adj in self.disk.adjustments:
            if adj.series == series and adj.start <= year <= adj.end:
                name = row_name(series)
                where = t("session.adjust_at", origin=adj.origin, what=adj.describe(name))
                hint = t("session.edit_growth_row" if adj.operation == "growth" else "session.edit_earlier")
                return t("session.comes_from", series=name, year=year, where=where, hint=hint)
        if (series, year) in self.edits.values:
            value: float | None = self.edits.values[series, year]
        else:
            cell = self.disk.inputs.get(series, {}).get(year)
            value = cell.value if cell else None
        return Target(series, year, self._unit(series, year), value, row or series, stored=value)

    def _share_target(self, row: str, year: int, result: Result | None) -> Target | str:
        series = METHOD_SPECS["nl_excl"].spending_expr.meta.root_names()[0]  # defence_excl_ukraine
        base = self._value_target(series, year, row)
        if isinstance(base, str):
            return t("session.cannot_set", row=row, year=year, why=base)
        if result is None:
            return t("session.not_computed", row=row, year=year)
        share = result.value(row, year)
        gdp = result.value("gdp_cpb", year)
        if share is None or gdp is None or gdp == 0:
            return t("session.share_unknown", row=row, year=year, series=series)
        unit = base.unit
        factor = 1.0 if unit == Unit("share_of", "gdp_cpb") else gdp / 100
        if unit == Unit("share_of", "gdp_oecd"):
            oecd = result.value("gdp_oecd", year)
            if not oecd:
                return t("session.oecd_unknown", row=row, year=year, unit=unit)
            factor = gdp / oecd
        offset, held = 0.0, ""
        if row == METHOD_SPECS["nl_incl"].share:
            ukraine = result.value("ukraine_military", year) or 0.0
            offset = 100 * ukraine / gdp
            held = t("session.ukraine_held", share=formats.number(offset, 2))
        return Target(series, year, unit, share, row, "share", factor, offset, held, typed_in="% of GDP")

    def _growth_target(self, series: str, year: int) -> Target | str:
        driven = growth_years(self.disk, series)
        adj = driven.get(year)
        if adj is None:
            return t("session.not_grown", series=series, year=year)
        # A year a parent grows is edited here too: saved, it becomes this file's own growth in
        # place of the parent's (`replaces`, core/growth.py); the parent is never written.
        value = self.edits.growth.get(series, {}).get(year, adj.value)
        stated = [y for y in self.disk.inputs.get(series, {}) if y < year]
        return Target(
            series,
            year,
            self._unit(series, year),
            value,
            growth_row(series),
            "growth",
            held=growth_is_a_rate(value, max(stated, default=year - 1)),
            after=tuple(block(driven, year)),
            typed_in="% a year",
        )

    def _unit(self, series: str, year: int) -> Unit:
        return cell_unit(self.disk, series, year)

    # ------------------------------------------------------------------ editing
    def apply(self, series: str, year: int, value: float) -> None:
        """Set an input cell, in its file's unit; it can be undone."""
        self._remember()
        self.edits.values[series, year] = value
        self.edits.made += 1

    def set(self, target: Target, typed: float, scope: Scope = "year") -> None:
        """Make the edit the user typed into `target` (a growth edit for this year only, or for
        this year and after); it can be undone."""
        self._remember()
        self._put(target, typed, scope)
        self.edits.made += 1

    def _put(self, target: Target, typed: float, scope: Scope) -> None:
        if target.kind == "growth":
            years = target.after if scope == "after" else (target.year,)
            edits = self.edits.growth.setdefault(target.series, {})
            for year in years:
                edits[year] = typed
        else:
            self.edits.values[target.series, target.year] = target.input_value(typed)

    def trial(self, target: Target, typed: float, scope: Scope = "year") -> tuple[EditsKey, Scenario]:
        """What `set` would make of the edits (their key) and the scenario it would give;
        nothing is changed. The app computes this ahead while a value is being typed."""
        made = self.edits
        self.edits = made.copy()
        try:
            self._put(target, typed, scope)
            return self.edits_key(), self.scenario()
        finally:
            self.edits = made

    def edits_key(self) -> EditsKey:
        """The unsaved edits as a value equal for equal edits: a result computed ahead for them
        is still the right one while the key is the same (and the file as read, `disk`, too)."""
        growth = frozenset((s, y, v) for s, years in self.edits.growth.items() for y, v in years.items())
        return frozenset(self.edits.values.items()), growth

    def _remember(self) -> None:
        self.undo_stack.append(self.edits.copy())
        self.redo_stack.clear()

    def restore(
        self, edits: dict[EditKey, float], growth: dict[str, dict[int, float]] | None = None, made: int = 0
    ) -> None:
        """Take back edits a previous session left unsaved (from the journal: values and growth
        rates, and how many edits the user made to get them); undo drops them."""
        self._remember()
        rates = {series: dict(years) for series, years in (growth or {}).items()}
        self.edits = _Edits(dict(edits), rates, made)

    def apply_all(self, changes: dict[EditKey, float]) -> None:
        """Make several edits as one: a single undo takes them all back (a goal seek's answer)."""
        self._remember()
        self.edits.values.update(changes)
        self.edits.made += 1

    def preview(self, changes: dict[EditKey, float]) -> Scenario:
        """The scenario these edits would make, on top of the ones made; nothing is changed."""
        made = self.edits
        self.edits = _Edits({**made.values, **changes}, made.growth, made.made)
        try:
            return self.scenario()
        finally:
            self.edits = made

    def undo(self) -> bool:
        """Take back the last edit; False when there is nothing to undo."""
        return self._step(self.undo_stack, self.redo_stack)

    def redo(self) -> bool:
        """Make the last undone edit again; False when there is nothing to redo."""
        return self._step(self.redo_stack, self.undo_stack)

    def _step(self, back: list[_Edits], forth: list[_Edits]) -> bool:
        if not back:
            return False
        forth.append(self.edits.copy())
        self.edits = back.pop()
        return True

    def _forget_edits(self) -> None:
        self.edits = _Edits()
        self.undo_stack.clear()
        self.redo_stack.clear()

    # ------------------------------------------------------------------ saving
    def would_miss(self, disk: Result, edited: Result) -> list[Check]:
        """The file's own published figures (`[observed]`) that the edits would make it miss:
        saved into the file, `navotop check` would then fail on them."""
        before = {(c.id, c.year) for c in disk.failed_checks}
        return [c for c in edited.failed_checks if (c.id, c.year) not in before]

    def save(self, *, over_outside_change: bool = False, today: dt.date | None = None) -> None:
        """Write the edits into the file, each marked as a what-if (StaleFileError if the file
        changed on disk meanwhile).

        With `over_outside_change`, the edits are applied to the file as it is now on disk, so
        the other writer's changes stay wherever the edits do not touch them.
        """
        snapshot = Snapshot.take(self.path) if over_outside_change else self.snapshot
        disk = load_scenario(self.path, snapshot.data) if over_outside_change else self.disk
        text = write_text(snapshot, disk, self.edits.values, self.edits.growth, today or dt.date.today())
        self.snapshot = write_atomic(snapshot, text)
        self.disk = load_scenario(self.path, self.snapshot.data)
        self._forget_edits()

    def save_as(
        self, name: str, note: str = "", *, folder: Path | None = None, today: dt.date | None = None
    ) -> Session:
        """Write the edits as a new what-if file that extends this one, beside it (or in `folder`,
        or the working folder when this one is read-only); return the session on the new file.
        This file is not touched."""
        where = folder or (self.path.parent if self.writable else Path.cwd())
        child = free_path(where, name)
        text = child_text(
            self.disk,
            child,
            self.edits.values,
            self.edits.growth,
            name=name,
            note=note,
            today=today or dt.date.today(),
        )
        write_new(child, text)
        return Session.open(child)

    def read_disk(self) -> tuple[Snapshot, Scenario]:
        """The file as it is now, validated; NavotopError when it is not valid. Changes nothing,
        so it can run off the UI thread and be adopted (or not) afterwards."""
        snapshot = Snapshot.take(self.path)
        return snapshot, load_scenario(self.path, snapshot.data)

    def adopt(self, snapshot: Snapshot, disk: Scenario, *, keep_edits: bool) -> None:
        """Take a version read by `read_disk` as the file's; drop the edits unless told not to."""
        self.snapshot, self.disk = snapshot, disk
        if not keep_edits:
            self._forget_edits()

    def files(self) -> tuple[Path, ...]:
        """Every file the scenario is read from: the ones to watch."""
        return self.disk.chain


def cell_unit(scenario: Scenario, series: str, year: int) -> Unit:
    """The unit an edit of `series` in `year` is made in: its file's, or money (an index) for a
    cell the file does not state."""
    cell = scenario.inputs.get(series, {}).get(year)
    if cell is not None:
        return cell.unit
    return Unit("index") if INPUT_BY_ID[series].unit == "index" else Unit("money")


def with_cells(scenario: Scenario, path: Path, values: Mapping[EditKey, float]) -> Scenario:
    """`scenario` with input cells set to `values`, each in the unit its file states (a share of
    GDP stays a share), as cells of the file at `path`: what an edit in the grid computes. Goal
    seek and sensitivity vary inputs through this too (core/sweep.py `Sweep.edited`), so that
    "what if GDP is 2% lower?" gets one answer from all three: a spending stated as a share of
    GDP moves with an edited GDP, and a year grown from an edited one follows it."""
    inputs = {series: dict(cells) for series, cells in scenario.inputs.items()}
    origin = Origin(path, 1, 1)
    for (series, year), value in values.items():
        inputs.setdefault(series, {})[year] = Cell(
            value, cell_unit(scenario, series, year), "what-if", None, origin, t("session.unsaved_note")
        )
    return replace(scenario, inputs=inputs)


_SHARE_ROWS = (METHOD_SPECS["nl_excl"].share, METHOD_SPECS["nl_incl"].share)
"""The Dutch share rows, which set the spending input as a share of CPB GDP."""


def _why_computed(row: str, result: Result | None) -> str:
    """Why a computed row cannot be edited, and the inputs to edit instead."""
    if result is None:
        return t("target.computed", series=row)
    try:
        found = result.row(row)
    except KeyError:  # a verdict row: the norm against its method's share
        return t("session.verdict_row")
    measure = found.measure
    if measure is None:
        return t("session.not_here", row=row)
    inputs = sorted({d.split("%")[0] for d in measure.depends_on} & set(INPUT_BY_ID))
    reads = "; ".join(row_name(s) for s in inputs) if inputs else t("session.formula_rows")
    return t("session.computed", label=found.title(), formula=measure.formula_shown(), reads=reads)


def _as_shown(target: Target, result: Result) -> Target:
    """A money input typed as the grid shows it: in EUR bn, the value on screen (the edits'
    included) at full precision, whether its file counts in EUR mln or in % of a GDP. A user who
    reads 24.4 and types 25 means EUR 25 bn, not 25 mln, nor 25% of GDP. The file's unit stays
    what undo, the journal, the log and save write (`input_value`). When the GDP a share is taken
    of is unknown, the cell is typed in its file's unit, as the prompt then says."""
    if INPUT_BY_ID[target.series].unit != formats.MONEY:
        return target
    factor = formats.MLN_PER_GRID
    if target.unit.kind == "share_of":
        base = result.value(target.unit.of or "", target.year)
        if not base:
            return target
        factor *= 100 / base
    shown = result.value(target.series, target.year)
    # 15 significant digits: 17,690.4 mln reads 17.6904, not 17.690399999999998
    value = None if shown is None else float(f"{shown / formats.MLN_PER_GRID:.15g}")
    return replace(target, value=value, factor=factor, typed_in=formats.MONEY_GRID)
