"""Keys that arrive in a burst (as SSH delivers them, or a paste) and keys that must move on
from a field: the dialog traps a fresh-eyes tester met (issue 9, "meeting-proof"), each driven
with the keys alone."""

from __future__ import annotations

import unicodedata

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from core import formats
from tests.tui.conftest import Heard, MakeApp, settle, until_loaded
from tui.messages import ScenariosListed
from tui.screens.dialogs import PickScenario
from tui.screens.save_as import SaveAsWhatIf
from tui.widgets.calc_grid import CalcGrid
from tui.widgets.calc_table import CalcPane

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


async def test_down_and_enter_leave_the_commitments_filter_for_its_matches(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        matches = app.summit.search("nato")
        first, second = matches[0], matches[1]
        assert second.rows and first.rows[:1] != second.rows[:1]  # the jumps can be told apart
        await pilot.press("slash", *"nato", "down")
        await settle(pilot)
        table = app.query_one("#commitments-table", DataTable)
        assert app.focused is table
        assert table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value == first.id
        await pilot.press("down", "enter")  # enter on the second match follows its link
        await settle(pilot)
        assert app.focused is app.query_one(CalcGrid)
        assert app.query_one(CalcPane).selected()[0] == second.rows[0]
        assert app.query_one("#commitments-filter", Input).value == "nato"  # kept until escape


async def test_enter_in_the_commitments_filter_goes_to_the_first_match(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        await pilot.press("slash", *"nato", "enter")
        await settle(pilot)
        table = app.query_one("#commitments-table", DataTable)
        assert app.focused is table
        first = app.summit.search("nato")[0]
        assert table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value == first.id
        await pilot.press("escape")  # escape still clears the filter
        await settle(pilot)
        assert app.query_one("#commitments-filter", Input).value == ""
        assert len(table.rows) == len(app.summit.commitments)


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "A name is needed"), ("nl", "Een naam is nodig")],
)
async def test_save_as_without_a_name_says_a_name_is_needed(
    new_app: MakeApp, language: str, said: str
) -> None:
    formats.set_language(language)  # as `--lang` does before the app is built
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        app.main.query_one(CalcPane).go_to("share_nl_excl", 2026)
        await pilot.press("e", "ctrl+u", *"2,2", "enter")
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, SaveAsWhatIf)
        dialog = app.screen
        name = dialog.query_one("#name", Input)
        problem = dialog.query_one("#save-as-problem", Static)
        await pilot.press("ctrl+u", "enter")  # no name
        await settle(pilot)
        assert app.screen is dialog and dialog.focused is name
        assert said in str(problem.render())
        await pilot.press("tab", *"why", "enter")  # nor from the note
        await settle(pilot)
        assert app.screen is dialog and dialog.focused is name
        assert said in str(problem.render())
        await pilot.press(*"Spend 2.2")  # typing a name answers it
        await settle(pilot)
        assert said not in str(problem.render())
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, SaveAsWhatIf)
        assert app.session.path.name == "spend-2-2.toml"


async def test_keys_typed_in_a_burst_after_a_refused_e_do_not_run_as_commands(new_app: MakeApp) -> None:
    """GDP CPB 2026 is grown by the scenario's adjustment, not typed: `e` is refused. The `-2%`
    and enter typed in the same burst were meant for the editor; run as commands, `2` would
    switch to the commitments pane and enter jump away, taking the refusal out of view. They
    are swallowed, and so are keys typed later at human speed, until esc or enter closes the
    refusal as it would close an editor; then keys act as usual."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        await pilot.press("3")
        pane = app.query_one(CalcPane)
        pane.go_to("gdp_cpb", 2026)
        await settle(pilot)
        grid = app.query_one(CalcGrid)
        burst(pilot, "e-2%")
        app.post_message(events.Key("enter", "\r"))
        await settle(pilot)
        assert app.focused is grid and grid.edit_text is None
        assert pane.selected() == ("gdp_cpb", 2026)
        assert not app.session.dirty
        assert "not editable" in " ".join(str(pane.note).split()).lower()
        await pilot.press("e")  # refused again; this time the value is typed at human speed
        await settle(pilot)
        for key in ("-", "2", "%"):
            await pilot.press(key)
            await settle(pilot)
            assert app.focused is grid and pane.selected() == ("gdp_cpb", 2026)
        await pilot.press("enter")  # closes the refusal, as it would close an editor, going nowhere
        await settle(pilot)
        assert app.focused is grid and pane.selected() == ("gdp_cpb", 2026)
        assert not app.session.dirty
        await pilot.press("2")  # the refusal closed: the pane key works
        await settle(pilot)
        assert app.focused is not grid
