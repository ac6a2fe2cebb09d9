"""navotop's own what-if note: written in English in one form, said in Dutch on a Dutch screen."""

from __future__ import annotations

import datetime as dt

import pytest

from core.whatif_note import note_for, said_in

DAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize(
    ("what", "new", "old", "source", "english", "dutch"),
    [
        (
            "",
            2.2,
            2.0,
            "table1",
            "What-if of 2026-11-29: 2.2 in place of 2 (table1)",
            "Wat-als van 29 november 2026: 2,2 in plaats van 2 (table1)",
        ),
        (
            "",
            1134000.0,
            None,
            None,
            "What-if of 2026-11-29: 1134000",  # not 1.134e+06, as Python's `g` wrote it
            "Wat-als van 29 november 2026: 1.134.000",
        ),
        (
            "growth ",
            2.53,
            3.53,
            None,
            "What-if of 2026-11-29: growth 2.53 in place of 3.53",
            "Wat-als van 29 november 2026: groei 2,53 in plaats van 3,53",
        ),
    ],
)
def test_the_note_is_written_in_english_and_said_in_dutch(
    what: str, new: float, old: float | None, source: str | None, english: str, dutch: str
) -> None:
    assert note_for(what, new, old, source, DAY) == english
    assert note_for(what, new, old, source, DAY, "nl") == dutch
    assert said_in(english, "nl") == dutch
    # on an English screen the numbers are the grid's (1,134,000), the rest as written
    assert said_in(english, "en") == english.replace("1134000", "1,134,000")


def test_gdp_two_percent_lower_is_written_whole_and_shown_as_the_grid_shows_it() -> None:
    """A tester's `-2%` on GDP 2024 was noted as `1.11132e+06 in place of 1.134e+06`, in the
    file and on the screen: an exponent, and GDP's last digit gone."""
    note = note_for("", 1_111_320.0, 1_134_000.0, "oecd_survey_2025", DAY)
    assert note == "What-if of 2026-11-29: 1111320 in place of 1134000 (oecd_survey_2025)"
    shown = "What-if of 2026-11-29: 1,111,320 in place of 1,134,000 (oecd_survey_2025)"
    assert said_in(note, "en") == shown
    assert (
        note_for("", 1_178_656.92, 1e-05, None, DAY)
        == "What-if of 2026-11-29: 1178656.92 in place of 0.00001"
    )
    # a note written before, with exponents, still reads back the same numbers
    assert (
        said_in("What-if of 2026-11-29: 1.11132e+06 in place of 1.134e+06 (oecd_survey_2025)", "en") == shown
    )


def test_an_earlier_note_kept_after_was_stays_as_written() -> None:
    note = "What-if of 2026-11-29: growth 2.53 in place of 3.53 (cpb_cep_2025). Was: Nominal growth."
    assert said_in(note, "nl") == (
        "Wat-als van 29 november 2026: groei 2,53 in plaats van 3,53 (cpb_cep_2025). Eerder: Nominal growth."
    )


@pytest.mark.parametrize(
    "note",
    [
        "Mijn eigen aanname.",
        "What-if of someday: 2.2",
        "What-if of 2026-13-45: 2.2",
        "What-if of 2026-11-29: x",
    ],
)
def test_any_other_note_is_shown_as_written(note: str) -> None:
    assert said_in(note, "nl") == note
