"""Every number, amount, share, date and "unknown" that navotop shows, in Dutch or English.

One module, so the grid, the detail line, the verdict, the bridge, help, the CLI's text and
markdown and the screenshots cannot disagree on how 1.56 or 1,134,000 is written. The Dutch
style is the letter's: decimal comma and dot thousands (1,56 · 1.134.000 · EUR 1.134,0 mld).

Why not Babel: measured on this machine, `import babel.numbers` costs ~29 ms and the first
format in a locale another ~22 ms (loading its CLDR data), i.e. ~50 ms for two locales whose
rules are two swapped characters and twelve month names. The app's first paint is held to
1.3x a bare Textual app, and these 50 ms would come out of that margin for nothing a user sees.
So the two styles are written out here; the tests pin them to the letter's figures.

Machine-readable output (CSV, JSON) never goes through this module: it stays dot-decimal with
English ids in both languages, so scripts read it the same whatever a user's locale is.

The current language is process-wide: the CLI sets it once from `--lang` / `NAVOTOP_LANG` /
the locale before anything is shown, and every function takes an optional `lang` for the
places (tests, a log written in the other language) that need a particular one.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from collections.abc import Mapping
from typing import Literal

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")
ENV_VAR = "NAVOTOP_LANG"

MONEY = "EUR mln"
MONEY_GRID = "EUR bn"
"""Money as the grid shows it and its cells are typed: `MLN_PER_GRID` EUR mln a unit."""
MLN_PER_GRID = 1000.0
SHARE = "% of GDP"
POINTS = "pp"
INDEX = "index"
GROWTH = "% a year"
VERDICT = "pp short"
"""The units of the registry's rows, and of the app table's growth and verdict rows, as ids
(CSV and JSON carry these, in English)."""

_UNIT_WORDS: dict[str, dict[Lang, str]] = {
    MONEY: {"en": "EUR mln", "nl": "EUR mln"},
    MONEY_GRID: {"en": "EUR bn", "nl": "EUR mld"},
    SHARE: {"en": "% of GDP", "nl": "%-bbp"},
    POINTS: {"en": "pp", "nl": "%-punt"},
    INDEX: {"en": "index", "nl": "index"},
    GROWTH: {"en": "% a year", "nl": "% per jaar"},
    VERDICT: {"en": "pp short", "nl": "%-punt tekort"},
}
_GRID_UNIT_WORDS: dict[str, dict[Lang, str]] = {
    MONEY: _UNIT_WORDS[MONEY_GRID],
    VERDICT: _UNIT_WORDS[VERDICT],
}
"""Where the grid's unit differs from the row's: money is shown in billions there. (The verdict
keeps its `%-punt tekort`: a tester read `%-pt` beside `%-punt` as two units.)"""
_UNKNOWN: dict[Lang, str] = {"en": "unknown", "nl": "onbekend"}
"""The one word for a figure nobody knows, in every view: grid, detail line, verdict, bridge,
help, CLI text and markdown, what-if log, allies, chart notes and screenshots. There is no
shorter mark for the grid (it had `n/a`, `n.b.`, which read as "not applicable" and made the
same figure look like two things): the grid makes room for the word (tui/widgets/calc_table)."""
_ON_YEAR_BEFORE: dict[Lang, str] = {"en": "on the year before", "nl": "ten opzichte van het jaar ervoor"}
_BILLION: dict[Lang, str] = {"en": "bn", "nl": "mld"}
_MONTHS: dict[Lang, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
}
_AT: dict[Lang, str] = {"en": " ", "nl": " om "}
"""Between a date and its time of day."""
_SWAP = str.maketrans(",.", ".,")

_current: Lang = "en"


def language() -> Lang:
    """The language every view speaks now."""
    return _current


def set_language(lang: Lang) -> None:
    """Speak `lang` from now on (the CLI calls this once, before anything is shown)."""
    global _current
    _current = lang


def default_language(environ: Mapping[str, str] | None = None) -> Lang:
    """`NAVOTOP_LANG` when it names nl or en; else Dutch under a Dutch locale, else English.

    The locale is read the way the C library does (LC_ALL, then LC_MESSAGES, then LANG), from
    the environment only, so start-up calls no locale machinery.
    """
    env = os.environ if environ is None else environ
    chosen = env.get(ENV_VAR, "").strip().lower()
    if chosen in LANGS:
        return "nl" if chosen == "nl" else "en"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


def _lang(lang: Lang | None) -> Lang:
    return _current if lang is None else lang


def unknown(lang: Lang | None = None) -> str:
    """The one word for a figure that is not known, in every view."""
    return _UNKNOWN[_lang(lang)]


def number(
    value: float, decimals: int, lang: Lang | None = None, *, grouped: bool = True, trim: bool = False
) -> str:
    """`value` with `decimals` decimals, thousands grouped: 1,134,000.5 or 1.134.000,5; with
    `trim`, trailing zero decimals dropped (1,134,000 rather than 1,134,000.00)."""
    text = f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.startswith("-") and not any(c in "123456789" for c in text):
        text = text[1:]  # -0.00 is 0.00: a rounding artefact, not a sign
    return text.translate(_SWAP) if _lang(lang) == "nl" else text


def general(value: float, lang: Lang | None = None) -> str:
    """A number as typed or stored, without trailing zeros (Python's `g`): 2, 1.5 or 1,5; from a
    thousand on with its thousands marked, as the grid marks them (1,134 or 1.134: a Dutch tester
    read `nu 1134` in the cell editor's prompt beside `1.134,0` in the grid). For reading only:
    the text a user edits is `exact`'s, which has no thousands mark to mistake for a decimal one."""
    if abs(value) >= 1e15 or 0 < abs(value) < 1e-4:
        text = f"{value:.6g}"
    elif abs(value) >= 10_000:  # grouped, never 1.2e+06
        text = f"{value:,.6f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:,g}"
    return text.translate(_SWAP) if _lang(lang) == "nl" else text


def spec(value: float, format_spec: str, lang: Lang | None = None) -> str:
    """`value` by a Python format spec (`g`, `,.6g`, `.10g`), with the language's marks: for
    messages that give a number at a precision of their own (a goal seek's reason)."""
    text = format(value, format_spec)
    return text.translate(_SWAP) if _lang(lang) == "nl" else text


def exact(value: float, lang: Lang | None = None, *, grouped: bool = False) -> str:
    """`value` at full precision, with the decimal mark of the language (`1134000.5`,
    `1134000,5`); `grouped`, with its thousands grouped as well (`1,134,000.5`, `1.134.000,5`),
    as `set` echoes it. core.numbers.full_text finds the digits."""
    from core.numbers import full_text

    text = full_text(value)
    whole, point, fraction = text.partition(".")
    if grouped and whole.lstrip("-").isdigit():
        text = f"{int(whole):,}" + point + fraction
        text = "-" + text if whole.startswith("-") and not text.startswith("-") else text
    return text.translate(_SWAP) if _lang(lang) == "nl" else text


def unit(unit_id: str, lang: Lang | None = None) -> str:
    """A unit as a reader sees it: `% of GDP` is `%-bbp` in the letter's Dutch."""
    words = _UNIT_WORDS.get(unit_id)
    return unit_id if words is None else words[_lang(lang)]


def value(amount: float | None, unit_id: str, lang: Lang | None = None) -> str:
    """A table cell: shares and points to 2 decimals, money in whole EUR mln, an index to 1."""
    if amount is None or math.isnan(amount):
        return unknown(lang)
    if unit_id == MONEY:
        return number(amount, 0, lang)
    if unit_id in (SHARE, POINTS):
        return number(amount, 2, lang)
    if unit_id == INDEX:
        return number(amount, 1, lang)
    return general(amount, lang)


def delta(amount: float | None, unit_id: str, lang: Lang | None = None) -> str:
    """A signed change: `+0.06`, `-1,281` (`+0,06`, `-1.281`); empty when unknown."""
    if amount is None or math.isnan(amount):
        return ""
    shown = value(amount, unit_id, lang)
    return shown if shown.startswith("-") else "+" + shown


def share(amount: float | None, lang: Lang | None = None) -> str:
    """A share of GDP with its sign: `1.56%` or `1,56%`."""
    return unknown(lang) if amount is None else number(amount, 2, lang) + "%"


def points(amount: float | None, lang: Lang | None = None) -> str:
    """Percentage points: `1.44 pp` or `1,44 %-punt`."""
    return unknown(lang) if amount is None else f"{number(amount, 2, lang)} {unit(POINTS, lang)}"


def billions(amount_mln: float | None, lang: Lang | None = None) -> str:
    """Money in billions, as the letter writes it: `EUR 1,134.0 bn` or `EUR 1.134,0 mld`."""
    if amount_mln is None or math.isnan(amount_mln):
        return unknown(lang)
    return f"EUR {number(amount_mln / 1000, 1, lang)} {_BILLION[_lang(lang)]}"


def millions(amount_mln: float | None, lang: Lang | None = None) -> str:
    """Money in whole millions with the currency: `EUR 2,563 mln` or `EUR 2.563 mln`."""
    if amount_mln is None or math.isnan(amount_mln):
        return unknown(lang)
    return f"EUR {number(amount_mln, 0, lang)} mln"


def date(day: dt.date, lang: Lang | None = None) -> str:
    """`24 June 2025` or `24 juni 2025`."""
    return f"{day.day} {_MONTHS[_lang(lang)][day.month - 1]} {day.year}"


_WEEKDAYS: dict[Lang, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
}


def day_heading(day: dt.date, lang: Lang | None = None) -> str:
    """A day as a heading: `Tue 24 June 2025` or `di 24 juni 2025`."""
    return f"{_WEEKDAYS[_lang(lang)][day.weekday()]} {date(day, lang)}"


def date_range(start: dt.date, end: dt.date | None, lang: Lang | None = None) -> str:
    """`24 June 2025`, or `24 June 2025 to 25 June 2025` (`tot en met` in Dutch)."""
    if end is None:
        return date(start, lang)
    word = "tot en met" if _lang(lang) == "nl" else "to"
    return f"{date(start, lang)} {word} {date(end, lang)}"


def timestamp(moment: dt.datetime, lang: Lang | None = None) -> str:
    """A moment to the second in local time: `24 June 2025 14:03:09` (`24 juni 2025 om 14:03:09`:
    Dutch reads a bare time after a date as a second date-like figure, so it says `om`)."""
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{date(local.date(), lang)}{_AT[_lang(lang)]}{local:%H:%M:%S}"


# ---------------------------------------------------------------------- the app's table
def grid_unit(unit_id: str, lang: Lang | None = None) -> str:
    """A row's unit as the grid states it: money in `EUR bn` (`EUR mld`), the rest as `unit`."""
    words = _GRID_UNIT_WORDS.get(unit_id)
    return unit(unit_id, lang) if words is None else words[_lang(lang)]


def grid(amount: float | None, unit_id: str, lang: Lang | None = None) -> str:
    """A grid cell: money in EUR bn with one decimal (seven years fit beside the labels), shares,
    points, growth and verdicts with two, indices with one; `unknown` (`onbekend`) when unknown,
    the same word as every other view."""
    if amount is None or math.isnan(amount):
        return unknown(lang)
    if unit_id == MONEY:
        return number(amount / MLN_PER_GRID, 1, lang)
    if unit_id in (SHARE, POINTS, GROWTH, VERDICT):
        return number(amount, 2, lang)
    if unit_id == INDEX:
        return number(amount, 1, lang)
    return general(amount, lang)


def grid_delta(change: float, unit_id: str, lang: Lang | None = None) -> str:
    """`+0.20`, `-12.1` (`+0,20`, `-12,1`): a change in the grid's format, always signed."""
    return ("+" if change > 0 else "-") + grid(abs(change), unit_id, lang)


def money(amount_mln: float, lang: Lang | None = None) -> str:
    """Money as people read it: `EUR 1,134.0 bn` (`EUR 1.134,0 mld`), or `EUR 850 mln` below a
    billion."""
    if abs(amount_mln) >= 1000:
        return billions(amount_mln, lang)
    return millions(amount_mln, lang)


def precise(amount: float, lang: Lang | None = None) -> str:
    """Four significant digits, as the detail line gives shares and points: `1.561`, `1,561`."""
    text = f"{amount:.4g}"
    if "e" in text:
        return general(amount, lang)
    return text.translate(_SWAP) if _lang(lang) == "nl" else text


_CONSTANT = re.compile(r"(?<![\w.,])(\d+)\.(\d+)(?![\w.])")
"""A number with a decimal point written into a formula (`3.5 / 100 * gdp_oecd`)."""


def constants(formula: str, lang: Lang | None = None) -> str:
    """A formula's own numbers with the language's decimal mark: `3,5 / 100 * gdp_oecd` in Dutch.
    Ids and filled-in values are left as they are (fill them in after this)."""
    if _lang(lang) != "nl":
        return formula
    return _CONSTANT.sub(r"\1,\2", formula)


def file_unit(unit_id: str, of_label: str = "", lang: Lang | None = None) -> str:
    """A file's unit as the grid says it: `% of gdp_cpb` is `%-bbp` (`% of GDP`), a share of
    another base adds that base's name (`of_label`); other units as `unit` says them."""
    if unit_id.startswith("% of "):
        base = unit_id.removeprefix("% of ")
        words = unit(SHARE, lang)
        return words if base == "gdp_cpb" or not of_label else f"{words} ({of_label})"
    return unit(unit_id, lang)


def typed(amount: float, unit_id: str, lang: Lang | None = None) -> str:
    """A value as a user typed it into a cell, with the unit the cell is typed in: `EUR 1,200 bn`
    (`EUR 1.200 mld`), `2.5% of GDP` (`2,5%-bbp`), `35% a year`, `105 index`. For messages
    about what was typed: the number at full precision, grouped as the language groups it."""
    text = format(float(f"{amount:.15g}"), ",.15g")
    if "e" in text:
        text = general(amount, "en")
    text = text.translate(_SWAP) if _lang(lang) == "nl" else text
    if unit_id in (MONEY, MONEY_GRID):
        return attach(text, unit_id, lang)  # the currency first, as every view writes money
    # a file's `% of gdp_cpb` is a share of GDP as the grid says it
    words = unit(SHARE if unit_id.startswith("% of ") else unit_id, lang)
    return f"{text}{words}" if words.startswith("%") else f"{text} {words}"


def attach(text: str, unit_id: str, lang: Lang | None = None) -> str:
    """A number already written (`text`, at whatever precision its view needs) with its unit,
    the one way every view writes money: the currency first, the scale after (`EUR 24,405.3 mln`,
    `EUR 24,4 mld`), as the letter, the verdict line and the what-if log do; other units after the
    number (`1.5600 % of GDP`, `133.20 index`). The word for an unknown figure gets no unit."""
    if text == unknown(lang):
        return text
    if unit_id == MONEY:
        return f"EUR {text} mln"
    if unit_id == MONEY_GRID:
        return f"EUR {text} {_BILLION[_lang(lang)]}"
    return f"{text} {unit(unit_id, lang)}"


def full(amount: float | None, unit_id: str, lang: Lang | None = None) -> str:
    """A value at the precision the detail line shows: money as `EUR 1,134.0 bn (1,134,000.0
    mln)`, shares as `1.561%`, points as `1.44 pp`, growth as `3.53% on the year before`."""
    if amount is None or math.isnan(amount):
        return unknown(lang)
    if unit_id == MONEY:
        return f"{money(amount, lang)} ({number(amount, 1, lang)} mln)"
    if unit_id == SHARE:
        return precise(amount, lang) + "%"
    if unit_id == POINTS:
        return f"{precise(amount, lang)} {unit(POINTS, lang)}"
    if unit_id == GROWTH:
        return f"{precise(amount, lang)}% {_ON_YEAR_BEFORE[_lang(lang)]}"
    return f"{general(float(f'{amount:.6g}'), lang)} {unit(unit_id, lang)}"


def with_unit(amount: float | None, unit_id: str, lang: Lang | None = None) -> str:
    """A value as the grid shows it, with its unit attached, for text that has no unit column
    (the what-if log): `EUR 24.4 bn`, `2.05%`, `0.44 pp`, `3.53% a year`, `133.2 index`;
    unknown without a unit (a tester read `unknown -> unknown%`)."""
    if amount is None or math.isnan(amount):
        return unknown(lang)
    if unit_id == MONEY:
        return billions(amount, lang)
    if unit_id == SHARE:
        return share(amount, lang)
    if unit_id in (POINTS, VERDICT):
        return points(amount, lang)
    if unit_id == GROWTH:
        return grid(amount, unit_id, lang) + unit(GROWTH, lang)  # 3.53% a year
    return f"{grid(amount, unit_id, lang)} {unit(unit_id, lang)}"


def month(day: dt.date, lang: Lang | None = None) -> str:
    """`June 2024` or `juni 2024`: when an edition of figures appeared."""
    return f"{_MONTHS[_lang(lang)][day.month - 1]} {day.year}"
