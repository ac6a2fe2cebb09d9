"""Without a terminal the app does not start: it says so, names the headless way, exits 2."""

from __future__ import annotations

import subprocess

import pytest

from tests.conftest import REPO, navotop_command
from tui.cli import main


def test_without_a_terminal_the_app_says_so_and_exits_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    assert main([]) == 2  # pytest's captured stdin and stdout are no terminal
    err = capsys.readouterr().err
    assert "needs a terminal" in err and "navotop table" in err


def test_the_real_command_with_no_terminal_exits_at_once() -> None:
    done = subprocess.run(
        navotop_command(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=30,
        check=False,
    )
    assert done.returncode == 2 and "navotop table" in done.stderr


def test_the_headless_way_works_as_a_real_process_into_a_pipe() -> None:
    """What the message names, run as a user would, its output into a pipe."""
    from tests.conftest import BASELINE, run_navotop_process

    done = run_navotop_process("table", BASELINE, "--format", "csv")
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.splitlines()[0].startswith("id,")
