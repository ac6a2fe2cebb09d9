"""What-ifs written honestly: growth edits as `[[adjust]]` growth values, changed values marked
as what-ifs (never under the source they replace), and a what-if saved beside its baseline.

Three rules hold everywhere here:
- A value a user changed is a what-if. In an input table its year is listed under `what_if`,
  with the date and what it replaced, so the table's source no longer stands behind it. A
  changed `[[adjust]]` loses its `source` the same way; its old note is kept after "Was:".
- Growth stays growth. Editing a year's growth changes the `[[adjust]]` entry that drives that
  year (split into runs where only some of its years change), never a pile of levels.
- A what-if child holds only what is needed to mean exactly what the user saw: the edits, and,
  when it grows GDP its own way, the parent's shares of GDP restated beside them. (The engine
  converts a parent's shares with the parent's GDP, so a child's GDP adjustment alone would keep
  the parent's euros and move the shares; in the parent's own file the shares would hold.)

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
from typing import Literal

import tomlkit
from tomlkit.items import AoT, Table

from core.edit import Edit, Snapshot, apply_edits
from core.errors import NavotopError, Problem
from core.i18n import t
from core.model import Adjustment, Cell, Scenario, Unit
from core.paths import installed
from core.safefile import write_file
from core.scenario import load_scenario
from core.tomlpos import locate

Scope = Literal["year", "after"]
"""A growth edit changes this year only, or this year and every later year its run covers."""
GrowthEdits = Mapping[str, Mapping[int, float]]
"""Series -> year -> the growth (% a year) the user set for that year."""


def growth_years(scenario: Scenario, series: str) -> dict[int, Adjustment]:
    """The years whose value of `series` comes from a growth `[[adjust]]`, each with the entry
    that drives it: the last adjustment touching the year, when that one is a growth. A later
    `scale` or `set` on the year makes its value something else than growth."""
    driven: dict[int, Adjustment] = {}
    for adj in scenario.adjustments:
        if adj.series != series:
            continue
        for year in range(adj.start, adj.end + 1):
            if adj.operation == "growth":
                driven[year] = adj
            else:
                driven.pop(year, None)
    return driven


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


def runs(values: Mapping[int, float]) -> list[tuple[int, int, float]]:
    """Consecutive years with the same value as (first, last, value), in year order."""
    out: list[tuple[int, int, float]] = []
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


def note_for(what: str, new: float, old: float | None, source: str | None, today: dt.date) -> str:
    """`What-if of 2026-11-29: 2.2 in place of 2 (table1)`: the date, the value and what it
    replaced, so the file says where the number came from and that no source stands behind it."""
    was = "" if old is None else f" in place of {old:g}" + (f" ({source})" if source else "")
    return f"What-if of {today.isoformat()}: {what}{new:g}{was}"


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
    own = [a for a in scenario.adjustments if a.origin.path == path]
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


def with_growth_edits(scenario: Scenario, path: Path, edits: GrowthEdits) -> Scenario:
    """The scenario as it will be once `edits` are written into `path`: the same runs the writer
    writes, in place of the entries they rewrite, so what is shown is what is saved."""
    rewrites = {r.adjustment: r for r in growth_rewrites(scenario, path, edits)}
    if not rewrites:
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
    return replace(scenario, adjustments=tuple(adjustments))


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
    doc = tomlkit.parse(text)
    new_marks: dict[str, dict[str, str]] = {}
    for (series, year), value in sorted(values.items()):
        old = disk.inputs.get(series, {}).get(year)
        note = note_for("", value, None if old is None else old.value, old.source if old else None, today)
        table = doc["inputs"][series]
        if "what_if" in table:  # already there: changed in place, where it stands
            table["what_if"][str(year)] = note
        else:
            new_marks.setdefault(series, {})[str(year)] = note
    rewrites = growth_rewrites(disk, snapshot.path, growth)
    if rewrites:
        entries = doc["adjust"]
        assert isinstance(entries, AoT)
        for rewrite in sorted(rewrites, key=lambda r: -r.index):  # from the end: indexes hold
            _rewrite_entry(entries, rewrite, today)
    out = _insert_marks(tomlkit.dumps(doc), new_marks)
    return out if out.endswith("\n") or not text.endswith("\n") else out + "\n"


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
        for key in ("series", "from", "to", "growth", "source", "note"):
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
    """A new scenario file that `extends` the parent and holds only the edits (see the module's
    third rule for the shares it restates)."""
    doc = tomlkit.document()
    doc.add(tomlkit.comment(f"What-if on {parent.path.name}, saved by navotop on {today.isoformat()}."))
    doc.add(tomlkit.comment("Only the edits are here; everything else comes from the file it extends."))
    doc["schema"] = 1
    head = tomlkit.table()
    head["name"] = name
    if note:
        head["description"] = note
    head["extends"] = Path(os.path.relpath(parent.path.resolve(), child.resolve().parent)).as_posix()
    doc["scenario"] = head
    adjust, covered = _child_growth(parent, growth, today)
    cells = _restated(parent, covered)
    for (series, year), value in values.items():
        old = parent.inputs.get(series, {}).get(year)
        cells.setdefault(series, {})[year] = (value, "what-if", old)
    inputs = tomlkit.table(is_super_table=True)
    for series in sorted(cells):
        inputs[series] = _input_table(parent, series, cells[series], today)
    if cells:
        doc["inputs"] = inputs
    if adjust:
        doc["adjust"] = adjust
    return tomlkit.dumps(doc)


def _child_growth(
    parent: Scenario, growth: GrowthEdits, today: dt.date
) -> tuple[AoT | None, dict[str, set[int]]]:
    """The child's growth entries: from the first edited year to the end of its run of growth
    years, the new growth where set and the parent's elsewhere, so later years compound from
    the new level. Also the years each GDP series is adjusted in, for the restated shares."""
    entries = tomlkit.aot()
    covered: dict[str, set[int]] = {}
    for series, edited in growth.items():
        if not edited:
            continue
        driven = growth_years(parent, series)
        years = block(driven, min(edited))
        values = {y: edited.get(y, driven[y].value) for y in years}
        covered.setdefault(series, set()).update(years)
        for first, last, value in runs(values):
            entry = tomlkit.table()
            entry["series"] = series
            entry["from"] = first
            entry["to"] = last
            entry["growth"] = clean(value)
            old = driven[first]
            if any(y in edited for y in range(first, last + 1)):
                entry["note"] = note_for("growth ", clean(value), old.value, old.source, today)
            else:
                entry["note"] = (
                    f"The parent's growth for these years ({old.origin.path.name}), restated so"
                    " that they follow the edited level."
                )
                if old.source:
                    entry["source"] = old.source
            entries.append(entry)
    return (entries if len(entries) else None), covered


CellPlan = dict[int, tuple[float, str, Cell | None]]
"""Year -> (value, "what-if" or "restated", the parent's cell)."""


def _restated(parent: Scenario, covered: Mapping[str, set[int]]) -> dict[str, CellPlan]:
    """Every parent value stated as a percentage of a series the child adjusts, in the years it
    adjusts it: restated in the child, the engine reads them against the child's GDP. A share of
    a share (OECD GDP as a % of CPB GDP, the NATO adjustment as a % of OECD GDP) moves too, so
    this runs until nothing more rests on a moved value."""
    moved = {series: set(years) for series, years in covered.items()}
    out: dict[str, CellPlan] = {}
    grew = True
    while grew:
        grew = False
        for series, cells in parent.inputs.items():
            for year, c in cells.items():
                moves = c.unit.kind == "share_of" and year in moved.get(c.unit.of or "", ())
                if moves and year not in out.get(series, {}):
                    out.setdefault(series, {})[year] = (c.value, "restated", c)
                    moved.setdefault(series, set()).add(year)
                    grew = True
    return out


def _input_table(parent: Scenario, series: str, plan: CellPlan, today: dt.date) -> Table:
    """One input table of the child: its unit, the source and status of the restated values
    (the parent's), each value, and the what-if marks of the edited ones."""
    table = tomlkit.table()
    units = {str(_unit(parent, series, year)) for year in plan}
    unit = units.pop() if len(units) == 1 else None
    if unit is None:
        raise NavotopError([Problem(parent.path, 1, 1, f"{series}: the edited years use different units")])
    if unit != "EUR mln":
        table["unit"] = unit
    restated = [c for _, kind, c in plan.values() if kind == "restated" and c is not None]
    sources = {c.source for c in restated}
    source = sources.pop() if len(sources) == 1 else None
    if source:
        table["source"] = source
    statuses = {c.status for c in restated}
    if statuses - {"actual", "estimate"} and len(statuses) == 1:
        table["status"] = statuses.pop()
    elif "estimate" in statuses and source:
        table["estimate_from"] = min(y for y, (_, kind, c) in plan.items() if c and c.status == "estimate")
    elif not source:
        table["status"] = "assumption"
    if restated:
        table["note"] = (
            f"Restated from {restated[0].origin.path.name} so these percentages are read against this"
            " file's GDP (a child's GDP adjustment otherwise keeps the parent's euros)."
        )
    marks = tomlkit.inline_table()
    for year in sorted(plan):
        value, kind, old = plan[year]
        table[str(year)] = clean(value)
        if kind == "what-if":
            was, source = (old.value, old.source) if old else (None, None)
            marks[str(year)] = note_for("", value, was, source, today)
    if len(marks):
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
