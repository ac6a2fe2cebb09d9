"""Which input values can be right for a series: one check for the loader, `navotop set` and the
app's cell editor, so that a value refused in a file is refused when typed, and the other way round.

Two levels. A *refusal* is a value no scenario file may hold (negative spending, a share of GDP
over 20%, GDP under EUR 1 bn): the loader refuses it, and so does every edit. A *doubt* is a value
a file may hold but that is far more likely a unit slip (GDP typed in EUR bn where the file counts
in EUR mln, a price index typed as 1.05 for 105): an edit refuses it unless forced. Pure functions.
"""

from __future__ import annotations

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
        what = "GDP" if series in GDP else "an amount of spending"
        return f"{series} cannot be negative ({full_text(value)}): it is {what}, not a change"
    if unit.kind == "share_of" and series in GDP and not 50 <= value <= 200:
        return f"{series} at {value:g}% of {unit.of} is implausible: write percent (100 means equal)"
    if unit.kind == "share_of" and series not in GDP and abs(value) > MAX_SHARE:
        return f"{value:g}% of {unit.of} is implausible for {series}: shares are in percent (2.0 means 2%)"
    if unit.kind == "money" and series in GDP and value < MIN_GDP:
        return f"GDP of EUR {value:g} mln is implausible: money is in EUR mln (1,134,000 for EUR 1,134 bn)"
    if unit.kind == "index" and value <= 0:
        return f"a price index must be above 0, not {value:g}"
    return ""


def doubt(series: str, unit: Unit, value: float) -> str:
    """Why `value` is probably a unit slip for `series`, naming the unit; "" when plausible.
    Only for values a file may hold (see `refusal`)."""
    if unit.kind == "money" and series in GDP:
        low, high = GDP_PLAUSIBLE
        if value < low:
            return (
                f"{series} is in EUR mln; {full_text(value)} would be EUR {value / 1000:.2g} bn:"
                f" did you mean {full_text(value * 1000)}?"
            )
        if value > high:
            return (
                f"{series} is in EUR mln; {full_text(value)} would be EUR {value / 1e6:,.0f} trillion:"
                f" did you mean {full_text(value / 1000)}?"
            )
    if unit.kind == "index" and not INDEX_PLAUSIBLE[0] <= value <= INDEX_PLAUSIBLE[1]:
        return (
            f"{series} is an index with its base year at 100; {full_text(value)} is far from it:"
            f" did you mean {full_text(value * 100 if value < INDEX_PLAUSIBLE[0] else value / 100)}?"
        )
    return ""
