"""The allies pane: NATO's shares for every ally, ranked, for one edition and year.

The Netherlands is highlighted (and marked `>`, for NO_COLOR), the 2%, 3.5% and 5% lines run
through the ranking where allies cross them, estimates carry `e`, every figure keeps the
precision its source gave, and each ally has its 2014-2024 line as a sparkline. `/` filters by
name; `y` and `e` step through the years and editions that have figures. The pane shows an
`AlliesView` (core/allies.py) and asks the app for another with `AlliesPane.Wanted`: loading
the figures is polars work, which the app does off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Input, Static

from core.allies_nl import country_name, note_text
from core.formats import general, number, unknown
from core.i18n import t
from tui import keys
from tui.widgets.commitments import shorten_in_column

if TYPE_CHECKING:
    from core.allies import AlliesView, AllyRow

NORM_LINES = (5.0, 3.5, 2.0)
NOTE_WIDTH = 40
"""The note column where the pane has room for it."""
NOTE_MIN = 16
"""The narrowest note column: a note wraps in it rather than running off the pane."""
_SCROLLBAR = 2
"""The table's vertical scrollbar: the ranking is longer than the pane."""


class AlliesPane(Vertical):
    """The ranking of one edition and year, with its sources under it."""

    BINDINGS = keys.bindings("allies")
    DEFAULT_CSS = """
    AlliesPane #allies-filter { display: none; }
    AlliesPane.-filtering #allies-filter { display: block; }
    AlliesPane #allies-head { height: auto; text-style: bold; }
    AlliesPane #allies-home { height: auto; max-height: 2; }
    AlliesPane.-filtering #allies-home, AlliesPane.-detail #allies-home { display: none; }
    AlliesPane DataTable { height: 1fr; }
    AlliesPane #allies-detail { display: none; height: auto; max-height: 50%; color: $text-muted; }
    AlliesPane #allies-detail.-shown { display: block; }
    AlliesPane #allies-foot { height: auto; color: $text-muted; }
    """

    @dataclass
    class Wanted(Message):
        """The user asked for another edition or year; the app answers with `show`."""

        edition: str
        year: int

    def __init__(self, *, hidden: bool = False, **kwargs: object) -> None:
        """`hidden`: the pane starts out of sight, and its widgets are made when it is first
        shown (`open`): composed with the main screen, its table and fields were styled at
        every start for a pane most sessions never open (bench/startup_cpu.py)."""
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.view: AlliesView | None = None
        self.note_width = NOTE_WIDTH
        """The note column's width: what the pane leaves it (`on_resize`)."""
        self.whole: dict[str, str] = {}
        """Row key -> its note or source whole, for the rows whose note column shortened it."""
        self._made = not hidden
        self._early: Callable[[], None] | None = None
        """A step (`y` or `e`) typed before the first figures came in, taken when they do."""

    def compose(self) -> ComposeResult:
        if self._made:
            yield from self._parts()

    def open(self) -> None:
        """Make the pane's widgets, once: called as it is shown."""
        if not self._made:
            self._made = True
            self.mount_all(self._parts())

    def _parts(self) -> ComposeResult:
        yield Static(t("allies.loading"), id="allies-head")
        # The Netherlands' figure in every edition, Table 1's marked; it gives its two lines to
        # the filter while one is open, and to a note or source shown whole (at 120x40 and 80x24
        # the pane has room for one of them, not two).
        yield Static("", id="allies-home")
        yield Input(placeholder=t("allies.filter"), id="allies-filter")
        table: DataTable[Text] = DataTable(id="allies-table", cursor_type="row")
        self._columns(table)
        yield table
        yield Static("", id="allies-detail")
        yield Static(t("allies.caveat"), id="allies-foot")

    def _columns(self, table: DataTable[Text]) -> None:
        for name, shown, width in (
            ("#", "#", 3),
            ("ally", t("allies.ally"), 24),
            ("% GDP", t("allies.col.share"), max(7, len(unknown()))),  # `4.48 e`, or the word whole
            ("2014-2024", "2014-2024", 11),
            ("note", t("allies.note"), self.note_width),
        ):
            table.add_column(shown, key=name, width=width)

    def on_resize(self, event: events.Resize) -> None:
        """The note column takes what the others leave inside the pane: at 80 columns a note 40
        wide ran off it, to be reached only by scrolling sideways, which nothing says can be
        done. A note or source longer than the column ends in `…` and shows whole under the
        table when its row is highlighted (0 wide: a tab not shown, kept)."""
        if not event.size.width or not self._made:  # not shown yet: nothing to fit
            return
        table = self.query_one("#allies-table", DataTable)
        beside = sum(c.width + 2 * table.cell_padding for k, c in table.columns.items() if k != "note")
        room = event.size.width - self.styles.gutter.width - beside - 2 * table.cell_padding - _SCROLLBAR
        width = max(NOTE_MIN, min(NOTE_WIDTH, room))
        if width != self.note_width:
            self.note_width = width
            table.clear(columns=True)
            self._columns(table)
            self._fill()

    def show(self, view: AlliesView) -> None:
        """Show `view`, keeping the filter as typed."""
        self.open()
        self.view = view
        head = t("allies.head", year=view.year, title=view.title)
        self.query_one("#allies-head", Static).update(head)
        self.query_one("#allies-home", Static).update(view.home_editions)
        self._fill()
        early, self._early = self._early, None
        if early is not None:
            early()

    def _fill(self) -> None:
        table = self.query_one("#allies-table", DataTable)
        table.clear()
        self.whole = {}
        self._say_whole(None)
        if self.view is None:
            return
        words = self.query_one("#allies-filter", Input).value.strip().lower()
        rows = [
            r
            for r in self.view.rows
            if words in r.country.lower() or words in country_name(r.country).lower()
        ]
        lines = list(NORM_LINES)
        first: int | None = None
        for row in rows:
            while lines and not row.aggregate and (row.share is None or row.share < lines[0]):
                table.add_row(*_norm_line(lines.pop(0)))
            first = table.row_count if first is None else first
            table.add_row(*_cells(row, self._note(row.country, note_text(row.note))), key=row.country)
        if first:  # the cursor starts on the first ally, not on a `── 5% ──` line above it
            table.move_cursor(row=first, animate=False)
        if not rows:
            table.add_row(
                Text(""),
                Text(t("allies.no_match", words=words), style="italic"),
                Text(""),
                Text(""),
                Text(""),
            )
        for i, source in enumerate(
            self.view.sources
        ):  # last, under the aggregates: where every figure is from
            key = f"source:{i}"
            note = Text(self._note(key, source), style="dim")
            table.add_row(Text(""), Text(t("agenda.source"), style="dim"), Text(""), Text(""), note, key=key)

    def _note(self, key: str, text: str) -> str:
        """`text` as the note column shows it: whole, or shortened with the whole kept for
        `_say_whole`."""
        shown = shorten_in_column(text, self.note_width)
        if shown != text:
            self.whole[key] = text
        return shown

    @on(DataTable.RowHighlighted, "#allies-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._say_whole(event.row_key.value)

    def _say_whole(self, key: str | None) -> None:
        """Under the table, the highlighted row's note or source whole, when its column cut it."""
        text = self.whole.get(key, "") if key is not None else ""
        detail = self.query_one("#allies-detail", Static)
        detail.update(text)
        detail.set_class(bool(text), "-shown")
        self.set_class(bool(text), "-detail")  # the editions line gives it its rows meanwhile

    def action_filter(self) -> None:
        self.add_class("-filtering")
        self.query_one("#allies-filter", Input).focus()

    def action_clear_filter(self) -> None:
        field = self.query_one("#allies-filter", Input)
        field.value = ""
        self.remove_class("-filtering")
        self.query_one("#allies-table", DataTable).focus()
        self._fill()

    @on(Input.Changed, "#allies-filter")
    def _filtered(self) -> None:
        self._fill()

    @on(Input.Submitted, "#allies-filter")
    def _filter_done(self) -> None:
        self.query_one("#allies-table", DataTable).focus()

    def action_step_year(self) -> None:
        if self.view is None:  # `4y` in one burst: the figures are still being read
            self._early = self.action_step_year
            return
        years = [y for e, y in self.view.choices if e == self.view.edition]
        following = years[(years.index(self.view.year) + 1) % len(years)]
        self.post_message(self.Wanted(self.view.edition, following))

    def action_step_edition(self) -> None:
        if self.view is None:
            self._early = self.action_step_edition
            return
        editions = list(dict.fromkeys(e for e, _ in self.view.choices))
        edition = editions[(editions.index(self.view.edition) + 1) % len(editions)]
        years = [y for e, y in self.view.choices if e == edition]
        self.post_message(self.Wanted(edition, self.view.year if self.view.year in years else years[-1]))


def _cells(row: AllyRow, note: str) -> tuple[Text, ...]:
    # Imported here, once the allies' figures are in: tui.analysis_text loads the engine (and
    # polars), which at import time would cost the first paint about 0.2 s.
    from tui.analysis_text import sparkline

    style = "bold reverse" if row.home else ("dim" if row.aggregate else "")
    share = (
        unknown() if row.share is None else number(row.share, row.decimals) + (" e" if row.estimate else "")
    )
    rank = "" if row.rank is None else str(row.rank)
    name = ("> " if row.home else "  ") + country_name(row.country)
    return (
        Text(rank, style=style, justify="right"),
        Text(name, style=style),
        Text(share, style=style, justify="right"),
        Text(sparkline(row.spark), style=style),
        Text(note, style=style or "dim"),
    )


def _norm_line(share: float) -> tuple[Text, ...]:
    rule = Text(f"── {general(share)}% ──", style="bold")
    return (Text(""), rule, Text(general(share), style="bold", justify="right"), Text(""), Text(""))
