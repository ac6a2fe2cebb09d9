"""The agenda pane: the summit's programme as a tree by day, with the highlighted item's details."""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static, Tree

from core.formats import day_heading
from core.i18n import t
from tui import keys
from tui.widgets.commitments import shorten

if TYPE_CHECKING:  # core.model is for types here: it loads after the first frame
    from core.document import Summit
    from core.model import AgendaItem


class _AgendaTree(Tree["AgendaItem | None"]):
    """The tree keeps its cursor in view when it is made shorter: the detail below grows with
    the item highlighted and takes the room (at 80x24 the last item was highlighted out of
    sight). Its pageup and pagedown scroll that detail: at 120x40 an item's detail runs to 20
    lines in a pane of 14, and a tester could not read its end (the tree's own paging is of
    little use for eight items that fit)."""

    BINDINGS = keys.bindings("agenda")

    def on_resize(self, event: events.Resize) -> None:
        if self.cursor_node is not None:
            self.scroll_to_node(self.cursor_node, animate=False)

    def action_cursor_down(self) -> None:
        """From nothing highlighted, down goes to the first item, not to its day's heading: a
        heading has no detail, and a tester's first down into the agenda showed an empty line
        below it."""
        if self.cursor_line < 0:
            first = next((leaf for day in self.root.children for leaf in day.children), None)
            if first is not None:
                self.move_cursor(first)
                return
        super().action_cursor_down()

    def action_detail(self, pages: int) -> None:
        """Scroll the highlighted item's detail by `pages` of its own height."""
        detail = self.screen.query_one("#agenda-detail-scroll", VerticalScroll)
        detail.scroll_to(y=detail.scroll_y + pages * max(1, detail.size.height - 1), animate=False)


class AgendaPane(Vertical):
    """Days, then the items of each day; the line below says what, who, where and from where.

    The tree never scrolls sideways: its labels are shortened to its width (`_fit`) and the
    line below gives a title whole. Textual's tree keeps the width of the labels as first
    added, so a horizontal scrollbar stood under the shortened ones at 120x40, taking a row
    and showing a stray thumb (a tester)."""

    summit: Summit | None = None
    _fitted = 0
    """The width the leaves' labels were last shortened to (0: not yet)."""

    DEFAULT_CSS = """
    AgendaPane Tree { height: 1fr; overflow-x: hidden; }
    AgendaPane #agenda-detail-scroll { height: auto; max-height: 50%; }
    AgendaPane #agenda-detail { height: auto; color: $text-muted; }
    """

    def compose(self) -> ComposeResult:
        tree = _AgendaTree(t("agenda.root"), id="agenda-tree")
        tree.show_root = False
        tree.guide_depth = 2
        tree.root.add_leaf(t("app.loading_summit"), data=None)
        yield tree
        with VerticalScroll(id="agenda-detail-scroll", can_focus=False):  # a long summary scrolls, whole
            yield Static("", id="agenda-detail")

    def load(self, summit: Summit) -> None:
        """Fill the tree: one node per day, one leaf per programme element."""
        self.summit = summit
        tree: Tree[AgendaItem | None] = self.query_one(Tree)
        tree.clear()
        # Shortened as they are added when the tree has its width (it has, after the first
        # frame): shortened afterwards, the tree built its lines twice, each a layout and a
        # repaint of the screen at every start.
        width = self._leaf_width()
        fits = width >= _NARROWEST
        for day, group in groupby(summit.agenda, key=lambda i: i.date):
            node = tree.root.add(day_heading(day), expand=True, data=None)
            for item in group:
                node.add_leaf(shorten(_label(item), width) if fits else _label(item), data=item)
        self._fitted = width if fits else 0
        self.call_after_refresh(self._fit)

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self._fit)  # once the tree has its new size

    def _fit(self) -> None:
        """Shorten each leaf's label at a word, with "…", to the width the tree has: a title cut
        off mid-word at the pane's edge reads as another word (`(avon`). The detail below then
        gives the title whole."""
        tree: Tree[AgendaItem | None] = self.query_one(Tree)
        width = self._leaf_width()
        if width < _NARROWEST or width == self._fitted:
            return
        self._fitted = width
        for day in tree.root.children:
            for node in day.children:
                if node.data is not None:
                    node.set_label(shorten(_label(node.data), width))

    def _leaf_width(self) -> int:
        """The columns a leaf's label has: the tree's width less the indent, and less room for
        the scrollbar, which comes and goes as the detail below grows and shrinks."""
        tree = self.query_one(Tree)
        return tree.size.width - tree.styles.scrollbar_size_vertical - _LEAF_INDENT

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[AgendaItem | None]) -> None:
        item = event.node.data
        shown = ""
        if item is not None and self.summit is not None:
            cut = str(event.node.label) != _label(item)
            shown = describe(item, self.summit.cite(item.source), whole_title=cut)
        self.query_one("#agenda-detail", Static).update(shown)
        self.query_one("#agenda-detail-scroll", VerticalScroll).scroll_home(
            animate=False
        )  # a new item from its top

    def select(self, item_id: str) -> None:
        """Move the cursor to an agenda item (from the command palette)."""
        tree = self.query_one(Tree)
        for day in tree.root.children:
            for node in day.children:
                if node.data is not None and node.data.id == item_id:
                    tree.move_cursor(node)
                    tree.focus()
                    return


_LEAF_INDENT = 2
"""The guide before a leaf's label (`├ `: guide depth 2, the root hidden)."""
_NARROWEST = 12
"""Below this many columns a label is left as it is: shortening would leave only "…"."""


def _label(item: AgendaItem) -> str:
    """A leaf of the tree: the item's title, with its time where the letter gives one."""
    said = item.words()
    return said.title + (f" ({said.time})" if said.time else "")


def describe(item: AgendaItem, source: str, *, whole_title: bool = False) -> str:
    """Kind, when, where, who, and the letter's section for one agenda item, in the language
    shown; `source` is how its source is cited. `whole_title` first when the tree had to
    shorten it."""
    said = item.words()
    when = item.when()
    basis = f" ({said.date_basis})" if said.date_basis else ""
    unstated = t("agenda.not_stated")
    who = ", ".join(said.participants) or unstated
    by = ", ".join(said.organisers) or unstated
    head = t(
        "agenda.describe",
        kind=t(f"agenda.kind.{item.kind}"),
        when=f"{when}{basis}",
        time=said.time or unstated,
        place=said.place or unstated,
    )
    rest = t("agenda.people", who=who, by=by, section=said.section, source=source)
    title = f"{said.title}\n" if whole_title else ""
    return f"{title}{head}\n{said.summary}\n{rest}"
