"""A folder named for output must exist: `navotop --export-dir DIR` and `navotop screenshot -o
DIR/FILE.svg` refuse a missing one in one line naming it and how to make it, exit 2, and make
nothing (issue 9, a tester's finding: the folder was made silently)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main


@pytest.mark.parametrize(
    "argv",
    [
        ["--export-dir", "{folder}"],
        ["screenshot", "-o", "{folder}/table.svg"],
    ],
)
def test_a_missing_output_folder_is_refused_and_not_made(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "exprots"  # a typo of a folder that exists
    (tmp_path / "exports").mkdir()
    assert main([a.format(folder=folder) for a in argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith(f"{folder}:1:1: no such folder")
    assert f"mkdir -p {folder}" in err
    assert not folder.exists()


def test_a_file_given_as_the_export_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("mine\n")
    assert main(["--export-dir", str(file)]) == 2
    assert capsys.readouterr().err == f"{file}:1:1: not a folder (--export-dir)\n"
    assert file.read_text() == "mine\n"


def test_an_existing_export_folder_is_taken(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Accepted, the app goes on to what it needs next: here, without a terminal, it says so."""
    assert main(["--export-dir", str(tmp_path)]) == 2
    assert "needs a terminal" in capsys.readouterr().err
