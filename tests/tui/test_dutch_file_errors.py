"""The app started in Dutch on a broken file says what is wrong in Dutch, at FILE:LINE:COL."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from core import formats
from tests.tui.conftest import MakeApp, settle


async def test_a_broken_file_shows_its_problem_in_dutch(new_app: MakeApp, scenario_copy: Path) -> None:
    formats.set_language("nl")  # as `--lang nl` does before the app is built
    text = scenario_copy.read_text(encoding="utf-8")
    assert text.count("\nyears = [") == 1
    scenario_copy.write_text(text.replace("\nyears = [", "\nyaers = [", 1), encoding="utf-8")
    line = text[: text.index("\nyears = [")].count("\n") + 2
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        bar = app.query_one("#error-bar", Static)
        assert bar.has_class("-shown")
        shown = " ".join(str(bar.render()).split())
        assert f"{scenario_copy}:{line}:1: onbekende sleutel 'yaers' (bedoelde u 'years'?)" in shown
        assert "unknown" not in shown and "did you mean" not in shown
        assert app.sub_title == "baseline.toml: niet geladen"
