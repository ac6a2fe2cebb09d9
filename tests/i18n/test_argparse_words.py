"""argparse's own words in the language shown: `navotop --help`, a command's help and usage
errors in Dutch under `--lang nl` (anywhere on the line) or NAVOTOP_LANG=nl, and unchanged in
English (issue 14). argparse itself is not touched: see tui/cli_words.py."""

from __future__ import annotations

import pytest

from tests.conftest import BASELINE
from tui.cli import main


@pytest.fixture(autouse=True)
def eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """argparse wraps its help to the terminal's width (COLUMNS): the same width everywhere."""
    monkeypatch.setenv("COLUMNS", "80")


ENGLISH_WORDS = ("usage:", "positional arguments", "options:", "show this help message", "error:")


def _stopped(capsys: pytest.CaptureFixture[str], argv: list[str], code: int) -> tuple[str, str]:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == code
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_navotop_help_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = _stopped(capsys, ["--help", "--lang", "nl"], 0)
    assert out.startswith("gebruik: navotop [-h] [--lang {nl,en}] OPDRACHT ...\n")
    assert "\nargumenten:\n  OPDRACHT\n    table " in out
    assert "\nopties:\n  -h, --help      toon deze hulp en stop\n" in out
    for english in ENGLISH_WORDS:
        assert english not in out, english


def test_table_help_says_what_scenario_and_format_are(capsys: pytest.CaptureFixture[str]) -> None:
    """A Dutch tester found SCENARIO and --format listed without a word on what they are."""
    out, _ = _stopped(capsys, ["table", "--help", "--lang", "nl"], 0)
    assert "SCENARIO              het scenariobestand (een .toml)\n" in out
    assert "uitvoerformaat (standaard: text)" in out
    out, _ = _stopped(capsys, ["table", "--help", "--lang", "en"], 0)
    assert "SCENARIO              the scenario file (a .toml)\n" in out
    assert "output format (default: text)" in out


def test_navotop_help_in_english_is_argparses_own(capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = _stopped(capsys, ["--help", "--lang", "en"], 0)
    assert out.startswith("usage: navotop [-h] [--lang {nl,en}] COMMAND ...\n")
    assert "\npositional arguments:\n  COMMAND\n" in out
    assert "\noptions:\n  -h, --help      show this help message and exit\n" in out


def test_a_commands_help_in_dutch_by_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NAVOTOP_LANG", "nl")
    out, _ = _stopped(capsys, ["table", "--help"], 0)
    assert out.startswith("gebruik: navotop table [-h] [--lang {nl,en}]\n")
    assert (
        "toon de rekentabel van een scenario\n\nargumenten:\n"
        "  SCENARIO              het scenariobestand (een .toml)\n\nopties:\n" in out
    )
    assert "  -h, --help            toon deze hulp en stop\n" in out
    for english in ENGLISH_WORDS:
        assert english not in out, english


@pytest.mark.parametrize(
    ("argv", "dutch", "english"),
    [
        (
            ["table"],
            "navotop table: fout: deze argumenten ontbreken: SCENARIO",
            "navotop table: error: the following arguments are required: SCENARIO",
        ),
        (
            ["table", str(BASELINE), "--format", "xls"],
            "navotop table: fout: argument --format: ongeldige keuze: 'xls'"
            " (kies uit 'text', 'csv', 'json', 'markdown')",
            "navotop table: error: argument --format: invalid choice: 'xls'"
            " (choose from 'text', 'csv', 'json', 'markdown')",
        ),
        (
            ["allies", "--year"],
            "navotop allies: fout: argument --year: verwacht één waarde",
            "navotop allies: error: argument --year: expected one argument",
        ),
        (
            ["serve", "--port", "eighty"],
            "navotop serve: fout: argument --port: 'eighty' is geen poortnummer (cijfers 0-9)",
            "navotop serve: error: argument --port: 'eighty' is not a port (digits 0-9)",
        ),
        (
            ["check", str(BASELINE), "--verbose"],
            "navotop: fout: onbekende argumenten: --verbose",
            "navotop: error: unrecognized arguments: --verbose",
        ),
        (
            [str(BASELINE), "--no-such-option"],
            "navotop: fout: onbekende argumenten: --no-such-option",
            "navotop: error: unrecognized arguments: --no-such-option",
        ),
    ],
)
def test_usage_errors_in_dutch_and_in_english(
    capsys: pytest.CaptureFixture[str], argv: list[str], dutch: str, english: str
) -> None:
    _, said = _stopped(capsys, [*argv, "--lang", "nl"], 2)
    assert said.startswith("gebruik: navotop")
    assert said.endswith(f"\n{dutch}\n")
    _, said = _stopped(capsys, ["--lang", "en", *argv], 2)
    assert said.startswith("usage: navotop")
    assert said.endswith(f"\n{english}\n")


def test_a_message_of_our_own_inside_argparses_is_kept(capsys: pytest.CaptureFixture[str]) -> None:
    """`--year 20x4` is refused by navotop's own number reader, already in Dutch: argparse's
    `argument --year:` around it is said in Dutch too, the message inside left as it is."""
    _, said = _stopped(capsys, ["allies", "--year", "20x4", "--lang", "nl"], 2)
    assert said.endswith("\nnavotop allies: fout: argument --year: '20x4' is geen jaartal (cijfers 0-9)\n")


def test_argparses_other_messages_are_known_by_their_english() -> None:
    """Messages no navotop option gives today (no option has argparse's own int type), said
    again all the same; one of a form the catalogue does not know stays whole, in English."""
    from core import formats
    from tui.cli_words import said

    formats.set_language("nl")
    assert said("argument --port: invalid int value: 'x'") == (
        "argument --port: ongeldige waarde, geen geheel getal: 'x'"
    )
    assert said("argument --by: expected at least one argument") == (
        "argument --by: verwacht ten minste één waarde"
    )
    assert said("something argparse says one day") == "something argparse says one day"
