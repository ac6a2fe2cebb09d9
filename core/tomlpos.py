"""Where each key of a TOML file sits, so that every error can name its line and column.

`tomllib` gives values but no positions, and a round trip through tomlkit would be slow on every
load. Scenario files use a small part of TOML (tables, arrays of tables, `key = value`), so a line
scanner that knows headers, dotted and quoted keys, comments, multi-line strings and arrays finds
every position we need. Anything it cannot place falls back to its table's header line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KeyPath = tuple[str, ...]

_BARE = r"[A-Za-z0-9_-]+"
_QUOTED = r"\"(?:[^\"\\]|\\.)*\"|'[^']*'"
_KEY = rf"(?:{_BARE}|{_QUOTED})(?:\s*\.\s*(?:{_BARE}|{_QUOTED}))*"
_HEADER = re.compile(rf"^(\s*)(\[\[?)\s*({_KEY})\s*\]\]?")
_KEYVAL = re.compile(rf"^(\s*)({_KEY})\s*=\s*")
_PART = re.compile(rf"{_BARE}|{_QUOTED}")


@dataclass(frozen=True, slots=True)
class Spot:
    """A key's 1-based line and column, and the raw text of its value when it fits on one line."""

    line: int
    col: int
    raw: str | None = None


def _key_parts(key: str) -> list[str]:
    parts = []
    for token in _PART.findall(key):
        if token[0] in "\"'":
            token = token[1:-1]
        parts.append(token)
    return parts


def _code_part(text: str) -> str:
    """`text` without its comment and with string contents blanked, for counting brackets."""
    out: list[str] = []
    quote = ""
    i = 0
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\" and quote == '"':
                i += 2
                continue
            if ch == quote:
                quote = ""
                out.append(ch)
        elif ch == "#":
            break
        elif ch in "\"'":
            quote = ch
            out.append(ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def locate(text: str) -> dict[KeyPath, Spot]:
    """Map each table and key path in `text` to where it is written.

    Arrays of tables are numbered in order of appearance: the second `[[adjust]]` is
    `("adjust", "1")`, and its `series` key is `("adjust", "1", "series")`.
    """
    spots: dict[KeyPath, Spot] = {}
    counts: dict[KeyPath, int] = {}
    table: KeyPath = ()
    open_string = ""
    depth = 0
    for number, line in enumerate(split_lines(text), start=1):
        if open_string:
            if line.count(open_string) % 2 == 1:
                open_string = ""
            continue
        if depth > 0:
            code = _code_part(line)
            depth += code.count("[") + code.count("{") - code.count("]") - code.count("}")
            continue
        header = _HEADER.match(line)
        if header:
            path = tuple(_key_parts(header.group(3)))
            if header.group(2) == "[[":
                index = counts.get(path, 0)
                counts[path] = index + 1
                path = (*path, str(index))
            table = path
            spots.setdefault(table, Spot(number, len(header.group(1)) + 1))
            continue
        keyval = _KEYVAL.match(line)
        if not keyval:
            continue
        key_path = (*table, *_key_parts(keyval.group(2)))
        rest = line[keyval.end() :]
        for marker in ('"""', "'''"):
            if rest.startswith(marker) and rest.count(marker) == 1:
                open_string = marker
        code = _code_part(rest)
        depth = max(code.count("[") + code.count("{") - code.count("]") - code.count("}"), 0)
        raw = code.strip() if not open_string and depth == 0 else None
        spots.setdefault(key_path, Spot(number, len(keyval.group(1)) + 1, raw))
    return spots


def split_lines(text: str) -> list[str]:
    """The lines of `text` as TOML counts them: only LF (or CRLF) ends a line. `str.splitlines`
    also breaks at U+2028, U+2029, U+0085 and others, which a TOML string may hold, and would
    shift every line number after them."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def find(spots: dict[KeyPath, Spot], path: KeyPath) -> Spot:
    """The spot of `path`, or of its nearest enclosing table, or line 1."""
    while path:
        if path in spots:
            return spots[path]
        path = path[:-1]
    return Spot(1, 1)
