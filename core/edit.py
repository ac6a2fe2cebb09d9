"""The one writer of scenario files: values changed in place, everything else kept, atomically.

`navotop set` and the app's save both come through here. An edit
- changes only the value it names: comments, blank lines, key order and every non-ASCII
  character stay byte for byte (tomlkit edits the document it parsed, it does not re-render);
- is checked before it lands: the edited file must load as a valid scenario, chain included;
- is written by `core.safefile.write_file`, the one safe writer: atomic through an unpredictable
  temporary file, through a symbolic link to its target, keeping mode, owner and group, refusing a
  read-only file or folder and a hard-linked file; every failure is a NavotopError;
- refuses to overwrite a file that changed on disk since it was read, leaving both versions:
  the file on disk untouched, the edit still in the caller's hands.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import Table

from core.errors import NavotopError, Problem
from core.i18n import t
from core.measures import INPUT_BY_ID
from core.model import Scenario
from core.numbers import parse_number, toml_number
from core.safefile import FileRefused, read_regular, write_file
from core.scenario import load_scenario
from core.tomlfile import decode, did_you_mean
from core.tomlpart import edit_table, insert_after, spans

__all__ = ["Edit", "Snapshot", "StaleFileError", "apply_edits", "parse_number", "set_value"]


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
        return cls(path, read_regular(path))

    def changed_on_disk(self) -> bool:
        """True when the file no longer holds what was read (or is gone)."""
        try:
            return read_regular(self.path) != self.data
        except FileRefused:
            return True


@dataclass(frozen=True, slots=True)
class Edit:
    """Set input `series` in `year` to `value`, in the unit the file states for it."""

    series: str
    year: int
    value: float


def apply_edits(snapshot: Snapshot, edits: Iterable[Edit]) -> str:
    """The snapshot's text with the edits made, checked to load; NavotopError if refused.

    Each series and year is checked against the scenario the file defines (its own and its
    parents' series, its span). A series the file does not list yet gets its own table, in the
    unit the scenario already uses for that year.
    """
    scenario = load_scenario(snapshot.path, snapshot.data)  # the version being edited, not today's file
    text = decode(snapshot.path, snapshot.data)  # valid UTF-8 by now; a byte-order mark set aside
    edits = list(edits)
    problems = [p for edit in edits for p in _refused(scenario, edit)]
    if problems:
        raise NavotopError(problems)
    try:
        edited = text
        for series in dict.fromkeys(edit.series for edit in edits):
            mine = [edit for edit in edits if edit.series == series]
            edited = _edit_series(edited, scenario, series, mine)
    except (TOMLKitError, ValueError, TypeError) as exc:  # the editing library's own limits
        raise NavotopError.single(snapshot.path, t("write.in_place", error=exc)) from None
    edited = edited if edited.endswith("\n") or not text.endswith("\n") else edited + "\n"
    return "\ufeff" + edited if snapshot.data.startswith(codecs.BOM_UTF8) else edited


def _refused(scenario: Scenario, edit: Edit) -> list[Problem]:
    """Why the file cannot take `edit` (an unknown series, a year outside its span), if so."""
    path = scenario.path
    if edit.series not in INPUT_BY_ID:
        hint = did_you_mean(edit.series, INPUT_BY_ID)
        return [Problem(path, 1, 1, t("write.series", series=edit.series, hint=hint))]
    if not scenario.first_year <= edit.year <= scenario.last_year:
        first, last = scenario.first_year, scenario.last_year
        return [Problem(path, 1, 1, t("scn.year_outside", year=edit.year, first=first, last=last))]
    return []


def _edit_series(text: str, scenario: Scenario, series: str, edits: list[Edit]) -> str:
    """`text` with `series`' values set: in its `[inputs.SERIES]` table, parsed as a text of its
    own so that nothing else moves (core/tomlpart.py); a series the file does not list yet gets
    a table of its own after the file's last input table, in the unit the scenario already uses
    for that year. (A series written some other way, `[inputs]` with inline tables, is edited
    through the whole document.)"""

    def change(table: Table | tomlkit.TOMLDocument) -> None:
        for edit in edits:
            key = str(edit.year)
            old = table.get(key)
            # 2.00 stays a float, 1134000 an int; 1e300 a float, never a 301-digit integer TOML cannot hold
            table[key] = edit.value if isinstance(old, float) else toml_number(edit.value)

    places = spans(text)
    if ("inputs", series) in places:
        return edit_table(text, ("inputs", series), change)
    doc = tomlkit.parse(text)
    inputs = doc.get("inputs")
    if inputs is not None and series in inputs:
        table = inputs[series]
        assert isinstance(table, Table)
        change(table)
        return tomlkit.dumps(doc)
    table = tomlkit.table()
    cell = scenario.inputs.get(series, {}).get(edits[0].year)
    if cell is not None and cell.unit.kind == "share_of":
        table["unit"] = str(cell.unit)
    table["status"] = "assumption"
    change(table)
    new = tomlkit.document()
    new["inputs"] = tomlkit.table(is_super_table=True)
    new["inputs"][series] = table
    ends = [end for path, (_, end) in places.items() if path[:1] == ("inputs",)]
    if ends:
        return insert_after(text, max(ends), tomlkit.dumps(new))
    return text.rstrip("\n") + "\n\n" + tomlkit.dumps(new)


def write_atomic(snapshot: Snapshot, text: str) -> Snapshot:
    """Replace the file with `text` unless it changed since `snapshot`; return the new snapshot.

    The new text must load as a valid scenario, read as if it were the file (so `extends`
    resolves the same way), before anything is written. Every failure is a NavotopError and
    leaves the file as it was.
    """
    path = snapshot.path
    data = text.encode("utf-8")
    load_scenario(path, data)

    def unchanged() -> None:
        if snapshot.changed_on_disk():
            raise StaleFileError([Problem(path, 1, 1, t("write.stale"))])

    write_file(path, data, replace=True, before_publish=unchanged)
    return Snapshot(path, data)


def set_value(path: Path, series: str, year: int, value: float) -> Snapshot:
    """`navotop set`: one value changed in place, comments and layout kept, atomically."""
    snapshot = Snapshot.take(path)
    return write_atomic(snapshot, apply_edits(snapshot, [Edit(series, year, value)]))
