"""What typing into a cell means: set, change by an amount, change by a percentage."""

from __future__ import annotations

import pytest

from core.entry import entry_text, parse_entry


@pytest.mark.parametrize(
    ("typed", "current", "expected"),
    [
        ("2,2", 2.0, 2.2),  # a plain number sets, with a comma
        ("2.2", 2.0, 2.2),  # or a point
        ("+0,2", 2.0, 2.2),  # a leading sign changes by that amount: 2.0 + 0.2
        ("-150", 1000.0, 850.0),  # 1000 - 150, in the row's unit
        ("+2%", 150.0, 153.0),  # 150 x 1.02
        ("-2%", 1.56, 1.5288),  # 1.56 x 0.98
        ("=-5", 2.0, -5.0),  # = sets, also a negative
        ("=5", 2.0, 5.0),
        (" 1e3 ", None, 1000.0),  # a plain number needs no value to start from
    ],
)
def test_what_a_typed_entry_means(typed: str, current: float | None, expected: float) -> None:
    assert parse_entry(typed, current) == pytest.approx(expected)


@pytest.mark.parametrize("typed", ["twee", "", "1,5.2", "2%", "+", "=", "++2", "+2%%"])
def test_what_is_not_understood_is_refused_with_a_reason(typed: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        parse_entry(typed, 2.0)


def test_a_change_to_an_unknown_value_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown"):
        parse_entry("+0,2", None)


@pytest.mark.parametrize("value", [109.2727, 2.0, 0.1 + 0.2, 1e-7, 1134000.0, -5.0])
def test_the_editor_starts_from_the_value_at_full_precision(value: float) -> None:
    """Opening an editor and accepting it unchanged sets the same number."""
    assert parse_entry(entry_text(value), value) == value
    assert entry_text(109.2727) == "109.2727" and entry_text(2.0) == "2"
