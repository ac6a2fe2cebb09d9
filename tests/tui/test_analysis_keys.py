"""Goal seek (`g`), the tornado (`t`), the chart (`5`) and the allies (`4`) through navotop's own
keys, on the bundled baseline, with numbers worked out by hand."""

from __future__ import annotations

import math

from textual.widgets import DataTable, Input, Static, Tabs

from tests.tui.conftest import Heard, MakeApp, settle, shown
from tests.tui.test_keys import SIZE, cell, edit, go_to_cell
from tui.screens.analysis import TornadoScreen
from tui.widgets.allies_pane import AlliesPane
from tui.widgets.goal_seek import GoalSeekPanel
from tui.widgets.share_chart import ChartPane
from tui.widgets.share_plot import ShareChart

GDP_CPB_2030 = 1_134_000.0 * 1.03938 * 1.0353**5


async def test_g_seeks_the_goal_and_applies_it_as_one_undoable_edit(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to_cell(pilot, "share_nl_excl", 2030)
        await pilot.press("g")
        await settle(pilot)
        assert app.query_one(GoalSeekPanel).is_open
        # The target offered is the next norm above 2.05%, and the answer is on screen at once:
        # 3.5% of 2030's CPB GDP.
        # Named and counted as the grid shows them: the row's label, money in EUR bn.
        answer = shown(app, "#goal-answer")
        assert f"Defence excl. Ukr. 2030: EUR {0.035 * GDP_CPB_2030 / 1000:,.1f} bn" in answer
        assert "found: Dutch, excl. Ukraine in 2030 = 3.5 % of GDP with Defence excl. Ukr." in answer
        assert "defence_excl_ukraine" not in answer and "share_nl_excl" not in answer
        await pilot.press("enter")
        await settle(pilot)
        assert not app.query_one(GoalSeekPanel).is_open
        assert cell(app, "share_nl_excl", 2030) == "!*3.50 w"  # edited (a what-if), and off Table 1's 2.05
        assert app.session.edits.values == {
            ("defence_excl_ukraine", 2030): 3.5
        }  # in the file's unit, % of GDP
        await pilot.press("u")
        await settle(pilot)
        assert cell(app, "share_nl_excl", 2030) == "2.05 e" and not app.session.dirty
        await pilot.press("U")
        await settle(pilot)
        assert cell(app, "share_nl_excl", 2030) == "!*3.50 w"


async def test_g_by_growth_changes_every_year_in_one_edit(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to_cell(pilot, "share_nl_excl", 2030)
        await pilot.press("g")
        await settle(pilot)
        await pilot.press("tab", "tab", "down", "down", "enter")  # how: growth, then apply
        await settle(pilot)
        rate = ((0.035 * GDP_CPB_2030) / (0.0156 * 1_134_000)) ** (1 / 6) - 1
        assert sorted(app.session.edits.values) == [("defence_excl_ukraine", y) for y in range(2025, 2031)]
        assert math.isclose(app.result.value("share_nl_excl", 2030) or 0, 3.5, rel_tol=1e-9)
        gdp_2026 = 1_134_000 * 1.03938 * 1.0353
        assert math.isclose(
            app.session.edits.values["defence_excl_ukraine", 2026],
            100 * 0.0156 * 1_134_000 * (1 + rate) ** 2 / gdp_2026,
        )
        await pilot.press("u")
        await settle(pilot)
        assert not app.session.dirty  # one undo takes all six years back


async def test_sparkline_tornado_of_a_known_and_an_unknown_cell_and_the_allies_ranked(
    new_app: MakeApp,
) -> None:
    """Keys that show and change nothing, on one app: a share row's detail ends with its years
    as a sparkline; `t` shows the tornado of the selected cell, and on an unknown cell says there
    is nothing to vary; `4` shows the allies ranked with the Netherlands marked.

    Spending excl. Ukraine in Table 1: 1.56, 1.79, 2.00, 2.05, 2.08, 2.09, 2.05% of GDP for
    2024-2030. On eight levels from the lowest (1.56) to the highest (2.09): 0, int(0.23/0.53*8)
    = 3, int(0.44/0.53*8) = 6, then 7 (the top, 2.09, is 7 too): ▁▄▇████. NATO's share is known
    in 2024 alone: one value has no shape, and no sparkline is drawn.

    NATO's method has no figures for 2026 in the baseline: every input would read "no change"
    under a legend saying that means the cell does not depend on it, which is false. It says the
    value is unknown instead, and shows no legend and no bars."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # a share row's detail ends with its years as a sparkline
        await go_to_cell(pilot, "share_nl_excl", 2030)
        assert "2024-2030: ▁▄▇████ (1.56 to 2.09%)" in shown(app, "#detail")
        await go_to_cell(pilot, "share_nato", 2024)
        assert "2024-2030" not in shown(app, "#detail")
        await go_to_cell(pilot, "gdp_cpb", 2024)  # money, not a share
        assert "▁" not in shown(app, "#detail")

        # t shows the tornado of the selected cell
        await go_to_cell(pilot, "share_nato", 2024)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TornadoScreen)
        bars = shown(app, "#tornado-bars").splitlines()
        # Inputs by their labels, as the grid names them, not by their ids.
        assert bars[0].startswith("GDP, OECD ") and bars[0].endswith("1.8727 to 2.2889")
        assert bars[-1].startswith("Related spending ") and bars[-1].endswith("no change")
        assert not any(line.startswith(("gdp_oecd", "related_security")) for line in bars)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, TornadoScreen)

        # t on an unknown cell says there is nothing to vary
        await go_to_cell(pilot, "share_nato", 2026)
        assert cell(app, "share_nato", 2026) == "unknown"  # no figure: the grid says so
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TornadoScreen)
        said = " ".join(shown(app, "#tornado-bars").split())
        assert "in 2026 is unknown, so there is nothing to vary" in said
        assert "no change" not in said
        everything = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "does not depend" not in everything
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, TornadoScreen) and not app.session.dirty

        # 4 shows the allies ranked with the Netherlands marked
        await pilot.press("4")
        await settle(pilot)
        pane = app.query_one(AlliesPane)
        assert pane.view is not None and pane.view.year == 2024
        table = pane.query_one(DataTable)
        rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        home = next(r for r in rows if r[1] == "> Netherlands")
        assert home[2] == "2.00 e"  # NATO's August 2025 edition, estimate
        await pilot.press("y")  # the next year with figures: 2025, where NATO gave 2.5
        await settle(pilot)
        assert pane.view.year == 2025
        rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert next(r for r in rows if r[1] == "> Netherlands")[2] == "2.5 e"
        await pilot.press("slash", *"pol", "enter")
        await settle(pilot)
        names = [str(table.get_row_at(i)[1]).strip() for i in range(table.row_count)]
        assert "Poland" in names and "> Netherlands" not in names


async def test_g_varies_from_the_year_typed_in_from(new_app: MakeApp) -> None:
    """Step from 2028: one amount u added to spending excl. Ukraine in 2028, 2029 and 2030 makes
    2030's share 3.5%: u = (3.5% - 2.05%) of 2030's CPB GDP, and 2028's spending becomes its
    2.08% of 2028's GDP plus u. 2025-2027 stay as they are."""
    gdp_2028 = 1_134_000 * 1.03938 * 1.0353**3
    u = (0.035 - 0.0205) * GDP_CPB_2030
    spending_2028 = 0.0208 * gdp_2028 + u
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to_cell(pilot, "share_nl_excl", 2030)
        await pilot.press("g")
        await settle(pilot)
        start = app.query_one("#goal-from", Input)
        assert start.value == "" and start.placeholder == "2030"  # level: the target year
        await pilot.press("tab", "tab", "down")  # how: step
        await settle(pilot)
        assert start.placeholder == "2025"  # step: the scenario's second year, as the CLI's
        await pilot.press("tab", *"2028")
        await settle(pilot)
        answer = shown(app, "#goal-answer")
        assert "every year 2028-2030" in answer
        assert f"Defence excl. Ukr. 2028: EUR {spending_2028 / 1000:,.1f} bn" in answer
        await pilot.press("enter")
        await settle(pilot)
        assert sorted(app.session.edits.values) == [("defence_excl_ukraine", y) for y in (2028, 2029, 2030)]
        assert math.isclose(
            app.session.edits.values["defence_excl_ukraine", 2028], 100 * spending_2028 / gdp_2028
        )
        assert math.isclose(app.result.value("share_nl_excl", 2030) or 0, 3.5, rel_tol=1e-9)


async def test_a_from_after_the_year_says_why_and_applies_nothing(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go_to_cell(pilot, "share_nl_excl", 2027)
        await pilot.press("g")
        await settle(pilot)
        await pilot.press("tab", "tab", "down", "tab", *"2029")  # step from 2029 to reach 2027?
        await settle(pilot)
        assert "the first year varied (2029) is after the year 2027" in shown(app, "#goal-answer")
        await pilot.press("enter")  # nothing to apply: the panel stays
        await settle(pilot)
        assert app.query_one(GoalSeekPanel).is_open and not app.session.dirty


async def test_g_on_an_input_says_so_and_varies_gdp_as_its_edit_does(
    new_app: MakeApp,
) -> None:
    app = new_app()
    heard = Heard()
    async with app.run_test(size=SIZE, message_hook=heard) as pilot:
        await settle(pilot)
        await go_to_cell(pilot, "gdp_cpb", 2024)
        await pilot.press("g")
        await settle(pilot)
        assert not any(panel.is_open for panel in app.query(GoalSeekPanel))  # made on the first g that asks
        assert any("computed row" in n for n in heard.notifications())
        await go_to_cell(pilot, "share_nl_excl", 2024)
        await pilot.press("g")
        await settle(pilot)
        await pilot.press("tab", "home")  # vary CPB GDP
        await settle(pilot)
        # The baseline states spending as a share of CPB GDP: an edit of GDP takes the spending
        # along and leaves the share at 1.56%, and goal seek says just that.
        assert "does not depend on GDP, CPB" in shown(app, "#goal-answer")
        await pilot.press("enter")
        await settle(pilot)
        assert not app.session.dirty


async def test_5_shows_the_chart_it_follows_an_edit_and_the_comparison(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)
        pane = app.query_one(ChartPane)
        assert pane.display and not app.query_one("#agenda").display  # in the agenda's place
        chart = app.query_one(ShareChart).chart
        assert chart is not None
        excl = next(line for line in chart.lines if line.row == "share_nl_excl")
        assert excl.values[-1] == 2.05
        await edit(pilot, "share_nl_excl", 2030, "2,5")
        chart = app.query_one(ShareChart).chart
        assert chart is not None
        excl = next(line for line in chart.lines if line.row == "share_nl_excl")
        assert excl.values[-1] == 2.5
        assert "x Dutch excl. Ukraine" in shown(app, "#chart-legend")
        await pilot.press("c")  # compare: the other scenario's shares are drawn beside
        await settle(pilot)
        await pilot.press("down", "enter")  # the bundled scenarios, baseline first: the next one
        await settle(pilot)
        chart = app.query_one(ShareChart).chart
        assert chart is not None and app.compare_result is not None
        assert {line.kind for line in chart.lines} >= {"share", "compared"}
        assert "(compared)" in shown(app, "#chart-legend")
        await pilot.press("1")
        await settle(pilot)
        assert app.query_one("#agenda").display and not pane.display


async def test_below_100_columns_allies_and_chart_are_tabs(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        tabs = app.query_one(Tabs)
        assert [str(tab.label) for tab in tabs.query("Tab")][-2:] == ["4 Allies", "5 Chart"]
        await pilot.press("5")
        await settle(pilot)
        assert tabs.active == "chart" and app.query_one(ChartPane).display
        assert not app.query_one("#calc").display


async def test_t_and_g_on_a_norms_verdict_work_on_the_share_it_is_judged_by(new_app: MakeApp) -> None:
    """A tester's `t` on a "pp short" row ended the app with a traceback (the verdict is no row
    the sweep knows), and `g` there (which once ended it with a KeyError) said to put the cursor
    on a gap, where it was. A verdict is the norm less its method's share: `t` shows what moves
    that share, `g` seeks the norm, and the app runs on."""
    from core.measures import METHOD_SPECS

    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        norms = list(app.result.scenario.norms.values())
        assert norms
        for norm in norms:
            share = METHOD_SPECS[norm.method].share
            await go_to_cell(pilot, f"verdict:{norm.id}", 2024)
            await pilot.press("t")
            await settle(pilot)
            assert isinstance(app.screen, TornadoScreen), norm.id
            assert (app.screen.result.row, app.screen.result.year) == (share, 2024)
            await pilot.press("escape", "g")
            await settle(pilot)
            panel = app.query_one(GoalSeekPanel)
            assert panel.is_open and (panel.row, panel.year) == (share, 2024), norm.id
            assert float(app.query_one("#goal-target", Input).value) == norm.share, norm.id
            await pilot.press("escape")
            await settle(pilot)
        assert app.is_running
