"""Each key is declared once (tui/keys.py): footer, help, palette and README are built from it."""

from __future__ import annotations

import re

import pytest

from core.i18n import t
from tests.conftest import REPO
from tests.tui.conftest import MakeApp, settle
from tui.commands import NavotopCommands
from tui.keys import COMMANDS, FOOTER_MEETING, help_rows, palette_commands
from tui.screens.dialogs import HelpScreen
from tui.widgets.calc_table import CalcPane
from tui.widgets.footer import NavotopFooter, Placed


def _footer(app: object) -> dict[str, Placed]:
    """The footer's keys as drawn on the screen's last line, by action, each checked against
    the line's cells at its column (an eager command the grid runs on the screen,
    `screen.undo`, is the screen's `undo`)."""
    footer = app.screen.query_one(NavotopFooter)  # type: ignore[attr-defined]
    width, height = app.size  # type: ignore[attr-defined]
    assert footer.region == (0, height - 1, width, 1)
    line = footer.render_line(0).text
    for x, key in footer.placed():
        assert line[x : x + key.width] == key.text, (key, line)
        assert x + key.width <= width, (key, width)
    return {placed.key.action.removeprefix("screen."): placed for placed in footer.placed()}


async def test_after_loading_the_footer_shows_the_scenario_keys_and_help_and_quit(new_app: MakeApp) -> None:
    """Nothing in the test refreshes the bindings: the footer must follow the load itself."""
    for width, height in ((120, 40), (80, 24)):
        app = new_app()
        async with app.run_test(size=(width, height)) as pilot:
            await settle(pilot)
            assert app.ready
            shown = _footer(app)
            for action in ("undo", "redo", "save", "compare", "bridge", "help", "quit_app"):
                assert action in shown, (width, action)
                assert shown[action].key.enabled, (width, action)


async def test_before_loading_the_footer_offers_no_scenario_keys(new_app: MakeApp, scenario_copy) -> None:  # type: ignore[no-untyped-def]
    scenario_copy.write_text("[scenario\n", encoding="utf-8")
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shown = _footer(app)
        assert not app.ready and "undo" not in shown and "save" not in shown
        assert "help" in shown and "quit_app" in shown


async def test_the_footer_follows_a_resize_and_a_click_or_a_pointer_on_a_key(new_app: MakeApp) -> None:
    """One line drawn anew, not a widget per key: at 80 columns what fits is drawn again (help
    and quit kept), a click on a key is that key pressed, and the pointer on a key shows its
    help line."""
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "open" in _footer(app)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        shown = _footer(app)
        assert "open" not in shown and {"undo", "help", "quit_app"} <= set(shown)
        await pilot.hover(NavotopFooter, offset=(shown["undo"].x + 1, 0))
        assert app.screen.query_one(NavotopFooter).tooltip == "undo the last edit"
        await pilot.click(NavotopFooter, offset=(shown["help"].x + 1, 0))
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)


async def test_while_a_cell_is_edited_the_footer_offers_no_key_that_is_text_in_it(new_app: MakeApp) -> None:
    """A tester read `u Undo` and `q Quit` above the number being typed: in the cell those
    letters are text. They come back when the edit ends, by esc or by enter."""
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.main.query_one(CalcPane).go_to("defence_excl_ukraine", 2026)
        await pilot.press("e")
        await settle(pilot)
        shown = set(_footer(app))
        assert not shown & {"undo", "redo", "save", "compare", "bridge", "help", "quit_app"}, shown
        await pilot.press("u", "escape")  # the u is text in the cell, not an undo
        await settle(pilot)
        assert {"undo", "save", "help", "quit_app"} <= set(_footer(app))
        await pilot.press("e", "ctrl+u", "2", "enter")
        await settle(pilot)
        assert app.session.dirty and {"undo", "save", "help", "quit_app"} <= set(_footer(app))


async def test_help_footer_and_palette_list_exactly_the_declared_commands(new_app: MakeApp) -> None:
    """On a screen wide enough for every key; narrower ones show fewer, each whole (below)."""
    app = new_app()
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        declared_footer = {
            action for c in COMMANDS if c.footer and c.scope in ("main", "grid") for _, action in c.keys[:1]
        }
        shown = set(_footer(app)) - {"command_palette"}
        assert shown == declared_footer
        titles = [title for title, _, _ in NavotopCommands(app.screen).commands()]
        assert titles[: len(palette_commands())] == [c.palette for c in palette_commands()]
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert app.screen.keys == help_rows()


def test_the_readme_key_table_is_the_declaration() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| key | does |") :].split("\n\n")[0].splitlines()[2:]
    rows = []
    for line in table:
        keys, does = (cell.strip() for cell in line.strip("|").split("|", 1))
        rows.append((keys.replace("`", ""), does.replace("`", "")))
    assert rows == help_rows()


def test_every_declared_binding_id_is_unique() -> None:
    """Unique within each scope; the grid's copies of the eager commands share the screen's ids
    on purpose, so that a keymap moves both."""
    from tui.keys import bindings

    for scope in ("main", "grid", "commitments"):
        ids = [b.id for b in bindings(scope)]  # type: ignore[union-attr]
        assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[a-z0-9.+_-]+", str(i)) for i in ids)
    main = {b.id: b.action for b in bindings("main")}  # type: ignore[union-attr]
    shared = {b.id: b.action for b in bindings("grid") if b.id in main}  # type: ignore[union-attr]
    assert shared == {"undo": "screen.undo", "redo": "screen.redo"}


def test_the_readme_layout_shows_every_module() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("## Layout") :]
    for path in sorted([*REPO.glob("core/*.py"), *REPO.glob("tui/**/*.py"), REPO / "tui" / "app.tcss"]):
        if path.name == "__init__.py":
            continue
        shown = path.name if path.parent.name == "core" else str(path.relative_to(REPO / "tui"))
        assert f" {shown} " in layout, shown


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("width", [80, 100, 120])
async def test_every_key_in_the_footer_shows_its_whole_label(new_app: MakeApp, lang: str, width: int) -> None:
    """A tester saw `/ Filter  g  ? Help` at 120 columns and `c Compar` at 80: Textual squeezes
    keys that do not fit until their labels vanish. A key left out is in help and the palette;
    a key shown is whole, and what a meeting needs (undo, redo, save, compare, bridge) is there
    at every width. In Dutch at 80 columns `c Vergelijk` was left out: there the palette's key
    gives up its word (`▏^p`) and keeps it wherever the meeting's keys fit beside it."""
    from core import formats

    formats.set_language(lang)  # type: ignore[arg-type]
    app = new_app()
    async with app.run_test(size=(width, 40)) as pilot:
        await settle(pilot)
        shown = _footer(app)
        for action, (_, key) in shown.items():  # each drawn whole where it says
            assert (key.label and f" {key.label} " in key.text) or key.palette, action
        assert {*FOOTER_MEETING, "help", "quit_app"} <= set(shown)
        (palette,) = [p.key for p in shown.values() if p.key.palette]
        word = t("key.palette.footer")
        assert palette.text == ("▏^p " if (lang, width) == ("nl", 80) else f"▏^p {word} ")


async def test_a_resize_with_a_dialog_open_lays_out_the_dialog_and_the_screen_under_it(
    new_app: MakeApp,
) -> None:
    """A screen is not laid out again for a resize to the size it already has (`StyledOnce`):
    a real resize while help is open must still reach help, which fits the narrower terminal
    at once, and the table under it, which shows its tabs and its footer on the last line when
    help closes."""
    from textual.containers import VerticalScroll

    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert app.screen.query_one(VerticalScroll).region.width == 110
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        box = app.screen.query_one(VerticalScroll).region
        assert isinstance(app.screen, HelpScreen) and box.right <= 80 and box.bottom <= 24, box
        await pilot.press("escape")
        await settle(pilot)
        assert app.main.query_one(NavotopFooter).region.y == 23
        assert app.main.tabs is not None and app.main.tabs.region.width == 80


async def test_under_a_dialog_the_footer_shows_no_key_of_the_table(new_app: MakeApp) -> None:
    """A tester read the dimmed footer under a dialog and pressed its keys there: under a
    dialog the table's footer line is blank, each dialog says its own keys (help, the bridge and
    the picker on their frame), and the table's keys are back when the dialog closes."""
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key, own in (
            ("question_mark", "esc, ? or q closes"),
            ("b", "esc, b or q closes"),
            ("o", "esc cancels"),
        ):
            await pilot.press(key)
            await settle(pilot)
            svg = app.export_screenshot()
            assert app.screen is not app.main
            assert app.main.query_one(NavotopFooter).render_line(0).text.strip() == "", key
            assert "Undo" not in svg and "Quit" not in svg, key
            assert own in svg.replace("&#160;", " "), key  # the dialog's own keys, on its frame
            await pilot.press("escape")
            await settle(pilot)
            assert {"undo", "help", "quit_app"} <= set(_footer(app)), key
