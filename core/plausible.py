"""Which input values can be right for a series: one check for the loader, `navotop set` and the
app's cell editor, so that a value refused in a file is refused when typed, and the other way round.

Two levels. A *refusal* is a value no scenario file may hold (negative spending, a share of GDP
over 20%, GDP under EUR 1 bn): the loader refuses it, and so does every edit. A *doubt* is a value
a file may hold but that is far more likely a unit slip (GDP typed in EUR bn where the file counts
in EUR mln, a price index typed as 1.05 for 105): an edit refuses it unless forced. Pure functions.
"""

from __future__ import annotations

from core.formats import general
from core.i18n import t
from core.measures import INPUT_BY_ID
from core.model import Unit
from core.numbers import full_text

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


def refusal(series: str, unit: Unit, value: float) -> str:
    """Why no scenario file may hold `value` for `series` in `unit`; "" when it may."""
    if value < 0 and not INPUT_BY_ID[series].may_be_negative:
        what = t("plausible.gdp" if series in GDP else "plausible.spending")
        return t("plausible.negative", series=series, value=full_text(value), what=what)
    if unit.kind == "share_of" and series in GDP and not 50 <= value <= 200:
        return t("plausible.gdp_share", series=series, value=general(value), of=unit.of)
    if unit.kind == "share_of" and series not in GDP and abs(value) > MAX_SHARE:
        return t("plausible.share", series=series, value=general(value), of=unit.of)
    if unit.kind == "money" and series in GDP and value < MIN_GDP:
        return t("plausible.gdp_small", value=general(value))
    if unit.kind == "index" and value <= 0:
        return t("plausible.index_zero", value=general(value))
    return ""


def doubt(series: str, unit: Unit, value: float) -> str:
    """Why `value` is probably a unit slip for `series`, naming the unit; "" when plausible.
    Only for values a file may hold (see `refusal`)."""
    if unit.kind == "money" and series in GDP:
        low, high = GDP_PLAUSIBLE
        if value < low:
            return t(
                "plausible.bn",
                series=series,
                value=full_text(value),
                bn=general(float(f"{value / 1000:.2g}")),
                meant=full_text(value * 1000),
            )
        if value > high:
            return t(
                "plausible.trillion",
                series=series,
                value=full_text(value),
                tn=general(round(value / 1e6)),
                meant=full_text(value / 1000),
            )
    if unit.kind == "index" and not INDEX_PLAUSIBLE[0] <= value <= INDEX_PLAUSIBLE[1]:
        meant = full_text(value * 100 if value < INDEX_PLAUSIBLE[0] else value / 100)
        return t("plausible.index", series=series, value=full_text(value), meant=meant)
    return ""
