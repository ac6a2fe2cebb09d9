"""The what-if log on screen gives every value its unit as the grid does, and none to an unknown
one: a tester read `NATO unknown -> unknown%` and bare `1.56 -> 2` in the log."""

from __future__ import annotations

import datetime as dt
import io

from rich.console import Console

from core.whatif_log import Entry, Headline, WhatIfLog
from tui.screens.whatif import log_text

AT = dt.datetime(2025, 6, 24, 14, 3, 9)


def shown(log: WhatIfLog) -> str:
    console = Console(width=120, file=io.StringIO(), color_system=None)
    console.print(log_text(log))
    return " ".join(console.file.getvalue().split())  # type: ignore[attr-defined]


def test_an_unknown_share_has_no_unit_and_a_known_one_has() -> None:
    before = Headline(2026, 2.0, 2.21, None, ())
    after = Headline(2026, 2.2, 2.41, None, ())
    log = WhatIfLog("Baseline", [Entry(AT, "edit", ("share_nl_excl", 2026), 2.0, 2.2, before, after)])
    text = shown(log)
    assert "Dutch excl. 2.00 -> 2.20% · incl. 2.21 -> 2.41% · NATO unknown -> unknown" in text
    assert "unknown%" not in text


def test_a_growth_edit_on_screen_says_percent_a_year() -> None:
    log = WhatIfLog("Baseline")
    log.add("edit", cell=("growth:gdp_cpb", 2026), old=3.53, new=2.53, now=AT)
    assert "14:03:09 edit GDP, CPB (growth) 2026: 3.53% a year -> 2.53% a year" in shown(log)
