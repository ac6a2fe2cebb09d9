"""Why a what-if on GDP leaves the Dutch shares where they were, said when it happens.

"What if GDP comes in 2% lower?" asked of the baseline moves GDP and every euro amount, but not
one Dutch share: the baseline states spending as a share of CPB GDP (Table 1's own figures), so
spending falls with GDP and the share stays. That is a true answer to "GDP lower, budget pegged
to GDP", and a misleading one to "GDP lower, budget fixed in euros" unless the screen says which
question it answered. A tester read the unmoved shares as a fault. These texts say which
question was answered, with the year's figures from the two results, and how to ask the other
one (a what-if file that scales GDP keeps the parent's euros; scenarios/README.md).

Nothing here computes a new figure: every number is read from the results before and after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core import formats
from core.i18n import t

if TYPE_CHECKING:
    from core.engine import Result

GDP, SPENDING, SHARE = "gdp_cpb", "defence_excl_ukraine", "share_nl_excl"
MOVED = 1e-9
"""A relative change smaller than this is float noise, not a move."""


def shares_held(before: Result, after: Result) -> str | None:
    """The sentence for an edit that moved CPB GDP while the Dutch share stayed because the
    spending of that year is stated as a share of CPB GDP; None for any other edit. The first
    such year speaks for the rest (the same rule holds in each)."""
    if before.years != after.years:
        return None
    for year in after.years:
        gdp_was, gdp_now = before.value(GDP, year), after.value(GDP, year)
        share_was, share_now = before.value(SHARE, year), after.value(SHARE, year)
        if None in (gdp_was, gdp_now, share_was, share_now) or not gdp_was:
            continue
        assert gdp_was is not None and gdp_now is not None and share_was is not None
        assert share_now is not None
        if abs(gdp_now / gdp_was - 1) <= MOVED or abs(share_now - share_was) > MOVED:
            continue
        cell = after.scenario.inputs.get(SPENDING, {}).get(year)
        if cell is None or cell.unit.kind != "share_of" or cell.unit.of != GDP:
            continue
        return t(
            "why_held.shares",
            year=year,
            gdp_was=formats.billions(gdp_was),
            gdp_now=formats.billions(gdp_now),
            change=_percent(gdp_now / gdp_was - 1),
            share=formats.share(share_now),
            origin=f"{cell.origin.path.name}:{cell.origin.line}",
            spent_was=formats.billions(before.value(SPENDING, year)),
            spent_now=formats.billions(after.value(SPENDING, year)),
            factor=f"{gdp_now / gdp_was:.6g}",  # as TOML writes it, in either language
        )
    return None


def growth_is_a_rate(rate: float | None, level_year: int) -> str:
    """What a growth row's `-2%` changes: the rate by 2% of itself (3.53 becomes 3.46), never
    GDP's level, which is typed on the year the growth starts from (`level_year`); said in the
    growth cell's prompt, where a tester typed `-2%` for "GDP 2% lower"."""
    if rate is None:
        return ""
    return t(
        "why_held.growth_rate",
        rate=formats.number(rate, 2),
        less=formats.number(rate * 0.98, 2),
        level_year=level_year,
    )


def _percent(change: float) -> str:
    """`-2.0%`, `+0.5%`: a relative change, signed, one decimal."""
    shown = formats.number(abs(change) * 100, 1)
    return ("-" if change < 0 else "+") + shown + "%"
