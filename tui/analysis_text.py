"""The words and numbers of the analysis views, written once for the command line and the app.

Plain strings only (no rich, no Textual), so `navotop solve` and `navotop sensitivity` stay as
light as `navotop table`. Numbers are written by core/formats.py, at the precision an analysis
needs (`number`), in the language shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core import formats
from core.i18n import t

if TYPE_CHECKING:  # the app imports this module before its first paint; the engine loads polars
    from core.engine import Result
    from core.sensitivity import Sensitivity
    from core.solve import Answer
    from core.sweep import Sweep

# The registry's unit names, spelled as core.measures spells them (a test holds them equal): the
# app imports this module before its first paint, and core.measures loads polars.
MONEY, INDEX = "EUR mln", "index"


def unit_of(sweep: Sweep, row: str) -> str:
    """The unit a row is shown in."""
    from core.measures import INPUT_BY_ID

    if row in INPUT_BY_ID:
        return INPUT_BY_ID[row].unit
    return next(m.unit for m in sweep.measures if m.id == row)


def label_of(sweep: Sweep, row: str) -> str:
    """The row's whole label, as a title shows it (core.sweep's `label`): never its id, which
    readers take for code (ids stay in files, JSON and CSV)."""
    return sweep.label(row, full=True)


def number(value: float | None, unit: str) -> str:
    """A value as the analysis views show it: money to EUR 0.1 mln, indices to 0.01, shares and
    points to 0.0001 (goal seek answers in hundredths of a point would hide what it found)."""
    if value is None:
        return formats.unknown()
    return formats.number(value, 1 if unit == MONEY else 2 if unit == INDEX else 4)


def signed(value: float, unit: str) -> str:
    """A change, always with its sign."""
    text = number(abs(value), unit)
    return ("-" if value < 0 else "+") + text


def solve_lines(sweep: Sweep, answer: Answer, grid: bool = False) -> list[str]:
    """The answer in words, then the input's new values beside the old, year by year, each with
    its unit the one way core/formats writes it (`EUR 22.7 bn`, never `22.7 EUR bn`). `grid`: as
    the app's panel shows them beside the grid, the input by its grid label and money as the grid
    shows it (EUR bn); the command line keeps the id it was given, and EUR mln to 0.1."""
    g = answer.goal
    row_unit, in_unit = unit_of(sweep, g.row), unit_of(sweep, g.series)
    shown_in = formats.MONEY_GRID if grid and in_unit == MONEY else in_unit
    name = sweep.label(g.series) if grid else g.series

    def in_number(value: float | None) -> str:
        shown = formats.grid(value, in_unit) if shown_in == formats.MONEY_GRID else number(value, in_unit)
        return formats.attach(shown, shown_in)

    head = t(
        "solve.head",
        name=sweep.scenario.shown_name(),
        row=g.row,
        year=g.year,
        target=formats.attach(number(g.target, row_unit), row_unit),
    )
    said = [] if grid else [t("vary.as_edit")]  # the panel says it under its fields
    if not answer.reachable:
        return [head, t("solve.unreachable", reason=answer.reason), *said]
    lines = [head, t("solve.found", reason=answer.reason)]
    if answer.rate is not None:
        lines.append(
            t(
                "solve.growth",
                series=sweep.label(g.series),
                rate=formats.number(answer.rate, 4),
                year=answer.start - 1,
            )
        )
    for year, value in answer.values.items():
        was = sweep.base_value(g.series, year)
        lines.append(t("solve.value", series=name, year=year, value=in_number(value), was=in_number(was)))
    return [*lines, *said]


def sensitivity_lines(sweep: Sweep, result: Sensitivity) -> list[str]:
    """A table of the inputs, largest effect first: the cell at -by% and +by%, and the change."""
    from core.measures import row_name  # loaded by now: a sweep ran

    unit = unit_of(sweep, result.row)
    by = formats.general(result.by)
    base = number(result.base, unit)  # the unit after a number, never after the word `unknown`
    base = base if result.base is None else f"{base} {formats.unit(unit)}"
    lines = [
        t(
            "sens.head",
            name=sweep.scenario.shown_name(),
            row=row_name(result.row),
            year=result.year,
            base=base,
            by=by,
        )
    ]
    if unknown := result.unknown(row_name(result.row)):
        return [*lines, unknown]
    lines.append(t("vary.as_edit"))
    # Inputs by the grid's name, their id beside it for `--vary` (a Dutch tester read only ids)
    names = {e.series: _named(e.series) for e in result.effects}
    width = max(len(name) for name in names.values())
    lines.append(f"{t('sens.input'):<{width}}  {f'-{by}%':>12}  {f'+{by}%':>12}  {t('sens.largest')}")
    for e in result.effects:
        if not e.moves:
            change = t("sens.no_change_why")
        else:
            change = signed(
                max((v - (result.base or 0.0) for v in (e.low, e.high) if v is not None), key=abs), unit
            )
        lines.append(
            f"{names[e.series]:<{width}}  {number(e.low, unit):>12}  {number(e.high, unit):>12}  {change}"
        )
    return lines


def _named(series: str) -> str:
    """`GDP, CPB (gdp_cpb)`: the name a reader knows, the id a command line takes."""
    from core.measures import row_title

    title = row_title(series)
    return f"{title} ({series})" if title and title != series else series


def bar_rows(result: Sensitivity) -> Sequence[tuple[str, float, float]]:
    """Per input, the cell's move down and up from its base value: what a tornado draws."""
    base = result.base or 0.0
    return [
        (
            e.series,
            (e.low - base) if e.low is not None else 0.0,
            (e.high - base) if e.high is not None else 0.0,
        )
        for e in result.effects
    ]


SPARK_CHARACTERS = "▁▂▃▄▅▆▇█"


def sparkline(levels: Sequence[int | None]) -> str:
    """Levels 0-7 (core.allies.AllyRow.spark) as block characters; a space where no figure."""
    return "".join(" " if level is None else SPARK_CHARACTERS[level] for level in levels)


def trend_text(result: Result, row: str) -> str:
    """` · 2024-2030 ▁▄▇████ 1.56-2.09%` for a share row (the detail line's end), else ``."""
    from core.chart import share_trend
    from core.formats import number as formatted

    trend = share_trend(result, row)
    if trend is None:
        return ""
    low, high = formatted(trend.low, 2), formatted(trend.high, 2)
    return " · " + t(
        "detail.trend", first=trend.first, last=trend.last, spark=sparkline(trend.levels), low=low, high=high
    )


def tornado_lines(sweep: Sweep, result: Sensitivity, width: int) -> list[str]:
    """The sensitivity as a tornado: one line per input, a bar to the left for the move that
    lowers the cell and to the right for the one that raises it, both to one scale, with the
    cell's value at each end, each input named by its label. `width` is the room for the two
    bars together."""
    unit = unit_of(sweep, result.row)
    names = {e.series: sweep.label(e.series) for e in result.effects}  # as the grid names them
    name_width = max(len(name) for name in names.values())
    side = max(4, width // 2)
    moves = bar_rows(result)
    biggest = max((max(abs(lo), abs(hi)) for _, lo, hi in moves), default=0.0) or 1.0
    lines = []
    for (series_id, lo, hi), effect in zip(moves, result.effects, strict=True):
        series = names[series_id]
        down, up = min(lo, hi), max(lo, hi)
        left = "█" * round(-down / biggest * side) if down < 0 else ""
        right = "█" * round(up / biggest * side) if up > 0 else ""
        if not effect.moves:
            lines.append(f"{series:<{name_width}} {'':>{side}}│{'':<{side}} {t('sens.no_change')}")
            continue
        low_end = number(result.base + down if result.base is not None else None, unit)
        high_end = number(result.base + up if result.base is not None else None, unit)
        ends = t("formats.range", low=low_end, high=high_end)
        lines.append(f"{series:<{name_width}} {left:>{side}}│{right:<{side}} {ends}")
    return lines
