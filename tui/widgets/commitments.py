"""The commitments pane: a table of pledges and positions, filtered with `/`, linked to numbers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Input, Static

from core.i18n import t
from tui import keys

if TYPE_CHECKING:  # core.model is for types here: it loads after the first frame
    from core.document import Summit
    from core.model import Commitment


class CommitmentsPane(Vertical):
    """Every commitment; enter jumps to the table rows or norms it bears on."""

    BINDINGS = keys.bindings("commitments")
    DEFAULT_CSS = """
    CommitmentsPane #commitments-filter { display: none; }
    CommitmentsPane.-filtering #commitments-filter { display: block; }
    CommitmentsPane DataTable { height: 1fr; }
    CommitmentsPane #commitment-detail { height: auto; max-height: 6; color: $text-muted; }
    """

    @dataclass
    class JumpToNumbers(Message):
        """The user asked to see the numbers a commitment bears on."""

        commitment: Commitment

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.summit: Summit | None = None
        self._opening_filter = False
        """From `/` until the filter field has the focus: printable keys go into the field."""

    def compose(self) -> ComposeResult:
        yield Input(placeholder=t("commitments.filter"), id="commitments-filter")
        table: DataTable[str] = DataTable(id="commitments-table", cursor_type="row", zebra_stripes=True)
        table.add_column(t("commitments.commitment"), key="title", width=_TITLE_WIDTH)
        yield table
        yield Static("", id="commitment-detail")

    def load(self, summit: Summit) -> None:
        """Show the summit's commitments, in columns as wide as the widest entry of all of them.

        Fixed widths, not DataTable's automatic ones: those are worked out after the rows have
        been drawn once, so a frame (or a screenshot) could show the columns before they grew,
        and a filter would make the columns jump."""
        self.summit = summit
        rows = [_cells(c) for c in summit.commitments]
        table = self.query_one(DataTable)
        table.clear(columns=True)
        for index, key in enumerate(_COLUMNS):
            label = t(f"commitments.{key if key != 'title' else 'commitment'}")
            width = _TITLE_WIDTH if key == "title" else max(len(label), *(len(r[index]) for r in rows))
            table.add_column(label, key=key, width=width)
        self._fill(summit.commitments)

    def _fill(self, commitments: tuple[Commitment, ...] | list[Commitment]) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for c in commitments:
            table.add_row(*_cells(c), key=c.id)

    def on_key(self, event: events.Key) -> None:
        """`/` opens the filter as soon as the key is read, and what is typed right after it
        goes into the filter even before the field has the focus. Keys typed in one burst (SSH
        delivers them so) all reach the table first, since focus moves only after it, and the
        app would otherwise take `u` in `/ukraine` for undo."""
        if event.key == "slash" and not self.has_class("-filtering"):
            event.stop()
            event.prevent_default()
            self.action_filter()
        elif self._opening_filter and event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            self.query_one(Input).insert_text_at_cursor(event.character)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, Input):
            self._opening_filter = False

    def action_filter(self) -> None:
        self.add_class("-filtering")
        self._opening_filter = True
        self.query_one(Input).focus()

    def action_clear_filter(self) -> None:
        field = self.query_one(Input)
        field.value = ""
        self.remove_class("-filtering")
        self.query_one(DataTable).focus()

    @on(Input.Changed, "#commitments-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        if self.summit is not None:
            self._fill(self.summit.search(event.value))

    @on(Input.Submitted, "#commitments-filter")
    def _filter_done(self) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.RowHighlighted, "#commitments-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is None or self.summit is None:
            return
        c = self.summit.commitment(event.row_key.value)
        self.query_one("#commitment-detail", Static).update(describe(c))

    @on(DataTable.RowSelected, "#commitments-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None and self.summit is not None:
            self.post_message(self.JumpToNumbers(self.summit.commitment(event.row_key.value)))

    def select(self, commitment_id: str) -> None:
        """Show and highlight one commitment (clearing a filter that hides it)."""
        table = self.query_one(DataTable)
        if commitment_id not in {k.value for k in table.rows}:
            self.action_clear_filter()
        table.focus()
        # After the pane is shown and laid out (it may just have become visible), so that the
        # row is scrolled into view in the table's real height.
        self.call_after_refresh(table.move_cursor, row=table.get_row_index(commitment_id))


_TITLE_WIDTH = 44
_COLUMNS = ("title", "amount", "status", "topic")
"""The table's columns; their headings are the catalogue's `commitments.*`."""


def _cells(c: Commitment) -> tuple[str, str, str, str]:
    later = t("commitments.after") if c.after_letter else ""
    return c.title, c.amount(), c.status + later, c.topic


def describe(c: Commitment) -> str:
    """Who, what, source and linked numbers of one commitment."""
    links = ", ".join([*c.rows, *(f"norm {n}" for n in c.norms)]) or t("commitments.none")
    source = c.source + (f", {c.reference}" if c.reference else "") + (f", {c.section}" if c.section else "")
    return f"{c.who}: {c.what}\n" + t("commitments.describe", source=source, links=links)
