"""Sensitivity: which input moves one cell most?

Each input series is moved by the same relative amount (10% by default), down and up, one series
at a time, and the cell is read back: all `2 x inputs` variants in one pass of the sweep engine.
The move is an edit of every cell the file states for the series (x0.9 in its own unit, a share of
GDP as a share), resolved by the engine as the grid's edit is (`Sweep.edited`): so "GDP 10% lower"
lowers a spending the file states as a share of GDP with it, and the years an `[[adjust]]` rule
grows from an edited year follow, as they do after an edit; years a rule computes are not edited.
The inputs are ranked by the larger of the two moves. An input the cell does not depend on is
listed with no change, never dropped: a reader asking "does OECD GDP matter for the Dutch
share?" is answered "no" in so many words.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.formats import general
from core.i18n import t
from core.measures import INPUTS
from core.sweep import Shift, Sweep


@dataclass(frozen=True, slots=True)
class Effect:
    """The cell with one input at (1 - by) and at (1 + by) of its value, in every year."""

    series: str
    low: float | None
    high: float | None
    base: float | None

    @property
    def change(self) -> float:
        """The larger absolute move from the base value; 0 when the cell does not move."""
        if self.base is None:
            return 0.0
        moves = [abs(v - self.base) for v in (self.low, self.high) if v is not None]
        return max(moves, default=0.0)

    @property
    def moves(self) -> bool:
        """False when the cell does not depend on the input (to float rounding)."""
        scale = abs(self.base) if self.base else 1.0
        return self.change > 1e-12 * scale


@dataclass(frozen=True, slots=True)
class Sensitivity:
    """One cell's sensitivity to every input, largest effect first."""

    row: str
    year: int
    base: float | None
    by: float
    """The relative move in percent (10 means x0.9 and x1.1)."""
    effects: tuple[Effect, ...]

    def unknown(self, what: str) -> str:
        """Why there is nothing to show when the cell's value is unknown in its year (`what`
        names the cell); "" when it is known. Every input would read "no change" then, which
        under the legend's "no change: the cell does not depend on it" says something false."""
        return "" if self.base is not None else t("sens.unknown", what=what, year=self.year)

    def to_json(self, scenario: str) -> dict[str, object]:
        """The `navotop sensitivity --format json` record."""
        return {
            "scenario": scenario,
            "row": self.row,
            "year": self.year,
            "base": self.base,
            "by": self.by,
            "inputs": [{"series": e.series, "low": e.low, "high": e.high} for e in self.effects],
        }


def sensitivity(sweep: Sweep, row: str, year: int, by: float = 10.0) -> Sensitivity:
    """The effect on `row` in `year` of moving each input by `by` percent, both ways."""
    sweep.check_row(row)
    sweep.check_year(year)
    if not (math.isfinite(by) and 0 < by < 100):
        from core.errors import NavotopError

        raise NavotopError.single(sweep.scenario.path, t("sens.bad_by", by=general(by)))
    factors = (1 - by / 100, 1 + by / 100)
    series = [spec.id for spec in INPUTS]
    n = 2 * len(series)
    shifts: list[Shift] = []
    for i, name in enumerate(series):
        years = [y for y in sweep.years if sweep.editable(name, y) and sweep.file_value(name, y) is not None]
        for j, factor in enumerate(factors):
            if not years:
                continue
            edits = {(name, y): (sweep.file_value(name, y) or 0.0) * factor for y in years}
            only = [0.0] * n
            only[2 * i + j] = 1.0
            shifts.append((only, sweep.edited(edits)))
    values = sweep.cell(n, {}, row, year, shifts)
    base = _known(sweep.cell(1, {}, row, year)[0])
    effects = [
        Effect(name, _known(values[2 * i]), _known(values[2 * i + 1]), base) for i, name in enumerate(series)
    ]
    effects.sort(key=lambda e: -e.change)  # stable: ties keep the registry's order
    return Sensitivity(row, year, base, by, tuple(effects))


def _known(value: float) -> float | None:
    return value if math.isfinite(value) else None
