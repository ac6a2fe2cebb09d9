"""Inheritance and every adjustment operation against numbers worked out by hand."""

from __future__ import annotations

import pytest

from core.engine import compute
from core.model import Basis
from core.scenario import load_scenario
from tests.conftest import WriteScenario

PARENT = """
    schema = 1
    [scenario]
    name = "parent"
    years = [2024, 2027]
    [inputs.gdp_cpb]
    2024 = 100000
    2025 = 100000
    2026 = 100000
    2027 = 100000
    [inputs.defence_excl_ukraine]
    unit = "% of gdp_cpb"
    2024 = 1.5
    2025 = 1.5
    2026 = 1.5
    2027 = 1.5
"""


def _result(write: WriteScenario, child: str) -> object:
    write(PARENT, "parent.toml")
    head = 'schema = 1\n[scenario]\nname = "child"\nextends = "parent.toml"\n'
    return compute(load_scenario(write(head + child, "child.toml")))


@pytest.mark.parametrize(
    ("adjust", "series", "expected", "adjusted"),
    [
        # set: the value in each year of the range
        (
            'series = "gdp_cpb"\nfrom = 2026\nset = 120000\n',
            "gdp_cpb",
            [100000, 100000, 120000, 120000],
            [2026, 2027],
        ),
        # add: plus the value
        (
            'series = "gdp_cpb"\nfrom = 2025\nto = 2025\nadd = 5000\n',
            "gdp_cpb",
            [100000, 105000, 100000, 100000],
            [2025],
        ),
        # scale: times the factor
        (
            'series = "gdp_cpb"\nfrom = 2026\nscale = 0.97\n',
            "gdp_cpb",
            [100000, 100000, 97000, 97000],
            [2026, 2027],
        ),
        # growth: previous year times 1.1, compounding: 110,000; 121,000; 133,100
        (
            'series = "gdp_cpb"\nfrom = 2025\ngrowth = 10\n',
            "gdp_cpb",
            [100000, 110000, 121000, 133100],
            [2025, 2026, 2027],
        ),
        # floor_share: at least 2% of GDP (2,000) where spending is 1,500
        (
            'series = "defence_excl_ukraine"\nfrom = 2026\nfloor_share = 2\n',
            "defence_excl_ukraine",
            [1500, 1500, 2000, 2000],
            [2026, 2027],
        ),
    ],
    ids=["set", "add", "scale", "growth", "floor_share"],
)
def test_each_operation(
    write_scenario: WriteScenario, adjust: str, series: str, expected: list[float], adjusted: list[int]
) -> None:
    result = _result(write_scenario, "[[adjust]]\n" + adjust)
    assert result.values(series) == pytest.approx(expected)  # type: ignore[attr-defined]
    marked = [y for y in range(2024, 2028) if Basis.ADJUSTED in result.basis(series, y)]  # type: ignore[attr-defined]
    assert marked == adjusted


def test_adjustments_apply_in_file_order_parent_first(write_scenario: WriteScenario) -> None:
    write_scenario(PARENT + '[[adjust]]\nseries = "gdp_cpb"\nscale = 2\n', "parent.toml")
    child = 'schema = 1\n[scenario]\nname = "c"\nextends = "parent.toml"\n'
    child += '[[adjust]]\nseries = "gdp_cpb"\nadd = 1000\n[[adjust]]\nseries = "gdp_cpb"\nscale = 0.5\n'
    result = compute(load_scenario(write_scenario(child, "child.toml")))
    # (100,000 x 2 + 1,000) x 0.5 = 100,500; the other order would give 101,000 or 200,500
    assert result.values("gdp_cpb") == pytest.approx([100500] * 4)


def test_floor_share_uses_gdp_as_adjusted_so_far(write_scenario: WriteScenario) -> None:
    child = '[[adjust]]\nseries = "gdp_cpb"\nscale = 1.5\n'
    child += '[[adjust]]\nseries = "defence_excl_ukraine"\nfloor_share = 2\n'
    res = _result(write_scenario, child)
    # GDP 150,000; spending 1.5% of the parent's 100,000 = 1,500 in euros; floor 2% x 150,000 = 3,000
    assert res.values("defence_excl_ukraine") == pytest.approx([3000] * 4)  # type: ignore[attr-defined]


def test_a_child_overrides_its_parent_year_by_year(write_scenario: WriteScenario) -> None:
    child = '[inputs.defence_excl_ukraine]\nunit = "EUR mln"\n2026 = 2500\n'
    result = _result(write_scenario, child)
    # 2026 is the child's euro figure; the other years are the parent's 1.5% of 100,000
    assert result.values("defence_excl_ukraine") == pytest.approx([1500, 1500, 2500, 1500])  # type: ignore[attr-defined]
    assert result.values("share_nl_excl") == pytest.approx([1.5, 1.5, 2.5, 1.5])  # type: ignore[attr-defined]


def test_a_child_inherits_years_and_may_extend_them(write_scenario: WriteScenario) -> None:
    child = "[inputs.gdp_cpb]\n2028 = 110000\n[inputs.defence_excl_ukraine]\n2028 = 2200\n"
    write_scenario(PARENT, "parent.toml")
    head = 'schema = 1\n[scenario]\nname = "c"\nextends = "parent.toml"\nyears = [2024, 2028]\n'
    result = compute(load_scenario(write_scenario(head + child, "child.toml")))
    assert result.years == [2024, 2025, 2026, 2027, 2028]
    assert result.value("share_nl_excl", 2028) == pytest.approx(2.0)


def test_a_gdp_shock_in_a_child_leaves_the_parents_euros_alone(write_scenario: WriteScenario) -> None:
    result = _result(write_scenario, '[[adjust]]\nseries = "gdp_cpb"\nfrom = 2026\nscale = 0.5\n')
    # the parent's 1.5% of its own GDP is EUR 1,500 mln; at half the GDP that is 3% of it
    assert result.values("defence_excl_ukraine") == pytest.approx([1500] * 4)  # type: ignore[attr-defined]
    assert result.values("share_nl_excl") == pytest.approx([1.5, 1.5, 3.0, 3.0])  # type: ignore[attr-defined]


def test_observed_figures_belong_to_the_file_that_states_them(write_scenario: WriteScenario) -> None:
    write_scenario(PARENT + "[observed.share_nl_excl]\n2026 = 1.50\n", "parent.toml")
    child = 'schema = 1\n[scenario]\nname = "c"\nextends = "parent.toml"\n'
    child += '[[adjust]]\nseries = "gdp_cpb"\nscale = 0.5\n'
    scenario = load_scenario(write_scenario(child, "child.toml"))
    assert scenario.observed == {}
