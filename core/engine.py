"""compute(scenario) -> Result: every input, measure and norm row for every year, in one frame.

The frame has one row per year. Each series has a value column and a `#basis` column of `Basis`
bits, and both are computed by polars expressions, a dependency level at a time, so the work per
scenario is a handful of `with_columns` calls whatever the number of years. No Python loop walks
the years in the hot path; the only per-year loop is reading the file's cells into columns.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from core import formats
from core.formats import Lang, language
from core.i18n import basis_words, t
from core.measures import INPUT_BY_ID, INPUTS, SHARE_SERIES, Kind, Measure, basis_col, measures_for, share_col
from core.model import Adjustment, Basis, Cell, Norm, Origin, Scenario

_STATUS_BASIS: dict[str, Basis] = {
    "actual": Basis.NONE,
    "estimate": Basis.ESTIMATE,
    "assumption": Basis.ASSUMPTION,
    "calibration": Basis.CALIBRATION,
    "what-if": Basis.ADJUSTED,
}
_GDP_SERIES = ("gdp_cpb", "gdp_oecd")
MATERIALIZE_EVERY = 2
"""`floor_share` adjustments stacked on one series before its value is computed into a column
of its own.

Adjustments must cost linearly in their number. Written as `when(window).then(f(cur))
.otherwise(cur)`, each would read the series' expression twice and so double it: 15 on one
series took 21 s and 4 GB. So `set`, `add`, `scale` and `growth`, each of which makes a year's
value a linear combination of the years' values plus a constant, are composed year by year in
Python (see _Linear) and the series reads its expression once per year it draws on, whatever
their number. `floor_share` (a maximum) cannot be composed that way; every few of them the
series is computed into a column of its own, in a pass of its own, which keeps each expression
small. A scenario with a few adjustments per series (the bundled ones) pays no extra pass."""


@dataclass
class _Linear:
    """`set`, `add`, `scale` and `growth` adjustments on one series, composed per year: year i's
    value becomes b[i] + sum of rows[i][j] · (year j's value before them), a `set` leaving no
    term, a `growth` drawing on the year before its window. `reads[i]` are the years whose basis
    year i's basis carries (a `set` keeps them, as one adjustment at a time did). The stated
    share is multiplied by
    `share_by` (where only `scale` touched it) or becomes `share_fixed` (0 after `set = 0`,
    unknown after any other operation, which works in euros)."""

    rows: list[dict[int, float]]
    b: list[float]
    bits: list[int]
    reads: list[set[int]]
    share_by: list[float | None]
    share_fixed: list[float | None]

    @classmethod
    def identity(cls, years: int) -> _Linear:
        n = range(years)
        return cls(
            [{i: 1.0} for i in n], [0.0] * years, [0] * years, [{i} for i in n], [1.0] * years, [None] * years
        )

    def add(self, adj: Adjustment, years: list[int]) -> None:
        v = adj.value
        before = years.index(adj.start - 1) if adj.operation == "growth" else -1
        for i, year in enumerate(years):
            if not adj.start <= year <= adj.end:
                continue
            self.bits[i] |= int(adj.basis)
            if adj.operation == "set":
                self.rows[i], self.b[i] = {}, v
            elif adj.operation == "add":
                self.b[i] += v
            elif adj.operation == "scale":
                self.rows[i], self.b[i] = {j: c * v for j, c in self.rows[i].items()}, self.b[i] * v
            else:  # growth: the year before the window (never inside it), grown year on year
                factor = (1 + v / 100) ** (year - adj.start + 1)
                self.rows[i] = {j: c * factor for j, c in self.rows[before].items()}
                self.b[i] = self.b[before] * factor
                self.bits[i] |= self.bits[before]
                self.reads[i] = self.reads[i] | self.reads[before]
            by, fixed = self.share_by[i], self.share_fixed[i]
            if adj.operation == "scale":
                self.share_by[i] = None if by is None else by * v
                self.share_fixed[i] = None if fixed is None else fixed * v
            else:  # nothing is 0% of any GDP; any other operation works in euros
                self.share_by[i] = None
                self.share_fixed[i] = 0.0 if adj.operation == "set" and v == 0 else None


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the calculation table as every view shows it."""

    id: str
    label: str
    unit: str
    kind: Kind
    source: str
    """For an input, the sources its values cite (or its default); for a measure, its formula."""
    measure: Measure | None = None
    label_nl: str = ""
    """The label in Dutch; `title()` gives the one for the language shown."""

    def title(self, lang: Lang | None = None) -> str:
        """The label in the language shown (CSV and JSON keep `label`, in English)."""
        return self.label_nl if (lang or language()) == "nl" and self.label_nl else self.label


@dataclass(frozen=True, slots=True)
class Check:
    """One published figure held against the engine's value for the same row and year."""

    id: str
    year: int
    observed: float
    computed: float | None
    tolerance: float
    origin: Origin

    @property
    def ok(self) -> bool:
        """Within the published figure's rounding (a tiny epsilon absorbs float noise)."""
        return self.computed is not None and abs(self.computed - self.observed) <= self.tolerance + 1e-9


@dataclass(frozen=True, slots=True)
class Result:
    """What the engine gives back: values and their basis per row and year, rows, checks."""

    scenario: Scenario
    frame: pl.DataFrame
    """`year`, then per row `id` (Float64) and `id#basis` (UInt8 `Basis` bits)."""
    rows: tuple[Row, ...]
    checks: tuple[Check, ...]
    columns: dict[str, list[Any]]
    """The frame's columns as Python lists, read out once (in well under a millisecond): views
    ask for single cells thousands of times, and a polars call per cell would cost more than
    computing the scenario."""

    @property
    def years(self) -> list[int]:
        """The years of the table, in order."""
        return self.scenario.years

    def row(self, row_id: str) -> Row:
        """The row with this id; KeyError when there is none."""
        for row in self.rows:
            if row.id == row_id:
                return row
        raise KeyError(row_id)

    def values(self, row_id: str) -> list[float | None]:
        """The row's values, one per year; None where unknown (a division by a zero spending
        total gives NaN inside the engine, which no view should show as a number)."""
        return [v if v is None or math.isfinite(v) else None for v in self.columns[row_id]]

    def value(self, row_id: str, year: int) -> float | None:
        """One cell; None where unknown."""
        return self.values(row_id)[year - self.scenario.first_year]

    def basis(self, row_id: str, year: int) -> Basis:
        """What one cell rests on besides sourced, realised figures."""
        return Basis(int(self.columns[basis_col(row_id)][year - self.scenario.first_year] or 0))

    def year_values(self, year: int) -> dict[str, float | None]:
        """Every row's value in one year, for filling a formula with numbers."""
        index = year - self.scenario.first_year
        return {row.id: self.columns[row.id][index] for row in self.rows}

    @property
    def failed_checks(self) -> list[Check]:
        """The checks whose computed value misses the published figure."""
        return [c for c in self.checks if not c.ok]


def compute(scenario: Scenario) -> Result:
    """Compute every row of `scenario`; pure: the same scenario always gives the same Result."""
    frame = _with_inputs(scenario)
    measures, levels, final = _plan(tuple(scenario.norms.values()), scenario.first_year)
    for stage in levels:
        frame = frame.with_columns(stage)
    frame = frame.select(final)
    rows = tuple(_input_rows(scenario)) + tuple(
        Row(m.id, m.label, m.unit, m.kind, m.formula_text(), m, m.label_nl) for m in measures
    )
    columns = {
        name: column.to_list() for name, column in zip(frame.columns, frame.iter_columns(), strict=True)
    }
    result = Result(scenario, frame, rows, (), columns)
    checks = tuple(
        Check(obs.id, year, value, result.value(obs.id, year), obs.tolerances[year], obs.origins[year])
        for obs in scenario.observed.values()
        for year, value in sorted(obs.values.items())
    )
    return Result(scenario, frame, rows, checks, columns)


def input_frame(scenario: Scenario) -> pl.DataFrame:
    """Every input series, and every stated share, per year, as the measures read them.

    The starting point of a sweep (core/sweep.py): it varies these columns and evaluates the
    registry's measures over them. The same input stage as `compute`, without the measures.
    """
    frame = _with_inputs(scenario)
    return frame.select("year", *(s.id for s in INPUTS), *(share_col(s) for s in SHARE_SERIES))


def _with_inputs(scenario: Scenario) -> pl.DataFrame:
    """The file's cells laid out, with every input series computed: what the measures read."""
    raw, stages = _Inputs(scenario).build()
    if len(stages) > 2:  # adjustments stacked deep enough to be computed in stages of their own
        raw, stages = _precompute(raw, stages[:-1], stages[-1]), stages[-1:]
    for stage in stages:
        raw = raw.with_columns(stage)
    return raw


def _precompute(raw: pl.DataFrame, stages: list[list[pl.Expr]], then: list[pl.Expr]) -> pl.DataFrame:
    """Run the stages that compute stacked adjustments, each on a small frame of just the columns
    it reads, so that the cost stays linear in the number of stages: a `with_columns` on the
    growing frame would copy every earlier column again at each stage. The frame returned keeps
    the intermediate columns only where `then`, the next stage, reads them."""
    columns = {series.name: series for series in raw.iter_columns()}
    for stage in stages:
        reads = {name for expr in stage for name in expr.meta.root_names()} | {"year"}
        small = pl.DataFrame([columns[name] for name in reads if name in columns])
        for series in small.select(stage).iter_columns():
            columns[series.name] = series
    needed = {name for expr in then for name in expr.meta.root_names()}
    return pl.DataFrame([c for name, c in columns.items() if "@pass" not in name or name in needed])


@functools.lru_cache(maxsize=64)
def _plan(
    norms: tuple[Norm, ...], first_year: int
) -> tuple[list[Measure], list[list[pl.Expr]], list[pl.Expr]]:
    """A scenario's measures, the levels computed before the last, and the final select.

    The last level is computed inside the select that keeps the table's columns, which saves a
    pass; with the registry written over inputs, that is usually the only level. Cached: a
    what-if edit changes values, rarely norms, so repeated computes reuse the plan.
    """
    measures = measures_for(norms, first_year)
    levels = [[e for m in level for e in _value_and_basis(m)] for level in _levels(measures)]
    last = {e.meta.output_name(): e for e in levels.pop()} if levels else {}
    keep = ["year"] + [c for s in INPUTS for c in (s.id, basis_col(s.id))]
    keep += [c for m in measures for c in (m.id, basis_col(m.id))]
    return measures, levels, [last.get(c, pl.col(c)) for c in keep]


def _dtype(name: str) -> pl.DataType:
    if name == "year":
        return pl.Int32()
    return pl.UInt8() if name.endswith("@bits") else pl.Float64()


class _Inputs:
    """Builds one expression per input series (value and basis) from cells and adjustments.

    Percentages of GDP are converted with GDP as the file that wrote them defines it: its own
    and its parents' GDP adjustments applied, its children's not. A baseline may grow GDP with
    `[[adjust]]` and state spending as shares of that GDP; a what-if child that lowers GDP then
    leaves the baseline's euro amounts where they were, and says so when it wants spending to
    follow GDP (`scale` on the spending series, or `floor_share` for the Dutch rule).
    """

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.years = scenario.years
        self.columns: dict[str, list[float | None] | list[int]] = {"year": self.years}
        self.value: dict[str, pl.Expr] = {}
        self.basis: dict[str, pl.Expr] = {}
        self.gdp_by_level: list[dict[str, tuple[pl.Expr, pl.Expr]]] = []
        depth = len(scenario.chain)
        self.level = {path: depth - 1 - i for i, path in enumerate(scenario.chain)}
        self.stacked: dict[str, int] = defaultdict(int)
        """floor_share adjustments on each series since it was last computed into a
        column."""
        self.pending: dict[str, _Linear] = {}
        self.owner = {share_col(s): s for s in SHARE_SERIES}
        self.before_gdp: list[list[pl.Expr]] = []
        self.after_gdp: list[list[pl.Expr]] = []
        self.gdp_done = False

    def build(self) -> tuple[pl.DataFrame, list[list[pl.Expr]]]:
        """The raw frame and two stages of expressions: GDP first, then everything read against it.

        GDP is materialised before the other series so that its adjustment chain is evaluated
        once, not once inside every series that is a percentage of it.
        """
        levels = sorted(set(self.level.values())) or [0]
        snapshots: dict[str, list[tuple[pl.Expr, pl.Expr]]] = {}
        for g in _GDP_SERIES:  # CPB first: OECD GDP may be stated as a percentage of it
            self._start(g)
            snapshots[g] = []
            for i, lv in enumerate(levels):
                for adj in self.scenario.adjustments:
                    if adj.series == g and self._level_of(adj.file) == lv:
                        self._apply(adj)
                if g in self.value or g == "gdp_cpb":
                    snapshots[g].append(self._current(g))
                else:  # absent OECD GDP is CPB GDP as this level knows it
                    value, basis = snapshots["gdp_cpb"][i]
                    snapshots[g].append((value, basis | int(Basis.DEFAULT)))
            self.gdp_by_level = [{h: snapshots[h][i] for h in snapshots} for i in range(len(levels))]
        gdp_stage: list[pl.Expr] = []
        self.gdp_by_level = [{} for _ in levels]
        for i, lv in enumerate(levels):
            for g in _GDP_SERIES:
                name = g if lv == levels[-1] else f"{g}@level{lv}"
                value, basis = snapshots[g][i]
                gdp_stage += [value.alias(name), basis.cast(pl.UInt8).alias(basis_col(name))]
                self.gdp_by_level[i][g] = (pl.col(name), pl.col(basis_col(name)))
        for g in _GDP_SERIES:  # from here on, GDP is a column
            self.value[g], self.basis[g] = self.gdp_by_level[-1][g]
        self.gdp_done = True
        for spec in INPUTS:
            if spec.id not in _GDP_SERIES:
                self._start(spec.id)
        for adj in self.scenario.adjustments:
            if adj.series not in _GDP_SERIES:
                self._apply(adj)
        names = [s.id for s in INPUTS if s.id not in _GDP_SERIES] + [share_col(s) for s in SHARE_SERIES]
        rest = [self._current(n)[0].alias(n) for n in names]
        rest += [self._current(n)[1].cast(pl.UInt8).alias(basis_col(n)) for n in names]
        schema = {name: _dtype(name) for name in self.columns}  # after the last adjustments are laid out
        stages = [*self.before_gdp, gdp_stage, *self.after_gdp, rest]
        return pl.DataFrame(self.columns, schema=schema), stages

    def _level_of(self, path: Path) -> int:
        return self.level.get(path, 0)

    def _current(self, series: str) -> tuple[pl.Expr, pl.Expr]:
        self._flush(self.owner.get(series, series))
        if series not in self.value and series == "gdp_oecd":  # absent: it is gdp_cpb
            value, basis = self._current("gdp_cpb")
            return value, basis | int(Basis.DEFAULT)
        if series not in self.value:  # a share the file never stated: unknown, fall back to euros
            return pl.lit(None, pl.Float64), pl.lit(0, pl.UInt8)
        return self.value[series], self.basis[series]

    def _start(self, series: str) -> None:
        """Lay a series' cells out as raw columns, one per unit, and coalesce them into money."""
        spec = INPUT_BY_ID[series]
        cells = self.scenario.inputs.get(series, {})
        if not cells:
            if series != "gdp_oecd":  # gdp_oecd follows gdp_cpb lazily, see _current
                assert spec.default is not None, f"the loader let required series {series} through"
                self.value[series] = spec.default
                self.basis[series] = pl.lit(int(Basis.DEFAULT), pl.UInt8)
                if series in SHARE_SERIES:  # a default of 0 euros is 0% of any GDP
                    self.value[share_col(series)] = spec.default
                    self.basis[share_col(series)] = self.basis[series]
            return
        index = {year: i for i, year in enumerate(self.years)}
        raw: dict[tuple[str, int], list[float | None]] = defaultdict(lambda: [None] * len(self.years))
        bits = [0] * len(self.years)
        for year, cell in cells.items():
            key = (cell.unit.of or "", self._level_of(cell.origin.path) if cell.unit.of else 0)
            raw[key][index[year]] = cell.value
            bits[index[year]] = int(_STATUS_BASIS[cell.status])
        parts: list[pl.Expr] = []
        basis = pl.col(f"{series}@bits")
        self.columns[f"{series}@bits"] = bits
        names: dict[tuple[str, int], str] = {}
        for (ref, lv), values in raw.items():
            name = names[ref, lv] = f"{series}@{ref or 'direct'}@{lv}"
            self.columns[name] = values
            if not ref:
                parts.append(pl.col(name))
                continue
            gdp, gdp_basis = self.gdp_by_level[lv][ref]
            parts.append(pl.col(name) / 100 * gdp)
            basis = basis | pl.when(pl.col(name).is_not_null()).then(gdp_basis).otherwise(0).cast(pl.UInt8)
        self.value[series] = pl.coalesce(parts) if len(parts) > 1 else parts[0]
        self.basis[series] = basis
        stated = [self._stated_share(name, lv) for (ref, lv), name in names.items() if ref == "gdp_cpb"]
        if stated and series in SHARE_SERIES:
            own = pl.col(f"{series}@bits")
            self.value[share_col(series)] = pl.coalesce(stated) if len(stated) > 1 else stated[0]
            self.basis[share_col(series)] = own

    def _stated_share(self, name: str, level: int) -> pl.Expr:
        """A written `% of gdp_cpb` value stays the share of final GDP unless a deeper file's
        GDP adjustment moved GDP under it in that year."""
        expr = pl.col(name)
        for adj in self.scenario.adjustments:
            if adj.series == "gdp_cpb" and self._level_of(adj.file) > level:
                expr = pl.when(pl.col("year").is_between(adj.start, adj.end)).then(None).otherwise(expr)
        return expr

    def _materialize(self, series: str) -> None:
        """Compute the series (and its stated share) into columns of their own, in a pass of its
        own, and read them from there on: see MATERIALIZE_EVERY."""
        self._flush(series)
        number = len(self.before_gdp) + len(self.after_gdp)
        stage: list[pl.Expr] = []
        for name in (series, share_col(series)):
            if name in self.value:
                column = f"{name}@pass{number}"
                stage += [
                    self.value[name].alias(column),
                    self.basis[name].cast(pl.UInt8).alias(basis_col(column)),
                ]
                self.value[name], self.basis[name] = pl.col(column), pl.col(basis_col(column))
        (self.after_gdp if self.gdp_done else self.before_gdp).append(stage)
        self.stacked[series] = 0

    def _flush(self, series: str) -> None:
        """Apply the composed adjustments waiting on `series`, reading its expression once for
        its own year and once per other year a growth draws on."""
        linear = self.pending.pop(series, None)
        if linear is None:
            return
        cur, cur_basis = self._current(series)
        prefix = f"{series}@linear{len(self.columns)}"
        n = len(self.years)
        diagonal: list[float | None] = [linear.rows[i].get(i, 0.0) for i in range(n)]
        self.columns[f"{prefix}@diag"] = diagonal
        self.columns[f"{prefix}@b"] = list[float | None](linear.b)
        self.columns[f"{prefix}@bits"] = linear.bits
        diag = pl.col(f"{prefix}@diag")
        value = pl.when(diag != 0).then(cur * diag).otherwise(0.0) + pl.col(f"{prefix}@b")
        basis = cur_basis | pl.col(f"{prefix}@bits")
        for j in sorted({j for i, row in enumerate(linear.rows) for j in row if j != i}):
            name = f"{prefix}@from{j}"
            coefficients: list[float | None] = [
                row.get(j, 0.0) if i != j else 0.0 for i, row in enumerate(linear.rows)
            ]
            self.columns[name] = coefficients
            coef, that_year = pl.col(name), pl.col("year") == self.years[j]
            value = value + pl.when(coef != 0).then(coef * cur.filter(that_year).first()).otherwise(0.0)
        for j in sorted({j for i, reads in enumerate(linear.reads) for j in reads if j != i}):
            name = f"{prefix}@from{j}@bits"
            self.columns[name] = [int(j in reads and j != i) for i, reads in enumerate(linear.reads)]
            that_year = pl.col("year") == self.years[j]
            basis = basis | pl.when(pl.col(name) != 0).then(cur_basis.filter(that_year).first()).otherwise(0)
        self.value[series], self.basis[series] = value, basis.cast(pl.UInt8)
        share = share_col(series)
        if share in self.value:
            self.columns[f"{prefix}@share_by"] = linear.share_by
            self.columns[f"{prefix}@share_fixed"] = linear.share_fixed
            stated = self.value[share]
            self.value[share] = pl.coalesce(
                stated * pl.col(f"{prefix}@share_by"), pl.col(f"{prefix}@share_fixed")
            )
            self.basis[share] = (self.basis[share] | pl.col(f"{prefix}@bits")).cast(pl.UInt8)

    def _apply(self, adj: Adjustment) -> None:
        """Apply one adjustment; the order of calls is the file order."""
        if adj.operation != "floor_share":
            self.pending.setdefault(adj.series, _Linear.identity(len(self.years))).add(adj, self.years)
            return
        if self.stacked[adj.series] >= MATERIALIZE_EVERY and adj.series in self.value:
            self._materialize(adj.series)
        self.stacked[adj.series] += 1
        cur, cur_basis = self._current(adj.series)
        year = pl.col("year")
        in_range = year.is_between(adj.start, adj.end)
        # floor_share: the Dutch rule, at least s% of GDP as adjusted so far
        gdp, gdp_basis = self._current("gdp_cpb")
        floor = adj.value / 100 * gdp
        new = pl.when(cur < floor).then(floor).otherwise(cur)
        extra = pl.lit(int(adj.basis), pl.UInt8) | gdp_basis
        self.value[adj.series] = pl.when(in_range).then(new).otherwise(cur)
        self.basis[adj.series] = pl.when(in_range).then(cur_basis | extra).otherwise(cur_basis).cast(pl.UInt8)
        share = share_col(adj.series)
        if share in self.value:  # floor_share works in euros: the stated share is no longer known
            stated = self.value[share]
            self.value[share] = pl.when(in_range).then(pl.lit(None, pl.Float64)).otherwise(stated)
            self.basis[share] = pl.when(in_range).then(self.basis[share] | extra).otherwise(self.basis[share])


def _levels(measures: list[Measure]) -> list[list[Measure]]:
    """Group measures so each group reads only inputs and earlier groups: one pass per group."""
    level: dict[str, int] = {}
    groups: dict[int, list[Measure]] = defaultdict(list)
    for m in measures:  # the registry lists every measure after the ones it reads
        lv = 1 + max((level.get(d, 0) for d in m.depends_on), default=0)
        level[m.id] = lv
        groups[lv].append(m)
    return [groups[k] for k in sorted(groups)]


def _value_and_basis(m: Measure) -> Iterable[pl.Expr]:
    expr = m.expr
    yield expr.alias(m.id)
    if m.basis is not None:
        yield m.basis.cast(pl.UInt8).alias(basis_col(m.id))
        return
    deps = [pl.col(basis_col(d)) for d in m.depends_on if d != "year"]
    bits = functools.reduce(lambda a, b: a | b, deps) if deps else pl.lit(0, pl.UInt8)
    yield bits.cast(pl.UInt8).alias(basis_col(m.id))


def _input_rows(scenario: Scenario) -> Iterable[Row]:
    for spec in INPUTS:
        cells = scenario.inputs.get(spec.id)
        if cells:
            cited = sorted({c.source for c in cells.values() if c.source})
            source = ", ".join(cited) if cited else "assumption"
        else:
            source = f"default {spec.default_text}"
        yield Row(spec.id, spec.label, spec.unit, "input", source, label_nl=spec.label_nl)


def describe_cell(result: Result, row_id: str, year: int) -> str:
    """One line for the detail view: a cell's source or its formula with the numbers filled in."""
    row = result.row(row_id)
    value = result.value(row_id, year)
    shown = (
        formats.unknown()
        if value is None or math.isnan(value)
        else f"{formats.number(value, 4)} {formats.unit(row.unit)}"
    )
    basis = result.basis(row_id, year)
    marks = f" [{basis_words(basis.labels())}]" if basis else ""
    if row.measure is not None:
        filled = row.measure.formula_filled(result.year_values(year))
        return f"{row.title()} {year} = {filled} = {shown}{marks}"
    cell: Cell | None = result.scenario.inputs.get(row_id, {}).get(year)
    if cell is None:
        return f"{row.title()} {year} = {shown}: {row.source}{marks}"
    where = result.scenario.sources.get(cell.source or "")
    cited = f"{where.shown_title()} ({cell.source})" if where else t("detail.no_source")
    note = f"; {said}" if (said := cell.said_note()) else ""
    stated = f"{formats.general(cell.value)} {cell.unit}"
    return f"{row.title()} {year} = {shown} ({stated}) " + t("detail.from", cited=cited) + f"{note}{marks}"
