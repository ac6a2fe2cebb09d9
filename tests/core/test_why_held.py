""" "What if GDP comes in 2% lower?" asked of the baseline: the Dutch shares stay, and the app
says why (spending is stated as a share of CPB GDP) and how to ask the other question, with the
figures of the two results, worked out here by hand."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from core.engine import Result, compute
from core.model import Cell
from core.scenario import load_scenario
from core.session import Session
from core.why_held import shares_held
from tests.conftest import BASELINE


def with_gdp_2024(value: float) -> Result:
    scenario = load_scenario(BASELINE)
    cells = dict(scenario.inputs["gdp_cpb"])
    cells[2024] = replace(cells[2024], value=value)
    return compute(replace(scenario, inputs={**scenario.inputs, "gdp_cpb": cells}))


def test_gdp_two_percent_lower_says_the_shares_stay_and_why() -> None:
    before = compute(load_scenario(BASELINE))
    after = with_gdp_2024(1134000 * 0.98)  # 1,111,320
    said = shares_held(before, after)
    assert said is not None
    # GDP 2024: 1,134.0 bn -> 1,111.3 bn; spending 1.56% of it: 17,690.4 -> 17,336.6 mln
    assert "GDP 2024: EUR 1,134.0 bn -> EUR 1,111.3 bn (-2.0%)" in said
    assert "the Dutch share stays 1.56%" in said
    assert "as a share of CPB GDP (baseline.toml:" in said
    assert "(EUR 17.7 bn -> EUR 17.3 bn)" in said
    # the other question, as a file the engine answers (test below)
    assert 'series = "gdp_cpb", from = 2024, scale = 0.98' in said


def test_the_file_it_suggests_keeps_the_euros_and_moves_the_shares(tmp_path: Path) -> None:
    (tmp_path / "baseline.toml").write_bytes(BASELINE.read_bytes())
    child = tmp_path / "gdp-2pct.toml"
    child.write_text(
        'schema = 1\n[scenario]\nname = "GDP 2% lower, euros fixed"\nextends = "baseline.toml"\n'
        '[[adjust]]\nseries = "gdp_cpb"\nfrom = 2024\nscale = 0.98\n'
    )
    result = compute(load_scenario(child))
    # spending stays 1.56% of the parent's 1,134,000 = 17,690.4; the share is 1.56 / 0.98
    spent, share = result.value("defence_excl_ukraine", 2024), result.value("share_nl_excl", 2024)
    assert spent is not None and abs(spent - 17690.4) < 1e-6
    assert share is not None and abs(share - 1.56 / 0.98) < 1e-9  # 1.5918...


def test_nothing_said_when_the_shares_move_or_gdp_does_not() -> None:
    before = compute(load_scenario(BASELINE))
    assert shares_held(before, before) is None
    scenario = load_scenario(BASELINE)
    spending = dict(scenario.inputs["defence_excl_ukraine"])
    spending[2026] = replace(spending[2026], value=2.2)
    moved = compute(replace(scenario, inputs={**scenario.inputs, "defence_excl_ukraine": spending}))
    assert shares_held(before, moved) is None


def test_spending_in_euros_holds_no_such_note() -> None:
    """Where the file states spending in EUR mln, GDP lower moves the share: nothing to explain."""
    scenario = load_scenario(BASELINE)
    gdp_2024 = scenario.inputs["gdp_cpb"][2024]
    euros = {
        year: Cell(20000.0, gdp_2024.unit, "actual", None, cell.origin)
        for year, cell in scenario.inputs["defence_excl_ukraine"].items()
    }
    fixed = replace(scenario, inputs={**scenario.inputs, "defence_excl_ukraine": euros})
    before = compute(fixed)
    cells = dict(fixed.inputs["gdp_cpb"])
    cells[2024] = replace(cells[2024], value=1111320.0)
    after = compute(replace(fixed, inputs={**fixed.inputs, "gdp_cpb": cells}))
    assert after.value("share_nl_excl", 2024) != before.value("share_nl_excl", 2024)
    assert shares_held(before, after) is None


def test_the_growth_prompt_says_minus_two_percent_is_of_the_rate() -> None:
    session = Session.open(BASELINE)
    target = session.target("growth:gdp_cpb", 2026)
    assert not isinstance(target, str)
    # 3.53 x 0.98 = 3.4594: the rate, not GDP; GDP's level is 2024's input
    assert "-2% makes 3.53 into 3.46, it does not lower GDP by 2%" in target.describe()
    assert "type -2% on GDP 2024" in target.describe()
