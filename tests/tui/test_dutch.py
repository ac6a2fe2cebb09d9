"""The app in Dutch: the letter's numbers and words at 80x24 and 120x40 (snapshots), and cells
that take a value typed in either decimal style."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from core import formats
from tests.conftest import BASELINE
from tests.tui.conftest import MakeApp
from tui.app import NavotopApp
from tui.cli import make_app
from tui.widgets.calc_grid import CalcGrid
from tui.widgets.calc_table import CalcPane

SnapCompare = Callable[..., bool]


@pytest.fixture
def dutch() -> None:
    formats.set_language("nl")  # as `--lang nl` does before the app is built


async def _settle(pilot: Pilot[Any]) -> None:
    for _ in range(50):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        if getattr(pilot.app, "ready", False):
            break
    await pilot.wait_for_scheduled_animations()
    await pilot.pause(0.1)


async def _on_nato_2024(pilot: Pilot[Any]) -> None:
    await _settle(pilot)
    pilot.app.query_one(CalcPane).go_to("share_nato", 2024)
    await _settle(pilot)


def _app() -> NavotopApp:
    return make_app(BASELINE, watch=False)


def test_dutch_120x40(dutch: None, snap_compare: SnapCompare) -> None:
    assert snap_compare(_app(), terminal_size=(120, 40), run_before=_on_nato_2024)


def test_dutch_80x24(dutch: None, snap_compare: SnapCompare) -> None:
    assert snap_compare(_app(), terminal_size=(80, 24), run_before=_on_nato_2024)


def _cell(app: NavotopApp, row: str, year: int) -> str:
    return " ".join(app.query_one(CalcGrid).cell_text(row, str(year)).split())


async def _light(pilot: Pilot[Any]) -> None:
    """Let a key's handler, the workers and the repaint finish (no animation to wait for)."""
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_a_cell_takes_either_decimal_style_in_either_language(
    new_app: MakeApp, scenario_copy: Path, lang: formats.Lang
) -> None:
    formats.set_language(lang)
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _light(pilot)
        for typed, value in (
            ("1.200,5", 1_200_500.0),  # EUR bn, the grid's unit; the file's is EUR mln
            ("1,300.5", 1_300_500.0),
            ("1250,0", 1_250_000.0),
        ):
            app.query_one(CalcPane).go_to("gdp_cpb", 2024)
            await _light(pilot)
            await pilot.press("e")
            await _light(pilot)
            await pilot.press("ctrl+u", *typed, "enter")
            await _light(pilot)
            assert app.session.edits.values == {("gdp_cpb", 2024): value}, typed
        # the grid writes money in EUR bn: 1,250,000 mln is 1,250.0 bn (1.250,0 in Dutch)
        shown = "1.250,0" if lang == "nl" else "1,250.0"
        assert shown in _cell(app, "gdp_cpb", 2024)


async def test_goal_seeks_target_is_written_as_dutch_writes_it(dutch: None) -> None:
    """A tester saw `doel 3.5` in the Dutch panel, beside `2,0600 %-bbp`."""
    from textual.widgets import Input

    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _on_nato_2024(pilot)
        await pilot.press("g")
        await _light(pilot)
        assert app.query_one("#goal-target", Input).value == "3,5"


async def test_the_palettes_prompt_is_dutch(dutch: None) -> None:
    from textual.command import CommandInput

    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(pilot)
        await pilot.press("ctrl+p")
        await _light(pilot)
        assert app.screen.query_one(CommandInput).placeholder == "Zoek een opdracht…"


async def test_a_dutch_twelve_hundred_with_a_dot_is_twelve_hundred_and_a_slip_is_asked_about(
    dutch: None, new_app: MakeApp
) -> None:
    """A Dutch cell shows GDP as `1.134,0` (EUR bn): `1.200` typed into it means twelve hundred,
    not 1.2. `1,200` is 1,2 in Dutch, EUR 1.2 bn for the Dutch economy, far more likely a slip:
    it is asked about before anything changes (the NATO share would turn negative)."""
    from tui.screens.dialogs import Choice

    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _light(pilot)
        pane = app.query_one(CalcPane)
        pane.go_to("gdp_cpb", 2024)
        await _light(pilot)
        await pilot.press("e", "ctrl+u", *"1,200", "enter")
        await _light(pilot)
        assert isinstance(app.screen, Choice)
        assert "valt buiten EUR 100 mld" in " ".join(app.screen.question.split())
        await pilot.press("c")
        await _light(pilot)
        assert not app.session.dirty
        await pilot.press("ctrl+u", *"1.200", "enter")
        await _light(pilot)
        assert not isinstance(app.screen, Choice)
        assert app.session.edits.values == {("gdp_cpb", 2024): 1_200_000.0}  # EUR mln in the file
        assert "1.200,0" in _cell(app, "gdp_cpb", 2024)
