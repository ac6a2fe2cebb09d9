"""The pane with the keyboard shows it by its border, in the theme's accent, at every width (the
three panes side by side, or one tab below 100 columns) and without colour (a lighter grey than
the other panes' borders). Goal seek's panel lies outside the panes: while it has the keyboard
no pane is marked, and escape gives the mark back to the table's pane."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.filter import Monochrome
from textual.widget import Widget

from tests.tui.conftest import MakeApp, settle
from tests.tui.test_focus_and_titles import luminance
from tests.tui.test_keys import go_to_cell
from tui.app import NavotopApp

PANES = ("agenda", "commitments", "calc", "allies", "chart")


def border(app: NavotopApp, pane: str) -> Color:
    """The colour of the pane's top border, as its styles give it."""
    widget = app.screen.query_one(f"#{pane}", Widget)
    return widget.styles.border_top[1]


def marked(app: NavotopApp) -> list[str]:
    """The panes whose border is in the accent: the ones that say they have the keyboard."""
    accent = Color.parse(app.theme_variables["accent"])
    return [pane for pane in PANES if border(app, pane) == accent]


def grey(app: NavotopApp, color: Color) -> float:
    """The luminance a border colour reaches the terminal with under NO_COLOR."""
    segment = Segment("─", Style(color=color.rich_color))
    (out,) = Monochrome().apply([segment], Color(0, 0, 0))
    assert out.style is not None
    return luminance(out.style.color)


@pytest.mark.parametrize("no_color", [False, True])
async def test_the_pane_with_the_keyboard_has_the_accent_border(
    new_app: MakeApp, monkeypatch: pytest.MonkeyPatch, no_color: bool
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert marked(app) == ["calc"]  # the table has the keyboard from the first frame
        await pilot.press("1")
        await settle(pilot)
        assert marked(app) == ["agenda"]
        if no_color:  # still told apart in greys: the marked border is the lighter one
            assert grey(app, border(app, "agenda")) - grey(app, border(app, "calc")) > 0.3
        await pilot.press("2")
        await settle(pilot)
        assert marked(app) == ["commitments"]
        await pilot.press("3")
        await settle(pilot)
        assert marked(app) == ["calc"]
        await go_to_cell(pilot, "share_nl_excl", 2030)
        await pilot.press("g")
        await settle(pilot)
        assert marked(app) == []  # goal seek's fields have the keyboard, in no pane
        await pilot.press("escape")
        await settle(pilot)
        assert marked(app) == ["calc"]


async def test_the_tab_shown_below_100_columns_has_the_accent_border(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert marked(app) == ["calc"]
        for key, pane in (("2", "commitments"), ("4", "allies"), ("5", "chart"), ("3", "calc")):
            await pilot.press(key)
            await settle(pilot)
            assert marked(app) == [pane]
            assert app.screen.query_one(f"#{pane}").display
