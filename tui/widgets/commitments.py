"""The commitments pane: a table of pledges and positions, filtered with `/`, linked to numbers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

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
    CommitmentsPane #commitments-filter { border: none; height: 1; padding: 0 1; }
    CommitmentsPane DataTable { height: 1fr; min-height: 4; }
    CommitmentsPane #commitment-detail-scroll { height: auto; max-height: 50%; min-height: 2; }
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
        self._room = WIDE
        """The width the columns were fitted to: the pane's, once it has been laid out."""
        self.widths = Widths(TITLE_WIDTH, 0, 0, 0)
        """The columns' widths as fitted (`load` and each resize set them)."""

    def compose(self) -> ComposeResult:
        yield Input(placeholder=t("commitments.filter"), id="commitments-filter")
        table: DataTable[str] = DataTable(id="commitments-table", cursor_type="row", zebra_stripes=True)
        table.add_column(t("commitments.commitment"), key="title", width=TITLE_WIDTH)
        yield table
        with VerticalScroll(id="commitment-detail-scroll", can_focus=False):  # a long summary scrolls, whole
            yield Static("", id="commitment-detail")

    def load(self, summit: Summit) -> None:
        """Show the summit's commitments, in columns fitted to the pane (`_fit`)."""
        self.summit = summit
        self._fit(self._room, force=True)

    def on_resize(self, event: events.Resize) -> None:
        """Fit the columns again to the pane's new width, inside its frame (0 while its tab is
        not shown: kept)."""
        if event.size.width:
            self._fit(event.size.width - self.styles.gutter.width)

    def _fit(self, room: int, *, force: bool = False) -> None:
        """Columns that fit `room` (`fit_columns`), the rows filled again when they change.

        Fixed widths, not DataTable's automatic ones: those are worked out after the rows have
        been drawn once, so a frame (or a screenshot) could show the columns before they grew,
        and a filter would make the columns jump. The cursor stays on its commitment."""
        self._room = room
        if self.summit is None:
            return
        said = [_said(c) for c in self.summit.commitments]
        labels = {key: t(f"commitments.{key if key != 'title' else 'commitment'}") for key in _COLUMNS}
        widths = fit_columns(
            room,
            amount=max(len(labels["amount"]), *(len(r[1]) for r in said)),
            status=max(len(labels["status"]), *(len(r[2]) for r in said)),
            topic=max(len(labels["topic"]), *(len(r[3]) for r in said)),
        )
        if widths == self.widths and not force:
            return
        self.widths = widths
        table = self.query_one(DataTable)
        kept = (
            table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value if table.row_count else None
        )
        table.clear(columns=True)
        for key, width in zip(_COLUMNS, widths, strict=True):
            if width:
                table.add_column(labels[key], key=key, width=width)
        self._fill(self.query_one(Input).value)
        if kept is not None and kept in table.rows:
            table.move_cursor(row=table.get_row_index(kept))

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
            table.add_row(*_cells(c, self.widths), key=c.id)
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
            describe(c, self.summit.cite(c.source), self.norm_names, self.widths)
        )

    @on(DataTable.RowHighlighted, "#commitments-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Describe the row under the cursor now, not the event's: keys typed fast into the filter
        refill the table several times before the first refill's highlight arrives, and that
        highlight names a commitment the newest filter may no longer list (or none at all: the
        detail then keeps saying that nothing matches)."""
        table = self.query_one(DataTable)
        if self.summit is None or not table.row_count:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if key is not None:
            self._describe(key)

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
"""The title column's width where there is room: narrow enough that the amount beside it shows
whole where the pane shares the screen at 120 columns, in Dutch too (`2 %-bbp, uiterlijk 2024`
was cut to `uiterlijk 20`)."""
TITLE_MIN = 24
"""The narrowest title column: still a few words of every title."""
STATUS_MIN = 16
"""The narrowest status column: its heading and the first words of a status ("to be endorsed…").
At 80 columns in Dutch the title took so much that `status` was cut to `s` and no status showed."""
WIDE = 120
"""The width fitted to before the pane has been laid out."""
_PADDING = 2
"""Each column's cell padding (DataTable's default: one space on either side)."""
_SCROLLBAR = 2
"""The table's vertical scrollbar: the list is longer than the pane at every size but a tall one."""
_COLUMNS = ("title", "amount", "status", "topic")
"""The table's columns; their headings are the catalogue's `commitments.*`."""


class Widths(NamedTuple):
    """The columns' widths; 0: the column is not shown (the detail says it instead)."""

    title: int
    amount: int
    status: int
    topic: int


def fit_columns(room: int, *, amount: int, status: int, topic: int) -> Widths:
    """Column widths for a table `room` wide, so that what a reader needs shows at every size,
    80x24 in Dutch included. The amount is a figure: always whole. Title and status share what
    is left, the status STATUS_MIN and the title the rest up to TITLE_WIDTH (both shortened at a
    word, whole in the detail); where that would leave the title under TITLE_MIN (the pane
    beside the agenda at 120 columns, in Dutch), the title gets three fifths and the status the
    rest. The topic has a column only where the rest leaves room for it (else the detail names
    it). `amount`, `status`, `topic`: the widest of each."""
    left = room - _SCROLLBAR - (amount + _PADDING) - 2 * _PADDING  # for title and status
    with_topic = left - (topic + _PADDING)
    if with_topic >= TITLE_WIDTH + min(status, 2 * STATUS_MIN):
        return Widths(TITLE_WIDTH, amount, min(status, with_topic - TITLE_WIDTH), topic)
    title = min(TITLE_WIDTH, left - STATUS_MIN)
    if title < TITLE_MIN:  # too tight for both minimums (120 columns in Dutch): share it out
        title = left * 3 // 5
    return Widths(title, amount, min(status, left - title), 0)


def _said(c: Commitment) -> tuple[str, str, str, str]:
    """Title, amount, status and topic, whole, in the language shown."""
    said = c.words()
    later = t("commitments.after") if c.after_letter else ""
    return said.title, c.amount(), said.status + later, c.topic_word()


def _cells(c: Commitment, widths: Widths) -> tuple[str, ...]:
    title, amount, status, topic = _said(c)
    cells: tuple[str, ...] = (
        shorten_in_column(title, widths.title),
        amount,
        shorten_in_column(status, widths.status),
    )
    return (*cells, topic) if widths.topic else cells


def shorten(text: str, width: int, *, keep: int = 0) -> str:
    """`text` in at most `width` characters: whole, or cut after its last whole word that fits,
    with "…" (the table would otherwise cut it mid-word, without a sign that it goes on). `keep`:
    the fewest characters a cut at a word may leave; below that the cut is within the word (in a
    narrow column `Nieuwe…` says less than `Nieuwe NAVO-capaciteitsd…`)."""
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if text[width - 1] != " " and " " in cut and cut.rindex(" ") >= keep:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–(") + "…"


def shorten_in_column(text: str, width: int) -> str:
    """`shorten` for the table's columns: at a word where that keeps two thirds of the width."""
    return shorten(text, width, keep=2 * width // 3)


def describe(
    c: Commitment, cited: str, norm_names: dict[str, str] | None = None, widths: Widths | None = None
) -> str:
    """Who, what, source and linked numbers of one commitment, in the language shown; its whole
    title first when the table had to shorten it, and its status and topic when the table
    shortened or left them out (`widths`: the table's); `cited` is how its source is named. Its
    rows and norms by their labels as the table shows them (`norm_names`: the scenario's), their
    ids where none is known."""
    from core.measures import row_name  # polars: loaded by the time a commitment is read

    title_said, _, status, topic = _said(c)
    said = c.words()
    shown = widths or Widths(TITLE_WIDTH, 0, len(status), len(topic))
    names = norm_names or {}
    rows = [row_name(r) for r in c.rows]
    norms = [names.get(n) or f"norm {n}" for n in c.norms]
    links = "; ".join([*rows, *norms]) or t("commitments.none")
    source = cited + (f", {c.reference}" if c.reference else "") + (f", {c.section}" if c.section else "")
    title = f"{title_said}\n" if len(title_said) > shown.title else ""
    more = []
    if len(status) > shown.status:
        more.append(t("commitments.status_said", status=status))
    if not shown.topic:
        more.append(t("commitments.topic_said", topic=topic))
    extra = " · ".join(more) + "\n" if more else ""
    return f"{title}{extra}{said.who}: {said.what}\n" + t("commitments.describe", source=source, links=links)
