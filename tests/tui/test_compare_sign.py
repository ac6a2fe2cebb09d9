"""One sign for a difference, in the app and on the command line: open A and compare with B,
and a cell's `(+x)` is B minus A, as `navotop diff A B` writes `A -> B (+x)`. A tester saw the
two disagree (the app showed this minus other, the CLI other minus base)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from tests.conftest import REPO
from tests.tui.conftest import MakeApp, settle
from tests.tui.test_whatif_keys import SIZE, cell
from tui.cli import main
from tui.screens.dialogs import PickScenario
from tui.widgets.calc_table import CalcPane


async def compare_with(pilot: Pilot[None], other: Path) -> str:
    """Compare the open scenario with `other` by the keys (c, its path, enter): the header,
    on one line."""
    app = pilot.app
    await settle(pilot)
    await pilot.press("c")
    await settle(pilot)
    assert isinstance(app.screen, PickScenario)
    field = app.screen.query_one("#path", Input)
    field.value = str(other)
    field.focus()
    await pilot.press("enter")
    await settle(pilot)
    return " ".join(str(app.query_one("#compare-header", Static).render()).split())


async def compared(app_cells: MakeApp, this: Path, other: Path) -> tuple[str, str, str]:
    """The app on `this`, compared with `other` by the keys: two cells and the header."""
    app = app_cells(this)
    async with app.run_test(size=SIZE) as pilot:
        header = await compare_with(pilot, other)
        return cell(app, "share_nl_excl", 2026), cell(app, "gdp_cpb", 2026), header


@pytest.mark.parametrize("flipped", [False, True], ids=["baseline-then-shock", "shock-then-baseline"])
async def test_the_app_and_navotop_diff_give_one_sign(
    new_app: MakeApp, scenario_copy: Path, capsys: pytest.CaptureFixture[str], flipped: bool
) -> None:
    shock = scenario_copy.parent / "gdp-shock-fixed-euros.toml"
    this, other = (shock, scenario_copy) if flipped else (scenario_copy, shock)
    share, gdp, header = await compared(new_app, this, other)
    # GDP 2026: 1,220,263.51 in the baseline, x 0.97 = 1,183,655.60 in the shock: -36.6 bn;
    # the share 2.00 there, 2.00 / 0.97 = 2.0619 in the shock: +0.06
    if flipped:
        assert share == "2.06 eaw (-0.06)" and gdp == "1,183.7 eaw (+36.6)"
    else:
        assert share == "2.00 e (+0.06)" and gdp == "1,220.3 ea (-36.6)"
    assert "the other minus this" in header and "navotop diff THIS OTHER" in header

    capsys.readouterr()
    assert main(["diff", str(this), str(other), "--format", "json", "--lang", "en"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)["rows"]}
    delta = rows["share_nl_excl"]["delta"]["2026"]
    assert delta == pytest.approx((-1 if flipped else 1) * (2.0 / 0.97 - 2.0), rel=1e-9)
    assert main(["diff", str(this), str(other), "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert ("2.06 -> 2.00 (-0.06)" if flipped else "2.00 -> 2.06 (+0.06)") in text
    assert "minus" in text  # the direction said in the table's title


@pytest.mark.parametrize("flipped", [False, True], ids=["baseline-then-hague", "hague-then-baseline"])
async def test_a_figure_known_in_one_scenario_only_is_marked_and_both_are_said(
    new_app: MakeApp, scenario_copy: Path, flipped: bool
) -> None:
    """A tester compared the baseline (NATO's share known for 2024 only) with the Hague scenario
    (known every year): the NATO row showed no change at all, read as 'Hague changes nothing
    there'. Such a cell is marked `(→)`, and the line under the table gives both figures."""
    hague = scenario_copy.parent / "hague-2035.toml"
    this, other = (hague, scenario_copy) if flipped else (scenario_copy, hague)
    app = new_app(this)
    async with app.run_test(size=SIZE) as pilot:
        assert "(→) = known in one of the two only" in await compare_with(pilot, other)
        # the baseline's NATO share is known in 2024 only; Hague's in every year (2.53 in 2025)
        assert cell(app, "share_nato", 2025) == ("2.53 eacw (→)" if flipped else "unknown (→)")
        assert cell(app, "share_nato", 2024) == "2.06 eac"  # known in both, the same: no mark
        app.query_one(CalcPane).go_to("share_nato", 2025)
        await settle(pilot)
        detail = str(app.query_one("#detail", Static).render())
        said = (
            "compared: 2.53% here, unknown in Baseline"
            if flipped
            else "compared: unknown here, 2.53% in Hague 2035"
        )
        assert said in " ".join(detail.split()), detail


async def test_a_copy_compared_with_its_original_is_told_apart_by_its_path(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    """A tester compared a copy of the baseline with the bundled one and read `This: Baseline…
    Other: Baseline…`: with equal names, each gets the end of its path that differs."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        header = await compare_with(pilot, REPO / "scenarios" / "baseline.toml")
        mine = "/".join(scenario_copy.resolve().parts[-3:])  # the copy's folder is scenarios/ too
        theirs = "/".join((REPO / "scenarios" / "baseline.toml").resolve().parts[-3:])
        assert f"This: Baseline: Table 1 of the letter ({mine})." in header, header
        assert f"Other: Baseline: Table 1 of the letter ({theirs})." in header, header
        assert app.sub_title == f"{mine} · compared with {theirs}"  # the title line tells them apart too


async def test_at_80_columns_the_comparison_says_itself_in_two_lines_and_the_title_by_file(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    """A tester compared at 80x24 in Dutch: the header's five lines and the detail lines left
    no row of the table, and the title line cut the other scenario's name to `3…`."""
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        header = await compare_with(pilot, scenario_copy.parent / "hague-2035.toml")
        assert header.startswith("Compared with hague-2035.toml: (+x) = the other minus this; (→)")
        assert app.query_one("#compare-header", Static).size.height == 2
        assert app.sub_title == "baseline.toml · compared with hague-2035.toml"
        await pilot.resize_terminal(120, 40)  # room again: the whole header, names and all
        await settle(pilot)
        header = " ".join(str(app.query_one("#compare-header", Static).render()).split())
        assert header.startswith("This: Baseline: Table 1 of the letter. Other: Hague 2035")
