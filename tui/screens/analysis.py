"""The tornado (`t`) for the selected cell: a dialog, closed with esc or t.

It only asks core (core/sensitivity.py, on the sweep engine) and prints what it says through
tui/analysis_text.py. (Goal seek, `g`, is a panel: tui/widgets/goal_seek.py.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from core import formats
from core.formats import general
from core.i18n import t
from tui.analysis_text import label_of, number, tornado_lines, unit_of
from tui.screens.styled_once import StyledOnce

if TYPE_CHECKING:
    from core.sensitivity import Sensitivity
    from core.sweep import Sweep


class TornadoScreen(StyledOnce, ModalScreen[None]):
    """Which input moves this cell most: each moved by the same share, both ways, ranked."""

    DEFAULT_CSS = """
    TornadoScreen { align: center middle; }
    TornadoScreen > VerticalScroll {
        width: 110; max-width: 98%; height: auto; max-height: 95%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    TornadoScreen .hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape", "close", t("binding.close")),
        Binding("t", "close", t("binding.close"), show=False),
    ]

    def __init__(self, sweep: Sweep, result: Sensitivity) -> None:
        super().__init__()
        self.sweep, self.result = sweep, result

    def compose(self) -> ComposeResult:
        r = self.result
        unit = unit_of(self.sweep, r.row)
        with VerticalScroll():
            yield Static(
                Text.assemble(
                    (t("tornado.title"), "bold"),
                    t(
                        "tornado.cell",
                        label=label_of(self.sweep, r.row),
                        year=r.year,
                        value=number(r.base, unit),
                        unit=formats.unit(unit),
                    ),
                )
            )
            if unknown := r.unknown(label_of(self.sweep, r.row)):
                yield Static(unknown, id="tornado-bars")
                yield Static(t("tornado.close"), classes="hint")
                return
            yield Static(t("tornado.hint", by=general(r.by)), classes="hint")
            yield Static(t("vary.as_edit"), classes="hint")
            names = max(len(e.series) for e in r.effects)
            room = min(40, self.app.size.width - names - 34)  # name, bars, "low .. high", borders
            yield Static("\n".join(tornado_lines(self.sweep, r, room)), id="tornado-bars")
            yield Static(t("tornado.close"), classes="hint")

    def action_close(self) -> None:
        self.dismiss(None)
