"""The palette shows names as the plain text they are: it read them as markup, so a scenario
named `GDP [low case]` was listed as `GDP ` and a path with brackets could break the entry."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList

from tests.tui.conftest import MakeApp, settle, until_loaded


async def test_a_name_with_brackets_is_listed_whole(new_app: MakeApp, scenario_copy: Path) -> None:
    folder = scenario_copy.parent
    (folder / "low.toml").write_text(
        'schema = 1\n[scenario]\nname = "GDP [low case]"\nextends = "baseline.toml"\n'
        '[[adjust]]\nseries = "gdp_cpb"\nfrom = 2026\nscale = 0.98\n'
    )
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"low case")
        await settle(pilot)  # the search has listed its hits
        shown = [str(option.prompt) for option in app.screen.query_one(CommandList).options]
        assert any(line.startswith("open: GDP [low case]\n") for line in shown), shown
        assert any(line.startswith("compare: GDP [low case]\n") for line in shown), shown
