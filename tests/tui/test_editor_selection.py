"""The cell editor opens with the value selected, as a spreadsheet does: what is typed first
replaces it (a found trap: `e 2,53` made `1.562,53`), and arrows keep it to be changed in place."""

from __future__ import annotations

from textual import events

from tests.tui.conftest import MakeApp, settle
from tests.tui.test_keys import cell, go_to_cell
from tui.widgets.calc_grid import CalcGrid

SIZE = (120, 40)


async def test_typed_text_or_a_paste_replaces_the_value_a_sign_changes_it_an_arrow_keeps_it(
    new_app: MakeApp,
) -> None:
    """One app, each way in turn, each undone before the next (so each starts from Table 1's
    2.00 for 2026): an arrow keeps the value to change it in place; typing after `e` replaces
    the value; a leading sign typed first changes it by that much; a paste replaces it too."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        grid = app.query_one(CalcGrid)
        # an arrow keeps the value to change it in place
        await go_to_cell(pilot, "share_nl_excl", 2024)
        await pilot.press("e", "end", "backspace", "9")  # 1.56 -> 1.59
        assert grid.edit_text == "1.59"
        await pilot.press("escape")
        await pilot.press("e", "left", "left", "delete", "7")  # 1.56 -> 1.76
        assert grid.edit_text == "1.76"
        await pilot.press("escape", "e", "backspace")  # backspace first clears the value
        assert grid.edit_text == ""
        await pilot.press("escape")
        await settle(pilot)
        assert grid.edit_text is None and not app.session.dirty

        # typing after e replaces the value
        await go_to_cell(pilot, "share_nl_excl", 2026)
        await pilot.press("e")
        assert grid.edit_text == "2"  # the value, at full precision
        await pilot.press(*"2,5", "enter")
        await settle(pilot)
        assert cell(app, "share_nl_excl", 2026) == "!*2.50 w"  # not 22.5
        await pilot.press("u")
        await settle(pilot)
        assert cell(app, "share_nl_excl", 2026) == "2.00 e" and not app.session.dirty

        # a leading sign typed first changes the value by that much
        await pilot.press("e", *"+0,2", "enter")  # 2.00 + 0.2 points
        await settle(pilot)
        assert cell(app, "share_nl_excl", 2026) == "!*2.20 w"
        await pilot.press("u")
        await settle(pilot)
        assert cell(app, "share_nl_excl", 2026) == "2.00 e" and not app.session.dirty

        # a paste replaces the value too
        await pilot.press("e")
        grid.post_message(events.Paste("2,4"))
        await settle(pilot)
        assert grid.edit_text == "2,4"
        await pilot.press("enter")
        await settle(pilot)
        assert cell(app, "share_nl_excl", 2026) == "!*2.40 w"


async def test_a_value_wider_than_its_cell_shows_its_start_not_its_last_digits(new_app: MakeApp) -> None:
    # Spending 2026 is a share of GDP in the file, so in EUR bn it has many digits
    # (24.40530527018552): a tester saw the editor's tail "0527018552" and read it as garbage.
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to_cell(pilot, "defence_excl_ukraine", 2026)
        await pilot.press("e")
        grid = app.query_one(CalcGrid)
        text = grid.edit_text
        assert text is not None and len(text) > 10  # the full-precision value, kept
        y = grid.cursor_row + 1 - round(grid.scroll_y)
        line = grid.render_line(y).text
        assert text[:6] in line and "…" in line, line  # 24.405… reads as the number
        assert text[-6:] not in line, line
        await pilot.press("enter")  # accepted untouched: nothing changes
        await settle(pilot)
        assert not app.session.dirty
