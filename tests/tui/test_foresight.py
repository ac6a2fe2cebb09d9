"""The result computed while a value is typed (tui/foresight.py) is the one enter would compute,
and is never shown for edits it was not computed for."""

from __future__ import annotations

import asyncio

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import MakeApp, settle
from tests.tui.test_keys import cell, go_to_cell
from tui.app import NavotopApp

SIZE = (120, 40)


async def _until_foreseen(pilot: Pilot[None], seconds: float = 10) -> None:
    app = pilot.app
    assert isinstance(app, NavotopApp)
    deadline = asyncio.get_running_loop().time() + seconds
    while not app.foresight.ready:
        assert asyncio.get_running_loop().time() < deadline, "nothing computed ahead"
        await pilot.pause(0.01)


async def _type_and_pause(pilot: Pilot[None], text: str) -> None:
    """Once loaded: on Dutch spending excl. Ukraine 2026 (2.00), `e`, the text, and a pause
    long enough for its result to be computed ahead."""
    await settle(pilot)
    await go_to_cell(pilot, "share_nl_excl", 2026)
    await pilot.press("e", "ctrl+u", *text)
    await _until_foreseen(pilot)


async def test_a_value_typed_and_left_is_computed_ahead_and_enter_shows_it(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await _type_and_pause(pilot, "2,5")
        assert cell(app, "share_nl_excl", 2026) == "2.00 e"  # ahead, not shown
        await pilot.press("enter")
        await settle(pilot)
        # as computed afresh (tests/tui/test_keys.py): 2.50% excl., + 0.21% Ukraine = 2.71% incl.
        assert cell(app, "share_nl_excl", 2026) == "!*2.50 w"
        assert cell(app, "share_nl_incl", 2026) == "!*2.71 ew"
        assert not app.foresight.ready  # used up


async def test_a_value_changed_after_it_was_foreseen_is_computed_anew(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await _type_and_pause(pilot, "2,5")
        await pilot.press("backspace", "9", "enter")  # 2,9 accepted before the pause is over
        await settle(pilot)
        assert cell(app, "share_nl_excl", 2026) == "!*2.90 w"
        assert cell(app, "share_nl_incl", 2026) == "!*3.11 ew"


async def test_a_result_foreseen_for_an_edit_given_up_is_not_shown_for_another(
    new_app: MakeApp,
) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await _type_and_pause(pilot, "2,5")
        await pilot.press("escape")  # given up: 2026 stays as the file has it
        await go_to_cell(pilot, "share_nl_excl", 2027)
        await pilot.press("e", "ctrl+u", *"3", "enter")
        await settle(pilot)
        assert cell(app, "share_nl_excl", 2026) == "2.00 e"
        assert cell(app, "share_nl_excl", 2027).endswith("3.00 w")


async def test_a_result_is_taken_only_for_the_edits_it_was_computed_for(new_app: MakeApp) -> None:
    """The safety net under the three tests above: whatever the timing of keys and timers, a
    result foreseen for one set of edits is never handed out for another."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await _type_and_pause(pilot, "2,5")
        assert app.foresight.take(app.session) is None  # foreseen for 2.5; no edit made yet
        await pilot.press("ctrl+u", *"2,6")
        await _until_foreseen(pilot)
        target = app.session.target("share_nl_excl", 2026, app.result)
        assert not isinstance(target, str)
        app.session.set(target, 2.6)  # the edit enter makes, made here to hold the timing still
        taken = app.foresight.take(app.session)
        assert taken is not None and taken.result.value("share_nl_excl", 2026) == pytest.approx(2.6)


async def test_clearing_the_selected_value_drops_what_was_computed_ahead(new_app: MakeApp) -> None:
    """Backspace on the value the editor opened with clears it: a change of text like any other."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await _type_and_pause(pilot, "2,5")
        await pilot.press("escape", "e", "backspace")
        await settle(pilot)
        assert not app.foresight.ready
