"""What-if edits in core: Dutch shares set as shares of GDP, growth edited as growth, saved
honestly (marked as what-ifs, comments kept) and saved as a child that means what was shown."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from core.diff import changed_cells
from core.engine import Result, compute
from core.model import Basis
from core.norms import verdict
from core.scenario import load_scenario
from core.session import Session, Target, growth_row
from core.whatif import runs
from tests.conftest import REPO
from tui.cli import main

TODAY = dt.date(2026, 11, 29)
# The baseline's CPB GDP: 1,134,000 in 2024, +3.938% in 2025 and +3.53% a year from 2026.
GDP_2025 = 1_134_000 * 1.03938  # 1,178,656.92


@pytest.fixture
def baseline(tmp_path: Path) -> Path:
    folder = tmp_path / "scenarios"
    shutil.copytree(REPO / "scenarios", folder)
    return folder / "baseline.toml"


def edit(session: Session, row: str, year: int, typed: float, scope: str = "year") -> Result:
    target = session.target(row, year, compute(session.scenario()))
    assert isinstance(target, Target), target
    session.set(target, typed, scope)  # type: ignore[arg-type]
    return compute(session.scenario())


def test_a_dutch_share_sets_spending_as_a_share_of_cpb_gdp(baseline: Path) -> None:
    session = Session.open(baseline)
    result = edit(session, "share_nl_excl", 2026, 2.2)
    # The file states spending as % of CPB GDP, so the edit is that share itself: 2.2.
    assert session.edits.values == {("defence_excl_ukraine", 2026): 2.2}
    # incl. = excl. + Ukraine support's 0.21% of GDP (Table 1: 2.21 - 2.00) = 2.41
    assert result.value("share_nl_incl", 2026) == pytest.approx(2.41)
    # GDP 2026 = 1,178,656.92 x 1.0353 = 1,220,263.51; the 3.5% norm by the Dutch rule is short
    # (3.5 - 2.2)% of it = 0.013 x 1,220,263.51 = 15,863.43 mln; the Dutch law's 2% is met.
    gdp_2026 = GDP_2025 * 1.0353
    assert result.value("gap_capability_3_5_nl", 2026) == pytest.approx(0.013 * gdp_2026)
    statuses = {s.norm.id: s for s in verdict(result, 2026).norms}
    assert statuses["nl_law_2pct"].met
    assert statuses["nl_law_2pct"].shortfall_pp == pytest.approx(-0.2)
    # an edit is a what-if: marked w, not a: it rests on no source
    assert Basis.ADJUSTED in result.basis("share_nl_excl", 2026)


def test_the_incl_row_holds_ukraine_support(baseline: Path) -> None:
    session = Session.open(baseline)
    target = session.target("share_nl_incl", 2026, compute(session.disk))
    assert isinstance(target, Target) and "Ukraine support held at 0.21%" in target.held
    result = edit(session, "share_nl_incl", 2026, 2.5)
    # 2.5% incl. less Ukraine's 0.21% = 2.29% excl.; Ukraine support itself does not move
    assert session.edits.values[("defence_excl_ukraine", 2026)] == pytest.approx(2.29)
    assert result.value("share_nl_excl", 2026) == pytest.approx(2.29)
    assert result.value("share_nl_incl", 2026) == pytest.approx(2.5)
    assert result.value("ukraine_military", 2026) == pytest.approx(
        compute(session.disk).value("ukraine_military", 2026)
    )


def test_a_computed_row_says_why_and_what_to_edit(baseline: Path) -> None:
    session = Session.open(baseline)
    why = session.target("share_nato", 2024, compute(session.disk))
    assert isinstance(why, str)
    assert "computed" in why and "NATO def. extra" in why and "GDP, OECD" in why
    assert "nato_definition_adjustment" not in why.split("instead")[1]  # labels, as the grid names rows


def test_growth_one_point_less_from_2026_moves_levels_and_euro_gaps(baseline: Path) -> None:
    session = Session.open(baseline)
    before = compute(session.disk)
    target = session.target(growth_row("gdp_cpb"), 2026, before)
    assert (
        isinstance(target, Target) and target.value == 3.53 and target.after == (2026, 2027, 2028, 2029, 2030)
    )
    result = edit(session, growth_row("gdp_cpb"), 2026, 2.53, "after")
    # 2026 = 1,178,656.92 x 1.0253 = 1,208,476.94; 2027 = x 1.0253 again = 1,239,051.41
    assert result.value("gdp_cpb", 2025) == pytest.approx(GDP_2025)
    assert result.value("gdp_cpb", 2026) == pytest.approx(GDP_2025 * 1.0253)
    assert result.value("gdp_cpb", 2027) == pytest.approx(GDP_2025 * 1.0253**2)
    assert result.value("gdp_cpb", 2030) == pytest.approx(GDP_2025 * 1.0253**5)
    # Shares of GDP hold (the file states them as shares); euro amounts follow GDP. The 3.5%
    # norm's Dutch-rule gap in 2026: (3.5 - 2.00)% x 1,208,476.94 = 18,127.15 mln, was
    # 1.5% x 1,220,263.51 = 18,303.95.
    assert result.value("share_nl_excl", 2026) == pytest.approx(2.0)
    assert result.value("gap_capability_3_5_nl", 2026) == pytest.approx(0.015 * GDP_2025 * 1.0253)
    assert before.value("gap_capability_3_5_nl", 2026) == pytest.approx(0.015 * GDP_2025 * 1.0353)


def test_edits_are_counted_as_made_and_undo_and_redo_take_the_count_along(baseline: Path) -> None:
    """A growth rate for 2026 and after changes five cells in one edit; a goal seek's answer
    over two years is one edit too. Undo and redo move the count with the edits; a save ends it."""
    session = Session.open(baseline)
    edit(session, growth_row("gdp_cpb"), 2026, 2.53, "after")
    assert sum(len(years) for years in session.edits.growth.values()) == 5 and session.count == 1
    session.apply_all({("ukraine_military", 2027): 0.2, ("ukraine_military", 2028): 0.2})
    assert session.count == 2
    assert session.undo() and session.count == 1
    assert session.undo() and session.count == 0 and not session.dirty
    assert session.redo() and session.count == 1
    session.save(today=TODAY)
    assert session.count == 0


def test_growth_this_year_only_keeps_the_later_rates(baseline: Path) -> None:
    session = Session.open(baseline)
    result = edit(session, growth_row("gdp_cpb"), 2027, 2.53, "year")
    g2026 = GDP_2025 * 1.0353
    assert result.value("gdp_cpb", 2026) == pytest.approx(g2026)
    assert result.value("gdp_cpb", 2027) == pytest.approx(g2026 * 1.0253)
    assert result.value("gdp_cpb", 2028) == pytest.approx(g2026 * 1.0253 * 1.0353)


def test_growth_saved_as_adjust_values_with_every_comment_kept(baseline: Path) -> None:
    original = baseline.read_text(encoding="utf-8")
    session = Session.open(baseline)
    shown = edit(session, growth_row("gdp_cpb"), 2027, 2.53, "year")
    session.save(today=TODAY)
    text = baseline.read_text(encoding="utf-8")
    comments = [line for line in original.splitlines() if line.lstrip().startswith("#")]
    assert [line for line in text.splitlines() if line.lstrip().startswith("#")] == comments
    # The 2026+ entry is split into 2026 / 2027 / 2028-2030; only 2027 is a what-if, and it no
    # longer cites CPB as its source (its old note is kept after "Was:").
    data = load_scenario(baseline)
    growth = [(a.start, a.end, a.value, a.source) for a in data.adjustments if a.series == "gdp_cpb"]
    assert growth == [
        (2025, 2025, 3.938, "cpb_cep_2025"),
        (2026, 2026, 3.53, "cpb_cep_2025"),
        (2027, 2027, 2.53, None),
        (2028, 2030, 3.53, "cpb_cep_2025"),
    ]
    what_if = next(a for a in data.adjustments if a.start == 2027)
    assert what_if.note is not None
    assert what_if.note.startswith(
        "What-if of 2026-11-29: growth 2.53 in place of 3.53 (cpb_cep_2025). Was: "
    )
    # the Dutch twin said the note replaced: it says the new one, then the old one's Dutch;
    # the runs around the edit keep their note and its Dutch
    assert what_if.note_nl == (
        "Wat-als van 29 november 2026: groei 2,53 in plaats van 3,53 (cpb_cep_2025). Eerder:"
        " Nominale groei: de reële groei van 1,5% voor 2026 volgens het CPB, aangenomen tot en met"
        " 2030, met prijzen +2,0%: 1,015 x 1,02 - 1."
    )
    kept = [a for a in data.adjustments if a.series == "gdp_cpb" and a.start in (2026, 2028)]
    assert all(a.note_nl and a.said_note("nl") == a.note_nl for a in kept)
    saved = compute(data)
    assert saved.values("gdp_cpb") == pytest.approx(shown.values("gdp_cpb"))
    assert not session.dirty


def test_a_saved_value_is_a_what_if_not_the_tables_source(baseline: Path) -> None:
    session = Session.open(baseline)
    edit(session, "share_nl_excl", 2026, 2.2)
    session.save(today=TODAY)
    assert 'what_if = {2026 = "What-if of 2026-11-29: 2.2 in place of 2 (table1)"}' in baseline.read_text()
    cell = load_scenario(baseline).inputs["defence_excl_ukraine"][2026]
    assert (cell.value, cell.status, cell.source) == (2.2, "what-if", None)
    assert cell.said_note("nl") == "Wat-als van 29 november 2026: 2,2 in plaats van 2 (table1)"
    assert load_scenario(baseline).inputs["defence_excl_ukraine"][2027].source == "table1"


def test_an_edit_that_misses_the_files_published_figures_is_found_before_saving(baseline: Path) -> None:
    session = Session.open(baseline)
    disk = compute(session.disk)
    edited = edit(session, "share_nl_excl", 2026, 2.2)
    missed = session.would_miss(disk, edited)
    assert {(c.id, c.year) for c in missed} == {("share_nl_excl", 2026), ("share_nl_incl", 2026)}
    assert session.would_miss(disk, disk) == []


def test_save_as_writes_a_child_that_means_what_was_shown(
    baseline: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parent_bytes = baseline.read_bytes()
    session = Session.open(baseline)
    disk = compute(session.disk)
    edit(session, "share_nl_excl", 2026, 2.2)
    shown = edit(session, growth_row("gdp_cpb"), 2026, 2.53, "after")
    child = session.save_as("GDP a point lower", "CPB's growth less one point from 2026", today=TODAY)
    assert baseline.read_bytes() == parent_bytes
    assert child.path == baseline.parent / "gdp-a-point-lower.toml"
    assert child.disk.name == "GDP a point lower" and child.disk.chain[1] == baseline
    # It holds only the edits: no copy of the parent's sources, norms or published figures.
    text = child.path.read_text()
    assert "[sources" not in text and "[norms" not in text and "[observed" not in text
    assert 'extends = "baseline.toml"' in text
    # Every number the user saw, the child gives (full precision, every row and year).
    loaded = compute(child.disk)
    for row in shown.rows:
        assert loaded.values(row.id) == pytest.approx(shown.values(row.id), nan_ok=True), row.id
    # `navotop check` passes on it; `navotop diff` against the parent shows exactly the edits.
    assert main(["check", str(child.path)]) == 0
    capsys.readouterr()
    assert main(["diff", str(baseline), str(child.path), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    from_diff = {
        (r["id"], int(year))
        for r in rows
        for year, d in r["delta"].items()
        if d is not None and abs(d) > 1e-9
    }
    assert from_diff == changed_cells(disk, shown)
    assert ("gdp_cpb", 2026) in from_diff and ("share_nl_excl", 2026) in from_diff
    assert ("share_nl_excl", 2027) not in from_diff  # shares of GDP hold under the GDP what-if


def test_a_read_only_scenario_is_never_written(
    baseline: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    baseline.chmod(0o444)
    baseline.parent.chmod(0o555)
    try:
        session = Session.open(baseline)
        assert not session.writable
        edit(session, "share_nl_excl", 2026, 2.2)
        work = tmp_path / "work"
        work.mkdir()
        monkeypatch.chdir(work)
        child = session.save_as("Mine", today=TODAY)
        assert child.path == work / "mine.toml" and child.disk.chain[1].resolve() == baseline
        assert compute(child.disk).value("share_nl_excl", 2026) == pytest.approx(2.2)
    finally:
        baseline.parent.chmod(0o755)
        baseline.chmod(0o644)


def test_runs_group_consecutive_equal_years() -> None:
    assert runs({2026: 3.53, 2027: 2.53, 2028: 3.53, 2029: 3.53}) == [
        (2026, 2026, 3.53),
        (2027, 2027, 2.53),
        (2028, 2029, 3.53),
    ]


@pytest.mark.parametrize(
    ("scenario", "edits"),
    [
        ("baseline", [("gdp_cpb", 2024, 1_100_000.0, "year")]),
        ("baseline", [("ukraine_military", 2025, 0.5, "year"), (growth_row("gdp_cpb"), 2025, 2.0, "year")]),
        ("baseline", [(growth_row("gdp_cpb"), 2028, 1.0, "after"), ("share_nl_incl", 2029, 2.4, "year")]),
        ("hague-2035", [(growth_row("gdp_cpb"), 2032, 2.0, "after"), ("share_nl_excl", 2033, 3.5, "year")]),
        ("no-ukraine-after-2026", [("share_nl_excl", 2028, 2.5, "year")]),
    ],
)
def test_a_saved_what_if_child_gives_every_number_the_session_showed(
    baseline: Path, scenario: str, edits: list[tuple[str, int, float, str]]
) -> None:
    session = Session.open(baseline.parent / f"{scenario}.toml")
    shown = compute(session.scenario())
    for row, year, value, scope in edits:
        shown = edit(session, row, year, value, scope)
    child = compute(session.save_as("what if", today=TODAY).disk)
    for row in shown.rows:
        assert child.values(row.id) == pytest.approx(shown.values(row.id), nan_ok=True), row.id
    # and saved into the file itself, the same numbers again
    session.save(today=TODAY)
    saved = compute(load_scenario(session.path))
    for row in shown.rows:
        assert saved.values(row.id) == pytest.approx(shown.values(row.id), nan_ok=True), row.id
