"""The app driven in Dutch, with the keys alone, through every pane and dialog: each screen's
picture (the same SVG as `x`) must hold none of the catalogue's English texts that differ from
their Dutch, nor the English unit and "unknown" words. This catches what the scan in
tests/i18n/test_completeness.py cannot: texts built at import time, a language not passed on,
a label table forgotten. The summit data (agenda, commitments, allies) has its own Dutch: a
second walk checks that its panes, a commitment's detail and the palette show it and none of the
English of the same records.
"""

from __future__ import annotations

import asyncio
import html
import re
from typing import Any

import pytest
from textual.pilot import Pilot

from core import formats
from core.allies_nl import dutch_names
from core.document import bundled_summit
from core.session import growth_row
from tests.i18n.test_catalogue import _english_only_texts
from tests.tui.conftest import MakeApp, settle, until_loaded
from tui.widgets.calc_table import CalcPane
from tui.widgets.commitments import TITLE_WIDTH, shorten

_TEXT = re.compile(r'<text[^>]*\by="([0-9.]+)"[^>]*>([^<]*)</text>')


def _screen_text(app: Any) -> str:
    """What the screen shows, line by line, read from its SVG picture (the `x` screenshot)."""
    lines: dict[float, list[str]] = {}
    for y, text in _TEXT.findall(app.export_screenshot()):
        lines.setdefault(float(y), []).append(html.unescape(text).replace("\xa0", " "))
    return "\n".join("".join(parts) for _, parts in sorted(lines.items()))


_ENGLISH_UNITS = [
    *("% of GDP", "EUR bn", "pp short", "% a year", "unknown", "n/a"),
    *("Undo", "Redo", "Save", "Quit", "Close", "Cancel"),
]
"""English words too short for the catalogue check (which looks at pieces of six letters on)."""


def _english_on(screen: str, english: list[str]) -> list[str]:
    """The English texts on the screen. `english` is `_english_only_texts()`, worked out once
    for all screens; a text is looked for as a word only where it occurs at all (one regex per
    text and screen was three quarters of this test's time)."""
    words = re.sub(r"`[^`]*`", "", screen)
    leaked = [text for text in english if text in words and re.search(rf"\b{re.escape(text)}\b", words)]
    leaked += [unit for unit in _ENGLISH_UNITS if re.search(rf"(?<![\w-]){re.escape(unit)}(?![\w-])", words)]
    leaked += re.findall(r"(?<![\d.,])\d+\.\d{2}(?![\d.,])", words)  # 1.56: a decimal point, not a comma
    return leaked


@pytest.fixture
def dutch() -> None:
    formats.set_language("nl")  # as `--lang nl` does before the app is built


async def _visit(pilot: Pilot[Any], seen: dict[str, str], name: str, *keys: str) -> None:
    await pilot.press(*keys)
    await settle(pilot)
    seen[name] = _screen_text(pilot.app)


async def _reading(pilot: Pilot[Any], seen: dict[str, str]) -> None:
    """The table and the dialogs that only show: help, the log, tornado, goal seek."""
    await _visit(pilot, seen, "table", "3")
    await _visit(pilot, seen, "help", "question_mark")
    await _visit(pilot, seen, "help, further down", "pagedown", "pagedown", "pagedown")
    await _visit(pilot, seen, "help, the end", "end")
    await _visit(pilot, seen, "log", "escape", "L")
    await _visit(pilot, seen, "tornado", "escape", "t")
    await _visit(pilot, seen, "goal seek", "escape", "g")
    assert "gehaald" in seen["table"] and "1,56" in seen["table"]
    # Goal seek's every line shows at 80x24, none scrolled out of its panel: the target's unit,
    # the first year's hint whole, how an input varies, and the keys.
    goal = _flat(seen["goal seek"])
    assert re.search(r"doel 2\s*%-bbp", goal)
    assert "eerste jaar dat varieert;" in goal and "leeg: de getoonde standaard" in goal  # a column
    assert "invoer varieert als bij celwijziging: uitgaven in %-bbp volgen het bbp" in goal
    assert "enter: toepassen als één wijziging (toets u: ongedaan maken) · esc sluit" in goal


async def _bridge(pilot: Pilot[Any], seen: dict[str, str]) -> None:
    """The bridge from the Dutch figure to NATO's, a page at a time: each line is seen once."""
    await _visit(pilot, seen, "bridge", "3", "b")
    for page in range(2, 6):
        await _visit(pilot, seen, f"bridge, page {page}", "pagedown")
    await _visit(pilot, seen, "bridge, the end", "end")
    bridge = " ".join(_flat(screen) for screen in seen.values())
    assert "gdp_cpb: uit “OECD Economic" in bridge  # a source's title, as published, quoted
    assert "(Aanname: voor het gerealiseerde jaar 2024" in bridge  # its note, in Dutch
    assert "De defensiedeflator van de NAVO voor 2024" in bridge


async def _editing(pilot: Pilot[Any], seen: dict[str, str]) -> None:
    """The editor and the questions an edit can bring: which years, a unit slip; an input the
    file leaves out; save as."""
    await _visit(pilot, seen, "editing a Dutch share", "3", "e")
    pilot.app.query_one(CalcPane).go_to(growth_row("gdp_cpb"), 2026)
    await _visit(pilot, seen, "growth scope question", "e", "ctrl+u", *"2,5", "enter")
    await _visit(pilot, seen, "growth edited", "a")
    pilot.app.query_one(CalcPane).go_to("gdp_oecd", 2024)
    await _visit(pilot, seen, "unit slip", "e", "ctrl+u", *"1134", "enter")
    await _visit(pilot, seen, "unit slip undone", "u")
    pilot.app.query_one(CalcPane).go_to("related_security", 2024)
    await _visit(pilot, seen, "an input the file leaves out")
    await _visit(pilot, seen, "editing an input the file leaves out", "e")
    await _visit(pilot, seen, "save as", "escape", "S")
    assert "Wijzigen van NL excl. Oekraïne 2024 in %-bbp, nu 1,56" in seen["editing a Dutch share"]
    assert "Voor welke jaren?" in seen["growth scope question"]
    assert "onbekend: standaard onbekend" in _flat(seen["an input the file leaves out"])
    unknown = _flat(seen["editing an input the file leaves out"])  # no value: nothing to change
    assert "nog geen waarde om met een bedrag of percentage te veranderen)" in unknown
    assert "+0,2" not in unknown


async def _leaving(pilot: Pilot[Any], seen: dict[str, str]) -> None:
    """With an edit unsaved: compare, open, the allies and chart panes, quit, the palette."""
    pilot.app.query_one(CalcPane).go_to(growth_row("gdp_cpb"), 2026)
    await pilot.press("3", "e", "ctrl+u", *"2,5", "enter", "a")
    await _visit(pilot, seen, "compare picker", "c")
    await _visit(pilot, seen, "compared", "enter")
    await _visit(pilot, seen, "open picker", "o")
    await _visit(pilot, seen, "allies", "escape", "4")
    await _visit(pilot, seen, "chart", "5")
    await _visit(pilot, seen, "quit with unsaved edits", "q")
    await _visit(pilot, seen, "palette, nothing found", "escape", "ctrl+p", *"qqqzzz")
    await _until_found_nothing(pilot)
    seen["palette, nothing found"] = _screen_text(pilot.app)
    assert "(+x) = ander min dit" in seen["compared"]  # the short header at 80 columns too
    assert "1 niet-bewaarde wijziging in" in seen["quit with unsaved edits"]  # the edit made above
    assert "Niets gevonden" in seen["palette, nothing found"]


_WALKS = {"reading": _reading, "bridge": _bridge, "editing": _editing, "leaving": _leaving}
"""Every screen and dialog, in four walks of an app each: one walk of all was the suite's
longest test (15 s on a loaded machine), and run last by a worker it held the whole run up."""


@pytest.mark.parametrize("walk", _WALKS)
async def test_every_screen_and_dialog_in_dutch_shows_no_english(
    dutch: None, new_app: MakeApp, walk: str
) -> None:
    """At 80x24, where the panes are tabs (at 120x40 they share the screen: the Dutch snapshots
    show that size); the summit data's panes are walked by the test below."""
    app = new_app()
    seen: dict[str, str] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(pilot)
        await _WALKS[walk](pilot, seen)
    english = _english_only_texts()
    leaks = {name: found for name, screen in seen.items() if (found := _english_on(screen, english))}
    assert not leaks, leaks
    prose = {name: found for name, screen in seen.items() if (found := _english_prose(screen))}
    assert not prose, prose


async def _until_found_nothing(pilot: Pilot[Any]) -> None:
    """Until the palette's list holds its one disabled line saying nothing matched: Textual adds
    it after a half-second timer, which posts no message to await (bounded: 10 s)."""
    from textual.command import CommandList

    results = pilot.app.screen.query_one(CommandList)
    deadline = asyncio.get_running_loop().time() + 10
    while not (results.option_count == 1 and results.get_option_at_index(0).disabled):
        assert asyncio.get_running_loop().time() < deadline, "the palette never said it found nothing"
        await pilot.pause(0.05)
    await settle(pilot)


_ENGLISH_PROSE = re.compile(r"\b(the|and|with|which|from|their|for|less|equals|found)\b")
"""Words of English prose that no Dutch sentence of navotop's uses: data in English (a
scenario's notes, a data file's source line) shows through them, where the catalogue check
cannot see it."""


def _english_prose(screen: str) -> list[str]:
    """English prose words on the screen, outside a source's title (quoted “…” or '…', which
    stays as published) and outside ids and formulas in `backticks`."""
    text = re.sub(r"“[^”]*”|(?<!\w)'[^']*'(?!\w)|`[^`]*`", " ", _flat(screen))
    return _ENGLISH_PROSE.findall(text)


def _flat(screen: str) -> str:
    """The screen's words as running text: frames, scrollbars and line ends gone, so that a
    paragraph folded over several lines reads whole again."""
    return " ".join(re.sub(r"[\u2500-\u259f]", " ", screen).split())


def _english_of_the_summit() -> list[str]:
    """The summit data's English texts that differ from their Dutch (and occur in no Dutch text)."""
    summit = bundled_summit()
    pairs = [(i.title, i.words("nl").title) for i in summit.agenda]
    pairs += [(i.summary, i.words("nl").summary) for i in summit.agenda]
    for c in summit.commitments:
        dutch = c.words("nl")
        pairs += [(c.title, dutch.title), (c.what, dutch.what), (c.who, dutch.who), (c.status, dutch.status)]
        pairs += [(shorten(c.title, TITLE_WIDTH), shorten(dutch.title, TITLE_WIDTH))]
    all_dutch = " ".join(dutch for _, dutch in pairs)
    return [
        english
        for english, dutch in pairs
        if english != dutch and len(english) > 12 and english not in all_dutch
    ]


async def test_the_summit_data_shows_in_dutch(dutch: None, new_app: MakeApp) -> None:
    """The agenda and commitments panes, a commitment's detail, the palette's entries and the
    allies pane in Dutch: the records' `_nl` texts, never their English."""
    app = new_app()
    summit = bundled_summit()
    seen: dict[str, str] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(pilot)
        await _visit(pilot, seen, "agenda", "1", "down")  # the first item, not its day
        await _visit(pilot, seen, "commitments", "2", "down")
        await _visit(pilot, seen, "palette", "ctrl+p", *"werkdiner")
        await _visit(pilot, seen, "allies", "escape", "4")
        await _visit(pilot, seen, "allies, its sources", *["pagedown"] * 6)
        await _visit(pilot, seen, "allies filtered by a Dutch name", "slash", *"neder")
    flat = {name: _flat(screen) for name, screen in seen.items()}
    english = _english_of_the_summit()
    leaks = {name: [e for e in english if e in text] for name, text in flat.items()}
    assert not any(leaks.values()), leaks
    for name, text in flat.items():
        words = re.findall(r"\b(the|and|with|which|from|their)\b", text)
        assert not words, (name, words)  # English prose, from whichever record
    agenda = next(i for i in summit.agenda if i.id == "navo-door-nederland").words("nl")
    assert agenda.title in flat["agenda"] and agenda.summary in flat["agenda"]
    second = summit.commitments[1].words("nl")
    assert summit.commitments[0].words("nl").title[:20] in flat["commitments"]  # its column fits 80
    assert second.what in flat["commitments"]  # the highlighted commitment's detail, whole
    assert "Werkdiner van de ministers van Defensie" in flat["palette"]
    assert "Verenigd Koninkrijk" in flat["allies"]
    assert "bron" in flat["allies, its sources"] and "nato-share-gdp" in flat["allies, its sources"]
    assert "> Nederland" in flat["allies filtered by a Dutch name"]
    for name, dutch_name in dutch_names().items():
        if name != dutch_name:
            for pane in ("allies", "allies filtered by a Dutch name"):
                assert not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", flat[pane]), name
