"""What a user types into a cell, and the value the cell's editor starts from.

The syntax says what people mean in a meeting: a plain number is the new value, a leading sign
is a change by that amount in the row's unit, a percentage is a change relative to the value,
and `=` sets a value outright (the way to set a negative one). Pure functions, no I/O.
"""

from __future__ import annotations

from core import formats
from core.i18n import t
from core.numbers import parse_number


def _unsigned(text: str, typed: str) -> float:
    """The number after an optional `+`, `-` or `=`: read by the one parser of typed numbers."""
    if text.strip()[:1] in ("+", "-"):
        raise ValueError(t("entry.one_sign", typed=typed))
    try:
        return parse_number(text)
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
