"""Textual's own entries in the command palette (ctrl+p), and its other words, in the language
shown: Theme, Quit and Maximize/Minimize said in Dutch; Keys and Screenshot left out in both
languages, since navotop offers them in its own words (`?` help: keys and formulas, `x`
export: screenshot). Driven with the keys alone."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from textual.command import CommandInput, CommandList
from textual.pilot import Pilot

from core import formats
from core.formats import Lang
from tests.tui.conftest import MakeApp, settle, until_loaded
from tests.tui.test_dutch_screens import _screen_text

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


async def _no_matches(pilot: Pilot[Any], typed: str) -> str:
    """Type `typed` into the open palette and read what its list says once Textual has decided
    that nothing matches (after its own half-second countdown: a timer, with no message to await,
    so the list is looked at until it holds that one disabled line, at most 10 s)."""
    await pilot.press(*typed)
    results = pilot.app.screen.query_one(CommandList)
    deadline = asyncio.get_running_loop().time() + 10
    while not (results.option_count == 1 and results.get_option_at_index(0).disabled):
        assert asyncio.get_running_loop().time() < deadline, "the palette never said it found nothing"
        await pilot.pause(0.05)
    await settle(pilot)
    return _screen_text(pilot.app)


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [("nl", "Niets gevonden", "No matches found"), ("en", "No matches found", "Niets gevonden")],
)
async def test_the_palette_says_it_found_nothing_in_the_language_shown(
    new_app: MakeApp, lang: Lang, said: str, not_said: str
) -> None:
    """Textual's own "No matches found", said by navotop's Palette (tui/palette.py) in the
    language shown, in the command palette and in the theme picker it opens."""
    formats.set_language(lang)
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        shown = await _no_matches(pilot, "qqqzzz")
        assert said in shown and not_said not in shown
        await pilot.press(*["backspace"] * 6, *("Thema" if lang == "nl" else "Theme"))
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        shown = await _no_matches(pilot, "qqqzzz")
        assert said in shown and not_said not in shown


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
