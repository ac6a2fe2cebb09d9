"""Which input values can be right for a series: one check for the loader, `navotop set` and the
app's cell editor, so that a value refused in a file is refused when typed, and the other way round.

Two levels. A *refusal* is a value no scenario file may hold (negative spending, a share of GDP
over 20%, GDP under EUR 1 bn): the loader refuses it, and so does every edit. A *doubt* is a value
a file may hold but that is far more likely a unit slip (GDP typed in EUR bn where the file counts
in EUR mln, a price index typed as 1.05 for 105): an edit refuses it unless forced. Pure functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from core import formats
from core.formats import general
from core.i18n import t
from core.measures import INPUT_BY_ID
from core.model import Origin, Unit
from core.numbers import full_text

if TYPE_CHECKING:
    from core.model import Scenario

MAX_SHARE = 20.0
"""The largest share of GDP, in percent, a spending figure may be."""
MIN_GDP = 1000.0
"""GDP under EUR 1 bn (1000 EUR mln) is refused outright: money is counted in EUR mln."""
GDP_PLAUSIBLE = (100_000.0, 10_000_000.0)
"""Dutch GDP in EUR mln that an edit accepts without --force: EUR 100 bn to EUR 10,000 bn (it is
about EUR 1,134 bn in 2025). Outside it, the likelier story is a slip of a factor 1000."""
INDEX_PLAUSIBLE = (10.0, 1000.0)
"""A price index with its base year at 100; 1.05 is more likely meant as 105."""
GDP = ("gdp_cpb", "gdp_oecd")
GROWTH_PLAUSIBLE_ECONOMY = (-10.0, 15.0)
"""Nominal growth, % a year, of GDP or a price index that an edit accepts without asking: a
stated band, wide enough for a deep recession or a year of high inflation; outside it, the
likelier story is a slip (35 typed for 3.5)."""
GROWTH_PLAUSIBLE_SPENDING = (-25.0, 25.0)
"""The same for a spending series, which can move faster than the economy in a build-up."""


RefusalKind = Literal["negative", "gdp_share", "share", "gdp_small", "index_zero"]


def refused(series: str, unit: Unit, value: float) -> RefusalKind | None:
    """Which rule no scenario file may break `value` breaks for `series` in `unit`, if any: the
    one check, which `refusal` words for a file and `refusal_as_typed` for the cell typed in."""
    if value < 0 and not INPUT_BY_ID[series].may_be_negative:
        return "negative"
    if unit.kind == "share_of" and series in GDP and not 50 <= value <= 200:
        return "gdp_share"
    if unit.kind == "share_of" and series not in GDP and abs(value) > MAX_SHARE:
        return "share"
    if unit.kind == "money" and series in GDP and value < MIN_GDP:
        return "gdp_small"
    if unit.kind == "index" and value <= 0:
        return "index_zero"
    return None


def refusal(series: str, unit: Unit, value: float) -> str:
    """Why no scenario file may hold `value` for `series` in `unit`; "" when it may."""
    return _worded(refused(series, unit, value), series, unit, value)


def _worded(kind: RefusalKind | None, series: str, unit: Unit, value: float) -> str:
    """`refused`'s answer as a file's check says it."""
    if kind == "negative":
        return t("plausible.negative", series=series, value=full_text(value), what=_what(series))
    if kind in ("gdp_share", "share"):
        return t(f"plausible.{kind}", series=series, value=general(value), of=unit.of)
    if kind is not None:
        return t(f"plausible.{kind}", value=general(value))
    return ""


def _what(series: str) -> str:
    return t("plausible.gdp" if series in GDP else "plausible.spending")


def doubt(series: str, unit: Unit, value: float, *, name: str = "") -> str:
    """Why `value` is probably a unit slip for `series` (called `name` when given: the row as
    the grid names it), naming the unit; "" when plausible. Only for values a file may hold
    (see `refusal`)."""
    name = name or series
    if unit.kind == "money" and series in GDP:
        low, high = GDP_PLAUSIBLE
        if value < low:
            return t(
                "plausible.bn",
                series=name,
                value=full_text(value),
                bn=general(float(f"{value / 1000:.2g}")),
                meant=full_text(value * 1000),
            )
        if value > high:
            return t(
                "plausible.trillion",
                series=name,
                value=full_text(value),
                tn=general(round(value / 1e6)),
                meant=full_text(value / 1000),
            )
    if unit.kind == "index" and not INDEX_PLAUSIBLE[0] <= value <= INDEX_PLAUSIBLE[1]:
        meant = full_text(value * 100 if value < INDEX_PLAUSIBLE[0] else value / 100)
        return t("plausible.index", series=name, value=full_text(value), meant=meant)
    return ""


def growth_refusal(rate: float, series: str) -> str:
    """Why no growth rate of `rate` % a year can be applied to `series` (named as the grid
    names it); "" when it can."""
    if rate <= -100:
        return t("plausible.growth_nothing", series=_shown_name(series, ""), value=general(rate))
    return ""


def growth_doubt(rate: float, series: str, *, by_id: bool = False) -> str:
    """Why `rate` % a year is probably a slip for `series` (named as the grid names it, or by
    its id with `by_id`, as a file names it), naming the band it is outside; "" when inside it.
    The app asks before applying it."""
    economy = series in GDP or INPUT_BY_ID[series].unit == "index"
    low, high = GROWTH_PLAUSIBLE_ECONOMY if economy else GROWTH_PLAUSIBLE_SPENDING
    if low <= rate <= high:
        return ""
    key = "plausible.growth_economy" if economy else "plausible.growth_spending"
    name = series if by_id else _shown_name(series, "")
    return t(key, series=name, value=general(rate), low=general(low), high=general(high))


def goal_doubt(unit: str, target: float) -> str:
    """Why a goal seek's `target` for a row in `unit` is probably a slip (a share of GDP above
    what any spending series may be, or below zero); "" when plausible."""
    from core.formats import SHARE

    if unit == SHARE and not 0 <= target <= MAX_SHARE:
        return t("plausible.goal_share", value=general(target), high=general(MAX_SHARE))
    return ""


def _gdp_in_bn(name: str, series: str, typed: float, typed_in: str) -> str:
    """For a GDP typed in the grid's EUR bn: why it is outside the plausible band, said in EUR
    bn (the messages for the file's EUR mln would suggest a value in the wrong unit)."""
    from core.formats import MLN_PER_GRID, MONEY_GRID

    if typed_in != MONEY_GRID or series not in GDP:
        return ""
    low, high = GDP_PLAUSIBLE
    if low <= typed * MLN_PER_GRID <= high:
        return ""
    return t(
        "plausible.gdp_bn",
        series=name,
        value=general(typed),
        low=formats.number(low / MLN_PER_GRID, 0),
        high=formats.number(high / MLN_PER_GRID, 0),
    )


def _shown_name(series: str, row: str) -> str:
    """The edited row as the grid names it (a Dutch share row, or the input itself)."""
    from core.measures import row_name

    return row_name(row or series)


def refusal_as_typed(
    series: str, unit: Unit, stored: float, typed: float, typed_in: str, row: str = ""
) -> str:
    """`refusal` of the value to store, worded for the cell the user typed into: the row named
    as the grid names it (`row`, default the series), the number as typed, in the language
    shown and in the unit the cell is typed in (`typed_in`, as the editor's prompt names it; ""
    for the file's own unit). The file's value in its own unit (a share of GDP for an amount
    typed in EUR bn) is said only where it is the reason."""
    kind = refused(series, unit, stored)
    if kind is None:
        return ""
    name = _shown_name(series, row)
    if gdp := _gdp_in_bn(name, series, typed, typed_in):
        return gdp
    shown = formats.typed(typed, typed_in or str(unit))
    if kind == "negative":
        return t("plausible.negative", series=name, value=shown, what=_what(series))
    if kind == "share" and typed_in == formats.MONEY_GRID:  # an amount, whose share is the trouble
        share = formats.typed(float(f"{stored:.3g}"), formats.SHARE)
        return t("plausible.share_of_amount", value=shown, series=name, share=share, high=general(MAX_SHARE))
    if kind == "share":
        return t("plausible.share_typed", value=shown, series=name)
    if kind == "gdp_share":
        return t("plausible.gdp_share", series=name, value=general(stored), of=unit.of)
    return _worded(kind, series, unit, stored)


def doubt_as_typed(series: str, unit: Unit, stored: float, typed: float, typed_in: str, row: str = "") -> str:
    """`doubt` of the value to store, worded for the unit it was typed in, the row named as the
    grid names it."""
    name = _shown_name(series, row)
    return _gdp_in_bn(name, series, typed, typed_in) or doubt(series, unit, stored, name=name)


def doubts(scenario: Scenario) -> list[tuple[Origin, str]]:
    """Every value of the scenario's files that the app would ask about before applying it:
    a likely unit slip in an input cell (`doubt`) and a growth rate outside its stated band
    (`growth_doubt`), each where it is written, in file order. `navotop check` reports them as
    warnings: a tester found that a file the app would question passed `check` in silence."""
    found: list[tuple[Origin, str]] = []
    for series, cells in scenario.inputs.items():
        for cell in cells.values():
            if said := doubt(series, cell.unit, cell.value):
                found.append((cell.origin, said))
    for adj in scenario.adjustments:
        if adj.operation == "growth" and (said := growth_doubt(adj.value, adj.series, by_id=True)):
            found.append((adj.origin, said))
    return sorted(found, key=lambda item: (str(item[0].path), item[0].line, item[0].col))
