"""Whether two snapshot SVGs show the same screen, cell by cell: each cell's character, text
style (the CSS of its class: colour, bold, underline ...) and background, however the runs of
text and background are split. Textual draws a run per segment, so a widget that draws the same
cells in fewer segments (one title bar for Textual's four header widgets) changes the SVG's
text but not what a user sees; this says which it is.

    .venv/bin/python bench/snapshot_cells.py OLD_DIR NEW_DIR
    git stash; cp -r tests/tui/__snapshots__ /tmp/old; git stash pop
    .venv/bin/python -m pytest tests/tui --snapshot-update
    .venv/bin/python bench/snapshot_cells.py /tmp/old tests/tui/__snapshots__
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

CELL_WIDTH, LINE_HEIGHT, TOP = 12.2, 24.4, 1.5
"""Textual's SVG geometry: a cell's width, a line's height, the first line's top."""
Cell = dict[str, str | None]

_STYLE = re.compile(r"\.(terminal-[\w-]+)\s*\{([^}]*)\}")
_RECT = re.compile(
    r'<rect fill="([^"]*)" x="([0-9.]+)" y="([0-9.]+)" width="([0-9.]+)" height="[0-9.]+" shape'
)
_TEXT = re.compile(
    r'<text class="([^"]*)" x="([0-9.]+)"[^>]*clip-path="url\(#[\w-]*line-(\d+)\)">([^<]*)</text>'
)


def cells(svg: str) -> dict[tuple[int, int], Cell]:
    """(line, column) -> the cell's background, character and text style."""
    styles = {name: " ".join(body.split()) for name, body in _STYLE.findall(svg)}
    grid: dict[tuple[int, int], Cell] = {}
    for fill, x, y, width in _RECT.findall(svg):
        line, first = round((float(y) - TOP) / LINE_HEIGHT), round(float(x) / CELL_WIDTH)
        for column in range(first, first + round(float(width) / CELL_WIDTH)):
            grid.setdefault((line, column), {})["bg"] = fill
    for name, x, line, text in _TEXT.findall(svg):
        first = round(float(x) / CELL_WIDTH)
        for offset, char in enumerate(html.unescape(text).replace("\xa0", " ")):
            cell = grid.setdefault((int(line), first + offset), {})
            cell["ch"], cell["st"] = char, styles.get(name, name)
    return grid


def differences(old: str, new: str) -> list[str]:
    """The cells that differ (a blank's text style does not show, so it is not compared)."""

    def seen(cell: Cell) -> Cell:
        char = cell.get("ch") or " "
        return {"bg": cell.get("bg"), "ch": char, "st": cell.get("st") if char.strip() else None}

    before, after = cells(old), cells(new)
    found = []
    for at in sorted(before.keys() | after.keys()):
        was, now = seen(before.get(at, {})), seen(after.get(at, {}))
        if was != now:
            found.append(f"line {at[0]} column {at[1]}: {was} -> {now}")
    return found


def main() -> None:
    old_dir, new_dir = Path(sys.argv[1]), Path(sys.argv[2])
    for new in sorted(new_dir.rglob("*.svg")):
        old = old_dir / new.relative_to(new_dir)
        if not old.exists():
            print(f"{new.relative_to(new_dir)}: new")
        elif old.read_text() != new.read_text():
            found = differences(old.read_text(), new.read_text())
            print(f"{new.relative_to(new_dir)}: {len(found) or 'no'} cells differ")
            for line in found[:10]:
                print(f"    {line}")


if __name__ == "__main__":
    main()
