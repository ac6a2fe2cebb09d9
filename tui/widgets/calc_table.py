"""The calculation pane: the engine's table (years as columns), a verdict line, a detail line.

The pane renders what the app hands it (a `TableView`) and posts what the user asks for; every
number and every phrase about numbers comes from core (export, norms, engine.describe_cell).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.style import Style
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from core.i18n import t
from tui.widgets.calc_grid import CalcGrid, Cell, GridColumn, GridRow, cell

if TYPE_CHECKING:  # core's engine modules load polars: imported when the first result arrives
    from core.diff import Diff
    from core.engine import Result
    from core.model import Commitment

EditOffer = Callable[[str, int], "tuple[str, str] | None"]
"""(row, year) -> (prompt, starting text) when the cell can be edited, else None."""
_FIXED = 2  # label and unit stay in view while the years scroll
_LABEL_SHARE = 0.38
"""Labels wider than this share of the table are cut short (the registry puts what tells rows
apart first: "NATO method: gap to ..."); the detail line always has the whole label."""
FLAGS_LEGEND = "* edited, not saved · ! differs from a published figure"
"""What the two flags drawn before a value mean (the basis letters after it are core's legend),
in English; `flags_legend()` in the language shown."""


def flags_legend() -> str:
    """FLAGS_LEGEND in the language shown."""
    return t("app.flags_legend")


_CHANGED = Style(bold=True)
_FAILED = Style(color="red", underline=True)
"""Red, and underlined so that it shows without colour too."""
_FLAG = Style(bold=True)
_MARKS = Style(dim=True)
_DELTA = Style(italic=True)


@dataclass(frozen=True)
class TableView:
    """Everything the pane shows, computed by the app through core."""

    result: Result
    changed: frozenset[tuple[str, int]] = frozenset()
    """Cells that differ from the file on disk (unsaved edits)."""
    compare: Diff | None = None
    links: Callable[[str], Sequence[Commitment]] | None = None
    """Row id -> the commitments it links back to (core's Summit.commitments_on)."""


def grid_rows(view: TableView) -> tuple[tuple[GridColumn, ...], tuple[GridRow, ...]]:
    """The view as grid columns and rows: values right-aligned with their marks in a column of
    their own width, so the digits line up; `*` on unsaved edits, `!` where a published figure
    is missed, the difference in brackets when comparing."""
    from core import formats
    from core.export import delta_text, row_cells
    from core.i18n import t
    from core.measures import kind_title

    result = view.result
    years = result.years
    columns = (
        GridColumn("label", t("col.row"), "left", max_share=_LABEL_SHARE),
        GridColumn("unit", t("col.unit"), "left"),
        *(GridColumn(str(y), f"{y} *" if y in result.scenario.milestones else str(y)) for y in years),
    )
    failed = {(c.id, c.year) for c in result.failed_checks}
    deltas: dict[tuple[str, int], str] = {}
    if view.compare is not None:
        for d in view.compare.rows:
            for year, delta in zip(view.compare.years, d.delta, strict=True):
                text = delta_text(delta, d.row.unit)
                if text:
                    deltas[d.row.id, year] = f" ({text})"
    parts = {row.id: row_cells(result, row) for row in result.rows}
    marks_width = [max((len(parts[r.id][i][1]) for r in result.rows), default=0) for i in range(len(years))]
    delta_width = [max((len(deltas.get((r.id, y), "")) for r in result.rows), default=0) for y in years]
    rows: list[GridRow] = []
    kind = ""
    blank = cell("")
    for row in result.rows:
        if row.kind != kind:
            kind = row.kind
            rows.append(
                GridRow(f"#{kind}", (cell(kind_title(kind)), *[blank] * (len(columns) - 1)), section=True)
            )
        cells: list[Cell] = [cell(row.title()), cell(formats.unit(row.unit))]
        for i, year in enumerate(years):
            text, flags = parts[row.id][i]
            key = (row.id, year)
            style = _FAILED if key in failed else _CHANGED if key in view.changed else None
            runs: list[tuple[str, Style | None]] = []
            if key in failed:
                runs.append(("!", _FLAG))
            if key in view.changed:
                runs.append(("*", _FLAG))
            runs.append((text, style))
            if marks_width[i]:
                runs.append((" " + flags.ljust(marks_width[i]), _MARKS))
            if delta_width[i]:
                runs.append((deltas.get(key, "").ljust(delta_width[i]), _DELTA))
            cells.append(tuple(runs))
        rows.append(GridRow(row.id, tuple(cells)))
    return columns, tuple(rows)


class CalcPane(Vertical):
    """Table, verdict for the selected year, detail for the selected cell; edits happen in the
    table's cell, with the prompt in the detail line."""

    DEFAULT_CSS = """
    CalcPane CalcGrid { height: 1fr; }
    CalcPane #verdict { height: auto; background: $boost; padding: 0 1; }
    CalcPane #detail { height: auto; min-height: 4; max-height: 8; color: $text-muted; padding: 0 1; }
    CalcPane #detail.-editing { color: $text; text-style: bold; }
    """

    @dataclass
    class EditSubmitted(Message):
        """The user typed a new value for the cell being edited."""

        row: str
        year: int
        text: str

    def __init__(self, *, edit_offer: EditOffer | None = None, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.edit_offer = edit_offer
        """Asked when a cell is selected: (prompt, starting text) to edit it, or None (the app
        has then said why not, or followed the row's link)."""
        self.view: TableView | None = None
        self.editing: tuple[str, int] | None = None
        self._prompt = ""
        self._texts: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield CalcGrid(fixed=_FIXED, on_select=self._select, id="calc-grid")
        yield Static(t("app.computing"), id="verdict")
        yield Static("", id="detail", markup=False)  # notes and source titles are text, `[1]` too

    @property
    def grid(self) -> CalcGrid:
        return self.query_one(CalcGrid)

    # ------------------------------------------------------------------ rendering
    def show(self, view: TableView) -> None:
        """Repaint table, verdict and detail from one view, keeping cursor and scroll."""
        first = self.view is None
        self.view = view
        grid = self.grid
        grid.set_rows(*grid_rows(view))
        if first:  # start on the first input, first year
            grid.move_cursor(1, _FIXED)
        self._describe()

    def _describe(self) -> None:
        """Fill the verdict and detail lines for the cell under the cursor."""
        from core import formats
        from core.engine import describe_cell
        from core.export import legend
        from core.norms import verdict

        if self.view is None:
            return
        result = self.view.result
        row, year = self.selected()
        self._set("verdict", verdict(result, year).text())
        if self.editing is not None:
            detail = self._prompt
        elif row is None:
            detail = f"{legend()}. {flags_legend()}"
        else:
            detail = describe_cell(result, row, year)
            failed = [c for c in result.failed_checks if (c.id, c.year) == (row, year)]
            if failed:
                published = t(
                    "app.published", value=formats.general(failed[0].observed), origin=failed[0].origin
                )
                detail += f" · {published}"
            links = ", ".join(c.id for c in self.view.links(row)) if self.view.links else ""
            if links:
                detail += " · " + t("app.commitments_link", ids=links)
            milestone = result.scenario.milestones.get(year)
            if milestone:
                detail += f" · {year}: {milestone}"
        self._set("detail", detail)
        self.query_one("#detail").set_class(self.editing is not None, "-editing")

    def _set(self, line: str, text: str) -> None:
        """Update a text line when its text changed, laying the screen out again only when its
        height changes. A relayout costs milliseconds and a resized table is repainted whole,
        so the detail line keeps at least 4 lines (most details fit; a long source grows it, up
        to 8) and the verdict, whose numbers change with every edit but whose wording rarely
        wraps differently, is measured before asking."""
        if self._texts.get(line) == text:
            return
        self._texts[line] = text
        static = self.query_one(f"#{line}", Static)
        static.update(text, layout=False)
        needed = static.get_content_height(static.size, self.app.size, static.content_region.width)
        low, high = static.styles.min_height, static.styles.max_height
        if low is not None:
            needed = max(needed, int(low.value))
        if high is not None:
            needed = min(needed, int(high.value))
        if needed != static.content_region.height:
            static.refresh(layout=True)

    def selected(self) -> tuple[str | None, int]:
        """The row id under the cursor (None on a section header) and the year of its column."""
        assert self.view is not None
        keys = self.grid.cursor_keys
        if keys is None:
            return None, self.view.result.years[0]
        row, column = keys
        return (None if row.startswith("#") else row), int(column)

    def go_to(self, row_id: str, year: int | None = None) -> None:
        """Put the cursor on a row (and year), as when following a commitment's link."""
        grid = self.grid
        column = grid.column_index(str(year)) if year is not None and self.view is not None else None
        grid.move_cursor(grid.row_index(row_id), column)
        grid.focus()

    # ------------------------------------------------------------------ events
    @on(CalcGrid.CellHighlighted, "#calc-grid")
    def _highlighted(self, event: CalcGrid.CellHighlighted) -> None:
        event.stop()
        self._describe()

    def _select(self, row_key: str, column_key: str) -> None:
        """Enter, `e` or a click on a cell: open the editor now if the app offers one."""
        if self.view is None or row_key.startswith("#") or self.edit_offer is None:
            return
        year = int(column_key)
        offer = self.edit_offer(row_key, year)
        if offer is not None:
            self.open_editor(row_key, year, *offer)

    def open_editor(self, row: str, year: int, prompt: str, value: str) -> None:
        """Type into the cell, starting from its value in the file's unit; the detail line says
        what is being edited and how."""
        self.editing = (row, year)
        self._prompt = prompt
        self.go_to(row, year)
        self.grid.start_edit(value)
        self._describe()

    def close_editor(self) -> None:
        """Show the cell's value again."""
        self.editing = None
        self.grid.stop_edit()
        self._describe()

    @on(CalcGrid.EditSubmitted, "#calc-grid")
    def _submitted(self, event: CalcGrid.EditSubmitted) -> None:
        event.stop()
        if self.editing is not None:
            row, year = self.editing
            self.post_message(self.EditSubmitted(row, year, event.text))

    @on(CalcGrid.EditCancelled, "#calc-grid")
    def _cancelled(self, event: CalcGrid.EditCancelled) -> None:
        event.stop()
        self.editing = None
        self._describe()
