"""One table of a TOML file, edited as a text of its own, the rest of the file kept byte for byte.

tomlkit keeps comments and layout when it edits a document it parsed, with one gap that scenario
files hit: an `[[adjust]]` array written in several places (an entry, then input tables, then
more entries, as hague-2035.toml has) comes out gathered in one place, the entries and the
comments around them moved, even when nothing was changed (tomlkit 0.15; upstream
python-poetry/tomlkit#601). And a key it adds to a table lands after the comments that open the
next part. So the writers parse only the table they change: its lines, from its header to its
last key, without the blank lines and comments that open the next part.
"""

from __future__ import annotations

from collections.abc import Callable

import tomlkit
from tomlkit.items import Table

from core.tomlpos import KeyPath, locate


def spans(text: str) -> dict[KeyPath, tuple[int, int]]:
    """Each table's lines as [first, end) (0-based), by the path of its header: `("inputs",
    "gdp_cpb")`, and `("adjust", "0")`, `("adjust", "1")`... for the entries of an array."""
    spots = locate(text)
    lines = text.split("\n")
    by_line: dict[int, KeyPath] = {}
    for path, spot in spots.items():  # a super table (`inputs`) is placed at its first table's line
        if lines[spot.line - 1].lstrip().startswith("[") and len(path) > len(by_line.get(spot.line - 1, ())):
            by_line[spot.line - 1] = path
    headers = {path: line for line, path in by_line.items()}
    starts = sorted(headers.values())
    out: dict[KeyPath, tuple[int, int]] = {}
    for path, first in headers.items():
        end = next((line for line in starts if line > first), len(lines))
        while end > first + 1 and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
            end -= 1
        out[path] = (first, end)
    return out


def edit_table(text: str, path: KeyPath, change: Callable[[Table], None]) -> str:
    """`text` with the table whose header is `[path]` changed by `change`, nothing else touched."""
    first, end = spans(text)[path]
    lines = text.split("\n")
    doc = tomlkit.parse("\n".join(lines[first:end]) + "\n")
    table: object = doc
    for key in path:
        assert isinstance(table, Table | tomlkit.TOMLDocument)
        table = table[key]
    assert isinstance(table, Table)
    change(table)
    lines[first:end] = tomlkit.dumps(doc).rstrip("\n").split("\n")
    return "\n".join(lines)


def insert_after(text: str, line: int, added: str) -> str:
    """`text` with `added` (a table, or tables) after 0-based `line`, a blank line before it."""
    lines = text.split("\n")
    lines[line:line] = ["", *added.rstrip("\n").split("\n")]
    return "\n".join(lines)
