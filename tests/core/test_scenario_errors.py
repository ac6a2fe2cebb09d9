"""Every way a scenario file can be wrong gives one exact message at the offending line."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import NavotopError
from core.model import Scenario
from core.scenario import load_scenario
from tests.conftest import BASELINE, REPO, WriteScenario

BAD = REPO / "tests" / "fixtures" / "bad"

# file, line, column, what the message must say
FAILURES = [
    ("toml_syntax.toml", 4, 20, "invalid TOML: Unclosed array"),
    ("unknown_key.toml", 14, 1, "unknown key 'sorce' (did you mean 'source'?)"),
    ("unknown_series.toml", 13, 1, "unknown series 'ukrain_military' (did you mean 'ukraine_military'?)"),
    ("wrong_type.toml", 14, 1, "2024 must be a number, not a string"),
    ("nan.toml", 14, 1, "2024 must be a finite number, not nan"),
    ("infinity.toml", 14, 1, "2024 must be a finite number, not inf"),
    ("year_outside_span.toml", 14, 1, "year 2031 is outside the scenario's years 2024-2026"),
    ("bad_unit.toml", 14, 1, "unit 'EUR bn' cannot be used for ukraine_military"),
    ("undefined_source.toml", 14, 1, "source 'table9' is not defined in [sources]"),
    (
        "unknown_operation.toml",
        15,
        1,
        "unknown operation 'multiply': use one of set, add, scale, growth, floor_share",
    ),
    ("two_operations.toml", 16, 1, "two operations in one adjustment (scale and add)"),
    ("cycle_a.toml", 4, 1, "extends makes a cycle: cycle_a.toml -> cycle_b.toml -> cycle_a.toml"),
    ("extends_missing.toml", 4, 1, "extends 'no-such-parent.toml': no such file"),
    ("duplicate_key.toml", 15, 10, "invalid TOML: duplicate key"),
    ("unit_slip_share.toml", 15, 1, "35% of gdp_cpb is implausible for ukraine_military"),
]


@pytest.mark.parametrize(("name", "line", "col", "message"), FAILURES, ids=[f[0] for f in FAILURES])
def test_each_failure_mode_names_file_line_and_problem(name: str, line: int, col: int, message: str) -> None:
    path = BAD / name
    with pytest.raises(NavotopError) as caught:
        load_scenario(path)
    problems = caught.value.problems
    # the cycle is found reading cycle_b.toml's extends, which points back at cycle_a.toml
    expected_path = BAD / "cycle_b.toml" if name == "cycle_a.toml" else path
    assert any(
        p.path == expected_path and (p.line, p.col) == (line, col) and message in p.message for p in problems
    ), [str(p) for p in problems]


def test_every_problem_in_a_file_is_reported_at_once(write_scenario: WriteScenario) -> None:
    path = write_scenario(
        """
        schema = 1
        [scenario]
        name = "three typos"
        years = [2024, 2025]
        [inputs.gdp_cpb]
        2024 = 100000
        [inputs.defence_excl_ukraine]
        2024 = 2000
        2025 = "x"
        [inputs.deflator_gpd]
        2024 = 100
        [[adjust]]
        series = "gdp_cpb"
        scael = 2
        """
    )
    with pytest.raises(NavotopError) as caught:
        load_scenario(path)
    lines = sorted(p.line for p in caught.value.problems)
    assert lines == [9, 10, 14]


def test_small_numbers_for_gdp_are_caught_as_unit_slips(write_scenario: WriteScenario) -> None:
    path = write_scenario(
        """
        schema = 1
        [scenario]
        name = "bn not mln"
        years = [2024, 2024]
        [inputs.gdp_cpb]
        2024 = 958
        [inputs.defence_excl_ukraine]
        2024 = -5
        """
    )
    with pytest.raises(NavotopError) as caught:
        load_scenario(path)
    messages = [str(p) for p in caught.value.problems]
    assert (
        f"{path}:6:1: GDP of EUR 958 mln is implausible: money is in EUR mln (1,134,000 for EUR 1,134 bn)"
        in messages
    )
    assert (
        f"{path}:8:1: defence_excl_ukraine cannot be negative (-5): it is an amount of spending, not a change"
        in messages
    )


def test_a_broken_parent_is_reported_against_the_parent(write_scenario: WriteScenario) -> None:
    parent = write_scenario(
        'schema = 1\n[scenario]\nname = "p"\nyears = [2024, 2024]\n[inputs.gdp_cpb]\n2024 = true\n', "p.toml"
    )
    child = write_scenario('schema = 1\n[scenario]\nname = "c"\nextends = "p.toml"\n', "c.toml")
    with pytest.raises(NavotopError) as caught:
        load_scenario(child)
    assert f"{parent}:6:1: 2024 must be a number, not a boolean" in [str(p) for p in caught.value.problems]


def test_scenario_files_are_data_never_code(write_scenario: WriteScenario) -> None:
    path = write_scenario(
        """
        schema = 1
        [scenario]
        name = "__import__('os').system('touch /tmp/navotop-pwned')"
        years = [2024, 2024]
        [inputs.gdp_cpb]
        2024 = 100000
        [inputs.defence_excl_ukraine]
        unit = "% of __import__('os')"
        2024 = 2
        """
    )
    with pytest.raises(NavotopError, match="unit '% of __import__"):
        load_scenario(path)
    assert not Path("/tmp/navotop-pwned").exists()


def _load_text(text: str) -> Scenario | NavotopError:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.toml"
        path.write_text(text, encoding="utf-8")
        try:
            return load_scenario(path)
        except NavotopError as error:
            assert error.problems, "an error must say what is wrong"
            for problem in error.problems:
                assert problem.line >= 1 and problem.col >= 1 and problem.message
            return error


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text_gives_a_scenario_or_our_error(text: str) -> None:
    assert isinstance(_load_text(text), Scenario | NavotopError)


_BASELINE_LINES = BASELINE.read_text(encoding="utf-8").splitlines()
_TOKENS = ["=", "[", "]", '"', "0", "-1", "nan", "1e308", "[[adjust]]", "x", "2031", "true", "{", "\\"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(_BASELINE_LINES) - 1),
            st.sampled_from(["drop", "dup", "insert", "replace"]),
            st.sampled_from(_TOKENS),
            st.integers(0, 80),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_mutated_baseline_gives_a_scenario_or_our_error(mutations: list[tuple[int, str, str, int]]) -> None:
    lines = list(_BASELINE_LINES)
    for index, kind, token, at in mutations:
        index %= len(lines)
        line = lines[index]
        if kind == "drop":
            del lines[index]
        elif kind == "dup":
            lines.insert(index, line)
        elif kind == "insert":
            lines[index] = line[:at] + token + line[at:]
        else:
            lines[index] = line[:at] + token + line[at + len(token) :]
        if not lines:
            lines = [""]
    assert isinstance(_load_text("\n".join(lines)), Scenario | NavotopError)
