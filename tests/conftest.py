"""Shared fixtures: small scenario files written on the fly, and the installed `navotop` command."""

from __future__ import annotations

import contextlib
import gc
import io
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BASELINE = REPO / "scenarios" / "baseline.toml"

WriteScenario = Callable[..., Path]


def pytest_collection_finish(session: pytest.Session) -> None:
    """Take the garbage collector's sweeps off the suite's bill (a fifth of its CPU).

    Each TUI test builds an app of thousands of objects in reference cycles; with Python's
    default thresholds the collector ran ~140 times per app, and every full sweep walked all of
    textual's and polars' modules again (~0.15 s each). Once the test modules are imported,
    freeze what exists (modules, classes: never garbage) out of the sweeps, and collect less
    often: the young generation every 20,000 allocations instead of 700, the older ones only
    after a thousand of those. What a finished app leaves in cycles then waits longer to be
    freed, which costs memory, not time: measured over the whole suite (4 workers, back to back
    on one machine), (20000, 50, 100) took 215.8 s of CPU and up to 275 MB a worker,
    (20000, 1000, 1000) 202.3 s and up to 404 MB. No test's outcome may depend on when it runs."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 1000, 1000)


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """Leave what the tests left in cycles for the process's exit to drop, unswept.

    After this hook pytest sweeps the whole heap five times over, to report exceptions raised
    in finalizers (its unraisable-exception check), and each worker then holds hundreds of MB
    of finished apps: those sweeps took 3 to 4 s of CPU a worker, after its last test, while
    the run waited for every worker to end (7 s of `make test`'s wall on two cores). Frozen,
    the heap is skipped by them. What is lost is that check for objects still uncollected at
    the very end; a finalizer that raises during a test is still reported with that test."""
    gc.freeze()


@pytest.fixture(autouse=True)
def english_unless_asked(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """Every test speaks English unless it asks for Dutch, whatever the machine's locale: the
    language is process-wide (core.formats) and inherited by subprocesses (NAVOTOP_LANG). And
    no test journals edits into the user's own state folder: XDG_STATE_HOME is a fresh one. No
    COLUMNS either, whatever runs the suite."""
    from core import confine, formats

    monkeypatch.setenv("NAVOTOP_LANG", "en")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))
    # Text into a pipe follows COLUMNS (tui/cli.py), and pytest-xdist's workers set it to 80:
    # a test that wants a width sets it itself.
    monkeypatch.delenv("COLUMNS", raising=False)
    formats.set_language("en")
    yield
    formats.set_language("en")
    confine.set_roots(())


@pytest.fixture
def write_scenario(tmp_path: Path) -> WriteScenario:
    """Write TOML text (dedented) to tmp_path/NAME and return its path."""

    def write(text: str, name: str = "s.toml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        return path

    return write


def navotop_command() -> list[str]:
    """The `navotop` console script installed beside this Python, as a user would run it."""
    script = Path(sys.executable).with_name("navotop")
    found = str(script) if script.exists() else shutil.which("navotop")
    assert found, "the navotop entry point is not installed; run `make test`"
    return [found]


def run_navotop(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command in this process (`main([...])`) and capture what a user would see, as a
    finished process: exit code, stdout, stderr. A process of its own adds only start-up time
    here; the tests that need a real one (no terminal, no Textual import, the pty) start it."""
    from tui.cli import main

    out, err = io.StringIO(), io.StringIO()
    here = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main([str(arg) for arg in args])
            except SystemExit as exit:  # argparse's usage errors
                code = exit.code if isinstance(exit.code, int) else 2
    finally:
        os.chdir(here)
    return subprocess.CompletedProcess(
        [*navotop_command(), *map(str, args)], code, out.getvalue(), err.getvalue()
    )


def run_navotop_process(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real entry point in a subprocess and capture what a user would see."""
    return subprocess.run(
        [*navotop_command(), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )
