"""The one writer of scenario files: values changed in place, everything else kept, atomically.

`navotop set` and the app's save both come through here. An edit
- changes only the value it names: comments, blank lines, key order and every non-ASCII
  character stay byte for byte (tomlkit edits the document it parsed, it does not re-render);
- is checked before it lands: the edited file must load as a valid scenario, chain included;
- is atomic: the new text goes to a temporary file in the same folder, is flushed to disk and
  then replaces the original with `os.replace`, so a crash leaves the old file or the new one,
  never half of each;
- refuses to overwrite a file that changed on disk since it was read, leaving both versions:
  the file on disk untouched, the edit still in the caller's hands.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import tomlkit
from tomlkit.items import Table

from core import confine, formats
from core.errors import NavotopError, Problem
from core.measures import INPUT_BY_ID
from core.model import Scenario
from core.scenario import load_scenario
from core.tomlfile import did_you_mean


class StaleFileError(NavotopError):
    """The file changed on disk after it was read; nothing was written."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A file as it was read, to know later whether someone else has changed it since."""

    path: Path
    data: bytes

    @classmethod
    def take(cls, path: Path) -> Snapshot:
        """Read `path` now."""
        confine.check_read(path)
        try:
            return cls(path, path.read_bytes())
        except OSError as exc:
            raise NavotopError.single(path, f"cannot read: {exc.strerror}") from None

    def changed_on_disk(self) -> bool:
        """True when the file no longer holds what was read (or is gone)."""
        try:
            return self.path.read_bytes() != self.data
        except OSError:
            return True


@dataclass(frozen=True, slots=True)
class Edit:
    """Set input `series` in `year` to `value`, in the unit the file states for it."""

    series: str
    year: int
    value: float


def parse_number(text: str) -> float:
    """A number as people type it, in either decimal style: `1.5`, `1,5`, `-2`, `1e3`,
    `1.134.000,5`, `1,134,000.5` (see `core.formats.parse_number`). ValueError otherwise."""
    return formats.parse_number(text)


def parse_edit(text: str, current: float | None) -> float:
    """What a user typed into a cell: a number (`1.5`, `1,5`) or a change relative to the value
    (`+2%`, `-2%`). ValueError, with a message to show, for anything else."""
    cleaned = text.strip()
    if cleaned.endswith("%") and cleaned[:1] in "+-":
        if current is None:
            raise ValueError("a relative change needs a value to change: this cell is unknown")
        percent = parse_number(cleaned[:-1])
        return current * (1 + percent / 100)
    return parse_number(cleaned)


def apply_edits(snapshot: Snapshot, edits: Iterable[Edit]) -> str:
    """The snapshot's text with the edits made, checked to load; NavotopError if refused.

    Each series and year is checked against the scenario the file defines (its own and its
    parents' series, its span). A series the file does not list yet gets its own table, in the
    unit the scenario already uses for that year.
    """
    text = snapshot.data.decode("utf-8")
    scenario = load_scenario(snapshot.path, snapshot.data)  # the version being edited, not today's file
    doc = tomlkit.parse(text)
    problems = [p for edit in edits for p in _edit(doc, scenario, edit)]
    if problems:
        raise NavotopError(problems)
    edited = tomlkit.dumps(doc)
    return edited if edited.endswith("\n") or not text.endswith("\n") else edited + "\n"


def _edit(doc: tomlkit.TOMLDocument, scenario: Scenario, edit: Edit) -> list[Problem]:
    path = scenario.path
    if edit.series not in INPUT_BY_ID:
        hint = did_you_mean(edit.series, INPUT_BY_ID)
        return [Problem(path, 1, 1, f"unknown series '{edit.series}'{hint}; only inputs can be set")]
    if not scenario.first_year <= edit.year <= scenario.last_year:
        span = f"{scenario.first_year}-{scenario.last_year}"
        return [Problem(path, 1, 1, f"year {edit.year} is outside the scenario's years {span}")]
    inputs = doc.get("inputs")
    if inputs is None:
        inputs = tomlkit.table(is_super_table=True)
        doc.add(tomlkit.nl())
        doc["inputs"] = inputs
    table = inputs.get(edit.series)
    if table is None:
        table = tomlkit.table()
        cell = scenario.inputs.get(edit.series, {}).get(edit.year)
        if cell is not None and cell.unit.kind == "share_of":
            table["unit"] = str(cell.unit)
        table["status"] = "assumption"
        inputs[edit.series] = table
    assert isinstance(table, Table | dict)
    key = str(edit.year)
    old = table.get(key)
    value: int | float = edit.value
    if edit.value.is_integer() and not isinstance(old, float):  # 2.00 stays a float, 1134000 an int
        value = int(edit.value)
    table[key] = value
    return []


def write_atomic(snapshot: Snapshot, text: str) -> Snapshot:
    """Replace the file with `text` unless it changed since `snapshot`; return the new snapshot.

    The new text must load as a valid scenario (checked from a temporary file beside the
    original, so `extends` resolves the same way) before it replaces anything.
    """
    path = confine.check(snapshot.path)
    data = text.encode("utf-8")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(OSError):
            temp.chmod(path.stat().st_mode & 0o7777)
        try:
            load_scenario(temp)
        except NavotopError as error:
            raise NavotopError(_rename(p, temp, path) for p in error.problems) from None
        if snapshot.changed_on_disk():
            raise StaleFileError(
                [
                    Problem(
                        path,
                        1,
                        1,
                        "changed on disk since it was read; nothing was written (reload, then edit again)",
                    )
                ]
            )
        temp.replace(path)  # os.replace: atomic on POSIX within one folder
    finally:
        temp.unlink(missing_ok=True)
    _fsync_dir(path.parent)
    return Snapshot(path, data)


def set_value(path: Path, series: str, year: int, value: float) -> Snapshot:
    """`navotop set`: one value changed in place, comments and layout kept, atomically."""
    snapshot = Snapshot.take(path)
    return write_atomic(snapshot, apply_edits(snapshot, [Edit(series, year, value)]))


def _rename(problem: Problem, temp: Path, path: Path) -> Problem:
    return Problem(path if problem.path == temp else problem.path, problem.line, problem.col, problem.message)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
