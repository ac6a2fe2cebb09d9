"""CPU the app costs per start and per key, in-process with `App.run_test()` as the test suite
starts it (about 200 times a run), at 120x40 and 80x24.

A start is measured from building the app to the baseline shown and the process idle (the
scenario read and computed by the load worker, whose thread's CPU counts too: process time).
The first start of the process is a warm-up (imports, polars) and is not counted. A key is
measured from the press to the app idle again: `down` in the grid, `2` / `3` to switch
panes and back, `b` / `escape` to open a dialog (the bridge) and close it, and `?` / `escape` the
same for help.

    .venv/bin/python bench/startup_cpu.py              # figures
    BENCH_STARTS=20 .venv/bin/python bench/startup_cpu.py
    BENCH_PROFILE=start .venv/bin/python bench/startup_cpu.py   # cProfile of one start
    BENCH_PROFILE=down|pane|dialog|help .venv/bin/python bench/startup_cpu.py   # cProfile of keys
    BENCH_PROFILE=calls .venv/bin/python bench/startup_cpu.py   # function calls: load-proof

Run it against another checkout by its path (`python bench/startup_cpu.py /work/main`), so that
before and after can be measured one after the other on a noisy machine (prefer `calls`;
one start's count varies by about 20k calls from run to run: compare the medians of a few runs).
"""

from __future__ import annotations

import asyncio
import contextlib
import cProfile
import gc
import os
import pstats
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from textual.worker import WorkerCancelled  # noqa: E402

from tui.cli import make_app  # noqa: E402

SIZES = ((120, 40), (80, 24))
KEYS = {
    "down": ["down"],
    "pane": ["2", "3"],
    "dialog": ["b", "escape"],
    "help": ["question_mark", "escape"],
}
"""Each measured key (or pair of keys, back where it started)."""


async def _loaded(pilot: Any) -> None:
    """Until the scenario is shown and nothing is left to do (as the tests' `until_loaded`)."""
    app = pilot.app
    while not getattr(app, "ready", False):
        await asyncio.sleep(0.005)
        with contextlib.suppress(WorkerCancelled):
            await app.workers.wait_for_complete()
    await pilot.pause()
    with contextlib.suppress(WorkerCancelled):
        await app.workers.wait_for_complete()
    await pilot.pause()


async def one_start(
    size: tuple[int, int], keys: list[str] | None = None, presses: int = 0
) -> tuple[float, float]:
    """CPU seconds of one start to idle, and of `presses` rounds of `keys` after it."""
    baseline = REPO / "scenarios" / "baseline.toml"
    export = Path(os.environ.get("TMPDIR", "/tmp")) / "navotop-bench-exports"
    gc.collect()
    start = time.process_time()
    app = make_app(baseline, export_dir=export, watch=False)
    async with app.run_test(size=size) as pilot:
        await _loaded(pilot)
        started = time.process_time() - start
        keyed = 0.0
        if keys:
            begin = time.process_time()
            for _ in range(presses):
                for key in keys:
                    await pilot.press(key)
                    await pilot.pause()
            keyed = (time.process_time() - begin) / presses
    return started, keyed


async def measure(starts: int) -> None:
    await one_start(SIZES[0])  # warm-up: imports, polars, the first CSS parse
    for width, height in SIZES:
        cpu = [(await one_start((width, height)))[0] * 1000 for _ in range(starts)]
        median, least = statistics.median(cpu), min(cpu)
        print(f"start {width}x{height}: median {median:.0f} ms CPU, min {least:.0f} ({starts} starts)")
    for name, keys in KEYS.items():
        for width, height in SIZES:
            per = [(await one_start((width, height), keys, 10))[1] * 1000 for _ in range(3)]
            each = "+".join(keys)
            print(f"key {name} {width}x{height}: median {statistics.median(per):.1f} ms CPU per {each}")


async def calls(size: tuple[int, int]) -> tuple[int, int, int]:
    """Python function calls of one start, and per `down` and per `2`+`3` after it: a count
    that the machine's load does not move (CPU time does, by a third and more here)."""
    counted = []
    for keys in (None, KEYS["down"], KEYS["pane"]):
        profiler = cProfile.Profile()
        baseline = REPO / "scenarios" / "baseline.toml"
        app = make_app(baseline, watch=False)
        if keys is None:
            profiler.enable()
        async with app.run_test(size=size) as pilot:
            await _loaded(pilot)
            if keys is not None:
                profiler.enable()
                for _ in range(5):
                    for key in keys:
                        await pilot.press(key)
                        await pilot.pause()
        profiler.disable()
        total = sum(stat[1] for stat in pstats.Stats(profiler).stats.values())  # type: ignore[attr-defined]
        counted.append(total if keys is None else total // 5)
    return counted[0], counted[1], counted[2]


async def count_calls() -> None:
    await one_start(SIZES[0])
    for size in SIZES:
        start, down, pane = await calls(size)
        print(f"calls {size[0]}x{size[1]}: start {start}, down {down}, 2+3 {pane}")


async def profile(what: str) -> None:
    await one_start(SIZES[0])
    profiler = cProfile.Profile()
    if what == "start":
        profiler.enable()
        await one_start(SIZES[0])
        profiler.disable()
    else:
        keys = KEYS[what]
        baseline = REPO / "scenarios" / "baseline.toml"
        app = make_app(baseline, watch=False)
        async with app.run_test(size=SIZES[0]) as pilot:
            await _loaded(pilot)
            profiler.enable()
            for _ in range(20):
                for key in keys:
                    await pilot.press(key)
                    await pilot.pause()
            profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(60)
    stats.sort_stats("tottime").print_stats(30)


def main() -> None:
    print(f"{REPO} load {os.getloadavg()[0]:.1f}")
    what = os.environ.get("BENCH_PROFILE")
    if what == "calls":
        asyncio.run(count_calls())
    elif what:
        asyncio.run(profile(what))
    else:
        asyncio.run(measure(int(os.environ.get("BENCH_STARTS", "10"))))


if __name__ == "__main__":
    main()
