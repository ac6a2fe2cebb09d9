"""Nothing lost and everything in the minutes, driven with the keys alone: a growth edit
(GDP growth a point lower) survives the app ending unsaved and is restored with its numbers;
save-as is logged as its own event with the new file; and each event the minutes need (edit,
undo, redo, save, compare, screenshot, goal seek, open) is logged as it happens."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from core.journal import Journal
from core.whatif_log import entry_line
from tests.tui.conftest import MakeApp, settle
from tests.tui.test_keys import SIZE, cell, edit, go_to_cell
from tui.screens.dialogs import Choice, PickScenario
from tui.screens.save_as import SaveAsWhatIf
from tui.widgets.goal_seek import GoalSeekPanel

# The baseline's CPB GDP (EUR mln): 1,134,000 in 2024, x 1.03938 = 1,178,656.92 in 2025; its
# growth from 2026 is CPB's 3.53% a year. A point lower, this year and after: 2026 is
# 1,178,656.92 x 1.0253 = 1,208,476.94 and 2030 is 1,178,656.92 x 1.0253^5 = 1,335,494.79.
GDP_2025 = 1_134_000 * 1.03938
GROWTH_YEARS = range(2026, 2031)


async def test_a_growth_edit_is_journaled_and_restored_after_the_app_ends_unsaved(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    on_disk = scenario_copy.read_bytes()
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await edit(pilot, "growth:gdp_cpb", 2026, "-1")  # CPB's 3.53 less one point
        assert isinstance(app.screen, Choice) and "For which years?" in app.screen.question
        await pilot.press("a")  # this year and after
        await settle(pilot)
        assert cell(app, "gdp_cpb", 2026) == "*1,208.5 eaw"
        assert app.journaling.writer.flush()
        # On disk while the app still runs: a crash from here on loses nothing.
        pending = Journal(scenario_copy).pending(on_disk)
        assert pending is not None and sorted(pending.growth["gdp_cpb"]) == list(GROWTH_YEARS)
        assert all(math.isclose(v, 2.53) for v in pending.growth["gdp_cpb"].values())
    # The app ended without saving (as when the terminal closes): the file is untouched.
    assert scenario_copy.read_bytes() == on_disk

    again = new_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, Choice)
        assert "1 unsaved edit to baseline.toml, last made " in again.screen.question  # five years, one edit
        assert "changed on disk" not in again.screen.question
        await pilot.press("r")
        await settle(pilot)
        assert again.session.dirty
        assert math.isclose(again.result.value("gdp_cpb", 2026) or 0, GDP_2025 * 1.0253)
        assert math.isclose(again.result.value("gdp_cpb", 2030) or 0, GDP_2025 * 1.0253**5)
        assert cell(again, "gdp_cpb", 2026) == "*1,208.5 eaw"
        assert cell(again, "gdp_cpb", 2030) == "*1,335.5 eaw"
        assert cell(again, "growth:gdp_cpb", 2030) == "*2.53 eaw"
        await pilot.press("u")  # the restore is one edit: undo gives the file's numbers back
        await settle(pilot)
        assert not again.session.dirty
        assert cell(again, "gdp_cpb", 2026) == "1,220.3 ea"  # 1,178,656.92 x 1.0353


async def test_save_as_is_logged_as_its_own_event_and_moves_the_journal_to_the_new_file(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await edit(pilot, "share_nl_excl", 2026, "2,2")
        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, SaveAsWhatIf)
        await pilot.press(*"Spend 2.2", "enter", "enter")
        await settle(pilot)
        child = scenario_copy.parent / "spend-2-2.toml"
        assert app.session.path == child and not app.session.dirty
        last = app.whatif.entries[-1]
        assert (last.event, last.detail) == ("save_as", str(child))
        assert "save" not in [e.event for e in app.whatif.entries]
        assert entry_line(last, "en").endswith(f"save as {child}")
        assert entry_line(last, "nl").endswith(f"bewaard als {child}")
        # By hand, 2026: excl. 2.00 -> 2.20 of GDP before the edit; the save itself moves nothing.
        assert last.before is not None and last.after is not None
        assert math.isclose(last.after.nl_excl or 0, 2.2) and last.before == last.after
        # The edits now live in the child: the parent has nothing left to offer back, and the
        # next edit is journaled for the child.
        await edit(pilot, "ukraine_military", 2027, "0,2")
        assert app.journaling.writer.flush()
        assert Journal(scenario_copy).pending(scenario_copy.read_bytes()) is None
        pending = Journal(child).pending(child.read_bytes())
        # EUR 0.2 bn typed (the grid's unit), journaled in the file's: % of 2027's CPB GDP
        gdp_2027 = app.result.value("gdp_cpb", 2027) or 0
        assert pending is not None and list(pending.edits) == [("ukraine_military", 2027)]
        assert pending.edits["ukraine_military", 2027] == pytest.approx(100 * 200 / gdp_2027, rel=1e-12)


async def test_every_event_of_the_minutes_is_logged(new_app: MakeApp, scenario_copy: Path) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await edit(pilot, "growth:gdp_cpb", 2026, "2,53")
        await pilot.press("y")  # this year only: the shares still match Table 1, so s asks nothing
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        await pilot.press("U")
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert not app.session.dirty
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, PickScenario)
        await pilot.press("enter")  # the highlighted scenario
        await settle(pilot)
        assert app.compare_result is not None
        compared = app.compare_result.scenario.path
        await pilot.press("x")
        await settle(pilot)
        await go_to_cell(pilot, "share_nl_excl", 2030)
        await pilot.press("g")
        await settle(pilot)
        assert app.query_one(GoalSeekPanel).is_open
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, PickScenario)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, Choice)  # the goal seek's edit is unsaved: asked first
        await pilot.press("d")
        await settle(pilot)
    entries = app.whatif.entries
    assert [e.event for e in entries] == [
        "edit",
        "undo",
        "redo",
        "save",
        "compare",
        "screenshot",
        "goal_seek",
        "open",
    ]
    edit_, undo, redo, save, compare, shot, seek, opened = entries
    assert edit_.cell == ("growth:gdp_cpb", 2026) and edit_.new == 2.53
    assert math.isclose(edit_.old or 0, 3.53)
    # the edit: 2026's GDP 1,178,656.92 x 1.0353 -> x 1.0253; the shares of GDP hold at 2.00
    assert edit_.before is not None and edit_.after is not None
    assert (edit_.before.year, edit_.before.nl_excl, edit_.after.nl_excl) == (2026, 2.0, 2.0)
    assert undo.before == edit_.after and undo.after == edit_.before
    assert undo.cell == ("growth:gdp_cpb", 2026) and undo.old == 2.53 and math.isclose(undo.new or 0, 3.53)
    assert redo.cell == ("growth:gdp_cpb", 2026) and redo.new == 2.53 and redo.after == edit_.after
    assert save.detail == str(scenario_copy)
    assert compare.detail == str(compared)
    assert shot.detail.endswith(".svg") and Path(shot.detail).is_file() and len(shot.inputs_hash) > 0
    assert seek.cell == ("defence_excl_ukraine", 2030) and seek.new == 3.5
    assert opened.detail == str(app.path) and app.path != scenario_copy
