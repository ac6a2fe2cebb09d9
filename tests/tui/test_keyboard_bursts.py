"""Keys that arrive in a burst (as SSH delivers them, or a paste) and keys that must move on
from a field: the dialog traps a fresh-eyes tester met (issue 9, "meeting-proof"), each driven
with the keys alone."""

from __future__ import annotations

import unicodedata

from textual import events
from textual.pilot import Pilot
from textual.widgets import Input

from tests.tui.conftest import Heard, MakeApp, settle
from tui.messages import ScenariosListed
from tui.screens.dialogs import PickScenario

SIZE = (120, 40)


def burst(pilot: Pilot[None], text: str) -> None:
    """Every character of `text` handed to the app at once, as a terminal delivers a fast
    typist's keys over SSH or a paste without bracketed-paste mode: unlike `pilot.press`, no
    key waits for the one before it to be handled. Keys named as Textual names them."""
    for char in text:
        key = char if char.isalnum() else unicodedata.name(char).lower().replace(" ", "_").replace("-", "_")
        pilot.app.post_message(events.Key(key, char))


async def test_a_burst_typed_in_the_picker_lands_whole_in_the_path_field(new_app: MakeApp) -> None:
    app, heard = new_app(), Heard()
    async with app.run_test(size=SIZE, message_hook=heard) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await heard.until(pilot, ScenariosListed)
        assert isinstance(app.screen, PickScenario)
        burst(pilot, "/tmp/x.toml")  # the list has the keyboard when the burst begins
        await settle(pilot)
        field = app.screen.query_one("#path", Input)
        assert field.value == "/tmp/x.toml"
        assert app.screen.focused is field
        await pilot.press(*"-2")  # typing goes on where the burst ended
        assert field.value == "/tmp/x.toml-2"


async def test_a_paste_on_the_picker_list_goes_into_the_path_field(new_app: MakeApp) -> None:
    app, heard = new_app(), Heard()
    async with app.run_test(size=SIZE, message_hook=heard) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await heard.until(pilot, ScenariosListed)
        assert isinstance(app.screen, PickScenario)
        app.post_message(events.Paste("/tmp/pasted.toml\nsecond line"))  # as the terminal sends it
        await settle(pilot)
        field = app.screen.query_one("#path", Input)
        assert field.value == "/tmp/pasted.toml"
        assert app.screen.focused is field
