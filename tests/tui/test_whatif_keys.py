"""What-ifs as people ask them, driven with the keys alone and checked against numbers worked
out by hand: a Dutch share set directly, GDP growth a point lower, save and save-as, folding,
comparing without noise, exporting the whole table and jumping back."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from core.scenario import load_scenario
from tests.tui.conftest import MakeApp, settle
from tui.app import NavotopApp
from tui.cli import main
from tui.screens.dialogs import Choice, PickScenario
from tui.screens.save_as import SaveAsWhatIf
from tui.widgets.calc_grid import CalcGrid
from tui.widgets.calc_table import CalcPane

SIZE = (120, 40)
TODAY = dt.date.today().isoformat()
# The baseline's CPB GDP (EUR mln): 1,134,000 in 2024; x 1.03938 = 1,178,656.92 in 2025;
# x 1.0353 = 1,220,263.51 in 2026.


def cell(app: NavotopApp, row: str, year: int) -> str:
    """The cell as the user reads it (marks padded into columns; one space here)."""
    return " ".join(app.query_one(CalcGrid).cell_text(row, str(year)).split())


def detail(app: NavotopApp) -> str:
    return str(app.query_one("#detail", Static).render())


async def type_into(pilot: Pilot[None], row: str, year: int, text: str) -> None:
    app = pilot.app
    assert isinstance(app, NavotopApp)
    await pilot.press("3")
    app.query_one(CalcPane).go_to(row, year)
    await settle(pilot)
    await pilot.press("e", "ctrl+u", *text, "enter")
    await settle(pilot)


async def test_e_on_a_computed_row_says_why_and_dutch_excl_2026_set_to_2_2_moves_incl_and_the_verdicts(
    new_app: MakeApp,
) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # `e` on a computed row says why and never jumps (and changes nothing)
        await pilot.press("3")
        app.query_one(CalcPane).go_to("share_nato", 2024)
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.focused, CalcGrid)  # still here: nothing jumped
        assert "Not editable" in detail(app) and "NATO def. extra" in detail(app)
        assert not app.session.dirty
        # Dutch excl. 2026 set to 2.2 moves incl. and the verdicts
        await type_into(pilot, "share_nl_excl", 2026, "2,2")
        # The file states spending as % of CPB GDP: the edit sets that share to 2.2 itself.
        assert app.session.edits.values == {("defence_excl_ukraine", 2026): 2.2}
        # incl. = 2.2 + Ukraine support's 0.21% (Table 1: 2.21 - 2.00) = 2.41
        assert cell(app, "share_nl_excl", 2026) == "!*2.20 w"
        assert cell(app, "share_nl_incl", 2026) == "!*2.41 ew"
        # Dutch law, 2% excl. Ukraine: 2.2 is 0.2 pp above it: met (was met at exactly 2.00).
        assert cell(app, "verdict:nl_law_2pct", 2026) == "*met w"
        # Euro gaps by the Dutch rule, of GDP 1,220,263.51: the 3.5% targets are short
        # (3.5 - 2.2)% = 15,863.4 mln (EUR 15.9 bn, was 1.5% = 18,304.0); the 2% law is
        # exceeded by 0.2% = 2,440.5 mln (a gap of EUR -2.4 bn). Marked e, a, w: they rest on GDP
        # as CPB projects it (e) from an assumed 2024 level (a), and on the what-if (w).
        assert cell(app, "gap_capability_3_5_nl", 2026) == "*15.9 eaw"
        assert cell(app, "gap_nl_law_2pct_nl", 2026) == "*-2.4 eaw"
        app.query_one(CalcPane).go_to("gap_capability_3_5_nl", 2026)
        await settle(pilot)
        assert "EUR 15.9 bn (15,863.4 mln)" in detail(app)
        assert detail(app).startswith("Capability 3.5% (method assumed), by the Dutch budget rule: gap")


async def test_the_incl_row_holds_ukraine_support_and_says_so(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        app.query_one(CalcPane).go_to("share_nl_incl", 2026)
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert "Ukraine support held at 0.21% of GDP" in detail(app)
        await pilot.press("ctrl+u", *"2,5", "enter")
        await settle(pilot)
        # 2.5% incl. less Ukraine's 0.21% = 2.29% excl.
        assert cell(app, "share_nl_excl", 2026) == "!*2.29 w"
        assert cell(app, "share_nl_incl", 2026) == "!*2.50 ew"


async def test_growth_a_point_lower_from_2026_saved_as_adjust_growth_with_comments_kept(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    before = scenario_copy.read_text(encoding="utf-8")
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert cell(app, "growth:gdp_cpb", 2026) == "3.53 ea"
        await type_into(pilot, "growth:gdp_cpb", 2026, "-1")  # a sign changes: CPB's 3.53 less 1 point
        assert isinstance(app.screen, Choice) and "For which years?" in app.screen.question
        await pilot.press("a")  # this year and after
        await settle(pilot)
        # 2026: 1,178,656.92 x 1.0253 = 1,208,476.94; 2027: x 1.0253 = 1,239,051.41;
        # 2030: 1,178,656.92 x 1.0253^5 = 1,335,494.79 (EUR bn in the grid)
        assert cell(app, "gdp_cpb", 2025) == "1,178.7 ea"
        assert cell(app, "gdp_cpb", 2026) == "*1,208.5 eaw"
        assert cell(app, "gdp_cpb", 2027) == "*1,239.1 eaw"
        assert cell(app, "gdp_cpb", 2030) == "*1,335.5 eaw"
        assert cell(app, "growth:gdp_cpb", 2030) == "*2.53 eaw"
        # Shares of GDP hold; the euro gaps follow GDP. 3.5% targets by the Dutch rule in
        # 2026: (3.5 - 2.00)% x 1,208,476.94 = 18,127.2 mln (was 18,304.0).
        assert cell(app, "share_nl_excl", 2026) == "2.00 e"
        assert cell(app, "gap_capability_3_5_nl", 2026) == "*18.1 eaw"
        await pilot.press("s")  # the shares still match Table 1: saved without a question
        await settle(pilot)
        assert not app.session.dirty
    after = scenario_copy.read_text(encoding="utf-8")
    comments = [line for line in before.splitlines() if line.lstrip().startswith("#")]
    assert [line for line in after.splitlines() if line.lstrip().startswith("#")] == comments
    growth = [(a.start, a.end, a.value, a.source) for a in load_scenario(scenario_copy).adjustments]
    assert growth == [(2025, 2025, 3.938, "cpb_cep_2025"), (2026, 2030, 2.53, None)]
    saved_on = (TODAY, dt.date.today().isoformat())  # the same day, unless the suite ran past midnight
    assert any(
        f'note = "What-if of {d}: growth 2.53 in place of 3.53 (cpb_cep_2025). Was: Nominal' in after
        for d in saved_on
    )
    # Only that entry changed: its value, its note and the note's Dutch, and the source it no
    # longer has.
    changed = [line for line in after.splitlines() if line not in before.splitlines()]
    assert [line.split(" =")[0] for line in changed] == ["growth", "note", "note_nl"]
    assert changed[2].startswith('note_nl = "Wat-als van ')
    assert "groei 2,53 in plaats van 3,53 (cpb_cep_2025). Eerder: Nominale groei:" in changed[2]


async def test_save_as_a_what_if_writes_a_child_and_works_on_it(
    new_app: MakeApp, scenario_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parent = scenario_copy.read_bytes()
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_into(pilot, "share_nl_excl", 2026, "2,2")
        await pilot.press("s")  # misses Table 1's 2.00: asked, with save-as offered first
        await settle(pilot)
        assert isinstance(app.screen, Choice)
        assert app.screen.question.startswith("If saved into ")  # not saved yet, as it reads
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, SaveAsWhatIf)
        await pilot.press(*"Spend 2.2 in 2026", "enter", *"a fifth of a point more", "enter")
        await settle(pilot)
        child = scenario_copy.parent / "spend-2-2-in-2026.toml"
        assert app.session.path == child and not app.session.dirty
        assert cell(app, "share_nl_excl", 2026) == "!2.20 w" or cell(app, "share_nl_excl", 2026) == "2.20 w"
    assert scenario_copy.read_bytes() == parent
    scenario = load_scenario(child)
    assert scenario.name == "Spend 2.2 in 2026" and scenario.description == "a fifth of a point more"
    assert main(["check", str(child)]) == 0
    capsys.readouterr()
    main(["diff", str(scenario_copy), str(child), "--format", "json"])
    rows = json.loads(capsys.readouterr().out)["rows"]
    moved = {(r["id"], y) for r in rows for y, d in r["delta"].items() if d is not None and abs(d) > 1e-9}
    # exactly the cells the edit moved: the input, its sum, both Dutch shares, three Dutch gaps
    assert moved == {
        (row, "2026")
        for row in (
            "defence_excl_ukraine",
            "defence_total",
            "share_nl_excl",
            "share_nl_incl",
            "gap_nato_2pct_nl",
            "gap_nl_law_2pct_nl",
            "gap_capability_3_5_nl",
        )
    }


async def test_a_read_only_scenario_offers_save_as(new_app: MakeApp, scenario_copy: Path) -> None:
    scenario_copy.chmod(0o444)
    try:
        app = new_app()
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await type_into(pilot, "ukraine_military", 2027, "0,2")
            await pilot.press("s")
            await settle(pilot)
            assert isinstance(app.screen, Choice) and "read-only" in app.screen.question
            await pilot.press("a")
            await settle(pilot)
            assert isinstance(app.screen, SaveAsWhatIf)
    finally:
        scenario_copy.chmod(0o644)


async def test_sections_fold_and_fold_all_leaves_table_1(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        grid = app.query_one(CalcGrid)
        await pilot.press("3", "F")
        await settle(pilot)
        keys = [r.key for r in grid.rows]
        assert keys[:4] == ["#table1", "share_nl_excl", "share_nl_incl", "share_nato"]
        assert all(k.startswith("#") for k in keys[4:]) and "#input" in keys
        grid.move_cursor(keys.index("#input"))
        await pilot.press("enter")  # unfold the inputs from their heading
        await settle(pilot)
        assert "gdp_cpb" in [r.key for r in grid.rows] and "defence_total" not in [r.key for r in grid.rows]
        await pilot.press("F", "F")  # fold all but the headline, then unfold all
        await settle(pilot)
        assert "defence_total" in [r.key for r in grid.rows]


async def test_compare_without_noise_names_both_and_the_direction(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, PickScenario)
        field = app.screen.query_one("#path", Input)
        field.value = str(scenario_copy.parent / "gdp-shock-fixed-euros.toml")
        field.focus()
        await pilot.press("enter")
        await settle(pilot)
        header = str(app.query_one("#compare-header", Static).render())
        assert "the other minus this" in header
        assert "This: Baseline: Table 1 of the letter" in header and "Other: GDP 3% lower from 2026" in header
        # 2.00 here, 2.00 / 0.97 = 2.06 there: +0.06; before the shock nothing moved: no delta
        assert cell(app, "share_nl_excl", 2026) == "2.00 e (+0.06)"
        assert cell(app, "share_nl_excl", 2025) == "1.79 e"
        assert cell(app, "gdp_cpb", 2024) == "1,134.0 a"


async def test_export_the_whole_table_with_its_hash_and_unsaved_note(
    new_app: MakeApp, tmp_path: Path
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_into(pilot, "growth:gdp_cpb", 2026, "2,53")
        await pilot.press("y")  # this year only
        await settle(pilot)
        await pilot.press("X")
        await settle(pilot)
    from core.export import inputs_hash

    files = sorted((tmp_path / "exports").glob("navotop-table-baseline-*"))
    assert [f.suffix for f in files] == [".csv", ".md", ".svg"]
    csv_text, md, svg = (f.read_text(encoding="utf-8") for f in files)
    assert f"# inputs hash {inputs_hash(app.result.scenario)}" in csv_text
    assert "holds unsaved edits" in csv_text and "holds unsaved edits" in md and "unsaved" in svg
    # every row and year whatever the terminal's size: 2030 and the last norm row are there
    assert "2030" in csv_text.splitlines()[3] and "gap_capability_3_5_nl" in csv_text
    assert "growth:gdp_cpb" in csv_text and "verdict:nl_law_2pct" in csv_text
    # full precision in the CSV: GDP 2026 grew 2.53% this year only: 1,178,656.92 x 1.0253
    rows = list(csv.reader(line for line in csv_text.splitlines() if not line.startswith("#")))
    gdp = next(row for row in rows if row[1] == "gdp_cpb")
    assert float(gdp[rows[0].index("2026")]) == pytest.approx(1_178_656.92 * 1.0253)


async def test_a_jump_has_a_way_back_to_the_commitment_left(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.query_one("#commitments-table", DataTable)
        await pilot.press("2")
        app.query_one("#commitments").select("nl-law-2pct")  # type: ignore[attr-defined]
        await settle(pilot)
        assert table.cursor_row == table.get_row_index("nl-law-2pct")
        await pilot.press("enter")  # to its numbers
        await settle(pilot)
        assert isinstance(app.focused, CalcGrid)
        await pilot.press("ctrl+o")  # back: the commitment left, with the cursor on it
        await settle(pilot)
        assert app.focused is table and table.cursor_row == table.get_row_index("nl-law-2pct")
        app.query_one(CalcPane).go_to("gap_nl_law_2pct_nl", 2027)
        await pilot.press("enter")  # a computed row with a link: to the commitment
        await settle(pilot)
        assert app.focused is table
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert app.query_one(CalcPane).selected() == ("gap_nl_law_2pct_nl", 2027)
