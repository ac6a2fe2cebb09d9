"""The chart view: shares per year by both methods, the norm lines and the paths to them.

Drawn with Textualize's textual-plotext (checked with the pinned Textual 8.2.8: it renders, takes
the app's theme, and its output is plain text with ANSI colours, so it appears in SVG
screenshots). Every series has its own marker letter as well as its colour, and every norm line
its label, so the chart reads the same with NO_COLOR and in 16 colours. It draws a `core.chart.
Chart` and nothing else; the app hands it a new one whenever the result changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

if TYPE_CHECKING:  # imported before the first paint: core.chart loads the engine and polars
    from core.chart import Chart
    from tui.widgets.share_plot import ShareChart


class ChartPane(Vertical):
    """The chart and, under it, its legend: which letter is which series.

    The plot itself is made the first time the pane is shown (`open`): plotext costs ~30 ms to
    import and its widget a layout, which the first paint and every edit would otherwise pay
    for a pane most sessions never open. Until then `show` only keeps the newest chart.
    """

    DEFAULT_CSS = """
    ChartPane ShareChart { height: 1fr; }
    ChartPane #chart-legend { height: auto; color: $text-muted; padding: 0 1; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.chart: Chart | None = None
        """The newest chart handed over: drawn now when the plot exists, else on `open`."""
        self.plot: ShareChart | None = None
        """The plot, once the pane has been opened."""

    def compose(self) -> ComposeResult:
        yield Static("", id="chart-legend")

    def open(self) -> ShareChart:
        """Make the plot (once) and draw the newest chart: called when the pane is shown."""
        from tui.widgets.share_plot import ShareChart

        plot = self.plot
        if plot is None:
            plot = self.plot = ShareChart()
            self.mount(plot, before="#chart-legend")
            if self.chart is not None:
                self._draw(plot, self.chart)
        return plot

    def show(self, chart: Chart) -> None:
        """Draw `chart` (from the next frame on) when the plot exists; keep it for `open`."""
        self.chart = chart
        plot = self.plot
        if plot is not None:
            self._draw(plot, chart)

    def _draw(self, plot: ShareChart, chart: Chart) -> None:
        plot.show_chart(chart)
        legend = self.query_one("#chart-legend", Static)
        if str(legend.content) != plot.legend:  # a new legend lays the pane out again
            legend.update(plot.legend)
