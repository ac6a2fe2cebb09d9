"""Traps a fresh-eyes tester found (issue 9, "meeting-proof"; round three), each driven with the
keys alone: the test fails on the code before the fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from tests.tui.conftest import MakeApp, settle, until_loaded
from tests.tui.test_keyboard_bursts import burst
from tui.screens.dialogs import PickScenario

SIZE = (120, 40)


@pytest.mark.parametrize("key", ["o", "c"])
async def test_a_path_typed_in_one_burst_with_o_or_c_goes_into_the_picker(
    new_app: MakeApp, scenario_copy: Path, key: str
) -> None:
    """`o`, a path and enter arrive in one read (tmux, SSH): the picker must be open before the
    path's keys are handled, or they run as commands on the main screen (`s` saves, `3` moves,
    `e` edits...)."""
    app = new_app()
    other = scenario_copy.parent / "tester-other.toml"
    other.write_text(scenario_copy.read_text(encoding="utf-8").replace("Baseline", "Other", 1), "utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        burst(pilot, key + str(other))
        app.post_message(events.Key("enter", "\r"))  # in the same read
        await settle(pilot)
        assert not isinstance(app.screen, PickScenario)
        if key == "o":
            assert app.session.path == other
        else:
            assert app.compare_result is not None
            assert app.compare_result.scenario.path == other
        assert not app.session.dirty  # nothing typed was taken as a command on the main screen
