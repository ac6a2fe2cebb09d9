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
    ("share", "share_nl_excl"): ("x", "blue"),
    ("share", "share_nl_incl"): ("i", "cyan"),
    ("share", "share_nato"): ("N", "red"),
    ("compared", "share_nl_excl"): ("1", "gray"),
    ("compared", "share_nl_incl"): ("2", "gray"),
    ("compared", "share_nato"): ("3", "magenta"),
}
"""(kind, row) -> (marker, colour). Letters: x excl., i incl., N NATO; digits for the compared
scenario's three; paths are drawn with `p`. None is a letter the grid puts after a value (e a d
c w, core.export.MARKS) nor a flag (* !): a reader who learnt there that `e` is an estimate
must not meet an `e` meaning "excl." here (a tester did)."""
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
        marks = " · ".join(dict.fromkeys(self._legend(line, chart.years) for line in chart.lines))
        norms = ", ".join(f"{general(n)}%" for n in chart.norms)
        self.legend = t("chart.legend", title=chart.title, marks=marks, norms=norms)
        self.refresh()

    @staticmethod
    def _legend(line: Line, years: tuple[int, ...]) -> str:
        from core.chart import legend_label  # loaded already: the chart came from it

        if line.kind == "path":
            return t("chart.paths", mark=_PATH[0])
        return f"{_STYLE[line.kind, line.row][0]} {legend_label(line, years)}"

    def render(self) -> RenderResult:
        plt = self.plt
        plt.clear_figure()
        chart = self.chart
        if chart is None:
            plt.title(t("chart.empty"))
            return super().render()
        years = list(chart.years)
        values = [v for line in chart.lines for v in line.values if v is not None]
        low, high = self._y_range(values, list(chart.norms))
        shown = [n for n in chart.norms if low <= n <= high]
        for norm in shown:
            plt.hline(norm, _NORM_COLOUR)
            plt.text(f"{general(norm)}%", x=years[-1], y=norm, color=_NORM_COLOUR, alignment="right")
        above = [f"{general(n)}%" for n in chart.norms if n > high]
        if above:  # the norms the zoom leaves out, said where they are
            plt.text("↑ " + ", ".join(above), x=years[-1], y=high, color=_NORM_COLOUR, alignment="right")
        for line in sorted(chart.lines, key=lambda line: line.kind != "compared"):  # own on top
            self._draw(line, years)
        plt.xticks([float(y) for y in years], [str(y) for y in years])
        plt.ylim(low, high)
        step = _tick_step(high - low, max(2, self._plot_rows() // 2))
        ticks = [i * step for i in range(math.ceil(low / step - 1e-9), math.floor(high / step + 1e-9) + 1)]
        places = max(0, -math.floor(math.log10(step)))
        plt.yticks(ticks, [number(tick, places) + "%" for tick in ticks])  # 1.000%, not 1000.0, in Dutch
        return super().render()

    def _plot_rows(self) -> int:
        """The rows plotext has for the plot: the widget's, less its frame and the years' row."""
        return max(1, self.size.height - 3)

    def _y_range(self, values: list[float], norms: list[float]) -> tuple[float, float]:
        """From 0 to above the highest norm, when the lines' spread then takes at least four rows;
        otherwise (a short pane: at 120x40 the chart has seven rows for 0-5.4%, and the three
        shares, all near 2%, fell on one row, `x` hidden under `i` and `N`) zoomed in on the
        lines, with the norms inside that range drawn and those above named at the top."""
        if not values:
            return 0.0, max([*norms, 1.0]) * 1.08
        top = max([*norms, *values]) * 1.08
        low, high = min(values), max(values)
        if (high - low) * self._plot_rows() / top >= 4 or high == low:
            return 0.0, top
        near = [n for n in norms if low - 0.2 * (high - low) <= n <= high + 0.2 * (high - low)]
        low, high = min([low, *near]), max([high, *near])
        pad = 0.1 * (high - low)
        return max(0.0, low - pad), high + pad

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


def _tick_step(span: float, most: int) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving at most `most` ticks over `span`."""
    raw = span / most if span > 0 else 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    return float(next(f * power for f in (1, 2, 5, 10) if f * power >= raw))
