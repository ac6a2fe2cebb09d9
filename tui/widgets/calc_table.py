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
    from core.table import Layout

EditOffer = Callable[[str, int, str], "tuple[str, str] | None"]
"""(row, year, how) -> (prompt, starting text) when the cell can be edited, else None; `how` is
"edit" for `e` and "enter" for enter (which may follow a link instead)."""
COMMITMENT_TITLE = 48
"""The most of a commitment's title the detail line gives (the pane on `c` shows it whole)."""
_FIXED = 2  # label and unit stay in view while the years scroll
_LABEL_SHARE = 0.3
"""Below the width that shows every year, labels take at most this share of the table (the
detail line always has the whole label)."""
FLAGS_LEGEND = "* edited, not saved · ! differs from a published figure"
"""What the two flags drawn before a value mean (the basis letters after it are core's legend),
in English; `flags_legend()` in the language shown."""


def flags_legend() -> str:
    """FLAGS_LEGEND in the language shown."""
    return t("app.flags_legend")


WIDE_HEADER = 100
"""Below this many columns the comparison's header takes its short form (`compare.header_short`)."""

ONE_SIDED = "→"
"""In brackets after a value when comparing: the cell is known in one scenario and unknown in
the other, so no difference can be given; the detail line says both."""

MILESTONE_MARK = "◆"
"""After a year in the table's header: the scenario names that year a milestone (its
`[milestones]`), and a cell's detail line in that year says which. Not `*`, which before a value
means an unsaved edit: testers read `2029 *` as "2029 edited"."""


def milestone_legend() -> str:
    """What MILESTONE_MARK means, in the language shown (the help and a heading's detail say it)."""
    return t("marks.milestone", mark=MILESTONE_MARK)


HEADLINE = "table1"
"""The section that "fold all but the headline" leaves open."""


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
    """The comparison as `navotop diff THIS OTHER` makes it: `compare.base` is this scenario,
    `compare.other` the compared one, and a cell's change is other minus this (one sign for the
    app and the CLI: a tester saw them disagree)."""
    links: Callable[[str], Sequence[Commitment]] | None = None
    """Row id -> the commitments it links back to (core's Summit.commitments_on)."""
    disk: Result | None = None
    """The file's own numbers, to mark the growth and verdict rows an edit moves too."""


GridContent = tuple[tuple[GridColumn, ...], tuple[GridRow, ...]]
"""What the grid shows: its columns and its rows."""


def grid_rows(
    view: TableView,
    folded: frozenset[str] = frozenset(),
    table: Layout | None = None,
    disk: Layout | None = None,
    other: Layout | None = None,
) -> GridContent:
    """The view as grid columns and rows, section by section (a folded section shows only its
    heading): values right-aligned with their marks in a column of their own width, so the
    digits line up; `*` on unsaved edits, `!` where a published figure is missed, the change
    in brackets when comparing (none where nothing changed)."""
    from core.export import marks
    from core.formats import unknown
    from core.table import delta_text, deltas, grid_text, grid_unit, layout, one_sided

    table = table or layout(view.result)
    result = view.result
    years = result.years
    columns = (
        GridColumn("label", t("col.row"), "left", max_share=_LABEL_SHARE),
        GridColumn("unit", t("col.unit"), "left"),
        *(
            GridColumn(str(y), f"{y} {MILESTONE_MARK}" if y in result.scenario.milestones else str(y))
            for y in years
        ),
    )
    failed = {(c.id, c.year) for c in result.failed_checks}
    changed = set(view.changed)
    if view.disk is not None and view.changed:  # growth and verdict rows an edit moved too
        changed |= set(deltas(table, disk or layout(view.disk)))
    moved: dict[tuple[str, int], str] = {}
    if view.compare is not None:
        theirs = other or layout(view.compare.other)
        moved = {
            k: f" ({delta_text(-d, table.row(k[0]).unit)})"  # deltas gives this minus other
            for k, d in deltas(table, theirs, verdicts_as_shown=True).items()
        }
        # Known on one side only: marked, and the detail line gives both (`compared_cell`).
        # Not the other's figure in the cell: `unknown (→ 1,120.8)` widened every year column
        # so far that 80 columns showed one year.
        moved |= dict.fromkeys(one_sided(table, theirs), f" ({ONE_SIDED})")
    every = table.rows()
    texts = {r.id: [grid_text(v, r.unit) for v in r.values] for r in every}
    flags = {
        r.id: [marks(b) if v is not None else "" for v, b in zip(r.values, r.basis, strict=True)]
        for r in every
    }
    marks_width = [max((len(flags[r.id][i]) for r in every), default=0) for i in range(len(years))]
    # An unknown value says so in the word every view uses (`unknown`, `onbekend`), longer than
    # most numbers here. It has no marks, so it may run into its own blank marks slot, as far
    # as it must, ending where the digits end or just past; a column widens only where the
    # word does not fit even then. Deliberate: widening every year column by `onbekend`'s one
    # letter more than `1.134,0` would take seven columns from the labels at 120x40 in Dutch
    # (already cut to `NL excl. Oekra…`), to pad a blank.
    word = unknown()
    lead = {k: (k in failed) + (k in changed) for k in failed | changed}
    known_width = [
        max(
            (lead.get((r.id, y), 0) + len(texts[r.id][i]) for r in every if texts[r.id][i] != word), default=0
        )
        for i, y in enumerate(years)
    ]
    delta_width = [max((len(moved.get((r.id, y), "")) for r in every), default=0) for y in years]
    rows: list[GridRow] = []
    blank = cell("")
    for section in table.sections:
        shut = section.id in folded
        title = f"{'▸' if shut else '▾'} {section.title}" + (
            t("table.folded", count=len(section.rows)) if shut else ""
        )
        rows.append(GridRow(f"#{section.id}", (cell(title), *[blank] * (len(columns) - 1)), section=True))
        if shut:
            continue
        for row in section.rows:
            cells: list[Cell] = [cell(row.label), cell(grid_unit(row.unit))]
            for i, year in enumerate(years):
                key = (row.id, year)
                style = _FAILED if key in failed else _CHANGED if key in changed else None
                runs: list[tuple[str, Style | None]] = []
                if key in failed:
                    runs.append(("!", _FLAG))
                if key in changed:
                    runs.append(("*", _FLAG))
                runs.append((texts[row.id][i], style))
                if marks_width[i]:
                    slot = " " + flags[row.id][i].ljust(marks_width[i])
                    if texts[row.id][i] == word:
                        over = lead.get(key, 0) + len(word) - known_width[i]
                        slot = slot[: len(slot) - min(max(over, 0), len(slot))]
                    if slot:
                        runs.append((slot, _MARKS))
                if delta_width[i]:
                    runs.append((moved.get(key, "").ljust(delta_width[i]), _DELTA))
                cells.append(tuple(runs))
            rows.append(GridRow(row.id, tuple(cells)))
    return columns, tuple(rows)


class CalcPane(Vertical):
    """Table, verdict for the selected year, detail for the selected cell; edits happen in the
    table's cell, with the prompt in the detail line. Sections fold: enter on a heading, or `f`
    anywhere in a section; `F` folds all but Table 1 (and unfolds them again)."""

    DEFAULT_CSS = """
    CalcPane CalcGrid { height: 1fr; }
    CalcPane #compare-header { display: none; height: auto; background: $boost; padding: 0 1; }
    CalcPane #compare-header.-shown { display: block; }
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

    @dataclass
    class EditChanged(Message):
        """The text typed into the cell being edited changed (not yet accepted)."""

        row: str
        year: int
        text: str

    def __init__(self, *, edit_offer: EditOffer | None = None, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.edit_offer = edit_offer
        """Asked when a cell is selected: (prompt, starting text) to edit it, or None (the app
        has then said why not, or followed the row's link)."""
        self.view: TableView | None = None
        self.table: Layout | None = None
        self._laid: dict[str, tuple[Result, Layout]] = {}
        """The file's own table and the compared one, laid out once each rather than per edit."""
        self.folded: frozenset[str] = frozenset()
        self.editing: tuple[str, int] | None = None
        self.note = ""
        """Said in the detail line until the cursor moves: why a cell cannot be edited."""
        self._prompt = ""
        self._texts: dict[str, str] = {}
        self._prepared: tuple[TableView, frozenset[str], Layout, GridContent] | None = None
        """A view laid out ahead (`prepare`), with the folds it was laid out for."""

    def compose(self) -> ComposeResult:
        yield Static("", id="compare-header")
        yield CalcGrid(
            fixed=_FIXED, on_select=self._select, on_fold=self._fold_key, on_move=self._moved, id="calc-grid"
        )
        yield Static(t("app.computing"), id="verdict")
        yield Static("", id="detail", markup=False)  # notes and source titles are text, `[1]` too

    @property
    def grid(self) -> CalcGrid:
        return self.query_one(CalcGrid)

    # ------------------------------------------------------------------ rendering
    def prepare(self, view: TableView) -> None:
        """Lay out `view`'s table and grid rows now, for a `show` of it that may follow (the
        result of a value being typed, tui/foresight.py): that show then only draws them."""
        from core.table import layout

        table = layout(view.result)
        self._prepared = (view, self.folded, table, self._rows(view, table))

    def show(self, view: TableView) -> None:
        """Repaint table, verdict and detail from one view, keeping cursor and scroll."""
        from core.table import layout

        first = self.view is None
        self.view = view
        prepared, self._prepared = self._prepared, None
        if prepared is not None and prepared[0] is view and prepared[1] == self.folded:
            self.table = prepared[2]
            self.grid.set_rows(*prepared[3])
        else:
            self.table = layout(view.result)
            self._paint()
        self._compare_header()
        if first and self.grid.rows:  # start on Table 1's first row, first year; the move
            self.grid.move_cursor(1, _FIXED)  # says what is under it (`_moved`)
        else:
            self._describe()

    def _paint(self) -> None:
        assert self.view is not None and self.table is not None
        self.grid.set_rows(*self._rows(self.view, self.table))

    def _rows(self, view: TableView, table: Layout) -> GridContent:
        from core.table import layout

        def laid(name: str, result: Result | None) -> Layout | None:
            if result is None:
                return None
            if name not in self._laid or self._laid[name][0] is not result:
                self._laid[name] = (result, layout(result))
            return self._laid[name][1]

        other = laid("other", view.compare.other if view.compare else None)
        return grid_rows(view, self.folded, table, laid("disk", view.disk), other)

    def _compare_header(self) -> None:
        """Both scenarios named, and how to read a compared cell. Where the pane is narrow, as
        at 80x24, in two lines rather than five: the long form left a Dutch tester no table
        rows at all under it."""
        from core.paths import apart

        assert self.view is not None
        compare = self.view.compare
        header = self.query_one("#compare-header", Static)
        text = ""
        if compare is not None:
            this, other = compare.base.scenario.shown_name(), compare.other.scenario.shown_name()
            short = bool(self.size.width) and self.size.width < WIDE_HEADER
            if short or this == other:  # by file; a copy and its original have the same name
                mine, theirs = apart(compare.base.scenario.path, compare.other.scenario.path)
            if short:
                text = t("compare.header_short", other=theirs, mark=ONE_SIDED)
            else:
                if this == other:
                    this, other = f"{this} ({mine})", f"{other} ({theirs})"
                text = t("compare.header", this=this, other=other, mark=ONE_SIDED)
        if self._texts.get("compare-header") != text:
            self._texts["compare-header"] = text
            header.update(text)
            header.set_class(bool(text), "-shown")

    def _describe(self) -> None:
        """Fill the verdict and detail lines for the cell under the cursor."""
        from core import formats
        from core.export import legend
        from core.norms import verdict
        from core.table import detail
        from tui.analysis_text import trend_text

        if self.view is None or self.table is None:
            return
        result = self.view.result
        row, year = self.selected()
        self._set("verdict", self._fitted(verdict(result, year).text()))
        if self.editing is not None:
            text = self._prompt
        elif self.note:
            text = self.note
        elif row is None:
            text = t("app.section_heading") + f" {legend()}. {flags_legend()}"
            if result.scenario.milestones:
                text += f" · {milestone_legend()}"
        else:
            text = detail(self.table, row, year) + trend_text(result, row)  # a share's years, ▁..█
            failed = [c for c in result.failed_checks if (c.id, c.year) == (row, year)]
            if failed:
                published = t(
                    "app.published", value=formats.general(failed[0].observed), origin=failed[0].origin
                )
                text += f" · {published}"
            links = commitments_said(self.view.links(row)) if self.view.links else ""
            if links:
                text += " · " + links
            text += self._compared(row, year)
            milestone = result.scenario.said_milestone(year)
            if milestone:
                text += f" · {MILESTONE_MARK} {year}: {milestone}"
        self._set("detail", text)
        self.query_one("#detail").set_class(self.editing is not None, "-editing")

    def _fitted(self, text: str) -> str:
        """The verdict cut after the last norm that fits the lines it may take, saying how many
        more there are and where they are, rather than cropped mid-norm: a tester at 100x30
        lost Hague's last two norms, and read one cut after `(EUR 13.9`."""
        from textual.content import Content

        static = self.query_one("#verdict", Static)
        high, width = static.styles.max_height, static.content_region.width
        if high is None or width <= 0 or len(Content(text).wrap(width)) <= int(high.value):
            return text
        parts = text.split(" · ")
        for kept in range(len(parts) - 1, 0, -1):
            cut = " · ".join([*parts[:kept], t("app.verdict_more", count=len(parts) - kept)])
            if len(Content(cut).wrap(width)) <= int(high.value):
                return cut
        return text

    def _compared(self, row: str, year: int) -> str:
        """` · compared: unknown here, 2.53 in Hague 2035…` for a cell the comparison marks:
        the values behind a `(+x)`, and the only place a `(→)` cell's figures are given."""
        from core.table import compared_cell, full_text

        if self.view is None or self.view.compare is None or self.table is None or "other" not in self._laid:
            return ""
        pair = compared_cell(self.table, self._laid["other"][1], row, year)
        if pair is None:
            return ""
        unit = self.table.row(row).unit
        here, there = (full_text(v, unit) for v in pair)
        return " · " + t(
            "compare.cell", here=here, there=there, other=self.view.compare.other.scenario.shown_name()
        )

    def not_loaded(self) -> None:
        """No table to show: the verdict line says so instead of 'computing' forever (a tester
        started on a broken file and waited), pointing at the problem shown above it."""
        self._set("verdict", t("app.table_not_loaded"))

    def say(self, text: str) -> None:
        """Show `text` in the detail line until the cursor moves (why a cell is not editable)."""
        self.note = text
        self._describe()

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
        """Put the cursor on a row (and year), as when following a commitment's link; a folded
        section opens to show it."""
        grid = self.grid
        if self.table is not None and row_id not in {r.key for r in grid.rows}:
            section = next((s.id for s in self.table.sections if any(r.id == row_id for r in s.rows)), None)
            if section in self.folded:
                self.folded = self.folded - {section}
                self._paint()
        column = grid.column_index(str(year)) if year is not None and self.view is not None else None
        grid.move_cursor(grid.row_index(row_id), column)
        grid.focus()

    # ------------------------------------------------------------------ folding
    def _fold_key(self, every: bool) -> None:
        """`f` and `F` in the grid (declared in tui/keys.py)."""
        if every:
            self.fold_all()
        else:
            self.fold()

    def fold(self, section: str | None = None) -> None:
        """Fold or unfold one section (the cursor's when none is named); the cursor stays on
        its heading."""
        if self.table is None:
            return
        section = section or self._cursor_section()
        if section is None:
            return
        self.folded = self.folded ^ {section}
        self._repaint_keeping(f"#{section}")

    def fold_all(self) -> None:
        """Fold every section but Table 1; when they are folded already, unfold them all."""
        if self.table is None:
            return
        others = frozenset(s.id for s in self.table.sections if s.id != HEADLINE)
        keys = self.grid.cursor_keys
        row = keys[0] if keys else f"#{HEADLINE}"
        self.folded = frozenset() if others <= self.folded else others
        self._repaint_keeping(row)

    def _cursor_section(self) -> str | None:
        keys = self.grid.cursor_keys
        if keys is None or self.table is None:
            return None
        if keys[0].startswith("#"):
            return keys[0][1:]
        return next((s.id for s in self.table.sections if any(r.id == keys[0] for r in s.rows)), None)

    def _repaint_keeping(self, row_key: str) -> None:
        """Repaint after folding with the cursor on `row_key`, or on its section's heading when
        that row is folded away."""
        assert self.table is not None
        self._paint()
        keys = [r.key for r in self.grid.rows]
        if row_key not in keys:
            section = next(
                (s.id for s in self.table.sections if any(r.id == row_key for r in s.rows)), HEADLINE
            )
            row_key = f"#{section}"
        self.grid.move_cursor(keys.index(row_key))

    # ------------------------------------------------------------------ events
    def on_resize(self) -> None:
        """The verdict is fitted to the width it is shown at (`_fitted`): fit it anew."""
        if self.view is not None and self.table is not None and self.grid.rows:
            self._compare_header()
            self._describe()

    def _moved(self) -> None:
        """The grid's cursor moved (called by the grid at once): say what is under it now."""
        self.note = ""
        self._describe()

    def _select(self, row_key: str, column_key: str, how: str) -> None:
        """Enter, `e` or a click on a cell: fold a heading, or open the editor now if the app
        offers one."""
        if self.view is None:
            return
        if row_key.startswith("#"):
            self.fold(row_key[1:])
            return
        if self.edit_offer is None:
            return
        year = int(column_key)
        offer = self.edit_offer(row_key, year, how)
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
        self._refresh_footer()  # the footer drops the keys that are text in the cell

    def close_editor(self, *, describe: bool = True) -> None:
        """Show the cell's value again. `describe=False` when new numbers follow at once: their
        `show` fills the detail line, so it is not filled twice in one frame."""
        self.editing = None
        self.grid.stop_edit()
        if describe:
            self._describe()
        self._refresh_footer()

    def _refresh_footer(self) -> None:
        """The footer's keys follow the edit a frame after the cell does: refreshed at once,
        the bindings (each key's check) were worked out inside the frame that repaints the
        table, and edit -> repainted table went from 12 to 19 ms (bench/tui.py)."""
        self.call_after_refresh(self.screen.refresh_bindings)

    @on(CalcGrid.EditSubmitted, "#calc-grid")
    def _submitted(self, event: CalcGrid.EditSubmitted) -> None:
        event.stop()
        if self.editing is not None:
            row, year = self.editing
            self.post_message(self.EditSubmitted(row, year, event.text))

    @on(CalcGrid.EditChanged, "#calc-grid")
    def _changed(self, event: CalcGrid.EditChanged) -> None:
        event.stop()
        if self.editing is not None:
            self.post_message(self.EditChanged(*self.editing, event.text))

    @on(CalcGrid.EditCancelled, "#calc-grid")
    def _cancelled(self, event: CalcGrid.EditCancelled) -> None:
        event.stop()
        self.editing = None
        self._describe()
        self._refresh_footer()


def commitments_said(found: Sequence[Commitment]) -> str:
    """The commitments a number links back to, by title (their ids mean nothing to a reader):
    one by its title, more by their count and the first title, shortened to fit the detail line."""
    from tui.widgets.commitments import shorten

    if not found:
        return ""
    first = shorten(found[0].words().title, COMMITMENT_TITLE)
    if len(found) == 1:
        return t("detail.commitment_one", title=first)
    return t("detail.commitments_count", count=len(found), first=first)
