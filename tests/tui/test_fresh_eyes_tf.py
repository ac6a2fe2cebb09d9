"""Findings of the fresh-eyes testers (English and Dutch users in tmux), each as the user meets
it, keys only from the table: money written one way in goal seek, the thousands mark in the cell
editor's prompt, the what-if log's title after save-as, a restore listed cell by cell, and the
count of unsaved edits counting what the user did."""

from __future__ import annotations

import re

import pytest
from textual.widgets import Static

from core import formats
from tests.tui.conftest import MakeApp, settle
from tests.tui.test_keys import SIZE, go_to_cell

# The baseline in EUR mln: CPB's GDP 1,134,000 in 2024, x 1.03938 in 2025, then 3.53% a year;
# defence excl. Ukraine in 2030 is 2.05% of it, and Ukraine support 0.01% of it.
GDP_CPB_2030 = 1_134_000 * 1.03938 * 1.0353**5
DEFENCE_2030 = 0.0205 * GDP_CPB_2030  # 28,739.0
UKRAINE_2030 = 0.0001 * GDP_CPB_2030  # 140.2


def shown(app: object, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_goal_seek_writes_money_as_every_other_view_does(new_app: MakeApp, lang: formats.Lang) -> None:
    """A Dutch tester read `49,1 EUR mld` in goal seek and `EUR 49,1 mld` in the verdict line and
    the log. Money is written the one way, currency first: in the answer (what the input becomes
    and what it was) and in the title of a money row."""
    formats.set_language(lang)
    bn = "bn" if lang == "en" else "mld"
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to_cell(pilot, "share_nl_excl", 2030)
        await pilot.press("g")
        await settle(pilot)
        # 3.5% of 2030's CPB GDP is EUR 49,066.7 mln: EUR 49.1 bn, was 2.05% of it, 28.7 bn
        needed = formats.number(0.035 * GDP_CPB_2030 / 1000, 1, lang)
        was = formats.number(DEFENCE_2030 / 1000, 1, lang)
        answer = shown(app, "#goal-answer")
        assert f"2030: EUR {needed} {bn} (was EUR {was} {bn})" in answer
        await pilot.press("escape")
        await settle(pilot)
        # a money row's own value, in the EUR mln its target is typed in
        await go_to_cell(pilot, "defence_total", 2030)
        await pilot.press("g")
        await settle(pilot)
        now = formats.number(DEFENCE_2030 + UKRAINE_2030, 1, lang)  # 28,879.2
        title = shown(app, "#goal-title")
        assert title.endswith(f" 2030, {'now' if lang == 'en' else 'nu'} EUR {now} mln"), title
        for text in (title, shown(app, "#goal-answer")):
            assert not re.search(r"\d EUR", text), text  # never a number before its currency
