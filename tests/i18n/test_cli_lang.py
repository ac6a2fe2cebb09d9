"""`--lang nl|en` on the command line: Dutch numbers and words in text and markdown, and the
machine-readable formats byte for byte the same in both languages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import BASELINE, run_navotop
from tui.cli import main


def test_table_in_dutch_shows_the_letters_numbers_and_dutch_row_labels(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["table", str(BASELINE), "--lang", "nl"]) == 0
    shown = capsys.readouterr().out
    # Table 1 of the letter, 2024: 1,56% excl. Ukraine; CPB GDP EUR 1.134.000 mln. Long labels
    # fold at a word (the numbers never do), so the label is looked for up to its fold.
    for needle in (
        "1,56",
        "1.134.000",
        "Nederlandse berekeningswijze, excl.",
        "Militaire steun aan Oekraïne",
    ):
        assert needle in shown, needle
    for english in ("1.56 ", "1,134,000", "Dutch method", "Military support"):
        assert english not in shown, english


def test_markdown_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "nl", "table", str(BASELINE), "--format", "markdown"]) == 0
    shown = capsys.readouterr().out
    assert "| rij | eenheid |" in shown
    assert "| %-bbp | 1,56 |" in shown
    assert "Tekens: e raming" in shown


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_csv_and_json_are_byte_identical_in_both_languages(fmt: str) -> None:
    dutch = run_navotop("table", BASELINE, "--format", fmt, "--lang", "nl")
    english = run_navotop("table", BASELINE, "--format", fmt, "--lang", "en")
    assert dutch.returncode == english.returncode == 0
    assert dutch.stdout.encode() == english.stdout.encode()
    assert "1134000.0" in english.stdout  # dot decimal, full precision
    assert "Defence spending excl. Ukraine support" in english.stdout  # English labels


def test_navotop_lang_chooses_dutch_without_the_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAVOTOP_LANG", "nl")
    done = run_navotop("check", BASELINE)
    assert done.returncode == 0
    assert "in orde (15 gepubliceerde cijfers gecontroleerd)" in done.stdout


def test_the_flag_wins_over_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NAVOTOP_LANG", "nl")
    assert main(["check", str(BASELINE), "--lang", "en"]) == 0
    assert "ok (15 published figures checked)" in capsys.readouterr().out


def test_a_language_that_is_not_offered_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["table", str(BASELINE), "--lang", "fr"])
    assert stop.value.code == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_help_is_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "nl", "--help"])
    assert "toon de rekentabel van een scenario" in capsys.readouterr().out


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("typed", "stored"), [("1.134.000,5", "1134000.5"), ("1,134,000.5", "1134000.5")])
def test_set_accepts_both_decimal_styles_in_both_languages(
    tmp_path: Path, lang: str, typed: str, stored: str
) -> None:
    folder = tmp_path / "s"
    shutil.copytree(BASELINE.parent, folder)
    path = folder / "baseline.toml"
    assert main(["set", str(path), "gdp_cpb", "2024", typed, "--lang", lang]) == 0
    assert f"2024 = {stored}" in path.read_text(encoding="utf-8")


def test_diff_in_dutch_writes_changes_with_commas(capsys: pytest.CaptureFixture[str]) -> None:
    other = BASELINE.parent / "no-ukraine-after-2026.toml"
    assert main(["diff", str(BASELINE), str(other), "--format", "markdown", "--lang", "nl"]) == 0
    shown = capsys.readouterr().out
    assert "vergeleken met" in shown
    assert "| %-bbp | 1,79 | 2,19 | 2,21 | 2,15 -> 2,05 (-0,10) |" in shown
