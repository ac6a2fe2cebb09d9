"""The table is measured for the room it has (its label column takes what the years leave, and
gives way below the width that shows every year), and measured again when that room changes:
a resized terminal shows the table as a terminal of that size shows it from the start. Read
from the screen's picture."""

from __future__ import annotations

from tests.tui.conftest import MakeApp, settle, until_loaded
from tests.tui.test_title_bar import screen_lines
from tui.app import NavotopApp


def table_lines(app: NavotopApp) -> list[str]:
    """The table pane's lines, from its year headings down."""
    lines = screen_lines(app)
    first = next(i for i, line in enumerate(lines) if "2024" in line and "2025" in line)
    return lines[first : first + 8]


async def test_a_resized_table_reads_as_one_started_at_that_size(new_app: MakeApp) -> None:
    shown: dict[tuple[int, int], list[str]] = {}
    for size in ((120, 40), (100, 30)):
        app = new_app()
        async with app.run_test(size=size) as pilot:
            await until_loaded(pilot)
            shown[size] = table_lines(app)
    # 120 columns show every year; at 100 the years end at 2028, the labels' column is wider
    assert "2030" in shown[120, 40][0] and "2029" not in shown[100, 30][0]
    assert shown[120, 40][2].index("% of GDP") != shown[100, 30][2].index("% of GDP")
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(pilot)
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        assert table_lines(app) == shown[100, 30]
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert table_lines(app) == shown[120, 40]
