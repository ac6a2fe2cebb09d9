"""Text-free renderings of a Result: CSV, JSON and markdown, and the cells every view shares.
The rich table for the terminal lives in `tui/render.py`, imported only when asked for, so
that `navotop table --format json` never pays for importing rich. Numbers are written by
`core/formats.py`; CSV and JSON stay dot-decimal with English labels in every language.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
from collections.abc import Iterable

from core import formats
from core.engine import Result, Row
from core.i18n import t
from core.measures import INPUT_BY_ID, basis_col
from core.model import Basis, Scenario
from core.text import markdown_cell

MARKS: dict[Basis, str] = {
    Basis.ESTIMATE: "e",
    Basis.ASSUMPTION: "a",
    Basis.DEFAULT: "d",
    Basis.CALIBRATION: "c",
    Basis.ADJUSTED: "w",
}
"""One letter per basis bit, shown after a value; the legend (`legend()`) explains them."""


def legend() -> str:
    """What the letters after a value mean, in the language shown. An unknown value needs no
    key: every view writes the word itself (`formats.unknown`)."""
    return t("legend")


def inputs_hash(scenario: Scenario) -> str:
    """A short fingerprint of everything a scenario's numbers rest on: inputs, adjustments,
    norms and span. Two screenshots with the same hash show the same figures."""
    parts = [f"{scenario.first_year}-{scenario.last_year}"]
    for series, cells in sorted(scenario.inputs.items()):
        parts += [f"{series}:{year}:{cell.value!r}:{cell.unit}" for year, cell in sorted(cells.items())]
    parts += [
        f"{a.series}:{a.operation}:{a.value!r}:{a.start}:{a.end}"
        + (f":as {a.counts_as}" if a.counts_as else "")
        for a in scenario.adjustments
    ]
    parts += [f"{n.id}:{n.share!r}:{n.method}:{n.year}" for n in scenario.norms.values()]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:8]


def marks(basis: Basis) -> str:
    """The letters for a cell's basis, e.g. `ad` for an assumption that also uses a default."""
    return "".join(letter for bit, letter in MARKS.items() if bit in basis)


def row_cells(result: Result, row: Row) -> list[tuple[str, str]]:
    """Each year's value as shown and its marks, e.g. `("2.06", "c")`; kept apart so a table
    can line the numbers up and put the letters beside them. An unknown value has no marks."""
    values = result.values(row.id)
    bases = result.columns[basis_col(row.id)]
    return [
        (formats.value(value, row.unit), marks(Basis(bits or 0)) if value is not None else "")
        for value, bits in zip(values, bases, strict=True)
    ]


def row_texts(result: Result, row: Row) -> list[str]:
    """Each year's value and marks as one text, e.g. `2.06 c`."""
    return [f"{text} {flag}" if flag else text for text, flag in row_cells(result, row)]


def to_json(result: Result) -> str:
    """The CLI contract's JSON: full precision, `null` where unknown, plus each cell's basis."""
    years = result.years
    rows = []
    for row in result.rows:
        values = result.values(row.id)
        basis = {
            str(y): Basis(b).labels()
            for y, b in zip(years, result.columns[basis_col(row.id)], strict=True)
            if b
        }
        rows.append(
            {
                "id": row.id,
                "label": row.label,
                "unit": row.unit,
                "kind": row.kind,
                "values": {str(y): _json_number(v) for y, v in zip(years, values, strict=True)},
                "basis": basis,
                "source": row.source,
            }
        )
    return json.dumps({"scenario": result.scenario.name, "years": years, "rows": rows}, indent=2)


def _json_number(value: float | None) -> float | None:
    return None if value is None or math.isnan(value) else value


def to_csv(result: Result) -> str:
    """Header `id,label,unit,<years...>`; full precision; empty where unknown."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "label", "unit", *result.years])
    for row in result.rows:
        values = result.values(row.id)
        writer.writerow([row.id, row.label, row.unit, *("" if v is None else repr(v) for v in values)])
    return out.getvalue()


def to_markdown(result: Result) -> str:
    """A pipe table for notes and slides, values rounded as shown on screen, with the legend.
    Every text from a file goes through `markdown_cell`: a `|` or a line break in a label, name or
    source cannot end its cell or its row."""
    header = [t("col.row"), t("col.unit"), *map(str, result.years), t("col.source")]
    lines = [
        f"**{markdown_cell(result.scenario.shown_name())}**",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "|".join(["---", "---", *["---:"] * len(result.years), "---"]) + "|",
    ]
    for row in result.rows:
        cells = [
            f"{markdown_cell(row.title())} (`{row.id}`)",
            formats.unit(row.unit),
            *row_texts(result, row),
            f"`{markdown_cell(source_text(row))}`" if row.measure else markdown_cell(source_text(row)),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", f"{t('legend.label')}: {legend()}."]
    return "\n".join(lines) + "\n"


def source_text(row: Row) -> str:
    """An input row's sources as the views show them: cited ids, or what stands in, in words."""
    if row.measure is not None:  # its formula, its own numbers in the language's decimal mark
        return row.measure.formula_shown()
    if row.kind != "input":
        return row.source
    if row.source == "assumption":
        return t("source.assumption")
    spec = INPUT_BY_ID.get(row.id)
    if row.source.startswith("default ") and spec is not None:
        shown = (
            spec.default_text_nl if formats.language() == "nl" and spec.default_text_nl else spec.default_text
        )
        return t("source.default", text=shown)
    return row.source


def check_lines(result: Result) -> Iterable[str]:
    """One line per failed check, as `FILE:LINE:COL: message`."""
    for check in result.failed_checks:
        computed = formats.unknown() if check.computed is None else formats.general(round(check.computed, 6))
        message = t(
            "check.line",
            id=check.id,
            year=check.year,
            computed=computed,
            observed=formats.general(check.observed),
            tolerance=formats.general(check.tolerance),
        )
        yield f"{check.origin}: {message}"
