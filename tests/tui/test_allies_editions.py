"""The allies pane says which edition each Dutch figure comes from: the pane's 2.00 (NATO's
August 2025 edition) beside Table 1's 2.06 (the Annual Report 2024) read as a contradiction to a
tester. Every figure below is in core/data/allies/ and core/data/nl-table-1.csv."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Static

from core.allies import home_editions, table1_nato
from tests.tui.conftest import MakeApp, settle
from tests.tui.test_whatif_keys import SIZE
from tui.cli import main
from tui.widgets.allies_pane import AlliesPane


def test_each_edition_of_the_dutch_2024_figure_is_named_and_table_1s_marked() -> None:
    assert table1_nato(2024) == 2.06 and table1_nato(2025) is None
    said = home_editions(2024, "august-2025")
    assert said == (
        "Dutch 2024 figure, by edition: 2.05 June 2024 · 2.06 Annual Report 2024"
        " (letter's Table 1) · 2.00 August 2025 (shown)"
    )
    assert "2.06 Annual Report 2024 (shown, letter's Table 1)" in home_editions(2024, "annual-report-2024")
    assert home_editions(2025, "august-2025").endswith("2.5 August 2025 (shown); not in the letter's Table 1")


async def test_the_allies_pane_names_the_edition_of_each_dutch_figure(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        pane = app.query_one(AlliesPane)
        line = " ".join(str(pane.query_one("#allies-home", Static).render()).split())
        assert "2.06 Annual Report 2024 (letter's Table 1) · 2.00 August 2025 (shown)" in line
        # the cursor starts on the first ally, not on the `── 5% ──` line drawn above it
        table = pane.query_one("#allies-table", DataTable)
        assert table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value == "Poland"
        await pilot.press("e")  # the next edition with 2024 figures: June 2024
        await settle(pilot)
        line = " ".join(str(pane.query_one("#allies-home", Static).render()).split())
        assert "2.05 June 2024 (shown)" in line


def test_navotop_allies_names_them_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["allies", "--lang", "en"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "2.06 Annual Report 2024 (letter's Table 1) · 2.00 August 2025 (shown)" in text


def test_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["allies", "--lang", "nl"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert (
        "NL-cijfer 2024 per editie: 2,05 juni 2024 · 2,06 Annual Report 2024 (tabel 1 van de brief)" in text
    )
