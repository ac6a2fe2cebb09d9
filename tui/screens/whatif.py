"""The what-if log on screen: what was tried this session, with the headline figures before and
after each step. The log itself (and its markdown for the minutes) is core's; this only shows it."""

from __future__ import annotations

from collections.abc import Callable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from core import formats
from core.i18n import t
from core.whatif_log import Entry, WhatIfLog, entry_line


def log_table(log: WhatIfLog) -> Table:
    """One row per entry: time, event and cell, then each headline share before -> after."""
    table = Table(expand=True, show_edge=False, pad_edge=False)
    table.add_column(t("log.col.what"), ratio=3, overflow="fold")
    for key in ("log.fig.nl_excl", "log.fig.nl_incl", "log.fig.nato"):
        table.add_column(t(key), ratio=1, justify="right", overflow="fold")
    for entry in log.entries:
        table.add_row(Text(entry_line(entry)), *_changes(entry))
    return table


def _changes(entry: Entry) -> list[str]:
    if entry.before is None and entry.after is None:
        return ["", "", ""]

    def pair(get: str) -> str:
        was, now = (None if h is None else getattr(h, get) for h in (entry.before, entry.after))
        return f"{formats.value(was, formats.SHARE)} -> {formats.value(now, formats.SHARE)}"

    return [pair("nl_excl"), pair("nl_incl"), pair("nato")]


class WhatIfLogScreen(ModalScreen[None]):
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
                yield Static(log_table(self.whatif) if self.whatif.entries else Text(t("log.empty")))
            yield Static(Text(t("log.hint", key=self.export_key)), id="log-hint")

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)

    def action_export(self) -> None:
        """The same as W on the main screen: write the log as markdown (the app says where)."""
        self.on_export()
