"""Two of a fresh-eyes tester's findings (issue 9): only the pane with the keyboard shows a
strong cursor, also without colour; and a commitment's title too long for its column is cut
after a whole word, with "…", its whole title in the detail below."""

from __future__ import annotations

import pytest
from rich.color import Color as RichColor
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.filter import Monochrome
from textual.widgets import DataTable, Static

from tests.tui.conftest import MakeApp, settle
from tui.widgets.calc_grid import CalcGrid

SIZE = (120, 40)


def luminance(color: RichColor | None) -> float:
    assert color is not None
    r, g, b = color.get_truecolor()
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255


def cursor_cell(app: object, no_color: bool) -> Style:
    """The grid's cursor cell as the terminal gets it (greyed, as Textual does, under NO_COLOR)."""
    grid = app.main.query_one(CalcGrid)  # type: ignore[attr-defined]
    segments = list(grid.render_line(grid.cursor_row + 1 - round(grid.scroll_y)))
    if no_color:
        segments = Monochrome().apply(segments, Color(0, 0, 0))
    cell: Segment = next(s for s in segments if s.text.strip() == "1.56")
    assert cell.style is not None
    return cell.style


@pytest.mark.parametrize("no_color", [False, True])
async def test_only_the_pane_with_the_keyboard_shows_a_strong_cursor(
    new_app: MakeApp, monkeypatch: pytest.MonkeyPatch, no_color: bool
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        assert isinstance(app.focused, CalcGrid)
        focused = cursor_cell(app, no_color)
        await pilot.press("1")  # the agenda takes the keyboard; the grid keeps its place
        await settle(pilot)
        assert not isinstance(app.focused, CalcGrid)
        blurred = cursor_cell(app, no_color)
    assert focused.bold and not blurred.bold
    # The grid without the keyboard marks its cell dimly: a background far closer to the
    # grid's own than the focused cursor's, its text still readable on it.
    grid_background = luminance(Style.parse("on #1e1e1e").bgcolor)
    assert (
        abs(luminance(blurred.bgcolor) - grid_background)
        < abs(luminance(focused.bgcolor) - grid_background) / 2
    )
    assert abs(luminance(blurred.color) - luminance(blurred.bgcolor)) > 0.5


async def test_long_commitment_titles_end_at_a_word_with_an_ellipsis(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        table = app.main.query_one("#commitments-table", DataTable)
        width = table.columns[next(iter(table.columns))].width  # type: ignore[index]
        long = [c for c in app.summit.commitments if len(c.title) > width]
        assert long, "no title is longer than the column: nothing to show"
        for c in long:
            shown = str(table.get_row(c.id)[0])
            assert shown.endswith("…") and len(shown) <= width, shown
            kept = shown.removesuffix("…")
            # at a word, unless that would keep under two thirds of the column ("Nieuwe…")
            at_word = not c.title[len(kept)].isalnum()
            assert c.title.startswith(kept) and (at_word or " " not in c.title[2 * width // 3 : width]), shown
        c = long[0]
        await pilot.press(*["down"] * table.get_row_index(c.id))
        await settle(pilot)
        assert c.title in str(app.main.query_one("#commitment-detail", Static).render())
