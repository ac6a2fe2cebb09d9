"""The what-if log: each edit with its before/after headline figures, computed here by hand
from Table 1's 2024 column, and the screenshots with their inputs' hash, as markdown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core import confine
from core.engine import compute
from core.errors import NavotopError
from core.session import Session
from core.whatif_log import WhatIfLog, headline, to_markdown, write_markdown
from tests.conftest import REPO

AT = dt.datetime(2025, 6, 24, 14, 3, 9)

# Table 1's 2024 column in round terms: GDP (CPB = OECD) EUR 1,134,000 mln; excl. Ukraine 1.56%,
# Ukraine 0.23%, NATO's definition 0.27% of GDP more; deflators 100 (no price effect).
TABLE1 = REPO / "tests" / "fixtures" / "whatif" / "table1_2024.toml"
GDP = 1_134_000


def test_headline_figures_of_the_baseline_by_hand() -> None:
    figures = headline(compute(Session.open(TABLE1).scenario()), 2024)
    assert figures.nl_excl == pytest.approx(1.56)
    assert figures.nl_incl == pytest.approx(1.79)  # 1.56 + 0.23
    assert figures.nato == pytest.approx(2.06)  # 1.79 + 0.27
    gaps = {norm.label: gap for norm, gap in figures.shortfalls}
    assert gaps["NATO 2%"] == pytest.approx(0.02 * GDP - 0.0206 * GDP)  # -680.4: above it
    assert gaps["Dutch law 2%"] == pytest.approx(0.02 * GDP - 0.0156 * GDP)  # 4,989.6
    assert gaps["Capability 3.5%"] == pytest.approx(0.035 * GDP - 0.0206 * GDP)  # 16,329.6


def _session_with_two_edits() -> WhatIfLog:
    session = Session.open(TABLE1)
    log = WhatIfLog("Baseline")
    before = compute(session.scenario())
    session.apply("defence_excl_ukraine", 2024, 2.0)  # 1.56% -> 2.00% of CPB GDP
    after = compute(session.scenario())
    log.add(
        "edit", before=before, after=after, cell=("defence_excl_ukraine", 2024), old=1.56, new=2.0, now=AT
    )
    session.apply("ukraine_military", 2024, 0.5)  # 0.23% -> 0.50%
    third = compute(session.scenario())
    log.add("edit", before=after, after=third, cell=("ukraine_military", 2024), old=0.23, new=0.5, now=AT)
    log.add("screenshot", detail="exports/navotop-baseline.svg", inputs_hash="ab12cd34", now=AT)
    return log


def test_the_exported_log_holds_each_edit_with_its_figures_before_and_after() -> None:
    text = to_markdown(_session_with_two_edits(), "en")
    first, second = text.split("## 2.")[0], text.split("## 2.")[1]
    # the cell named and valued as the grid shows it: 1.56% and 2% of GDP 1,134,000 are
    # EUR 17,690.4 and 22,680 mln; the file's own values beside them (a tester found `1.56 -> 2`)
    assert (
        "## 1. 14:03:09 edit Defence excl. Ukr. 2024: EUR 17.7 bn -> EUR 22.7 bn"
        " (in the file: 1.56 -> 2 % of CPB GDP)" in first
    )
    # edit 1: excl. 1.56 -> 2.00; incl. 1.79 -> 2.23; NATO 2.06 -> 2.50 (2.00 + 0.23 + 0.27)
    assert "| Dutch method, excl. Ukraine | 1.56% | 2.00% |" in first
    assert "| Dutch method, incl. Ukraine | 1.79% | 2.23% |" in first
    assert "| NATO method | 2.06% | 2.50% |" in first
    # NATO 2%: 2.06 and 2.50 are above it (EUR 680 and 5,670 mln): met, as the grid says
    assert "| NATO 2%: met, or short by | met | met |" in first
    # Dutch law 2% excl. Ukraine: 2 - 1.56 = 0.44 pp, 22,680 - 17,690.4 = 4,989.6 mln -> met
    assert "| Dutch law 2%: met, or short by | 0.44 pp (EUR 5.0 bn) | met |" in first
    # 3.5%: 1.44 pp, 39,690 - 23,360.4 = 16,329.6 -> 1.00 pp, 39,690 - 28,350 = 11,340
    assert "| Capability 3.5%: met, or short by | 1.44 pp (EUR 16.3 bn) | 1.00 pp (EUR 11.3 bn) |" in first
    # edit 2: Ukraine 0.23 -> 0.50% of GDP (EUR 2,608.2 -> 5,670 mln): incl. 2.23 -> 2.50;
    # NATO 2.50 -> 2.77; excl. unchanged
    assert (
        " 14:03:09 edit Ukraine support 2024: EUR 2.6 bn -> EUR 5.7 bn"
        " (in the file: 0.23 -> 0.5 % of CPB GDP)" in second
    )
    assert "| Dutch method, excl. Ukraine | 2.00% | 2.00% |" in second
    assert "| Dutch method, incl. Ukraine | 2.23% | 2.50% |" in second
    assert "| NATO method | 2.50% | 2.77% |" in second
    # 3.5%: 11,340 -> 39,690 - 2.77% of GDP (31,411.8) = 8,278.2; 3.5 - 2.77 = 0.73 pp
    assert "| Capability 3.5%: met, or short by | 1.00 pp (EUR 11.3 bn) | 0.73 pp (EUR 8.3 bn) |" in second


def test_a_growth_edit_is_logged_in_percent_a_year() -> None:
    log = WhatIfLog("Baseline")
    log.add("edit", cell=("growth:gdp_cpb", 2026), old=3.53, new=2.53, now=AT)
    assert "edit GDP, CPB (growth) 2026: 3.53% a year -> 2.53% a year" in to_markdown(log, "en")
    assert "bbp, CPB (groei) 2026: 3,53% per jaar -> 2,53% per jaar" in to_markdown(log, "nl")


def test_the_exported_log_lists_screenshots_with_their_inputs_hash() -> None:
    text = to_markdown(_session_with_two_edits(), "en")
    screenshots = text.split("## Screenshots")[1]
    assert "- exports/navotop-baseline.svg: inputs hash ab12cd34, taken " in screenshots
    assert "## 3. 14:03:09 screenshot exports/navotop-baseline.svg (ab12cd34)" in text


def test_the_log_in_dutch() -> None:
    text = to_markdown(_session_with_two_edits(), "nl")
    assert "# Wat-als-logboek: Baseline" in text
    assert "## 1. 14:03:09 wijziging Def. excl. Oekraïne 2024: EUR 17,7 mld -> EUR 22,7 mld" in text
    assert "(in het bestand: 1,56 -> 2 % van het bbp volgens het CPB)" in text
    assert "| Nederlandse berekeningswijze, incl. Oekraïne | 1,79% | 2,23% |" in text
    assert "| NL-wet 2%: gehaald, of tekort | 0,44 %-punt (EUR 5,0 mld) | gehaald |" in text
    assert "invoer-hash ab12cd34" in text


def test_an_empty_log_says_so() -> None:
    text = to_markdown(WhatIfLog("Baseline"), "en")
    assert "Nothing logged yet." in text
    assert "No screenshots taken." in text


def test_a_pipe_in_a_name_does_not_break_the_table() -> None:
    log = WhatIfLog("a | b")
    log.add("open", detail="x|y.toml", now=AT)
    text = to_markdown(log, "en")
    assert "# What-if log: a \\| b" in text
    assert "open x\\|y.toml" in text


def test_writing_the_log_makes_a_new_file_each_time(tmp_path: Path) -> None:
    log = _session_with_two_edits()
    first = write_markdown(log, tmp_path / "exports", "Baseline: Table 1", now=AT)
    second = write_markdown(log, tmp_path / "exports", "Baseline: Table 1", now=AT)
    assert first.name == "navotop-log-baseline-table-1-20250624-140309.md"
    assert second != first and second.exists()
    assert first.read_text(encoding="utf-8") == to_markdown(log)


def test_writing_the_log_outside_the_served_folder_is_refused(tmp_path: Path) -> None:
    confine.set_roots([tmp_path / "served"])
    with pytest.raises(NavotopError, match="outside"):
        write_markdown(WhatIfLog("x"), tmp_path / "elsewhere", "x", now=AT)
    assert not (tmp_path / "elsewhere").exists()
