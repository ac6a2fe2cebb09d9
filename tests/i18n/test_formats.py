"""How numbers read in each language: the letter's Dutch (1,56 · 1.134.000 · EUR 1.134,0 mld)
and English, from the one formats module every view uses."""

from __future__ import annotations

import datetime as dt

import pytest

from core import formats
from core.numbers import parse_number


def test_dutch_numbers_are_written_as_the_letter_writes_them() -> None:
    assert formats.value(1.5612, formats.SHARE, "nl") == "1,56"
    assert formats.value(1_134_000, formats.MONEY, "nl") == "1.134.000"
    assert formats.billions(1_134_000, "nl") == "EUR 1.134,0 mld"
    assert formats.value(100, formats.INDEX, "nl") == "100,0"
    assert formats.share(2.0, "nl") == "2,00%"
    assert formats.points(1.4449, "nl") == "1,44 %-punt"
    assert formats.delta(-1281.4, formats.MONEY, "nl") == "-1.281"
    assert formats.delta(0.06, formats.SHARE, "nl") == "+0,06"
    assert formats.general(3.5, "nl") == "3,5"


def test_english_numbers_keep_the_dot_and_comma_thousands() -> None:
    assert formats.value(1.5612, formats.SHARE, "en") == "1.56"
    assert formats.value(1_134_000, formats.MONEY, "en") == "1,134,000"
    assert formats.billions(1_134_000, "en") == "EUR 1,134.0 bn"
    assert formats.millions(2563, "en") == "EUR 2,563 mln"
    assert formats.delta(0.06, formats.SHARE, "en") == "+0.06"


def test_unknown_is_one_word_in_every_view() -> None:
    assert formats.value(None, formats.MONEY, "en") == "unknown"
    assert formats.value(float("nan"), formats.SHARE, "nl") == "onbekend"
    assert formats.share(None, "nl") == "onbekend"
    assert formats.billions(None, "en") == "unknown"
    assert formats.delta(None, formats.MONEY, "en") == ""


def test_a_rounded_negative_zero_has_no_sign() -> None:
    assert formats.value(-0.001, formats.SHARE, "en") == "0.00"


def test_dates_and_units_in_each_language() -> None:
    assert formats.date(dt.date(2025, 6, 24), "nl") == "24 juni 2025"
    assert formats.date(dt.date(2025, 6, 24), "en") == "24 June 2025"
    assert formats.unit(formats.SHARE, "nl") == "%-bbp"
    assert formats.unit(formats.SHARE, "en") == "% of GDP"


@pytest.mark.parametrize("lang", formats.LANGS)
@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("1.5", 1.5),
        ("1,5", 1.5),
        ("-2", -2.0),
        ("1e3", 1000.0),
        ("1.134.000", 1_134_000.0),
        ("1,134,000", 1_134_000.0),
        ("1.134.000,5", 1_134_000.5),
        ("1,134,000.5", 1_134_000.5),
        ("1 134 000", 1_134_000.0),
        ("1,134", 1.134),  # a lone separator is the decimal sign in both styles
    ],
)
def test_editing_accepts_both_decimal_styles_in_both_languages(
    lang: formats.Lang, typed: str, number: float
) -> None:
    formats.set_language(lang)
    assert parse_number(typed) == number


@pytest.mark.parametrize("typed", ["1,134,5", "1.134.5", "1,5.5", "１２", "1..5", "abc"])
def test_mixed_up_separators_are_refused_not_guessed(typed: str) -> None:
    with pytest.raises(ValueError, match="is not a number"):
        parse_number(typed)


def test_the_refusal_speaks_the_users_language() -> None:
    formats.set_language("nl")
    with pytest.raises(ValueError, match=r"is geen getal \(schrijf 1,5 of 1\.5"):
        parse_number("x")


@pytest.mark.parametrize(
    ("environ", "lang"),
    [
        ({"NAVOTOP_LANG": "nl"}, "nl"),
        ({"NAVOTOP_LANG": "en", "LANG": "nl_NL.UTF-8"}, "en"),
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "nl_BE.UTF-8"}, "nl"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "nl_NL.UTF-8"}, "en"),
        ({"LC_MESSAGES": "nl_NL.UTF-8", "LANG": "C.UTF-8"}, "nl"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
        ({"NAVOTOP_LANG": "fr", "LANG": "nl_NL"}, "nl"),
    ],
)
def test_default_language_follows_navotop_lang_then_the_locale(environ: dict[str, str], lang: str) -> None:
    assert formats.default_language(environ) == lang


def test_general_numbers_are_never_written_in_exponent_form_at_everyday_sizes() -> None:
    assert formats.general(1_200_000.0, "en") == "1,200,000"
    assert formats.general(1_200_000.0, "nl") == "1.200.000"
    assert formats.general(1_134_000.5, "nl") == "1.134.000,5"
    assert formats.general(2.0, "en") == "2"
    assert formats.general(0.0, "en") == "0"


def test_the_app_tables_formats_live_here_and_follow_the_language() -> None:
    """The grid, its deltas, the detail line and `set`'s echo: one module, both styles."""
    assert formats.grid(1_134_000, formats.MONEY, "nl") == "1.134,0"  # EUR mln shown in EUR bn
    assert formats.grid(1_134_000, formats.MONEY, "en") == "1,134.0"
    assert formats.grid_unit(formats.MONEY, "nl") == "EUR mld"
    assert formats.grid_unit(formats.MONEY, "en") == "EUR bn"
    assert formats.grid(3.5312, formats.GROWTH, "nl") == "3,53"
    assert formats.grid(None, formats.SHARE, "nl") == "onbekend"  # the word every view uses
    assert formats.grid(None, formats.SHARE, "en") == "unknown"
    assert formats.grid_delta(-12_100, formats.MONEY, "nl") == "-12,1"
    assert formats.grid_delta(0.2, formats.SHARE, "en") == "+0.20"
    assert formats.money(13_912.4, "nl") == "EUR 13,9 mld"
    assert formats.money(850, "en") == "EUR 850 mln"
    assert formats.full(17_690.4, formats.MONEY, "nl") == "EUR 17,7 mld (17.690,4 mln)"
    assert formats.full(1.5612, formats.SHARE, "nl") == "1,561%"
    assert formats.full(3.53, formats.GROWTH, "nl") == "3,53% ten opzichte van het jaar ervoor"
    assert formats.full(None, formats.SHARE, "nl") == "onbekend"
    assert formats.exact(1_134_000.5, "nl") == "1134000,5"
    assert formats.exact(2.2, "en") == "2.2"


def test_a_moment_says_om_before_its_time_in_dutch() -> None:
    """A Dutch tester read "op 30 november 2026 03:31:11" as two figures; Dutch says "om"."""
    moment = dt.datetime(2026, 11, 30, 3, 31, 11)
    assert formats.timestamp(moment, "nl") == "30 november 2026 om 03:31:11"
    assert formats.timestamp(moment, "en") == "30 November 2026 03:31:11"
