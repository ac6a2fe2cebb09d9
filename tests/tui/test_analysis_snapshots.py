"""How the analysis views look, pinned at 80x24 and 120x40: the chart, the allies, goal seek and
the tornado, on the bundled baseline. Review a changed snapshot in pytest's report, then accept
it with `make snapshot-update`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.conftest import BASELINE
from tests.tui.conftest import until_loaded
from tui.app import NavotopApp
from tui.cli import make_app
from tui.widgets.calc_table import CalcPane

SnapCompare = Callable[..., bool]


def app() -> NavotopApp:
    return make_app(BASELINE, watch=False)


async def _settle(pilot: Pilot[Any]) -> None:
    """Wait for the load worker (bounded by time), the repaint it triggers, and animations."""
    await until_loaded(pilot)


def _keys(*keys: str, cell: tuple[str, int] | None = None) -> Callable[[Pilot[Any]], Any]:
    async def run(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        if cell is not None:
            pilot.app.query_one(CalcPane).go_to(*cell)
        await pilot.press(*keys)
        await _settle(pilot)

    return run


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_chart(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(app(), terminal_size=size, run_before=_keys("5"))


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_allies(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(app(), terminal_size=size, run_before=_keys("4"))


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_goal_seek(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(app(), terminal_size=size, run_before=_keys("g", cell=("share_nl_excl", 2030)))


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_tornado(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(app(), terminal_size=size, run_before=_keys("t", cell=("share_nato", 2024)))
