"""The calculation pane: the engine's table (years as columns), a verdict line, a detail line.

The pane renders what the app hands it (a `TableView`) and posts what the user asks for; every
number and every phrase about numbers comes from core (export, norms, engine.describe_cell).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.coordinate import Coordinate
from textual.message import Message
from textual.widgets import DataTable, Input, Static

if TYPE_CHECKING:  # core's engine modules load polars: imported when the first result arrives
    from core.diff import Diff
    from core.engine import Result

_SECTIONS = {"input": "Inputs", "measure": "Measures", "norm": "Norms"}
_FIXED = 2  # label and unit stay in view while the years scroll


@dataclass(frozen=True)
class TableView:
    """Everything the pane shows, computed by the app through core."""

    result: Result
    changed: frozenset[tuple[str, int]] = frozenset()
    """Cells that differ from the file on disk (unsaved edits)."""
    compare: Diff | None = None
    linked: dict[str, str] = field(default_factory=dict)
    """Row or norm id -> commitment ids that bear on it, for the detail line."""


class CalcTable(DataTable[Text | str]):
    """The table itself; enter on an input cell edits it, on another row follows its link."""

    BINDINGS = [
        Binding("e", "select_cursor", "Edit", tooltip="Edit the selected input cell"),
        Binding("enter", "select_cursor", "Edit / follow link", show=False),
    ]


class CalcPane(Vertical):
    """Table, verdict for the selected year, detail for the selected cell, inline editor."""

    DEFAULT_CSS = """
    CalcPane CalcTable { height: 1fr; }
    CalcPane #verdict { height: auto; background: $boost; padding: 0 1; }
    CalcPane #detail { height: auto; max-height: 4; color: $text-muted; padding: 0 1; }
    CalcPane #editor { display: none; }
    CalcPane.-editing #editor { display: block; }
    """

    @dataclass
    class EditRequested(Message):
        """The user wants to edit the cell at row/year."""

        row: str
        year: int

    @dataclass
    class EditSubmitted(Message):
        """The user typed a new value for the cell being edited."""

        row: str
        year: int
        text: str

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.view: TableView | None = None
        self.editing: tuple[str, int] | None = None
        self._shape: tuple[tuple[str, ...], tuple[int, ...]] | None = None

    def compose(self) -> ComposeResult:
        table = CalcTable(id="calc-table", fixed_columns=_FIXED, zebra_stripes=True)
        table.add_column("Computing the scenario...")
        yield table
        yield Input(id="editor")
        yield Static("", id="verdict")
        yield Static("", id="detail")

    # ------------------------------------------------------------------ rendering
    def show(self, view: TableView) -> None:
        """Repaint table, verdict and detail from one view, keeping cursor and scroll."""
        from core.export import cell_text, delta_text

        self.view = view
        table = self.query_one(CalcTable)
        result = view.result
        shape = (tuple(r.id for r in result.rows), tuple(result.years))
        cursor, scroll = table.cursor_coordinate, (table.scroll_x, table.scroll_y)
        if self._shape is None:  # first paint: start on the first input, first year
            cursor = Coordinate(1, _FIXED)
        if shape != self._shape:
            table.clear(columns=True)
            table.add_column("row", key="label", width=30)
            table.add_column("unit", key="unit")
            for year in result.years:
                mark = " *" if year in result.scenario.milestones else ""
                table.add_column(f"{year}{mark}", key=str(year))
            self._shape = shape
        else:
            table.clear()
        failed = {(c.id, c.year) for c in result.failed_checks}
        deltas = {}
        if view.compare is not None:
            for d in view.compare.rows:
                for year, delta in zip(view.compare.years, d.delta, strict=True):
                    deltas[d.row.id, year] = delta_text(delta, d.row.unit)
        kind = ""
        for row in result.rows:
            if row.kind != kind:
                kind = row.kind
                table.add_row(
                    Text(_SECTIONS[kind], style="bold underline"),
                    "",
                    *[""] * len(result.years),
                    key=f"#{kind}",
                )
            cells: list[Text | str] = [row.label, row.unit]
            for year in result.years:
                text = Text(cell_text(result, row, year))
                if (row.id, year) in view.changed:
                    text = Text.assemble(("*", "bold"), text, style="bold")
                if (row.id, year) in failed:
                    text = Text.assemble(("!", "bold red"), text, style="red")
                if deltas.get((row.id, year)):
                    text.append(f" ({deltas[row.id, year]})", style="italic")
                cells.append(text)
            table.add_row(*cells, key=row.id)
        if cursor.row < table.row_count:
            table.move_cursor(row=cursor.row, column=max(cursor.column, _FIXED), animate=False)
        table.scroll_to(*scroll, animate=False)
        self._describe()

    def _describe(self) -> None:
        """Fill the verdict and detail lines for the cell under the cursor."""
        from core.engine import describe_cell
        from core.export import LEGEND
        from core.measures import norm_of
        from core.norms import verdict

        if self.view is None:
            return
        result = self.view.result
        row, year = self.selected()
        self.query_one("#verdict", Static).update(verdict(result, year).text())
        if row is None:
            detail = f"{LEGEND}. * edited, not saved · ! differs from a published figure"
        else:
            detail = describe_cell(result, row, year)
            failed = [c for c in result.failed_checks if (c.id, c.year) == (row, year)]
            if failed:
                detail += f" · published {failed[0].observed:g} ({failed[0].origin})"
            links = self.view.linked.get(row) or self.view.linked.get(norm_of(row))
            if links:
                detail += f" · commitments: {links} (enter)"
            milestone = result.scenario.milestones.get(year)
            if milestone:
                detail += f" · {year}: {milestone}"
        self.query_one("#detail", Static).update(detail)

    def selected(self) -> tuple[str | None, int]:
        """The row id under the cursor (None on a section header) and the year of its column."""
        assert self.view is not None
        table = self.query_one(CalcTable)
        years = self.view.result.years
        if table.row_count == 0:
            return None, years[0]
        key = table.coordinate_to_cell_key(table.cursor_coordinate)
        year = (
            int(key.column_key.value) if key.column_key.value and key.column_key.value.isdigit() else years[0]
        )
        row = key.row_key.value
        return (None if row is None or row.startswith("#") else row), year

    def go_to(self, row_id: str, year: int | None = None) -> None:
        """Put the cursor on a row (and year), as when following a commitment's link."""
        table = self.query_one(CalcTable)
        column = table.cursor_coordinate.column
        if year is not None and self.view is not None and year in self.view.result.years:
            column = _FIXED + self.view.result.years.index(year)
        table.cursor_coordinate = Coordinate(table.get_row_index(row_id), max(column, _FIXED))
        table.focus()

    # ------------------------------------------------------------------ events
    @on(DataTable.CellHighlighted, "#calc-table")
    def _highlighted(self, event: DataTable.CellHighlighted) -> None:
        if self.view is None:
            return
        self._describe()

    @on(DataTable.CellSelected, "#calc-table")
    def _selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        if self.view is None:
            return
        row, year = self.selected()
        if row is not None:
            self.post_message(self.EditRequested(row, year))

    def open_editor(self, row: str, year: int, prompt: str, value: str) -> None:
        """Show the inline editor for one cell, prefilled with its value in the file's unit."""
        self.editing = (row, year)
        editor = self.query_one("#editor", Input)
        editor.placeholder = prompt
        editor.border_title = prompt
        editor.value = value
        self.add_class("-editing")
        editor.focus()

    def close_editor(self) -> None:
        """Hide the editor and give the table its focus back."""
        self.editing = None
        self.remove_class("-editing")
        self.query_one(CalcTable).focus()

    @on(Input.Submitted, "#editor")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.editing is not None:
            row, year = self.editing
            self.post_message(self.EditSubmitted(row, year, event.value))

    def key_escape(self) -> None:
        if self.editing is not None:
            self.close_editor()
