"""Goal seek: which value of one input makes one row reach a target in one year?

Three ways to vary the input, each a single unknown `u`:
- `level`: the input in one year (`start`, by default the target year) is `u`;
- `step`: `u` is added to the input in every year from `start` to the target year;
- `growth`: the input grows at the one rate `u` a year from the year before `start` to the target
  year (shown in % a year).

Every evaluation runs on the sweep engine (core/sweep.py), many candidates per polars pass. The
input is varied as the grid's edit of its cell varies it (`_Variation.variants`): the engine
resolves the edited cell once (`Sweep.edited`), and a candidate is that change times what brings
the input to its value (the input stage is affine in one cell, but for a `floor_share` rule: an
answer is checked in the cells by `answer_edits`), so a GDP varied takes along the
spending its file states as a share of it, as an edit does. Where an `[[adjust]]` rule computes
the year (which the grid does not edit) the candidate's value is final, everything else keeping
its value, as a what-if on top.

Where the row is affine in the input (the rows `LINEAR` names), two evaluations fix the
line and its root is the answer, polished by secant steps through the answer itself (see
`_Seeker._polish`). The line does not depend on the target, so it is kept per sweep and question
(`_LINES`): the app asks again on every key typed into the target, and then only the answer is
evaluated. Elsewhere a bracketed search: candidates over the input's whole range (twenty decades
either side of its size) locate a sign change nearest to the current value, and rounds of 16-way
bisection close in to float precision. Every answer is evaluated once more, and only an answer
within `tolerance(target)` counts as reached.
"""

from __future__ import annotations

import itertools
import math
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import polars as pl

from core.errors import NavotopError
from core.formats import MONEY, MONEY_GRID, attach, general, grid, spec, unknown
from core.i18n import t
from core.measures import INPUT_BY_ID, SHARE, row_title
from core.sweep import Cells, Shift, Sweep

if TYPE_CHECKING:
    from core.session import Session

How = Literal["level", "step", "growth"]
HOWS: tuple[How, ...] = ("level", "step", "growth")
RELATIVE_TOLERANCE = 1e-9
ZERO_FLOOR = 1.0
"""A target nearer 0 than this (in the row's unit: pp, % of GDP, EUR mln or index) is held to
RELATIVE_TOLERANCE of ZERO_FLOOR, i.e. 1e-9 absolute. Relative to a target of 0 only an exact 0
would do, which float arithmetic cannot promise; the rows' terms are at most some 1e5 (5% of a
GDP of 2e6 EUR mln), whose rounding is about 1e-11, so 1e-9 is reachable and still far finer than
anything shown (0.0001 pp, EUR 0.1 mln)."""
_POLISH_STEPS = 4
"""Secant steps after a closed form at most; one is enough unless the first line was badly
conditioned (see `_Seeker._polish`)."""


def tolerance(target: float) -> float:
    """How close to `target` counts as reached: 1e-9 relative, 1e-9 absolute near 0."""
    return RELATIVE_TOLERANCE * max(abs(target), ZERO_FLOOR)


_SPENDING = ("defence_excl_ukraine", "ukraine_military")
LINEAR: dict[str, tuple[str, ...]] = {
    "defence_total": _SPENDING,
    "share_nl_excl": ("defence_excl_ukraine",),
    "share_nl_incl": _SPENDING,
    "defence_nato": (*_SPENDING, "nato_definition_adjustment"),
    "share_nato": (*_SPENDING, "nato_definition_adjustment", "deflator_gdp"),
    "share_related": ("related_security",),
    "share_core_related": (*_SPENDING, "nato_definition_adjustment", "deflator_gdp", "related_security"),
    "method_difference": (*_SPENDING, "nato_definition_adjustment", "deflator_gdp"),
}
"""Rows affine in an input of the same year, by the registry's formulas: spending over a fixed
base (the Dutch shares in their numerator, NATO's share in its spending and in the GDP deflator,
which multiplies), sums of spending, and the norms' gaps (`_linear_norm_row`). Shares are not
affine in the GDP they divide by, nor the bridge steps in anything: those take the search."""
_GAP_NATO = ("gdp_oecd", "deflator_defence", *_SPENDING, "nato_definition_adjustment", "related_security")
_GAP_NL = ("gdp_cpb", "defence_excl_ukraine")


def linear_in(row: str, series: str) -> bool:
    """True when `row` in a year is affine in `series` in that year (so a closed form applies)."""
    if row == series:
        return True
    if row.startswith("gap_") and row.endswith("_nato"):
        # s/100 * base - spending, the base being NATO's GDP at defence prices (or at current
        # prices for related spending), the spending core, related or both (related at defence prices)
        return series in _GAP_NATO
    if row.startswith("gap_") and row.endswith("_nl"):
        return series in _GAP_NL  # s/100 * gdp_cpb - defence_excl_ukraine
    return series in LINEAR.get(row, ())


@dataclass(frozen=True, slots=True)
class Goal:
    """The question: `row` in `year` should equal `target`, by varying `series` as `how` says."""

    row: str
    year: int
    target: float
    series: str
    how: How = "level"
    start: int | None = None
    """The first year varied (`--from`); None: the target year for `level`, else the year after
    the scenario's first (the first year is where a path starts from)."""


@dataclass(frozen=True, slots=True)
class Answer:
    """What goal seek found: reachable or not, in plain words, with the input's new values."""

    goal: Goal
    start: int
    reachable: bool
    achieved: float | None
    """The row's value in the year with the answer applied; None when not reachable."""
    rate: float | None
    """For `growth`, the rate in % a year."""
    values: dict[int, float] = field(default_factory=dict)
    """The varied input after the change, per year changed (EUR mln for money)."""
    reason: str = ""
    """One plain sentence: the answer and how it was found, or why there is none."""

    @property
    def changes(self) -> dict[tuple[str, int], float]:
        """The answer as cells to set, for `sweep.what_if` or an edit."""
        return {(self.goal.series, year): value for year, value in self.values.items()}

    def to_json(self, scenario: str) -> dict[str, object]:
        """The `navotop solve --format json` record."""
        g = self.goal
        return {
            "scenario": scenario,
            "row": g.row,
            "year": g.year,
            "target": g.target,
            "vary": g.series,
            "how": g.how,
            "from": self.start,
            "reachable": self.reachable,
            "achieved": self.achieved,
            "rate": self.rate,
            "values": {str(year): value for year, value in self.values.items()},
        }


def default_start(years: Sequence[int], how: How, year: int) -> int:
    """`--from` when not given: the target year for `level`, else the scenario's second year (the
    first is where a path starts from), or the target year if that comes first."""
    return year if how == "level" else min(years[0] + 1, year)


def start_year(sweep: Sweep, goal: Goal) -> int:
    """`--from` as given, or its default; NavotopError when it cannot be used with `how`."""
    start = goal.start
    if start is None:
        start = default_start(sweep.years, goal.how, goal.year)
    sweep.check_year(start, t("solve.first_year"))
    if start > goal.year and goal.how != "level":
        raise _bad(sweep, t("solve.from_after", start=start, year=goal.year))
    if goal.how == "growth" and start == sweep.years[0]:
        raise _bad(sweep, t("solve.from_first", start=start))
    return start


class _Variation:
    """Turns values of the unknown `u` into the sweep's cells, and says which `u` make sense."""

    def __init__(self, sweep: Sweep, goal: Goal, start: int) -> None:
        self.sweep, self.goal, self.start = sweep, goal, start
        self._edits: dict[int, tuple[float, float, pl.DataFrame] | None] = {}
        self.series = goal.series
        self.years = [start] if goal.how == "level" else list(range(start, goal.year + 1))
        self.base = [sweep.base_value(self.series, y) for y in self.years]
        self.before = sweep.base_value(self.series, start - 1) if goal.how == "growth" else None
        self.negative_ok = INPUT_BY_ID[self.series].may_be_negative

    def values(self, u: float) -> dict[int, float]:
        """The input per year changed, for one `u`."""
        if self.goal.how == "level":
            return {self.start: u}
        if self.goal.how == "step":
            return {y: math.nan if b is None else b + u for y, b in zip(self.years, self.base, strict=True)}
        before = math.nan if self.before is None else self.before
        return {y: before * (1 + u) ** (y - self.start + 1) for y in self.years}

    def cells(self, us: Sequence[float]) -> tuple[Cells, list[Shift]]:
        """The variants for these `u`, for `Sweep.cell`."""
        return self.variants([self.values(u) for u in us])

    def variants(self, per_variant: Sequence[dict[int, float]]) -> tuple[Cells, list[Shift]]:
        """The input at these values (one dict of year -> value per variant) as the sweep takes
        them: as an edit of the file's cell where the grid would edit it (the change an edit
        makes, `Sweep.edited`, times what brings the input to the value), so that goal seek
        answers what an edit does; as a final value where an `[[adjust]]` rule computes the
        year, which the grid does not edit."""
        cells: dict[tuple[str, int], list[float]] = {}
        shifts: list[Shift] = []
        for y in sorted({y for values in per_variant for y in values}):
            wanted = [values.get(y, math.nan) for values in per_variant]
            edit = self._edit(y)
            if edit is None:
                cells[self.series, y] = wanted
                continue
            base, slope, delta = edit
            shifts.append(([0.0 if math.isnan(v) else (v - base) / slope for v in wanted], delta))
        return cells, shifts

    def _edit(self, year: int) -> tuple[float, float, pl.DataFrame] | None:
        """For an input the grid edits in `year`: its value now, how much it moves per edit made
        (`delta`), and `delta`, what that edit changes in every input; None otherwise."""
        if year not in self._edits:
            sweep, found = self.sweep, None
            stated, base = sweep.file_value(self.series, year), sweep.base_value(self.series, year)
            if sweep.editable(self.series, year) and stated is not None and base is not None:
                delta = sweep.edited({(self.series, year): stated + max(abs(stated), 1.0)})
                slope = delta.get_column(self.series)[sweep.years.index(year)]
                if slope:
                    found = (base, float(slope), delta)
            self._edits[year] = found
        return self._edits[year]

    def current(self) -> float:
        """The `u` that leaves the input as the scenario has it (or as near as one `u` can)."""
        if self.goal.how == "level":
            return self.base[0] if self.base[0] is not None else 0.0
        if self.goal.how == "step":
            return 0.0
        last = self.base[-1]
        if self.before and last is not None and last / self.before > 0:
            return float((last / self.before) ** (1 / len(self.years)) - 1)
        return 0.0

    def lowest(self) -> float:
        """The smallest `u` allowed: no negative money or index unless the series may be < 0."""
        if self.goal.how == "growth":
            return -1.0
        if self.negative_ok:
            return -math.inf
        if self.goal.how == "level":
            return 0.0
        known = [b for b in self.base if b is not None]
        return -min(known) if known else 0.0

    def candidates(self) -> list[float]:
        """Points over the whole plausible range of `u`, dense near the current value."""
        low = self.lowest()
        if self.goal.how == "growth":
            factors = [10 ** (k / 16) for k in range(-96, 97)]
            return sorted({f - 1 for f in factors} | {0.0, self.current()})
        sizes = [abs(b) for b in self.base if b]
        scale = max(sizes) if sizes else 1.0
        steps = [scale * 10 ** (k / 8) for k in range(-80, 81)]
        found = {0.0, self.current(), *steps, *(-s for s in steps)}
        if math.isfinite(low):
            found.add(low)
        return sorted(u for u in found if u >= low)

    def phrase(self) -> str:
        """How the input is varied, in words: `in 2030`, `added in every year 2025-2030`, ..."""
        if self.goal.how == "level" or (self.goal.how == "step" and self.start == self.goal.year):
            return t("solve.in", year=self.start)  # a step of one year is that year's level
        if self.goal.how == "step":
            return t("solve.step", first=self.start, last=self.goal.year)
        return t("solve.rate", first=self.start - 1, last=self.goal.year)


def solve(sweep: Sweep, goal: Goal, money: str = MONEY) -> Answer:
    """The value of `goal.series` that makes `goal.row` reach `goal.target` in `goal.year`.
    `money`: how the reason writes an amount, EUR mln as the command line does, or `MONEY_GRID`
    (EUR bn) as the app's panel beside the grid does."""
    sweep.check_row(goal.row)
    sweep.check_series(goal.series)
    sweep.check_year(goal.year)
    if not math.isfinite(goal.target):
        raise _bad(sweep, t("solve.target_nan", target=goal.target))
    start = start_year(sweep, goal)
    var = _Variation(sweep, goal, start)
    seeker = _Seeker(sweep, goal, var, money)
    return seeker.answer()


class _Seeker:
    def __init__(self, sweep: Sweep, goal: Goal, var: _Variation, money: str) -> None:
        self.sweep, self.goal, self.var, self.money = sweep, goal, var, money
        self.tolerance = tolerance(goal.target)
        row = INPUT_BY_ID.get(goal.row) or next(m for m in sweep.measures if m.id == goal.row)
        self.units = {"row": row.unit, "series": INPUT_BY_ID[goal.series].unit}

    def said(self, value: float, format_spec: str, of: str = "row") -> str:
        """A value of the row asked about (`of="row"`) or of the input varied (`"series"`) as a
        reason gives it, with its unit, the one way every view writes it: money with its
        currency (`EUR -14,019 mln`: beside the answer's EUR bn a bare -14,019 read as
        billions), a share as `2 % of GDP` (a bare `= 2` read as a count to a tester). Beside
        the grid, an input's amount as the grid and the answer's values write it (`EUR -14.0
        bn`); the row's own amounts stay in the EUR mln its target is typed in."""
        unit = self.units[of]
        if of == "series" and unit == MONEY and self.money == MONEY_GRID:
            return attach(grid(value, MONEY), MONEY_GRID)
        return attach(spec(value, format_spec), unit)

    def line(self, variants: tuple[Cells, list[Shift]], key: tuple[object, ...]) -> tuple[float, float]:
        """The row's values for two variants (cells of two values each): the two points of a
        line. They do not depend on the target, so they are kept per sweep and question."""
        kept = _LINES.setdefault(self.sweep, {})
        g = self.goal
        key = (g.row, g.year, g.series, g.how, self.var.start, *key)
        if key not in kept:
            r0, r1 = self.sweep.cell(2, variants[0], g.row, g.year, variants[1])
            kept[key] = (r0, r1)
        return kept[key]

    def f(self, us: Sequence[float]) -> list[float]:
        """The row minus the target, for each `u`; NaN where the row is unknown or infinite."""
        cells, shifts = self.var.cells(us)
        got = self.sweep.cell(len(us), cells, self.goal.row, self.goal.year, shifts)
        return [v - self.goal.target if math.isfinite(v) else math.nan for v in got]

    def answer(self) -> Answer:
        g = self.goal
        if linear_in(g.row, g.series):
            found = self._closed_form()
            if found is not None:
                return found
        return self._search()

    def _closed_form(self) -> Answer | None:
        """Two evaluations fix the line (kept: see `line`); its root is the answer, polished."""
        g, var = self.goal, self.var
        if g.how == "growth":
            return self._growth_closed_form()
        u0 = var.current()
        h = max(abs(u0), 1.0)
        r0, r1 = self.line(var.cells([u0, u0 + h]), (u0, h))
        f0, f1 = r0 - g.target, r1 - g.target
        if not (math.isfinite(f0) and math.isfinite(f1)):
            return None
        if f0 == f1:
            return self._independent()
        u = u0 - f0 * h / (f1 - f0)
        return self._polish(u, (u0, f0), lambda u: u, t("solve.closed_form"))

    def _growth_closed_form(self) -> Answer | None:
        """The level the target year needs, by the line; the rate follows from it exactly."""
        g, var = self.goal, self.var
        base_y = self.sweep.base_value(g.series, g.year)
        x0 = base_y if base_y is not None else 0.0
        h = max(abs(x0), 1.0)
        r0, r1 = self.line(var.variants([{g.year: x0}, {g.year: x0 + h}]), ("level", x0, h))
        f0, f1 = r0 - g.target, r1 - g.target
        if not (math.isfinite(f0) and math.isfinite(f1)):
            return None
        if f0 == f1:
            return self._independent()
        needed = x0 - f0 * h / (f1 - f0)
        if not var.before:
            return self._no(t("solve.no_rate", series=self.sweep.label(g.series), year=var.start - 1))
        if needed / var.before <= 0:
            return self._no_because(
                "solve.no_growth",
                needed=self.said(needed, ",.6g", "series"),
                before=self.said(var.before, ",.6g", "series"),
                start=var.start - 1,
            )
        before, years = var.before, len(var.years)
        return self._polish(
            needed, (x0, f0), lambda x: float((x / before) ** (1 / years) - 1), t("solve.closed_form")
        )

    def _polish(
        self, x: float, known: tuple[float, float], to_u: Callable[[float], float], how: str
    ) -> Answer | None:
        """The answer at the root `x` of the line, made exact by secant steps through it.

        The line's two points lie `h` apart, the size of the input; its root can lie much
        farther off (a gap closed by a GDP: the row moves by s/100 per EUR mln over a distance
        of millions). The slope, the difference of two nearly equal values over `h`, then
        carries their rounding (1e-12 of 27,500 over 0.02 is 1e-10 of the slope) times the
        distance into the answer: 2e-6 from a target of 0 where 1e-9 was asked. A secant
        through the answer and the nearest point evaluated so far has the full distance as its
        base, so one step leaves only the row's own rounding. The line's `x` (the input in the
        target year) becomes the unknown `u` by `to_u`: itself, or for `growth` the rate.
        """
        g, var = self.goal, self.var
        best: tuple[float, float] | None = None
        last = known
        for _ in range(_POLISH_STEPS + 1):
            u = to_u(x)
            if not math.isfinite(u):
                break
            if u < var.lowest():
                return self._below_zero(u)
            (fx,) = self.f([u])
            if not math.isfinite(fx):
                break
            if best is None or abs(fx) < abs(best[1]):
                best = (u, fx)
            if abs(fx) <= self.tolerance or fx == last[1]:
                break
            x, last = x - fx * (x - last[0]) / (fx - last[1]), (x, fx)
        if best is None or abs(best[1]) > self.tolerance:
            return None
        return self._yes(best[0], best[1] + g.target, how)

    def _checked(self, u: float, how: str) -> Answer | None:
        """The answer for `u` if it lies in the input's range and reaches the target; else None."""
        if u < self.var.lowest():
            return self._below_zero(u)
        (fu,) = self.f([u])
        if not (math.isfinite(fu) and abs(fu) <= self.tolerance):
            return None
        return self._yes(u, fu + self.goal.target, how)

    def _below_zero(self, u: float) -> Answer:
        """No answer: `u` would take the input below zero in some year (the lowest is named)."""
        worst = min(self.var.values(u).values())
        return self._no_because(
            "solve.below_zero",
            worst=self.said(worst, ",.6g", "series"),
        )

    def _search(self) -> Answer:
        g, var = self.goal, self.var
        us = var.candidates()
        fs = self.f(us)
        finite = [(u, v) for u, v in zip(us, fs, strict=True) if math.isfinite(v)]
        if not finite:
            return self._no_because("solve.unknown_whatever")
        values = [v + g.target for _, v in finite]
        if max(values) - min(values) <= 1e-12 * max(abs(min(values)), abs(max(values))):
            return self._independent()  # flat to float rounding over twenty decades
        hits = [u for u, v in finite if v == 0]
        brackets = [(a, b) for (a, fa), (b, fb) in itertools.pairwise(finite) if fa * fb < 0]
        current = var.current()
        options: list[tuple[float, float]] = [(u, u) for u in hits] + brackets
        options.sort(key=lambda ab: abs((ab[0] + ab[1]) / 2 - current))
        for lo, hi in options:
            u = lo if lo == hi else self._refine(lo, hi)
            found = self._checked(u, t("solve.search"))
            if found is not None:
                return found
        return self._no_because(
            "solve.no_value",
            how=var.phrase(),
            low=self.said(min(values), ",.6g"),
            high=self.said(max(values), ",.6g"),
        )

    def _refine(self, lo: float, hi: float) -> float:
        """Close in on the sign change in [lo, hi], 16 points per polars pass, to float precision."""
        flo = self.f([lo])[0]
        best, best_f = (lo, abs(flo))
        for _ in range(40):
            inner = [lo + (hi - lo) * i / 16 for i in range(1, 16)]
            fs = self.f(inner)
            points = [(lo, flo), *zip(inner, fs, strict=True)]
            for u, v in points:
                if math.isfinite(v) and abs(v) < best_f:
                    best, best_f = u, abs(v)
            if best_f == 0:
                return best
            for (a, fa), (b, fb) in zip(points, [*points[1:], (hi, -flo)], strict=True):
                if math.isfinite(fa) and math.isfinite(fb) and fa * fb <= 0:
                    lo, hi, flo = a, b, fa
                    break
            else:
                return best
            if hi - lo <= 4 * math.ulp(max(abs(lo), abs(hi))):
                break
        return best

    def _independent(self) -> Answer:
        return self._no_because("solve.independent", how=self.var.phrase())

    def _no_because(self, key: str, **more: object) -> Answer:
        """No answer, the reason `key` said in the question's own words (the row and year asked
        about, the target, the input varied) and `more`: one place fills what every reason names."""
        g = self.goal
        return self._no(
            t(
                key,
                row=self.sweep.label(g.row),
                year=g.year,
                target=self.said(g.target, ",.10g"),
                series=self.sweep.label(g.series),
                **more,
            )
        )

    def _no(self, reason: str) -> Answer:
        return Answer(self.goal, self.var.start, False, None, None, {}, reason)

    def _yes(self, u: float, achieved: float, how: str) -> Answer:
        g, var = self.goal, self.var
        rate = 100 * u if g.how == "growth" else None
        values = var.values(u)
        reason = t(
            "solve.reason",
            row=self.sweep.label(g.row),
            year=g.year,
            achieved=self.said(achieved, ",.10g"),
            series=self.sweep.label(g.series),
            how=var.phrase(),
            method=how,
        )
        return Answer(g, var.start, True, achieved, rate, values, reason)


_LINES: weakref.WeakKeyDictionary[Sweep, dict[tuple[object, ...], tuple[float, float]]] = (
    weakref.WeakKeyDictionary()
)
"""Per sweep (one per scenario as computed), the lines of the questions asked of it."""


def _bad(sweep: Sweep, message: str) -> NavotopError:
    return NavotopError.single(sweep.scenario.path, message)


def answer_edits(session: Session, answer: Answer) -> dict[tuple[str, int], float] | str:
    """The answer as edits of the session's cells, each in the unit its file states (a share of
    GDP stays a share), or, in words, why it cannot be applied as such.

    An answer varies the input as an edit of its cell does, in euros; written into the file's
    cells it is the same edit in the file's unit. Where a rule computes the year the answer is a
    what-if on top, which the file's cells may not reproduce. So the edits are computed once
    before they are offered, and refused unless the row then reaches the target.
    """
    from core.engine import compute
    from core.plausible import MAX_SHARE, refusal

    result = compute(session.scenario())

    def named(row: str) -> str:
        """A row as the grid names it: sentences here reach the screen (a tester read
        `defence_excl_ukraine 2024 at 25% of gdp_cpb`)."""
        return row_title(row) or (result.row(row).title() if row in result.columns else row)

    edits: dict[tuple[str, int], float] = {}
    for (series, year), value in answer.changes.items():
        target = session.target(series, year)
        if isinstance(target, str):
            return target
        if target.unit.kind != "share_of":
            edits[series, year] = value
            continue
        base = result.value(target.unit.of or "", year)
        if not base:
            return t("solve.stated_as", series=named(series), year=year, unit=target.unit)
        edits[series, year] = 100 * value / base
    for (series, year), value in edits.items():  # what the loader would refuse to read back
        target = session.target(series, year)
        unit = None if isinstance(target, str) else target.unit
        if unit is not None and unit.kind == "share_of" and value > MAX_SHARE:
            return t(
                "solve.share_in_file",
                series=named(series),
                year=year,
                value=general(value),
                of=named(unit.of or ""),
                high=MAX_SHARE,
            )
        if unit is not None and (why := refusal(series, unit, value)):
            return t("solve.not_in_file", why=why)
    got = compute(session.preview(edits)).value(answer.goal.row, answer.goal.year)
    g = answer.goal
    if got is None or not math.isclose(got, g.target, rel_tol=1e-9, abs_tol=1e-9):
        now = unknown() if got is None else spec(got, ".6g")
        return t(
            "solve.not_in_cells",
            row=named(g.row),
            year=g.year,
            now=now,
            target=spec(g.target, "g"),
            series=named(g.series),
        )
    return edits


def suggested_target(row: str, unit: str, now: float | None, norms: list[float]) -> float:
    """What a goal seek on this cell most likely asks: a share's next norm above it (2, 3.5,
    5% or the scenario's own), a gap closed (0), otherwise the value as it is."""
    if row.startswith(("gap_", "path_extra_")):
        return 0.0
    if now is None or not math.isfinite(now):
        return 0.0
    if unit == SHARE:
        above = sorted(n for n in norms if n > now + 0.005)
        return above[0] if above else now
    return now
