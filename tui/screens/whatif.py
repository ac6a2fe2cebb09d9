"""The what-if log on screen: what was tried this session, with the headline figures before and
after each step. The log itself (and its markdown for the minutes) is core's; this only shows it."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from core import formats
from core.i18n import t
from core.whatif_log import Entry, WhatIfLog, entry_line
from tui.screens.styled_once import StyledOnce


def log_text(log: WhatIfLog) -> Group:
    """Each entry as a line (time, event, cell: old -> new, and what it involved), then, indented
    under it, the headline shares before -> after, the ones it changed in bold. Lines wrap to the
    width there is (the figures keep their indent), so at 80 columns nothing is cut off (a table
    of four columns was)."""
    parts: list[Text | Padding] = []
    for entry in log.entries:
        parts.append(Text(entry_line(entry)))
        figures = _changes(entry)
        if figures.plain:
            parts.append(Padding(figures, (0, 0, 0, 3)))
    return Group(*parts)


def _changes(entry: Entry) -> Text:
    """`Dutch excl. 1.56 -> 1.59% · incl. 1.79 -> 1.82% · NATO 2.06 -> 2.06%` (of GDP)."""
    if entry.before is None and entry.after is None:
        return Text()
    parts = []
    for get, key in (
        ("nl_excl", "log.short.nl_excl"),
        ("nl_incl", "log.short.nl_incl"),
        ("nato", "log.short.nato"),
    ):
        was, now = (None if h is None else getattr(h, get) for h in (entry.before, entry.after))
        pair = _pair(was, now)
        parts.append(Text.assemble(t(key) + " ", (pair, "bold" if was != now else "")))
    return Text(" · ").join(parts)


def _pair(was: float | None, now: float | None) -> str:
    """`1.56 -> 1.59%`: the `%` after the last number, never after the word for an unknown
    figure (`2.06% -> unknown`, `unknown -> unknown`)."""
    left, right = formats.value(was, formats.SHARE), formats.value(now, formats.SHARE)
    if now is not None:
        return f"{left} -> {right}%"
    return f"{left}{'' if was is None else '%'} -> {right}"


class WhatIfLogScreen(StyledOnce, ModalScreen[None]):
    """The log, newest last; esc closes it."""

    DEFAULT_CSS = """
    WhatIfLogScreen { align: center middle; }
    WhatIfLogScreen > Vertical {
        width: 95%;
        height: 85%;
        border: thick $primary;
        background: $surface;
        padding: 0 1;
    }
    WhatIfLogScreen #log-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape", "dismiss", t("binding.close")),
        Binding("L", "dismiss", t("binding.close"), show=False),  # the key that opened it, as t
        Binding("W", "export", t("binding.write_log")),
    ]

    def __init__(self, log: WhatIfLog, export_key: str, on_export: Callable[[], None]) -> None:
        super().__init__()
        self.whatif = log
        self.export_key = export_key
        self.on_export = on_export

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(t("log.title", scenario=self.whatif.scenario), style="bold"))
            with VerticalScroll():
                yield Static(log_text(self.whatif) if self.whatif.entries else Text(t("log.empty")))
            yield Static(Text(t("log.hint", key=self.export_key)), id="log-hint")

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)

    def action_export(self) -> None:
        """The same as W on the main screen: write the log as markdown (the app says where)."""
        self.on_export()
