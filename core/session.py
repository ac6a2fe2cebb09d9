"""An editing session on one scenario file: unsaved what-if edits, undo and redo, save, reload.

The app keeps one of these. It holds no widgets and knows nothing of keys; it turns "set this
cell to that" into a Scenario the engine can compute, and back into a file through the one
writer in `core/edit.py`. Edits are kept as values in the unit the file states for the series,
so saving writes exactly what the user typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from core import formats
from core.edit import Edit, Snapshot, apply_edits, write_atomic
from core.i18n import t
from core.measures import INPUT_BY_ID
from core.model import Cell, Origin, Scenario, Unit
from core.scenario import load_scenario

EditKey = tuple[str, int]


@dataclass(frozen=True, slots=True)
class Target:
    """An input cell that can be edited: its unit and current value as the file states it."""

    series: str
    year: int
    unit: Unit
    value: float | None

    def describe(self) -> str:
        """`defence_excl_ukraine 2026 in % of gdp_cpb, now 2`."""
        now = formats.unknown() if self.value is None else formats.general(self.value)
        return t("target.describe", series=self.series, year=self.year, unit=self.unit, now=now)


@dataclass
class Session:
    """The scenario as on disk, the edits on top of it, and their history."""

    path: Path
    snapshot: Snapshot
    disk: Scenario
    edits: dict[EditKey, float] = field(default_factory=dict)
    undo_stack: list[dict[EditKey, float]] = field(default_factory=list)
    redo_stack: list[dict[EditKey, float]] = field(default_factory=list)

    @classmethod
    def open(cls, path: Path) -> Session:
        """Read and validate `path` (NavotopError when it is not a valid scenario)."""
        snapshot = Snapshot.take(path)
        return cls(path, snapshot, load_scenario(path, snapshot.data))

    @property
    def dirty(self) -> bool:
        """True while there are edits not written to the file."""
        return bool(self.edits)

    def scenario(self) -> Scenario:
        """The scenario with the unsaved edits in place of the file's values."""
        if not self.edits:
            return self.disk
        inputs = {series: dict(cells) for series, cells in self.disk.inputs.items()}
        for (series, year), value in self.edits.items():
            unit = self._unit(series, year)
            origin = Origin(self.path, 1, 1)
            inputs.setdefault(series, {})[year] = Cell(
                value, unit, "assumption", None, origin, "edited, not saved"
            )
        return replace(self.disk, inputs=inputs)

    def target(self, series: str, year: int) -> Target | str:
        """The cell to edit, or the reason it cannot be edited here."""
        if series not in INPUT_BY_ID:
            return t("target.computed", series=series)
        for adj in self.disk.adjustments:
            if adj.series == series and adj.start <= year <= adj.end:
                where = f"[[adjust]] at {adj.origin} ({adj.describe()})"
                return t("target.adjusted", series=series, year=year, where=where)
        if (series, year) in self.edits:
            value: float | None = self.edits[series, year]
        else:
            cell = self.disk.inputs.get(series, {}).get(year)
            value = cell.value if cell else None
        return Target(series, year, self._unit(series, year), value)

    def _unit(self, series: str, year: int) -> Unit:
        cell = self.disk.inputs.get(series, {}).get(year)
        if cell is not None:
            return cell.unit
        return Unit("index") if INPUT_BY_ID[series].unit == "index" else Unit("money")

    def apply(self, series: str, year: int, value: float) -> None:
        """Make an edit; it can be undone."""
        self.undo_stack.append(dict(self.edits))
        self.redo_stack.clear()
        self.edits[series, year] = value

    def restore(self, edits: dict[EditKey, float]) -> None:
        """Take back edits a previous session left unsaved (from the journal); undo drops them."""
        self.undo_stack.append(dict(self.edits))
        self.redo_stack.clear()
        self.edits = dict(edits)

    def apply_all(self, changes: dict[EditKey, float]) -> None:
        """Make several edits as one: a single undo takes them all back (a goal seek's answer)."""
        self.undo_stack.append(dict(self.edits))
        self.redo_stack.clear()
        self.edits.update(changes)

    def preview(self, changes: dict[EditKey, float]) -> Scenario:
        """The scenario these edits would make, on top of the ones made; nothing is changed."""
        made = self.edits
        self.edits = {**made, **changes}
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

    def _step(self, back: list[dict[EditKey, float]], forth: list[dict[EditKey, float]]) -> bool:
        if not back:
            return False
        forth.append(dict(self.edits))
        self.edits = back.pop()
        return True

    def _forget_edits(self) -> None:
        self.edits.clear()
        self.undo_stack.clear()
        self.redo_stack.clear()

    def save(self, *, over_outside_change: bool = False) -> None:
        """Write the edits into the file (StaleFileError if it changed on disk meanwhile).

        With `over_outside_change`, the edits are applied to the file as it is now on disk, so
        the other writer's changes stay wherever the edits do not touch them.
        """
        snapshot = Snapshot.take(self.path) if over_outside_change else self.snapshot
        edits = [Edit(series, year, value) for (series, year), value in sorted(self.edits.items())]
        self.snapshot = write_atomic(snapshot, apply_edits(snapshot, edits))
        self.disk = load_scenario(self.path, self.snapshot.data)
        self._forget_edits()

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
