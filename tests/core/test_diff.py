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
