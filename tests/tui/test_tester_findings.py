"""Traps a fresh-eyes tester found (issue 9, "meeting-proof"; round three), each driven with the
keys alone: the test fails on the code before the fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, Static

from core import formats
from core.scenario import load_scenario
from tests.tui.conftest import Heard, MakeApp, settle, shown, until_loaded
from tests.tui.test_dutch_screens import _screen_text
from tests.tui.test_keyboard_bursts import burst
from tui.screens.dialogs import Choice, PickScenario
from tui.widgets.calc_table import CalcPane
from tui.widgets.goal_seek import GoalSeekPanel
from tui.widgets.share_plot import ShareChart

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


async def test_a_money_cell_is_typed_in_the_eur_bn_the_grid_shows(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    """The grid shows defence spending 2024 as 17.7 (EUR bn); the file states it as 1.56% of CPB
    GDP (EUR 1,134,000 mln). Typing 18 means EUR 18 bn: 18,000 / 1,134,000 = 1.587301587...%
    of GDP in the file (before the fix: 18% of GDP). Undo, the log and save keep the file's
    unit."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        await pilot.press("3")
        app.query_one(CalcPane).go_to("defence_excl_ukraine", 2024)
        await pilot.press("e")
        await settle(pilot)
        prompt = shown(app, "#detail")
        assert "in EUR bn, now 17.6904" in prompt
        await pilot.press("ctrl+u", *"18", "enter")
        await settle(pilot)
        assert app.result.value("defence_excl_ukraine", 2024) == pytest.approx(18_000, rel=1e-12)
        assert app.result.value("share_nl_excl", 2024) == pytest.approx(100 * 18_000 / 1_134_000, rel=1e-12)
        entry = app.whatif.entries[-1]
        assert entry.cell == ("defence_excl_ukraine", 2024)
        assert entry.old == 1.56 and entry.new == pytest.approx(1.5873015873015872, rel=1e-12)
        # a change by an amount is in EUR bn too: +0,5 on 18 is EUR 18.5 bn
        await pilot.press("e", *"+0,5", "enter")
        await settle(pilot)
        assert app.result.value("defence_excl_ukraine", 2024) == pytest.approx(18_500, rel=1e-12)
        await pilot.press("u")
        await settle(pilot)
        assert app.result.value("defence_excl_ukraine", 2024) == pytest.approx(18_000, rel=1e-12)
        await pilot.press("s", "s")  # save anyway: 2024's published 1.56 is then missed
        await settle(pilot)
        assert not app.session.dirty
    saved = load_scenario(scenario_copy)
    cell = saved.inputs["defence_excl_ukraine"][2024]
    assert str(cell.unit) == "% of gdp_cpb"
    assert cell.value == pytest.approx(1.5873015873015872, rel=1e-12)


async def test_a_money_input_in_eur_mln_is_typed_in_eur_bn_too(new_app: MakeApp) -> None:
    """NATO's spending less the Dutch, 2024: EUR -398.6 mln in the file, -0.4 in the grid's EUR
    bn. `=-0,5` sets EUR -0.5 bn = -500 mln (before: -0.5 mln), and accepting the value as it
    opened changes nothing."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        await pilot.press("3")
        app.query_one(CalcPane).go_to("nato_definition_adjustment", 2024)
        await pilot.press("e", "enter")
        await settle(pilot)
        assert not app.session.dirty
        await pilot.press("e")
        await settle(pilot)
        assert "in EUR bn, now -0.3986" in shown(app, "#detail")
        await pilot.press(*"=-0,5", "enter")
        await settle(pilot)
        assert app.result.value("nato_definition_adjustment", 2024) == pytest.approx(-500, rel=1e-12)
        assert app.whatif.entries[-1].new == pytest.approx(-500, rel=1e-12)


async def test_an_implausible_growth_rate_is_asked_about_before_it_is_applied(new_app: MakeApp) -> None:
    """35 typed for 3.5: GDP growing 35% a year is far outside what a whole economy does. The
    app says so and asks; `c` changes nothing and the value can be typed again, `a` applies it
    (then the usual "which years?")."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        await pilot.press("3")
        app.query_one(CalcPane).go_to("growth:gdp_cpb", 2026)
        await pilot.press("e", "ctrl+u", *"35", "enter")
        await settle(pilot)
        assert isinstance(app.screen, Choice)
        assert "GDP, CPB growing 35% a year is outside -10% to 15%" in app.screen.question
        await pilot.press("c")
        await settle(pilot)
        assert not app.session.dirty
        await pilot.press("ctrl+u", *"3", "enter")  # a plausible 3%: no question but "which years?"
        await settle(pilot)
        assert isinstance(app.screen, Choice) and "For which years?" in app.screen.question
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("ctrl+u", *"35", "enter", "a")  # asked again; apply anyway
        await settle(pilot)
        assert isinstance(app.screen, Choice) and "For which years?" in app.screen.question
        await pilot.press("y")
        await settle(pilot)
        assert app.session.edits.growth == {"gdp_cpb": {2026: 35.0}}


async def test_a_growth_of_minus_100_percent_is_refused_with_why(new_app: MakeApp) -> None:
    app, heard = new_app(), Heard()
    async with app.run_test(size=SIZE, message_hook=heard) as pilot:
        await until_loaded(pilot)
        await pilot.press("3")
        app.query_one(CalcPane).go_to("growth:gdp_cpb", 2026)
        await pilot.press("e", "ctrl+u", *"=-100", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, Choice) and not app.session.dirty
        assert any("growth must be above -100%" in n for n in heard.notifications())


async def test_goal_seek_refuses_a_share_no_file_may_hold_and_says_why(new_app: MakeApp) -> None:
    """Goal seek to 99% of GDP: the answer is defence spending at 99% of CPB GDP, which the
    loader refuses (over 20%): it is not applied, and the panel says why in the grid's names,
    staying open with the target typed (it closed, and a toast said `defence_excl_ukraine ...
    of gdp_cpb`, to a later tester who had just read `found` there)."""
    app, heard = new_app(), Heard()
    async with app.run_test(size=SIZE, message_hook=heard) as pilot:
        await until_loaded(pilot)
        await pilot.press("3")
        app.query_one(CalcPane).go_to("share_nl_excl", 2026)
        await pilot.press("g")
        await settle(pilot)
        await pilot.press("home", "ctrl+k", *"99", "enter")
        await settle(pilot)
        assert not app.session.dirty
        panel = app.screen.query_one(GoalSeekPanel)
        assert panel.is_open and panel.query_one("#goal-target", Input).value == "99"
        said = " ".join(str(panel.query_one("#goal-answer", Static).render()).split())
        assert "Not applied: it would put Defence excl. Ukr. 2026 at 99% of GDP, CPB" in said, said
        assert "at most 20%" in said and "Change the target or the input varied, or esc." in said
        assert not heard.notifications()
        await pilot.press("escape")  # and esc still closes it, changing nothing
        await settle(pilot)
        assert not panel.is_open and not app.session.dirty


async def test_goal_seek_asks_before_applying_a_target_share_beyond_20_percent(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    """Where spending is stated in EUR mln no file bound stops it: a 30% target is asked about
    (`c` applies nothing), and applied only on `a`."""
    text = scenario_copy.read_text(encoding="utf-8")
    block = text[text.index("[inputs.defence_excl_ukraine]") : text.index("[inputs.ukraine_military]")]
    years = "\n".join(f"{year} = 20000" for year in range(2024, 2031))
    money = f'[inputs.defence_excl_ukraine]\nunit = "EUR mln"\nsource = "table1"\n{years}\n\n'
    scenario_copy.write_text(text.replace(block, money), "utf-8")
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        await pilot.press("3")
        app.query_one(CalcPane).go_to("share_nl_excl", 2026)
        await pilot.press("g")
        await settle(pilot)
        await pilot.press("home", "ctrl+k", *"30", "enter")
        await settle(pilot)
        assert isinstance(app.screen, Choice)
        assert "A target of 30% of GDP is outside 0% to 20%" in app.screen.question
        await pilot.press("c")
        await settle(pilot)
        assert not app.session.dirty
        await pilot.press("g")
        await settle(pilot)
        await pilot.press("home", "ctrl+k", *"30", "enter", "a")
        await settle(pilot)
        assert app.result.value("share_nl_excl", 2026) == pytest.approx(30, rel=1e-9)


async def test_the_what_if_log_reads_whole_at_80_by_24(new_app: MakeApp) -> None:
    """At 80x24 the log's four columns were cut to a few letters each. Each entry now reads
    whole: the edit on one line, its headline shares before -> after under it. NATO's share
    2024 falls as OECD GDP rises from EUR 1,078.365 bn to 1,100 bn: 2.0563 x 1,078,365 /
    1,100,000 = 2.0159, shown 2.02."""
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(pilot)
        await pilot.press("3")
        app.query_one(CalcPane).go_to("gdp_oecd", 2024)
        await pilot.press("e", *"1100", "enter")
        await settle(pilot)
        nato_before = 100 * (19_900) / 1_078_365 * (133.2197176 / 119.3407)
        assert app.result.value("share_nato", 2024) == pytest.approx(
            nato_before * 1_078_365 / 1_100_000, rel=1e-9
        )
        await pilot.press("L")
        await settle(pilot)
        screen = _screen_text(app)
        assert "edit GDP, OECD 2024: EUR 1,078.4 bn -> EUR 1,100.0 bn" in screen
        assert "Dutch excl. 1.56 -> 1.56% · incl. 1.79 -> 1.79% · NATO 2.06 -> 2.02%" in screen


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_refusal_toast_leaves_the_editors_prompt_readable(
    new_app: MakeApp, size: tuple[int, int]
) -> None:
    """A value refused while typing (99% of GDP for a spending share) is said in a toast; the
    editor stays open, and its prompt in the detail line must not be covered by the toast."""
    app, heard = new_app(), Heard()
    async with app.run_test(size=size, message_hook=heard, notifications=True) as pilot:
        await until_loaded(pilot)
        await pilot.press("3")
        app.query_one(CalcPane).go_to("share_nl_excl", 2026)
        await pilot.press("e", *"99", "enter")
        await settle(pilot)
        assert any("implausible" in n for n in heard.notifications())
        assert app.query_one(CalcPane).editing == ("share_nl_excl", 2026)  # still typing
        prompt = app.query_one("#detail", Static).region
        toasts = list(app.screen.query("Toast"))
        assert toasts and all(not toast.region.overlaps(prompt) for toast in toasts)
        assert all(not toast.region.overlaps(app.query_one(CalcPane).grid.region) for toast in toasts)


@pytest.mark.parametrize(
    ("language", "note", "esc"),
    [("en", "what-if: not saved yet", "esc: cancel"), ("nl", "wat-als: nog niet bewaard", "esc: annuleren")],
)
async def test_the_words_read_as_a_person_writes_them(
    new_app: MakeApp, language: formats.Lang, note: str, esc: str
) -> None:
    """Found: "what-if: what-if, not saved" in the detail line of an edited cell, and "esc: c"
    under the quit question (the letter of the default answer, read as a key to press)."""
    formats.set_language(language)
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        await pilot.press("3")
        app.query_one(CalcPane).go_to("share_nl_excl", 2026)
        await pilot.press("e", *"2,2", "enter")
        await settle(pilot)
        app.query_one(CalcPane).go_to("defence_excl_ukraine", 2026)
        await settle(pilot)
        detail = shown(app, "#detail")
        assert note in detail and "what-if: what-if" not in detail and "wat-als: wat-als" not in detail
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, Choice)
        hint = shown(app, "#choice-hint")
        assert hint.endswith(esc) and not hint.endswith("esc: c")


async def test_a_panes_scrollbar_reads_as_one_not_as_a_stray_cursor(new_app: MakeApp) -> None:
    """At 120x40 the agenda and the commitments scrolled sideways; their scrollbar was a
    near-black thumb on a black track, so all a tester saw in the blank row was the thumb's end
    (▋), taken for a stray cursor. Both now fit their pane (the agenda's labels are shortened to
    it, the commitments' columns too: tests/tui/test_tester_leftovers.py), so neither has a
    sideways bar, and the bars that do show (up and down) stand out from the pane on a track no
    darker than it."""
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        for selector in ("#agenda Tree", "#commitments-table"):
            widget = app.query_one(selector)
            assert not widget.show_horizontal_scrollbar, selector
            pane = widget.background_colors[1]
            thumb, track = widget.styles.scrollbar_color, widget.styles.scrollbar_background
            assert thumb.brightness - pane.brightness >= 0.15, selector
            assert track.brightness >= pane.brightness, selector
        assert app.query_one("#commitments-table").show_vertical_scrollbar  # a bar that does show


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_charts_three_shares_are_each_visible_however_short_the_pane(
    new_app: MakeApp, size: tuple[int, int]
) -> None:
    """At 120x40 the chart has seven rows; from 0 to 5.4% each row was 0.8 points and the three
    shares (1.56-2.21%) fell on one or two rows, `x` (then `e`) drawn over by `i` and `N`. Zoomed in on the
    lines, each is seen; the norms left out above are named (↑ 3.5%, 5%)."""
    app = new_app()
    async with app.run_test(size=size) as pilot:
        await until_loaded(pilot)
        await pilot.press("5")
        await settle(pilot)
        plot = str(app.query_one(ShareChart).render())
        body = plot.replace("↑ 3.5%, 5%", "")
        assert all(mark in body for mark in "xiN")
        assert "↑ 3.5%, 5%" in plot and "2%" in plot  # the 2% norm is inside the zoomed range
