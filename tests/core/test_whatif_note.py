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
            "What-if of 2026-11-29: 1.134e+06",
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
    assert said_in(english, "en") == english


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
