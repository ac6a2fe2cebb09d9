"""Many adjustments on one series: the same numbers as one at a time, at a cost linear in their
number (issue 10, item 4: each used to double the expression; 15 took 21 s and 4 GB)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from core.engine import MATERIALIZE_EVERY, compute
from core.model import Basis
from core.scenario import load_scenario
from tests.conftest import REPO, WriteScenario

HEAD = """
    schema = 1
    [scenario]
    name = "stacked"
    years = [2024, 2027]
    [inputs.gdp_cpb]
    2024 = 100000
    2025 = 100000
    2026 = 100000
    2027 = 100000
    [inputs.defence_excl_ukraine]
    unit = "% of gdp_cpb"
    status = "assumption"
    2024 = 1.0
    2025 = 1.0
    2026 = 1.0
    2027 = 1.0
"""


def adjust(operation: str, value: float, start: int, end: int) -> str:
    return (
        f'\n[[adjust]]\nseries = "defence_excl_ukraine"\n{operation} = {value}\nfrom = {start}\nto = {end}\n'
    )


def test_set_add_and_scale_compose_year_by_year(write_scenario: WriteScenario) -> None:
    """1,000 euros a year (1% of 100,000), then, in file order:
    add 100 (2025-2027), scale 2 (2026-2027), set 50 (2027), add 5 (2027), scale 3 (2025)
    2024: 1,000                       untouched
    2025: (1,000 + 100) · 3 = 3,300
    2026: (1,000 + 100) · 2 = 2,200
    2027: 50 + 5 = 55                 set forgets what came before
    """
    steps = [("add", 100, 2025, 2027), ("scale", 2, 2026, 2027), ("set", 50, 2027, 2027)]
    steps += [("add", 5, 2027, 2027), ("scale", 3, 2025, 2025)]
    text = textwrap.dedent(HEAD) + "".join(adjust(*step) for step in steps)
    result = compute(load_scenario(write_scenario(text)))
    assert result.values("defence_excl_ukraine") == pytest.approx([1000, 3300, 2200, 55])
    # the Dutch share follows: euros over a GDP of 100,000
    assert result.values("share_nl_excl") == pytest.approx([1.0, 3.3, 2.2, 0.055])
    assert [Basis.ADJUSTED in result.basis("defence_excl_ukraine", y) for y in range(2024, 2028)] == [
        False,
        True,
        True,
        True,
    ]


def test_a_scale_only_keeps_the_stated_share_and_set_zero_makes_it_zero(
    write_scenario: WriteScenario,
) -> None:
    """Scale 1.5 three times in 2025 (1% · 3.375 = 3.375%); set 0 in 2026; 2027 untouched."""
    steps = [("scale", 1.5, 2025, 2025)] * 3 + [("set", 0, 2026, 2026)]
    text = textwrap.dedent(HEAD) + "".join(adjust(*step) for step in steps)
    result = compute(load_scenario(write_scenario(text)))
    assert result.values("defence_excl_ukraine") == pytest.approx([1000, 3375, 0, 1000])
    assert result.values("share_nl_excl") == pytest.approx([1.0, 3.375, 0.0, 1.0])


def test_growths_compose_with_the_other_operations(write_scenario: WriteScenario) -> None:
    """Growth reads the year before its window. Ten times +10% from 2025 on 1,000: each one
    starts again from 2024's 1,000, so 2025 = 1,100, 2026 = 1,210, 2027 = 1,331; then add 1
    in 2027 (1,332), scale 2 in 2025 (2,200), and one more growth from 2026, now on 2025's
    2,200: 2,420 and 2,662."""
    steps = [("growth", 10, 2025, 2027)] * 10 + [("add", 1, 2027, 2027), ("scale", 2, 2025, 2025)]
    steps.append(("growth", 10, 2026, 2027))
    text = textwrap.dedent(HEAD) + "".join(adjust(*step) for step in steps)
    result = compute(load_scenario(write_scenario(text)))
    assert result.values("defence_excl_ukraine") == pytest.approx([1000, 2200, 2420, 2662])
    assert [Basis.ADJUSTED in result.basis("defence_excl_ukraine", y) for y in range(2024, 2028)] == [
        False,
        True,
        True,
        True,
    ]


def test_floor_shares_stacked_past_the_pass_limit_give_the_one_at_a_time_numbers(
    write_scenario: WriteScenario,
) -> None:
    """floor_share cannot be composed: more of them than MATERIALIZE_EVERY makes the engine
    compute the series into a column between them. 1% of a GDP of 100,000 is 1,000; floors of
    1.1%, 1.2% ... 1.8% from 2026 raise it to 1,800 there, with an add of 50 in 2027 between
    the fourth and the fifth (1,400 + 50 = 1,450, then floors up to 1,800 again)."""
    steps: list[tuple[str, float, int, int]] = [("floor_share", 1.1 + k / 10, 2026, 2027) for k in range(4)]
    steps += [("add", 50, 2027, 2027)] + [("floor_share", 1.5 + k / 10, 2026, 2027) for k in range(4)]
    assert len(steps) > 3 * MATERIALIZE_EVERY
    text = textwrap.dedent(HEAD) + "".join(adjust(*step) for step in steps)
    result = compute(load_scenario(write_scenario(text)))
    assert result.values("defence_excl_ukraine") == pytest.approx([1000, 1000, 1800, 1800])


SCRIPT = """
import sys
sys.path.insert(0, {repo!r})
from core.engine import compute
from core.scenario import load_scenario
result = compute(load_scenario({path!r}))
print(result.value("defence_excl_ukraine", 2027), result.value("defence_excl_ukraine", 2026))
"""


@pytest.mark.parametrize("operation", ["add", "growth", "floor_share"])
def test_a_thousand_adjustments_on_one_series_finish(tmp_path: Path, operation: str) -> None:
    """In a child process with a 2 GB memory cap and a generous time limit (this is not a speed
    test: bench/adjust.py measures). Before the fix, 25 adjustments exhausted the machine's
    memory. From 2027 on 1,000 a year: 1,000 adds of 1 make 2,000; 1,000 growths of 1% each
    start again from 2026, so 1,010; 1,000 floors of 1.5% of 100,000 make 1,500."""
    value, expected = {"add": ("add = 1", 2000.0), "growth": ("growth = 1", 1010.0)}.get(
        operation, ("floor_share = 1.5", 1500.0)
    )
    entry = f'\n[[adjust]]\nseries = "defence_excl_ukraine"\n{value}\nfrom = 2027\n'
    path = tmp_path / "thousand.toml"
    path.write_text(textwrap.dedent(HEAD) + entry * 1000, encoding="utf-8")
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
    done = subprocess.run(
        [sys.executable, "-c", limit + SCRIPT.format(repo=str(REPO), path=str(path))],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert [float(x) for x in done.stdout.split()] == pytest.approx([expected, 1000.0])


def test_a_growth_carries_the_basis_of_the_year_it_grows_from(write_scenario: WriteScenario) -> None:
    """The parent's spending is sourced (no marks); the child assumes 2025 and then sets it to
    500 by an adjustment; growth from 2026 grows 2025's 500 by 10% a year (550, 605) and its
    cells rest on what 2025 rests on: an assumption, adjusted."""
    write_scenario(
        """
        schema = 1
        [scenario]
        name = "parent"
        years = [2024, 2027]
        [sources.x]
        title = "x"
        [inputs.gdp_cpb]
        source = "x"
        2024 = 100000
        2025 = 100000
        2026 = 100000
        2027 = 100000
        [inputs.defence_excl_ukraine]
        source = "x"
        2024 = 1000
        2025 = 1000
        2026 = 1000
        2027 = 1000
        """,
        "parent.toml",
    )
    child = (
        'schema = 1\n[scenario]\nname = "child"\nextends = "parent.toml"\n'
        '[inputs.defence_excl_ukraine]\nstatus = "assumption"\n2025 = 1000\n'
        + adjust("set", 500, 2025, 2025)
        + adjust("growth", 10, 2026, 2027)
    )
    result = compute(load_scenario(write_scenario(child, "child.toml")))
    assert result.values("defence_excl_ukraine") == pytest.approx([1000, 500, 550, 605])
    assert result.basis("defence_excl_ukraine", 2024) == Basis.NONE
    for year in (2025, 2026, 2027):
        assert result.basis("defence_excl_ukraine", year) == Basis.ASSUMPTION | Basis.ADJUSTED, year
