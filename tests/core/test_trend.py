"""The sparkline beside a share row's detail line: its years scaled from lowest to highest."""

from __future__ import annotations

from core.chart import share_trend
from core.engine import compute
from core.scenario import load_scenario
from core.sweep import what_if
from tests.conftest import BASELINE


def test_the_dutch_share_rises_to_a_plateau_and_the_money_rows_have_none() -> None:
    result = compute(load_scenario(BASELINE))
    trend = share_trend(result, "share_nl_incl")
    # Table 1 incl. Ukraine: 1.79, 2.19, 2.21, 2.15, 2.12, 2.09, 2.06; from 1.79 (0) to 2.21 (7):
    # int((v - 1.79) / 0.42 * 8) = 0, 7 (of 7.6), 7 (8, kept at the top), 6, 6, 5, 5.
    assert trend is not None and (trend.first, trend.last) == (2024, 2030)
    assert (round(trend.low, 6), round(trend.high, 6)) == (1.79, 2.21)
    assert trend.levels == (0, 7, 7, 6, 6, 5, 5)
    assert share_trend(result, "gdp_cpb") is None  # EUR mln: not a share
    assert share_trend(result, "share_nato") is None  # 2024 alone is known: no shape
    assert share_trend(result, "growth:gdp_cpb") is None  # a row of the table, not the engine


def test_a_flat_share_is_drawn_as_a_level_line_in_the_middle() -> None:
    """Spending at exactly 2% of each year's CPB GDP: no lowest or highest to scale between,
    so every year sits on level 3 of 0-7 (▄), not on the floor or the ceiling."""
    scenario = load_scenario(BASELINE)
    gdp = compute(scenario).values("gdp_cpb")
    flat = what_if(
        scenario,
        {("defence_excl_ukraine", y): 0.02 * g for y, g in zip(scenario.years, gdp, strict=True) if g},
    )
    trend = share_trend(compute(flat), "share_nl_excl")
    assert trend is not None and trend.levels == (3,) * 7
    assert abs(trend.low - 2.0) < 1e-12 and abs(trend.high - 2.0) < 1e-12
