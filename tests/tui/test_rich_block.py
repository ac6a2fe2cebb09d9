"""A table in a `RichBlock` (the help's and the bridge's, tui/widgets/rich_block.py) reads as it
would in Textual's `Static`, is drawn once for a width where a `Static` draws it to measure and
again to paint, and shows another table after `update`."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Static

from tui.widgets.rich_block import RichBlock


class Counted:
    """A table that counts how often it is drawn."""

    def __init__(self, *rows: tuple[str, str]) -> None:
        self.draws = 0
        self.table = Table("key", "does", title="Keys", expand=True)
        for row in rows:
            self.table.add_row(*row)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        self.draws += 1
        yield self.table


ROWS = [("s", "save the edits into the scenario file, marked as what-ifs " * 2), ("q", "quit")]


class Side(App[None]):
    """The same table in a `Static` and in a `RichBlock`, in scroll areas of one size (the
    help's: the table taller than the area)."""

    CSS = "VerticalScroll { height: 8; width: 60; scrollbar-gutter: stable; }"

    def __init__(self) -> None:
        super().__init__()
        self.plain, self.once = Counted(*ROWS), Counted(*ROWS)

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self.plain, id="plain")
        with VerticalScroll():
            yield RichBlock(self.once, id="once")


def lines(widget: Widget) -> list[str]:
    return [strip.text for strip in widget.render_lines(Region(0, 0, *widget.size))]


async def test_a_rich_block_reads_as_a_static_and_is_drawn_once() -> None:
    app = Side()
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        plain, once = app.query_one("#plain"), app.query_one("#once")
        assert once.size == plain.size and once.size.height > 8  # measured alike; it scrolls
        assert lines(once) == lines(plain)
        assert "save the edits" in "".join(lines(once))
        assert app.plain.draws >= 2  # Textual's Static: once to measure, once to paint
        assert app.once.draws == 1


async def test_update_shows_the_new_table() -> None:
    app = Side()
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        block = app.query_one("#once", RichBlock)
        block.update(Counted(("x", "screenshot")))
        await pilot.pause()
        shown = "".join(lines(block))
        assert "screenshot" in shown and "save the edits" not in shown
        assert block.size.height < 8  # measured anew: the short table takes fewer lines
