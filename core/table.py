"""The calculation table as people read it: Table 1 first, then a verdict per norm, then the
inputs (each grown series with its growth under it) and the other rows, in sections.

The app's grid, its detail line and the table export all read this, so what is on screen and
what is exported are the same rows. Sections after the first two follow the registry's kinds
(`KIND_TITLES`), so a new input, measure or norm row lands in its section without a change here.

Number formats for the grid live in `grid_text` and `grid_unit` (money in EUR bn with one
decimal, so seven years fit beside the labels); full precision stays in the detail line, the
CLI and the exports.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass

from core import formats
from core.diff import TOLERANCE
from core.engine import Result
from core.export import MARKS, inputs_hash, legend, marks
from core.i18n import t
from core.measures import INDEX, KIND_TITLES, METHOD_SPECS, MONEY, POINTS, SHARE, basis_col, norm_of
from core.model import Basis, Method, Norm
from core.session import GROWTH_PREFIX, growth_row
from core.whatif import growth_series, growth_years

TABLE1 = "table1"
VERDICTS = "verdicts"
VERDICT_PREFIX = "verdict:"
GROWTH_UNIT = "% a year"
VERDICT_UNIT = "pp short"
_TABLE1_METHODS: tuple[Method, ...] = ("nl_excl", "nl_incl", "nato")
"""Table 1's rows in the letter's order."""
# Plain words for the methods Table 1 uses; any other method says its registry label.
_METHOD_WORDS: dict[str, str] = {
    "nato": "NATO's method (NATO definition, OECD GDP, NATO's deflators)",
    "nl_excl": "the Dutch method, without Ukraine support",
    "nl_incl": "the Dutch method, with Ukraine support",
}
SHORT_LABELS: dict[str, str] = {
    "gdp_cpb": "GDP, CPB",
    "gdp_oecd": "GDP, OECD",
    "defence_excl_ukraine": "Defence excl. Ukr.",
    "ukraine_military": "Ukraine support",
    "nato_definition_adjustment": "NATO def. extra",
    "deflator_defence": "Deflator, defence",
    "deflator_gdp": "Deflator, GDP",
    "defence_total": "Defence incl. Ukr.",
    "share_nl_excl": "Dutch, excl. Ukraine",
    "share_nl_incl": "Dutch, incl. Ukraine",
    "share_nato": "NATO method",
    "defence_nato": "Defence, NATO def.",
    "bridge_gdp_source": "Bridge 1: GDP source",
    "bridge_definition": "Bridge 2: definition",
    "bridge_prices": "Bridge 3: prices",
    "method_difference": "NATO minus Dutch",
    "related_security": "Related spending",
    "share_related": "Related (Hague 1.5%)",
    "share_core_related": "Core + related (5%)",
}
"""Labels that fit the grid beside seven years; a row not listed shows the registry's label."""


@dataclass(frozen=True, slots=True)
class TableRow:
    """One row as shown: short and full label, unit, a value and a basis per year."""

    id: str
    label: str
    full_label: str
    unit: str
    """The unit of `values` (the registry's); the grid shows `grid_unit(unit)`."""
    values: tuple[float | None, ...]
    basis: tuple[Basis, ...]
    kind: str
    norm: Norm | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and its rows; the app folds and unfolds sections by `id`."""

    id: str
    title: str
    rows: tuple[TableRow, ...]


@dataclass(frozen=True, slots=True)
class Layout:
    """The whole table of one result, every row and year whatever fits on a screen."""

    result: Result
    sections: tuple[Section, ...]

    @property
    def years(self) -> list[int]:
        return self.result.years

    def rows(self) -> list[TableRow]:
        return [row for section in self.sections for row in section.rows]

    def row(self, row_id: str) -> TableRow:
        for row in self.rows():
            if row.id == row_id:
                return row
        raise KeyError(row_id)


def layout(result: Result) -> Layout:
    """Table 1, the verdicts, then every other row by the registry's kinds."""
    rows = {row.id: row for row in result.rows}
    table1 = tuple(_engine_row(result, METHOD_SPECS[m].share) for m in _TABLE1_METHODS)
    shown = {row.id for row in table1}
    verdicts = tuple(_verdict_row(result, norm) for norm in result.scenario.norms.values())
    sections = [Section(TABLE1, "Table 1 (% of GDP)", table1)]
    if verdicts:
        sections.append(Section(VERDICTS, "Norms: met, or pp short", verdicts))
    grown = set(growth_series(result.scenario))
    for kind, title in KIND_TITLES.items():
        out: list[TableRow] = []
        for row_id, row in rows.items():
            if row.kind != kind or row_id in shown:
                continue
            out.append(_engine_row(result, row_id))
            if row_id in grown:
                out.append(_growth_row(result, row_id))
        if out:
            sections.append(Section(kind, title, tuple(out)))
    return Layout(result, tuple(sections))


def _engine_row(result: Result, row_id: str) -> TableRow:
    row = result.row(row_id)
    bits = result.columns[basis_col(row_id)]
    norm = result.scenario.norms.get(norm_of(row_id)) if row.kind == "norm" else None
    label = SHORT_LABELS.get(row_id, row.label)
    if norm is not None and row_id.startswith("gap_"):
        label = f"Gap {'NATO' if row_id.endswith('_nato') else 'NL'}: {norm.label}"
    return TableRow(
        row_id,
        label,
        row.label,
        row.unit,
        tuple(result.values(row_id)),
        tuple(Basis(b or 0) for b in bits),
        row.kind,
        norm,
    )


def _growth_row(result: Result, series: str) -> TableRow:
    """Growth on the year before, % a year: the `[[adjust]]` growth where that drives the year,
    and what the levels imply in the other years (unknown where a level is)."""
    levels = result.values(series)
    driven = growth_years(result.scenario, series)
    values: list[float | None] = [None]
    basis = [Basis.NONE]
    for i in range(1, len(levels)):
        was, now = levels[i - 1], levels[i]
        year = result.years[i]
        if year in driven:
            values.append(driven[year].value)
        else:
            values.append(None if was is None or now is None or was == 0 else 100 * (now / was - 1))
        basis.append(result.basis(series, year))
    full = f"{result.row(series).label}: growth"
    return TableRow(growth_row(series), "  growth", full, GROWTH_UNIT, tuple(values), tuple(basis), "input")


def _verdict_row(result: Result, norm: Norm) -> TableRow:
    """Percentage points the norm's method falls short of it each year (negative: above it)."""
    share_id = METHOD_SPECS[norm.method].share
    values = tuple(None if s is None else norm.share - s for s in result.values(share_id))
    bits = tuple(Basis(b or 0) for b in result.columns[basis_col(share_id)])
    method = _METHOD_WORDS.get(norm.method, METHOD_SPECS[norm.method].label)
    full = f"{norm.label}, judged by {method}"
    return TableRow(VERDICT_PREFIX + norm.id, norm.label, full, VERDICT_UNIT, values, bits, "verdict", norm)


# ---------------------------------------------------------------------- formats
def grid_unit(unit: str) -> str:
    """The unit as the grid states it: money in EUR bn."""
    return "EUR bn" if unit == MONEY else unit


def grid_text(value: float | None, unit: str) -> str:
    """A value as the grid shows it: money in EUR bn with one decimal, shares, points and growth
    with two, indices with one; a verdict says `met` when the norm is reached (to the
    published rounding of 0.005 pp). Digits in the language shown (core.formats)."""
    if value is None or math.isnan(value):
        return "n/a"
    if unit == VERDICT_UNIT:
        return t("table.met") if value <= 0.005 else formats.number(value, 2)
    if unit == MONEY:
        return formats.number(value / 1000, 1)
    if unit in (SHARE, POINTS, GROWTH_UNIT):
        return formats.number(value, 2)
    if unit == INDEX:
        return formats.number(value, 1)
    return formats.general(value)


def money_text(value: float) -> str:
    """Money as people read it: `EUR 1,134.0 bn`, or `EUR 850 mln` below a billion."""
    if abs(value) >= 1000:
        return f"EUR {value / 1000:,.1f} bn"
    return f"EUR {value:,.0f} mln"


def full_text(value: float | None, unit: str) -> str:
    """A value at the precision the detail line shows: money as `EUR 1,134.0 bn (1,134,000 mln)`."""
    if value is None or math.isnan(value):
        return "unknown"
    if unit == MONEY:
        return f"{money_text(value)} ({value:,.1f} mln)"
    if unit in (SHARE, POINTS):
        return f"{value:.4g}{'%' if unit == SHARE else ' pp'}"
    if unit == GROWTH_UNIT:
        return f"{value:.4g}% on the year before"
    if unit == VERDICT_UNIT:
        return "met" if value <= 0.005 else f"short by {value:.2f} pp"
    return f"{value:.6g} {unit}"


def basis_words(basis: Basis) -> str:
    """`a assumption, w what-if`: each letter with its word, as the legend has them."""
    words = dict(part.split(" ", 1) for part in legend().split(" · "))
    return ", ".join(
        f"{letter} {words.get(letter, '')}".strip() for bit, letter in MARKS.items() if bit in basis
    )


# ---------------------------------------------------------------------- the detail line
def detail(table: Layout, row_id: str, year: int) -> str:
    """The selected cell in words: its value at full precision (money as people read it), where
    it comes from (source, what-if note, adjustment or formula with the year's numbers), and
    its basis letters with their words."""
    result = table.result
    row = table.row(row_id)
    index = table.years.index(year)
    value = row.values[index]
    shown = full_text(value, row.unit)
    basis = row.basis[index] if value is not None else Basis.NONE
    marks_part = f" · marks: {basis_words(basis)}" if basis else ""
    if row.kind == "verdict" and row.norm is not None:
        return _verdict_detail(result, row, year, shown) + marks_part
    if row.id.startswith(GROWTH_PREFIX):
        return _growth_detail(result, row, year, shown) + marks_part
    engine_row = result.row(row_id)
    if engine_row.measure is not None:
        filled = engine_row.measure.formula_filled(result.year_values(year))
        head = row.full_label
        if row.norm is not None and row.id.startswith("gap_"):
            rule = "NATO's method" if row.id.endswith("_nato") else "the Dutch budget rule"
            head = f"{row.norm.label}, by {rule}: gap (positive = short)"
        return f"{head} {year} = {filled} = {shown}{marks_part}"
    adjusted = [a for a in result.scenario.adjustments if a.series == row_id and a.start <= year <= a.end]
    if adjusted:
        how = "; then ".join(f"{a.describe()} ([[adjust]] at {a.origin})" for a in adjusted)
        return f"{row.full_label} {year} = {shown} · {how}{marks_part}"
    cell = result.scenario.inputs.get(row_id, {}).get(year)
    if cell is None:
        return f"{row.full_label} {year} = {shown}: {engine_row.source}{marks_part}"
    stated = "" if str(cell.unit) == row.unit else f", stated as {cell.value:g}{_unit_words(str(cell.unit))}"
    if cell.status == "what-if":
        where = f"what-if: {cell.note}" if cell.note else "what-if"
    else:
        source = result.scenario.sources.get(cell.source or "")
        where = f"from {source.title} ({cell.source})" if source else "no source: an assumption"
        if cell.note:
            where += f"; {cell.note}"
    return f"{row.full_label} {year} = {shown}{stated} · {where}{marks_part}"


def _unit_words(unit: str) -> str:
    """`% of CPB GDP` for `% of gdp_cpb`; other units after a space."""
    names = {"gdp_cpb": "CPB GDP", "gdp_oecd": "OECD GDP"}
    if unit.startswith("% of "):
        return "% of " + names.get(unit.removeprefix("% of "), unit.removeprefix("% of "))
    return f" {unit}"


def _verdict_detail(result: Result, row: TableRow, year: int, shown: str) -> str:
    from core.norms import verdict

    assert row.norm is not None
    status = next(s for s in verdict(result, year).norms if s.norm.id == row.norm.id)
    share = "unknown" if status.share is None else f"{status.share:.2f}%"
    money = ""
    if status.shortfall_eur_mln is not None and not status.met:
        money = f" ({money_text(status.shortfall_eur_mln)})"
    return f"{row.full_label}, {year}: {share} against {row.norm.share:g}%: {shown}{money}"


def _growth_detail(result: Result, row: TableRow, year: int, shown: str) -> str:
    series = row.id.removeprefix(GROWTH_PREFIX)
    adj = growth_years(result.scenario, series).get(year)
    if adj is None:
        return f"{row.full_label} {year} = {shown}, implied by the levels (not an assumption of its own)"
    source = result.scenario.sources.get(adj.source or "")
    cited = f" from {source.title} ({adj.source})" if source else ""
    note = f"; {adj.note}" if adj.note else ""
    return f"{row.full_label} {year} = {shown} · [[adjust]] at {adj.origin}{cited}{note} · e edits it"


# ---------------------------------------------------------------------- comparing
def deltas(this: Layout, other: Layout) -> dict[tuple[str, int], float]:
    """(row, year) -> this minus other, for every cell whose value changed visibly; unchanged
    cells (and changes smaller than the grid's last digit) have none."""
    theirs = {row.id: dict(zip(other.years, row.values, strict=True)) for row in other.rows()}
    out: dict[tuple[str, int], float] = {}
    for row in this.rows():
        for year, value in zip(this.years, row.values, strict=True):
            was = theirs.get(row.id, {}).get(year)
            if value is None or was is None or abs(value - was) <= TOLERANCE:
                continue
            delta = value - was
            if grid_text(abs(delta), row.unit if row.unit != VERDICT_UNIT else POINTS).strip("0.,") == "":
                continue  # rounds to zero on screen: noise, not a change
            out[row.id, year] = delta
    return out


def delta_text(delta: float, unit: str) -> str:
    """`+0.20`, `-12.1`: a change in the grid's format."""
    shown = grid_text(abs(delta), POINTS if unit == VERDICT_UNIT else unit)
    return ("+" if delta > 0 else "-") + shown


# ---------------------------------------------------------------------- export
def heading(result: Result, unsaved: bool) -> list[str]:
    """The lines an export starts with: scenario, inputs' hash, and whether edits are unsaved."""
    lines = [
        f"{result.scenario.name} ({result.scenario.path.name})",
        f"inputs {inputs_hash(result.scenario)}",
    ]
    if unsaved:
        lines.append("holds unsaved edits: the numbers differ from the file")
    return lines


def to_csv(table: Layout, unsaved: bool) -> str:
    """Every row and year at full precision; `#` lines first with the scenario, its inputs'
    hash and the unsaved-edits note."""
    out = io.StringIO()
    for line in heading(table.result, unsaved):
        out.write(f"# {line}\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["section", "id", "label", "unit", *table.years])
    for section in table.sections:
        for row in section.rows:
            values = ("" if v is None or math.isnan(v) else repr(v) for v in row.values)
            writer.writerow([section.id, row.id, row.full_label, row.unit, *values])
    return out.getvalue()


def to_markdown(table: Layout, unsaved: bool) -> str:
    """Every section as in the app, values as the grid shows them with their marks."""
    head = heading(table.result, unsaved)
    lines = [f"**{head[0]}**", "", *(f"- {line}" for line in head[1:]), ""]
    lines += [
        "| row | unit | " + " | ".join(map(str, table.years)) + " |",
        "|---|---|" + "---:|" * len(table.years),
    ]
    for section in table.sections:
        lines.append(f"| **{_md(section.title)}** | |" + " |" * len(table.years))
        for row in section.rows:
            cells = [cell_text(row, i) for i in range(len(table.years))]
            lines.append(f"| {_md(row.full_label)} | {grid_unit(row.unit)} | " + " | ".join(cells) + " |")
    lines += ["", f"Marks: {legend()}."]
    return "\n".join(lines) + "\n"


def cell_text(row: TableRow, index: int) -> str:
    """One cell with its marks, e.g. `2.00 e`."""
    value = row.values[index]
    text = grid_text(value, row.unit)
    flags = marks(row.basis[index]) if value is not None else ""
    return f"{text} {flags}" if flags else text


def _md(text: str) -> str:
    return text.replace("|", "\\|")
