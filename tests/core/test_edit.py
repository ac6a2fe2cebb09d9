"""The writer: one value changes, every other byte stays, and nothing is ever half-written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.edit import Edit, Snapshot, StaleFileError, apply_edits, parse_number, set_value, write_atomic
from core.engine import compute
from core.errors import NavotopError
from core.scenario import load_scenario
from tests.conftest import WriteScenario

DUTCH = """\
# Scenario met opmerkingen: één waarde wijzigt, de rest blijft staan. Kosten in € mln.
schema = 1

[scenario]
name = "Défensie-uitgaven, ëxtra"   # naam met accenten
years = [2024, 2026]

[sources.vjn]
title = "Voorjaarsnota 2025 — bijlage 5"

# --- invoer -------------------------------------------------
[inputs.gdp_cpb]
source = "vjn"
2024 = 1134000   # bbp, € mln
2025 = 1178657

[inputs.defence_excl_ukraine]
unit   = "% of gdp_cpb"      # aandeel, niet in euro's
source = "vjn"
2024 = 1.56
2025 = 1.79   # raming
2026 = 2.00

    # inspringende opmerking blijft
"""


def test_set_changes_exactly_one_value_byte_for_byte(write_scenario: WriteScenario) -> None:
    path = write_scenario(DUTCH)
    before = path.read_bytes()
    set_value(path, "defence_excl_ukraine", 2025, 1.85)
    after = path.read_bytes()
    expected = before.replace(b"2025 = 1.79   # raming", b"2025 = 1.85   # raming")
    assert after == expected
    assert compute(load_scenario(path)).value("share_nl_excl", 2025) == pytest.approx(1.85)


def test_an_int_stays_an_int(write_scenario: WriteScenario) -> None:
    path = write_scenario(DUTCH)
    set_value(path, "gdp_cpb", 2024, 1100000.0)
    assert b"2024 = 1100000   # bbp" in path.read_bytes()


def test_a_year_the_file_does_not_list_is_added_to_its_table(write_scenario: WriteScenario) -> None:
    path = write_scenario(DUTCH)
    set_value(path, "gdp_cpb", 2026, 1220000.0)
    text = path.read_text(encoding="utf-8")
    assert "2025 = 1178657\n2026 = 1220000\n" in text
    assert load_scenario(path).inputs["gdp_cpb"][2026].value == 1220000


def test_a_series_from_a_parent_gets_a_table_in_the_parents_unit(write_scenario: WriteScenario) -> None:
    write_scenario(DUTCH, "parent.toml")
    child = write_scenario('schema = 1\n[scenario]\nname = "kind"\nextends = "parent.toml"\n', "child.toml")
    set_value(child, "defence_excl_ukraine", 2026, 2.1)
    scenario = load_scenario(child)
    cell = scenario.inputs["defence_excl_ukraine"][2026]
    assert (cell.value, str(cell.unit), cell.status) == (2.1, "% of gdp_cpb", "assumption")
    assert scenario.inputs["defence_excl_ukraine"][2025].value == 1.79  # the parent's, untouched


def test_a_write_after_an_outside_change_is_refused_and_both_versions_survive(
    write_scenario: WriteScenario,
) -> None:
    path = write_scenario(DUTCH)
    snapshot = Snapshot.take(path)
    edited = apply_edits(snapshot, [Edit("defence_excl_ukraine", 2026, 2.2)])
    outside = DUTCH.replace("2024 = 1.56", "2024 = 1.57")  # someone else saves meanwhile
    path.write_text(outside, encoding="utf-8")
    with pytest.raises(StaleFileError, match="changed on disk since it was read"):
        write_atomic(snapshot, edited)
    assert path.read_text(encoding="utf-8") == outside  # their version, intact
    assert "2026 = 2.2" in edited  # ours, still in hand
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]  # no debris


@pytest.mark.parametrize(
    ("series", "year", "message"),
    [
        (
            "defence_excl_ukrain",
            2025,
            "unknown series 'defence_excl_ukrain' (did you mean 'defence_excl_ukraine'?)",
        ),
        ("share_nato", 2025, "unknown series 'share_nato'"),
        ("gdp_cpb", 2031, "year 2031 is outside the scenario's years 2024-2026"),
    ],
)
def test_unknown_series_and_years_are_refused(
    write_scenario: WriteScenario, series: str, year: int, message: str
) -> None:
    path = write_scenario(DUTCH)
    before = path.read_bytes()
    with pytest.raises(NavotopError, match=re.escape(message)):
        set_value(path, series, year, 1.0)
    assert path.read_bytes() == before


def test_an_edit_that_makes_the_file_invalid_changes_nothing(write_scenario: WriteScenario) -> None:
    path = write_scenario(DUTCH)
    before = path.read_bytes()
    with pytest.raises(NavotopError) as caught:
        set_value(path, "defence_excl_ukraine", 2025, 45.0)  # 45% of GDP: a unit slip
    assert str(caught.value).startswith(f"{path}:")  # named after the real file, not the temporary one
    assert path.read_bytes() == before


def test_the_file_keeps_its_permissions(write_scenario: WriteScenario) -> None:
    path = write_scenario(DUTCH)
    path.chmod(0o640)
    set_value(path, "gdp_cpb", 2025, 1.2e6)
    assert path.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize(
    ("text", "value"), [("1.5", 1.5), ("1,5", 1.5), ("-2", -2.0), (" 3 ", 3.0), ("1e3", 1000.0)]
)
def test_numbers_as_people_type_them(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["abc", "1.5.2", "1,5.2", "nan", "inf", "2%", "0x10"])
def test_garbage_is_not_a_number(text: str) -> None:
    with pytest.raises(ValueError, match="is not a number"):
        parse_number(text)


@pytest.mark.parametrize("text", ["", "  "])
def test_nothing_typed_is_said_to_be_nothing_not_a_bad_number(text: str) -> None:
    """A tester pressed enter in an emptied cell editor and read `'' is not a number`."""
    with pytest.raises(ValueError, match=r"^nothing typed: a number is needed"):
        parse_number(text)


def test_snapshot_notices_deletion(tmp_path: Path) -> None:
    path = tmp_path / "gone.toml"
    path.write_text("schema = 1\n", encoding="utf-8")
    snapshot = Snapshot.take(path)
    path.unlink()
    assert snapshot.changed_on_disk()
