"""The what-if log and the journal in the app, driven with the keys alone: the log key shows
what was tried, the export key writes it with the figures worked out by hand, and a journal
left by an earlier session is offered back (and said to rest on a changed file when it does)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot

from core.journal import Journal
from tests.conftest import REPO
from tests.tui.conftest import MakeApp
from tui.app import NavotopApp
from tui.screens.dialogs import Choice
from tui.screens.whatif import WhatIfLogScreen
from tui.widgets.calc_table import CalcPane

SIZE = (120, 40)


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def edit(pilot: Pilot[None], row: str, year: int, text: str) -> None:
    app = pilot.app
    assert isinstance(app, NavotopApp)
    app.query_one(CalcPane).go_to(row, year)
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    await pilot.press("ctrl+u", *text, "enter")
    await settle(pilot)


async def test_the_log_key_shows_each_edit_and_the_export_key_writes_its_figures(
    new_app: MakeApp, tmp_path: Path
) -> None:
    table1 = tmp_path / "table1_2024.toml"
    shutil.copy(REPO / "tests" / "fixtures" / "whatif" / "table1_2024.toml", table1)
    app = new_app(table1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # typed in EUR bn as the grid shows them, logged in the file's % of CPB GDP (1,134,000)
        await edit(pilot, "defence_excl_ukraine", 2024, "22.68")  # 1.56% -> 2%
        await edit(pilot, "ukraine_military", 2024, "5,67")  # 0.23% -> 0.5%, typed the Dutch way
        await pilot.press("u")  # undo the second
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, WhatIfLogScreen)
        await pilot.press("W")  # written from the log itself
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, WhatIfLogScreen)
        await pilot.press("L", "L")  # the key that opens the log closes it, as t does the tornado
        await settle(pilot)
        assert not isinstance(app.screen, WhatIfLogScreen)
    written = sorted((tmp_path / "exports").glob("navotop-log-table1-2024-*.md"))
    assert len(written) == 1
    text = written[0].read_text(encoding="utf-8")
    first, second, third = (part for part in text.split("\n## ")[1:4])
    # as the grid showed them (EUR 17,690.4 -> 22,680 mln), and as the file holds them
    assert (
        "edit Defence excl. Ukr. 2024: EUR 17.7 bn -> EUR 22.7 bn (in the file: 1.56 -> 2 % of CPB GDP)"
        in first
    )
    # By hand, 2024 (GDP 1,134,000): excl. 1.56 -> 2.00; incl. 1.79 -> 2.23; NATO 2.06 -> 2.50
    assert "| Dutch method, excl. Ukraine | 1.56% | 2.00% |" in first
    assert "| Dutch method, incl. Ukraine | 1.79% | 2.23% |" in first
    assert "| NATO method | 2.06% | 2.50% |" in first
    # Dutch law 2%: 2 - 1.56 = 0.44 pp, 22,680 - 17,690.4 = 4,989.6 mln -> 0: met
    assert "| Dutch law 2%: met, or short by | 0.44 pp (EUR 5.0 bn) | met |" in first
    # 0.23% and 0.5% of 1,134,000: EUR 2,608.2 and 5,670 mln
    assert (
        "edit Ukraine support 2024: EUR 2.6 bn -> EUR 5.7 bn (in the file: 0.23 -> 0.5 % of CPB GDP)"
        in second
    )
    assert "| NATO method | 2.50% | 2.77% |" in second  # 2.00 + 0.50 + 0.27
    assert (
        "undo Ukraine support 2024: EUR 5.7 bn -> EUR 2.6 bn (in the file: 0.5 -> 0.23 % of CPB GDP)" in third
    )
    assert "| NATO method | 2.77% | 2.50% |" in third


async def test_a_journal_from_an_earlier_session_is_offered_and_restored(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    Journal(scenario_copy).record({("defence_excl_ukraine", 2024): 2.0}, scenario_copy.read_bytes())
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, Choice)
        assert "1 unsaved edit to baseline.toml, last made " in app.screen.question
        assert "changed on disk" not in app.screen.question
        await pilot.press("r")
        await settle(pilot)
        assert app.session.edits.values == {("defence_excl_ukraine", 2024): 2.0}
        assert app.result.value("share_nl_excl", 2024) == 2.0


async def test_a_journal_for_a_file_changed_since_says_so_and_discard_drops_it(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    journal = Journal(scenario_copy)
    journal.record({("defence_excl_ukraine", 2024): 2.0}, b"the file as it was then")
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, Choice)
        assert "The file has changed on disk since" in app.screen.question
        await pilot.press("d")
        await settle(pilot)
        assert not app.session.dirty
        assert app.result.value("share_nl_excl", 2024) == pytest.approx(1.56)
    assert not journal.path.exists()


async def test_a_goal_seek_applied_is_logged_with_its_figures(new_app: MakeApp, tmp_path: Path) -> None:
    from core.solve import Goal, solve
    from core.sweep import Sweep
    from core.whatif_log import to_markdown

    table1 = tmp_path / "table1_2024.toml"
    shutil.copy(REPO / "tests" / "fixtures" / "whatif" / "table1_2024.toml", table1)
    app = new_app(table1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # what the goal seek panel hands the app: excl. Ukraine to 2.00% of GDP in 2024
        answer = solve(
            Sweep(app.session.scenario()), Goal("share_nl_excl", 2024, 2.0, "defence_excl_ukraine")
        )
        app.editing.apply_answer(answer)
        await settle(pilot)
    text = to_markdown(app.whatif, "en")
    assert (
        "goal seek Defence excl. Ukr. 2024: EUR 17.7 bn -> EUR 22.7 bn (in the file: 1.56 -> 2 % of CPB GDP)"
        in text
    )
    assert "| Dutch method, excl. Ukraine | 1.56% | 2.00% |" in text
    assert "| NATO method | 2.06% | 2.50% |" in text  # 2.00 + 0.23 + 0.27
