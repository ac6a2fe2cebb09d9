"""The bridge as shown: figures that add up as printed, and words where NATO's figure is unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.bridge import Bridge, BridgeStep, bridge
from core.engine import Result, compute
from core.scenario import load_scenario
from tests.conftest import BASELINE


@pytest.fixture(scope="module")
def baseline() -> Result:
    return compute(load_scenario(Path(BASELINE)))


def test_2024_is_shown_at_three_decimals_where_the_shown_figures_add_up(baseline: Result) -> None:
    b = bridge(baseline, 2024)
    # at 2 decimals 1.79 + 0.09 - 0.04 + 0.21 = 2.05, not NATO's 2.06; at 3 they add up
    assert b.decimals() == 3
    assert "The steps add up, as shown (3 decimals): 1.790 + 0.092 - 0.037 + 0.215 = 2.060." in b.closing()


def step(points: float) -> BridgeStep:
    return BridgeStep("s", "step", points, "", (), ())


def test_when_no_precision_adds_up_the_figures_are_said_to_be_rounded() -> None:
    # 0.33333 three times: 0.99 / 0.999 / 0.9999 shown against 1.00 / 1.000 / 1.0000
    b = Bridge(2024, 0.0, (step(0.33333), step(0.33333), step(0.33333)), 0.99999)
    assert b.closes and b.decimals() is None and b.shown_decimals() == 3
    assert "rounded to 3 decimals; before rounding, the steps add up exactly" in b.closing()


def test_a_year_without_natos_figure_says_so_once_and_cites_nothing_missing(baseline: Result) -> None:
    b = bridge(baseline, 2026)
    assert not b.known
    assert b.closing() == (
        "NATO's figure for 2026 is unknown: NATO publishes no multi-year figures by its method"
        " (the letter's footnote 11, under Table 1), so there is no bridge to it for 2026."
    )
    gdp = next(s for s in b.steps if s.id == "bridge_gdp_source")
    assert "gdp_oecd: unknown for 2026" in gdp.sources
    assert not any(source.startswith("gdp_oecd: nato") for source in gdp.sources)
