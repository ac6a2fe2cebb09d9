"""Findings of the fresh-eyes testers (English and Dutch users in tmux), each as the user meets
it, keys only from the table: money written one way in goal seek, the thousands mark in the cell
editor's prompt, the what-if log's title after save-as, a restore listed cell by cell, and the
count of unsaved edits counting what the user did."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Static, Tree

from core import formats
from core.whatif_log import entry_line
from tests.tui.conftest import Heard, MakeApp, settle, shown, until_loaded
from tests.tui.test_keys import SIZE, edit, go_to_cell
from tui.screens.dialogs import Choice
from tui.screens.whatif import WhatIfLogScreen
from tui.widgets.calc_grid import CalcGrid

# The baseline in EUR mln: CPB's GDP 1,134,000 in 2024, x 1.03938 in 2025, then 3.53% a year;
# defence excl. Ukraine in 2030 is 2.05% of it, and Ukraine support 0.01% of it.
GDP_CPB_2030 = 1_134_000 * 1.03938 * 1.0353**5
DEFENCE_2030 = 0.0205 * GDP_CPB_2030  # 28,739.0
UKRAINE_2030 = 0.0001 * GDP_CPB_2030  # 140.2


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
        # out of reach: -1% of GDP would need defence at -1% of 2030's GDP, EUR -14,019 mln,
        # said as the answer's values are, in the grid's EUR bn
        await pilot.press("ctrl+u", "-", "1")
        await settle(pilot)
        below = formats.number(-0.01 * GDP_CPB_2030 / 1000, 1, lang)
        assert f" EUR {below} {bn}, " in shown(app, "#goal-answer")
        await pilot.press("escape")
        await settle(pilot)
        # a money row's own value, in the EUR mln its target is typed in
        await go_to_cell(pilot, "defence_total", 2030)
        await pilot.press("g")
        await settle(pilot)
        now = formats.number(DEFENCE_2030 + UKRAINE_2030, 1, lang)  # 28,879.2
        title = shown(app, "#goal-title")
        assert title.endswith(f" 2030, {'now' if lang == 'en' else 'nu'} EUR {now} mln"), title
        assert shown(app, "#goal-unit") == "EUR mln"  # beside the target typed, not the grid's bn
        for text in (title, shown(app, "#goal-answer")):
            assert not re.search(r"\d EUR", text), text  # never a number before its currency


@pytest.mark.parametrize(("lang", "now", "typed"), [("en", "now 1,134", "1134"), ("nl", "nu 1.134", "1134")])
async def test_the_editors_prompt_marks_thousands_and_its_value_reads_back_as_it_was(
    new_app: MakeApp, lang: formats.Lang, now: str, typed: str
) -> None:
    """The grid shows CPB's GDP 2024 as 1,134.0 (EUR bn; 1.134,0 in Dutch); the prompt said
    `nu 1134`. It marks the thousands as the grid does; the value to edit stays without a mark
    (a Dutch `1.134` shortened to `1.13` would read as one and a bit), and accepting it as it is
    changes nothing."""
    formats.set_language(lang)
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to_cell(pilot, "gdp_cpb", 2024)
        await pilot.press("e")
        await settle(pilot)
        assert f"in {formats.grid_unit(formats.MONEY)}, {now}:" in shown(app, "#detail")
        assert app.query_one(CalcGrid).edit_text == typed
        await pilot.press("enter")
        await settle(pilot)
        assert not app.session.dirty and app.result.value("gdp_cpb", 2024) == 1_134_000


def log_title(app: object) -> str:
    """The what-if log's first line, as `L` shows it."""
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, WhatIfLogScreen)
    return str(screen.query(Static).first().render())


async def test_the_logs_title_names_the_file_worked_on_after_save_as(
    new_app: MakeApp, scenario_copy: Path, tmp_path: Path
) -> None:
    """A tester saved the edits as a new what-if and read `What-if log: baseline.toml` above the
    edits made on the new file since: the title names the file being worked on, in the log and
    in the markdown it writes for the minutes."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await edit(pilot, "share_nl_excl", 2026, "2,2")
        await pilot.press("L")
        await settle(pilot)
        assert log_title(app) == "What-if log: baseline.toml"
        await pilot.press("escape", "S")
        await settle(pilot)
        await pilot.press(*"Spend 2.2", "enter", "enter")
        await settle(pilot)
        assert app.session.path == scenario_copy.parent / "spend-2-2.toml"
        await pilot.press("L")
        await settle(pilot)
        assert log_title(app) == "What-if log: spend-2-2.toml"
        await pilot.press("W")
        await settle(pilot)
    (written,) = (tmp_path / "exports").glob("navotop-log-*.md")
    assert written.read_text(encoding="utf-8").startswith("# What-if log: spend-2-2.toml\n")


async def _two_edits_left_unsaved(new_app: MakeApp) -> str:
    """A growth rate a point lower for 2026 and after (five years, one edit), then the Dutch
    share 2026 set to 2.2; `q` asks, cancel, and the terminal closes with the edits unsaved.
    Returns the quit dialog's question."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await edit(pilot, "growth:gdp_cpb", 2026, "-1")  # CPB's 3.53 less one point
        assert isinstance(app.screen, Choice) and "For which years?" in app.screen.question
        await pilot.press("a")  # this year and after
        await settle(pilot)
        await edit(pilot, "share_nl_excl", 2026, "2,2")
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, Choice)
        question = app.screen.question
        await pilot.press("c")
        await settle(pilot)
        assert app.journaling.writer.flush()
    return question


async def test_unsaved_edits_are_counted_as_the_user_made_them(new_app: MakeApp) -> None:
    """Two edits, one of them a growth rate for five years: the quit dialog, the journal's
    question after the app ended unsaved and the note after restoring all say 2 (a tester read
    "6 unsaved edits" after two: the growth edit was counted once per year); undoing the
    restore leaves none, and one edit after it is 3."""
    assert (await _two_edits_left_unsaved(new_app)).startswith("2 unsaved edits to baseline.toml.")
    heard = Heard()
    again = new_app()
    async with again.run_test(size=SIZE, message_hook=heard) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, Choice)
        assert again.screen.question.startswith("2 unsaved edits to baseline.toml, last made ")
        await pilot.press("r")
        await settle(pilot)
        assert "Restored 2 unsaved edits." in heard.notifications()
        await edit(pilot, "ukraine_military", 2027, "0,2")
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(again.screen, Choice)
        assert again.screen.question.startswith("3 unsaved edits to baseline.toml.")


async def test_a_restore_is_logged_cell_by_cell_as_edits_are(new_app: MakeApp) -> None:
    """A tester found one bare `restore` line in the what-if log and could not tell what had come
    back: each cell restored is listed, its values as the grid shows them."""
    await _two_edits_left_unsaved(new_app)
    again = new_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(again.screen, WhatIfLogScreen)
        lines = [entry_line(e) for e in again.whatif.entries]
    # GDP 2026 a point slower: 1,178,656.92 x 1.0253 = 1,208,476.9; defence 2.00% of the file's
    # 1,220,263.5 was EUR 24.4 bn, 2.2% of the slower GDP is 26,586.5: EUR 26.6 bn
    assert [line.split(" ", 1)[1] for line in lines] == [
        "restore Defence excl. Ukr. 2026: EUR 24.4 bn -> EUR 26.6 bn (in the file: 2 -> 2.2 % of CPB GDP)",
        *(f"restore GDP, CPB (growth) {year}: 3.53% a year -> 2.53% a year" for year in range(2026, 2031)),
    ]


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_the_agendas_whole_detail_can_be_read_at_120x40(new_app: MakeApp, lang: formats.Lang) -> None:
    """A tester at 120x40 could not read the end of an agenda item's detail: the longest (the
    North Atlantic Council, about 18 lines at the pane's 46 columns) had 7 rows under the tree.
    pagedown scrolls it to its last line (the source) with the item kept; pageup back; another
    item starts at its top."""
    formats.set_language(lang)
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        await pilot.press("1", "end")  # the last item: the Council of heads of state and government
        await settle(pilot)
        tree = app.query_one("#agenda-tree", Tree)
        assert tree.cursor_node is not None and tree.cursor_node.data is not None
        item = tree.cursor_node.data
        detail = app.query_one("#agenda-detail-scroll", VerticalScroll)
        text = str(app.query_one("#agenda-detail", Static).render())
        assert detail.max_scroll_y > 0 and detail.scroll_y == 0  # more than there is room for
        for _ in range(5):
            await pilot.press("pagedown")
        await settle(pilot)
        assert tree.cursor_node.data is item  # still the same item
        assert detail.scroll_y == detail.max_scroll_y  # its last line in view
        assert text.rstrip().splitlines()[-1].startswith("Source:" if lang == "en" else "Bron:")
        await pilot.press("pageup")
        await settle(pilot)
        assert 0 <= detail.scroll_y < detail.max_scroll_y
        await pilot.press("up")
        await settle(pilot)
        assert tree.cursor_node.data is not item and detail.scroll_y == 0
