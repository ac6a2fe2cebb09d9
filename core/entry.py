"""What a user types into a cell, and the value the cell's editor starts from.

The syntax says what people mean in a meeting: a plain number is the new value, a leading sign
is a change by that amount in the row's unit, a percentage is a change relative to the value,
and `=` sets a value outright (the way to set a negative one). Pure functions, no I/O.
"""

from __future__ import annotations

import re

from core import formats
from core.i18n import t
from core.numbers import parse_number

_THOUSANDS = {
    "nl": re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]+)?", re.ASCII),
    "en": re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]+)?", re.ASCII),
}
"""A number grouped in thousands the way the language shown writes it: `1.200` and `1.134.000,5`
in Dutch, `1,200` and `1,134,000.5` in English. A cell shows `1.134` in Dutch for EUR 1,134 bn,
so that is what a Dutch user types for it; read as 1.134 it would be a slip of a factor 1000.
The other style's lone separator (`1,200` in Dutch, `1.200` in English) stays a decimal sign,
as in every other number typed; when that is a slip, the plausibility question catches it. A
leading 0 never starts a group, so `0.125` stays 0.125 in both languages."""


def _grouped(text: str) -> str:
    """`text` without the language's thousands separators when it is grouped that way."""
    lang = formats.language()
    if not _THOUSANDS[lang].fullmatch(text.strip()):
        return text
    point, comma = (",", ".") if lang == "nl" else (".", ",")
    return text.strip().replace(comma, "").replace(point, ".")


def _unsigned(text: str, typed: str) -> float:
    """The number after an optional `+`, `-` or `=`: read by the one parser of typed numbers,
    after the thousands grouping of the language shown (see `_THOUSANDS`)."""
    if text.strip()[:1] in ("+", "-"):
        raise ValueError(t("entry.one_sign", typed=typed))
    try:
        return parse_number(_grouped(text))
    except ValueError as error:
        raise ValueError(f"{error}. " + t("entry.hint")) from None


def parse_entry(text: str, current: float | None) -> float:
    """The new value of a cell whose value is `current` (None: unknown) after typing `text`.

    `2,2` / `2.2` set; `+0,2` / `-150` add to or take from the value; `+2%` / `-2%` change it
    relatively; `=-5` / `=5` set (also a negative). ValueError, with a message to show, for
    anything else or for a change to an unknown value.
    """
    typed = text.strip()
    if typed.startswith("="):
        body = typed[1:].strip()
        sign = -1.0 if body.startswith("-") else 1.0
        return sign * _unsigned(body.lstrip("+-"), typed)
    if typed[:1] not in ("+", "-"):
        if typed.endswith("%"):
            raise ValueError(t("entry.percent", typed=typed))
        return _unsigned(typed, typed)
    sign = 1.0 if typed[0] == "+" else -1.0
    body = typed[1:].strip()
    if current is None:
        raise ValueError(t("entry.unknown"))
    if body.endswith("%"):
        return _clean(current * (1 + sign * _unsigned(body[:-1], typed) / 100))
    return _clean(current + sign * _unsigned(body, typed))


def _clean(value: float) -> float:
    """A computed value without binary noise: 1.79 + 0.2 is 1.99, not 1.9900000000000002 (15
    significant digits are all a double holds reliably; no scenario figure has more)."""
    return float(f"{value:.15g}")


def entry_text(value: float | None) -> str:
    """The text the editor starts from: the value at full precision (the shortest text that
    reads back as the same number), so opening and accepting an edit changes nothing, with the
    decimal mark of the language shown (`1,56` in Dutch; either reads back). A negative value
    starts with `=`, since a leading minus would be read as a change."""
    if value is None:
        return ""
    text = formats.exact(value)
    return f"={text}" if text.startswith("-") else text
