"""Which panes are on screen (tui/screens/main.py `_place_panes`, each pane's own `display`):
at 100 columns and up the table and one of each pair sharing a slot, below it the one pane
shown, as a tab. The tabs are made when the terminal is first narrower than 100 columns (not at
a wide start, where they are never on screen), and from then on show and follow the pane shown
as if they had been there all along. Read from the screen's picture."""

from __future__ import annotations

import re

from textual.widgets import Tabs

from tests.tui.conftest import MakeApp, settle, until_loaded
from tests.tui.test_title_bar import screen_lines
from tui.app import NavotopApp

TAB_LINE = "1 Agenda  2 Commitments  3 Table  4 Allies  5 Chart"


async def test_a_wide_start_has_no_tabs_until_the_terminal_narrows(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(pilot)
        assert not any(TAB_LINE in line for line in screen_lines(app))
        assert not app.screen.query(Tabs)
        await pilot.press("2")  # the commitments have the keyboard, wide
        await settle(pilot)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        lines = screen_lines(app)
        assert TAB_LINE in lines[1]  # under the title bar
        assert app.screen.query_one(Tabs).active == "commitments"
        assert [pane.id for pane in app.screen.query(".pane") if pane.display] == ["commitments"]
        await pilot.press("3")
        await settle(pilot)
        assert app.screen.query_one(Tabs).active == "calc"
        await pilot.resize_terminal(120, 40)  # wide again: the tabs stay made, out of sight
        await settle(pilot)
        assert not any(TAB_LINE in line for line in screen_lines(app))
        await pilot.press("1")
        await settle(pilot)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert TAB_LINE in screen_lines(app)[1]
        assert len(app.screen.query(Tabs)) == 1 and app.screen.query_one(Tabs).active == "agenda"
        assert [pane.id for pane in app.screen.query(".pane") if pane.display] == ["agenda"]


async def test_a_narrow_start_shows_the_tabs_at_once(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(pilot)
        assert TAB_LINE in screen_lines(app)[1]
        assert app.screen.query_one(Tabs).active == "calc"


def shown_titles(app: NavotopApp) -> list[str]:
    """The panes on screen, by the number their border's title starts with, left to right and
    top to bottom."""
    return re.findall(r"─ (\d) ", "\n".join(screen_lines(app)))


async def test_wide_the_chart_and_the_allies_take_their_pairs_slot_and_give_it_back(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(pilot)
        assert shown_titles(app) == ["1", "2", "3"]
        await pilot.press("5")  # the chart, in the agenda's place
        await settle(pilot)
        assert shown_titles(app) == ["5", "2", "3"]
        await pilot.press("4")  # the allies, in the commitments' place; the chart stays
        await settle(pilot)
        assert shown_titles(app) == ["5", "4", "3"]
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert shown_titles(app) == ["4"]  # narrow: the pane shown alone
        await pilot.press("1")
        await settle(pilot)
        assert shown_titles(app) == ["1"]
        await pilot.resize_terminal(120, 40)  # wide again: the agenda took its slot back
        await settle(pilot)
        assert shown_titles(app) == ["1", "4", "3"]
        await pilot.press("2")
        await settle(pilot)
        assert shown_titles(app) == ["1", "2", "3"]
