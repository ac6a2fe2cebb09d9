"""TOML scenario files -> Scenario: inheritance, adjustments, strict validation, exact errors.

Reading happens in three passes. First every file of the `extends` chain is parsed (a syntax
error, a missing parent or a cycle stops here). Then each file is checked on its own and turned
into typed parts, every problem in every file collected rather than raised one by one. Last the
parts are merged, parent first, and the cross-file references (sources, years, observed rows) are
checked against the merged whole. Only a chain without a single problem becomes a Scenario, so a
file that fails validation changes nothing anywhere.

Values are read as data and only as data: nothing in a scenario file is ever evaluated.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import NavotopError, Problem
from core.formats import general
from core.growth import in_place_of, not_replaceable
from core.i18n import t
from core.measures import INPUT_BY_ID, INPUTS, MEASURES, MONEY, norm_measures
from core.model import (
    METHODS,
    OPERATIONS,
    STATUSES,
    Adjustment,
    Cell,
    Method,
    Norm,
    Observed,
    Operation,
    Origin,
    Scenario,
    Source,
    Status,
    Unit,
)
from core.plausible import GDP, MAX_SHARE, refusal
from core.safefile import FileRefused, read_regular
from core.text import printable
from core.tomlfile import TomlFile, did_you_mean
from core.tomlpos import KeyPath

SCHEMA_VERSION = 1
_TOP_KEYS = (
    "schema",
    "scenario",
    "sources",
    "inputs",
    "adjust",
    "norms",
    "observed",
    "milestones",
    "milestones_nl",
)
_SCENARIO_KEYS = ("name", "name_nl", "description", "description_nl", "extends", "years")
_SOURCE_KEYS = ("title", "url", "note", "publisher", "published")
_INPUT_KEYS = ("unit", "source", "status", "note", "note_nl", "estimate_from", "what_if")
_ADJUST_KEYS = ("series", "from", "to", "note", "note_nl", "source", "replaces", *OPERATIONS)
_NORM_KEYS = ("share", "year", "method", "label", "label_nl", "source")
_OBSERVED_KEYS = ("source", "note", "tolerance")
_YEAR_KEY = re.compile(r"^[0-9]{4}$", re.ASCII)  # \d would let "２０２６" collide with "2026"
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_GDP = GDP


def parse_unit(text: str, series: str) -> Unit | str:
    """The Unit `text` names for `series`, or a message saying why it cannot be used there."""
    spec = INPUT_BY_ID[series]
    allowed = ["index"] if spec.unit == "index" else [MONEY]
    if spec.unit == MONEY and series != "gdp_cpb":
        allowed += [f"% of {g}" for g in _GDP if g != series]
    normalized = " ".join(text.split())
    if normalized not in allowed:
        options = ", ".join(f'"{a}"' for a in allowed)
        return t("scn.unit", unit=text, series=series, options=options, hint=did_you_mean(text, allowed))
    if normalized == MONEY:
        return Unit("money")
    if normalized == "index":
        return Unit("index")
    return Unit("share_of", normalized.removeprefix("% of "))


@dataclass
class _Parts:
    """What one file says, typed, before it is merged with its parents."""

    name: str = ""
    description: str = ""
    name_nl: str | None = None
    description_nl: str | None = None
    years: tuple[int, int] | None = None
    sources: dict[str, Source] = field(default_factory=dict)
    inputs: dict[str, dict[int, Cell]] = field(default_factory=dict)
    adjustments: list[tuple[TomlFile, str, dict[str, Any]]] = field(default_factory=list)
    norms: dict[str, Norm] = field(default_factory=dict)
    observed: list[tuple[TomlFile, str, dict[str, Any]]] = field(default_factory=list)
    milestones: dict[int, str] = field(default_factory=dict)
    milestones_nl: dict[int, str] = field(default_factory=dict)
    cited: list[tuple[TomlFile, KeyPath, str]] = field(default_factory=list)
    """Every source id the file cites, with where: checked once all sources are known."""
    stated: set[str] = field(default_factory=set)
    """The series the file writes values for, valid or not: a required series whose every
    value was refused is not also "missing"."""


def load_scenario(path: Path | str, data: bytes | None = None) -> Scenario:
    """Read, validate and merge a scenario file and its parents; raise NavotopError if anything
    is wrong, listing every problem found. `data`: the file's bytes, when already read."""
    chain = _read_chain(Path(path), first=data)
    parts = [_check_file(file) for file in reversed(chain)]  # root first
    scenario, problems = _merge(chain, parts)  # merged even after problems, to report them all
    if problems:
        raise NavotopError(problems)
    return scenario


def _read_chain(path: Path, *, first: bytes | None) -> list[TomlFile]:
    """The file and each parent in turn; cycles, missing parents and parents that are not
    regular files are errors at `extends`."""
    chain = [TomlFile.read(path, first)]
    seen = [_real(path)]
    while True:
        file = chain[-1]
        scenario = file.data.get("scenario")
        extends = scenario.get("extends") if isinstance(scenario, dict) else None
        if extends is None:
            return chain
        origin = file.origin("scenario", "extends")

        def refuse(message: str, file: TomlFile = file, origin: Origin = origin) -> NavotopError:
            return NavotopError.single(file.path, message, origin.line, origin.col)

        if not isinstance(extends, str) or not extends:
            raise refuse(t("scn.extends_type"))
        shown = printable(extends)
        parent = file.path.parent / extends
        real = _real(parent)
        if real in seen:
            loop = " -> ".join(p.name for p in [*seen, real])
            raise refuse(t("scn.extends_cycle", loop=loop))
        try:
            data = read_regular(parent)
        except FileRefused as refused:
            raise refuse(t("scn.extends_refused", name=shown, why=refused.message, path=parent)) from None
        chain.append(TomlFile.read(parent, data))
        seen.append(real)


def _real(path: Path) -> Path:
    """The file a path names, links resolved as far as they go (a loop or a NUL byte is left for
    the reader to report)."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return path


def _check_file(file: TomlFile) -> _Parts:
    """Check one file on its own terms and return its typed parts; problems go to `file`."""
    parts = _Parts()
    data = file.data
    for key in data:
        if key not in _TOP_KEYS:
            file.unknown((), key, _TOP_KEYS, t("toml.what.top_level"))
    schema = data.get("schema")
    if schema is None:
        file.problem((), t("scn.schema_missing", version=SCHEMA_VERSION))
    elif schema != SCHEMA_VERSION or isinstance(schema, bool):
        file.problem(("schema",), t("scn.schema_unsupported", schema=repr(schema), version=SCHEMA_VERSION))
    _check_scenario(file, parts)
    for source_id, body in _tables(file, "sources"):
        _check_source(file, parts, source_id, body)
    for series, body in _tables(file, "inputs"):
        _check_input(file, parts, series, body)
    adjust = data.get("adjust", [])
    if not isinstance(adjust, list):
        file.problem(("adjust",), t("scn.adjust_array"))
    else:
        for index, body in enumerate(adjust):
            if file.table(("adjust", str(index)), body) is not None:
                parts.adjustments.append((file, str(index), body))
    for norm_id, body in _tables(file, "norms"):
        _check_norm(file, parts, norm_id, body)
    for row_id, body in _tables(file, "observed"):
        parts.observed.append((file, row_id, body))
    milestones = file.data.get("milestones", {})
    if file.table(("milestones",), milestones) is not None:
        for key, value in milestones.items():
            if not _YEAR_KEY.match(key):
                file.problem(("milestones", key), t("scn.keyed_by_year", table="milestones", key=key))
            elif (label := file.string(("milestones", key), value)) is not None:
                parts.milestones[int(key)] = label
    dutch = file.data.get("milestones_nl", {})
    if file.table(("milestones_nl",), dutch) is not None:
        for key, value in dutch.items():
            where = ("milestones_nl", key)
            if not _YEAR_KEY.match(key):
                file.problem(where, t("scn.keyed_by_year", table="milestones_nl", key=key))
            elif int(key) not in parts.milestones:  # a twin never stands alone, as note_nl
                file.problem(where, t("scn.milestone_nl_alone", year=key))
            elif (label := file.string(where, value)) is not None:
                parts.milestones_nl[int(key)] = label
    return parts


def _tables(file: TomlFile, section: str) -> Iterable[tuple[str, dict[str, Any]]]:
    body = file.data.get(section, {})
    if file.table((section,), body) is None:
        return
    for key, value in body.items():
        table = file.table((section, key), value)
        if table is not None:
            yield key, table


def _check_scenario(file: TomlFile, parts: _Parts) -> None:
    body = file.table(("scenario",), file.data.get("scenario", {}))
    if body is None:
        return
    if "scenario" not in file.data:
        file.problem((), t("scn.scenario_missing"))
    for key, value in body.items():
        path = ("scenario", key)
        if key not in _SCENARIO_KEYS:
            file.unknown(("scenario",), key, _SCENARIO_KEYS)
        elif key in ("name", "description", "extends", "name_nl", "description_nl"):
            text = file.string(path, value)
            if key == "name" and text is not None:
                parts.name = text
            elif key == "description" and text is not None:
                parts.description = text
            elif key == "name_nl" and text is not None:
                parts.name_nl = text
            elif key == "description_nl" and text is not None:
                parts.description_nl = text
        elif key == "years":
            parts.years = _years(file, path, value)
    if "scenario" in file.data and "name" not in body:
        file.problem(("scenario",), t("scn.name_missing"))


def _years(file: TomlFile, path: KeyPath, value: object) -> tuple[int, int] | None:
    if not isinstance(value, list) or len(value) != 2:
        file.problem(path, t("scn.years_form"))
        return None
    first, last = (file.year(path, v) for v in value)
    if first is None or last is None:
        return None
    if first > last:
        file.problem(path, t("scn.years_order", first=first, last=last))
        return None
    return first, last


def _check_source(file: TomlFile, parts: _Parts, source_id: str, body: dict[str, Any]) -> None:
    path = ("sources", source_id)
    fields: dict[str, str] = {}
    for key, value in body.items():
        if key not in _SOURCE_KEYS:
            file.unknown(path, key, _SOURCE_KEYS)
        else:
            text = file.string((*path, key), value)
            if text is not None:
                fields[key] = text
    if "title" not in body:
        file.problem(path, t("scn.source_title", source=source_id))
    parts.sources[source_id] = Source(
        source_id, fields.get("title", source_id), fields.get("url"), fields.get("note"), file.origin(*path)
    )


def _check_input(file: TomlFile, parts: _Parts, series: str, body: dict[str, Any]) -> None:
    path = ("inputs", series)
    if series not in INPUT_BY_ID:
        file.unknown(("inputs",), series, INPUT_BY_ID, t("toml.what.series"))
        return
    spec = INPUT_BY_ID[series]
    unit = Unit("index") if spec.unit == "index" else Unit("money")
    if "unit" in body and (text := file.string((*path, "unit"), body["unit"])) is not None:
        parsed = parse_unit(text, series)
        if isinstance(parsed, str):
            file.problem((*path, "unit"), parsed)
            return
        unit = parsed
    source = body.get("source")
    if source is not None and file.string((*path, "source"), source) is not None:
        parts.cited.append((file, (*path, "source"), source))
    status: Status = "actual" if isinstance(source, str) else "assumption"
    if "status" in body:
        given = body["status"]
        if given not in STATUSES:
            file.problem(
                (*path, "status"),
                t(
                    "scn.not_one_of",
                    key="status",
                    value=repr(given),
                    options=", ".join(STATUSES),
                    hint=did_you_mean(str(given), STATUSES),
                ),
            )
        else:
            status = given
    if status == "actual" and not isinstance(source, str):
        file.problem(
            (*path, "status"),
            t("scn.actual_source"),
        )
    estimate_from = (
        file.year((*path, "estimate_from"), body["estimate_from"]) if "estimate_from" in body else None
    )
    note, note_nl = _notes(file, path, body)
    what_if = _what_if(file, path, body)
    cells: dict[int, Cell] = {}
    for key, value in body.items():
        if not _YEAR_KEY.match(key):
            if key not in _INPUT_KEYS:
                file.unknown(path, key, _INPUT_KEYS)
            continue
        parts.stated.add(series)
        number = file.number((*path, key), value)
        if number is None or not _in_range(file, (*path, key), series, unit, number):
            continue
        year = int(key)
        cell_status: Status = (
            "estimate" if status == "actual" and estimate_from and year >= estimate_from else status
        )
        if key in what_if:  # changed in the app: the table's source no longer stands behind it
            cells[year] = Cell(number, unit, "what-if", None, file.origin(*path, key), what_if[key])
            continue
        cells[year] = Cell(
            number,
            unit,
            cell_status,
            source if isinstance(source, str) else None,
            file.origin(*path, key),
            note,
            note_nl,
        )
    parts.inputs[series] = cells


def _notes(file: TomlFile, path: KeyPath, body: dict[str, Any]) -> tuple[str | None, str | None]:
    """`note` and its Dutch twin `note_nl` (shown when navotop speaks Dutch), each a string;
    the twin is optional in a user's file (the bundled scenarios give both, a test holds them
    to it), but never without the note it translates."""
    out: list[str | None] = []
    for key in ("note", "note_nl"):
        value = body.get(key)
        out.append(None if value is None else file.string((*path, key), value))
    if "note_nl" in body and "note" not in body:
        file.problem((*path, "note_nl"), t("twin.alone", twin="note_nl", base="note"))
    return out[0], out[1]


def _what_if(file: TomlFile, path: KeyPath, body: dict[str, Any]) -> dict[str, str]:
    """`what_if = { 2026 = "What-if of 2026-11-29: ..." }`: the years of an input table that a
    user changed in the app, each with its note. Those values are what-ifs, whatever the table's
    source and status say of the others."""
    marks = body.get("what_if")
    if marks is None or file.table((*path, "what_if"), marks) is None:
        return {}
    out: dict[str, str] = {}
    for key, text in marks.items():
        where = (*path, "what_if", key)
        if not _YEAR_KEY.match(key):
            file.problem(where, t("scn.what_if_keyed", key=key))
        elif key not in body:
            file.problem(where, t("scn.what_if_no_value", key=key))
        elif (note := file.string(where, text)) is not None:
            out[key] = note
    return out


def _in_range(file: TomlFile, path: KeyPath, series: str, unit: Unit, value: float) -> bool:
    """Catch the unit slips that a plausible-looking number hides; False after recording one."""
    message = refusal(series, unit, value)  # the one check every edit makes too (core.plausible)
    if message:
        file.problem(path, message)
    return not message


def _check_norm(file: TomlFile, parts: _Parts, norm_id: str, body: dict[str, Any]) -> None:
    path = ("norms", norm_id)
    if not _ID.match(norm_id):
        file.problem(path, t("scn.norm_id", norm=norm_id))
        return
    share: float | None = None
    year: int | None = None
    method: Method = "nato"
    label = norm_id
    label_nl = ""
    source: str | None = None
    for key, value in body.items():
        kpath = (*path, key)
        if key not in _NORM_KEYS:
            file.unknown(path, key, _NORM_KEYS)
        elif key == "share":
            share = file.number(kpath, value)
            if share is not None and not 0 < share <= MAX_SHARE:
                file.problem(
                    kpath, t("scn.share_range", key="share", value=f"{share:g}", largest=general(MAX_SHARE))
                )
                share = None
        elif key == "year":
            year = file.year(kpath, value)
        elif key == "method":
            if value in METHODS:
                method = value
            else:
                file.problem(
                    kpath,
                    t(
                        "scn.not_one_of",
                        key="method",
                        value=repr(value),
                        options=", ".join(METHODS),
                        hint=did_you_mean(str(value), METHODS),
                    ),
                )
        elif key == "label":
            label = file.string(kpath, value) or label
        elif key == "label_nl":  # the label in Dutch, shown under `--lang nl`
            label_nl = file.string(kpath, value) or label_nl
        elif key == "source" and file.string(kpath, value) is not None:
            source = value
            parts.cited.append((file, kpath, value))
    if "share" not in body:
        file.problem(path, t("scn.norm_share", norm=norm_id))
    if share is not None:
        origin = file.origin(*path)
        parts.norms[norm_id] = Norm(norm_id, share, method, label, year, source, origin, label_nl)


def _merge(chain: list[TomlFile], parts: list[_Parts]) -> tuple[Scenario, list[Problem]]:
    """Merge parts root first; check what only the merged whole can answer."""
    years: tuple[int, int] | None = None
    sources: dict[str, Source] = {}
    inputs: dict[str, dict[int, Cell]] = {}
    norms: dict[str, Norm] = {}
    milestones: dict[int, str] = {}
    milestones_nl: dict[int, str] = {}
    adjustments: list[Adjustment] = []
    for file, part in zip(reversed(chain), parts, strict=True):
        years = part.years or years
        if years is None:
            file.problem(("scenario",), t("scn.years_missing"))
            break
        sources.update(part.sources)
        for file_, path, source_id in part.cited:
            if source_id not in sources:
                file_.problem(
                    path,
                    t("scn.source_undefined", source=source_id, hint=did_you_mean(source_id, sources)),
                )
        for series, cells in part.inputs.items():
            for year in cells:
                if not years[0] <= year <= years[1]:
                    where = ("inputs", series, str(year))
                    file.problem(where, t("scn.year_outside", year=year, first=years[0], last=years[1]))
            inputs.setdefault(series, {}).update(cells)
        norms.update(part.norms)
        milestones.update(part.milestones)
        for year in part.milestones:  # a child's milestone replaces its parent's, twin and all
            milestones_nl.pop(year, None)
        milestones_nl.update(part.milestones_nl)
        for year in part.milestones:
            if not years[0] <= year <= years[1]:
                file.problem(
                    ("milestones", str(year)),
                    t("scn.year_outside", year=year, first=years[0], last=years[1]),
                )
        for file_, index, body in part.adjustments:
            adjustment = _adjustment(file_, index, body, years, sources)
            if adjustment is not None and "replaces" in body:
                adjustments = _replacing(file_, index, body["replaces"], adjustment, adjustments, chain)
            elif adjustment is not None:
                adjustments.append(adjustment)
    root, child = chain[-1], chain[0]
    for spec in INPUTS:
        if spec.required and not inputs.get(spec.id) and not any(spec.id in p.stated for p in parts):
            root.problem(("inputs",), t("scn.required", series=spec.id))
    observed = _observed(child, parts[-1].observed, norms, years, sources) if years else {}
    problems = [p for file in reversed(chain) for p in file.problems]
    if problems or years is None:
        return _empty(child), problems
    first, last = years
    return Scenario(
        name=parts[-1].name,
        path=child.path,
        first_year=first,
        last_year=last,
        description=parts[-1].description,
        name_nl=parts[-1].name_nl,
        description_nl=parts[-1].description_nl,
        sources=sources,
        inputs={s: {y: c for y, c in cells.items() if first <= y <= last} for s, cells in inputs.items()},
        adjustments=tuple(adjustments),
        norms=norms,
        observed=observed,
        milestones={y: m for y, m in sorted(milestones.items()) if first <= y <= last},
        milestones_nl={y: m for y, m in sorted(milestones_nl.items()) if first <= y <= last},
        chain=tuple(f.path for f in chain),
    ), []


def _empty(file: TomlFile) -> Scenario:
    return Scenario(name="", path=file.path, first_year=0, last_year=0)


def _adjustment(
    file: TomlFile, index: str, body: dict[str, Any], years: tuple[int, int], sources: Mapping[str, Source]
) -> Adjustment | None:
    """One `[[adjust]]` entry, checked against the span and the sources known at its file."""
    path = ("adjust", index)
    ok = True
    operations = [k for k in body if k in OPERATIONS]
    for key in body:
        if key in _ADJUST_KEYS:
            continue
        ok = False
        if operations:
            file.unknown(path, key, _ADJUST_KEYS)
        else:
            hint = did_you_mean(key, OPERATIONS)
            file.problem(
                (*path, key), t("scn.operation_unknown", key=key, hint=hint, options=", ".join(OPERATIONS))
            )
    series = body.get("series")
    if series is None:
        file.problem(path, t("scn.adjust_series"))
        ok = False
    elif file.string((*path, "series"), series) is None:
        ok = False
    elif series not in INPUT_BY_ID:
        file.problem(
            (*path, "series"),
            t("scn.series_unknown", series=series, hint=did_you_mean(str(series), INPUT_BY_ID)),
        )
        ok = False
    if len(operations) > 1:
        file.problem(
            (*path, operations[1]),
            t("scn.two_operations", operations=t("scn.and").join(operations)),
        )
        return None
    if not operations:
        if ok:
            file.problem(path, t("scn.one_operation", options=", ".join(OPERATIONS)))
        return None
    operation: Operation = operations[0]
    value = file.number((*path, operation), body[operation])
    first, last = years
    earliest = first + 1 if operation == "growth" else first
    start = file.year((*path, "from"), body["from"]) if "from" in body else earliest
    end = file.year((*path, "to"), body["to"]) if "to" in body else last
    for key, year in (("from", start), ("to", end)):
        if year is not None and not first <= year <= last:
            file.problem((*path, key), t("scn.bound_outside", key=key, year=year, first=first, last=last))
            ok = False
    if start is not None and end is not None and start > end:
        file.problem((*path, "from"), t("scn.from_after_to", start=start, end=end))
        ok = False
    if operation == "growth" and start is not None and start <= first:
        file.problem(
            (*path, "from"),
            t("scn.growth_first", start=start, first=first, last=last),
        )
        ok = False
    if value is not None and ok and isinstance(series, str):
        ok = _check_operation(file, (*path, operation), series, operation, value)
    source = body.get("source")
    if source is not None and file.string((*path, "source"), source) is None:
        ok = False
    elif source is not None and source not in sources:
        file.problem(
            (*path, "source"),
            t("scn.source_undefined", source=source, hint=did_you_mean(str(source), sources)),
        )
        ok = False
    note, note_nl = _notes(file, path, body)
    if (note is None and "note" in body) or (note_nl is None and "note_nl" in body):
        ok = False
    if not ok or value is None or start is None or end is None or not isinstance(series, str):
        return None
    return Adjustment(series, operation, value, start, end, file.origin(*path), note, source, note_nl=note_nl)


def _replacing(
    file: TomlFile,
    index: str,
    named: object,
    adjustment: Adjustment,
    adjustments: list[Adjustment],
    chain: list[TomlFile],
) -> list[Adjustment]:
    """The adjustments so far with a `replaces = "FILE"` growth put in the place of FILE's
    growth (core/growth.py), or unchanged with a problem said at `replaces`."""
    path = ("adjust", index, "replaces")
    if not isinstance(named, str) or not named:
        file.problem(path, t("scn.replaces_type"))
        return adjustments
    if adjustment.operation != "growth":
        file.problem(path, t("scn.replaces_growth", operation=adjustment.operation))
        return adjustments
    at = next(i for i, f in enumerate(chain) if f is file)
    ancestors = {_real(f.path): f.path for f in chain[at + 1 :]}
    replaced = ancestors.get(_real(file.path.parent / named))
    if replaced is None:
        extends = ", ".join(f"'{p.name}'" for p in ancestors.values()) or t("scn.no_file")
        file.problem(path, t("scn.replaces_not_extended", name=printable(named), extends=extends))
        return adjustments
    why = not_replaceable(adjustments, adjustment, replaced)
    if why:
        file.problem(path, why)
        return adjustments
    return list(in_place_of(adjustments, adjustment, replaced))


def _check_operation(file: TomlFile, path: KeyPath, series: str, operation: Operation, value: float) -> bool:
    spec = INPUT_BY_ID[series]
    message = ""
    if operation == "set":
        unit = Unit("index") if spec.unit == "index" else Unit("money")
        return _in_range(file, path, series, unit, value)
    if operation == "growth" and value <= -100:
        message = t("scn.growth_negative", value=f"{value:g}", series=series)
    elif operation == "scale" and value < 0 and not spec.may_be_negative:
        message = t("scn.scale_negative", value=f"{value:g}", series=series)
    elif operation == "floor_share":
        if spec.unit != MONEY or series in _GDP:
            message = t("scn.floor_share_series", series=series)
        elif not 0 <= value <= MAX_SHARE:
            message = t("scn.share_range", key="floor_share", value=f"{value:g}", largest=general(MAX_SHARE))
    if message:
        file.problem(path, message)
    return not message


def _observed(
    file: TomlFile,
    entries: list[tuple[TomlFile, str, dict[str, Any]]],
    norms: Mapping[str, Norm],
    years: tuple[int, int],
    sources: Mapping[str, Source],
) -> dict[str, Observed]:
    """The file's own published figures. They are not inherited: a what-if child changes numbers
    its parent promised, so each file answers only for the figures it states itself."""
    rows = [s.id for s in INPUTS] + [m.id for m in MEASURES]
    rows += [m.id for n in norms.values() for m in norm_measures(n, years[0])]
    out: dict[str, Observed] = {}
    for _, row_id, body in entries:
        path = ("observed", row_id)
        if row_id not in rows:
            file.problem(path, t("scn.row_unknown", row=row_id, hint=did_you_mean(row_id, rows)))
            continue
        tolerance: float | None = None
        if "tolerance" in body:
            tolerance = file.number((*path, "tolerance"), body["tolerance"])
            if tolerance is not None and tolerance < 0:
                file.problem(
                    (*path, "tolerance"),
                    t("scn.tolerance", value=f"{tolerance:g}"),
                )
                tolerance = None
        source = body.get("source")
        if source is not None and file.string((*path, "source"), source) is None:
            pass
        elif source is not None and source not in sources:
            file.problem(
                (*path, "source"),
                t("scn.source_undefined", source=source, hint=did_you_mean(str(source), sources)),
            )
        values: dict[int, float] = {}
        tolerances: dict[int, float] = {}
        origins: dict[int, Origin] = {}
        for key, value in body.items():
            if not _YEAR_KEY.match(key):
                if key not in _OBSERVED_KEYS:
                    file.unknown(path, key, _OBSERVED_KEYS)
                continue
            number = file.number((*path, key), value)
            year = int(key)
            if number is None:
                continue
            if not years[0] <= year <= years[1]:
                file.problem((*path, key), t("scn.year_outside", year=year, first=years[0], last=years[1]))
                continue
            values[year] = number
            tolerances[year] = tolerance if tolerance is not None else _rounding(file.raw(*path, key))
            origins[year] = file.origin(*path, key)
        out[row_id] = Observed(
            row_id, values, tolerances, origins, source if isinstance(source, str) else None
        )
    return out


def _rounding(raw: str | None) -> float:
    """Half a unit of the last written decimal: a figure written 2.06 stands for 2.055 to 2.065."""
    if raw is None or not re.fullmatch(r"[+-]?\d[\d_]*(\.\d+)?", raw):
        return 0.005
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    return 0.5 * 10.0**-decimals
