"""How the app looks, pinned: the baseline at 120x40 and 80x24, the editor, the bridge, tabs.

Deterministic by construction: the bundled baseline (read from the repository), no file
watching, no clock; the cell editor's caret does not blink. Review a changed snapshot in the report
pytest writes, then accept it with `make snapshot-update`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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


async def _on_nato_2024(pilot: Pilot[Any]) -> None:
    await _settle(pilot)
    pilot.app.screen.query_one(CalcPane).go_to("share_nato", 2024)
    await _settle(pilot)


async def _editing(pilot: Pilot[Any]) -> None:
    await _settle(pilot)
    pilot.app.screen.query_one(CalcPane).go_to("defence_excl_ukraine", 2026)
    await pilot.press("e", "ctrl+u", "plus", "2", "percent_sign")
    await _settle(pilot)


def test_first_screen_120x40_shows_table_1_all_seven_years(snap_compare: SnapCompare) -> None:
    """Started, no key pressed: Table 1's three rows, 2024 to 2030, at the top of the table."""
    assert snap_compare(app(), terminal_size=(120, 40), run_before=_settle)


def test_first_screen_80x24_shows_table_1(snap_compare: SnapCompare) -> None:
    """At 80x24 the table is the first tab: Table 1's three rows and three years in view."""
    assert snap_compare(app(), terminal_size=(80, 24), press=["3"], run_before=_settle)


def test_baseline_120x40(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), terminal_size=(120, 40), run_before=_on_nato_2024)


def test_baseline_80x24(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), terminal_size=(80, 24), run_before=_on_nato_2024)


def test_agenda_tab_80x24(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), terminal_size=(80, 24), press=["1"], run_before=_settle)


def test_editor_120x40(snap_compare: SnapCompare) -> None:
    assert snap_compare(app(), terminal_size=(120, 40), run_before=_editing)


def test_bridge_120x40(snap_compare: SnapCompare) -> None:
    async def bridge(pilot: Pilot[Any]) -> None:
        await _on_nato_2024(pilot)
        await pilot.press("b")
        await _settle(pilot)

    assert snap_compare(app(), terminal_size=(120, 40), run_before=bridge)
