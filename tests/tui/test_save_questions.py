"""Every way of saving asks the same questions as `s`: a fresh-eyes tester quit with unsaved
edits, chose "save, then quit", and found the file failing `navotop check` afterwards, though
`s` would have asked first. Driven with the keys alone; the test fails on the code before."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from core import formats
from core.scenario import load_scenario
from tests.tui.conftest import MakeApp, settle, until_loaded
from tui.app import NavotopApp
from tui.cli import main
from tui.screens.dialogs import Choice
from tui.screens.save_as import SaveAsWhatIf
from tui.widgets.calc_table import CalcPane

SIZE = (120, 40)


async def _raise_2024_spending(pilot: Pilot[None], app: NavotopApp) -> None:
    """Defence excl. Ukraine 2024 from EUR 17.69 bn to 17.69 + 2.3 = 19.99 bn: of 1,134,000 mln
    that is 1.763%, where Table 1 published 1.56 (the tester's `e +0,2` on the share row)."""
    await pilot.press("3")
    app.query_one(CalcPane).go_to("defence_excl_ukraine", 2024)
    await settle(pilot)
    await pilot.press("e", "ctrl+u", *"+2,3", "enter")
    await settle(pilot)
    assert app.session.dirty


async def test_save_then_quit_asks_about_the_published_figures_first(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    before = scenario_copy.read_bytes()
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        await _raise_2024_spending(pilot, app)
        await pilot.press("q", "s")
        await settle(pilot)
        assert isinstance(app.screen, Choice) and "would miss its published figures" in app.screen.question
        # named as the grid names the row, the figure as published: not `share_nl_excl 2024 (1.56)`
        assert "Dutch, excl. Ukraine 2024 (1.56)" in app.screen.question, app.screen.question
        assert scenario_copy.read_bytes() == before  # nothing written yet
        await pilot.press("c")
        await settle(pilot)
        assert app.is_running and app.session.dirty and scenario_copy.read_bytes() == before
        await pilot.press("q", "s", "s")  # save anyway, then quit
        await settle(pilot)
    assert app.return_code == 0
    saved = load_scenario(scenario_copy).inputs["defence_excl_ukraine"][2024].value
    assert abs(saved - 100 * (17_690.4 + 2_300) / 1_134_000) < 1e-9


async def test_save_then_quit_can_save_a_what_if_instead_and_then_quits(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    before = scenario_copy.read_bytes()
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        await _raise_2024_spending(pilot, app)
        await pilot.press("q", "s", "a")
        await settle(pilot)
        assert isinstance(app.screen, SaveAsWhatIf)
        await pilot.press(*"More in 2024", "enter", "enter")
        await settle(pilot)
    assert app.return_code == 0
    assert scenario_copy.read_bytes() == before
    child = scenario_copy.parent / "more-in-2024.toml"
    assert main(["check", str(child)]) == 0


async def test_save_then_open_asks_the_same_question(new_app: MakeApp, scenario_copy: Path) -> None:
    before = scenario_copy.read_bytes()
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        await _raise_2024_spending(pilot, app)
        app.open_scenario(scenario_copy.parent / "baseline.toml")
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, Choice) and "would miss its published figures" in app.screen.question
        await pilot.press("c")
        await settle(pilot)
        assert app.session.dirty and scenario_copy.read_bytes() == before


async def test_the_question_reads_in_dutch(new_app: MakeApp) -> None:
    formats.set_language("nl")
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        await _raise_2024_spending(pilot, app)
        await pilot.press("q", "s")
        await settle(pilot)
        assert isinstance(app.screen, Choice)
        assert "gepubliceerde cijfers" in app.screen.question
        assert "2024 (1,56)" in app.screen.question and "share_nl_excl" not in app.screen.question


async def test_writing_over_a_change_on_disk_asks_about_the_published_figures_too(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    """Quit, save; the file changed on disk meanwhile: "apply my edits to their version" is a
    save too, and asks the same question before writing."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        await _raise_2024_spending(pilot, app)
        theirs = scenario_copy.read_text(encoding="utf-8") + "\n# their comment\n"
        scenario_copy.write_text(theirs, encoding="utf-8")
        await pilot.press("q", "s")
        await settle(pilot)
        assert isinstance(app.screen, Choice) and "changed on disk" in app.screen.question
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, Choice) and "would miss its published figures" in app.screen.question
        assert scenario_copy.read_text(encoding="utf-8") == theirs
        await pilot.press("s")  # save anyway, over their version, then quit
        await settle(pilot)
    assert app.return_code == 0
    written = scenario_copy.read_text(encoding="utf-8")
    assert "# their comment" in written
    saved = load_scenario(scenario_copy).inputs["defence_excl_ukraine"][2024].value
    assert abs(saved - 100 * (17_690.4 + 2_300) / 1_134_000) < 1e-9
