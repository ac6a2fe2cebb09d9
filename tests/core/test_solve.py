"""Goal seek on the bundled baseline, with answers computed by hand and re-checked by computing."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from core.engine import compute
from core.errors import NavotopError
from core.formats import MONEY_GRID
from core.scenario import load_scenario
from core.solve import Answer, Goal, linear_in, solve
from core.sweep import Sweep, what_if
from tests.conftest import BASELINE

# The baseline's CPB GDP: EUR 1,134,000 mln in 2024, then +3.938% in 2025 and +3.53% a year.
GDP_CPB = {2024: 1_134_000.0, 2025: 1_134_000.0 * 1.03938}
for _year in range(2026, 2031):
    GDP_CPB[_year] = GDP_CPB[_year - 1] * 1.0353
# NATO's method in 2024: NATO's GDP (EUR mln), its defence and GDP deflators, Ukraine support
# (0.23% of CPB GDP) and NATO's spending figure less the Dutch (EUR mln), all from the baseline.
GDP_NATO, DEFLATOR_DEFENCE, DEFLATOR_GDP = 1_078_365.0, 119.3407, 133.2197176
UKRAINE_2024, NATO_LESS_DUTCH = 0.0023 * 1_134_000, -398.6
NATO_SPENDING_2024 = 0.0156 * 1_134_000 + UKRAINE_2024 + NATO_LESS_DUTCH  # 19,900: NATO's figure


@pytest.fixture(scope="module")
def sweep() -> Sweep:
    return Sweep(load_scenario(BASELINE))


def recomputed(sweep: Sweep, answer: Answer) -> float | None:
    """The row, computed by the engine on the scenario with the answer written into a child."""
    return compute(what_if(sweep.scenario, answer.changes)).value(answer.goal.row, answer.goal.year)


def test_dutch_share_2030_to_3_5_is_3_5_percent_of_that_years_cpb_gdp(sweep: Sweep) -> None:
    answer = solve(sweep, Goal("share_nl_excl", 2030, 3.5, "defence_excl_ukraine"))
    assert answer.reachable
    assert answer.start == 2030 and answer.rate is None
    assert answer.values == {2030: pytest.approx(0.035 * GDP_CPB[2030], rel=1e-12)}
    assert answer.achieved == pytest.approx(3.5, rel=1e-12)
    assert recomputed(sweep, answer) == pytest.approx(3.5, rel=1e-12)
    assert "closed form" in answer.reason


def test_nato_share_2024_to_2_5_is_spending_at_2_5_percent_of_oecd_gdp(sweep: Sweep) -> None:
    answer = solve(sweep, Goal("share_nato", 2024, 2.5, "defence_excl_ukraine"))
    # NATO-definition spending (Dutch excl. + Ukraine + NATO's difference), deflated, is 2.5% of
    # NATO's deflated GDP: spending = 2.5% of GDP x deflator_defence / deflator_gdp.
    needed = 0.025 * GDP_NATO * DEFLATOR_DEFENCE / DEFLATOR_GDP
    assert answer.reachable
    assert answer.values[2024] == pytest.approx(needed - UKRAINE_2024 - NATO_LESS_DUTCH, rel=1e-12)
    assert recomputed(sweep, answer) == pytest.approx(2.5, rel=1e-12)


def test_growth_to_3_5_in_2030_is_the_closed_form_rate(sweep: Sweep) -> None:
    answer = solve(sweep, Goal("share_nl_excl", 2030, 3.5, "defence_excl_ukraine", "growth"))
    # From 1.56% of 2024's GDP to 3.5% of 2030's in six equal steps of growth.
    rate = ((0.035 * GDP_CPB[2030]) / (0.0156 * GDP_CPB[2024])) ** (1 / 6) - 1
    assert answer.reachable and answer.start == 2025
    assert answer.rate == pytest.approx(100 * rate, rel=1e-10)
    assert list(answer.values) == [2025, 2026, 2027, 2028, 2029, 2030]
    assert answer.values[2026] == pytest.approx(0.0156 * GDP_CPB[2024] * (1 + rate) ** 2, rel=1e-10)
    assert recomputed(sweep, answer) == pytest.approx(3.5, rel=1e-9)


def test_step_adds_one_amount_to_every_year_from_the_start(sweep: Sweep) -> None:
    answer = solve(sweep, Goal("share_nl_excl", 2030, 3.5, "defence_excl_ukraine", "step", 2028))
    added = 0.035 * GDP_CPB[2030] - 0.0205 * GDP_CPB[2030]  # 3.5% less the planned 2.05%
    assert answer.reachable
    assert answer.values == {
        year: pytest.approx(share * GDP_CPB[year] + added, rel=1e-10)
        for year, share in ((2028, 0.0208), (2029, 0.0209), (2030, 0.0205))
    }
    assert recomputed(sweep, answer) == pytest.approx(3.5, rel=1e-9)


def test_a_step_of_one_year_says_that_year_not_a_span(sweep: Sweep) -> None:
    """A tester read "added in every year 2024-2024": a step over one year is that year."""
    answer = solve(sweep, Goal("share_nl_excl", 2024, 2.0, "defence_excl_ukraine", "step", 2024))
    level = solve(sweep, Goal("share_nl_excl", 2024, 2.0, "defence_excl_ukraine", "level", 2024))
    assert "2024-2024" not in answer.reason and " in 2024 (" in answer.reason, answer.reason
    assert answer.values == pytest.approx(level.values)
    assert (
        "every year 2028-2030"
        in solve(sweep, Goal("share_nl_excl", 2030, 3.5, "defence_excl_ukraine", "step", 2028)).reason
    )


def test_a_row_not_affine_in_the_input_is_found_by_search(sweep: Sweep) -> None:
    answer = solve(sweep, Goal("share_nato", 2024, 2.5, "gdp_oecd"))
    # Spending stays NATO's 19,900; GDP such that its deflated value is 40 times the deflated spending.
    assert not linear_in("share_nato", "gdp_oecd")
    assert answer.reachable and "search" in answer.reason
    expected = NATO_SPENDING_2024 / DEFLATOR_DEFENCE * DEFLATOR_GDP / 0.025
    assert answer.values[2024] == pytest.approx(expected, rel=1e-9)
    assert recomputed(sweep, answer) == pytest.approx(2.5, rel=1e-9)


def test_a_target_below_zero_spending_is_not_reachable_and_says_why(sweep: Sweep) -> None:
    answer = solve(sweep, Goal("share_nl_excl", 2030, -1.0, "defence_excl_ukraine"))
    assert not answer.reachable and answer.achieved is None and answer.values == {}
    assert "below zero" in answer.reason


def test_a_reason_writes_money_as_its_view_does(sweep: Sweep) -> None:
    """-1 % of CPB GDP in 2024 takes EUR -11,340 mln: the command line says so in millions, the
    panel beside the grid in the grid's billions (a tester read "EUR -56,700 mln" there)."""
    goal = Goal("share_nl_excl", 2024, -1.0, "defence_excl_ukraine")
    assert "at EUR -11,340 mln, below zero" in solve(sweep, goal).reason
    assert "at EUR -11.3 bn, below zero" in solve(sweep, goal, MONEY_GRID).reason


def test_an_input_the_row_does_not_read_says_so(sweep: Sweep) -> None:
    answer = solve(sweep, Goal("share_nl_excl", 2030, 3.5, "gdp_oecd"))
    assert not answer.reachable
    assert "does not depend on GDP, OECD" in answer.reason and "gdp_oecd" not in answer.reason


def test_a_share_that_cannot_reach_the_target_at_any_gdp_says_so(sweep: Sweep) -> None:
    # The NATO share is spending over OECD GDP: no positive GDP makes it negative.
    answer = solve(sweep, Goal("share_nato", 2024, -2.0, "gdp_oecd"))
    assert not answer.reachable
    assert answer.reason.startswith("no value of GDP, OECD")


@pytest.mark.parametrize(
    ("goal", "message"),
    [
        (Goal("share_nl_exl", 2030, 3.5, "defence_excl_ukraine"), "did you mean 'share_nl_excl'"),
        (Goal("share_nl_excl", 2030, 3.5, "gdp"), "unknown input series 'gdp'"),
        (Goal("share_nl_excl", 2031, 3.5, "gdp_cpb"), "2031 is outside the scenario's years 2024-2030"),
        (
            Goal("share_nl_excl", 2030, 3.5, "gdp_cpb", "growth", 2024),
            "growth from 2024 needs the year before it",
        ),
        (
            Goal("share_nl_excl", 2028, 3.5, "gdp_cpb", "step", 2029),
            "the first year varied (2029) is after the year 2028",
        ),
    ],
)
def test_bad_questions_are_refused_with_the_reason(sweep: Sweep, goal: Goal, message: str) -> None:
    with pytest.raises(NavotopError, match=re.escape(message)):
        solve(sweep, goal)


ROWS = ["share_nl_excl", "share_nl_incl", "share_nato", "defence_nato", "method_difference"]
ROWS += ["bridge_gdp_source", "bridge_definition", "gap_n_nato", "gap_n_nl"]
SERIES = ["gdp_cpb", "gdp_oecd", "defence_excl_ukraine", "ukraine_military"]
SERIES += ["nato_definition_adjustment", "deflator_defence", "deflator_gdp"]


@st.composite
def scenarios(draw: st.DrawFn) -> str:
    """A scenario of three years with every input given in euros or as an index."""
    money = st.floats(1_000.0, 2_000_000.0)
    lines = ["schema = 1", "[scenario]", 'name = "random"', "years = [2024, 2026]"]
    for series, values in (
        ("gdp_cpb", st.floats(500_000.0, 2_000_000.0)),
        ("gdp_oecd", st.floats(500_000.0, 2_000_000.0)),
        ("defence_excl_ukraine", money.map(lambda v: v / 50)),
        ("ukraine_military", st.floats(0.0, 10_000.0)),
        ("nato_definition_adjustment", st.floats(-5_000.0, 5_000.0)),
        ("deflator_defence", st.floats(50.0, 200.0)),
        ("deflator_gdp", st.floats(50.0, 200.0)),
    ):
        lines.append(f"[inputs.{series}]")
        lines += [f"{year} = {draw(values)!r}" for year in (2024, 2025, 2026)]
    lines += ["[norms.n]", f"share = {draw(st.sampled_from([2.0, 3.5, 5.0]))}", 'method = "nato"']
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=scenarios(),
    row=st.sampled_from(ROWS),
    series=st.sampled_from(SERIES),
    how=st.sampled_from(["level", "step", "growth"]),
    year=st.sampled_from([2025, 2026]),
    # a target of the row's order, or one at or within a hair of 0 (a closed gap)
    change=st.floats(-2.5, 2.5).filter(lambda c: abs(c) > 1e-3) | st.sampled_from([-1.0, -1 + 1e-9, -0.9999]),
)
def test_whenever_reachable_the_answer_achieves_the_target(
    text: str, row: str, series: str, how: str, year: int, change: float
) -> None:
    scenario = load_scenario(Path("random.toml"), text.encode())
    sweep = Sweep(scenario)
    target = sweep.cell(1, {}, row, year)[0] * (1 + change)  # of the row's order, in its unit
    answer = solve(sweep, Goal(row, year, target, series, how))  # type: ignore[arg-type]
    event("reachable" if answer.reachable else "not reachable")
    if answer.reachable:
        assert answer.achieved is not None
        # exact to 1e-9 relative; near a target of 0, to 1e-9 absolute (core.solve.ZERO_FLOOR)
        assert math.isclose(answer.achieved, target, rel_tol=1e-9, abs_tol=1e-9)
        again = recomputed(sweep, answer)
        assert again is not None and math.isclose(again, target, rel_tol=1e-8, abs_tol=1e-8)
    else:
        assert answer.reason and answer.achieved is None


GAP_SCENARIO = """schema = 1
[scenario]
name = "a gap of 27,500"
years = [2024, 2026]
[inputs.gdp_cpb]
2024 = 1000000.0
2025 = 1000000.0
2026 = 1000000.0
[inputs.defence_excl_ukraine]
2024 = 22500.0
2025 = 22500.0
2026 = 22500.0
[norms.n]
share = 5.0
method = "nl_excl"
"""


@pytest.mark.parametrize("target", [0.0, 27_500 * 1e-9, -3e-7])
@pytest.mark.parametrize("how", ["level", "step", "growth"])
def test_a_gap_closed_by_gdp_is_closed_to_1e_9_not_to_the_slopes_rounding(how: str, target: float) -> None:
    """5% of CPB GDP less 22,500 of spending: the gap of 27,500 is `target` at a GDP of
    (22,500 + target) / 0.05, 450,000 for a closed gap. The row moves 0.05 per EUR mln of a GDP
    of a million: a line drawn through two GDPs one apart lands 2e-6 off (the case hypothesis
    found); the answer must land within 1e-9."""
    sweep = Sweep(load_scenario(Path("gap.toml"), GAP_SCENARIO.encode()))
    answer = solve(sweep, Goal("gap_n_nl", 2025, target, "gdp_cpb", how))  # type: ignore[arg-type]
    assert answer.reachable and answer.achieved is not None
    assert abs(answer.achieved - target) <= 1e-9
    assert answer.values[2025] == pytest.approx((22_500 + target) / 0.05, rel=1e-12)
    again = recomputed(sweep, answer)
    assert again is not None and abs(again - target) <= 1e-9


@pytest.mark.parametrize(
    ("row", "unit", "now", "expected"),
    [
        ("share_nato", "% of GDP", 2.06, 3.5),
        ("share_nl_excl", "% of GDP", 1.56, 2.0),
        ("share_nl_excl", "% of GDP", 1.998, 3.5),  # 2.00 as shown: the 2% norm is met
        ("share_nato", "% of GDP", 5.2, 5.2),
        ("gap_nato_2pct_nato", "EUR mln", 1234.5, 0.0),
        ("defence_total", "EUR mln", 20_298.6, 20_298.6),
    ],
)
def test_goal_seek_suggests_the_next_norm_or_a_closed_gap(
    row: str, unit: str, now: float, expected: float
) -> None:
    from core.solve import suggested_target

    assert suggested_target(row, unit, now, [2.0, 3.5, 5.0]) == expected
