"""The agenda pane: the summit's programme as a tree by day, with the highlighted item's details."""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static, Tree

from core.formats import day_heading
from core.i18n import t

if TYPE_CHECKING:  # core.model is for types here: it loads after the first frame
    from core.document import Summit
    from core.model import AgendaItem


class AgendaPane(Vertical):
    """Days, then the items of each day; the line below says what, who, where and from where."""

    summit: Summit | None = None

    DEFAULT_CSS = """
    AgendaPane Tree { height: 1fr; }
    AgendaPane #agenda-detail-scroll { height: auto; max-height: 50%; }
    AgendaPane #agenda-detail { height: auto; color: $text-muted; }
    """

    def compose(self) -> ComposeResult:
        tree: Tree[AgendaItem | None] = Tree(t("agenda.root"), id="agenda-tree")
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
        for day, group in groupby(summit.agenda, key=lambda i: i.date):
            node = tree.root.add(day_heading(day), expand=True, data=None)
            for item in group:
                said = item.words()
                time = f" ({said.time})" if said.time else ""
                node.add_leaf(f"{said.title}{time}", data=item)

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[AgendaItem | None]) -> None:
        item = event.node.data
        shown = describe(item, self.summit.cite(item.source)) if item and self.summit else ""
        self.query_one("#agenda-detail", Static).update(shown)

    def select(self, item_id: str) -> None:
        """Move the cursor to an agenda item (from the command palette)."""
        tree = self.query_one(Tree)
        for day in tree.root.children:
            for node in day.children:
                if node.data is not None and node.data.id == item_id:
                    tree.move_cursor(node)
                    tree.focus()
                    return


def describe(item: AgendaItem, source: str) -> str:
    """Kind, when, where, who, and the letter's section for one agenda item, in the language
    shown; `source` is how its source is cited."""
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
    return f"{head}\n{said.summary}\n{rest}"
