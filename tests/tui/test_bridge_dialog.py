"""The bridge dialog (`b`): figures at the precision where they add up; words for unknown years."""

from __future__ import annotations

import io

from rich.console import Console
from textual.widgets import Static

from tests.tui.conftest import MakeApp, settle
from tui.screens.dialogs import BridgeScreen
from tui.widgets.calc_table import CalcPane

SIZE = (120, 40)


def shown(screen: BridgeScreen) -> str:
    """What the dialog's parts say, printed as text the way they are drawn."""
    console = Console(width=110, file=io.StringIO(), color_system=None)
    for static in screen.query(Static):
        console.print(static.content)
    return " ".join(console.file.getvalue().split())  # type: ignore[attr-defined]


async def test_the_2024_bridge_adds_up_and_a_year_without_natos_figure_is_said_in_words(
    new_app: MakeApp,
) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # the 2024 bridge shows figures that add up
        app.main.query_one(CalcPane).go_to("share_nato", 2024)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, BridgeScreen)
        text = shown(app.screen)
        for figure in ("1.790", "0.092", "-0.037", "0.215", "2.060"):
            assert figure in text
        assert "1.790 + 0.092 - 0.037 + 0.215 = 2.060" in text and "add up exactly" not in text
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, BridgeScreen)

        # a year without NATO's figure is said in words
        app.main.query_one(CalcPane).go_to("share_nl_incl", 2027)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, BridgeScreen)
        text = shown(app.screen)
        assert text.count("footnote 11") == 1 and "no bridge to it for 2027" in text
        assert (
            "Bridge 1:" not in text and "rests on:" not in text
        )  # no steps, no formulas over unknown values
        assert "2.15 " in text  # the Dutch figure as the table shows it
