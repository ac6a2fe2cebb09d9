"""The commitments pane: a table of pledges and positions, filtered with `/`, linked to numbers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
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
    CommitmentsPane #commitment-detail-scroll { height: auto; max-height: 50%; }
    CommitmentsPane #commitment-detail { height: auto; color: $text-muted; }
    """

    @dataclass
    class JumpToNumbers(Message):
        """The user asked to see the numbers a commitment bears on."""

        commitment: Commitment

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.summit: Summit | None = None
        self.norm_names: dict[str, str] = {}
        """Norm id -> its label in the scenario shown (the app sets it with each result)."""
        self._shown_query: str | None = None
        """The filter the table's rows were last filled for (None: not filled yet)."""

    def compose(self) -> ComposeResult:
        yield Input(placeholder=t("commitments.filter"), id="commitments-filter")
        table: DataTable[str] = DataTable(id="commitments-table", cursor_type="row", zebra_stripes=True)
        table.add_column(t("commitments.commitment"), key="title", width=TITLE_WIDTH)
        yield table
        with VerticalScroll(id="commitment-detail-scroll", can_focus=False):  # a long summary scrolls, whole
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
            width = TITLE_WIDTH if key == "title" else max(len(label), *(len(r[index]) for r in rows))
            table.add_column(label, key=key, width=width)
        self._fill(self.query_one(Input).value)

    def _fill(self, query: str = "") -> None:
        """Show the commitments that match `query` (all of them for ""); when none do, the detail
        line says so instead of describing a commitment no longer listed."""
        if self.summit is None:
            return
        self._shown_query = query
        table = self.query_one(DataTable)
        table.clear()
        commitments = self.summit.search(query) if query else self.summit.commitments
        for c in commitments:
            table.add_row(*_cells(c), key=c.id)
        if not commitments:
            self.query_one("#commitment-detail", Static).update(t("commitments.no_match", query=query))

    def open_filter(self) -> None:
        """Show the filter field and give it the keyboard now (not after the next refresh, as
        `focus()` would): keys already read after `/` then go into it."""
        self.add_class("-filtering")
        self.screen.set_focus(self.query_one(Input))

    def action_clear_filter(self) -> None:
        self._clear_filter()
        self.query_one(DataTable).focus()

    def _clear_filter(self) -> None:
        """Empty the field and list every commitment again, now (not when the field's change
        message arrives): a jump that follows must find its row."""
        self.query_one(Input).value = ""
        self.remove_class("-filtering")
        self._fill("")

    @on(Input.Changed, "#commitments-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        if event.value != self._shown_query:  # already shown (cleared by _clear_filter)
            self._fill(event.value)

    @on(Input.Submitted, "#commitments-filter")
    def _filter_done(self) -> None:
        self._to_matches()

    def on_key(self, event: events.Key) -> None:
        """Down in the filter field goes on into its matches, as down from a search box does
        elsewhere: the field has no use for it, and without it the keyboard is stuck there."""
        if event.key == "down" and self.query_one(Input).has_focus:
            event.stop()
            event.prevent_default()
            self._to_matches()

    def _to_matches(self) -> None:
        """The table of matches gets the keyboard, on its first row (the first match)."""
        table = self.query_one(DataTable)
        self.screen.set_focus(table)  # now: keys already read after this one go to the table
        if table.row_count:
            table.move_cursor(row=0)

    def name_norms(self, names: dict[str, str]) -> None:
        """The scenario's norms by label (with each result): the commitment shown says them so,
        also when it was highlighted before the first result came."""
        if names == self.norm_names:
            return
        self.norm_names = names
        table = self.query_one(DataTable)
        if table.row_count and self.summit is not None:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            if key is not None:
                self._describe(key)

    def _describe(self, commitment_id: str) -> None:
        assert self.summit is not None
        c = self.summit.commitment(commitment_id)
        self.query_one("#commitment-detail", Static).update(
            describe(c, self.summit.cite(c.source), self.norm_names)
        )

    @on(DataTable.RowHighlighted, "#commitments-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is None or self.summit is None:
            return
        self._describe(event.row_key.value)

    @on(DataTable.RowSelected, "#commitments-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None and self.summit is not None:
            self.post_message(self.JumpToNumbers(self.summit.commitment(event.row_key.value)))

    def select(self, commitment_id: str) -> None:
        """Show and highlight one commitment, clearing (and saying so) a filter that hides it."""
        table = self.query_one(DataTable)
        if commitment_id not in table.rows:
            query = self.query_one(Input).value
            self._clear_filter()
            if self.summit is not None:
                title = self.summit.commitment(commitment_id).words().title
                self.notify(
                    t("commitments.cleared", query=query, title=title), title=t("app.commitments_title")
                )
        table.focus()
        row = table.get_row_index(commitment_id)
        # After the pane is shown and laid out (it may just have become visible), so that the
        # row is scrolled into view in the table's real height.
        self.call_after_refresh(table.move_cursor, row=row)


TITLE_WIDTH = 41
"""Narrow enough that the amount beside it shows whole where the pane shares the screen at 120
columns, in Dutch too (`2 %-bbp, uiterlijk 2024` was cut to `uiterlijk 20`)."""
_COLUMNS = ("title", "amount", "status", "topic")
"""The table's columns; their headings are the catalogue's `commitments.*`."""


def _cells(c: Commitment) -> tuple[str, str, str, str]:
    said = c.words()
    later = t("commitments.after") if c.after_letter else ""
    return shorten(said.title, TITLE_WIDTH), c.amount(), said.status + later, c.topic_word()


def shorten(text: str, width: int) -> str:
    """`text` in at most `width` characters: whole, or cut after its last whole word that fits,
    with "…" (the table would otherwise cut it mid-word, without a sign that it goes on)."""
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if text[width - 1] != " " and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–(") + "…"


def describe(c: Commitment, cited: str, norm_names: dict[str, str] | None = None) -> str:
    """Who, what, source and linked numbers of one commitment, in the language shown; its whole
    title first when the table had to shorten it; `cited` is how its source is named. Its rows
    and norms by their labels as the table shows them (`norm_names`: the scenario's), their ids
    where none is known."""
    from core.measures import row_title  # polars: loaded by the time a commitment is read

    said = c.words()
    names = norm_names or {}
    rows = [row_title(r) or r for r in c.rows]
    norms = [names.get(n) or f"norm {n}" for n in c.norms]
    links = "; ".join([*rows, *norms]) or t("commitments.none")
    source = cited + (f", {c.reference}" if c.reference else "") + (f", {c.section}" if c.section else "")
    title = f"{said.title}\n" if shorten(said.title, TITLE_WIDTH) != said.title else ""
    return f"{title}{said.who}: {said.what}\n" + t("commitments.describe", source=source, links=links)
