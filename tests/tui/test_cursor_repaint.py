"""A cursor move repaints what it changes and nothing else (issue 9: the app's CPU per key,
bench/startup_cpu.py): the lines under the table follow the cursor at once, the year
headings mark the cursor's year, and a note said right after a move stays in view. Read from
the screen's picture, as a user reads it."""

from __future__ import annotations

import html
import re

from textual import events

from tests.tui.conftest import MakeApp, settle, until_loaded
from tui.app import NavotopApp
from tui.widgets.calc_grid import CalcGrid

SIZE = (120, 40)
_TEXT = re.compile(r'<text class="([^"]*)"[^>]*\by="([0-9.]+)"[^>]*>([^<]*)</text>')


def screen_text(app: NavotopApp) -> str:
    """What the screen shows, line by line."""
    lines: dict[float, list[str]] = {}
    for _, y, text in _TEXT.findall(app.export_screenshot()):
        lines.setdefault(float(y), []).append(html.unescape(text).replace("\xa0", " "))
    return "\n".join("".join(parts) for _, parts in sorted(lines.items()))


_RECT = re.compile(r'<rect fill="([^"]*)" x="([0-9.]+)" y="([0-9.]+)"')


def cursor_year(app: NavotopApp) -> str:
    """The year the table's heading line draws on a background of its own: the cursor's."""
    svg = app.export_screenshot()
    fills = {(x, float(y)): fill for fill, x, y in _RECT.findall(svg)}
    tops = sorted({top for _, top in fills})
    years = ("2024", "2025", "2026", "2027")
    found = {
        text: next(fills[x, top] for top in reversed(tops) if top < float(y) and (x, top) in fills)
        for x, y, text in re.findall(r'<text[^>]*\bx="([0-9.]+)" y="([0-9.]+)"[^>]*>(20\d\d)</text>', svg)
        if text in years
    }
    assert sorted(found) == list(years), found
    alone = [year for year in years if list(found.values()).count(found[year]) == 1]
    assert len(alone) == 1, found
    return alone[0]


async def test_down_says_what_is_under_the_cursor_at_once(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        assert "Dutch method, excl. Ukraine 2024 = 100 * 17,690.4 / 1,134,000 = 1.56%" in screen_text(app)
        await pilot.press("down")
        await settle(pilot)
        shown = screen_text(app)
        # 100 * 20,298.6 / 1,134,000 = 1.790: the Dutch method with Ukraine, the next row
        assert "Dutch method, incl. Ukraine 2024 = 100 * 20,298.6 / 1,134,000 = 1.79%" in shown
        assert "excl. Ukraine 2024 = 100 * 17,690.4" not in shown


async def test_a_refusal_typed_right_after_a_move_stays_in_view(new_app: MakeApp) -> None:
    """`down down e` in one burst (SSH delivers a fast typist's keys so): `e` on the NATO method's
    share (computed) says why it cannot be edited there, and the move does not wipe that
    a moment later."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        for key, character in (("down", None), ("down", None), ("e", "e")):
            app.post_message(events.Key(key, character))
        await settle(pilot)
        assert app.screen.query_one(CalcGrid).cursor_keys == ("share_nato", "2024")
        assert "Not editable here" in screen_text(app)


async def test_the_year_headings_mark_the_year_the_cursor_moves_to(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        assert cursor_year(app) == "2024"
        await pilot.press("right")
        await settle(pilot)
        assert cursor_year(app) == "2025"
        await pilot.press("down")  # a move within the year leaves the headings as they are
        await settle(pilot)
        assert cursor_year(app) == "2025"
        await pilot.press("left")
        await settle(pilot)
        assert cursor_year(app) == "2024"
