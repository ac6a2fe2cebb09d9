"""The one parser of numbers people type: `navotop set`, the app's cell editor, `--size`, years.

People write `1.5` or `1,5`, `-2`, `1e3`, `1_000`, and grouped, in either style whatever the
language shown: `1.134.000,5` or `1,134,000.5` (a lone separator is always the decimal sign:
`1.134` is 1.134, never 1134, since a wrong guess would be off by a factor of a thousand without
a word). Only ASCII digits count: Python's `float()`
and `int()` also accept fullwidth and Arabic-Indic digits and surrounding spaces, so `２０２６`
would silently become 2026 and collide with the year written in ASCII. And only what a TOML file
can hold is accepted: a value that overflows to infinity, or a non-zero value so small that it
would become 0, is refused rather than written as something else.
"""

from __future__ import annotations

import math
import re

_NUMBER = re.compile(r"[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][+-]?[0-9]+)?", re.ASCII)
_SPACED = re.compile(r"[+-]?[0-9]{1,3}(?:[ \u00a0][0-9]{3})+(?:[.,][0-9]+)?", re.ASCII)
_GROUPED = re.compile(
    r"[+-]?[0-9]{1,3}(?P<sep>[.,])[0-9]{3}(?:(?P=sep)[0-9]{3})*(?:(?P<dec>[.,])(?P<frac>[0-9]+))?", re.ASCII
)
_NONZERO = re.compile(r"[1-9]")
_INTEGER = re.compile(r"[+-]?[0-9]+", re.ASCII)
INT64 = (-(2**63), 2**63 - 1)
"""The integers a TOML file can hold."""
EXACT_INT = 2**53
"""Below this, a whole float is written as a TOML integer without losing anything."""


def parse_number(text: str) -> float:
    """A number as people type it: `1.5`, `1,5`, `-2`, `1e3`, `1.134.000,5`, `1,134,000.5`.
    ValueError, in the language shown, for anything else, including a value too large for a
    float or too small to be told from 0."""
    from core.i18n import t

    cleaned = text.strip().replace("_", "")
    if not cleaned:  # `'' is not a number` read as a fault of the user's, who typed nothing
        raise ValueError(t("number.empty"))
    plain = _plain(cleaned)
    if plain is None:
        raise ValueError(t("number.bad", text=_show(text)))
    value = float(plain)
    if not math.isfinite(value):
        raise ValueError(t("number.too_large", text=_show(text)))
    mantissa = re.split("[eE]", plain)[0]
    if value == 0 and _NONZERO.search(mantissa):
        raise ValueError(t("number.too_small", text=_show(text)))
    return value


def _plain(cleaned: str) -> str | None:
    """The number in Python's own notation (dot decimal, no grouping), or None."""
    if _NUMBER.fullmatch(cleaned) and not ("," in cleaned and "." in cleaned):
        return cleaned.replace(",", ".")
    if _SPACED.fullmatch(cleaned):  # 1 134 000,5: grouped with spaces
        return re.sub("[ \u00a0]", "", cleaned).replace(",", ".")
    grouped = cleaned
    match = _GROUPED.fullmatch(grouped)
    if match is None or match.group("dec") == match.group("sep"):
        return None
    whole = grouped[: match.start("dec")] if match.group("dec") else grouped
    return whole.replace(match.group("sep"), "") + ("." + match.group("frac") if match.group("dec") else "")


def parse_int(text: str, what: str = "") -> int:
    """A whole number in ASCII digits, within TOML's 64-bit range. ValueError for anything else;
    `what` names it in the message (default: a whole number, in the language shown)."""
    from core.i18n import t

    what = what or t("number.whole")
    if not _INTEGER.fullmatch(text):
        raise ValueError(t("number.not_int", text=_show(text), what=what))
    value = int(text)
    if not INT64[0] <= value <= INT64[1]:
        raise ValueError(t("number.int_too_large", text=_show(text), what=what))
    return value


def parse_size(text: str, minimum: tuple[int, int] = (40, 12)) -> tuple[int, int]:
    """`WIDTHxHEIGHT` (e.g. `120x40`) of at least `minimum`. ValueError otherwise."""
    width, sep, height = text.lower().partition("x")
    ok = sep and re.fullmatch("[0-9]{1,5}", width, re.ASCII) and re.fullmatch("[0-9]{1,5}", height, re.ASCII)
    if not ok or int(width) < minimum[0] or int(height) < minimum[1]:
        from core.i18n import t

        raise ValueError(t("number.size", text=_show(text), width=minimum[0], height=minimum[1]))
    return int(width), int(height)


def toml_number(value: float) -> int | float:
    """How `value` is written into a TOML file: a whole number as an integer while that is exact
    (and well inside TOML's 64-bit integers), anything else as a float."""
    if value.is_integer() and abs(value) < EXACT_INT:
        return int(value)
    return value


def full_text(value: float) -> str:
    """`value` at full precision, the shortest text that reads back as the same number, never in
    exponent form for the sizes a scenario holds: 1134000, not 1.134e+06; 2.2, not 2.2000."""
    text = repr(float(value))
    if "e" in text and abs(value) < 1e21:
        text = f"{value:.{max(0, 16 - len(str(int(abs(value)))))}f}"
        text = text.rstrip("0").rstrip(".") if "." in text else text
    return text[:-2] if text.endswith(".0") else text


def _show(text: str) -> str:
    from core.text import printable

    return printable(text)
