"""`navotop solve`, `sensitivity` and `sweep` through the entry point: shapes, numbers, exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from core.engine import compute
from core.scenario import load_scenario
from core.sweep import what_if
from tests.conftest import BASELINE, run_navotop
from tui.cli import main

GDP_CPB_2030 = 1_134_000.0 * 1.03938 * 1.0353**5
# NATO's method in 2024 (the baseline, from NATO's June 2024 tables): GDP, the two deflators, and
# Ukraine support plus NATO's spending figure less the Dutch: 2,608.2 - 398.6.
GDP_NATO, DEFLATOR_DEFENCE, DEFLATOR_GDP = 1_078_365.0, 119.3407, 133.2197176
OTHER_NATO_SPENDING_2024 = 2_608.2 - 398.6
SPENDING_FOR_2_5 = 0.025 * GDP_NATO * DEFLATOR_DEFENCE / DEFLATOR_GDP - OTHER_NATO_SPENDING_2024
SOLVE_KEYS = ["scenario", "row", "year", "target", "vary", "how", "from", "reachable", "achieved", "rate"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_solve_json_has_the_contracts_keys_and_the_hand_computed_answer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(
        capsys, "solve", str(BASELINE), "--row", "share_nl_excl", "--year", "2030",
        "--target", "3.5", "--vary", "defence_excl_ukraine", "--format", "json",
    )  # fmt: skip
    answer = json.loads(out)
    assert code == 0
    assert list(answer) == [*SOLVE_KEYS, "values"]
    assert answer["how"] == "level" and answer["from"] == 2030 and answer["rate"] is None
    assert answer["reachable"] is True and answer["achieved"] == pytest.approx(3.5, rel=1e-12)
    assert answer["values"] == {"2030": pytest.approx(0.035 * GDP_CPB_2030, rel=1e-12)}
    again = compute(
        what_if(load_scenario(BASELINE), {("defence_excl_ukraine", 2030): answer["values"]["2030"]})
    )
    assert again.value("share_nl_excl", 2030) == pytest.approx(3.5, rel=1e-12)


def test_solve_growth_gives_the_rate_in_percent_a_year(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "solve", str(BASELINE), "--row", "share_nl_excl", "--year", "2030", "--target", "3,5",
        "--vary", "defence_excl_ukraine", "--how", "growth", "--from", "2025", "--format", "json",
    )  # fmt: skip
    answer = json.loads(out)
    rate = ((0.035 * GDP_CPB_2030) / (0.0156 * 1_134_000)) ** (1 / 6) - 1
    assert code == 0 and answer["rate"] == pytest.approx(100 * rate, rel=1e-10)
    assert list(answer["values"]) == [str(y) for y in range(2025, 2031)]


def test_solve_text_says_what_changes_and_from_what(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "solve", str(BASELINE), "--row", "share_nato", "--year", "2024", "--target", "2.5",
        "--vary", "defence_excl_ukraine",
    )  # fmt: skip
    assert code == 0
    assert f"defence_excl_ukraine 2024: EUR {SPENDING_FOR_2_5:,.1f} mln (was EUR 17,690.4 mln)" in out


def test_an_unreachable_target_exits_1_and_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "solve", str(BASELINE), "--row", "share_nl_excl", "--year", "2030", "--target", "-1",
        "--vary", "defence_excl_ukraine", "--format", "json",
    )  # fmt: skip
    answer = json.loads(out)
    assert code == 1 and err == ""
    assert answer["reachable"] is False and answer["achieved"] is None and answer["values"] == {}
    code, out, _ = run(
        capsys, "solve", str(BASELINE), "--row", "share_nl_excl", "--year", "2030", "--target", "3.5",
        "--vary", "gdp_oecd",
    )  # fmt: skip
    assert code == 1 and "not reachable: Dutch, excl. Ukraine in 2030 does not depend on GDP, OECD" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--row", "share_nato_", "--vary", "gdp_oecd"],
            "unknown row 'share_nato_' (did you mean 'share_nato'?)",
        ),
        (["--row", "share_nato", "--vary", "gdp_oced"], "unknown input series 'gdp_oced' (did you mean"),
        (["--row", "share_nato", "--vary", "gdp_oecd", "--year", "2040"], "year 2040 is outside"),
    ],
)
def test_solve_refuses_bad_input_with_exit_2(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    year = [] if "--year" in args else ["--year", "2024"]
    code, out, err = run(capsys, "solve", str(BASELINE), *args, *year, "--target", "2")
    assert code == 2 and out == ""
    assert err.startswith(f"{BASELINE}:1:1: ") and message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "The value of NATO method in 2026 is unknown, so there is nothing to vary"),
        ("nl", "De waarde van NAVO-wijze in 2026 is onbekend, dus er valt niets te variëren"),
    ],
)
def test_sensitivity_of_an_unknown_cell_says_there_is_nothing_to_vary(
    capsys: pytest.CaptureFixture[str], lang: str, words: str
) -> None:
    """NATO's method has no 2026 figures: no table of "no change: the cell does not depend on
    it" for every input, which would be false, but why there is nothing to show."""
    code, out, _ = run(
        capsys, "--lang", lang, "sensitivity", str(BASELINE), "--row", "share_nato", "--year", "2026"
    )
    assert code == 0
    assert words in " ".join(out.split())
    assert "no change" not in out and "geen verandering" not in out


def test_sensitivity_of_the_nato_share_2024_by_hand(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "sensitivity", str(BASELINE), "--row", "share_nato", "--year", "2024", "--format", "json"
    )
    result = json.loads(out)
    assert code == 0
    assert list(result) == ["scenario", "row", "year", "base", "by", "inputs"]
    base = 100 * (19_900 / DEFLATOR_DEFENCE) / (GDP_NATO / DEFLATOR_GDP)  # 2.06, as NATO reports
    assert result["base"] == pytest.approx(base, rel=1e-12) and round(base, 2) == 2.06
    assert result["by"] == 10.0
    inputs = {i["series"]: (i["low"], i["high"]) for i in result["inputs"]}
    # share = 100 * (spending / deflator_defence) / (GDP / deflator_gdp): moving GDP or the defence
    # deflator divides by 0.9 or 1.1, moving the GDP deflator multiplies; a spending series moves the
    # share by its part of NATO's 19,900.
    assert inputs["gdp_oecd"] == (pytest.approx(base / 0.9), pytest.approx(base / 1.1))
    assert inputs["deflator_defence"] == (pytest.approx(base / 0.9), pytest.approx(base / 1.1))
    assert inputs["deflator_gdp"] == (pytest.approx(base * 0.9), pytest.approx(base * 1.1))
    part = base * 0.1 * 17_690.4 / 19_900
    assert inputs["defence_excl_ukraine"] == (pytest.approx(base - part), pytest.approx(base + part))
    part = base * 0.1 * -398.6 / 19_900
    assert inputs["nato_definition_adjustment"] == (pytest.approx(base - part), pytest.approx(base + part))
    # CPB GDP moves as an edit of its cell does: the Dutch spending, stated as 1.79% of it, moves
    # with it (NATO's own -398.6 does not): 1.79% x 1,134,000 x 0.9 - 398.6 = 17,870.1 of 19,900.
    low, high = (0.0179 * 1_134_000 * f - 398.6 for f in (0.9, 1.1))
    assert inputs["gdp_cpb"] == (pytest.approx(base * low / 19_900), pytest.approx(base * high / 19_900))
    assert inputs["related_security"] == (pytest.approx(base, rel=1e-12), pytest.approx(base, rel=1e-12))
    order = [i["series"] for i in result["inputs"]]
    assert order == [
        "gdp_oecd", "deflator_defence", "gdp_cpb", "deflator_gdp", "defence_excl_ukraine",
        "ukraine_military", "nato_definition_adjustment", "related_security",
    ]  # fmt: skip
    scenario = load_scenario(BASELINE)
    up = {("gdp_oecd", 2024): GDP_NATO * 1.1}  # the scenario gives NATO's GDP for 2024 only
    assert compute(what_if(scenario, up)).value("share_nato", 2024) == pytest.approx(inputs["gdp_oecd"][1])


def test_sensitivity_text_says_which_inputs_do_not_matter(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "sensitivity", str(BASELINE), "--row", "share_nato", "--year", "2024", "--by", "5"
    )
    assert code == 0
    assert "each input moved 5% down and up" in out
    assert "share_nato" not in out.splitlines()[0]  # the row by its name, as the grid says it
    related = next(line for line in out.splitlines() if "(related_security)" in line)
    assert "no change: the cell does not depend on it" in related


def test_sweep_csv_is_every_combination_with_the_rows_value(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "sweep", str(BASELINE), "--vary", "defence_excl_ukraine:2024:10000:30000:3",
        "--vary", "gdp_oecd:2024:1000000:1200000:2", "--row", "share_nato", "--year", "2024",
    )  # fmt: skip
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0
    assert rows[0] == ["defence_excl_ukraine", "gdp_oecd", "share_nato"]
    assert len(rows) == 1 + 6
    for spending, gdp, share in rows[1:]:
        nato_spending = float(spending) + OTHER_NATO_SPENDING_2024
        expected = 100 * (nato_spending / DEFLATOR_DEFENCE) / (float(gdp) / DEFLATOR_GDP)
        assert float(share) == pytest.approx(expected, rel=1e-12)
    assert [r[0] for r in rows[1:]] == ["10000.0", "10000.0", "20000.0", "20000.0", "30000.0", "30000.0"]


def test_sweep_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "sweep", str(BASELINE), "--vary", "gdp_cpb:2030:1e6:2e6:2", "--row", "share_nato",
        "--year", "2030", "--format", "json",
    )  # fmt: skip
    assert code == 0
    # NATO's share for 2030 is unknown in the baseline (no OECD GDP after 2024): null, not a number.
    assert json.loads(out) == {"rows": [{"gdp_cpb": 1e6, "value": None}, {"gdp_cpb": 2e6, "value": None}]}


@pytest.mark.parametrize(
    "vary", ["gdp_cpb:2030:1:2", "gdp_cpb:2030:1:2:0", "gdp_cpb:x:1:2:3", "gdp_cpb:2030:a:2:3"]
)
def test_sweep_refuses_a_malformed_vary_with_exit_2(capsys: pytest.CaptureFixture[str], vary: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["sweep", str(BASELINE), "--vary", vary, "--row", "share_nato", "--year", "2024"])
    assert exit_.value.code == 2
    assert "--vary" in capsys.readouterr().err


def test_the_analysis_commands_run_as_a_process_without_textual() -> None:
    done = run_navotop(
        "solve", BASELINE, "--row", "share_nato", "--year", "2024", "--target", "2.5", "--vary",
        "defence_excl_ukraine", "--format", "json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["values"]["2024"] == pytest.approx(SPENDING_FOR_2_5, rel=1e-12)
    cell = "'--row', 'share_nato', '--year', '2024'"
    probe = (
        "import sys; from tui.cli import main; p = sys.argv[1]; "
        f"main(['sensitivity', p, {cell}, '--format', 'json']); "
        f"main(['sweep', p, '--vary', 'gdp_cpb:2024:1:2:2', {cell}]); "
        f"main(['solve', p, {cell}, '--target', '2', '--vary', 'gdp_oecd']); "
        "print('textual' in sys.modules, 'rich' in sys.modules, file=sys.stderr)"
    )
    done2 = subprocess.run(
        [sys.executable, "-c", probe, str(BASELINE)], capture_output=True, text=True, check=False
    )
    assert done2.returncode == 0, done2.stderr
    assert done2.stderr.strip().splitlines()[-1] == "False False"


def test_the_parsers_ways_to_vary_are_goal_seeks() -> None:
    from core.solve import HOWS
    from tui.analysis_cli import HOWS as PARSER_HOWS

    assert PARSER_HOWS == HOWS
