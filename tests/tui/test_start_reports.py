"""At start the load worker reports the summit data together with the scenario (tui/app.py
`load`), so they are laid out and painted once: the agenda and commitments show with the
numbers, and still show when the scenario cannot be loaded. Read from the screen's picture."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import MakeApp, settle, until_loaded
from tests.tui.test_title_bar import screen_lines

SIZE = (120, 40)


async def test_agenda_commitments_and_numbers_show_together_at_start(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        shown = "\n".join(screen_lines(app))
        assert "▼ Tue 24 June 2025" in shown and "Meeting the capability…" in shown
        assert "Dutch method, excl. Ukraine 2024 = 100 * 17,690.4 / 1,134,000 = 1.56%" in shown


async def test_a_scenario_that_does_not_load_leaves_agenda_and_commitments_browsable(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    text = scenario_copy.read_text(encoding="utf-8")
    scenario_copy.write_text(text.replace("2026 = 2.00", "2026 = twee"), encoding="utf-8")
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = "\n".join(screen_lines(app))
        assert "navotop — baseline.toml: not loaded" in shown
        assert "▼ Tue 24 June 2025" in shown and "Meeting the capability…" in shown
        await pilot.press("2", "down", "down")  # the commitments take the keyboard: the third one
        await settle(pilot)
        assert "Defence Investment Pledge: 2% of GDP (the one norm today)" in "\n".join(screen_lines(app))
