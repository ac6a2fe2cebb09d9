"""Comparing results: what a compare view and the edit marks rest on."""

from __future__ import annotations

import pytest

from core.diff import changed_cells, diff
from core.engine import compute
from core.scenario import load_scenario
from core.session import Session
from tests.conftest import BASELINE, REPO


def test_an_edit_marks_exactly_the_cells_it_moves() -> None:
    before = compute(load_scenario(BASELINE))
    session = Session.open(BASELINE)
    session.apply("defence_excl_ukraine", 2026, 2.5)  # Table 1's 2.00% -> 2.50% of GDP
    after = compute(session.scenario())
    # GDP is untouched, so only spending, its shares and the Dutch-rule gaps move, only in 2026
    # (NATO's figures are unknown after 2024, so they stay unknown).
    assert changed_cells(before, after) == {
        ("defence_excl_ukraine", 2026),
        ("defence_total", 2026),
        ("share_nl_excl", 2026),
        ("share_nl_incl", 2026),
        ("gap_nato_2pct_nl", 2026),
        ("gap_nl_law_2pct_nl", 2026),
        ("gap_capability_3_5_nl", 2026),
    }
    assert changed_cells(before, before) == set()


def test_diff_over_the_shared_years_with_rows_only_one_side_has() -> None:
    base = compute(load_scenario(BASELINE))  # 2024-2030, three norms
    other = compute(load_scenario(REPO / "scenarios" / "hague-2035.toml"))  # to 2035, the Hague norms
    result = diff(base, other)
    assert result.years == list(range(2024, 2031))
    rows = {d.row.id: d for d in result.rows}
    hague = rows["gap_hague_core_3_5_nl"]  # a norm the baseline does not set: its side is unknown
    assert hague.base == [None] * 7 and hague.delta == [None] * 7 and hague.other[0] is not None
    nato = rows["share_nato"]  # NATO's 2.06 for 2024 in both; the Hague file goes on past 2024
    assert nato.delta[0] == pytest.approx(0.0) and nato.base[2] is None and nato.other[2] is not None
    assert "gdp_cpb" not in rows  # the same in both files


def test_the_grid_and_navotop_diff_agree_on_which_cells_a_comparison_changes() -> None:
    """The grid's comparison marks a cell by `deltas` (a visible difference) or `one_sided`
    (known in one scenario only); `navotop diff` keeps a row when some year changed in either
    way. Both must name the same cells, unknown-against-known included."""
    from core.table import compared_cell, deltas, layout, one_sided

    base = compute(load_scenario(BASELINE))
    hague = compute(load_scenario(REPO / "scenarios" / "hague-2035.toml"))
    this, other = layout(base), layout(hague)
    marked = set(deltas(this, other, verdicts_as_shown=True)) | set(one_sided(this, other))
    assert ("share_nato", 2025) in one_sided(this, other)  # unknown here, 2.53 there
    assert one_sided(this, other)["share_nato", 2025] == pytest.approx(2.53, abs=0.005)
    assert compared_cell(this, other, "share_nato", 2024) is None  # 2.06 in both
    assert compared_cell(this, other, "share_nato", 2025) == (
        None,
        one_sided(this, other)["share_nato", 2025],
    )
    changed_rows = {d.row.id for d in diff(base, hague).rows}
    shared = set(this.years) & set(other.years)
    computed = {r.id for r in base.rows}  # the layout adds verdict rows, which diff has not
    assert {row for row, year in marked if year in shared and row in computed} <= changed_rows
    assert all(compared_cell(this, other, row, year) is not None for row, year in marked)
