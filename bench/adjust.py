"""Compute time against the number of `[[adjust]]` entries on one series (issue 10, item 4).

Each adjustment used to double the series' polars expression (15 took 21 s and 4 GB); the cost
must now grow at most linearly. For 1, 10, 100 and 1,000 adjustments on the baseline's
`defence_excl_ukraine`, of three kinds:
- `add` and `growth` (set, add, scale and growth compose year by year into one expression), and
- `floor_share` (a maximum, which cannot be composed; the series is computed into a column of
  its own every few of them),
it prints the median ms of `compute(scenario)` (warm: the scenario is loaded once) and the ms per
adjustment above the baseline's own compute. Run with `make bench`; never part of `make test`.
Exits 1 when 1,000 adjustments of either kind take a second or more.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from core.engine import compute  # noqa: E402
from core.model import Scenario  # noqa: E402
from core.scenario import load_scenario  # noqa: E402

BASELINE = REPO / "scenarios" / "baseline.toml"
COUNTS = (1, 10, 100, 1000)
KINDS = {
    "add": "add = 1\nfrom = 2026\nto = 2030",
    "growth": "growth = 0.1\nfrom = 2027\nto = 2030",
    "floor_share": "floor_share = 1.0\nfrom = 2027\nto = 2030",
}


def scenario_with(folder: Path, kind: str, count: int) -> Scenario:
    """The baseline with `count` adjustments of `kind` on one series, written beside it so that
    `extends`, if any, resolves the same way."""
    entry = f'\n[[adjust]]\nseries = "defence_excl_ukraine"\n{KINDS[kind]}\n'
    path = folder / f"adjust-{kind}-{count}.toml"
    path.write_text(BASELINE.read_text(encoding="utf-8") + entry * count, encoding="utf-8")
    return load_scenario(path)


def median_ms(scenario: Scenario, repeat: int) -> float:
    compute(scenario)  # warm: imports, plan cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        compute(scenario)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15, help="timed computes per figure")
    args = parser.parse_args()
    base = median_ms(load_scenario(BASELINE), args.repeat * 4)
    print(f"polars {pl.__version__}, Python {sys.version.split()[0]}, median of {args.repeat} computes")
    print(f"baseline without extra adjustments: {base:.2f} ms")
    print("| adjustments | kind | median ms | ms per adjustment above baseline |\n|---:|---|---:|---:|")
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for kind in KINDS:
            for count in COUNTS:
                ms = median_ms(scenario_with(Path(tmp), kind, count), args.repeat)
                print(f"| {count:,} | {kind} | {ms:.2f} | {(ms - base) / count:.3f} |")
                if count == COUNTS[-1]:
                    worst = max(worst, ms)
    ok = worst < 1000
    print(
        "1,000 adjustments under a second" if ok else "OVER BUDGET: 1,000 adjustments take a second or more"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
