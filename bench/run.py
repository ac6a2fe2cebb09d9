"""navotop's speed figures. Run with `make bench`; never part of `make test` (timings are not
assertions: a loaded CI machine must not turn a slow minute red).

Each figure is measured side by side with what it is compared against, interleaved, so both see
the same machine state. Prints a markdown table for the closing notes and exits 1 when a budget
from the issues is missed.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from core.engine import compute  # noqa: E402
from core.measures import measures_for  # noqa: E402
from core.scenario import load_scenario  # noqa: E402

BASELINE = REPO / "scenarios" / "baseline.toml"
NAVOTOP = Path(sys.executable).with_name("navotop")


def median_ms(fn: Callable[[], object], *, repeat: int, warmup: int = 20) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def naive_compute(scenario_path: Path) -> pl.DataFrame:
    """The way a first version would do it: read the file, then one `with_columns` per value and
    per basis column of each measure. Same registry, same numbers, no plan cache."""
    from core.engine import _value_and_basis

    scenario = load_scenario(scenario_path)
    frame = compute_inputs_only(scenario)
    for measure in measures_for(scenario.norms.values(), scenario.first_year):
        for expr in _value_and_basis(measure):
            frame = frame.with_columns(expr)
    return frame


def compute_inputs_only(scenario: object) -> pl.DataFrame:
    from core.engine import _Inputs  # the engine's own input stage: we compare the measure passes

    raw, stages = _Inputs(scenario).build()  # type: ignore[arg-type]
    for stage in stages:
        raw = raw.with_columns(stage)
    return raw


def bench_engine(repeat: int) -> list[tuple[str, float, str]]:
    scenario = load_scenario(BASELINE)
    warm = median_ms(lambda: compute(scenario), repeat=repeat)
    load = median_ms(lambda: load_scenario(BASELINE), repeat=repeat // 4)
    naive = median_ms(lambda: naive_compute(BASELINE), repeat=repeat // 4)
    full = median_ms(lambda: compute(load_scenario(BASELINE)), repeat=repeat // 4)
    check = naive_compute(BASELINE)
    ours = compute(scenario)
    for column in ("share_nato", "share_nl_incl", "bridge_prices"):
        assert check.get_column(column).to_list() == ours.frame.get_column(column).to_list(), column
    return [
        ("compute(baseline), warm", warm, "budget 5 ms"),
        ("load_scenario(baseline)", load, ""),
        ("load + compute", full, ""),
        ("naive: load + one with_columns per column", naive, f"ratio ours/naive {full / naive:.2f}"),
    ]


def run_once(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def bench_process(rounds: int) -> list[tuple[str, float, str]]:
    ours_cmd = [str(NAVOTOP), "table", str(BASELINE), "--format", "json"]
    polars_cmd = [sys.executable, "-c", "import polars"]
    bare_cmd = [sys.executable, "-c", "pass"]
    for command in (ours_cmd, polars_cmd):
        run_once(command)
    ours, polars_only, bare = [], [], []
    for _ in range(rounds):  # interleaved: both see the same machine state
        ours.append(run_once(ours_cmd))
        polars_only.append(run_once(polars_cmd))
        bare.append(run_once(bare_cmd))
    o, p, b = statistics.median(ours), statistics.median(polars_only), statistics.median(bare)
    return [
        (
            "process: navotop table baseline --format json",
            o,
            f"ratio to import polars {o / p:.2f} (budget 1.5)",
        ),
        ('process: python -c "import polars"', p, ""),
        ('process: python -c "pass"', b, ""),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=400, help="timed calls per in-process figure")
    parser.add_argument("--rounds", type=int, default=15, help="runs of each process, interleaved")
    args = parser.parse_args()
    rows = bench_engine(args.repeat) + bench_process(args.rounds)
    print(
        f"polars {pl.__version__}, Python {sys.version.split()[0]}, {args.repeat} calls / {args.rounds} runs"
    )
    print("| what | median ms | note |\n|---|---:|---|")
    for what, ms, note in rows:
        print(f"| {what} | {ms:.2f} | {note} |")
    warm = rows[0][1]
    ratio = rows[4][1] / rows[5][1]
    ok = warm <= 5.0 and ratio <= 1.5
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
