"""A bare Textual app with the same widgets as navotop and no navotop code: the yardstick for
navotop's time to first paint.

Same widgets means the same tree: header, tabs, three panes (a tree with a text line; a filter
field, a table and a text line; a table with two text lines), an error line and a footer with
the same keys (each key in the footer is a widget of its own). Where navotop uses a widget of
its own, this app uses the stock widget that does the same job: a DataTable for the calculation
grid, Textual's Header and Footer for navotop's one-widget title bar and footer (since
2026-11-30; this app is unchanged, so a ratio under 1 is navotop drawing fewer widgets than
the stock ones, and the tabs, which navotop makes only below 100 columns). It shows one row
reading "Measures" so both apps can be timed to the same marker.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical
from textual.widgets import DataTable, Footer, Header, Input, Static, Tab, Tabs, Tree

_KEYS = [("e", "Edit"), ("1", "Agenda"), ("2", "Commitments"), ("3", "Table"), ("o", "Open")]
_KEYS += [("x", "Screenshot"), ("question_mark", "Help")]


class BareApp(App[None]):
    # One action per key: the footer shows one key per distinct action.
    BINDINGS = [Binding(key, f"noop({i})", label) for i, (key, label) in enumerate(_KEYS)]
    BINDINGS += [Binding("q", "quit", "Quit")]

    def action_noop(self, index: int) -> None:
        """The keys only have to be in the footer."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Tabs(Tab("1", id="a"), Tab("2", id="b"), Tab("3", id="c"))
        with Container():
            with Vertical():
                tree: Tree[None] = Tree("agenda")
                tree.root.add_leaf("item")
                yield tree
                yield Static("")
            with Vertical():
                yield Input()
                yield DataTable(id="commitments")
                yield Static("")
            with Vertical():
                yield DataTable(id="calc")
                yield Static("verdict")
                yield Static("detail")
        yield Static("")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#calc", DataTable)
        table.add_columns("row", "unit", "2024")
        table.add_row("Measures", "", "")


if __name__ == "__main__":
    BareApp().run()
