"""`navotop serve` refuses a port it cannot listen on in words, exit 2, never a traceback: a
port out of range before it starts, a port already taken once it tries (issue 14, found
driving the Dutch app: both were Python tracebacks)."""

from __future__ import annotations

import socket
import subprocess

import pytest

from tests.conftest import BASELINE, navotop_command, run_navotop


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "navotop serve: fout: argument --port: poort 99999 ligt niet tussen 1 en 65535"),
        ("en", "navotop serve: error: argument --port: port 99999 is not between 1 and 65535"),
    ],
)
def test_a_port_out_of_range_is_a_usage_error(lang: str, said: str) -> None:
    done = run_navotop("serve", BASELINE, "--port", "99999", "--lang", lang)
    assert done.returncode == 2
    assert done.stderr.endswith(f"\n{said}\n")


def test_a_port_in_use_is_said_in_dutch_without_a_traceback() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [*navotop_command(), "serve", str(BASELINE), "--port", str(port), "--lang", "nl"],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=60,
            check=False,
        )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.endswith(
        f"navotop serve: kan niet luisteren op 127.0.0.1 poort {port}: de poort is in gebruik (door"
        " een ander programma of een andere navotop serve); kies een andere met --port\n"
    )
    assert "Serving" not in done.stdout and "Press Ctrl+C" not in done.stdout  # textual-serve's English
    assert "Druk op Ctrl+C om te stoppen." in done.stdout
