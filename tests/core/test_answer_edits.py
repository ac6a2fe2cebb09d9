"""A goal seek's answer as edits of the session's own cells: in each cell's unit, one undo."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.engine import compute
from core.session import Session
from core.solve import Goal, answer_edits, solve
from core.sweep import Sweep
from tests.conftest import REPO


@pytest.fixture
def session(tmp_path: Path) -> Session:
    shutil.copytree(REPO / "scenarios", tmp_path / "scenarios")
    return Session.open(tmp_path / "scenarios" / "baseline.toml")


def test_an_answer_becomes_edits_in_the_files_unit_and_one_undo_takes_them_back(session: Session) -> None:
    answer = solve(
        Sweep(session.scenario()), Goal("share_nl_excl", 2030, 3.5, "defence_excl_ukraine", "step", 2028)
    )
    edits = answer_edits(session, answer)
    assert isinstance(edits, dict)
    # The baseline states spending as % of CPB GDP: the edits are shares, each the planned share
    # plus what the same euro amount is of that year's GDP (3.5 - 2.05 points of 2030's GDP).
    gdp = compute(session.scenario()).values("gdp_cpb")
    step = (3.5 - 2.05) / 100 * (gdp[-1] or 0)
    for year, planned in ((2028, 2.08), (2029, 2.09), (2030, 2.05)):
        assert edits["defence_excl_ukraine", year] == pytest.approx(
            planned + 100 * step / (gdp[year - 2024] or 1)
        )
    before = session.scenario()
    assert compute(session.preview(edits)).value("share_nl_excl", 2030) == pytest.approx(3.5)
    assert session.scenario() is before and not session.dirty  # a preview changes nothing
    session.apply_all(edits)
    assert compute(session.scenario()).value("share_nl_excl", 2030) == pytest.approx(3.5)
    assert session.undo() and not session.dirty


def test_an_answer_varying_gdp_is_the_edit_that_reaches_the_target(session: Session) -> None:
    # Goal seek varies CPB GDP as an edit of its cell does: the spending the baseline states as
    # shares of it moves with it. So the Dutch share does not depend on it at all, and NATO's
    # share does, and the answer written into the cell reaches the target.
    flat = solve(Sweep(session.scenario()), Goal("share_nl_excl", 2024, 2.0, "gdp_cpb"))
    assert not flat.reachable and "does not depend" in flat.reason
    answer = solve(Sweep(session.scenario()), Goal("share_nato", 2024, 2.02, "gdp_cpb"))
    edits = answer_edits(session, answer)
    assert isinstance(edits, dict)
    # 2.06 x (1.79% x GDP - 398.6) / 19,900 = 2.02: GDP = (19,900 x 2.02 / 2.06 + 398.6) / 0.0179
    assert edits["gdp_cpb", 2024] == pytest.approx((19_900 * 2.02 / 2.06 + 398.6) / 0.0179, rel=1e-4)
    assert compute(session.preview(edits)).value("share_nato", 2024) == pytest.approx(2.02)


def test_an_answer_on_a_cell_an_adjustment_computes_says_where_it_comes_from(session: Session) -> None:
    answer = solve(Sweep(session.scenario()), Goal("share_nato", 2024, 2.5, "gdp_oecd"))
    assert isinstance(answer_edits(session, answer), dict)  # OECD GDP 2024 is a plain cell
    answer = solve(Sweep(session.scenario()), Goal("gap_nl_law_2pct_nl", 2030, 0.0, "gdp_cpb"))
    refused = answer_edits(session, answer)
    assert isinstance(refused, str) and "[[adjust]]" in refused  # CPB GDP 2030 grows by a rule
