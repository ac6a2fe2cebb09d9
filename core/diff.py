"""What changes between two scenarios: every row whose value differs in some year, with deltas.

Used by `navotop diff` and by the app's compare mode. Rows that exist in only one scenario (a
norm the other does not set) are included, with the missing side unknown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from core import formats
from core.engine import Result, Row
from core.i18n import t
from core.text import markdown_cell

TOLERANCE = 1e-9
"""Differences smaller than this are float noise, not a change."""


@dataclass(frozen=True, slots=True)
class RowDiff:
    """One row's values in both scenarios and their difference (other - base), per year."""

    row: Row
    base: list[float | None]
    other: list[float | None]
    delta: list[float | None]


@dataclass(frozen=True, slots=True)
class Diff:
    """The rows that differ, over the years both scenarios cover."""

    base: Result
    other: Result
    years: list[int]
    rows: list[RowDiff]


def diff(base: Result, other: Result) -> Diff:
    """Compare two results; only rows with a change in some shared year are kept."""
    years = sorted(set(base.years) & set(other.years))
    ids = [r.id for r in base.rows] + [r.id for r in other.rows if r.id not in {b.id for b in base.rows}]
    rows_by_id = {r.id: r for r in (*other.rows, *base.rows)}

    def side(result: Result) -> dict[str, list[float | None]]:
        """Each row's values over the shared years; a row the result lacks is unknown."""
        at = [result.years.index(y) for y in years]
        have = {r.id: result.values(r.id) for r in result.rows}
        return {i: [have[i][k] for k in at] if i in have else [None] * len(years) for i in ids}

    left, right = side(base), side(other)

    changed = []
    for row_id in ids:
        a, b = left[row_id], right[row_id]
        d = [None if x is None or y is None else y - x for x, y in zip(a, b, strict=True)]
        if any(_moved(x, y) for x, y in zip(a, b, strict=True)):
            changed.append(RowDiff(rows_by_id[row_id], a, b, d))
    return Diff(base, other, years, changed)


def to_json(result: Diff) -> str:
    """`{"base", "other", "years", "rows": [{"id", "label", "unit", "kind", "base", "other", "delta"}]}`."""

    def by_year(values: list[float | None]) -> dict[str, float | None]:
        return {str(y): v for y, v in zip(result.years, values, strict=True)}

    rows = [
        {
            "id": d.row.id,
            "label": d.row.label,
            "unit": d.row.unit,
            "kind": d.row.kind,
            "base": by_year(d.base),
            "other": by_year(d.other),
            "delta": by_year(d.delta),
        }
        for d in result.rows
    ]
    doc = {
        "base": result.base.scenario.name,
        "other": result.other.scenario.name,
        "years": result.years,
        "rows": rows,
    }
    return json.dumps(doc, indent=2)


def to_csv(result: Diff) -> str:
    """One line per row and side: `id,label,unit,side,<years...>` with side base, other, delta."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "label", "unit", "side", *result.years])
    for d in result.rows:
        for name, values in (("base", d.base), ("other", d.other), ("delta", d.delta)):
            writer.writerow(
                [d.row.id, d.row.label, d.row.unit, name, *("" if v is None else repr(v) for v in values)]
            )
    return out.getvalue()


def to_markdown(result: Diff) -> str:
    """A pipe table of `base -> other (delta)` cells, rounded as the views show them."""
    base = markdown_cell(result.base.scenario.shown_name())
    other = markdown_cell(result.other.scenario.shown_name())
    lines = [
        t("diff.title", other=f"**{other}**", base=f"**{base}**"),
        "",
        t("diff.direction"),
        "",
        f"| {t('col.row')} | {t('col.unit')} | " + " | ".join(map(str, result.years)) + " |",
        "|---|---|" + "---:|" * len(result.years),
    ]
    for d in result.rows:
        cells = [change_text(a, b, c, d.row.unit) for a, b, c in zip(d.base, d.other, d.delta, strict=True)]
        lines.append(
            f"| {markdown_cell(d.row.title())} (`{d.row.id}`) | {formats.unit(d.row.unit)} | "
            + " | ".join(cells)
            + " |"
        )
    if not result.rows:
        lines.append(f"| {t('diff.none')} | | " + " | ".join("" for _ in result.years) + " |")
    return "\n".join(lines) + "\n"


def change_text(base: float | None, other: float | None, delta: float | None, unit: str) -> str:
    """`2.00 -> 2.06 (+0.06)`, or the one value when nothing changed in that year."""
    if delta is not None and abs(delta) <= TOLERANCE:
        return formats.value(other, unit)
    change = "" if delta is None else f" ({formats.delta(delta, unit)})"
    return f"{formats.value(base, unit)} -> {formats.value(other, unit)}{change}"


def changed_cells(before: Result, after: Result) -> set[tuple[str, int]]:
    """(row, year) of every cell whose value differs between two results of the same table,
    for marking what an unsaved edit changed. It runs on every edit: a table is a few hundred
    cells, which plain Python over the results' lists compares in a fraction of a millisecond,
    far less than the fixed cost of polars calls."""
    if before.years != after.years:
        return set()
    known = {r.id for r in before.rows}
    years = after.years
    return {
        (row.id, year)
        for row in after.rows
        if row.id in known
        for year, was, now in zip(years, before.values(row.id), after.values(row.id), strict=True)
        if _moved(was, now)
    }


def _moved(was: float | None, now: float | None) -> bool:
    """A change that counts: known on one side only, or apart by more than float noise."""
    if was is None or now is None:
        return (was is None) != (now is None)
    return abs(now - was) > TOLERANCE
