"""A scenario's name and description in Dutch (`name_nl`, `description_nl`): shown when navotop
speaks Dutch, checked like the rest of the file, optional for a user's own files."""

from __future__ import annotations

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
