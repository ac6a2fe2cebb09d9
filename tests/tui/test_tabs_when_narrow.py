"""The panes' tabs are made when the terminal is first narrower than 100 columns (not at a wide
start, where they are never on screen), and from then on show and follow the pane shown as
if they had been there all along. Read from the screen's picture."""

from __future__ import annotations

from textual.widgets import Tabs

from tests.tui.conftest import MakeApp, settle, until_loaded
from tests.tui.test_title_bar import screen_lines

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
