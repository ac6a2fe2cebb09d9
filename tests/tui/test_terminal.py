"""The real `navotop` command in a pseudo-terminal: it paints, takes keys and quits cleanly."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import termios
import time

from tests.conftest import REPO, navotop_command

_ESCAPE = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")


def _text(painted: bytes) -> bytes:
    """The painted characters without the terminal's colour and cursor codes."""
    return _ESCAPE.sub(b"", painted)


def _read_until(fd: int, needle: bytes, seconds: float, *, plain: bool = False) -> bytes:
    """Read until `needle` is in what was read (in its characters alone, with `plain`)."""
    seen = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if needle in (_text(seen) if plain else seen):
                return seen
    return seen


def test_navotop_runs_in_a_terminal_takes_keys_and_quits(tmp_path: object) -> None:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"}
    env.pop("TEXTUAL", None)
    process = subprocess.Popen(
        [*navotop_command(), "--no-watch"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=REPO,
        env=env,
        start_new_session=True,
    )
    os.close(slave)
    try:
        # Without any key, Table 1 is the first thing in the table: the letter's 1.56% (Dutch
        # method excl. Ukraine, 2024), 1.79% (incl. Ukraine) and NATO's 2.06% are on screen.
        # The verdict line names 2024's three too, so the grid's own later years (2.19 and 2.21,
        # incl. Ukraine in 2025 and 2026) prove that the rows themselves are in view.
        painted = _read_until(master, b"2.21", 60)
        for figure in (b"Table 1", b"1.56", b"1.79", b"2.06", b"2.19", b"2.21"):
            if figure not in painted:  # the rest of that frame, read until each figure is in
                painted += _read_until(master, figure, 5)
            assert figure in painted, (figure, painted[-2000:])
        os.write(master, b"1")  # agenda
        assert b"Huis ten Bosch" in _read_until(master, b"Huis ten Bosch", 10)
        os.write(master, b"?")  # help
        assert b"undo the last edit" in _read_until(master, b"undo the last edit", 10)  # its first key
        os.write(master, b"\x1b[F")  # end: the formulas, below the keys
        assert b"Rows and formulas" in _read_until(master, b"Rows and formulas", 10)
        os.write(master, b"\x1b")  # close help
        time.sleep(0.5)
        os.write(master, b"3o")  # the table, then open: the picker has the keyboard at once
        assert b"Open a scenario" in _read_until(master, b"Open a scenario", 20)
        os.write(master, b"\x1b[B\r")  # down, enter: the second scenario by file name
        # Opened once the header names it: the picker lists the same name, so the name alone
        # can be read before the file is (and an `e` sent then edits the scenario left).
        opened = "navotop — GDP 3% lower from 2026".encode()
        assert opened in _text(_read_until(master, opened, 20, plain=True))
        time.sleep(0.5)
        os.write(master, b"e")  # edit the first input (GDP): clear it, type +1 (EUR mln more), enter
        assert b"Editing" in _read_until(master, b"Editing", 10)
        os.write(master, b"\x15+1\r")
        assert b"unsaved edits" in _read_until(master, b"unsaved edits", 10)
        os.write(master, b"q")
        shown = _read_until(master, b"or enter for the highlighted answer", 10)
        for text in (b"[s]", b"save, then quit", b"[d]", b"discard my edits and quit", b"[c]", b"cancel"):
            assert text in shown, text
        time.sleep(0.3)
        os.write(master, b"\x1b[A\r")  # up from cancel to discard, enter picks it
        deadline = time.monotonic() + 20
        while process.poll() is None and time.monotonic() < deadline:
            _read_until(master, b"\x00never", 0.2)  # keep draining: a full pty blocks the app
        assert process.wait(timeout=1) == 0
    finally:
        if process.poll() is None:
            process.kill()
        os.close(master)
