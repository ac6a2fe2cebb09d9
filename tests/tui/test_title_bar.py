"""The title bar (tui/widgets/title_bar.py), one widget where Textual's header was four, does
what that header did: the title follows the scenario and its unsaved edits, the icon opens the
palette, a click on the bar makes it tall and short again. Read from the screen's picture."""

from __future__ import annotations

import html
import re

import pytest
from textual.command import CommandPalette

from core import formats
from core.formats import Lang
from tests.tui.conftest import MakeApp, settle, until_loaded
from tui.app import NavotopApp
from tui.widgets.title_bar import TitleBar

_TEXT = re.compile(r'<text[^>]*\bx="([0-9.]+)"[^>]*clip-path="url\(#[\w-]*line-(\d+)\)">([^<]*)</text>')
CELL = 12.2
"""A cell's width in Textual's SVG."""


def screen_lines(app: NavotopApp) -> list[str]:
    """What the screen shows, line by line, each text at its column (not the picture's window
    title)."""
    width, height = app.size
    lines = [[" "] * width for _ in range(height)]
    for x, y, text in _TEXT.findall(app.export_screenshot()):
        column = round(float(x) / CELL)
        for offset, char in enumerate(html.unescape(text).replace("\xa0", " ").rstrip("\n")):
            if column + offset < width:
                lines[int(y)][column + offset] = char
    return ["".join(line).rstrip() for line in lines]


@pytest.mark.parametrize(
    ("lang", "title", "unsaved"),
    [
        ("en", "navotop — Baseline: Table 1 of the letter", " · unsaved edits"),
        ("nl", "navotop — Basislijn: Tabel 1 van de brief", " · niet-bewaarde wijzigingen"),
    ],
)
async def test_the_title_names_the_scenario_and_then_its_unsaved_edits(
    new_app: MakeApp, lang: Lang, title: str, unsaved: str
) -> None:
    """At 80 columns, whole in either language: the Dutch one with its unsaved edits needs the
    ten columns Textual's header keeps blank for a clock (it ended in "niet-bewaarde wij…")."""
    formats.set_language(lang)  # as `--lang` does before the app is built
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(pilot)
        top = screen_lines(app)[0]
        assert top.startswith(" ⭘ ") and title in top
        assert unsaved not in top
        await pilot.press("e", "ctrl+u", *"2", "enter")  # the Dutch share excl. Ukraine, 2024
        await settle(pilot)
        assert screen_lines(app)[0].endswith(title + unsaved)
        await pilot.press("u")  # undone: nothing unsaved, the whole title again, centred
        await settle(pilot)
        assert screen_lines(app)[0] == top


async def test_the_icon_opens_the_palette_and_a_click_on_the_bar_makes_it_tall(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(pilot)
        await pilot.click(TitleBar, offset=(40, 0))
        await settle(pilot)
        lines = screen_lines(app)
        assert app.screen.query_one(TitleBar).outer_size.height == 3
        assert "navotop — Baseline" in lines[1] and " ⭘ " in lines[1]  # on the middle line
        assert "navotop" not in lines[0] + lines[2]
        await pilot.click(TitleBar, offset=(40, 1))
        await settle(pilot)
        assert app.screen.query_one(TitleBar).outer_size.height == 1
        await pilot.click(TitleBar, offset=(1, 0))
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
