"""What changes between two scenarios: every row whose value differs in some year, with deltas.

Used by `navotop diff` and by the app's compare mode. Rows that exist in only one scenario (a
norm the other does not set) are included, with the missing side unknown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import polars as pl

from core.engine import Result, Row
from core.export import delta_text, format_value

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

    def side(result: Result) -> pl.DataFrame:
        have = {r.id for r in result.rows}
        cols = [pl.col(i) if i in have else pl.lit(None, pl.Float64).alias(i) for i in ids]
        return result.frame.filter(pl.col("year").is_in(years)).select("year", *cols).fill_nan(None)

    left, right = side(base), side(other)
    deltas = right.select(*[(pl.col(i) - left.get_column(i)).alias(i) for i in ids])
    changed = []
    for row_id in ids:
        a, b, d = left.get_column(row_id), right.get_column(row_id), deltas.get_column(row_id)
        moved = (d.abs() > TOLERANCE).any() or not (a.is_null() == b.is_null()).all()
        if moved:
            changed.append(RowDiff(rows_by_id[row_id], a.to_list(), b.to_list(), d.to_list()))
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
    lines = [
        f"**{result.other.scenario.name}** compared with **{result.base.scenario.name}**",
        "",
        "| row | unit | " + " | ".join(map(str, result.years)) + " |",
        "|---|---|" + "---:|" * len(result.years),
    ]
    for d in result.rows:
        cells = [change_text(a, b, c, d.row.unit) for a, b, c in zip(d.base, d.other, d.delta, strict=True)]
        lines.append(f"| {d.row.label} (`{d.row.id}`) | {d.row.unit} | " + " | ".join(cells) + " |")
    if not result.rows:
        lines.append("| no differences | | " + " | ".join("" for _ in result.years) + " |")
    return "\n".join(lines) + "\n"


def change_text(base: float | None, other: float | None, delta: float | None, unit: str) -> str:
    """`2.00 -> 2.06 (+0.06)`, or the one value when nothing changed in that year."""
    if delta is not None and abs(delta) <= TOLERANCE:
        return format_value(other, unit)
    change = "" if delta is None else f" ({delta_text(delta, unit)})"
    return f"{format_value(base, unit)} -> {format_value(other, unit)}{change}"


def changed_cells(before: Result, after: Result) -> set[tuple[str, int]]:
    """(row, year) of every cell whose value differs between two results of the same table,
    for marking what an unsaved edit changed. One vectorised comparison: this runs on every
    edit, so it must not cost a polars call per row."""
    ids = [r.id for r in after.rows if r.id in {b.id for b in before.rows}]
    if before.years != after.years or not ids:
        return set()
    a, b = before.frame.select(ids).fill_nan(None), after.frame.select(ids).fill_nan(None)
    moved = b.select(
        [
            (
                ((pl.col(i) - a.get_column(i)).abs() > TOLERANCE)
                | (pl.col(i).is_null() != a.get_column(i).is_null())
            )
            .fill_null(False)
            .alias(i)
            for i in ids
        ]
    )
    years = after.years
    return {
        (row_id, years[index])
        for row_id, column in zip(ids, moved.iter_columns(), strict=True)
        if column.any()
        for index, flag in enumerate(column.to_list())
        if flag
    }
