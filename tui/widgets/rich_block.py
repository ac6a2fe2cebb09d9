"""A Rich renderable (the help's and the bridge's tables) drawn once for each width."""

from __future__ import annotations

from itertools import islice
from typing import cast

from rich.console import RenderableType
from rich.segment import Segment
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, RichVisual, Visual
from textual.widgets import Static

KEPT = 4
"""Drawings kept per block: a scroll area of automatic height measures its content at its full
width and again without the scroll bar's columns, then paints at one of them."""


class _DrawnOnce(RichVisual):
    """Textual's wrapper of a Rich renderable, keeping its lines for the last few widths.

    Textual draws a Rich renderable whole to count its lines (`get_height`, at every layout)
    and again to show it (`render_strips`): the help's two tables are drawn about four times
    each time it opens, and those draws were two thirds of the CPU an open cost
    (bench/startup_cpu.py, `help`). The lines for a width serve both."""

    def __init__(self, widget: Static, renderable: RenderableType) -> None:
        super().__init__(widget, renderable)
        self._owner = widget
        self.shows = renderable
        self._drawn: dict[tuple[int, Style], list[Strip]] = {}

    def _lines(self, width: int, style: Style) -> list[Strip]:
        key = (width, style)
        if key not in self._drawn:
            console = self._owner.app.console
            options = self._owner.app.console_options.update(highlight=False, width=width)
            renderable = self._owner.post_render(self._renderable, style.rich_style)
            segments = console.render(renderable, options)
            lines = Segment.split_and_crop_lines(segments, width, include_new_lines=False, pad=False)
            if len(self._drawn) >= KEPT:
                del self._drawn[next(iter(self._drawn))]
            self._drawn[key] = [Strip(line) for line in lines]
        return self._drawn[key]

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self._lines(width, self._owner.visual_style))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return list(islice(self._lines(width, style), None, height))


class RichBlock(Static):
    """A `Static` for a large Rich renderable (a table): laid out and painted from one drawing
    per width, drawn anew when `update` gives it another."""

    def __init__(self, renderable: RenderableType, *, id: str | None = None) -> None:
        super().__init__(renderable, id=id)
        self._once = _DrawnOnce(self, renderable)

    @property
    def visual(self) -> Visual:
        if self._once.shows is not self.content:
            self._once = _DrawnOnce(self, cast("RenderableType", self.content))
        return self._once
