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


def test_in_dutch_each_input_cites_its_source_by_its_title_and_says_its_note_in_dutch(
    baseline: Result,
) -> None:
    """The note is said in Dutch (the file's `note_nl`); a source's title stays as published,
    marked as a title."""
    from core import formats

    formats.set_language("nl")
    gdp = next(s for s in bridge(baseline, 2024).steps if s.id == "bridge_gdp_source")
    assert gdp.sources[0] == (
        "gdp_cpb: uit “OECD Economic Surveys: Netherlands 2025, 'Basic statistics of the Netherlands, 2024'”"
        " (Aanname: voor het gerealiseerde jaar 2024 is het niveau van het CPB gelijk aan de EUR 1.134,0 mld"
        " die de OESO meldt (beide rusten op de nationale rekeningen van het CBS).)"
    )
    english = {
        cell.note for cells in baseline.scenario.inputs.values() for cell in cells.values() if cell.note
    }
    for step in bridge(baseline, 2024).steps:
        for source in step.sources:
            assert not any(note in source for note in english), source
    formats.set_language("en")
    gdp = next(s for s in bridge(baseline, 2024).steps if s.id == "bridge_gdp_source")
    assert gdp.sources[0].startswith("gdp_cpb: from “OECD Economic Surveys: Netherlands 2025")
    assert gdp.sources[0].endswith(
        "(Assumption: for the realised year 2024, CPB's level equals the EUR 1,134.0 bn OECD reports"
        " (both rest on CBS national accounts).)"
    )


def test_an_input_without_a_source_says_what_it_rests_on_in_the_language_shown(tmp_path: Path) -> None:
    from core import formats

    path = tmp_path / "mine.toml"
    path.write_text(
        f'schema = 1\n[scenario]\nname = "Mine"\nextends = "{BASELINE}"\n'
        '[inputs.gdp_oecd]\nunit = "EUR mln"\n2024 = 1080000\n',
        encoding="utf-8",
    )
    result = compute(load_scenario(path))
    formats.set_language("nl")
    gdp = next(s for s in bridge(result, 2024).steps if s.id == "bridge_gdp_source")
    assert "gdp_oecd: aanname" in gdp.sources
    formats.set_language("en")
    gdp = next(s for s in bridge(result, 2024).steps if s.id == "bridge_gdp_source")
    assert "gdp_oecd: assumption" in gdp.sources


def test_an_input_that_takes_its_default_says_so_in_the_language_shown(tmp_path: Path) -> None:
    from core import formats

    path = tmp_path / "bare.toml"
    path.write_text(
        'schema = 1\n[scenario]\nname = "Bare"\nyears = [2024, 2024]\n'
        "[inputs.gdp_cpb]\n2024 = 1134000\n[inputs.gdp_oecd]\n2024 = 1078365\n"
        "[inputs.defence_excl_ukraine]\n2024 = 19000\n",
        encoding="utf-8",
    )
    result = compute(load_scenario(path))
    formats.set_language("nl")
    prices = next(s for s in bridge(result, 2024).steps if s.id == "bridge_prices")
    assert [s.split(":")[0] for s in prices.sources] == ["deflator_defence", "deflator_gdp"]
    assert all(": standaard " in s and "default" not in s for s in prices.sources), prices.sources
