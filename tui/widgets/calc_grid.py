"""A spreadsheet grid drawn line by line, with the cell editor inside the cell.

Why not Textual's DataTable: refilling it after an edit re-renders every visible cell through
rich's console (padding, cropping, style resolution), and its line cache is keyed on the cursor,
so each accepted edit cost 60-140 ms of repainting. This grid turns each row into segments once
per data change (plain padding, no console), redraws only the rows a cursor move touches, and
edits in the cell itself, so accepting an edit changes neither focus nor layout: only the grid's
own lines and the two text lines under it are repainted.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Offset, Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui import keys

Run = tuple[str, Style | None]
"""A piece of a cell's text with its own style (None: the cell's style)."""
Cell = tuple[Run, ...]
_PAD = 1
"""Blank columns before a cell's text, and after it in a left-aligned column (a right-aligned
number needs none after it: the next column's blank separates them)."""
_MIN_SHORTENED = 12


def cell(text: str, style: Style | None = None) -> Cell:
    """A cell of one run."""
    return ((text, style),)


def cell_width(runs: Cell) -> int:
    """Columns the runs take; plain ASCII (nearly every number) is counted without rich's
    width tables, which set_rows would otherwise consult some ten thousand times an edit."""
    return sum(len(text) if text.isascii() else cell_len(text) for text, _ in runs)


@dataclass(frozen=True)
class GridColumn:
    """A column: its key (posted in messages), header, alignment and, for a fixed column, the
    share of the width it may take before its texts are cut short."""

    key: str
    header: str
    justify: Literal["left", "right"] = "right"
    max_share: float | None = None
    """A column that gives way: it takes what the other columns leave when that is at least
    `_MIN_SHORTENED`, so every column shows; otherwise at most this share of the width."""

    @property
    def pads(self) -> tuple[int, int]:
        """Blank columns before and after the text."""
        return (_PAD, _PAD) if self.justify == "left" else (_PAD, 0)


@dataclass(frozen=True)
class GridRow:
    """A row: its key, one cell per column, and whether it heads a section."""

    key: str
    cells: tuple[Cell, ...]
    section: bool = False


def _fit(runs: Cell, width: int, justify: str) -> Cell:
    """The runs padded, or cut with an ellipsis, to exactly `width` columns."""
    have = cell_width(runs)
    if have > width:
        text = "".join(t for t, _ in runs)
        style = runs[0][1] if runs else None
        cut = text[: max(width - 1, 0)].rstrip() + "…" if width else ""
        return ((cut.ljust(width) if justify == "left" else cut.rjust(width), style),)
    fill = (" " * (width - have), None)
    return (*runs, fill) if justify == "left" else (fill, *runs)


def _blanked(strip: Strip) -> Strip:
    """The strip's cells as spaces, in their own styles: a row's stripe and the header's
    background run on to the edge."""
    return Strip([Segment(" " * segment.cell_length, segment.style) for segment in strip], strip.cell_length)


def distinct_cuts(texts: list[str], width: int) -> dict[int, str]:
    """Index -> the text shown instead of the plain cut, for the texts that would otherwise read
    the same cut to `width` (Dutch testers met `Tekort NAVO: N…` twice): their start, "…" and
    their end, which is where such labels differ (the norm each gap is to). Texts that fit, or
    whose plain cuts differ, are not in it."""

    def plain(text: str) -> str:
        return text if len(text) <= width else text[: max(width - 1, 0)].rstrip() + "…"

    shown = [plain(text) for text in texts]
    alike = {cut for cut in shown if len({t for t, c in zip(texts, shown, strict=True) if c == cut}) > 1}
    clashing = [i for i, cut in enumerate(shown) if cut in alike]
    for head in range(max(1, (width - 1) // 2), width - 1):  # the longest end that tells them apart
        tried = list(shown)
        for i in clashing:
            tried[i] = texts[i][:head] + "…" + texts[i][-(width - head - 1) :]
        if len({(texts[i], tried[i]) for i in range(len(texts))}) == len(set(tried)):
            return {i: tried[i] for i in clashing}
    return {}


class CalcGrid(ScrollView, can_focus=True):
    """Rows of cells under one header row, the first `fixed` columns always in view; a cell
    cursor; enter or `e` selects (the owner decides, there and then, whether that edits), and
    while editing, typing goes into the cell."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings("grid")
    """Declared in tui/keys.py with the rest of the app's keys."""
    """
    | Key | Does |
    | :- | :- |
    | arrows, pageup, pagedown | move the cursor |
    | home / end | first / last year |
    | ctrl+home / ctrl+end | first / last row |
    | e, enter | select the cell (edit an input, follow a link) |

    While editing: type, left/right/home/end/backspace/delete move and change the text,
    enter submits, escape cancels.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "calc-grid--header",
        "calc-grid--header-cursor",
        "calc-grid--fixed",
        "calc-grid--fixed-cursor",
        "calc-grid--section",
        "calc-grid--even-row",
        "calc-grid--cursor",
        "calc-grid--cursor-blurred",
        "calc-grid--editor",
        "calc-grid--caret",
    }

    DEFAULT_CSS = """
    CalcGrid {
        background: $surface;
        color: $foreground;
        & > .calc-grid--header { text-style: bold; background: $panel; }
        & > .calc-grid--header-cursor { text-style: bold; background: $accent-darken-1; }
        & > .calc-grid--fixed-cursor { text-style: bold; }
        & > .calc-grid--section { text-style: bold underline; color: $primary; }
        & > .calc-grid--even-row { background: $surface-lighten-1 50%; }
        & > .calc-grid--cursor-blurred {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .calc-grid--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
        & > .calc-grid--editor { background: $boost; color: $foreground; text-style: bold; }
        & > .calc-grid--caret { text-style: reverse; }
        &:ansi > .calc-grid--header { background: ansi_bright_blue; color: ansi_default; }
    }
    """

    class _CellMessage(Message):
        """About the cell under the cursor; each kind below is handled on its own."""

        def __init__(self, grid: CalcGrid, row_key: str, column_key: str) -> None:
            super().__init__()
            self.grid = grid
            self.row_key = row_key
            self.column_key = column_key

        @property
        def control(self) -> CalcGrid:
            return self.grid

    class EditSubmitted(_CellMessage):
        """Enter while editing: the owner parses the text and ends the edit, or leaves it open."""

        def __init__(self, grid: CalcGrid, row_key: str, column_key: str, text: str) -> None:
            super().__init__(grid, row_key, column_key)
            self.text = text

    class EditCancelled(_CellMessage):
        """Escape while editing: nothing changed."""

    class EditChanged(_CellMessage):
        """The text being typed changed (the owner may get its result ready before enter)."""

        def __init__(self, grid: CalcGrid, row_key: str, column_key: str, text: str) -> None:
            super().__init__(grid, row_key, column_key)
            self.text = text

    def __init__(
        self,
        *,
        fixed: int = 0,
        on_select: Callable[[str, str, str], None] | None = None,
        on_fold: Callable[[bool], None] | None = None,
        on_move: Callable[[], None] | None = None,
        name: str | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id)
        self.fixed = fixed
        self._on_select = on_select
        """Called at once, not through a message, when enter, `e` or a click selects a cell
        (with "edit" for `e`, "enter" for enter or a click):
        an edit it opens has begun before the next key is read, so keys typed right after `e`
        land in the cell even when they arrive in one burst (over SSH they often do)."""
        self._on_fold = on_fold
        """Called at once for `f` (False: the cursor's section) and `F` (True: all but the
        headline), for the same reason as `on_select`."""
        self._on_move = on_move
        """Called at once when the cursor has moved to another cell (the owner says what is
        under it). A call, not a message: the lines under the grid then change in the same
        frame as the grid's own, where a message reached the owner a frame later and every
        cursor move painted the screen twice (bench/startup_cpu.py, `down`); and a note the
        owner shows right after a move (`down e` in one burst: why `e` is refused there) is
        not wiped by a message about the move arriving after it."""
        self.columns: tuple[GridColumn, ...] = ()
        self.rows: tuple[GridRow, ...] = ()
        self.cursor_row = 0
        self.cursor_column = fixed
        """Index into `columns`; never one of the fixed columns."""
        self.edit_text: str | None = None
        """The text being typed into the cursor's cell, or None when not editing."""
        self._refusing = False
        """An `e` was refused here: typed keys are eaten until esc, enter or a key that is not
        typing ends the refusal (see `_swallowed`)."""
        self._selected = False
        """The value the editor opened with is selected: the first key typed replaces it."""
        self._caret = 0
        self._natural: list[int] = []
        """Each column's widest text."""
        self._widths: list[int] = []
        self._x: list[int] = []
        """Start of each scrolling column, relative to the first one."""
        self._fixed_width = 0
        self._lines: dict[int, tuple[Strip, Strip]] = {}
        """Rendered rows away from the cursor, cleared when rows or styles change."""
        self._cuts: dict[int, dict[str, str]] = {}
        """Column -> row key -> the label shown where plain cuts would read alike (`distinct_cuts`)."""
        self._styles: dict[str, Style] = {}
        self._base = Style()
        self._no_color = False
        self._whole_years = (0, 0)
        """Where the years shown whole start and end in the body's visible part (`_whole`),
        worked out once a paint: the same for every line of it."""

    # ------------------------------------------------------------------ data
    def set_rows(self, columns: tuple[GridColumn, ...], rows: tuple[GridRow, ...]) -> None:
        """Show new rows (and columns), keeping cursor and scroll where they still fit. Posts
        nothing: the owner, who brought the rows, redraws whatever depends on them.

        When the table keeps its shape (the usual edit), only the rows whose cells changed are
        drawn again: an edit to one input touches a few rows, not the whole screen."""
        old_rows, old_columns, old_natural = self.rows, self.columns, self._natural
        self.columns, self.rows = columns, rows
        self._natural = [
            max([cell_len(c.header)] + [cell_width(r.cells[i]) for r in rows if not r.section])
            for i, c in enumerate(columns)
        ]
        self.cursor_row = min(self.cursor_row, max(len(rows) - 1, 0))
        self.cursor_column = min(max(self.cursor_column, self.fixed), max(len(columns) - 1, self.fixed))
        if (columns, self._natural, len(rows)) == (old_columns, old_natural, len(old_rows)):
            if any(
                o.cells[: self.fixed] != n.cells[: self.fixed] for o, n in zip(old_rows, rows, strict=True)
            ):
                self._cut_labels()  # other labels, as wide: a scenario with other norms
            for index, (old, new) in enumerate(zip(old_rows, rows, strict=True)):
                if old != new:
                    self._refresh_row(index)
            return
        self._lines.clear()
        self._measure()
        self.refresh()

    def _measure(self) -> bool:
        """Column widths for the rows and the grid's current width; True when they (or the
        labels cut to them) changed, which is when the rows drawn so far are drawn again."""
        before = (self._widths, self._cuts)
        widths = [
            natural + sum(column.pads) for natural, column in zip(self._natural, self.columns, strict=True)
        ]
        width = self.scrollable_content_region.width or self.size.width
        if not self.show_vertical_scrollbar and len(self.rows) + 1 > self.size.height > 0:
            # Rows that overflow bring the vertical scrollbar: its columns are taken now, so the
            # layout that shows it does not resize the grid, to be measured and laid out once
            # more (a layout of the whole screen at every start, bench/startup_cpu.py). Only
            # when it will surely show: a scrollbar foreseen wrongly would leave its columns
            # blank, with no resize to measure again.
            width -= self.styles.scrollbar_size_vertical
        for index, column in enumerate(self.columns):
            if column.max_share is None:
                continue
            natural, pads = self._natural[index], sum(column.pads)
            room = width - (sum(widths) - widths[index]) - pads
            fits = room >= _MIN_SHORTENED
            cap = room if fits else max(_MIN_SHORTENED, int(width * column.max_share))
            widths[index] = min(natural, cap) + pads
        self._widths = widths
        self._cut_labels()
        self._fixed_width = sum(widths[: self.fixed])
        self._x = [0]
        for width in widths[self.fixed :]:
            self._x.append(self._x[-1] + width)
        self.virtual_size = Size(self._fixed_width + self._x[-1], len(self.rows) + 1)
        if (self._widths, self._cuts) == before:
            return False
        self._lines.clear()
        return True

    def _cut_labels(self) -> None:
        """The labels a giving-way column shows where their plain cuts would read alike."""
        self._cuts = {}
        for index, column in enumerate(self.columns):
            if column.max_share is None:
                continue
            texts = ["" if row.section else "".join(t for t, _ in row.cells[index]) for row in self.rows]
            cuts = distinct_cuts(texts, self._widths[index] - sum(column.pads))
            self._cuts[index] = {self.rows[i].key: text for i, text in cuts.items()}

    def _on_resize(self, event: events.Resize) -> None:
        # A resize that leaves the columns as they were (at every start the grid is a line
        # shorter once the scenario is shown) repaints from the rows already drawn: Textual
        # repaints a resized widget itself.
        if any(c.max_share is not None for c in self.columns) and self._measure():
            self.refresh()
        # Narrower (a resize, the panes turning into tabs): keep the selected cell in view.
        self.call_after_refresh(self._scroll_to_cursor)

    def _on_blur(self, event: events.Blur) -> None:
        """Leaving the grid (tab, a click elsewhere) ends an edit, keeping nothing half-typed:
        an editor left open behind another pane would take keys meant for it later."""
        keys = self.cursor_keys
        if self.edit_text is not None and keys is not None:
            self.stop_edit()
            self.post_message(self.EditCancelled(self, *keys))

    @property
    def fixed_width(self) -> int:
        """Where the years start: the label and unit columns' width."""
        return self._fixed_width

    @property
    def cursor_keys(self) -> tuple[str, str] | None:
        """The row and column key under the cursor (None while there are no rows)."""
        if not self.rows or self.cursor_column >= len(self.columns):
            return None
        return self.rows[self.cursor_row].key, self.columns[self.cursor_column].key

    def cell_text(self, row_key: str, column_key: str) -> str:
        """A cell's text as drawn, before padding to its column."""
        cells = self.rows[self.row_index(row_key)].cells
        return "".join(text for text, _ in cells[self.column_index(column_key)])

    def cell_offset(self, row_key: str, column_key: str) -> Offset:
        """Where a cell begins in the widget as scrolled now, for pointing at it."""
        column = self.column_index(column_key)
        if column < self.fixed:
            x = sum(self._widths[:column])
        else:
            x = self._fixed_width + self._x[column - self.fixed] - round(self.scroll_x)
        return Offset(x, self.row_index(row_key) + 1 - round(self.scroll_y))

    def row_index(self, key: str) -> int:
        for index, row in enumerate(self.rows):
            if row.key == key:
                return index
        raise KeyError(key)

    def column_index(self, key: str) -> int:
        for index, column in enumerate(self.columns):
            if column.key == key:
                return index
        raise KeyError(key)

    # ------------------------------------------------------------------ cursor
    def move_cursor(self, row: int | None = None, column: int | None = None) -> None:
        """Put the cursor on a cell (clamped to the grid), scroll it into view and say so."""
        self._refusing = False  # a refusal is the cell's: moving away ends it
        if not self.rows:
            return
        old, was, old_column = self.cursor_row, self.cursor_keys, self.cursor_column
        if row is not None:
            self.cursor_row = max(0, min(row, len(self.rows) - 1))
        if column is not None:
            self.cursor_column = max(self.fixed, min(column, len(self.columns) - 1))
        if self.edit_text is not None and was is not None and self.cursor_keys != was:
            # Sent elsewhere (a link, the palette) halfway through typing: the text belonged to
            # the old cell, so it is dropped rather than carried to this one.
            self.edit_text = None
            self.post_message(self.EditCancelled(self, *was))
        self._refresh_row(old)
        self._refresh_row(self.cursor_row)
        if self.cursor_column != old_column:  # the header marks the cursor's year
            self.refresh(Region(0, 0, self.size.width, 1))
        self._scroll_to_cursor()
        if self._on_move is not None and self.cursor_keys is not None:
            self._on_move()

    def _scroll_to_cursor(self) -> None:
        view = self.scrollable_content_region.size
        x, y = self.scroll_x, self.scroll_y
        shown_rows = max(1, view.height - 1)
        if self.cursor_row < y:
            y = self.cursor_row
        elif self.cursor_row > y + shown_rows - 1:
            y = self.cursor_row - shown_rows + 1
        column = self.cursor_column - self.fixed
        if 0 <= column < len(self._x) - 1:
            start, end = self._x[column], self._x[column + 1]
            shown = max(1, view.width - self._fixed_width)
            if start < x:
                x = start
            elif end > x + shown:
                # The first column start that shows the whole cursor column, so the left edge
                # never shows the stub of a half-cut year.
                x = next((s for s in self._x[:-1] if s >= end - shown), start)
        if (x, y) != (self.scroll_x, self.scroll_y):
            self.scroll_to(x, y, animate=False)

    def action_move(self, columns: int, rows: int) -> None:
        self.move_cursor(self.cursor_row + rows, self.cursor_column + columns)

    def action_page(self, direction: int) -> None:
        step = max(1, self.scrollable_content_region.height - 2)
        self.move_cursor(self.cursor_row + direction * step)

    def action_edge_column(self, direction: int) -> None:
        self.move_cursor(column=self.fixed if direction < 0 else len(self.columns) - 1)

    def action_edge_row(self, direction: int) -> None:
        self.move_cursor(row=0 if direction < 0 else len(self.rows) - 1)

    def action_select(self, how: str = "enter") -> None:
        at = self.cursor_keys
        if at is not None and self._on_select is not None:
            self._on_select(*at, how)
            if how == "edit" and self.edit_text is None:  # refused: the reason is in view
                self._refusing = True

    def action_fold(self) -> None:
        if self._on_fold is not None:
            self._on_fold(False)

    def action_fold_all(self) -> None:
        if self._on_fold is not None:
            self._on_fold(True)

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self.rows or self.edit_text is not None:
            return
        row = self.cursor_row if offset.y == 0 else offset.y - 1 + round(self.scroll_y)
        column = self.cursor_column
        if offset.x >= self._fixed_width:
            at = offset.x - self._fixed_width + round(self.scroll_x)
            column = self.fixed + min(bisect_right(self._x, at) - 1, len(self.columns) - self.fixed - 1)
        if row >= len(self.rows):
            return
        if (row, column) == (self.cursor_row, self.cursor_column):
            self.action_select()
        else:
            self.move_cursor(row, column)

    # ------------------------------------------------------------------ editing
    def start_edit(self, text: str) -> None:
        """Type into the cursor's cell, starting from `text` with the caret at its end.

        The value starts selected, as in a spreadsheet: a character typed (or pasted) first
        replaces it, backspace or delete clears it, and an arrow, home or end keeps it to be
        changed in place. Typing `2,53` after `e` must never make `1.562,53`."""
        self.edit_text = text
        self._caret = len(text)
        self._selected = bool(text)
        self._refresh_row(self.cursor_row)

    def stop_edit(self) -> None:
        """Leave the cell as the rows say it is."""
        self.edit_text = None
        self._refresh_row(self.cursor_row)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While editing, a key that is a character is text in the cell: the footer offers none
        of the grid's (`e Edit` above a number being typed)."""
        return not (self.edit_text is not None and keys.typed_in_a_cell(action, parameters))

    async def _on_key(self, event: events.Key) -> None:
        """The grid's keys act as soon as they are read; while editing, every key that edits text
        is the editor's, so no binding (q, s, u ...) fires halfway through a number."""
        if self.edit_text is None:
            if self._swallowed(event):
                return
            action = _ACTIONS.get(event.key)
            if action is not None:
                # The grid's own keys act here, as they are read, rather than through the
                # binding lookup, which runs after the key has bubbled up to the app: by then
                # the keys typed after it have been read here already, so in a burst (SSH
                # delivers them so) `down e 2` opened the editor before moving and `e 2`
                # switched panes before the editor was open. This is Textual's issue #6605
                # ("Input/Textarea action synchronization bug": bound keys run after printable
                # keys typed later; open in 8.2.8, fix proposed in PR #6631). Only the grid's
                # own bindings run here; every other key takes Textual's usual way.
                event.stop()
                event.prevent_default()
                await self.run_action(action)
            return
        before = text = self.edit_text
        caret, key = self._caret, event.key
        keys = self.cursor_keys
        assert keys is not None
        if key == "enter":
            # Nothing to redraw yet: the owner answers by ending the edit (new numbers) or by
            # leaving it open, and either repaints. A repaint here would take this frame.
            self.post_message(self.EditSubmitted(self, *keys, text))
            event.stop()
            event.prevent_default()
            return
        if self._selected and key not in ("escape", "up", "down", "pageup", "pagedown"):
            self._selected = False  # the first key that edits ends the selection
            if key in ("backspace", "delete", "ctrl+u") or (event.is_printable and event.character):
                text, caret = "", 0  # ... replacing the value: what is typed next stands alone
                self.edit_text, self._caret = text, caret
        if key == "escape":
            self.stop_edit()
            self.post_message(self.EditCancelled(self, *keys))
        elif key == "backspace":
            if caret > 0:
                self.edit_text, self._caret = text[: caret - 1] + text[caret:], caret - 1
        elif key == "delete":
            self.edit_text = text[:caret] + text[caret + 1 :]
        elif key in ("left", "right"):
            self._caret = max(0, min(len(text), caret + (1 if key == "right" else -1)))
        elif key in ("home", "ctrl+a"):
            self._caret = 0
        elif key in ("end", "ctrl+e"):
            self._caret = len(text)
        elif key == "ctrl+u":
            self.edit_text, self._caret = text[caret:], 0
        elif event.is_printable and event.character:
            self._insert(event.character)
        elif key not in ("up", "down", "pageup", "pagedown"):
            return  # tab, ctrl+p, ctrl+q ... keep working while editing
        event.stop()
        event.prevent_default()
        self._refresh_row(self.cursor_row)
        if self.edit_text is not None and self.edit_text != before:
            self.post_message(self.EditChanged(self, *keys, self.edit_text))

    def _swallowed(self, event: events.Key) -> bool:
        """Whether `event` is one of the keys typed after an `e` the cell refused: the value
        meant for the editor (`e -2%` then enter), which must not run as commands (`2` would
        switch panes and enter jump away, taking the refusal out of view), whether it came in
        the same burst or at human typing speed. Printable keys are eaten until esc or enter
        (both eaten too) closes the refusal, as they would close an editor; any other key (an
        arrow, tab) ends it and acts."""
        if not self._refusing:
            return False
        printable = event.is_printable and bool(event.character)
        if not (printable or event.key in ("enter", "escape")):
            self._refusing = False
            return False
        if event.key in ("enter", "escape"):
            self._refusing = False
        event.stop()
        event.prevent_default()
        return True

    def _on_paste(self, event: events.Paste) -> None:
        keys = self.cursor_keys
        if self.edit_text is not None and event.text and keys is not None:
            if self._selected:  # a paste replaces the selected value, as a typed key does
                self.edit_text, self._caret, self._selected = "", 0, False
            self._insert(event.text.splitlines()[0])
            self._refresh_row(self.cursor_row)
            self.post_message(self.EditChanged(self, *keys, self.edit_text))
            event.stop()

    def _insert(self, text: str) -> None:
        assert self.edit_text is not None
        caret = self._caret
        self.edit_text = self.edit_text[:caret] + text + self.edit_text[caret:]
        self._caret = caret + len(text)

    # ------------------------------------------------------------------ drawing
    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()
        self._styles.clear()

    def watch_has_focus(self, has_focus: bool) -> None:
        """Repaint with the cursor of the new state; nothing is restyled.

        The cursor is the grid's one look that follows the focus, and it is chosen here in
        Python (`calc-grid--cursor` or `-blurred`), not by a `:focus` rule: Textual restyles a
        widget whose focus changes, and a grid's restyle works out each of its component
        classes against the whole stylesheet, about 2 ms of every move of the focus into or out
        of the table (`g` into goal seek had a frame's budget: issue 13, bench/goal_seek.py).
        """
        self.refresh()

    def _refresh_row(self, index: int) -> None:
        self._lines.pop(index, None)
        self.refresh_line(index + 1)

    def render_lines(self, crop: Region) -> list[Strip]:
        # The widget's own style, looked up once per paint rather than once per line.
        self._base = self.rich_style
        self._no_color = self.app.no_color
        # The years' room without the scrollbar: what `size` counts, the bar covers.
        room = max(0, self.scrollable_content_region.width - self._fixed_width)
        self._whole_years = self._whole(round(self.scroll_x), room)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self._base
        if y == 0:
            fixed, body = self._header(base)
        else:
            index = y - 1 + round(self.scroll_y)
            if index >= len(self.rows):
                return Strip.blank(width, base)
            if index == self.cursor_row:
                fixed, body = self._row(index, base, cursor=True)
            elif index in self._lines:
                fixed, body = self._lines[index]
            else:
                fixed, body = self._lines[index] = self._row(index, base, cursor=False)
        scroll_x = round(self.scroll_x)
        room = max(0, width - self._fixed_width)
        body = body.crop(scroll_x, scroll_x + room)
        first, last = self._whole_years
        if first or last < body.cell_length:  # a year cut by an edge: blank, not `2.` of 2.06
            body = Strip.join(
                [_blanked(body.crop(0, first)), body.crop(first, last), _blanked(body.crop(last))]
            )
        return Strip.join([fixed, body]).adjust_cell_length(width, base)

    def _whole(self, scroll_x: int, room: int) -> tuple[int, int]:
        """Where, in the `room` columns of years shown from `scroll_x`, the whole years start
        and end: a tester read a year cut at the right edge (`2.`, `1.`) as figures, and one
        cut at the left (only its marks, `eacw`) under the next year's heading."""
        starts, end = self._x[:-1], scroll_x + room
        first = next((x for x in starts if x >= scroll_x), end)
        last = max((x for x in self._x if first <= x <= end), default=first)
        return first - scroll_x, last - scroll_x

    def _style(self, name: str) -> Style:
        if name == "calc-grid--cursor" and not self.has_focus:
            name = "calc-grid--cursor-blurred"  # see watch_has_focus
        style = self._styles.get(name)
        if style is None:
            # The cursor's style is taken whole: a partial one drops the alpha of the unfocused
            # cursor's `$block-cursor-blurred-background` (primary at 30%) and draws it in full
            # primary, so a grid without the keyboard looked as if it had it.
            whole = name.startswith("calc-grid--cursor")
            style = self._styles[name] = self.get_component_rich_style(name, partial=not whole)
        return style

    def _header(self, base: Style) -> tuple[Strip, Strip]:
        style = base + self._style("calc-grid--header")
        cursor = base + self._style("calc-grid--header-cursor")
        fixed: list[Segment] = []
        body: list[Segment] = []
        for index, column in enumerate(self.columns):
            chosen = cursor if index == self.cursor_column else style
            out = fixed if index < self.fixed else body
            self._cell(
                out, cell(column.header), index, chosen, "left" if index < self.fixed else column.justify
            )
        return Strip(fixed, self._fixed_width), Strip(body).extend_cell_length(
            self._x[-1] if self._x else 0, style
        )

    def _row(self, index: int, base: Style, *, cursor: bool) -> tuple[Strip, Strip]:
        row = self.rows[index]
        style = base + self._style("calc-grid--even-row") if index % 2 == 0 else base
        fixed: list[Segment] = []
        body: list[Segment] = []
        if row.section:
            section = style + self._style("calc-grid--section")
            if cursor:
                section += self._style("calc-grid--fixed-cursor")
            self._cell(fixed, row.cells[0], 0, section, "left", span=self._fixed_width)
            cursor_body = style + self._style("calc-grid--cursor") if cursor else style
            for column in range(self.fixed, len(self.columns)):
                chosen = cursor_body if cursor and column == self.cursor_column else style
                self._cell(body, (), column, chosen, "left")
            return Strip(fixed, self._fixed_width), Strip(body)
        fixed_style = style + self._style("calc-grid--fixed")
        if cursor:
            fixed_style += self._style("calc-grid--fixed-cursor")
        for column in range(self.fixed):
            cells = row.cells[column]
            cut = self._cuts.get(column, {}).get(row.key)
            if cut is not None:
                cells = ((cut, cells[0][1] if cells else None),)
            self._cell(fixed, cells, column, fixed_style, "left")
        for column in range(self.fixed, len(self.columns)):
            justify = self.columns[column].justify
            if cursor and column == self.cursor_column:
                if self.edit_text is not None:
                    self._editor(body, column, base)
                    continue
                self._cell(body, row.cells[column], column, style + self._style("calc-grid--cursor"), justify)
            else:
                self._cell(body, row.cells[column], column, style, justify)
        return Strip(fixed, self._fixed_width), Strip(body)

    def _cell(
        self, out: list[Segment], runs: Cell, column: int, style: Style, justify: str, span: int | None = None
    ) -> None:
        width = span if span is not None else self._widths[column]
        before, after = (_PAD, _PAD) if justify == "left" else (_PAD, 0)
        out.append(Segment(" " * before, style))
        for text, own in _fit(runs, width - before - after, justify):
            if own is not None and self._no_color:
                # NO_COLOR turns colours into greys, and a red value on a grey row into grey on
                # grey: without colour a value's own style keeps only bold, underline, italic.
                own = own.without_color
            out.append(Segment(text, style + own if own is not None else style))
        if after:
            out.append(Segment(" " * after, style))

    def _editor(self, out: list[Segment], column: int, base: Style) -> None:
        """The text being typed, left-aligned, scrolled so the caret stays in the cell."""
        assert self.edit_text is not None
        room = self._widths[column] - sum(self.columns[column].pads)
        text, caret = self.edit_text + " ", self._caret
        start = max(0, caret - room + 1)
        shown = text[start : start + room]
        at = caret - start
        style = base + self._style("calc-grid--editor")
        caret_style = style + self._style("calc-grid--caret")
        out.append(Segment(" " * _PAD, style))
        if self._selected and len(self.edit_text) > room:
            # The untouched value, wider than the cell (full precision: 24.40530527018552):
            # its start with an ellipsis, as the number reads, not its last digits. A tester
            # read the caret-following tail ("0527018552") as garbage.
            out.append(Segment(self.edit_text[: room - 1] + "…", caret_style))
            if self.columns[column].pads[1]:
                out.append(Segment(" " * _PAD, style))
            return
        if self._selected:  # drawn as a selection (reversed, readable without colour)
            out.append(Segment(shown[:at], caret_style))
            out.append(Segment(shown[at:].ljust(room - at), style))
            if self.columns[column].pads[1]:
                out.append(Segment(" " * _PAD, style))
            return
        out.append(Segment(shown[:at], style))
        out.append(Segment(shown[at : at + 1], caret_style))
        out.append(Segment(shown[at + 1 :].ljust(room - at - 1), style))
        if self.columns[column].pads[1]:
            out.append(Segment(" " * _PAD, style))


_ACTIONS = {b.key: b.action for b in CalcGrid.BINDINGS if isinstance(b, Binding)}
"""The grid's keys and their actions, read from its bindings (which the footer and help show)."""
