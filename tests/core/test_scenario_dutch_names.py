"""A scenario's name and description in Dutch (`name_nl`, `description_nl`): shown when navotop
speaks Dutch, checked like the rest of the file, optional for a user's own files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.errors import NavotopError
from core.paths import scenarios_dir
from core.scenario import load_scenario
from tests.conftest import WriteScenario


def test_every_bundled_scenario_has_its_name_and_description_in_dutch() -> None:
    for path in sorted(scenarios_dir().glob("*.toml")):
        scenario = load_scenario(path)
        assert scenario.name_nl and scenario.description_nl, path.name
        assert scenario.shown_name("nl") == scenario.name_nl != scenario.name
        assert scenario.shown_name("en") == scenario.name
        assert scenario.shown_description("nl") == scenario.description_nl
    baseline = load_scenario(scenarios_dir() / "baseline.toml")
    assert baseline.shown_name("nl") == "Basislijn: Tabel 1 van de brief"


def test_a_file_in_one_language_shows_what_it_has(write_scenario: WriteScenario) -> None:
    path = write_scenario(
        f"""
        schema = 1
        [scenario]
        name = "Mijn variant"
        extends = "{scenarios_dir() / "baseline.toml"}"
        """
    )
    scenario = load_scenario(path)
    assert scenario.shown_name("nl") == scenario.shown_name("en") == "Mijn variant"
    assert scenario.name_nl is None  # not inherited: the parent's Dutch name is another file's


def test_a_dutch_name_of_the_wrong_type_is_named_at_file_line_col(write_scenario: WriteScenario) -> None:
    path = write_scenario(
        f"""
        schema = 1
        [scenario]
        name = "GDP lower"
        name_nl = 3
        description_nl = ["Bbp lager"]
        extends = "{scenarios_dir() / "baseline.toml"}"
        """
    )
    with pytest.raises(NavotopError) as caught:
        load_scenario(path)
    messages = [str(p) for p in caught.value.problems]
    assert f"{path}:4:1: name_nl must be a string, not int" in messages
    assert f"{path}:5:1: description_nl must be a string, not an array" in messages


# ---- the notes of inputs and growth (`note_nl`): shown in the detail line and the bridge


def _notes(path: Path) -> list[tuple[str, str | None, str | None]]:
    """(where, English, Dutch) of every input's and adjustment's note the file itself gives."""
    scenario = load_scenario(path)
    out = [
        (f"{series} {year}", cell.note, cell.note_nl)
        for series, cells in scenario.inputs.items()
        for year, cell in cells.items()
        if cell.origin.path == path and cell.status != "what-if"
    ]
    out += [(a.describe(), a.note, a.note_nl) for a in scenario.adjustments if a.origin.path == path]
    return out


def test_every_note_of_a_bundled_scenario_has_its_dutch_twin_written_the_dutch_way() -> None:
    """The bundled files are read by Dutch users: each note has its Dutch, which reads as Dutch
    and writes numbers as the letter does (1,79%, not 1.79%)."""
    seen = 0
    for path in sorted(scenarios_dir().glob("*.toml")):
        for where, english, dutch in _notes(path):
            if english is None:
                continue
            seen += 1
            assert dutch and dutch != english, (path.name, where)
            assert re.search(r"\b(de|het|een|van|en|op|voor|met|geen|na)\b", dutch), (path.name, dutch)
            assert not re.search(r"\d\.\d(?!\d\d)", dutch), (path.name, dutch)  # 1.79 is English
    assert seen >= 24  # every file's notes were looked at (baseline alone has 8)


def test_a_note_is_shown_in_the_language_asked_and_as_written_where_there_is_one() -> None:
    baseline = load_scenario(scenarios_dir() / "baseline.toml")
    cell = baseline.inputs["gdp_cpb"][2024]
    assert cell.said_note("en") == cell.note
    assert cell.said_note("nl") == (
        "Aanname: voor het gerealiseerde jaar 2024 is het niveau van het CPB gelijk aan de EUR 1.134,0 mld"
        " die de OESO meldt (beide rusten op de nationale rekeningen van het CBS)."
    )
    growth = next(a for a in baseline.adjustments if a.start == 2026)
    assert growth.said_note(
        "nl",
    ).startswith("Nominale groei: de reële groei van 1,5%")


def test_a_users_note_in_one_language_is_shown_as_written(write_scenario: WriteScenario) -> None:
    path = write_scenario(
        f"""
        schema = 1
        [scenario]
        name = "Mine"
        extends = "{scenarios_dir() / "baseline.toml"}"
        [inputs.ukraine_military]
        unit = "% of gdp_cpb"
        note = "Mijn eigen aanname."
        2027 = 0.2
        """
    )
    cell = load_scenario(path).inputs["ukraine_military"][2027]
    assert cell.said_note("nl") == cell.said_note("en") == "Mijn eigen aanname."


def test_a_dutch_note_without_its_english_or_not_a_string_is_named_at_file_line_col(
    write_scenario: WriteScenario,
) -> None:
    path = write_scenario(
        f"""
        schema = 1
        [scenario]
        name = "Mine"
        extends = "{scenarios_dir() / "baseline.toml"}"
        [inputs.ukraine_military]
        unit = "% of gdp_cpb"
        note_nl = "Alleen in het Nederlands."
        2027 = 0.2
        [[adjust]]
        series = "gdp_cpb"
        from = 2027
        growth = 2.0
        note = "Two points."
        note_nl = 2
        """
    )
    with pytest.raises(NavotopError) as caught:
        load_scenario(path)
    messages = [str(p) for p in caught.value.problems]
    assert f"{path}:7:1: note_nl without note: write the English too" in messages
    assert f"{path}:14:1: note_nl must be a string, not int" in messages


def test_the_detail_line_in_dutch_says_the_notes_in_dutch_and_marks_the_title() -> None:
    from core import formats
    from core.engine import compute
    from core.session import growth_row
    from core.table import detail, layout

    formats.set_language("nl")
    table = layout(compute(load_scenario(scenarios_dir() / "baseline.toml")))
    gdp = detail(table, "gdp_cpb", 2024)
    assert "uit “OECD Economic Surveys: Netherlands 2025, 'Basic statistics of the Netherlands, 2024'”" in gdp
    assert "; Aanname: voor het gerealiseerde jaar 2024 is het niveau van het CPB gelijk aan" in gdp
    assert "Assumption" not in gdp
    growth = detail(table, growth_row("gdp_cpb"), 2026)
    assert "Nominale groei: de reële groei van 1,5% voor 2026 volgens het CPB" in growth
    assert "“CPB, Centraal Economisch Plan 2025 (February 2025)”" in growth
    assert "Nominal growth" not in growth


def test_the_detail_line_of_an_input_the_file_leaves_out_says_its_default_in_dutch() -> None:
    """related_security is absent from the baseline: its detail says what stands in, in words
    (`standaard onbekend`), not the engine's `default unknown`."""
    from core import formats
    from core.engine import compute
    from core.table import detail, layout

    formats.set_language("nl")
    table = layout(compute(load_scenario(scenarios_dir() / "baseline.toml")))
    said = detail(table, "related_security", 2024)
    assert said.startswith(
        "Defensie- en veiligheidsgerelateerde uitgaven 2024 = onbekend: standaard onbekend"
    )
    assert "default" not in said


# ---- milestones (`[milestones_nl]`): a Dutch screen read "2029: Hague review of trajectory..."


def test_a_milestone_is_said_in_the_language_shown_and_a_twin_never_stands_alone(
    write_scenario: WriteScenario,
) -> None:
    hague = load_scenario(scenarios_dir() / "hague-2035.toml")
    assert hague.said_milestone(2029, "en") == "Hague review of trajectory and balance"
    assert hague.said_milestone(2029, "nl") == "Haagse herziening van traject en balans"
    assert hague.said_milestone(2035, "nl") == "Haags doeljaar"
    assert hague.said_milestone(2030, "nl") is None
    path = write_scenario(
        f"""
        schema = 1
        [scenario]
        name = "Mine"
        extends = "{scenarios_dir() / "hague-2035.toml"}"
        [milestones]
        2029 = "My own review"
        [milestones_nl]
        2033 = "Zonder Engels"
        """
    )
    with pytest.raises(NavotopError) as caught:
        load_scenario(path)
    messages = [str(p) for p in caught.value.problems]
    assert (
        f"{path}:8:1: milestones_nl: 2033 has no milestone in [milestones] of this file to be the Dutch of"
        in messages
    )


def test_a_childs_own_milestone_replaces_its_parents_dutch_too(write_scenario: WriteScenario) -> None:
    path = write_scenario(
        f"""
        schema = 1
        [scenario]
        name = "Mine"
        extends = "{scenarios_dir() / "hague-2035.toml"}"
        [milestones]
        2029 = "My own review"
        """
    )
    mine = load_scenario(path)
    assert mine.said_milestone(2029, "nl") == "My own review"  # not the parent's Dutch of another text
    assert mine.said_milestone(2035, "nl") == "Haags doeljaar"  # inherited, twin and all
