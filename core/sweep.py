"""Many variants of one scenario at once: one polars evaluation over variant x year.

A variant is a what-if on top of the scenario as computed: some input series take new values in
some years (EUR mln for money, the index for a deflator) and every other input keeps the value
the scenario gives it. That is exactly what a what-if child file of `set` adjustments means to
the engine (`what_if` builds that scenario, and the tests hold the two to each other):

- the parent's euro amounts stay where they are, even those its file states as a percentage of
  a GDP the variant changes;
- a share of CPB GDP the file states (Table 1's way) stops being the share in a year where the
  variant changes the spending or CPB GDP: the Dutch rows then divide euros by GDP again;
- an input the scenario leaves to a default that reads another series (OECD GDP follows CPB
  GDP) follows the variant's value of that series.

One difference, on purpose: a variant's values are final. A parent's `floor_share` rule (the
Dutch 2% floor) is not applied again on top of them, so a variant that moves CPB GDP leaves the
floored spending where the scenario computed it, where the engine would lift it with the child's
GDP. "Set X to this and keep everything else" is what a sweep and a goal seek are asked.

Goal seek and sensitivity vary an input as the grid's edit of its cell does instead (`Shift`,
`Sweep.edited`): the engine resolves the edited cells, so a GDP edited moves a spending its file
states as a share of it, as the grid shows after `e -2%`.

The measures are the registry's own expressions (core/measures.py), evaluated once over a frame
of `variants x years` rows; nothing here restates a formula, so rows another issue adds to the
registry come along. Goal seek, sensitivity and `navotop sweep` all run on `Sweep`; `navotop
sweep`'s grids keep the what-if meaning above (two inputs varied together are not one edit).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import polars as pl

from core.engine import input_frame
from core.errors import NavotopError
from core.i18n import t
from core.measures import INPUT_BY_ID, INPUTS, SHARE_SERIES, Measure, measures_for, row_title, share_col
from core.model import Adjustment, Origin, Scenario
from core.tomlfile import did_you_mean

VARIANT = "variant"
_FIRST_ROW = "#first_row"
"""Per row, the row of its variant's first year: where the norms' paths start (see measures)."""

Cells = Mapping[tuple[str, int], Sequence[float] | pl.Series]
"""Per (input series, year) the value each variant gives it, one per variant; NaN keeps the
scenario's value in that variant."""
Shift = tuple[Sequence[float], pl.DataFrame]
"""A change made as an edit of the file's cells (`Sweep.edited`): per variant a coefficient, and
the change that edit makes to every input column, which the variant gets that many times."""


@dataclass(frozen=True, slots=True)
class Axis:
    """One varied cell of a grid: `series` in `year` takes `steps` evenly spaced values."""

    series: str
    year: int
    start: float
    stop: float
    steps: int

    def values(self) -> list[float]:
        """From `start` to `stop`, both included."""
        if self.steps == 1:
            return [self.start]
        width = (self.stop - self.start) / (self.steps - 1)
        return [self.start + i * width for i in range(self.steps - 1)] + [self.stop]


class Sweep:
    """One scenario prepared for evaluating many variants: inputs read once, measures planned once."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.years: list[int] = scenario.years
        self.base = input_frame(scenario)
        self.measures: list[Measure] = measures_for(
            scenario.norms.values(), scenario.first_year, first_row=_FIRST_ROW
        )
        self._expr = {spec.id: pl.col(spec.id) for spec in INPUTS} | {m.id: m.expr for m in self.measures}
        self.row_ids: list[str] = list(self._expr)
        self._followers = {
            spec.id: spec.default
            for spec in INPUTS
            if spec.default is not None
            and not scenario.inputs.get(spec.id)
            and spec.default.meta.root_names()
        }
        self._base_columns = {name: self.base.get_column(name).to_list() for name in self.base.columns}
        self._edited: dict[tuple[tuple[tuple[str, int], float], ...], pl.DataFrame] = {}

    def label(self, row: str, full: bool = False) -> str:
        """A row's name in the language shown, for sentences: as the grid names it (core's
        `row_title`); `full`: its whole label (a title). Ids stay in the CLI's
        columns, JSON and CSV."""
        from core.formats import language

        if not full and (title := row_title(row)) is not None:
            return title
        spec = INPUT_BY_ID.get(row) or next(m for m in self.measures if m.id == row)
        return spec.label_nl if language() == "nl" and spec.label_nl else spec.label

    def base_value(self, series: str, year: int) -> float | None:
        """The input as the scenario gives it (after its adjustments), EUR mln or index."""
        value = self._base_columns[series][self.years.index(year)]
        return None if value is None else float(value)

    def editable(self, series: str, year: int) -> bool:
        """False where an `[[adjust]]` rule computes the input in that year: the grid does not
        edit it there (it says to edit the rule), and neither do goal seek and sensitivity."""
        return not any(a.series == series and a.start <= year <= a.end for a in self.scenario.adjustments)

    def file_value(self, series: str, year: int) -> float | None:
        """The input's cell as its file states it (a share of GDP as a share), or the value the
        scenario gives it where the file states none (an edit there writes money or an index)."""
        cell = self.scenario.inputs.get(series, {}).get(year)
        return cell.value if cell is not None else self.base_value(series, year)

    def edited(self, values: Mapping[tuple[str, int], float]) -> pl.DataFrame:
        """What editing these cells (in their files' units) changes in every input column, per
        year: the scenario resolved by the engine exactly as the grid's edit is (core/session.py
        `with_cells`), less the scenario as it is. A GDP stated in euros moves the spending its
        file states as a share of it, and the years grown from it; that is what an edit does.
        Kept per sweep: a goal seek asks again on every key typed into its target."""
        from core.session import with_cells

        key = tuple(sorted(values.items()))
        if key not in self._edited:
            frame = input_frame(with_cells(self.scenario, self.scenario.path, values))
            names = [c for c in self.base.columns if c != "year"]
            self._edited[key] = pl.DataFrame(
                [self.base.get_column("year")]
                + [(frame.get_column(c) - self.base.get_column(c)).fill_null(0.0).alias(c) for c in names]
            )
        return self._edited[key]

    def check_row(self, row: str) -> None:
        """NavotopError with a did-you-mean when `row` is not a row of this scenario's table."""
        if row not in self._expr:
            raise _bad(
                self.scenario.path, t("sweep.unknown_row", row=row, hint=did_you_mean(row, self.row_ids))
            )

    def check_series(self, series: str) -> None:
        """NavotopError with a did-you-mean when `series` is not an input series."""
        if series not in INPUT_BY_ID:
            hint = did_you_mean(series, list(INPUT_BY_ID))
            raise _bad(self.scenario.path, t("sweep.unknown_series", series=series, hint=hint))

    def check_year(self, year: int, what: str = "") -> None:
        """NavotopError when `year` lies outside the scenario's span."""
        if year not in self.years:
            span = f"{self.years[0]}-{self.years[-1]}"
            raise _bad(
                self.scenario.path, t("sweep.outside", what=what or t("log.col.year"), year=year, span=span)
            )

    def run(
        self,
        n: int,
        cells: Cells,
        rows: Sequence[str] | None = None,
        years: Sequence[int] | None = None,
        shifts: Sequence[Shift] = (),
    ) -> pl.DataFrame:
        """`variant`, `year` and each of `rows` (default: every input and measure) for `n` variants.

        One lazy polars query: the scenario's input rows repeated per variant, the varied cells
        put in, then every requested row's registry expression in a single select (polars shares
        the subexpressions the measures have in common). `years` restricts the frame to those
        years (the first year always stays: the norms' paths start there).
        """
        frame = self._frame(n, cells, years, shifts)
        wanted = self.row_ids if rows is None else rows
        return frame.select(VARIANT, "year", *(self._expr[r].alias(r) for r in wanted)).collect()

    def cell(self, n: int, cells: Cells, row: str, year: int, shifts: Sequence[Shift] = ()) -> list[float]:
        """`row` in `year` for each variant; NaN where it is unknown."""
        out = self.run(n, cells, [row], years=[year], shifts=shifts).filter(pl.col("year") == year)
        return [math.nan if v is None else float(v) for v in out.get_column(row).to_list()]

    def _shifted(
        self, frame: pl.DataFrame, shifts: Sequence[Shift], rows: pl.Series, years: list[int]
    ) -> pl.DataFrame:
        """Each input column plus, per shift, the variant's coefficient times the edit's change
        in that row's year (`rows`: each row's place in the base frame, of `years`). Whole-frame
        steps: a step per shift and column costs a polars pass each, more than the evaluation."""
        names = [c for c in self.base.columns if c != "year"]
        moved = frame.select(names)
        for coefficients, delta in shifts:
            change = delta if len(years) == len(self.years) else delta.filter(pl.col("year").is_in(years))
            times = pl.Series(coefficients, dtype=pl.Float64)[frame.get_column(VARIANT)]
            moved = moved + change.select(names)[rows] * times
        return frame.with_columns(moved)

    def _frame(
        self, n: int, cells: Cells, years: Sequence[int] | None, shifts: Sequence[Shift] = ()
    ) -> pl.LazyFrame:
        for series, year in cells:
            self.check_series(series)
            self.check_year(year)
        base = self.base
        if years is not None:
            keep = sorted({self.years[0], *years, *(year for _, year in cells)})
            base = base.filter(pl.col("year").is_in(keep))
        k = base.height
        index = pl.int_range(0, n * k, dtype=pl.UInt32, eager=True)
        variant = (index // k).alias(VARIANT)
        frame = base.select(pl.all().gather(index % k)).with_columns(variant, (variant * k).alias(_FIRST_ROW))
        given = [
            pl.Series(f"#cell{i}", values, dtype=pl.Float64).fill_nan(None).gather(variant)
            for i, values in enumerate(cells.values())
        ]
        frame = frame.with_columns(given)
        year_col = pl.col("year")
        stage: dict[str, pl.Expr] = {}
        follow: dict[str, pl.Expr] = {}
        for i, (series, at) in enumerate(cells):
            given_here = (year_col == at) & pl.col(f"#cell{i}").is_not_null()
            target = follow if series in self._followers else stage
            current = target.get(series, self._followers.get(series, pl.col(series)))
            target[series] = pl.when(given_here).then(pl.col(f"#cell{i}")).otherwise(current)
            for share in _stated_shares_moved_by(series):
                kept = stage.get(share, pl.col(share))
                stage[share] = pl.when(given_here).then(None).otherwise(kept)
        for name, default in self._followers.items():
            if name not in follow and set(default.meta.root_names()) & set(stage):
                follow[name] = default
        if shifts:  # edits first: a variant's final values (`stage`), where given, hold over them
            frame = self._shifted(frame, shifts, index % k, base.get_column("year").to_list())
        lazy = frame.lazy().with_columns(e.alias(s) for s, e in stage.items())
        if follow:
            lazy = lazy.with_columns(e.alias(s) for s, e in follow.items())
        return lazy


def _stated_shares_moved_by(series: str) -> list[str]:
    """The stated-share columns that no longer hold once `series` changes in a year."""
    if series == "gdp_cpb":
        return [share_col(s) for s in SHARE_SERIES]
    return [share_col(series)] if series in SHARE_SERIES else []


def grid(axes: Sequence[Axis]) -> tuple[int, dict[tuple[str, int], list[float]]]:
    """Every combination of the axes' values (their product), as variants: the count and cells.

    The last axis varies fastest, as nested loops over the axes in the order given would.
    """
    n = math.prod(axis.steps for axis in axes)
    cells: dict[tuple[str, int], list[float]] = {}
    stride = n
    for axis in axes:
        stride //= axis.steps
        values = axis.values()
        index = (pl.int_range(0, n, eager=True) // stride) % axis.steps
        cells[axis.series, axis.year] = pl.Series(values, dtype=pl.Float64).gather(index).to_list()
    return n, cells


def what_if(scenario: Scenario, values: Mapping[tuple[str, int], float]) -> Scenario:
    """`scenario` with a what-if child on top that sets each (series, year) to its value.

    The same meaning as a variant of `Sweep`, through the engine's own reading of a child file:
    what a user gets by writing the answer into a what-if file, and what the tests re-check
    every sweep answer against with `compute` (goal seek and sensitivity vary an input as the
    grid's edit does, and are held to that: tests/core/test_vary_as_edit.py).
    """
    child = scenario.path.with_name(f"{scenario.path.stem}.what-if.toml")
    origin = Origin(Path(child))
    adjustments = tuple(
        Adjustment(series, "set", value, year, year, origin, note="what-if")
        for (series, year), value in values.items()
    )
    return replace(
        scenario,
        path=child,
        adjustments=scenario.adjustments + adjustments,
        chain=(child, *scenario.chain),
    )


def _bad(path: Path, message: str) -> NavotopError:
    return NavotopError.single(path, message)
