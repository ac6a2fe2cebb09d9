""" "What if GDP comes in 2% lower?": the grid's edit, sensitivity and goal seek give one answer.

The baseline states CPB GDP 2024 in euros (1,134,000 EUR mln), grows it by 3.938% into 2025 and
3.53% a year after, and states the Dutch spending as shares of it (1.56% excl. Ukraine and 0.23%
Ukraine support in 2024; 2.05% and 0.01% in 2030). NATO's 2024 share divides NATO's spending
(the Dutch 1.79% of GDP less 398.6, i.e. 20,298.6 - 398.6 = 19,900) by OECD GDP, which the file
states on its own (1,078,365), at the two deflators: 2.06%.

Edited in the grid, CPB GDP 2024 -2% takes the spending with it (the shares hold), so the Dutch
shares stay and NATO's falls to 2.06 x (1.79% x 1,111,320 - 398.6) / 19,900. Sensitivity and goal
seek must say the same, not "the euros stay" (which made the Dutch share move and NATO's not).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.engine import Result, compute
from core.entry import parse_entry
from core.sensitivity import sensitivity
from core.session import Session, Target
from core.solve import Goal, solve
from core.sweep import Sweep
from tests.conftest import REPO

GDP_2024 = 1_134_000.0
NATO_SPENDING_2024 = 0.0179 * GDP_2024 - 398.6  # 19,900
GDP_2030 = GDP_2024 * 1.03938 * 1.0353**5


def nato_share(gdp_factor: float, base: float) -> float:
    """NATO's 2024 share with CPB GDP 2024 times `gdp_factor`, as an edit makes it: the Dutch
    spending (1.79% of that GDP) moves, NATO's own part (-398.6), OECD GDP and deflators do not."""
    return base * (0.0179 * GDP_2024 * gdp_factor - 398.6) / NATO_SPENDING_2024


@pytest.fixture
def session(tmp_path: Path) -> Session:
    shutil.copytree(REPO / "scenarios", tmp_path / "scenarios")
    return Session.open(tmp_path / "scenarios" / "baseline.toml")


def edit_in_grid(session: Session, series: str, year: int, typed: str) -> Result:
    """Type `typed` (e.g. `-2%`) into the grid's cell of `series` in `year`, as the app does:
    the target as the grid shows it (EUR bn), the entry read against the value on screen."""
    shown = compute(session.scenario())
    target = session.target(series, year, shown)
    assert isinstance(target, Target)
    session.set(target, parse_entry(typed, target.value))
    return compute(session.scenario())


def test_sensitivity_of_gdp_is_what_the_grids_edit_of_gdp_gives(session: Session) -> None:
    before = compute(session.scenario())
    base = before.value("share_nato", 2024)
    assert base is not None and round(base, 2) == 2.06
    sweep = Sweep(session.scenario())
    nato = {e.series: e for e in sensitivity(sweep, "share_nato", 2024, by=2).effects}["gdp_cpb"]
    nl = {e.series: e for e in sensitivity(sweep, "share_nl_excl", 2030, by=2).effects}["gdp_cpb"]
    gap = {e.series: e for e in sensitivity(sweep, "gap_nl_law_2pct_nl", 2030, by=2).effects}["gdp_cpb"]
    edited = edit_in_grid(session, "gdp_cpb", 2024, "-2%")
    # NATO's share: 2.06 x (1.79% x 1,111,320 - 398.6) / 19,900 = 2.06 x 19,494.03 / 19,900 = 2.018
    assert nato.low == pytest.approx(nato_share(0.98, base), rel=1e-12)
    assert edited.value("share_nato", 2024) == pytest.approx(nato_share(0.98, base), rel=1e-12)
    assert nato.high == pytest.approx(nato_share(1.02, base), rel=1e-12)
    # The Dutch share is a share of this GDP: 2.05 in 2030 whatever GDP is, and sensitivity says so.
    assert nl.low == nl.high == pytest.approx(2.05) and not nl.moves
    assert edited.value("share_nl_excl", 2030) == pytest.approx(2.05)
    assert edited.value("share_nl_excl", 2024) == pytest.approx(1.56)
    # The gap to the Dutch 2% in 2030 is (2 - 2.05)% of 2030's GDP, grown from the edited 2024:
    # -0.05% x 1,134,000 x 0.98 x 1.03938 x 1.0353^5 = -686.9 (was -701.0).
    expected = -0.0005 * GDP_2030 * 0.98
    assert gap.low == pytest.approx(expected, rel=1e-9)
    assert edited.value("gap_nl_law_2pct_nl", 2030) == pytest.approx(expected, rel=1e-9)


def test_goal_seek_depends_on_gdp_where_the_edit_moves_the_row(session: Session) -> None:
    sweep = Sweep(session.scenario())
    before = compute(session.scenario())
    edited = edit_in_grid(session, "gdp_cpb", 2024, "-2%")
    # The edit moves NATO's share (2.06 -> 2.02) and not the Dutch one (1.56): goal seek agrees.
    assert edited.value("share_nato", 2024) != before.value("share_nato", 2024)
    assert edited.value("share_nl_excl", 2024) == before.value("share_nl_excl", 2024)
    nato = solve(sweep, Goal("share_nato", 2024, 2.02, "gdp_cpb"))
    assert nato.reachable, nato.reason
    # 2.06 x (1.79% x GDP - 398.6) / 19,900 = 2.02 at GDP = (19,900 x 2.02 / 2.06 + 398.6) / 0.0179
    base = before.value("share_nato", 2024)
    assert base is not None
    gdp = (NATO_SPENDING_2024 * 2.02 / base + 398.6) / 0.0179
    assert nato.values == {2024: pytest.approx(gdp, rel=1e-9)}
    assert abs(gdp - 1_112_413) < 1  # with NATO's 2.06 rounded: 1,112,413 EUR mln
    dutch = solve(sweep, Goal("share_nl_excl", 2024, 2.0, "gdp_cpb"))
    assert not dutch.reachable and "does not depend" in dutch.reason
