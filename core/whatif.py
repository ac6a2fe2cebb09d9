"""What-ifs written honestly: growth edits as `[[adjust]]` growth values, changed values marked
as what-ifs (never under the source they replace), and a what-if saved beside its baseline.

Three rules hold everywhere here:
- A value a user changed is a what-if. In an input table its year is listed under `what_if`,
  with the date and what it replaced, so the table's source no longer stands behind it. A
  changed `[[adjust]]` loses its `source` the same way; its old note is kept after "Was:".
- Growth stays growth. Editing a year's growth changes the `[[adjust]]` entry that drives that
  year (split into runs where only some of its years change), never a pile of levels.
- A what-if child holds only the edits, and means exactly what the user saw. A growth edit is
  written as an `[[adjust]]` that `replaces` the parent's growth for the edited years
  (core/growth.py): it counts as the parent's, so the parent's shares of GDP hold, as they do
  when the same edit is saved into the parent itself. The same goes for a growth edit made in
  a child on years its parent grows: it becomes the child's own, the parent is not touched.

Everything is built on `core/edit.py`: its `apply_edits` changes the values, its `write_atomic`
writes, checks and refuses to overwrite a file changed on disk.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal, TypeVar

import tomlkit
from tomlkit.items import AoT, Table

from core.edit import Edit, Snapshot, apply_edits
from core.errors import NavotopError, Problem
from core.growth import growth_years as driven_years
from core.growth import in_place_of
from core.i18n import t
from core.model import Adjustment, Cell, Origin, Scenario, Unit
from core.paths import installed
from core.safefile import write_file
from core.scenario import load_scenario
from core.tomlpart import edit_table, spans
from core.tomlpos import locate
from core.whatif_note import note_for

Scope = Literal["year", "after"]
"""A growth edit changes this year only, or this year and every later year its run covers."""
V = TypeVar("V")
GrowthEdits = Mapping[str, Mapping[int, float]]
"""Series -> year -> the growth (% a year) the user set for that year."""


def growth_years(scenario: Scenario, series: str) -> dict[int, Adjustment]:
    """The years whose value of `series` comes from a growth `[[adjust]]`, each with the entry
    that drives it (see core/growth.py)."""
    return driven_years(scenario.adjustments, series)


def growth_series(scenario: Scenario) -> list[str]:
    """The input series with at least one year driven by growth, in the scenario's order."""
    seen = {adj.series for adj in scenario.adjustments if adj.operation == "growth"}
    return [s for s in dict.fromkeys(a.series for a in scenario.adjustments) if s in seen]


def block(driven: Mapping[int, Adjustment], year: int) -> list[int]:
    """`year` and the growth-driven years right after it, without a gap: what "this year and
    after" changes."""
    years = []
    while year in driven:
        years.append(year)
        year += 1
    return years


def runs(values: Mapping[int, V]) -> list[tuple[int, int, V]]:
    """Consecutive years with the same value as (first, last, value), in year order."""
    out: list[tuple[int, int, V]] = []
    for year in sorted(values):
        value = values[year]
        if out and out[-1][1] == year - 1 and out[-1][2] == value:
            out[-1] = (out[-1][0], year, value)
        else:
            out.append((year, year, value))
    return out


def clean(value: float) -> float:
    """A computed value without float noise (3.53 - 1 is 2.5299999999999998): what is written."""
    return float(f"{value:.10g}")


@dataclass(frozen=True, slots=True)
class GrowthRewrite:
    """One own `[[adjust]]` growth entry (its index among the file's entries) and the runs that
    replace it: the first run reuses the entry, the others follow it."""

    index: int
    adjustment: Adjustment
    runs: tuple[tuple[int, int, float], ...]


def growth_rewrites(scenario: Scenario, path: Path, edits: GrowthEdits) -> list[GrowthRewrite]:
    """How `path`'s own growth entries change under `edits` (only entries with an edited year).

    Each changed entry keeps its span; its years take the edited growth where the user set one
    and the entry's value elsewhere, so the years after an edited one compound from the new
    level at their old rate.
    """
    own = _own(scenario, path)
    out = []
    for index, adj in enumerate(own):
        if adj.operation != "growth" or adj.series not in edits:
            continue
        driven = growth_years(scenario, adj.series)
        changed = {y: v for y, v in edits[adj.series].items() if driven.get(y) is adj}
        if not changed:
            continue
        values = {y: changed.get(y, adj.value) for y in range(adj.start, adj.end + 1)}
        out.append(GrowthRewrite(index, adj, tuple(runs(values))))
    return out


def _own(scenario: Scenario, path: Path) -> list[Adjustment]:
    """`path`'s own adjustments in the order its `[[adjust]]` entries are written (one that
    `replaces` a parent's growth stands in the parent's place among the scenario's)."""
    own = [a for a in scenario.adjustments if a.origin.path == path]
    return sorted(own, key=lambda a: (a.origin.line, a.origin.col))


@dataclass(frozen=True, slots=True)
class GrowthOverride:
    """A growth `path` gets of its own for years a file it extends grows: written as an
    `[[adjust]]` that `replaces` that file's growth (core/growth.py)."""

    adjustment: Adjustment
    replaced: Adjustment
    """The entry it takes the place of: its file is named, its value is what the edit replaced."""


def growth_overrides(scenario: Scenario, path: Path, edits: GrowthEdits) -> list[GrowthOverride]:
    """The edited years grown by a file `path` extends, as runs of one entry and one value.
    Only the edited years: the parent's later years then grow from the new level by themselves."""
    out = []
    for series, edited in edits.items():
        driven = growth_years(scenario, series)
        parent = {y: v for y, v in edited.items() if y in driven and driven[y].origin.path != path}
        for first, last, _ in runs({y: (id(driven[y]), v) for y, v in parent.items()}):
            old = driven[first]
            value = parent[first]
            new = Adjustment(
                series, "growth", value, first, last, Origin(path, 1, 1), t("session.unsaved_note")
            )
            out.append(GrowthOverride(new, old))
    return out


def with_growth_edits(scenario: Scenario, path: Path, edits: GrowthEdits) -> Scenario:
    """The scenario as it will be once `edits` are written into `path`: the same runs the writer
    writes, in place of the entries they rewrite, and the growth it gets in place of a parent's
    put where the loader puts it, so what is shown is what is saved."""
    rewrites = {r.adjustment: r for r in growth_rewrites(scenario, path, edits)}
    overrides = growth_overrides(scenario, path, edits)
    if not rewrites and not overrides:
        return scenario
    adjustments: list[Adjustment] = []
    for adj in scenario.adjustments:
        rewrite = rewrites.get(adj)
        if rewrite is None:
            adjustments.append(adj)
            continue
        for first, last, value in rewrite.runs:
            if value == adj.value:
                adjustments.append(replace(adj, start=first, end=last))
            else:
                adjustments.append(
                    replace(
                        adj, value=value, start=first, end=last, note=t("session.unsaved_note"), source=None
                    )
                )
    placed: tuple[Adjustment, ...] = tuple(adjustments)
    for override in overrides:
        placed = in_place_of(placed, override.adjustment, override.replaced.origin.path)
    return replace(scenario, adjustments=placed)


# ---------------------------------------------------------------------- writing into the file
def write_text(
    snapshot: Snapshot,
    disk: Scenario,
    values: Mapping[tuple[str, int], float],
    growth: GrowthEdits,
    today: dt.date,
) -> str:
    """The file's new text with the edits made and marked as what-ifs, comments kept where they
    were; the values are changed and checked by `apply_edits` (the caller's `write_atomic` checks
    the whole)."""
    edits = [Edit(series, year, value) for (series, year), value in sorted(values.items())]
    text = apply_edits(snapshot, edits) if edits else snapshot.data.decode("utf-8")
    notes: dict[str, dict[str, str]] = {}
    for (series, year), value in sorted(values.items()):
        old = disk.inputs.get(series, {}).get(year)
        note = note_for("", value, None if old is None else old.value, old.source if old else None, today)
        notes.setdefault(series, {})[str(year)] = note
    new_marks: dict[str, dict[str, str]] = {}
    out = text
    for series, years in notes.items():

        def mark(table: Table, series: str = series, years: dict[str, str] = years) -> None:
            if "what_if" in table:  # already there: changed in place, where it stands
                for year, note in years.items():
                    table["what_if"][year] = note
            else:
                new_marks[series] = years

        if ("inputs", series) in spans(out):
            out = edit_table(out, ("inputs", series), mark)
        else:  # written some other way (`[inputs]` with inline tables): through the whole document
            doc = tomlkit.parse(out)
            mark(doc["inputs"][series])
            out = tomlkit.dumps(doc)
    out = _insert_marks(out, new_marks)
    out = _growth_text(out, disk, snapshot.path, growth, today)
    return out if out.endswith("\n") or not text.endswith("\n") else out + "\n"


def _growth_text(text: str, disk: Scenario, path: Path, growth: GrowthEdits, today: dt.date) -> str:
    """`text` with its own growth entries rewritten and the growth it takes in place of a
    parent's added after its last `[[adjust]]`. Each entry is edited as a text of its own:
    tomlkit, given the whole file, gathers an `[[adjust]]` array written in several places into
    one (moving entries and the comments around them), which a save must never do."""
    rewrites = growth_rewrites(disk, path, growth)
    overrides = growth_overrides(disk, path, growth)
    if not rewrites and not overrides:
        return text
    lines = text.split("\n")
    places = spans(text)
    entries_at = [
        places[key] for key in sorted((k for k in places if k[0] == "adjust"), key=lambda k: int(k[1]))
    ]
    if overrides:
        entries = tomlkit.aot()
        for override in overrides:
            entries.append(_override_entry(override, path, today))
        added = tomlkit.dumps({"adjust": entries}).rstrip("\n").split("\n")
        at = entries_at[-1][1] if entries_at else len(lines)
        while not entries_at and at > 0 and not lines[at - 1].strip():
            at -= 1
        lines[at:at] = ["", *added]
    for rewrite in sorted(rewrites, key=lambda r: -r.index):  # from the end: line numbers hold
        first, end = entries_at[rewrite.index]
        entry = tomlkit.parse("\n".join(lines[first:end]) + "\n")
        entries = entry["adjust"]
        assert isinstance(entries, AoT)
        _rewrite_entry(entries, replace(rewrite, index=0), today)
        lines[first:end] = tomlkit.dumps(entry).rstrip("\n").split("\n")
    return "\n".join(lines)


def _override_entry(override: GrowthOverride, path: Path, today: dt.date) -> Table:
    """`[[adjust]]` with the edited growth and `replaces` naming the file whose growth it takes
    the place of (relative to `path`'s folder, as `extends` is)."""
    adj, old = override.adjustment, override.replaced
    entry = tomlkit.table()
    entry["series"] = adj.series
    entry["from"] = adj.start
    entry["to"] = adj.end
    entry["growth"] = clean(adj.value)
    entry["replaces"] = _relative(old.origin.path, path)
    entry["note"] = note_for("growth ", clean(adj.value), old.value, old.source, today)
    return entry


def _relative(target: Path, path: Path) -> str:
    """`target` as a file beside `path` names it (`baseline.toml`, `../scenarios/baseline.toml`)."""
    return Path(os.path.relpath(target.resolve(), path.resolve().parent)).as_posix()


def _append_entries(doc: tomlkit.TOMLDocument, tables: list[Table]) -> None:
    """Add `[[adjust]]` entries after the file's last one (or at its end when it has none)."""
    if "adjust" not in doc:
        entries = tomlkit.aot()
        for table in tables:
            entries.append(table)
        doc["adjust"] = entries
        return
    entries = doc["adjust"]
    assert isinstance(entries, AoT)
    for table in tables:
        entries.append(table)


def _insert_marks(text: str, marks: Mapping[str, Mapping[str, str]]) -> str:
    """Add a `what_if = {...}` line right after each table's last value. (tomlkit appends a new
    key after whatever ends the table, the next section's comments included; a line placed here
    leaves those comments where they were.)"""
    if not marks:
        return text
    spots = locate(text)
    lines = text.split("\n")
    at: dict[int, str] = {}
    for series, years in marks.items():
        keys = [
            spot.line for path, spot in spots.items() if len(path) == 3 and path[:2] == ("inputs", series)
        ]
        inline = tomlkit.inline_table()
        inline.update(years)
        at[max(keys)] = f"what_if = {inline.as_string()}"
    for line in sorted(at, reverse=True):
        lines.insert(line, at[line])
    return "\n".join(lines)


def _rewrite_entry(entries: AoT, rewrite: GrowthRewrite, today: dt.date) -> None:
    """Replace one growth entry by its runs. The entry keeps one run (the first when it names
    its `to`, the last when it runs to the end), so its keys change where they stand; the other
    runs become new entries beside it, each with its own span."""
    adj = rewrite.adjustment
    entry = entries[rewrite.index]
    template = dict(entry.items())
    keeper = 0 if "to" in entry else len(rewrite.runs) - 1
    for number, run in enumerate(rewrite.runs):
        if number == keeper:
            _fill(entry, run, adj, today)
            continue
        table = tomlkit.table()
        for key in ("series", "from", "to", "growth", "replaces", "source", "note", "note_nl"):
            if key in template or key in ("from", "to"):
                table[key] = template.get(key, 0)
        _fill(table, run, adj, today)
        table.add(tomlkit.nl())
        entries.insert(rewrite.index + number, table)


def _fill(entry: Table, run: tuple[int, int, float], adj: Adjustment, today: dt.date) -> None:
    first, last, value = run
    if first != adj.start or "from" in entry:
        entry["from"] = first
    if last != adj.end or "to" in entry:
        entry["to"] = last
    if value != adj.value:
        entry["growth"] = clean(value)
        was = f". Was: {adj.note}" if adj.note else ""
        entry["note"] = note_for("growth ", clean(value), adj.value, adj.source, today) + was
        if adj.note_nl:  # the Dutch said the note this one replaces: say the new one, and it
            dutch = note_for("growth ", clean(value), adj.value, adj.source, today, "nl")
            entry["note_nl"] = dutch + t("whatif.note.earlier", "nl", note=adj.note_nl)
        elif "note_nl" in entry:
            del entry["note_nl"]
        if "source" in entry:
            del entry["source"]


# ---------------------------------------------------------------------- a what-if child
def child_text(
    parent: Scenario,
    child: Path,
    values: Mapping[tuple[str, int], float],
    growth: GrowthEdits,
    *,
    name: str,
    note: str,
    today: dt.date,
) -> str:
    """A new scenario file that `extends` the parent and holds only the edits: the values as
    what-ifs, the growth as `[[adjust]]` entries that take the place of the parent's."""
    doc = tomlkit.document()
    doc.add(tomlkit.comment(f"What-if on {parent.path.name}, saved by navotop on {today.isoformat()}."))
    doc.add(tomlkit.comment("Only the edits are here; everything else comes from the file it extends."))
    doc["schema"] = 1
    head = tomlkit.table()
    head["name"] = name
    if note:
        head["description"] = note
    head["extends"] = _relative(parent.path, child)
    doc["scenario"] = head
    cells: dict[str, CellPlan] = {}
    for (series, year), value in values.items():
        old = parent.inputs.get(series, {}).get(year)
        cells.setdefault(series, {})[year] = (value, old)
    inputs = tomlkit.table(is_super_table=True)
    for series in sorted(cells):
        inputs[series] = _input_table(parent, series, cells[series], today)
    if cells:
        doc["inputs"] = inputs
    overrides = growth_overrides(parent, child, growth)
    if overrides:
        _append_entries(doc, [_override_entry(o, child, today) for o in overrides])
    return tomlkit.dumps(doc)


CellPlan = dict[int, tuple[float, Cell | None]]
"""Year -> (the value typed, the parent's cell it replaces)."""


def _input_table(parent: Scenario, series: str, plan: CellPlan, today: dt.date) -> Table:
    """One input table of the child: the unit of the parent's values it replaces, each value,
    and its what-if mark (the date and what it replaced)."""
    table = tomlkit.table()
    units = {str(_unit(parent, series, year)) for year in plan}
    unit = units.pop() if len(units) == 1 else None
    if unit is None:
        raise NavotopError([Problem(parent.path, 1, 1, t("whatif.mixed_units", series=series))])
    if unit != "EUR mln":
        table["unit"] = unit
    marks = tomlkit.inline_table()
    for year in sorted(plan):
        value, old = plan[year]
        table[str(year)] = clean(value)
        was, source = (old.value, old.source) if old else (None, None)
        marks[str(year)] = note_for("", value, was, source, today)
    table["what_if"] = marks
    return table


def _unit(parent: Scenario, series: str, year: int) -> Unit:
    cell = parent.inputs.get(series, {}).get(year)
    if cell is not None:
        return cell.unit
    others = list(parent.inputs.get(series, {}).values())
    return others[0].unit if others else Unit("money")


def slug(name: str) -> str:
    """A file name from the name a user types: `GDP 1 point lower` -> `gdp-1-point-lower`."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "what-if"


def write_new(path: Path, text: str) -> Snapshot:
    """Create `path` with `text`, checked to load first (its `extends` read from beside it),
    through the one safe writer, never over an existing file."""
    data = text.encode("utf-8")
    load_scenario(path, data)
    write_file(path, data, replace=False, exists_hint="choose another name")
    return Snapshot(path, data)


def free_path(folder: Path, name: str) -> Path:
    """`folder/<slug>.toml`, or `<slug>-2.toml` and on when that is taken."""
    base = slug(name)
    candidate = folder / f"{base}.toml"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}.toml"
        number += 1
    return candidate


def writable(path: Path) -> bool:
    """Whether a save may replace `path`: not a scenario packed into an installed wheel, and a
    file that carries a write bit and that this user may write. Bundled scenarios installed
    read-only are not, and are then only ever saved as a what-if beside them or in the working
    folder. (A read-only folder around a writable file is the writer's to report.)"""
    if installed(path):
        return False
    try:
        marked = path.stat().st_mode & 0o222 != 0  # no write bit at all: read-only even to root
    except OSError:
        return False
    return marked and os.access(path, os.W_OK)
