"""What typing into a cell means: set, change by an amount, change by a percentage."""

from __future__ import annotations

import pytest

from core import formats
from core.entry import entry_text, parse_entry
from core.formats import Lang


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


@pytest.mark.parametrize(
    ("lang", "typed", "expected"),
    [
        ("nl", "1.200", 1200.0),  # as a Dutch cell shows twelve hundred: dot-grouped thousands
        ("nl", "1.134.000", 1_134_000.0),
        ("nl", "1.134,5", 1134.5),  # grouped, with a decimal comma
        ("nl", "=1.200", 1200.0),
        ("nl", "+1.000", 3000.0),  # 2000 + 1000
        ("en", "1,200", 1200.0),  # the same in English, with commas
        ("en", "1,134,000", 1_134_000.0),
        ("en", "1,134.5", 1134.5),
        ("nl", "1,200", 1.2),  # the other style's lone separator stays a decimal sign ...
        ("en", "1.200", 1.2),  # ... (the plausibility question catches a slip)
        ("nl", "0.125", 0.125),  # a group never starts with 0
        ("en", "0,125", 0.125),
        ("nl", "2,2", 2.2),  # both decimal styles still set 2.2 in both languages
        ("nl", "2.2", 2.2),
        ("en", "2,2", 2.2),
        ("en", "2.2", 2.2),
        ("nl", "12.50", 12.5),  # two decimals are no group of thousands
    ],
)
def test_a_number_grouped_in_thousands_the_way_the_language_writes_it_means_thousands(
    lang: Lang, typed: str, expected: float
) -> None:
    formats.set_language(lang)
    assert parse_entry(typed, 2000.0) == pytest.approx(expected)
