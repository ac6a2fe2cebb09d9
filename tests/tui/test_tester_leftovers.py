"""What the fresh-eyes testers (a Dutch and an English user, in tmux) still met after the last
round (issues 9 and 14), each driven with the keys alone and read off the screen as drawn."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import DataTable, Static

from core import formats
from core.document import bundled_summit
from core.export import MARKS
from core.i18n import t
from tests.tui.conftest import Heard, MakeApp, settle, until_loaded
from tests.tui.test_keyboard_bursts import burst
from tui.app import NavotopApp
from tui.screens.analysis import TornadoScreen
from tui.widgets.calc_grid import CalcGrid
from tui.widgets.calc_table import MILESTONE_MARK, CalcPane

LANGS = ["en", "nl"]
_TEXT = re.compile(r'<text[^>]*\by="([0-9.]+)"[^>]*>([^<]*)</text>')


def screen_lines(app: NavotopApp) -> list[str]:
    """What the screen shows, line by line, read from its SVG picture (the `x` screenshot)."""
    lines: dict[float, list[str]] = {}
    for y, text in _TEXT.findall(app.export_screenshot()):
        lines.setdefault(float(y), []).append(html.unescape(text).replace("\xa0", " "))
    return ["".join(parts) for _, parts in sorted(lines.items())]


def flat(lines: list[str]) -> str:
    """The lines as running text: frames, scrollbars and line ends gone."""
    return " ".join(re.sub(r"[\u2500-\u259f]", " ", "\n".join(lines)).split())


def drawn(widget: Widget) -> list[str]:
    """The lines a widget draws now (its line API, spaces kept), top to bottom."""
    return [widget.render_line(y).text for y in range(widget.size.height)]


def shown(app: NavotopApp, selector: str) -> str:
    return str(app.query_one(selector, Static).render())


async def start(pilot: Pilot[None], *keys: str) -> None:
    await until_loaded(pilot)
    await pilot.press(*keys)
    await settle(pilot)


# 1 -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("lang", LANGS)
async def test_the_commitments_pane_shows_every_column_heading_and_a_status(
    new_app: MakeApp, lang: str, size: tuple[int, int]
) -> None:
    """At 80x24 in Dutch the title and amount took the pane and `status` was cut to `s`, no
    status showing at all (at 120x40 in Dutch not even the `s`). Every heading shows whole, every
    row shows the start of its status, and the highlighted one's whole status is in the detail."""
    formats.set_language(lang)  # as `--lang` does before the app is built
    app = new_app()
    first = bundled_summit().commitments[0].words()
    async with app.run_test(size=size) as pilot:
        await start(pilot, "2")
        lines = drawn(app.query_one("#commitments-table", DataTable))
        head = lines[0]
        for key in ("commitment", "amount", "status"):
            assert re.search(rf"\b{re.escape(t('commitments.' + key))}\b", head), (key, head)
        row = next(line for line in lines if first.title[:12] in line)
        assert first.status.split()[0] in row  # its status begins in the row
        assert f"{t('commitments.status_said', status=first.status)}" in shown(app, "#commitment-detail")


@pytest.mark.parametrize("lang", LANGS)
async def test_the_allies_footnote_shows_whole_at_80x24(new_app: MakeApp, lang: str) -> None:
    """The Dutch footnote (what `e` means, what the 5% line is) was cut after two lines."""
    formats.set_language(lang)
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot, "4")
        assert app.query_one("#allies-table", DataTable).row_count  # the figures are in
        assert " ".join(t("allies.caveat").split()) in flat(screen_lines(app))


@pytest.mark.parametrize("lang", LANGS)
async def test_an_allies_note_fits_the_pane_and_shows_whole_under_it_at_80x24(
    new_app: MakeApp, lang: str
) -> None:
    """A note 40 wide ran off the pane at 80 columns, the sources under the ranking too: the
    note column fits, and a note or source cut short shows whole under the table."""
    formats.set_language(lang)
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot, "4")
        table = app.query_one("#allies-table", DataTable)
        used = sum(column.get_render_width(table) for column in table.columns.values())
        assert used <= table.scrollable_content_region.width
        await pilot.press(*["pagedown"] * 8)  # to the end: the sources
        await settle(pilot)
        row = drawn(table)[table.cursor_row - round(table.scroll_y) + 1]  # +1: the header line
        assert t("agenda.source") in row and row.rstrip().endswith("…"), row
        detail = shown(app, "#allies-detail")
        assert detail.startswith(row.split(t("agenda.source"))[1].strip().removesuffix("…"))
        assert len(detail) > len(row)


# 2 -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
async def test_a_filter_typed_fast_that_matches_nothing_shows_no_stale_commitment(
    new_app: MakeApp, lang: str
) -> None:
    """Typed as fast as a terminal delivers keys, "defxq" matched something at "d", "de",
    "def": the highlight of one of those refills arrived after the last and described a
    commitment no longer listed, under an empty list."""
    formats.set_language(lang)
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot, "2", "slash")
        burst(pilot, "defxq")
        await settle(pilot)
        assert not app.query_one("#commitments-table", DataTable).row_count
        detail = shown(app, "#commitment-detail")
        assert detail == t("commitments.no_match", query="defxq")


async def test_a_filter_typed_fast_describes_the_row_it_ends_on(new_app: MakeApp) -> None:
    app = new_app()
    summit = bundled_summit()
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot, "2", "down", "down", "down", "slash")
        burst(pilot, "ukraine")
        await settle(pilot)
        table = app.query_one("#commitments-table", DataTable)
        first = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        assert first is not None and first in {c.id for c in summit.search("ukraine")}
        assert summit.commitment(first).words().what in shown(app, "#commitment-detail")


# 3 -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
async def test_the_charts_letters_are_none_of_the_grids_marks(
    new_app: MakeApp, scenario_copy: Path, lang: str
) -> None:
    """The chart drew the Dutch share excl. Ukraine with `e`, the grid's "estimate" (`raming`)."""
    formats.set_language(lang)
    app = new_app(scenario_copy.with_name("hague-2035.toml"))  # with paths to its norms
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot, "5")
        legend = shown(app, "#chart-legend")
        labels = [t("chart.nl_excl"), t("chart.nl_incl"), t("chart.nato")]
        letters = {re.search(rf"(\S) {re.escape(label)}\b", legend).group(1) for label in labels}  # type: ignore[union-attr]
        paths = re.search(re.escape(t("chart.paths", mark="@")).replace("@", r"(\S)"), legend)
        assert paths is not None
        letters.add(paths.group(1))
        assert len(letters) == 4
        assert not letters & {*MARKS.values(), "*", "!", MILESTONE_MARK}, legend


# 4 -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
async def test_goal_seek_and_tornado_titles_name_the_row_by_its_label_not_its_id(
    new_app: MakeApp, lang: str
) -> None:
    from core.measures import describe_all, row_title

    formats.set_language(lang)
    label = next(row[1] for row in describe_all() if row[0] == "share_nl_excl")  # its whole label
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot, "3")
        app.query_one(CalcPane).go_to("share_nl_excl", 2026)
        await pilot.press("g")
        await settle(pilot)
        title = shown(app, "#goal-title")
        # The grid's name, as the answer under it says it: the whole label pushed the value out
        # of the line in Dutch, and beside the answer's name read as a second row.
        name = row_title("share_nl_excl")
        assert name is not None and f"{name} in 2026," in title and "share_nl_excl" not in title
        assert f"{name} in 2026 =" in shown(app, "#goal-answer")
        await pilot.press("escape", "t")
        await settle(pilot)
        assert isinstance(app.screen, TornadoScreen)
        title = str(app.screen.query(Static).first().render())
        assert label in title and "share_nl_excl" not in title


# 5 -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
async def test_a_milestone_year_is_marked_apart_from_an_edit_and_explained(
    new_app: MakeApp, scenario_copy: Path, lang: str
) -> None:
    """`2029 *` read as "2029 edited": `*` before a value is an unsaved edit. A milestone year
    has a mark of its own, which the help explains and the detail line names."""
    formats.set_language(lang)
    app = new_app(scenario_copy.with_name("hague-2035.toml"))  # 2029 and 2035 are milestones
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot, "3")
        app.query_one(CalcPane).go_to("share_nl_excl", 2029)
        await settle(pilot)
        head = drawn(app.query_one(CalcGrid))[0]
        assert f"2029 {MILESTONE_MARK}" in head and "*" not in head
        review = "Haagse herziening" if lang == "nl" else "Hague review"  # [milestones_nl]
        assert f"{MILESTONE_MARK} 2029: {review}" in shown(app, "#detail")
        await pilot.press("question_mark")
        await settle(pilot)
        said = [str(part.render()) for part in app.screen.query(Static)]  # further down: it scrolls
        assert any(t("marks.milestone", mark=MILESTONE_MARK) in text for text in said)


# 6 -------------------------------------------------------------------------------------------
def _marks_in(line: str) -> set[str]:
    """The basis letters after the values of one grid line."""
    letters = "".join(MARKS.values())
    return set(re.findall(rf"(?<=\d )([{letters}]+)\b", line))


@pytest.mark.parametrize("lang", LANGS)
async def test_the_baselines_own_projection_is_not_marked_as_a_what_if(new_app: MakeApp, lang: str) -> None:
    """The baseline grows CPB's GDP at CPB's forecast rate (an `[[adjust]]` citing its source):
    `w` (what-if) on it told users something had been changed when nothing had. It is the
    source's estimate, `e`; a what-if file's unsourced adjustment keeps `w`."""
    formats.set_language(lang)
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot, "3")
        lines = drawn(app.query_one(CalcGrid))
        gdp = next(line for line in lines if t("short.gdp_cpb") in line)
        assert "e" in "".join(_marks_in(gdp))
        assert not any("w" in m for line in lines for m in _marks_in(line)), "\n".join(lines)


async def test_an_unsourced_adjustment_is_still_marked_w(new_app: MakeApp, scenario_copy: Path) -> None:
    app = new_app(scenario_copy.with_name("gdp-shock-fixed-euros.toml"))  # GDP scaled 0.97 from 2026
    async with app.run_test(size=(120, 40)) as pilot:
        await start(pilot, "3")
        gdp = next(line for line in drawn(app.query_one(CalcGrid)) if t("short.gdp_cpb") in line)
        assert any("w" in m for m in _marks_in(gdp)), gdp


# 7 -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
async def test_t_on_a_section_heading_says_it_has_no_value_and_what_to_do(
    new_app: MakeApp, lang: str
) -> None:
    formats.set_language(lang)
    app, heard = new_app(), Heard()
    async with app.run_test(size=(80, 24), message_hook=heard) as pilot:
        await start(pilot, "3", "up")  # from Table 1's first row up to its heading
        assert app.query_one(CalcPane).selected()[0] is None
        await pilot.press("t")
        await settle(pilot)
        assert not isinstance(app.screen, TornadoScreen)
        assert heard.notifications()[-1] == t("app.tornado_heading")
