"""The sweep engine's speed (issue 13). Run with `make bench`; never part of `make test`.

- 10,000 variants x every year x every measure, one polars evaluation: budget 20 ms median warm;
- against `compute()` once per variant (timed on a few hundred, scaled to 10,000): at least 300x;
- a whole `navotop sweep` process of 10,000 combinations against a `navotop table` process:
  at most 1.3x (both as real processes, interleaved, so both see the same machine state);
- goal seek on a row affine in its input (the closed form `g` uses), the arithmetic alone: within
  one frame, 16 ms (the same in the app, key to screen: bench/goal_seek.py).

Prints a markdown table and the machine's load, and exits 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import os
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
from core.scenario import load_scenario  # noqa: E402
from core.solve import Goal, solve  # noqa: E402
from core.sweep import Axis, Sweep, grid, what_if  # noqa: E402

BASELINE = REPO / "scenarios" / "baseline.toml"
NAVOTOP = Path(sys.executable).with_name("navotop")
AXES = [
    Axis("defence_excl_ukraine", 2030, 20_000.0, 60_000.0, 100),
    Axis("gdp_oecd", 2024, 1_000_000.0, 1_200_000.0, 100),
]


def times_ms(fn: Callable[[], object], *, repeat: int, warmup: int = 10) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def bench_engine(repeat: int, loop: int) -> list[tuple[str, float, str, bool]]:
    scenario = load_scenario(BASELINE)
    sweep = Sweep(scenario)
    n, cells = grid(AXES)
    series_cells = {key: pl.Series(values) for key, values in cells.items()}
    frame = sweep.run(n, series_cells)
    assert frame.height == n * len(scenario.years) and set(sweep.row_ids) <= set(frame.columns)
    run = statistics.median(times_ms(lambda: sweep.run(n, series_cells), repeat=repeat))
    with_grid = statistics.median(times_ms(lambda: sweep.run(*grid(AXES)), repeat=repeat))
    pairs = list(zip(*cells.values(), strict=True))[:loop]

    def one_by_one() -> None:
        for a, b in pairs:
            compute(what_if(scenario, {("defence_excl_ukraine", 2030): a, ("gdp_oecd", 2024): b}))

    per_variant = min(times_ms(one_by_one, repeat=3, warmup=1)) / loop
    scaled = per_variant * n
    linear = Goal("share_nl_excl", 2030, 3.5, "defence_excl_ukraine")
    assert solve(sweep, linear).reachable
    seek = statistics.median(times_ms(lambda: solve(sweep, linear), repeat=repeat // 2))
    search = Goal("share_nato", 2024, 2.5, "gdp_oecd")
    seek_search = statistics.median(times_ms(lambda: solve(sweep, search), repeat=max(repeat // 10, 5)))
    return [
        (f"sweep: {n:,} variants x {len(scenario.years)} years x every row", run, "budget 20 ms", run <= 20),
        ("  the same, building the grid's cells too", with_grid, "", True),
        (
            f"compute() per variant, {loop} timed, scaled to {n:,}",
            scaled,
            f"sweep is {scaled / run:,.0f}x faster (budget 300x)",
            scaled / run >= 300,
        ),
        ("goal seek, affine row (closed form)", seek, "budget 16 ms (one frame)", seek <= 16),
        ("goal seek, search (share_nato by gdp_oecd)", seek_search, "", True),
    ]


def run_once(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def bench_process(rounds: int) -> list[tuple[str, float, str, bool]]:
    table_cmd = [str(NAVOTOP), "table", str(BASELINE), "--format", "json"]
    sweep_cmd = [str(NAVOTOP), "sweep", str(BASELINE), "--row", "share_nato", "--year", "2024"]
    for axis in AXES:
        sweep_cmd += ["--vary", f"{axis.series}:{axis.year}:{axis.start}:{axis.stop}:{axis.steps}"]
    lines = subprocess.run(sweep_cmd, check=True, capture_output=True, text=True).stdout.count("\n")
    assert lines == 10_001, lines
    run_once(table_cmd)
    table, sweep = [], []
    for _ in range(rounds):
        table.append(run_once(table_cmd))
        sweep.append(run_once(sweep_cmd))
    t, s = statistics.median(table), statistics.median(sweep)
    return [
        (
            "process: navotop sweep, 10,000 combinations (CSV)",
            s,
            f"ratio to table {s / t:.2f} (budget 1.3)",
            s / t <= 1.3,
        ),
        ("process: navotop table baseline --format json", t, "", True),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=100, help="timed calls per in-process figure")
    parser.add_argument("--loop", type=int, default=300, help="variants computed one by one")
    parser.add_argument("--rounds", type=int, default=15, help="runs of each process, interleaved")
    args = parser.parse_args()
    load = os.getloadavg()
    rows = bench_engine(args.repeat, args.loop) + bench_process(args.rounds)
    after = os.getloadavg()
    print(f"polars {pl.__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} cores;")
    print(f"load average before {load[0]:.2f}, after {after[0]:.2f} (1 min)")
    print("| what | median ms | note |\n|---|---:|---|")
    for what, ms, note, _ in rows:
        print(f"| {what} | {ms:,.2f} | {note} |")
    ok = all(within for *_, within in rows)
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
