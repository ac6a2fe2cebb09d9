"""`navotop agenda`, `commitments` and `allies` in Dutch: the summit data's own Dutch in text, and
JSON byte for byte the same in both languages (holding both)."""

from __future__ import annotations

import json

import pytest

from core.document import load_summit
from tests.conftest import run_navotop
from tui.cli import main


def test_agenda_in_dutch_shows_the_dutch_data_and_none_of_the_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["agenda", "--lang", "nl"]) == 0
    shown = capsys.readouterr().out
    for dutch in (
        "Noord-Atlantische Raad",
        "Sociaal diner op paleis",
        "Paleis Huis ten Bosch, Den Haag",
        "niet vermeld",
        "(brief)",
    ):
        assert dutch in shown, dutch
    for item in load_summit().agenda:  # a cell folds long titles: their first words, then
        start = " ".join(item.title.split()[:2])
        if start not in item.title_nl:
            assert start not in shown, item.title
    for english in ("not stated", "The Hague", "heads of state", "(letter)", "opening (no heading)"):
        assert english not in shown, english


def test_commitments_in_dutch_show_their_dutch_titles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["commitments", "--lang", "nl"]) == 0
    shown = capsys.readouterr().out
    summit = load_summit()
    for c in summit.commitments:
        assert c.id in shown
        assert max(c.title_nl.split(), key=len).strip(",:;()") in shown, c.title_nl  # folded in its cell
        if c.who != c.who_nl and len(c.who) > 12:
            assert c.who not in shown, c.who
    assert "Toezeggingen, doelstellingen en standpunten" in shown


def test_allies_in_dutch_name_every_country_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["allies", "--year", "2024", "--lang", "nl"]) == 0
    shown = capsys.readouterr().out
    for dutch in ("Nederland", "Verenigd Koninkrijk", "Verenigde Staten", "Duitsland", "NAVO totaal"):
        assert dutch in shown, dutch
    for english in ("Netherlands ", "United Kingdom", "United States", "Germany", "NATO Total"):
        assert english not in shown, english


@pytest.mark.parametrize(
    "command",
    [("agenda",), ("commitments",), ("allies", "--year", "2024")],
    ids=["agenda", "commitments", "allies"],
)
def test_summit_json_is_byte_identical_in_both_languages(command: tuple[str, ...]) -> None:
    dutch = run_navotop(*command, "--format", "json", "--lang", "nl")
    english = run_navotop(*command, "--format", "json", "--lang", "en")
    assert dutch.returncode == english.returncode == 0, dutch.stderr
    assert dutch.stdout.encode() == english.stdout.encode()
    records = json.loads(english.stdout)
    if command[0] == "allies":
        assert "Netherlands" in {r["country"] for r in records}  # NATO's names: the ids
    else:
        assert all(r["title"] and r["title_nl"] for r in records)  # both languages, for scripts


def test_allies_notes_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["allies", "--year", "2024", "--edition", "annual-report-2024", "--lang", "nl"]) == 0
    shown = capsys.readouterr().out
    assert "landnaam ontbreekt in de bron; afgeleid" in shown  # Croatia's figure, inferred
    assert "country name missing" not in shown
    # where the figures come from, said under the table in Dutch (the title as published)
    flat = " ".join(shown.split())
    assert "'Secretary General's Annual Report 2024' van de NAVO (gepubliceerd 24 april 2025)" in flat
    assert "Secondary transcription" not in flat and "Secundaire overname (knews.media" in flat
