"""The analysis views on their own, each in a bare host app, driven by keys: goal seek, the
tornado, the chart and the allies pane. (Through navotop's own keys: tests/tui/test_analysis_keys.py.)"""

from __future__ import annotations

from textual import events, on
from textual.app import App, ComposeResult
from textual.widgets import DataTable

from core.allies import allies_view
from core.chart import share_chart
from core.engine import compute
from core.measures import INPUTS
from core.scenario import load_scenario
from core.sensitivity import sensitivity
from core.solve import Answer
from core.sweep import Sweep
from tests.conftest import BASELINE, REPO
from tests.tui.conftest import shown
from tui.screens.analysis import TornadoScreen
from tui.widgets.allies_pane import AlliesPane
from tui.widgets.goal_seek import GoalSeekPanel
from tui.widgets.share_chart import ChartPane

GDP_CPB_2030 = 1_134_000.0 * 1.03938 * 1.0353**5


class Host(App[None]):
    """A bare app that shows one screen or widget and keeps what a screen answered."""

    def __init__(self) -> None:
        super().__init__()
        self.answered: list[object] = []

    def record(self, value: object) -> None:
        self.answered.append(value)


class GoalHost(Host):
    def compose(self) -> ComposeResult:
        yield GoalSeekPanel()

    @on(GoalSeekPanel.Applied)
    def _applied(self, event: GoalSeekPanel.Applied) -> None:
        self.record(event.answer)  # applied: the panel's owner closes it, as MainScreen does
        self.query_one(GoalSeekPanel).action_close()

    @on(GoalSeekPanel.Closed)
    def _closed(self) -> None:
        self.record("closed")


def _open(app: GoalHost) -> GoalSeekPanel:
    panel = app.query_one(GoalSeekPanel)
    panel.open(Sweep(load_scenario(BASELINE)), "share_nl_excl", 2030, 3.5, [s.id for s in INPUTS])
    return panel


async def test_goal_seek_shows_the_answer_as_it_opens_and_applies_it_with_enter() -> None:
    app = GoalHost()
    async with app.run_test(size=(80, 24)) as pilot:
        panel = _open(app)
        await pilot.pause()
        assert panel.is_open
        # As the grid shows it: EUR 49,066.7 mln is 49.1 bn, 28,739.0 was 28.7; by its label.
        assert "Defence excl. Ukr. 2030: EUR 49.1 bn (was EUR 28.7 bn)" in shown(app, "#goal-answer")
        await pilot.press("ctrl+u", "4")  # a new target: the answer follows the key
        await pilot.pause()
        assert f"EUR {0.04 * GDP_CPB_2030 / 1000:,.1f} bn" in shown(app, "#goal-answer")
        await pilot.press("enter")
        await pilot.pause()
        assert not panel.is_open
    answer, closed = app.answered
    assert closed == "closed" and isinstance(answer, Answer) and answer.reachable
    assert answer.goal.target == 4.0 and answer.goal.series == "defence_excl_ukraine"


async def test_goal_seek_varies_another_input_and_way_with_the_keys() -> None:
    app = GoalHost()
    async with app.run_test(size=(80, 24)) as pilot:
        panel = _open(app)
        await pilot.pause()
        await pilot.press("tab", "tab", "down", "down")  # to "how", then growth
        await pilot.pause()
        assert "% a year from 2024" in shown(app, "#goal-answer")
        await pilot.press("shift+tab", "up")  # to the inputs: from spending up to OECD GDP
        await pilot.pause()
        assert "does not depend on GDP, OECD" in shown(app, "#goal-answer")
        await pilot.press("enter")  # nothing to apply: the panel stays
        await pilot.pause()
        assert panel.is_open
        await pilot.press("escape")
        await pilot.pause()
        assert not panel.is_open
    assert app.answered == ["closed"]


async def test_the_tornado_ranks_the_inputs_and_says_which_do_not_matter() -> None:
    sweep = Sweep(load_scenario(BASELINE))
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(TornadoScreen(sweep, sensitivity(sweep, "share_nato", 2024)))
        await pilot.pause()
        lines = shown(app, "#tornado-bars").splitlines()
        assert [line[:18].rstrip() for line in lines][:2] == ["GDP, OECD", "Deflator, defence"]
        assert lines[0].endswith("1.8727 to 2.2889")  # 2.06 / 1.1 and 2.06 / 0.9
        # CPB GDP moves as its edit does: the spending stated as 1.79% of it moves with it,
        # 2.06 x (1.79% x 1,134,000 x 0.9 - 398.6) / 19,900 = 1.8499; related spending: no change.
        assert lines[2][:18].rstrip() == "GDP, CPB" and lines[2].endswith("1.8499 to 2.2701")
        assert lines[-1][:18].rstrip() == "Related spending" and "no change" in lines[-1]
        assert "no change" not in "".join(lines[:-1])
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, TornadoScreen)


class ChartHost(Host):
    def compose(self) -> ComposeResult:
        yield ChartPane()


async def test_the_chart_draws_each_series_with_its_letter_and_the_compared_beside() -> None:
    own = compute(load_scenario(REPO / "scenarios" / "hague-2035.toml"))
    other = compute(load_scenario(BASELINE))
    app = ChartHost()
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.query_one(ChartPane)
        chart = pane.open()  # as showing the pane does
        pane.show(share_chart(own, other))
        await pilot.pause()
        drawn = chart.render().plain  # type: ignore[union-attr]
        legend = shown(app, "#chart-legend")
        for mark in ("x Dutch excl. Ukraine", "N NATO method", "p paths", "3 NATO method (compared)"):
            assert mark in legend
        for norm in ("2%", "3.5%", "5%"):
            assert norm in drawn
        assert "2024" in drawn and "2035" in drawn and "p" in drawn
        pane.show(share_chart(other))  # a new result: the next frame shows it alone
        await pilot.pause()
        assert "compared" not in shown(app, "#chart-legend")
        assert "2035" not in chart.render().plain  # type: ignore[union-attr]


class AlliesHost(Host):
    def compose(self) -> ComposeResult:
        yield AlliesPane()

    def on_mount(self) -> None:
        self.query_one(AlliesPane).show(allies_view(2025))

    @on(AlliesPane.Wanted)
    def _wanted(self, message: AlliesPane.Wanted) -> None:
        self.query_one(AlliesPane).show(allies_view(message.year, message.edition))


def _rows(app: App[None]) -> list[list[str]]:
    table = app.query_one("#allies-table", DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_the_allies_pane_ranks_marks_home_and_keeps_the_sources_precision() -> None:
    app = AlliesHost()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        rows = _rows(app)
        home = next(r for r in rows if "Netherlands" in r[1])
        assert home[1] == "> Netherlands" and home[2] == "2.5 e"  # one decimal, as reported
        names = [r[1].strip() for r in rows]
        # Latvia 3.73, then the 3.5% line, Estonia 3.38; all above 2%, none at 5%.
        assert names[0] == "── 5% ──" and names[1] == "Poland"
        assert names.index("Latvia") < names.index("── 3.5% ──") < names.index("Estonia")
        assert names.index("Estonia") < names.index("── 2% ──")
        assert "figures are core defence only" in shown(app, "#allies-foot")
        sources = [r[4] for r in rows if r[1] == "source"]
        assert sources[0].startswith("nato-share-gdp-2025e-partial.csv: NATO")
        # cut to the note column, whole under the table when its row is highlighted
        # (tests/tui/test_tester_leftovers.py)
        assert sources[1].startswith("2014-2024 lines: nato-share-gdp-2014") and sources[1].endswith("…")
        app.query_one("#allies-table").focus()
        await pilot.press("slash", "n", "e", "t", "h")
        await pilot.pause()
        allies = [r[1].strip() for r in _rows(app) if r[1].strip() != "source" and not r[1].startswith("──")]
        assert allies == ["> Netherlands"]
        await pilot.press("escape", "e")  # clear the filter, then the next edition
        await pilot.pause()
        pane = app.query_one(AlliesPane)
        assert pane.view is not None and (pane.view.edition, pane.view.year) == ("june-2024", 2024)
        sparks = next(r for r in _rows(app) if "Netherlands" in r[1])[3]
        assert len(sparks) == 11  # 2014-2024


def test_analysis_texts_spell_the_registrys_units_and_load_no_engine_before_first_paint() -> None:
    """tui.analysis_text keeps its own copy of two unit names so that the app's first paint does
    not wait for polars; they must stay the registry's."""
    import subprocess
    import sys

    from core import measures
    from tui import analysis_text

    assert (analysis_text.MONEY, analysis_text.INDEX) == (measures.MONEY, measures.INDEX)
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, tui.app; print('polars' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "False"


_FIRST_FRAME = """
import asyncio, sys
from pathlib import Path
from tui.app import NavotopApp
from tui.cli import make_app

def load(self: NavotopApp) -> None:  # the app starts loading once its first frame is out
    print(sorted(m for m in ("polars", "textual_plotext", "core.model") if m in sys.modules))
    self.exit()

NavotopApp.load = load  # type: ignore[method-assign]

async def main() -> None:
    app = make_app(Path(sys.argv[1]), watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.wait_for_scheduled_animations()
        while app.is_running:
            await pilot.pause()

asyncio.run(main())
"""


def test_the_first_frame_waits_for_neither_polars_nor_plotext() -> None:
    """The engine (polars) and the chart (plotext) cost tenths of a second to import, the
    scenario model's frozen dataclasses ~20 ms; the first frame must not pay for them: polars
    and the model load after it, in the loading worker, and plotext when the chart pane is
    first opened. A widget that imports one on mount breaks this (goal seek's panel once did,
    and first paint took 1.6x the bare app's)."""
    import subprocess
    import sys

    seen = subprocess.run(
        [sys.executable, "-c", _FIRST_FRAME, str(BASELINE)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        timeout=60,
    )
    assert seen.stdout.strip().splitlines()[-1] == "[]"


async def test_two_enters_in_one_burst_apply_the_answer_once() -> None:
    """Enter hands the answer to the panel's owner, which closes the panel once it is applied:
    a second enter in the same burst (a fast typist over SSH) must not apply it again."""
    app = GoalHost()
    async with app.run_test(size=(80, 24)) as pilot:
        _open(app)
        await pilot.pause()
        for _ in range(2):  # both queued before either is handled, as a terminal delivers them
            app.post_message(events.Key("enter", "\r"))
        await pilot.pause()
        assert [a for a in app.answered if isinstance(a, Answer)] == app.answered[:1]
        assert app.answered[1:] == ["closed"]
