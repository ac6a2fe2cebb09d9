"""Nothing lost when the connection drops: unsaved edits journaled as they are made.

A dropped SSH session kills the terminal and the app with it, unsaved what-ifs and all. So
every change to the unsaved edits is appended to a journal, one JSON line holding the whole set
of edits at that moment (the cells' values and the growth rates set on growth rows, and how
many edits the user made to get them), and flushed to disk (fsync) before the app goes on. The next `navotop`
on the same file finds it and offers to restore the edits (saying from when) or to discard
them; a clean save or a discard removes it.

The journal lives beside the user's state, `$XDG_STATE_HOME/navotop/journal/` (by default
`~/.local/state/navotop/journal/`), never inside or beside the scenario file: a scenario file
is data the user shares, and a folder it sits in may be read-only or shared with others.

Each line carries the SHA-256 of the file the edits were made on. If the file has changed on
disk since (someone saved it, a `git pull`), the journal is still offered, but marked as such,
so the app can say so and ask; it is never applied silently. A torn last line (the process
killed mid-write) is ignored: at most the last edit is lost, never the journal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import queue
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

EditKey = tuple[str, int]
Growth = Mapping[str, Mapping[int, float]]
"""Growth edits: series -> year -> % a year (as core/session.py keeps them)."""


def state_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where navotop keeps what belongs to the user rather than to a scenario (XDG base dirs)."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_STATE_HOME") or str(Path(env.get("HOME") or Path.home()) / ".local" / "state")
    return Path(base) / "navotop"


def journal_path(scenario: Path, folder: Path | None = None) -> Path:
    """The journal of one scenario file: named by a hash of its real path, so two files with
    the same name in different folders never share one."""
    key = hashlib.sha256(str(scenario.expanduser().resolve()).encode()).hexdigest()[:20]
    return (folder or state_dir() / "journal") / f"{key}.jsonl"


def fingerprint(data: bytes) -> str:
    """The SHA-256 of a file's bytes: to know whether the edits' base is still what is on disk."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class Pending:
    """Unsaved edits a previous session left behind for one scenario file."""

    scenario: Path
    when: dt.datetime
    """When the last of them was made (local time, with its offset)."""
    edits: dict[EditKey, float]
    file_changed: bool
    """True when the file on disk is no longer the one the edits were made on."""
    growth: dict[str, dict[int, float]] = field(default_factory=dict)
    """Growth rates set on growth rows: series -> year -> % a year."""
    made: int = 0
    """How many edits the user made to get these (core/session.py `_Edits.made`); 0 in a line
    written before the journal counted them."""

    @property
    def count(self) -> int:
        """How many edits the user made, as the app counts them while it runs: a growth rate set
        for five years is one edit, not five (a tester was offered "6 unsaved edits" back after
        making two). A line without the count falls back to the cells the edits change."""
        return self.made or len(self.edits) + sum(len(years) for years in self.growth.values())


class Journal:
    """The journal of one scenario file, written as edits are made."""

    def __init__(self, scenario: Path, folder: Path | None = None) -> None:
        self.scenario = scenario
        self.path = journal_path(scenario, folder)

    def record(
        self,
        edits: Mapping[EditKey, float],
        base: bytes,
        now: dt.datetime | None = None,
        growth: Growth | None = None,
        made: int = 0,
    ) -> None:
        """Append the whole set of unsaved edits (cell values, and growth rates by series and
        year), made on the file whose bytes are `base` in `made` edits, and fsync it. An empty set
        means nothing is left unsaved: the journal is removed."""
        rates = sorted((s, y, v) for s, years in (growth or {}).items() for y, v in years.items())
        if not edits and not rates:
            self.clear()
            return
        line = {
            "time": (now or dt.datetime.now().astimezone()).isoformat(timespec="seconds"),
            "scenario": str(self.scenario.expanduser().resolve()),
            "file_sha256": fingerprint(base),
            "edits": [[series, year, value] for (series, year), value in sorted(edits.items())],
            "growth": [[series, year, value] for series, year, value in rates],
            "made": made,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)

    def clear(self) -> None:
        """Forget the unsaved edits: after a clean save, or when the user discards them."""
        self.path.unlink(missing_ok=True)

    def pending(self, on_disk: bytes | None) -> Pending | None:
        """What the journal holds, or None when there is nothing to restore. `on_disk` is the
        file as it is now (None if it cannot be read), to tell whether it changed since."""
        try:
            lines = self.path.read_bytes().splitlines()
        except OSError:  # none, or unreadable: nothing to offer (the app must start regardless)
            return None
        for raw in reversed(lines):
            record = _parse(raw)
            if record is None:
                continue  # a torn line from a process killed mid-write, or a stranger's
            when, base, edits, growth, made = record
            if not edits and not growth:
                return None
            changed = on_disk is None or fingerprint(on_disk) != base
            return Pending(self.scenario, when, edits, changed, growth, made)
        return None


def _parse(
    raw: bytes,
) -> tuple[dt.datetime, str, dict[EditKey, float], dict[str, dict[int, float]], int] | None:
    """One line, or None when it is torn or not a journal's. A line without growth rates (as
    written before they were journaled) has none; one without the count of edits, 0."""
    try:
        line = json.loads(raw)
        when = dt.datetime.fromisoformat(line["time"])
        edits = {(str(s), int(y)): float(v) for s, y, v in line["edits"]}
        growth: dict[str, dict[int, float]] = {}
        for s, y, v in line.get("growth", []):
            growth.setdefault(str(s), {})[int(y)] = float(v)
        made = line.get("made", 0)
        made = made if isinstance(made, int) and made > 0 else 0
        return when, str(line["file_sha256"]), edits, growth, made
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


class JournalWriter:
    """Writes a journal's records in order on a thread of its own, so an edit never waits for
    the disk: an fsync takes ~4 ms on this project's machines, a quarter of the 16 ms an edit
    has to repaint the table. The cost is a window of a few milliseconds after each edit in
    which a killed process loses that one edit (never the ones before it)."""

    def __init__(self, journal: Journal, on_error: Callable[[OSError], None]) -> None:
        self.journal = journal
        self.on_error = on_error
        self._queue: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="navotop-journal", daemon=True)
        self._thread.start()

    def record(
        self, edits: Mapping[EditKey, float], base: bytes, growth: Growth | None = None, made: int = 0
    ) -> None:
        """Queue the current unsaved edits (copied now: the caller goes on changing its own)."""
        edits, now = dict(edits), dt.datetime.now().astimezone()
        rates = {series: dict(years) for series, years in (growth or {}).items()}
        self._queue.put(lambda: self.journal.record(edits, base, now, rates, made))

    def clear(self) -> None:
        """Queue removing the journal, after every record queued before."""
        self._queue.put(self.journal.clear)

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything queued so far is on disk; False if that took over `timeout`."""
        done = threading.Event()
        self._queue.put(done.set)
        return done.wait(timeout)

    def close(self) -> None:
        """Write what is queued, then stop the thread."""
        self._queue.put(None)
        self._thread.join(timeout=5.0)

    def _run(self) -> None:
        while (task := self._queue.get()) is not None:
            try:
                task()
            except OSError as exc:
                self.on_error(exc)
