"""What a new user met on the command line: counts in words, a picture's name, the allies' edition."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import WriteScenario, run_navotop
from tui.cli import main

ONE_FIGURE = """
schema = 1
[scenario]
name = "one"
years = [2024, 2024]
[inputs.gdp_cpb]
2024 = 100000
[inputs.defence_excl_ukraine]
2024 = 2000
[observed.share_nl_excl]
2024 = {published}
"""


@pytest.mark.parametrize(("published", "verdict"), [("2", "ok"), ("2.1", "1 of 1 check failed")])
def test_check_counts_one_figure_in_the_singular(
    write_scenario: WriteScenario, capsys: pytest.CaptureFixture[str], published: str, verdict: str
) -> None:
    path = write_scenario(ONE_FIGURE.format(published=published))
    main(["check", str(path)])
    assert f"{path}: {verdict} (1 published figure checked)\n" == capsys.readouterr().out


@pytest.mark.parametrize("name", ["x.png", "x", "x.svg.txt"])
def test_screenshot_refuses_a_name_that_is_not_svg(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    assert main(["screenshot", "-o", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert "the picture is SVG: name it" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_screenshot_help_says_the_name_must_end_in_svg(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["screenshot", "--help"])
    assert "anything but .svg (e.g. .png) is refused" in " ".join(capsys.readouterr().out.split())


def test_allies_names_the_edition_it_shows_and_how_to_pick_another(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["allies"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Edition august-2025, the newest with 2024 figures" in out
    assert "Other editions with 2024 figures (--edition): june-2024, annual-report-2024" in out
    assert main(["allies", "--edition", "annual-report-2024"]) == 0
    out = capsys.readouterr().out
    assert "Edition annual-report-2024: Secretary General's Annual Report 2024" in " ".join(out.split())
    assert next(line for line in out.splitlines() if "Netherlands" in line).count("2.06") == 1


def test_allies_help_lists_every_edition(capsys: pytest.CaptureFixture[str]) -> None:
    from core.allies import EDITIONS

    with pytest.raises(SystemExit):
        main(["allies", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert all(edition in out for edition in EDITIONS)


def test_a_mistyped_command_is_named_with_the_one_meant(tmp_path: Path) -> None:
    """`navotop tabel` (Dutch for table) was taken for a file to open and answered 'no such
    file'; a word that is no file and close to a command now says which command was meant.
    A file of that name is still opened (here: refused as not a scenario, so not the hint)."""
    done = run_navotop("tabel", "--lang", "nl")
    assert done.returncode == 2
    assert "'tabel' is geen opdracht en geen bestand (bedoelde u 'table'?)" in done.stderr
    done = run_navotop("chek")
    assert done.returncode == 2
    assert "'chek' is neither a command nor a file (did you mean 'check'?)" in done.stderr
    (tmp_path / "tabel").write_text("not toml [", encoding="utf-8")
    done = run_navotop("tabel", cwd=tmp_path)
    assert done.returncode == 2
    assert "did you mean" not in done.stderr
