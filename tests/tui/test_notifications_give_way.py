"""Notifications never cover a dialog, and never outlive the edit they spoke of.

A tester made the GDP edit of the README (`-2%`), got the notice that the Dutch shares do not
move, and pressed `q`: the notice lay over the quit question at 80x24 for twenty seconds, with
no key to take it away; and after `u` it still described the edit just undone."""

from __future__ import annotations

from textual.pilot import Pilot

from tests.tui.conftest import MakeApp, settle
from tui.screens.dialogs import Choice
from tui.widgets.calc_table import CalcPane


def toasts(pilot: Pilot[None]) -> list[str]:
    """The notifications drawn on the screen shown, as the user reads them."""
    return [str(toast.render()) for toast in pilot.app.screen.query("Toast")]


async def gdp_two_percent_lower(pilot: Pilot[None]) -> None:
    pilot.app.main.query_one(CalcPane).go_to("gdp_cpb", 2024)  # type: ignore[attr-defined]
    await pilot.press("e", "ctrl+u", *"-2%", "enter")
    await settle(pilot)


async def test_a_dialog_opening_or_an_undo_takes_the_notifications_away(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await gdp_two_percent_lower(pilot)
        assert any("Dutch shares" in toast for toast in toasts(pilot)), toasts(pilot)

        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, Choice)
        assert toasts(pilot) == []  # the question is not covered
        await pilot.press("escape")
        await settle(pilot)
        assert toasts(pilot) == []  # nor does the notice come back after it

        await pilot.press("ctrl+p")  # Textual's palette is a dialog too
        await settle(pilot)
        await pilot.press("escape")
        await gdp_two_percent_lower(pilot)  # GDP is now 2% below 1,111.3: the notice again
        assert any("Dutch shares" in toast for toast in toasts(pilot)), toasts(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert toasts(pilot) == []  # it spoke of the edit just undone

        await pilot.press("u", "u")  # nothing left to undo: that is said, and stays said
        await settle(pilot)
        assert any("Nothing to undo" in toast for toast in toasts(pilot)), toasts(pilot)
