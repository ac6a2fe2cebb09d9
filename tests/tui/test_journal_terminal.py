"""Nothing lost when the connection drops, in a real terminal: an edit, then SIGHUP (what a
dropped SSH session sends); the next `navotop` on the file offers the edit back, says from
when, and restores it; after another drop, discarding it shows the file's own value."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import shutil
import signal
import struct
import subprocess
import termios
import time
from collections.abc import Callable
from pathlib import Path

from tests.conftest import REPO, navotop_command

ESCAPES = re.compile(rb"\x1b(\[[0-9;?<>=$]*[A-Za-z~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][A-Z0-9]|[=>])")
"""Terminal control sequences: colours, cursor moves, modes, titles."""


class Terminal:
    """`navotop` in a 120x40 pseudo-terminal, read as a user's terminal would show it."""

    def __init__(self, scenario: Path, state: Path) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "XDG_STATE_HOME": str(state), "NAVOTOP_LANG": "en"}
        env.pop("TEXTUAL", None)
        self.process = subprocess.Popen(
            [*navotop_command(), str(scenario), "--no-watch"],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=scenario.parent,
            env=env,
            start_new_session=True,
        )
        os.close(slave)

    def read_until(self, needle: bytes, seconds: float = 60) -> bytes:
        """What the app wrote until `needle` showed (or the time ran out), its colours and
        cursor moves taken out, so words in one style run together as on screen."""
        seen = b""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and needle not in _plain(seen):
            if select.select([self.master], [], [], 0.1)[0]:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
        return _plain(seen)

    def type(self, keys: bytes) -> None:
        os.write(self.master, keys)

    def escape(self) -> None:
        """Press esc alone: a key right behind it would be read as alt+key, so the terminal's
        escape delay passes first (a property of terminals, not a wait for the app)."""
        self.type(b"\x1b")
        self.read_until(b"\x00never", 0.4)

    def hang_up(self) -> None:
        """Drop the terminal as a lost SSH connection does: SIGHUP, and the terminal gone."""
        self.process.send_signal(signal.SIGHUP)
        os.close(self.master)
        self.process.wait(timeout=20)

    def quit(self) -> int:
        self.type(b"q")
        deadline = time.monotonic() + 20
        while self.process.poll() is None and time.monotonic() < deadline:
            self.read_until(b"\x00never", 0.2)  # keep draining: a full terminal blocks the app
        code = self.process.wait(timeout=1)
        os.close(self.master)
        return code

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


def _plain(raw: bytes) -> bytes:
    return ESCAPES.sub(b"", raw)


def _on_disk_within(check: Callable[[], bool], seconds: float) -> bool:
    """Poll the file system (another process writes it: there is no event to await)."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _journals(state: Path) -> list[Path]:
    return sorted((state / "navotop" / "journal").glob("*.jsonl"))


def _written(state: Path) -> bool:
    """One journal, holding at least one whole line (an edit, as the app writes it)."""
    journals = _journals(state)
    return len(journals) == 1 and journals[0].read_bytes().endswith(b"\n")


def test_an_edit_survives_a_dropped_connection_and_can_be_restored_or_discarded(tmp_path: Path) -> None:
    folder, state = tmp_path / "scenarios", tmp_path / "state"
    shutil.copytree(REPO / "scenarios", folder)
    scenario = folder / "baseline.toml"
    on_disk = scenario.read_bytes()

    first = Terminal(scenario, state)
    try:
        assert b"Table 1" in first.read_until(b"Table 1")
        # The cursor starts on Table 1's first row, first year: the Dutch share excl. Ukraine,
        # 1.56% in 2024. Typing 2 sets spending to 2% of CPB GDP (22,680 of 1,134,000 mln).
        first.type(b"e")
        assert b"Editing Dutch, excl. Ukraine 2024" in first.read_until(
            b"Editing Dutch, excl. Ukraine 2024", 10
        )
        first.type(b"\x15" + b"2" + b"\r")  # ctrl+u clears the field
        # The edit is on disk before the terminal goes: a whole line in the journal. (The file
        # alone is not enough: the journal's thread creates it, then writes the line; a hang-up
        # in between, likely on a loaded machine, left an empty journal and nothing to offer.)
        assert _on_disk_within(lambda: _written(state), 10)
        first.hang_up()
    finally:
        first.kill()
    assert scenario.read_bytes() == on_disk  # the scenario file is untouched

    second = Terminal(scenario, state)
    try:
        offer = second.read_until(b"[d] discard", 60)
        assert b"1 unsaved edit to baseline.toml, last made " in offer
        assert b"[r] restore" in offer
        second.type(b"r")
        assert b"Restored 1 unsaved" in second.read_until(b"Restored 1 unsaved", 10)  # the toast wraps
        second.type(b"e")  # the editor says what the cell holds now
        assert b"Editing Dutch, excl. Ukraine 2024 in % of GDP, now 2" in second.read_until(b"GDP, now 2", 10)
        second.escape()  # leave the editor, change nothing
        second.hang_up()  # dropped again, with the restored edit still unsaved
    finally:
        second.kill()

    third = Terminal(scenario, state)
    try:
        assert b"[d] discard" in third.read_until(b"[d] discard", 60)
        third.type(b"d")
        assert b"Discarded the unsaved" in third.read_until(b"Discarded the unsaved", 10)
        assert _on_disk_within(lambda: _journals(state) == [], 5)  # a discard clears the journal
        third.type(b"e")
        shown = third.read_until(b"now 1.5", 10)
        assert b"Editing Dutch, excl. Ukraine 2024 in % of GDP, now 1.56" in shown  # the file's figure
        third.escape()
        assert third.quit() == 0  # nothing unsaved: q quits without asking
    finally:
        third.kill()
    assert scenario.read_bytes() == on_disk
