"""The sweep engine: many variants in one pass, each the same as computing that what-if alone."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from core.engine import compute
from core.scenario import load_scenario
from core.sweep import Axis, Sweep, grid, what_if
from tests.conftest import BASELINE, REPO, WriteScenario

SCENARIOS = sorted((REPO / "scenarios").glob("*.toml"))


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-9)


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_a_variant_with_no_change_is_the_scenario_exactly(path: Path) -> None:
    scenario = load_scenario(path)
    sweep = Sweep(scenario)
    frame = sweep.run(3, {})
    result = compute(scenario)
    for row in sweep.row_ids:
        ours = frame.get_column(row).to_list()
        theirs = result.frame.get_column(row).to_list() * 3
        assert ours == theirs or all(_same(a, b) for a, b in zip(ours, theirs, strict=True)), row


@pytest.mark.parametrize("name", ["baseline", "hague-2035", "nato-method", "no-ukraine-after-2026"])
@pytest.mark.parametrize(
    "series", ["gdp_cpb", "gdp_oecd", "defence_excl_ukraine", "ukraine_military", "deflator_gdp"]
)
def test_each_variant_equals_computing_its_what_if_child(name: str, series: str) -> None:
    scenario = load_scenario(REPO / "scenarios" / f"{name}.toml")
    sweep = Sweep(scenario)
    first, last = scenario.years[0], scenario.years[-1]
    size = sweep.base_value(series, first) or 1000.0
    variants = [(size * 0.8, size * 1.3), (size * 1.1, size * 0.5)]
    cells = {(series, first): [a for a, _ in variants], (series, last): [b for _, b in variants]}
    frame = sweep.run(2, cells)
    for v, (a, b) in enumerate(variants):
        result = compute(what_if(scenario, {(series, first): a, (series, last): b}))
        mine = frame.filter(frame["variant"] == v)
        for row in sweep.row_ids:
            ours, theirs = mine.get_column(row).to_list(), result.frame.get_column(row).to_list()
            assert all(_same(x, y) for x, y in zip(ours, theirs, strict=True)), (v, row, ours, theirs)


def test_the_path_of_each_variant_starts_from_its_own_first_year() -> None:
    scenario = load_scenario(REPO / "scenarios" / "hague-2035.toml")
    sweep = Sweep(scenario)
    spending = sweep.base_value("defence_excl_ukraine", 2024)
    assert spending is not None
    one_point = 0.01 * 1_078_365 * 119.3407 / 133.2197176  # 1% of NATO's GDP, at defence prices
    frame = sweep.run(2, {("defence_excl_ukraine", 2024): [math.nan, spending + one_point]})
    paths = [
        frame.filter((frame["variant"] == v) & (frame["year"] == 2030))["path_hague_core_3_5"].item()
        for v in (0, 1)
    ]
    # One point more in 2024: the path starts at 3.06, not 2.06, and 2030 lies 6/11 of the way
    # from the start to 3.5.
    assert paths[0] == pytest.approx(2.06 + (3.5 - 2.06) * 6 / 11, rel=1e-8)
    assert paths[1] == pytest.approx(3.06 + (3.5 - 3.06) * 6 / 11, rel=1e-8)


def test_oecd_gdp_left_to_its_default_follows_cpb_gdp(write_scenario: WriteScenario) -> None:
    path = write_scenario(
        """
        schema = 1
        [scenario]
        name = "no OECD GDP"
        years = [2024, 2025]
        [inputs.gdp_cpb]
        2024 = 1000.0
        2025 = 1000.0
        [inputs.defence_excl_ukraine]
        2024 = 20.0
        2025 = 20.0
        """
    )
    sweep = Sweep(load_scenario(path))
    (share,) = sweep.cell(1, {("gdp_cpb", 2025): [800.0]}, "share_nato", 2025)
    assert share == pytest.approx(2.5, rel=1e-12)  # 100 * 20 / 800: OECD GDP moved with CPB's


def test_a_variant_keeps_spending_a_floor_rule_lifted_final() -> None:
    """The one place a variant differs from a child file, on purpose (see core/sweep.py)."""
    scenario = load_scenario(REPO / "scenarios" / "gdp-shock-pegged.toml")
    sweep = Sweep(scenario)
    gdp = sweep.base_value("gdp_cpb", 2030)
    assert gdp is not None
    frame = sweep.run(1, {("gdp_cpb", 2030): [gdp * 1.5]}, ["defence_excl_ukraine", "share_nl_excl"])
    row = frame.filter(frame["year"] == 2030)
    assert row["defence_excl_ukraine"].item() == sweep.base_value("defence_excl_ukraine", 2030)
    assert row["share_nl_excl"].item() == pytest.approx(
        100 * row["defence_excl_ukraine"].item() / (gdp * 1.5), rel=1e-12
    )


def test_a_grid_is_every_combination_with_the_last_axis_fastest() -> None:
    n, cells = grid([Axis("gdp_cpb", 2024, 1.0, 3.0, 3), Axis("deflator_gdp", 2025, 10.0, 20.0, 2)])
    assert n == 6
    assert cells["gdp_cpb", 2024] == [1.0, 1.0, 2.0, 2.0, 3.0, 3.0]
    assert cells["deflator_gdp", 2025] == [10.0, 20.0, 10.0, 20.0, 10.0, 20.0]
    assert Axis("gdp_cpb", 2024, 0.0, 1.0, 1).values() == [0.0]
    assert Axis("gdp_cpb", 2024, 0.1, 0.7, 7).values()[-1] == 0.7  # the end is exact, not summed up


def test_ten_thousand_variants_give_every_measure_in_every_year() -> None:
    sweep = Sweep(load_scenario(BASELINE))
    n, cells = grid(
        [
            Axis("defence_excl_ukraine", 2030, 20_000.0, 60_000.0, 100),
            Axis("gdp_oecd", 2024, 1_000_000.0, 1_200_000.0, 100),
        ]
    )
    frame = sweep.run(n, cells)
    assert frame.height == 10_000 * 7
    assert set(sweep.row_ids) <= set(frame.columns)
    last = frame.filter((frame["variant"] == n - 1) & (frame["year"] == 2030))
    assert last["share_nl_excl"].item() == pytest.approx(100 * 60_000 / sweep.base_value("gdp_cpb", 2030))
    first = frame.filter((frame["variant"] == n - 1) & (frame["year"] == 2024))
    # NATO's spending 19,900 at defence prices over 1,200,000 of GDP at GDP prices.
    expected = 100 * (19_900 / 119.3407) / (1_200_000 / 133.2197176)
    assert first["share_nato"].item() == pytest.approx(expected, rel=1e-12)
