"""`navotop check` says what the app would ask about before applying it: a likely unit slip (GDP
in EUR bn where the file counts EUR mln, an index as 1.19 for 119) and a growth rate outside its
band, each as a warning at its FILE:LINE:COL. A tester found such a file passing in silence."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO
from tui.cli import main

SLIPS = """schema = 1

[scenario]
name = "slips"
years = [2024, 2026]

[inputs.gdp_cpb]
2024 = 1134

[inputs.defence_excl_ukraine]
2024 = 20000

[inputs.deflator_defence]
unit = "index"
2024 = 1.19

[[adjust]]
series = "gdp_cpb"
from = 2025
growth = 35
"""


@pytest.fixture
def slips(tmp_path: Path) -> Path:
    path = tmp_path / "slips.toml"
    path.write_text(SLIPS)
    return path


def test_check_warns_where_the_app_would_ask(slips: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(slips), "--lang", "en"]) == 0  # warnings alone fail nothing
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert lines[0].startswith(f"{slips}:8:1: warning: gdp_cpb is in EUR mln; 1134 would be EUR 1.1 bn")
    assert "did you mean 1134000?" in lines[0]
    assert lines[1].startswith(f"{slips}:15:1: warning: deflator_defence is an index")
    assert "did you mean 119?" in lines[1]
    assert lines[2].startswith(f"{slips}:17:1: warning: gdp_cpb growing 35% a year is outside -10% to 15%")
    assert len(lines) == 3
    assert out == f"{slips}: ok (0 published figures checked); 3 warnings\n"


def test_strict_makes_a_warning_fail_the_check(slips: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--strict", str(slips), "--lang", "en"]) == 1


def test_warnings_in_dutch(slips: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(slips), "--lang", "nl"])
    out, err = capsys.readouterr()
    assert f"{slips}:8:1: waarschuwing: " in err and out.endswith("; 3 waarschuwingen\n")


def test_the_bundled_scenarios_raise_no_warning(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in (REPO / "scenarios").glob("*.toml"))
    assert main(["check", "--strict", *files, "--lang", "en"]) == 0
    assert "warning" not in capsys.readouterr().err
