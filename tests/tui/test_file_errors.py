"""The app when files fail (issue 10, items 2 and 7): a save that cannot be written is shown and
the edits stay; a file that fails to load shows its error instead of "loading" forever.

Tests run as root; the read-only folder is refused by its mode bits, which root is held to too.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from tests.tui.conftest import MakeApp
from tui.app import NavotopApp
from tui.widgets.calc_grid import CalcGrid
from tui.widgets.calc_table import CalcPane

SIZE = (120, 40)


async def settle(pilot: Pilot[None]) -> None:
    """Let key handlers, workers and repaints finish."""
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def toasts(app: NavotopApp) -> str:
    """Every notification on screen, as the user reads it."""
    return "\n".join(str(toast.render()) for toast in app.screen.query("Toast"))


def cell(app: NavotopApp, row: str, year: int) -> str:
    return " ".join(app.query_one(CalcGrid).cell_text(row, str(year)).split())


async def test_a_save_into_a_read_only_folder_is_shown_and_the_edits_stay(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    before = scenario_copy.read_bytes()
    app = new_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("3")
        app.query_one(CalcPane).go_to("share_nl_excl", 2027)
        await settle(pilot)
        await pilot.press("e", "ctrl+u", *"2.3", "enter")
        await settle(pilot)
        assert cell(app, "share_nl_incl", 2027) == "!*2.40 ew"
        scenario_copy.parent.chmod(0o555)
        try:
            await pilot.press("s")  # the edit misses Table 1's 2.05: asked first
            await settle(pilot)
            await pilot.press("s")  # save into the file anyway
            await settle(pilot)
        finally:
            scenario_copy.parent.chmod(0o755)
        assert app.is_running and app.session.dirty
        assert cell(app, "share_nl_incl", 2027) == "!*2.40 ew"  # still there, still marked unsaved
        assert f"{scenario_copy.parent}:1:1: the folder is read-only; nothing was written" in toasts(app)
        await pilot.press("s")  # writable again: the same edits save
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert not app.session.dirty
    saved = scenario_copy.read_bytes()
    assert saved.startswith(before.replace(b"2027 = 2.05\n", b"2027 = 2.3\n", 1).split(b"2030 = 2.05\n")[0])
    assert b"what_if = {2027 = " in saved


BROKEN = {
    "a number beyond a float": ("2024 = 1.56", "2024 = 1" + "0" * 400, "too large"),
    "an array for a string": (
        "[[adjust]]",
        '[[adjust]]\nseries = ["gdp_cpb"]\nadd = 1\n\n[[adjust]]',
        "series must be a string",
    ),
    "a control character": ('name = "Baseline', 'name = "\\u001b[2JBaseline', "holds a control character"),
    "not UTF-8": ('name = "Baseline', 'name = "Basel\udcefne', "not UTF-8 text"),
    "extends a FIFO": ('name = "Baseline', 'extends = "pipe.toml"\nname = "Baseline', "not a regular file"),
    "a NUL byte in extends": ('name = "Baseline', 'extends = "a\\u0000b"\nname = "Baseline', "NUL byte"),
    "markup in a key": ('name = "Baseline', '"[/x] [b]" = 1\nname = "Baseline', "unknown key '[/x] [b]'"),
}


@pytest.mark.parametrize("case", list(BROKEN))
async def test_a_file_that_fails_to_load_shows_its_error(
    new_app: MakeApp, scenario_copy: Path, case: str
) -> None:
    old, new, message = BROKEN[case]
    text = scenario_copy.read_text(encoding="utf-8")
    scenario_copy.write_bytes(text.replace(old, new, 1).encode("utf-8", errors="surrogateescape"))
    os.mkfifo(scenario_copy.parent / "pipe.toml")
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        bar = app.query_one("#error-bar", Static)
        assert bar.has_class("-shown")
        shown = str(bar.render())
        assert f"{scenario_copy}:" in shown and message in shown and "\x1b" not in shown
        assert app.sub_title == "baseline.toml: not loaded"


async def test_a_note_with_brackets_is_shown_as_written(new_app: MakeApp, scenario_copy: Path) -> None:
    """Notes and titles are text: `[/x]` or `[1]` in them is shown, not taken for markup (a
    stray closing tag used to stop the app with a markup error)."""
    text = scenario_copy.read_text(encoding="utf-8")
    old = 'note = "Assumption: for the realised year 2024'
    assert old in text
    scenario_copy.write_text(
        text.replace(old, 'note = "[/x] see [1]. Assumption: for the realised year 2024', 1)
    )
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        app.query_one(CalcPane).go_to("gdp_cpb", 2024)
        await settle(pilot)
        assert "; [/x] see [1]. Assumption" in str(app.query_one("#detail", Static).render())


async def test_an_error_about_a_long_path_reads_to_its_end_at_80x24(new_app: MakeApp, tmp_path: Path) -> None:
    """A tester saw a load error end mid-path at 80x24 (the bar held four lines): the end, which
    names the file, was cut. The bar holds the message whole."""
    from rich.text import Text

    folder = tmp_path / "a very long folder name for the scenarios of the summit" / "and another one"
    folder.mkdir(parents=True)
    broken = folder / "what-if-with-a-long-name.toml"
    broken.write_text('schema = 1\n[scenario]\nname = "Mine"\nextends = "gone.toml"\n', encoding="utf-8")
    app = new_app(broken)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        bar = app.query_one("#error-bar", Static)
        shown = str(bar.render())
        assert "what-if-with-a-long-name.toml" in shown
        lines = Text(shown).wrap(app.console, bar.content_region.width)
        assert len(lines) > 4 and len(lines) <= bar.content_region.height, (len(lines), bar.region)
