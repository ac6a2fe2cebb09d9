"""`navotop set` and `navotop diff` as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import BASELINE, REPO, run_navotop
from tui.cli import main


def test_set_then_table_shows_the_new_value(tmp_path: Path) -> None:
    path = tmp_path / "baseline.toml"
    shutil.copy(BASELINE, path)
    done = run_navotop("set", path, "defence_excl_ukraine", "2027", "2,25")
    assert done.returncode == 0, done.stderr
    table = json.loads(run_navotop("table", path, "--format", "json").stdout)
    row = next(r for r in table["rows"] if r["id"] == "share_nl_excl")
    assert round(row["values"]["2027"], 2) == 2.25
    check = run_navotop("check", path)
    assert check.returncode == 1  # Table 1 says 2.05 for 2027, and check says so
    assert "share_nl_excl 2027: computed 2.25, published 2.05" in check.stderr


def test_set_refuses_unknown_series_year_and_garbage_with_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "baseline.toml"
    shutil.copy(BASELINE, path)
    before = path.read_bytes()
    for args, message in (
        (("gdp", "2025", "1"), "unknown series 'gdp'"),
        (("gdp_cpb", "2045", "1200000"), "year 2045 is outside"),
        (("gdp_cpb", "2024", "lots"), "'lots' is not a number"),
    ):
        done = run_navotop("set", path, *args)
        assert done.returncode == 2, args
        assert message in done.stderr and "Traceback" not in done.stderr
    assert path.read_bytes() == before


def test_diff_lists_only_what_changed() -> None:
    other = REPO / "scenarios" / "no-ukraine-after-2026.toml"
    done = run_navotop("diff", BASELINE, other, "--format", "json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    ids = {row["id"] for row in result["rows"]}
    assert {"ukraine_military", "share_nl_incl", "defence_total"} <= ids
    assert "share_nl_excl" not in ids and "gdp_cpb" not in ids
    incl = next(r for r in result["rows"] if r["id"] == "share_nl_incl")
    assert round(incl["delta"]["2027"], 2) == -0.10  # 2.05 - 2.15
    assert incl["delta"]["2026"] == 0.0


def test_diff_exit_code_flag_and_identical_files() -> None:
    assert run_navotop("diff", BASELINE, BASELINE, "--exit-code").returncode == 0
    other = REPO / "scenarios" / "gdp-shock-fixed-euros.toml"
    assert run_navotop("diff", BASELINE, other, "--exit-code").returncode == 1
    text = run_navotop("diff", BASELINE, other)
    assert text.returncode == 0 and "2.00 -> 2.06 (+0.06)" in text.stdout


def test_every_bundled_scenario_passes_check() -> None:
    files = sorted((REPO / "scenarios").glob("*.toml"))
    assert len(files) >= 6
    done = run_navotop("check", *files)
    assert done.returncode == 0, done.stderr


def test_a_change_written_as_in_a_cell_works_without_dashes(tmp_path: Path) -> None:
    """`-0,05` and `-2%` are what the README shows for a cell; argparse alone took them for
    unknown options and said VALUE was missing (a tester hit this). 0.21 - 0.05 = 0.16, and
    2% less of 0.16 is 0.1568; an option after the value is still an option."""
    path = tmp_path / "baseline.toml"
    shutil.copy(BASELINE, path)
    done = run_navotop("set", path, "ukraine_military", "2026", "-0,05")
    assert done.returncode == 0, done.stderr
    assert "ukraine_military 2026: 0.21 -> 0.16 % of GDP" in done.stdout
    done = run_navotop("set", path, "ukraine_military", "2026", "-2%", "--lang", "nl")
    assert done.returncode == 0, done.stderr
    assert "0,16 -> 0,1568" in done.stdout
    assert "2026 = 0.1568" in path.read_text(encoding="utf-8")


def test_set_echoes_in_dutch_as_the_grid_says_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Dutch tester read `1134000 -> 1111320 EUR mln` and `% of gdp_cpb`: 2% less of CPB GDP
    1,134,000 is 1,111,320, grouped as the Dutch write it; a share in the grid's `%-bbp`."""
    path = tmp_path / "baseline.toml"
    shutil.copy(BASELINE, path)
    assert main(["set", str(path), "gdp_cpb", "2024", "-2%", "--lang", "nl"]) == 0
    assert "gdp_cpb 2024: 1.134.000 -> 1.111.320 EUR mln" in capsys.readouterr().out
    assert main(["set", str(path), "defence_excl_ukraine", "2025", "+0,2", "--lang", "nl"]) == 0
    assert "defence_excl_ukraine 2025: 1,79 -> 1,99 %-bbp\n" in capsys.readouterr().out
