"""What the chart view draws: the shares per year by both methods, the norms, the paths to them.

Only a selection from results the engine already computed (nothing is calculated here): the
Dutch shares excluding and including Ukraine support, NATO's share, each norm's straight path
where the scenario has one, and, when comparing, the compared scenario's shares beside them.
The widget (tui/widgets/share_chart.py) only draws what this says.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.allies import THRESHOLDS
from core.engine import Result
from core.formats import SHARE, general, unknown
from core.i18n import t
from core.model import Scenario

TREND_LEVELS = 8
"""A trend's levels, 0-7: the eight block characters from ▁ to █."""

SHARE_ROWS: tuple[tuple[str, str], ...] = (
    ("share_nl_excl", "chart.nl_excl"),
    ("share_nl_incl", "chart.nl_incl"),
    ("share_nato", "chart.nato"),
)
"""The rows drawn, each with its catalogue key (the label in the language shown)."""


@dataclass(frozen=True, slots=True)
class Line:
    """One series on the chart: a row of a result, or a norm's path."""

    row: str
    label: str
    values: tuple[float | None, ...]
    """One per year of the chart; None where the value is unknown (not drawn)."""
    kind: str
    """`share` (a scenario's own), `compared` (the compared scenario's) or `path`."""


@dataclass(frozen=True, slots=True)
class Chart:
    """Everything one frame of the chart view shows."""

    title: str
    years: tuple[int, ...]
    lines: tuple[Line, ...]
    norms: tuple[float, ...]
    """Horizontal lines, % of GDP: 2, 3.5 and 5 (the Wales pledge and the Hague commitment's
    core and total), and any other share the scenario's norms name."""


def share_chart(result: Result, compare: Result | None = None) -> Chart:
    """The chart of `result`, with `compare`'s shares beside it when given."""
    years = tuple(result.years)
    lines = [Line(row, t(key), tuple(result.values(row)), "share") for row, key in SHARE_ROWS]
    for norm in result.scenario.norms.values():
        if norm.year is not None:
            row = f"path_{norm.id}"
            label = t("chart.path", share=general(norm.share), year=norm.year)
            lines.append(Line(row, label, tuple(result.values(row)), "path"))
    title = result.scenario.shown_name()
    if compare is not None:
        title += t("chart.versus", other=compare.scenario.shown_name())
        for row, key in SHARE_ROWS:
            values = tuple(compare.value(row, y) if y in compare.years else None for y in years)
            lines.append(Line(row, t(key) + t("chart.compared"), values, "compared"))
    return Chart(title, years, tuple(lines), norm_lines(result.scenario))


def legend_label(line: Line, years: tuple[int, ...]) -> str:
    """A line's label for the legend, with the years it has no value: `NATO method (unknown
    2025-2030)`. The chart draws nothing there, and a line that stops after 2024 would
    otherwise read as a line that ends, not as figures nobody has published."""
    missing = [year for year, value in zip(years, line.values, strict=True) if value is None]
    if not missing:
        return line.label
    runs: list[list[int]] = []
    for year in missing:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    spans = ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)
    return t("chart.unknown_years", label=line.label, unknown=unknown(), years=spans)


def norm_lines(scenario: Scenario) -> tuple[float, ...]:
    """The shares worth a line, and worth suggesting as a goal seek's target: 2, 3.5 and 5% of
    GDP and any other share one of the scenario's norms names."""
    return tuple(sorted({*THRESHOLDS, *(n.share for n in scenario.norms.values())}))


@dataclass(frozen=True, slots=True)
class Trend:
    """A share row over the scenario's years, for the sparkline beside its detail line."""

    first: int
    last: int
    low: float
    high: float
    levels: tuple[int | None, ...]
    """Each year's share as a level 0-7 between `low` (0) and `high` (7); None: unknown."""


def share_trend(result: Result, row: str) -> Trend | None:
    """The row's path over the years, scaled from its lowest to its highest share (a scale
    from 0 would flatten 1.56 to 2.09% into the top two levels), or None when the row is not a
    share of GDP (the table's own rows, a growth rate or a verdict, are not the engine's) or
    fewer than two years are known: one value has no shape."""
    if not any(r.id == row and r.unit == SHARE for r in result.rows):
        return None
    values = result.values(row)
    known = [v for v in values if v is not None]
    if len(known) < 2:
        return None
    low, high = min(known), max(known)
    span = high - low

    def level(value: float | None) -> int | None:
        if value is None:
            return None
        if span <= 1e-9 * max(abs(high), 1.0):  # flat, but for float rounding: a level line
            return TREND_LEVELS // 2 - 1
        return min(TREND_LEVELS - 1, int((value - low) / span * TREND_LEVELS))

    years = result.years
    return Trend(years[0], years[-1], low, high, tuple(level(v) for v in values))
