"""What a user needs to act shows at the sizes fresh-eyes testers used (80x24, 100x30), read
from the screen's picture as they read it: no pane's text crowds out the rows it explains."""

from __future__ import annotations

import html
import re
from pathlib import Path

from textual.pilot import Pilot

from tests.tui.conftest import MakeApp, settle, until_loaded
from tui.app import NavotopApp
from tui.widgets.calc_grid import distinct_cuts
from tui.widgets.goal_seek import GoalSeekPanel

_TEXT = re.compile(r'<text[^>]*\by="([0-9.]+)"[^>]*>([^<]*)</text>')


def screen_text(app: NavotopApp) -> str:
    """What the screen shows, line by line, read from its SVG picture."""
    lines: dict[float, list[str]] = {}
    for y, text in _TEXT.findall(app.export_screenshot()):
        lines.setdefault(float(y), []).append(html.unescape(text).replace("\xa0", " "))
    return "\n".join("".join(parts) for _, parts in sorted(lines.items()))


async def start(pilot: Pilot[None], *keys: str) -> str:
    await until_loaded(pilot)
    await pilot.press(*keys)
    await settle(pilot)
    return screen_text(pilot.app)  # type: ignore[arg-type]


async def test_goal_seek_at_80x24_shows_its_instruction_and_reaches_every_input(new_app: MakeApp) -> None:
    """Every line of the panel shows, none scrolled out of it (a tester saw the line on how an
    input varies cut off, and a target with no unit); the inputs scroll within their list, one
    line each, so the last input ("Related spending") shows when chosen, above the instruction."""
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        shown = await start(pilot, "3", "g")
        assert app.screen.query_one(GoalSeekPanel).max_scroll_y == 0
        assert re.search(r"target 2\s*% of GDP", shown)  # the picture runs the field and unit together
        assert "an input varies as a cell edit does: spending in % of GDP moves with GDP" in shown
        assert "the first year varied; empty:" in shown and "the default shown" in shown
        assert "NATO def. extra  nato_definition_adjustme…" in shown  # cut, not wrapped
        assert "enter applies the answer as one edit (u undoes it) · esc closes" in shown
        assert "Next field" in shown.splitlines()[-1]  # the footer names tab beside esc
        await pilot.press("tab", "end")
        await settle(pilot)
        shown = screen_text(app)
        assert "Related spending" in shown
        assert "enter applies the answer as one edit (u undoes it) · esc closes" in shown
        assert shown.index("Related spending") < shown.index("enter applies")


async def test_table_at_100x30_shows_table_1_the_norms_and_the_first_input(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        shown = await start(pilot, "3")
        # The picture's runs of text lose the spaces between columns: a row reads label+unit.
        for label in ("Dutch, excl. Ukraine", "Dutch, incl. Ukraine", "NATO method"):
            assert f"│{label}% of GDP" in shown, label
        for label in ("NATO 2% (Wales pledge)", "Dutch 2% rule, excl. Ukraine", "Capability 3.5%"):
            assert re.search(f"│{re.escape(label)}[^│]*pp short", shown), label
        assert "▾ Inputs" in shown and "│GDP, CPBEUR bn" in shown


async def test_commitments_filtered_at_100x30_keep_rows_above_the_detail(new_app: MakeApp) -> None:
    """`/ topic:ukraine`: the list keeps three matches in view; the detail yields."""
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        shown = await start(pilot, "2", "slash", *"topic:ukraine", "enter")
        for title in ("EUR 3.5 bn for…", "The EUR 3.5 bn…", "EUR 100 mln to…"):
            assert title in shown, title
        assert "EUR 3.5 bn for continued support to Ukraine" in shown  # the detail, below


def test_labels_cut_to_the_same_text_stay_apart() -> None:
    """The table's gap rows in Dutch, cut to 15 columns, read `Tekort NAVO: N…` twice; shown
    instead with their ends, which say which norm each gap is to. Labels that fit, or whose
    cuts differ already, are left as the plain cut shows them."""
    labels = [
        "Tekort NAVO: NAVO 2% (toezegging van Wales)",
        "Tekort NAVO: NL-norm 2%, excl. Oekraïne",
        "Tekort NL: NAVO 2% (toezegging van Wales)",
        "Tekort NL: NL-norm 2%, excl. Oekraïne",
        "bbp, CPB",
    ]
    assert distinct_cuts(labels, 15) == {0: "Tekort … Wales)", 1: "Tekort …ekraïne"}
    assert distinct_cuts(labels, 43) == {}
    # Ends that differ only in their last characters: the cut keeps those.
    assert distinct_cuts(["Gap NATO: norm 2035", "Gap NATO: norm 2036"], 10) == {
        0: "Gap … 2035",
        1: "Gap … 2036",
    }


async def test_the_charts_y_labels_are_the_norm_lines_it_draws(new_app: MakeApp, scenario_copy: Path) -> None:
    """Hague 2035 draws lines at 1.5, 2, 3.5 and 5% (its legend says so): the y axis names
    exactly those (and 0%), each on its own row; where the pane is too short to part 1.5% from
    2% (120x40, beside the commitments), the axis keeps the lines it can part and one line says
    a taller window shows them all, rather than labels drawn over each other (`1.2%`)."""
    app = new_app(scenario_copy.with_name("hague-2035.toml"))
    async with app.run_test(size=(120, 60)) as pilot:
        shown = await start(pilot, "5")
        assert re.findall(r"│ *([0-9.]+%)[├┤]", shown) == ["5%", "3.5%", "2%", "1.5%", "0%"]
        assert "taller window" not in shown
    app = new_app(scenario_copy.with_name("hague-2035.toml"))
    async with app.run_test(size=(120, 40)) as pilot:
        shown = await start(pilot, "5")
        assert re.findall(r"│ *([0-9.]+%)[├┤]", shown) == ["5%", "3.5%", "2%", "0%"]
        assert "taller window shows all lines" in shown
        assert "1.2%" not in shown
