"""Textual's own entries in the command palette (ctrl+p), and its other words, in the language
shown: Theme, Quit and Maximize/Minimize said in Dutch; Keys and Screenshot left out in both
languages, since navotop offers them in its own words (`?` help: keys and formulas, `x`
export: screenshot). Driven with the keys alone."""

from __future__ import annotations

from typing import Any

from textual.command import CommandInput, CommandList
from textual.pilot import Pilot

from core import formats
from tests.tui.conftest import MakeApp, settle, until_loaded

TEXTUALS_OWN = {"Theme", "Quit", "Keys", "Maximize", "Minimize", "Screenshot"}
"""The titles Textual 8.2.8's App.get_system_commands gives its entries."""


async def _palette(pilot: Pilot[Any]) -> list[str]:
    """Open the palette with ctrl+p and read the title of each entry it lists."""
    await pilot.press("ctrl+p")
    await settle(pilot)
    return [str(option.prompt).split("\n")[0] for option in pilot.app.screen.query_one(CommandList).options]


async def test_the_palette_in_dutch_lists_no_english_entry(new_app: MakeApp) -> None:
    formats.set_language("nl")  # as `--lang nl` does before the app is built
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(pilot)
        await pilot.press("3")  # the table has the focus: it can be maximised
        titles = await _palette(pilot)
        assert {"Thema", "Stoppen", "Maximaliseren", "wijzigen: ongedaan maken"} <= set(titles)
        assert not TEXTUALS_OWN & set(titles)
        assert titles.count("export: schermafbeelding (SVG)") == 1  # navotop's own, once
        await pilot.press(*"Maximaliseren")
        await settle(pilot)  # the search has listed its hits
        await pilot.press("enter")
        await settle(pilot)
        titles = await _palette(pilot)
        assert "Terug naar gewone grootte" in titles
        assert not TEXTUALS_OWN & set(titles)
        await pilot.press(*"Thema")
        await settle(pilot)  # the search has listed its hits
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(CommandInput).placeholder == "Zoek een thema…"


async def test_the_palette_in_english_keeps_textuals_words(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(pilot)
        await pilot.press("3")
        titles = await _palette(pilot)
        assert {"Theme", "Quit", "Maximize", "edit: undo"} <= set(titles)
        assert not {"Keys", "Screenshot"} & set(titles)  # navotop's ? and x say them
        assert titles.count("export: screenshot (SVG)") == 1
        await pilot.press(*"Maximize")
        await settle(pilot)  # the search has listed its hits
        await pilot.press("enter")
        await settle(pilot)
        assert "Minimize" in await _palette(pilot)
        await pilot.press(*"Theme")
        await settle(pilot)  # the search has listed its hits
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(CommandInput).placeholder == "Search for themes…"


async def test_ctrl_c_says_how_to_quit_in_dutch_and_as_plain_text(new_app: MakeApp) -> None:
    formats.set_language("nl")
    app = new_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await until_loaded(pilot)
        await pilot.press("ctrl+c")
        await settle(pilot)
        shown = "\n".join(str(toast.render()) for toast in app.screen.query("Toast"))
        assert "Wilt u stoppen?" in shown and "Druk op ctrl+q om navotop te stoppen" in shown
        assert "[b]" not in shown and "quit" not in shown
        assert app.is_running
