"""Rows named as the grid names them, never by their ids, in the app's sentences (issues #13/#14,
two testers): goal seek, the growth question, the refusals of `e`, the detail line's commitments
and the commitments pane, in Dutch where the finding was Dutch. Keys only, from the table."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from core import formats
from tests.tui.conftest import MakeApp, settle, shown
from tests.tui.test_keys import SIZE, go_to_cell
from tui.screens.dialogs import Choice
from tui.widgets.goal_seek import GoalSeekPanel

# The baseline's CPB GDP in 2030 (EUR mln): 1,134,000 x 1.03938 in 2025, then CPB's 3.53% a year.
GDP_CPB_2030 = 1_134_000 * 1.03938 * 1.0353**5


@pytest.fixture
def dutch() -> None:
    formats.set_language("nl")  # as `--lang nl` does before the app is built


@pytest.mark.usefixtures("dutch")
async def test_goal_seek_growth_question_and_refusals_name_rows_by_label_in_dutch(new_app: MakeApp) -> None:
    """Goal seek names rows by label and counts money as the grid does; then, the panel closed,
    the growth question and the refusals of `e` name rows by label too."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to_cell(pilot, "share_nl_excl", 2030)
        await pilot.press("g")
        await settle(pilot)
        assert app.query_one(GoalSeekPanel).is_open
        answer = shown(app, "#goal-answer")
        # 3.5% of 2030's CPB GDP, in EUR bn with one decimal, Dutch style: as the grid has it.
        bn = formats.number(0.035 * GDP_CPB_2030 / 1000, 1, "nl")
        assert f"Def. excl. Oekraïne 2030: EUR {bn} mld" in answer
        assert "gevonden: NL excl. Oekraïne in 2030 = 3,5 %-bbp met Def. excl. Oekraïne" in answer
        for row_id in ("share_nl_excl", "defence_excl_ukraine", "EUR mln"):
            assert row_id not in answer
        first = str(app.query_one("#goal-vary", OptionList).get_option_at_index(0).prompt)
        assert first.startswith("bbp, CPB")  # the label first; the id, dim, after it
        assert not first.startswith("gdp_cpb")
        await pilot.press("escape")
        await settle(pilot)
        assert not app.query_one(GoalSeekPanel).is_open and not app.session.dirty

        await go_to_cell(pilot, "gdp_cpb", 2026)  # the baseline grows it from 2026 by [[adjust]]
        await pilot.press("e")
        await settle(pilot)
        refusal = shown(app, "#detail")
        assert "bbp, CPB 2026 volgt uit [[adjust]] op " in refusal
        assert "(bbp, CPB 2026-2030: groei 3,53)" in refusal and "baseline.toml:" in refusal
        words = refusal.replace(str(app.session.path), "FILE")  # the test's folder says "growth"
        assert "gdp_cpb" not in words and "growth" not in words
        await go_to_cell(pilot, "share_nato", 2024)
        await pilot.press("e")
        await settle(pilot)
        computed = shown(app, "#detail")
        assert "wijzig in plaats daarvan wat het leest: " in computed
        reads = computed.split("wat het leest: ")[1]
        assert "Def. excl. Oekraïne" in reads and "bbp, OESO" in reads
        assert "defence_excl_ukraine" not in reads and "gdp_oecd" not in reads
        await go_to_cell(pilot, "growth:gdp_cpb", 2026)
        await pilot.press("e")
        await settle(pilot)
        await pilot.press("ctrl+u", *"2,5", "enter")
        await settle(pilot)
        assert isinstance(app.screen, Choice)
        assert "Groei van bbp, CPB 2026: 2,5% per jaar." in app.screen.question
        assert "gdp_cpb" not in app.screen.question


async def test_detail_line_and_pane_name_commitments_rows_and_norms(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to_cell(pilot, "share_nato", 2024)
        detail = shown(app, "#detail")
        links = detail.split(" · ")[-1]
        assert "commitments, first: " in links and links.endswith("(enter)")
        assert "-2pct" not in links and "nl-capability" not in links
        await pilot.press("enter")  # follows the link to the commitments pane
        await settle(pilot)
        said = shown(app, "#commitment-detail")
        numbers = said.split("Numbers: ")[1]
        assert "NATO method" in numbers and "share_nato" not in numbers
        assert "norm " not in numbers  # norms by their labels from the scenario


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_goal_seeks_title_shows_the_cells_value_at_80x24(new_app: MakeApp, lang: formats.Lang) -> None:
    """In Dutch at 80 columns a tester read "Doelzoeken: Nederlandse berekeningswijze, excl.
    Oekraïne in 2024, nu" and no number: the title names the row as the grid does (and the
    answer under it), and its value shows."""
    formats.set_language(lang)
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await go_to_cell(pilot, "share_nl_excl", 2024)
        await pilot.press("g")
        await settle(pilot)
        title = app.query_one("#goal-title").render_line(0).text.rstrip()
        now = {"en": "now 1.5600 % of GDP", "nl": "nu 1,5600 %-bbp"}[lang]
        assert title.endswith(now), title
        assert {"en": "Goal seek: Dutch, excl. Ukraine in 2024", "nl": "Doelzoeken: NL excl. Oekraïne"}[
            lang
        ] in title
