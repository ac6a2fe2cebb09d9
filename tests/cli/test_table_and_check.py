"""`navotop table` and `navotop check` as a user runs them: the installed command, in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from tests.conftest import BASELINE, REPO, WriteScenario, run_navotop

# Table 1 of the letter ("NAVO-percentages cf. verschillende berekeningswijzen"), all 15 figures.
TABLE_1 = {
    "share_nl_excl": {2024: 1.56, 2025: 1.79, 2026: 2.00, 2027: 2.05, 2028: 2.08, 2029: 2.09, 2030: 2.05},
    "share_nl_incl": {2024: 1.79, 2025: 2.19, 2026: 2.21, 2027: 2.15, 2028: 2.12, 2029: 2.09, 2030: 2.06},
    "share_nato": {2024: 2.06},
}


@pytest.fixture(scope="module")
def baseline_json() -> dict[str, object]:
    done = run_navotop("table", BASELINE, "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _rows(table: dict[str, object]) -> dict[str, dict[str, object]]:
    return {row["id"]: row for row in table["rows"]}  # type: ignore[attr-defined, index]


def test_baseline_gives_all_15_figures_of_table_1(baseline_json: dict[str, object]) -> None:
    rows = _rows(baseline_json)
    found = 0
    for row_id, figures in TABLE_1.items():
        for year, figure in figures.items():
            value = rows[row_id]["values"][str(year)]  # type: ignore[index]
            assert round(value, 2) == figure, (row_id, year, value)
            found += 1
    assert found == 15


def test_nato_has_no_figure_after_2024_and_the_json_says_null(baseline_json: dict[str, object]) -> None:
    values = _rows(baseline_json)["share_nato"]["values"]
    assert [values[str(y)] for y in range(2025, 2031)] == [None] * 6  # type: ignore[index]


def test_json_follows_the_contract(baseline_json: dict[str, object]) -> None:
    assert baseline_json["years"] == list(range(2024, 2031))
    assert isinstance(baseline_json["scenario"], str)
    for row in baseline_json["rows"]:  # type: ignore[attr-defined]
        assert {"id", "label", "unit", "kind", "values"} <= set(row)
        assert row["kind"] in {"input", "measure", "norm"}
        assert list(row["values"]) == [str(y) for y in range(2024, 2031)]


def test_json_flags_defaults_and_the_calibration(baseline_json: dict[str, object]) -> None:
    rows = _rows(baseline_json)
    assert rows["deflator_gdp"]["basis"]["2024"] == ["calibration"]  # type: ignore[index]
    assert rows["deflator_defence"]["basis"]["2024"] == ["estimate"]  # type: ignore[index]
    assert rows["related_security"]["basis"]["2024"] == ["default"]  # type: ignore[index]
    assert rows["related_security"]["values"]["2024"] is None  # type: ignore[index]
    assert "calibration" in rows["share_nato"]["basis"]["2024"]  # type: ignore[index]
    assert "2024" not in rows["share_nl_excl"]["basis"]  # type: ignore[operator]


def test_csv_header_and_full_precision() -> None:
    done = run_navotop("table", BASELINE, "--format", "csv")
    assert done.returncode == 0, done.stderr
    table = list(csv.reader(io.StringIO(done.stdout)))
    assert table[0] == ["id", "label", "unit", *map(str, range(2024, 2031))]
    nato = next(r for r in table if r[0] == "share_nato")
    assert float(nato[3]) == pytest.approx(2.06, abs=1e-9)
    assert nato[4] == ""  # unknown


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_text_and_markdown_show_units_sources_and_the_marks(fmt: str) -> None:
    done = run_navotop("table", BASELINE, "--format", fmt)
    assert done.returncode == 0, done.stderr
    for needle in ("EUR mln", "% of GDP", "table1", "2.06 eac", "1.56", "default unknown", "unknown"):
        assert needle in done.stdout, needle


def test_check_passes_on_the_baseline() -> None:
    done = run_navotop("check", BASELINE)
    assert done.returncode == 0, done.stderr
    assert "ok (15 published figures checked)" in done.stdout


def test_check_fails_with_exit_1_and_names_the_line(write_scenario: WriteScenario) -> None:
    path = write_scenario(
        """
        schema = 1
        [scenario]
        name = "wrong"
        years = [2024, 2024]
        [inputs.gdp_cpb]
        2024 = 100000
        [inputs.defence_excl_ukraine]
        2024 = 2000
        [observed.share_nl_excl]
        2024 = 2.1
        """
    )
    done = run_navotop("check", path)
    assert done.returncode == 1
    assert f"{path}:10:1: share_nl_excl 2024: computed 2, published 2.1" in done.stderr


BAD_INPUT = {
    "missing file": (None, "no such file", 1),
    "not TOML": ("schema = 1\n[scenario\nname = 'x'\n", "invalid TOML", 2),
    "required series missing": (
        'schema = 1\n[scenario]\nname = "x"\nyears = [2024, 2024]\n[inputs.gdp_cpb]\n2024 = 100000\n',
        "required series 'defence_excl_ukraine' is missing",
        None,
    ),
}


@pytest.mark.parametrize("case", list(BAD_INPUT))
@pytest.mark.parametrize("command", ["table", "check"])
def test_bad_input_is_one_line_with_file_and_line_never_a_traceback(
    write_scenario: WriteScenario, case: str, command: str
) -> None:
    text, message, line = BAD_INPUT[case]
    path = write_scenario(text) if text is not None else REPO / "tests" / "no-such-file.toml"
    done = run_navotop(command, path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{path}:{line or ''}"), lines[0]
    assert message in lines[0]


def test_usage_errors_exit_2() -> None:
    done = run_navotop("table", BASELINE, "--format", "xml")
    assert done.returncode == 2
    assert "invalid choice" in done.stderr


def test_computing_never_imports_textual_and_json_never_imports_rich() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['table', {str(BASELINE)!r}, '--format', 'json']) == 0\n"
        "    assert main(['check', " + repr(str(BASELINE)) + "]) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert done.stdout.strip() == "[]"


def test_importing_core_never_imports_textual() -> None:
    code = (
        "import sys, pkgutil, importlib, core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'core.'):\n"
        "    importlib.import_module(m.name)\n"
        "print([m for m in sys.modules if m.split('.')[0] == 'textual'])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert done.stdout.strip() == "[]"
