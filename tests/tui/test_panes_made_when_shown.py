"""Panes and panels out of sight are made when first shown (tui/screens/main.py): what the user
sees, and where the keyboard is, are the same as when everything was made at start."""

from __future__ import annotations

from textual.widgets import DataTable, Tabs

from tests.tui.conftest import MakeApp, settle
from tui.widgets.allies_pane import AlliesPane


async def test_the_pane_chosen_wide_is_the_tab_shown_when_the_terminal_narrows(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("4")  # the allies, in the commitments' slot
        await settle(pilot)
        allies = app.screen.query_one(AlliesPane)
        assert allies.display and isinstance(app.focused, DataTable) and allies in app.focused.ancestors
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert app.screen.query_one(Tabs).active == "allies"
        shown = [pane.id for pane in app.screen.query(".pane") if pane.display]
        assert shown == ["allies"]
        await pilot.press("1")
        await settle(pilot)
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert app.screen.query_one(Tabs).active == "agenda"
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert [pane.id for pane in app.screen.query(".pane") if pane.display] == ["agenda"]
