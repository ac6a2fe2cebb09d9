"""`navotop set` reads a value as a cell of the app does, and refuses what cannot be right."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.scenario import load_scenario
from tests.conftest import BASELINE
from tui.cli import main


@pytest.fixture
def baseline(tmp_path: Path) -> Path:
    path = tmp_path / "s.toml"
    shutil.copy(BASELINE, path)
    return path


def value(path: Path, series: str, year: int) -> float:
    return load_scenario(path).inputs[series][year].value


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("+0,2", 2.2),  # the baseline's 2026 is 2.00 (% of gdp_cpb): a sign adds
        ("-0.5", 1.5),
        ("+10%", 2.2),  # relative: 2 * 1.1
        ("1,75", 1.75),  # a plain number sets
        ("=1.5", 1.5),
    ],
)
def test_set_reads_the_value_as_a_cell_does(
    baseline: Path, capsys: pytest.CaptureFixture[str], typed: str, expected: float
) -> None:
    assert main(["set", str(baseline), "defence_excl_ukraine", "2026", typed]) == 0
    assert value(baseline, "defence_excl_ukraine", 2026) == expected
    out = capsys.readouterr().out
    assert f"defence_excl_ukraine 2026: 2 -> {expected:g} % of GDP" in out


def test_set_adds_to_the_current_value_without_float_noise(
    baseline: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["set", str(baseline), "defence_excl_ukraine", "2025", "+0,2"]) == 0
    assert value(baseline, "defence_excl_ukraine", 2025) == 1.99  # 1.79 + 0.2, not 1.9900000000000002
    assert "2025: 1.79 -> 1.99 % of GDP" in capsys.readouterr().out


def test_set_echoes_money_at_full_precision(baseline: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["set", str(baseline), "gdp_cpb", "2024", "+1"]) == 0
    out = capsys.readouterr().out
    old = load_scenario(BASELINE).inputs["gdp_cpb"][2024].value
    assert f"gdp_cpb 2024: {int(old):,} -> {int(old) + 1:,} EUR mln" in out
    assert "e+" not in out


@pytest.mark.parametrize("typed", ["-5", "=-5"])
def test_negative_spending_is_refused_saying_why(
    baseline: Path, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    before = baseline.read_bytes()
    assert main(["set", str(baseline), "defence_excl_ukraine", "2026", typed]) == 2
    err = capsys.readouterr().err
    assert "defence_excl_ukraine cannot be negative" in err and "not a change" in err
    assert baseline.read_bytes() == before


def test_a_series_that_may_be_negative_takes_eq_minus(
    baseline: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["set", str(baseline), "nato_definition_adjustment", "2024", "=-5"]) == 0
    assert value(baseline, "nato_definition_adjustment", 2024) == -5
    assert "-> -5 EUR mln" in capsys.readouterr().out


def test_gdp_in_billions_is_refused_naming_the_unit(
    baseline: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = baseline.read_bytes()
    assert main(["set", str(baseline), "gdp_cpb", "2024", "1134"]) == 2
    err = capsys.readouterr().err
    assert "gdp_cpb is in EUR mln; 1134 would be EUR 1.1 bn: did you mean 1134000?" in err
    assert "--force" in err
    assert baseline.read_bytes() == before


def test_force_writes_a_doubted_value_the_loader_allows(
    baseline: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["set", str(baseline), "gdp_cpb", "2024", "1134", "--force"]) == 0
    assert value(baseline, "gdp_cpb", 2024) == 1134


def test_force_does_not_write_what_no_file_may_hold(
    baseline: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["set", str(baseline), "gdp_cpb", "2024", "900", "--force"]) == 2  # under EUR 1 bn
    assert "implausible" in capsys.readouterr().err


def test_a_price_index_typed_as_a_ratio_is_doubted(
    baseline: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["set", str(baseline), "deflator_gdp", "2025", "1.05"]) == 2
    assert "did you mean 105?" in capsys.readouterr().err


def test_a_year_an_adjustment_computes_is_refused_as_in_the_app(
    baseline: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = baseline.read_bytes()  # the baseline grows gdp_cpb from 2025 on by [[adjust]]
    assert main(["set", str(baseline), "gdp_cpb", "2026", "1200000"]) == 2
    assert "GDP, CPB 2026 comes from [[adjust]]" in capsys.readouterr().err
    assert baseline.read_bytes() == before
