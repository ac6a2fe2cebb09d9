"""A figure nobody has reads one word in every view of the app, per language: `unknown`, or
`onbekend` in Dutch, never `n/a` / `n.b.` (the grid's mark until #14, which made the same
figure read as two things). Driven with the keys alone on the bundled baseline, where NATO
publishes no figure by its method after 2024, so NATO's share, the norms judged by it and the
OECD GDP behind it are unknown in 2026; and the allies in 2025, where NATO's August 2025
edition has no figure for Germany.

Each view is read as the user reads it: the grid cell, the detail and verdict lines, the
bridge, help, the what-if log on screen and as written for the minutes, the chart's notes,
the allies pane, a screenshot (`x`) and the table export (`X`). The CSV beside the export stays
machine-readable: an unknown value is an empty field, in either language.
"""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from core import formats
from core.engine import compute
from core.scenario import load_scenario
from tests.conftest import REPO
from tests.tui.conftest import MakeApp, settle, until_loaded
from tests.tui.test_keys import SIZE, cell, edit, go_to_cell, verdict
from tui.widgets.allies_pane import AlliesPane
from tui.widgets.calc_grid import cell_width
from tui.widgets.calc_table import CalcPane, TableView, grid_rows

WORD = {"en": "unknown", "nl": "onbekend"}
RETIRED = re.compile(r"(?<![\w/.])(?:n/a|N/A|n\.b\.)(?![\w/])")
"""The grid's old marks, in either language."""
_TEXT = re.compile(r'<text[^>]*\by="([0-9.]+)"[^>]*>([^<]*)</text>')


def _svg_text(svg: str) -> str:
    """The words of an SVG screenshot, line by line, as they show."""
    lines: dict[float, list[str]] = {}
    for y, text in _TEXT.findall(svg):
        lines.setdefault(float(y), []).append(html.unescape(text).replace("\xa0", " "))
    return "\n".join("".join(parts) for _, parts in sorted(lines.items()))


def _screen(app: Any) -> str:
    return _svg_text(app.export_screenshot())


def _statics(app: Any) -> str:
    """Every text of the screen on top, scrolled out of view or not (help is long)."""
    return " ".join(" ".join(str(s.render()).split()) for s in app.screen.query(Static))


def _newest(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime)
    assert found, f"nothing like {pattern} in {folder}"
    return found[-1]


@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_an_unknown_figure_reads_one_word_in_every_view(
    lang: formats.Lang, new_app: MakeApp, tmp_path: Path
) -> None:
    formats.set_language(lang)  # as `--lang` does before the app is built
    word, other = WORD[lang], WORD["nl" if lang == "en" else "en"]
    exports = tmp_path / "exports"
    app = new_app()
    seen: dict[str, str] = {}
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        # An edit that leaves NATO's figure unknown, so the log has it before and after.
        await edit(pilot, "share_nl_excl", 2026, "3")
        await go_to_cell(pilot, "share_nato", 2026)
        seen["grid: NATO share"] = cell(app, "share_nato", 2026)
        seen["grid: OECD GDP"] = cell(app, "gdp_oecd", 2026)
        seen["grid: NATO 2% norm"] = cell(app, "verdict:nato_2pct", 2026)
        seen["detail"] = str(app.query_one("#detail", Static).render())
        seen["verdict"] = verdict(app)
        await pilot.press("b")
        await settle(pilot)
        seen["bridge"] = _statics(app)
        await pilot.press("escape", "question_mark")
        await settle(pilot)
        seen["help"] = _statics(app)
        await pilot.press("escape", "L")
        await settle(pilot)
        seen["what-if log"] = _screen(app)
        await pilot.press("escape", "W")
        await settle(pilot)
        seen["what-if log, markdown"] = _newest(exports, "*.md").read_text(encoding="utf-8")
        await pilot.press("5")
        await settle(pilot)
        seen["chart notes"] = str(app.query_one("#chart-legend", Static).render())
        await pilot.press("4")  # the first look at the allies reads them in a worker: wait for it,
        await settle(pilot)  # or `y` finds no view yet to step (a race: it failed under load)
        await pilot.press("y")  # 2025: the August 2025 edition has no figure for Germany
        await settle(pilot)
        pane = app.query_one(AlliesPane)
        assert pane.view is not None and pane.view.year == 2025
        germany = {"en": "Germany", "nl": "Duitsland"}[lang]
        await pilot.press("slash", *germany[:5].lower(), "enter")  # far down the ranking: filtered
        await settle(pilot)
        seen["allies"] = _screen(app)
        app.query_one(CalcPane).go_to("share_nato", 2026)
        await pilot.press("3", "x")
        await settle(pilot)
        seen["screenshot"] = _svg_text(_newest(exports, "*.svg").read_text(encoding="utf-8"))
        await pilot.press("X")
        await settle(pilot)
        table_md = _newest(exports, "navotop-table-*.md")
        seen["table export, markdown"] = table_md.read_text(encoding="utf-8")
        table_csv = table_md.with_suffix(".csv").read_text(encoding="utf-8")

    assert seen["grid: NATO share"] == word
    assert seen["grid: OECD GDP"] == word
    assert seen["grid: NATO 2% norm"] == word
    for view, text in seen.items():
        assert re.search(rf"(?<!\w){word}(?!\w)", text), (view, text)
        assert not RETIRED.search(text), (view, RETIRED.findall(text))
        assert not re.search(rf"(?<!\w){other}(?!\w)", text), (view, "the other language's word")
    assert re.search(rf"{germany}\s+{word}", seen["allies"])  # the share column, not a note
    nato = {"en": "NATO method", "nl": "NAVO-berekeningswijze"}[lang]
    assert f"{nato} ({word} 2025-2030)" in " ".join(seen["chart notes"].split())
    # The CSV beside it stays machine-readable: NATO's share after 2024 is an empty field.
    data = [line for line in table_csv.splitlines() if not line.startswith("#")]  # after the heading
    header, *body = csv.reader(data)
    rows = {row[1]: row for row in body}
    assert float(rows["share_nato"][header.index("2024")]) == pytest.approx(2.06, abs=1e-6)  # dot decimal
    assert rows["share_nato"][header.index("2026")] == ""
    assert word not in table_csv and not RETIRED.search(table_csv)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_word_widens_no_year_column_where_its_blank_marks_slot_holds_it(lang: formats.Lang) -> None:
    """`onbekend` is eight letters, a column of `1.134,0 aw` values seven before its marks: an
    unknown value has no marks, so the word takes that blank slot instead of widening all seven
    year columns (which at 120x40 would cut every label short, #12). Each year column is as
    wide as its known values make it, and the word ends where the numbers end, or just past."""
    formats.set_language(lang)
    word = WORD[lang]
    _, rows = grid_rows(TableView(compute(load_scenario(REPO / "scenarios" / "baseline.toml"))))
    body = [r for r in rows if not r.section]
    for column in range(2, 2 + 7):  # label, unit, then 2024-2030
        known = [r.cells[column] for r in body if r.cells[column][0][0] != word]
        unknown = [r.cells[column] for r in body if r.cells[column][0][0] == word]
        assert unknown, column  # the baseline has unknown values in every year (OECD GDP, growth)
        widest = max(cell_width(c) for c in known)
        assert max(cell_width(c) for c in unknown) <= widest, column
    # 2026: right-aligned in the column, the word's last letter at most one past the digits'.
    width = max(cell_width(r.cells[4]) for r in body)
    nato, share = (next(r for r in body if r.key == key).cells[4] for key in ("share_nato", "share_nl_excl"))
    assert share[0][0] == {"en": "2.00", "nl": "2,00"}[lang]
    digits_end = width - len(share[-1][0])  # the marks slot, ` e  `, after the digits
    word_end = width - (len(nato[-1][0]) if len(nato) > 1 else 0)
    assert (word_end - digits_end) == {"en": 0, "nl": 1}[lang]  # `unknown` fits; `onbekend` by one
