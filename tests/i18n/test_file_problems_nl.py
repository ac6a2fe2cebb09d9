"""Problems in a scenario file, and files the file system refuses, said in the language shown:
`FILE:LINE:COL:` the same in both, the message in Dutch under `--lang nl` and unchanged in
English (issue 14)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import REPO, WriteScenario
from tui.cli import main

BAD = REPO / "tests" / "fixtures" / "bad"
MISSING_SERIES = """
    schema = 1
    [scenario]
    name = "no GDP"
    years = [2024, 2026]
    [inputs.defence_excl_ukraine]
    status = "assumption"
    2024 = 2000
"""
NORM_TOO_HIGH = """
    schema = 1
    [scenario]
    name = "a norm too high"
    years = [2024, 2026]
    [inputs.gdp_cpb]
    status = "assumption"
    2024 = 1134000
    [inputs.defence_excl_ukraine]
    status = "assumption"
    2024 = 20000
    [norms.high]
    share = 35
"""


def _check(capsys: pytest.CaptureFixture[str], *args: str | Path) -> str:
    assert main(["check", *map(str, args)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "14:1: onbekende sleutel 'sorce' (bedoelde u 'source'?)"),
        ("en", "14:1: unknown key 'sorce' (did you mean 'source'?)"),
    ],
)
def test_an_unknown_key_with_its_suggestion(
    capsys: pytest.CaptureFixture[str], lang: str, expected: str
) -> None:
    assert (
        _check(capsys, "--lang", lang, BAD / "unknown_key.toml") == f"{BAD / 'unknown_key.toml'}:{expected}\n"
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "14:1: 2024 moet een getal zijn, maar is een tekst"),
        ("en", "14:1: 2024 must be a number, not a string"),
    ],
)
def test_a_wrong_type(capsys: pytest.CaptureFixture[str], lang: str, expected: str) -> None:
    assert (
        _check(capsys, "--lang", lang, BAD / "wrong_type.toml") == f"{BAD / 'wrong_type.toml'}:{expected}\n"
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "12:1: share = 35 is geen percentage van het bbp (0 tot 20)"),
        ("en", "12:1: share = 35 is not a share of GDP in percent (0 to 20)"),
    ],
)
def test_a_number_out_of_range(
    capsys: pytest.CaptureFixture[str], write_scenario: WriteScenario, lang: str, expected: str
) -> None:
    path = write_scenario(NORM_TOO_HIGH)
    assert _check(capsys, path, "--lang", lang) == f"{path}:{expected}\n"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "1:1: verplichte reeks 'gdp_cpb' ontbreekt: voeg [inputs.gdp_cpb] toe"),
        ("en", "1:1: required series 'gdp_cpb' is missing: add [inputs.gdp_cpb]"),
    ],
)
def test_a_missing_required_series(
    capsys: pytest.CaptureFixture[str], write_scenario: WriteScenario, lang: str, expected: str
) -> None:
    path = write_scenario(MISSING_SERIES)
    assert _check(capsys, "--lang", lang, path) == f"{path}:{expected}\n"


@pytest.mark.parametrize(
    ("lang", "folder", "fifo"),
    [
        ("nl", "geen gewoon bestand: het is een map", "geen gewoon bestand: het is een FIFO (named pipe)"),
        ("en", "not a regular file: it is a folder", "not a regular file: it is a FIFO (named pipe)"),
    ],
)
def test_a_file_that_is_not_a_regular_file_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str, folder: str, fifo: str
) -> None:
    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)
    said = _check(capsys, "--lang", lang, tmp_path, pipe)
    assert said == f"{tmp_path}:1:1: {folder}\n{pipe}:1:1: {fifo}\n"


def test_a_syntax_error_is_said_in_dutch_at_its_line_and_column(capsys: pytest.CaptureFixture[str]) -> None:
    """tomllib's own message, recognised by its English and said again in Dutch."""
    path = BAD / "toml_syntax.toml"
    assert _check(capsys, "--lang", "nl", path) == f"{path}:4:20: ongeldige TOML: lijst niet gesloten\n"
    assert _check(capsys, "--lang", "en", path) == f"{path}:4:20: invalid TOML: Unclosed array\n"


def test_navotop_lang_speaks_dutch_without_the_flag(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NAVOTOP_LANG", "nl")
    path = BAD / "year_outside_span.toml"
    said = _check(capsys, path)
    assert said == f"{path}:14:1: jaar 2031 ligt buiten de jaren van het scenario, 2024-2026\n"


def test_a_broken_data_file_is_said_in_dutch(tmp_path: Path) -> None:
    """The summit's data files are checked like scenario files, and said the same way."""
    import shutil

    from core import formats
    from core.document import load_summit
    from core.errors import NavotopError
    from core.paths import data_dir

    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    agenda = folder / "agenda.toml"
    text = agenda.read_text(encoding="utf-8")
    text = text.replace("date = 2025-06-25", "date = 2025", 1).replace('kind = "forum"', 'knd = "forum"', 1)
    agenda.write_text(text, encoding="utf-8")
    formats.set_language("nl")
    with pytest.raises(NavotopError) as caught:
        load_summit(folder)
    lines = text.splitlines()
    said = [str(p) for p in caught.value.problems]
    date, knd = lines.index("date = 2025") + 1, lines.index('knd = "forum"') + 1
    assert (
        f"{agenda}:{date}:1: date moet een datum zijn, geschreven als 2025-06-24, maar is een geheel getal"
        in said
    )
    assert f"{agenda}:{knd}:1: onbekende sleutel 'knd' (bedoelde u 'kind'?)" in said
