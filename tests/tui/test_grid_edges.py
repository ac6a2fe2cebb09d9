"""A year the table's edge cuts is left blank, never drawn in part: a tester read `2.` and `1.`
at the right edge as figures, and at the left edge a year's marks (`eacw`) alone under the next
year's heading."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.tui.conftest import MakeApp, settle
from tui.widgets.calc_grid import CalcGrid

VALUE = re.compile(r"-?[\d,]+\.\d+|-?\d{1,3}(,\d{3})*|met|unknown")
MARKS = re.compile(r"[eacdw]+")


def years_shown(grid: CalcGrid) -> list[list[str]]:
    """The words right of the label and unit columns, line by line, as seen: up to the
    scrollbar, which covers the line's last columns."""
    seen = grid.scrollable_content_region.width
    lines = range(min(grid.size.height, len(grid.rows) + 1))
    return [grid.render_line(y).text[grid.fixed_width : seen].split() for y in lines]


def assert_whole(lines: list[list[str]]) -> None:
    header, *rows = lines
    assert all(re.fullmatch(r"\d{4}|◆", word) for word in header), header
    for words in rows:
        for i, word in enumerate(words):
            if MARKS.fullmatch(word) and not VALUE.fullmatch(word):
                assert i > 0 and VALUE.fullmatch(words[i - 1]), words  # marks follow their value
            else:
                assert VALUE.fullmatch(word), words  # a value whole: not `2.`, not `20`


@pytest.mark.parametrize(
    ("size", "scenario", "keys"),
    [
        ((80, 24), "baseline.toml", ("3", "right", "right", "right", "right")),
        ((120, 40), "hague-2035.toml", ("3",)),  # the right edge cuts 2029
        ((120, 40), "hague-2035.toml", ("3", "ctrl+end", "up", "up", "end")),  # the left edge
    ],
    ids=["80x24-right", "120x40-right", "120x40-left"],
)
async def test_a_year_cut_by_an_edge_of_the_table_is_blank(
    new_app: MakeApp, scenario_copy: Path, size: tuple[int, int], scenario: str, keys: tuple[str, ...]
) -> None:
    app = new_app(scenario_copy.parent / scenario)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await settle(pilot)
        grid = app.screen.query_one(CalcGrid)
        lines = years_shown(grid)
        assert len(lines[0]) >= 2  # years are shown, whole
        assert_whole(lines)
