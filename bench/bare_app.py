"""A bare Textual app with the same widgets as navotop and no navotop code: the yardstick for
navotop's time to first paint. Where navotop uses a widget of its own (the calculation grid),
this app uses the stock widget that does the same job (a DataTable). It shows one row reading
"Measures" so both apps can be timed to the same visible marker."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Container, Vertical
from textual.widgets import DataTable, Footer, Header, Input, Static, Tab, Tabs, Tree


class BareApp(App[None]):
    BINDINGS = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Tabs(Tab("1", id="a"), Tab("2", id="b"), Tab("3", id="c"))
        with Container():
            tree: Tree[None] = Tree("agenda")
            tree.root.add_leaf("item")
            yield tree
            with Vertical():
                yield Input()
                yield DataTable(id="commitments")
                yield Static("")
            with Vertical():
                yield DataTable(id="calc")
                yield Input()
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
