"""The traps a new user met in a meeting (issue 9), each driven with the keys alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import DataTable, OptionList, Static

from tests.conftest import REPO
from tests.tui.conftest import Heard, MakeApp, settle
from tui.messages import ScenariosListed
from tui.screens.dialogs import BridgeScreen, Choice, HelpScreen, PickScenario
from tui.widgets.calc_grid import CalcGrid
from tui.widgets.calc_table import CalcPane

SIZE = (120, 40)


def cell(app: object, row: str, year: int) -> str:
    grid = app.main.query_one(CalcGrid)  # type: ignore[attr-defined]
    return " ".join(grid.cell_text(row, str(year)).split())


async def edit(pilot, row: str, year: int, text: str) -> None:  # type: ignore[no-untyped-def]
    pilot.app.main.query_one(CalcPane).go_to(row, year)
    await pilot.press("e", "ctrl+u", *text, "enter")
    await settle(pilot)


async def listed(pilot, heard: Heard, key: str) -> OptionList:  # type: ignore[no-untyped-def]
    """The picker `key` opens (o or c), once its files are listed."""
    await pilot.press(key)
    await heard.until(pilot, ScenariosListed)
    assert isinstance(pilot.app.screen, PickScenario)
    return pilot.app.screen.query_one(OptionList)


# 1 -------------------------------------------------------------------------------------------
async def test_open_and_compare_pickers_take_the_keyboard_at_once(new_app: MakeApp) -> None:
    app, heard = new_app(), Heard()
    async with app.run_test(size=SIZE, message_hook=heard) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await heard.until(pilot, ScenariosListed)
        assert isinstance(app.screen, PickScenario)
        names = [name for name, _ in app.screen.choices]
        target = next(i for i, name in enumerate(names) if name.startswith("Hague 2035"))
        await pilot.press(*["down"] * target, "enter")  # no tab: the list has the keyboard
        await settle(pilot)
        assert app.result.years[-1] == 2035
        await pilot.press("c")
        await heard.until(pilot, ScenariosListed)
        assert isinstance(app.screen, PickScenario)
        await pilot.press("enter")  # the first scenario listed: the bundled baseline
        await settle(pilot)
        assert app.sub_title == "hague-2035.toml · compared with baseline.toml"


async def test_compare_does_not_offer_the_open_file_first_and_says_what_it_would_show(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    """A tester pressed `c` and enter at once and saw nothing change: the first entry was the
    open file, compared with itself as saved. It is still listed (it shows the unsaved edits),
    marked so, and enter at once compares with another scenario."""
    app, heard = new_app(), Heard()
    async with app.run_test(size=SIZE, message_hook=heard) as pilot:
        await settle(pilot)
        picker = await listed(pilot, heard, "c")
        labels = [str(option.prompt) for option in picker.options]
        marked = [label for label in labels if "(open: shows your unsaved edits)" in label]
        assert len(marked) == 1 and str(scenario_copy.name) in marked[0], labels
        assert "(open:" not in labels[picker.highlighted or 0]
        await pilot.press("enter")
        await settle(pilot)
        assert app.compare_result is not None and "compared with" in app.sub_title
        assert app.compare_result.scenario.path.resolve() != scenario_copy.resolve()


@pytest.mark.parametrize("key", ["o", "c"])
async def test_the_pickers_path_field_shows_whole_at_80x24(
    new_app: MakeApp, scenario_copy: Path, key: str
) -> None:
    """A tester typed a path blind into the compare picker at 80x24: its list of 16 lines (one
    more with the open file's mark) pushed the path field below the dialog's frame. In Dutch,
    whose names are longer, a path that did not fit beside its name wrapped to the list's left
    edge and read as an entry of its own: it goes under its name, indented (every entry's, so
    that the list reads alike), as does the end of a name too long for one line; a folder too
    long for its heading keeps its end; an entry names its file, its folder heads the group."""
    from textual.containers import Vertical
    from textual.geometry import Region
    from textual.widgets import Input

    from core import formats

    formats.set_language("nl")
    long = "een-scenario-met-een-bestandsnaam-die-langer-is-dan-de-lijst-breed-is-in-een-vergadering.toml"
    shutil.copy(scenario_copy, scenario_copy.parent / long)  # its file folds under its name too
    app, heard = new_app(), Heard()
    async with app.run_test(size=(80, 24), message_hook=heard) as pilot:
        await settle(pilot)
        picker = await listed(pilot, heard, key)
        await settle(pilot)
        box = app.screen.query_one(Vertical).region
        field = app.screen.query_one("#path", Input).region
        assert box.bottom <= 24 and field.bottom <= box.bottom - 2, (box, field)  # frame, padding
        heading = picker.render_lines(Region(0, 0, *picker.size))[1].text
        assert "naast het open bestand: …" in heading and heading.rstrip(" ▎").endswith("/scenarios")
        for _ in range(picker.option_count):  # every entry in view in turn: the list scrolls
            lines = [s.text for s in picker.render_lines(Region(0, 0, *picker.size))]
            for line in lines[1:-1]:  # within the list's frame (▊ ... ▎), after its padding
                text = line.split("▊", 1)[-1][1:]
                folder = text.startswith(("naast het open bestand:", "werkmap:", "meegeleverd met"))
                assert folder or text.startswith("  ") or not text.strip(), lines  # an entry: indented
                if ".toml" in text:  # where one entry needs two lines, each file is under its name
                    assert text.startswith("    "), lines
            await pilot.press("down")


async def test_help_and_bridge_scroll_with_the_keys_at_once(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key, screen in (("question_mark", HelpScreen), ("b", BridgeScreen)):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, screen)
            scroll = app.screen.query_one("VerticalScroll")
            assert scroll.has_focus and scroll.max_scroll_y > 0
            await pilot.press("pagedown")
            await settle(pilot)
            assert scroll.scroll_y > 0, key
            await pilot.press("escape")
            await settle(pilot)


# 2 -------------------------------------------------------------------------------------------
async def test_the_quit_dialog_shows_its_keys_and_enter_picks_the_highlighted_one(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await edit(pilot, "share_nl_excl", 2026, "2,1")
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, Choice)
        options = app.screen.query_one(OptionList)
        assert options.has_focus
        prompts = [options.get_option_at_index(i).prompt for i in range(options.option_count)]
        assert [p.plain for p in prompts] == [  # type: ignore[union-attr]
            "[s] save, then quit",
            "[d] discard my edits and quit",
            "[c] cancel",
        ]
        for prompt in prompts:  # nothing read as markup: not struck through, not dimmed
            assert not any(
                s.style and ("strike" in str(s.style) or "dim" in str(s.style)) for s in prompt.spans
            )  # type: ignore[union-attr]
        assert options.highlighted == 2  # cancel, the safe answer
        hint = app.screen.query_one("#choice-hint", Static)
        # enter's answer is said in words, since without colour the highlight is hard to see
        assert "enter for the highlighted answer (cancel); esc: cancel" in str(hint.render())
        assert str(hint.render()).startswith("Press s, d or c, or enter")  # listed as a sentence
        await pilot.press("up")
        await settle(pilot)
        assert "enter for the highlighted answer (discard my edits and quit); esc: cancel" in str(
            hint.render()
        )
        await pilot.press("enter")  # discard and quit
        await settle(pilot)
    assert app.return_code == 0 and not app.is_running


async def test_changed_on_disk_dialog_enter_picks_the_highlighted_answer(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await edit(pilot, "share_nl_excl", 2028, "2.4")
        theirs = scenario_copy.read_text(encoding="utf-8").replace("2024 = 1.56", "2024 = 1.57")
        scenario_copy.write_text(theirs, encoding="utf-8")
        await pilot.press("s")  # the outside change is asked about first
        await settle(pilot)
        assert isinstance(app.screen, Choice)
        assert "[o] apply my edits" in app.screen.query_one(OptionList).get_option_at_index(0).prompt.plain  # type: ignore[union-attr]
        await pilot.press("home", "enter")  # the first answer: apply my edits and save
        await settle(pilot)
        assert isinstance(app.screen, Choice) and "published figures" in app.screen.question
        await pilot.press("s")  # 2.4 misses Table 1's 2.08: save into the file anyway
        await settle(pilot)
    merged = scenario_copy.read_text(encoding="utf-8")
    assert "2024 = 1.57" in merged and "2028 = 2.4" in merged


# 3, 4 ----------------------------------------------------------------------------------------
async def test_a_leading_plus_changes_by_that_amount(new_app: MakeApp) -> None:
    app, heard = new_app(), Heard()
    async with app.run_test(size=SIZE, message_hook=heard) as pilot:
        await settle(pilot)
        await edit(pilot, "share_nl_excl", 2026, "+0,2")
        # Table 1's 2.00% + 0.2 = 2.20% (not 0.2): marked edited, and off the published 2.00
        assert cell(app, "share_nl_excl", 2026) == "!*2.20 w"
        # negative spending is refused, as the loader and `navotop set` refuse it (core.plausible)
        await edit(pilot, "share_nl_excl", 2026, "=-5")
        assert app.result.value("share_nl_excl", 2026) == pytest.approx(2.2)
        assert any("Dutch, excl. Ukraine cannot be negative (-5% of GDP)" in n for n in heard.notifications())


async def test_gdp_typed_in_millions_is_asked_about_with_the_unit_slip_named(new_app: MakeApp) -> None:
    """The cell is typed in EUR bn, as the grid shows it: 1134000 (the file's EUR mln, from
    habit) is far outside the plausible band. The app says so and asks before anything changes,
    as for an implausible growth rate: `c` changes nothing, `a` applies it."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await edit(pilot, "gdp_cpb", 2024, "1134000")
        assert isinstance(app.screen, Choice)
        expected = (
            "GDP, CPB at EUR 1,134,000 bn is outside EUR 100 bn to 10,000 bn, the band navotop takes as"
            " plausible for Dutch GDP (about EUR 1,134 bn in 2024); the cell is typed in EUR bn"
        )
        assert expected in " ".join(app.screen.question.split())
        await pilot.press("c")
        await settle(pilot)
        assert not app.session.dirty and app.result.value("gdp_cpb", 2024) == 1_134_000
        await pilot.press("ctrl+u", *"1134000", "enter", "a")  # asked again; apply anyway
        await settle(pilot)
        assert app.result.value("gdp_cpb", 2024) == 1_134_000_000


async def test_opening_and_accepting_the_editor_changes_nothing(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    app = new_app(scenario_copy.parent / "nato-method.toml")  # shares to 4 decimals in its file
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        row = next(r.id for r in app.result.rows if r.kind == "input")
        pane = app.main.query_one(CalcPane)
        for year in app.result.years:
            pane.go_to(row, year)
            await pilot.press("e")
            await settle(pilot)
            if pane.editing is None:
                continue
            await pilot.press("enter")
            await settle(pilot)
        assert not app.session.dirty
        pane.go_to("defence_excl_ukraine", 2024)
        await pilot.press("e")
        await settle(pilot)
        target = app.session.target("defence_excl_ukraine", 2024, app.result)  # as shown: EUR bn
        assert app.main.query_one(CalcGrid).edit_text == repr(target.value).removesuffix(".0")  # type: ignore[union-attr]


async def test_the_editor_starts_at_full_precision(new_app: MakeApp, scenario_copy: Path) -> None:
    text = scenario_copy.read_text(encoding="utf-8")
    scenario_copy.write_text(text.replace("2024 = 119.3407", "2024 = 119.3407123456", 1), encoding="utf-8")
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.main.query_one(CalcPane).go_to("deflator_defence", 2024)
        await pilot.press("e")
        await settle(pilot)
        assert app.main.query_one(CalcGrid).edit_text == "119.3407123456"  # not 119.341
        await pilot.press("enter")
        await settle(pilot)
        assert not app.session.dirty


# 6 -------------------------------------------------------------------------------------------
async def test_a_failing_worker_reaches_the_error_bar_and_the_app_stays_usable(
    new_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    import core.engine

    def broken(*_: object) -> None:
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(core.engine, "compute", broken)
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        bar = app.main.query_one("#error-bar", Static)
        assert bar.has_class("-shown")
        text = str(bar.render())
        assert "RuntimeError: engine exploded" in text and "Press o" in text
        assert "not loaded" in app.sub_title
        await pilot.press("1")  # still takes keys
        await settle(pilot)
        assert app.main.current_pane() == "agenda"
        await pilot.press("q")
        await settle(pilot)
    assert app.return_code == 0


# 9 -------------------------------------------------------------------------------------------
async def test_tab_while_editing_closes_the_editor_and_keeps_nothing(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.main.query_one(CalcPane).go_to("defence_excl_ukraine", 2026)
        await pilot.press("e", "ctrl+u", "9", "tab")
        await settle(pilot)
        assert app.main.query_one(CalcPane).editing is None
        assert app.main.query_one(CalcGrid).edit_text is None and not app.session.dirty
        await pilot.press("shift+tab", "9")  # back in the table: 9 is no stale editor's text
        await settle(pilot)
        assert app.main.query_one(CalcGrid).edit_text is None and not app.session.dirty


def _row_in_view(table: DataTable[str]) -> bool:
    top = round(table.scroll_y)
    return top <= table.cursor_row < top + table.scrollable_content_region.height - 1


async def test_a_jump_to_a_commitment_shows_the_selected_row(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.main.query_one("#commitments-table", DataTable)
        linked = {
            r.id: table.get_row_index(app.summit.commitments_on(r.id)[0].id)
            for r in app.result.rows
            if r.kind != "input" and app.summit.commitments_on(r.id)
        }
        row = max(linked, key=lambda r: linked[r])  # the link furthest down the commitments
        assert linked[row] >= table.scrollable_content_region.height  # below the first screen
        app.main.query_one(CalcPane).go_to(row, 2026)
        await pilot.press("enter")
        await settle(pilot)
        assert table.has_focus and table.cursor_row == linked[row]
        assert _row_in_view(table)


async def test_after_a_resize_the_selected_cell_is_in_view(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        grid = app.main.query_one(CalcGrid)
        await pilot.press("ctrl+end", "end")
        await settle(pilot)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        offset = grid.cell_offset(*grid.cursor_keys)  # type: ignore[misc]
        width = grid.scrollable_content_region.width
        assert 1 <= offset.y < grid.scrollable_content_region.height
        assert 0 <= offset.x < width


# 10 ------------------------------------------------------------------------------------------
async def test_the_picker_lists_scenarios_only_by_name(
    new_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    shutil.copy(REPO / "pyproject.toml", work / "pyproject.toml")
    shutil.copy(REPO / "scenarios" / "baseline.toml", work / "mine.toml")
    monkeypatch.chdir(work)
    app, heard = new_app(), Heard()
    async with app.run_test(size=SIZE, message_hook=heard) as pilot:
        await settle(pilot)
        options = await listed(pilot, heard, "o")
        shown = [options.get_option_at_index(i).prompt.plain.strip() for i in range(options.option_count)]  # type: ignore[union-attr]
        assert not any("pyproject" in line for line in shown), shown
        assert any(
            line.startswith("Baseline: Table 1 of the letter") and "baseline.toml" in line for line in shown
        ), shown
        assert any(line.startswith("Baseline") and line.endswith("  mine.toml") for line in shown), shown


# 11 ------------------------------------------------------------------------------------------
async def test_without_colour_a_flagged_value_is_not_grey_on_grey(
    new_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await edit(pilot, "share_nl_excl", 2026, "2,2")
        grid = app.main.query_one(CalcGrid)
        grid.move_cursor(0, grid.fixed)  # the flagged cell is not under the cursor
        await settle(pilot)
        y = grid.row_index("share_nl_excl") + 1 - round(grid.scroll_y)
        segments = list(grid.render_line(y))
        value = next(s for s in segments if "2.20" in s.text)
        label = next(s for s in segments if "share" in s.text.lower() or "%" in s.text)
        assert value.style is not None and label.style is not None
        assert value.style.color == label.style.color  # the row's own colour: readable
        assert value.style.underline  # still set apart without colour
