"""The chart's plot: plotext drawing one `core.chart.Chart`, with a letter per series.

A module of its own so that plotext (textual-plotext) is imported when the chart pane is first
opened, not before the first paint (tui/widgets/share_chart.py makes it then).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from textual.app import RenderResult
from textual_plotext import PlotextPlot

from core.formats import general, number
from core.i18n import t

if TYPE_CHECKING:  # core.chart loads the engine and polars
    from core.chart import Chart, Line

_STYLE: dict[tuple[str, str], tuple[str, str]] = {
    ("share", "share_nl_excl"): ("e", "blue"),
    ("share", "share_nl_incl"): ("i", "cyan"),
    ("share", "share_nato"): ("N", "red"),
    ("compared", "share_nl_excl"): ("1", "gray"),
    ("compared", "share_nl_incl"): ("2", "gray"),
    ("compared", "share_nato"): ("3", "magenta"),
}
"""(kind, row) -> (marker, colour). Letters: e excl., i incl., N NATO; digits for the compared
scenario's three; paths are drawn with `p`."""
_PATH = ("p", "green")
_NORM_COLOUR = "orange"


class ShareChart(PlotextPlot):
    """A plotext chart of one `Chart`; empty (with a note) until it gets one."""

    DEFAULT_CSS = """
    ShareChart { width: 1fr; height: 1fr; min-height: 8; }
    """
    can_focus = True
    """Focusable, so that the pane it is in shows as the one in use."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.chart: Chart | None = None
        self.legend = ""
        """Which letter is which series, and where the norm lines are: shown under the chart."""

    def show_chart(self, chart: Chart) -> None:
        """Draw `chart` from the next frame on."""
        self.chart = chart
        marks = " · ".join(dict.fromkeys(self._legend(line) for line in chart.lines))
        norms = ", ".join(f"{general(n)}%" for n in chart.norms)
        self.legend = t("chart.legend", title=chart.title, marks=marks, norms=norms)
        self.refresh()

    @staticmethod
    def _legend(line: Line) -> str:
        if line.kind == "path":
            return t("chart.paths", mark=_PATH[0])
        return f"{_STYLE[line.kind, line.row][0]} {line.label}"

    def render(self) -> RenderResult:
        plt = self.plt
        plt.clear_figure()
        chart = self.chart
        if chart is None:
            plt.title(t("chart.empty"))
            return super().render()
        years = list(chart.years)
        for norm in chart.norms:
            plt.hline(norm, _NORM_COLOUR)
            plt.text(f"{general(norm)}%", x=years[-1], y=norm, color=_NORM_COLOUR, alignment="right")
        for line in sorted(chart.lines, key=lambda line: line.kind != "compared"):  # own on top
            self._draw(line, years)
        plt.xticks([float(y) for y in years], [str(y) for y in years])
        top = max([*chart.norms, *(v for line in chart.lines for v in line.values if v is not None)])
        plt.ylim(0, top * 1.08)
        step = 10 ** math.floor(math.log10(top)) if top > 0 else 1.0  # 1 point for shares up to 10%
        ticks = [i * step for i in range(int(top * 1.08 / step) + 1)]
        places = max(0, -math.floor(math.log10(step)))
        plt.yticks(ticks, [number(tick, places) + "%" for tick in ticks])  # 1.000%, not 1000.0, in Dutch
        return super().render()

    def _draw(self, line: Line, years: list[int]) -> None:
        marker, colour = _PATH if line.kind == "path" else _STYLE[line.kind, line.row]
        points = [(y, v) for y, v in zip(years, line.values, strict=True) if v is not None]
        if not points:
            return
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        if len(points) == 1:
            self.plt.scatter(xs, ys, marker=marker, color=colour)
        else:
            self.plt.plot(xs, ys, marker=marker, color=colour)
