"""One sign for a difference, in the app and on the command line: open A and compare with B,
and a cell's `(+x)` is B minus A, as `navotop diff A B` writes `A -> B (+x)`. A tester saw the
two disagree (the app showed this minus other, the CLI other minus base)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from tests.tui.conftest import MakeApp, settle
from tests.tui.test_whatif_keys import SIZE, cell
from tui.cli import main
from tui.screens.dialogs import PickScenario


async def compared(app_cells: MakeApp, this: Path, other: Path) -> tuple[str, str, str]:
    """The app on `this`, compared with `other` by the keys: two cells and the header."""
    app = app_cells(this)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, PickScenario)
        field = app.screen.query_one("#path", Input)
        field.value = str(other)
        field.focus()
        await pilot.press("enter")
        await settle(pilot)
        header = str(app.query_one("#compare-header", Static).render())
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
