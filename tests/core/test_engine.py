"""The engine against numbers computed by hand, on small scenarios written for the purpose."""

from __future__ import annotations

import math

import pytest

from core.engine import Result, compute
from core.measures import BRIDGE_STEPS
from core.model import Basis
from core.scenario import load_scenario
from tests.conftest import WriteScenario

# One year, every input given in euros, numbers chosen so every measure is easy to do by hand:
# GDP 100,000 (CPB) and 80,000 (OECD); spending 1,500 + 500 Ukraine + 100 NATO extras;
# deflators 125 (defence) and 100 (GDP).
ALL_INPUTS = """
    schema = 1
    [scenario]
    name = "hand"
    years = [2024, 2024]
    [inputs.gdp_cpb]
    2024 = 100000
    [inputs.gdp_oecd]
    2024 = 80000
    [inputs.defence_excl_ukraine]
    2024 = 1500
    [inputs.ukraine_military]
    2024 = 500
    [inputs.nato_definition_adjustment]
    2024 = 100
    [inputs.deflator_defence]
    unit = "index"
    2024 = 125
    [inputs.deflator_gdp]
    unit = "index"
    2024 = 100
    [norms.core]
    share = 3.5
    label = "core"
"""


@pytest.fixture
def hand(write_scenario: WriteScenario) -> Result:
    return compute(load_scenario(write_scenario(ALL_INPUTS)))


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("defence_total", 2000.0),  # 1,500 + 500
        ("share_nl_excl", 1.5),  # 100 * 1,500 / 100,000
        ("share_nl_incl", 2.0),  # 100 * 2,000 / 100,000
        ("defence_nato", 2100.0),  # 2,000 + 100
        ("share_nato", 2.1),  # 100 * (2,100 / 125) / (80,000 / 100) = 100 * 16.8 / 800
        ("bridge_gdp_source", 0.5),  # 2.0 * (100,000 / 80,000 - 1)
        ("bridge_definition", 0.125),  # 2.0 * 1.25 * (2,100 / 2,000 - 1)
        ("bridge_prices", -0.525),  # 2.0 * 1.25 * 1.05 * (100 / 125 - 1)
        ("method_difference", 0.1),  # 2.1 - 2.0
        ("gap_core_nato", 1400.0),  # 0.035 * 80,000 * 125 / 100 - 2,100
        ("gap_core_nl", 2000.0),  # 0.035 * 100,000 - 1,500
    ],
)
def test_every_measure_matches_the_hand_computation(hand: Result, row: str, expected: float) -> None:
    assert hand.value(row, 2024) == pytest.approx(expected, abs=1e-12)


def test_bridge_steps_add_up_exactly_to_the_method_difference(hand: Result) -> None:
    steps = [hand.value(step, 2024) for step in BRIDGE_STEPS]
    assert all(s is not None for s in steps)
    total = math.fsum(s for s in steps if s is not None)
    assert total == pytest.approx(hand.value("method_difference", 2024), abs=1e-12)
    assert hand.value("share_nl_incl", 2024) + total == pytest.approx(
        hand.value("share_nato", 2024), abs=1e-12
    )  # type: ignore[operator]


def test_a_fully_sourced_scenario_has_no_marks_but_its_assumptions(hand: Result) -> None:
    # Written without sources, every input is the author's assumption, and so is all that follows.
    assert hand.basis("share_nato", 2024) == Basis.ASSUMPTION


PATH = """
    schema = 1
    [scenario]
    name = "path"
    years = [2024, 2026]
    [sources.s]
    title = "test source"
    [inputs.gdp_cpb]
    source = "s"
    2024 = 100000
    2025 = 100000
    2026 = 120000
    [inputs.defence_excl_ukraine]
    source = "s"
    2024 = 1500
    2025 = 2000
    2026 = 2400
    [norms.target]
    share = 3.5
    year = 2026
    method = "nl_excl"
"""


def test_straight_path_to_a_target_year_and_the_money_it_needs(write_scenario: WriteScenario) -> None:
    result = compute(load_scenario(write_scenario(PATH)))
    # From 1.5% in 2024 to 3.5% in 2026: 1.5, 2.5, 3.5.
    assert result.values("path_target") == pytest.approx([1.5, 2.5, 3.5])
    # Spending on the path: 1.5% of 100,000; 2.5% of 100,000; 3.5% of 120,000.
    assert result.values("path_spending_target") == pytest.approx([1500.0, 2500.0, 4200.0])
    # Extra needed beyond planned spending: 0, 500, 1,800.
    assert result.values("path_extra_target") == pytest.approx([0.0, 500.0, 1800.0])


def test_a_path_stays_at_the_norm_after_its_target_year(write_scenario: WriteScenario) -> None:
    text = PATH.replace("year = 2026", "year = 2025")
    result = compute(load_scenario(write_scenario(text)))
    assert result.values("path_target") == pytest.approx([1.5, 3.5, 3.5])


MINIMAL = """
    schema = 1
    [scenario]
    name = "minimal"
    years = [2024, 2025]
    [sources.s]
    title = "test source"
    [inputs.gdp_cpb]
    source = "s"
    2024 = 200000
    2025 = 250000
    [inputs.defence_excl_ukraine]
    unit = "% of gdp_cpb"
    source = "s"
    estimate_from = 2025
    2024 = 2.0
    2025 = 1.0
"""


def test_absent_optional_inputs_take_their_defaults_and_are_flagged(write_scenario: WriteScenario) -> None:
    result = compute(load_scenario(write_scenario(MINIMAL)))
    assert result.values("gdp_oecd") == [200000.0, 250000.0]  # = gdp_cpb
    assert result.values("ukraine_military") == [0.0, 0.0]
    assert result.values("nato_definition_adjustment") == [0.0, 0.0]
    assert result.values("deflator_defence") == [100.0, 100.0]
    for row in ("gdp_oecd", "ukraine_military", "deflator_gdp", "deflator_defence"):
        assert Basis.DEFAULT in result.basis(row, 2024), row
    assert Basis.DEFAULT not in result.basis("gdp_cpb", 2024)
    # The NATO share rests on the defaults, and says so; the Dutch share does not.
    assert Basis.DEFAULT in result.basis("share_nato", 2024)
    assert result.basis("share_nl_excl", 2024) == Basis.NONE


def test_percent_of_gdp_becomes_money_and_keeps_its_stated_share(write_scenario: WriteScenario) -> None:
    result = compute(load_scenario(write_scenario(MINIMAL)))
    assert result.values("defence_excl_ukraine") == pytest.approx([4000.0, 2500.0])
    assert result.values("share_nl_excl") == pytest.approx([2.0, 1.0])
    assert result.basis("defence_excl_ukraine", 2025) == Basis.ESTIMATE
    assert result.basis("share_nl_excl", 2024) == Basis.NONE


def test_a_year_a_present_series_does_not_give_is_unknown(write_scenario: WriteScenario) -> None:
    text = MINIMAL + '    [inputs.gdp_oecd]\n    source = "s"\n    2024 = 210000\n'
    result = compute(load_scenario(write_scenario(text)))
    assert result.value("gdp_oecd", 2025) is None
    assert result.value("share_nato", 2025) is None
    assert result.value("share_nato", 2024) == pytest.approx(100 * 4000 / 210000)


def test_compute_is_pure(hand: Result) -> None:
    again = compute(hand.scenario)
    assert again.frame.equals(hand.frame)


@pytest.mark.parametrize(
    ("row", "norm"),
    [
        ("gap_nato_2pct_nato", "nato_2pct"),
        ("gap_nl_law_2pct_nl", "nl_law_2pct"),
        ("path_extra_core", "core"),
        ("path_spending_core", "core"),
        ("path_core", "core"),
        ("share_nato", "share_nato"),
    ],
)
def test_norm_rows_lead_back_to_their_norm(row: str, norm: str) -> None:
    from core.measures import norm_of

    assert norm_of(row) == norm
