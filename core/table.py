"""The calculation table as people read it: Table 1 first, then a verdict per norm, then the
inputs (each grown series with its growth under it) and the other rows, in sections.

The app's grid, its detail line and the table export all read this, so what is on screen and
what is exported are the same rows. Sections after the first two follow the registry's kinds
(`KIND_TITLES`), so a new input, measure or norm row lands in its section without a change here.

Numbers are written by core/formats.py (the grid's money in EUR bn with one decimal, so seven
years fit beside the labels; full precision in the detail line, the CLI and the exports), words
come from the catalogue (core/i18n.py), both in the language shown. CSV keeps English labels.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass

from core import formats
from core.diff import TOLERANCE
from core.engine import Result
from core.export import MARKS, inputs_hash, legend, marks, source_text
from core.formats import language
from core.i18n import TEXTS, t
from core.measures import KIND_TITLES, METHOD_SPECS, POINTS, basis_col, kind_title, norm_of
from core.model import Basis, Method, Norm
from core.norms import norm_label
from core.session import GROWTH_PREFIX, growth_row
from core.whatif import growth_series, growth_years

TABLE1 = "table1"
VERDICTS = "verdicts"
VERDICT_PREFIX = "verdict:"
GROWTH_UNIT = formats.GROWTH
VERDICT_UNIT = formats.VERDICT
_TABLE1_METHODS: tuple[Method, ...] = ("nl_excl", "nl_incl", "nato")
"""Table 1's rows in the letter's order."""
SHORT_LABELS: frozenset[str] = frozenset(
    key.removeprefix("short.") for key in TEXTS if key.startswith("short.")
)
"""Rows with a label that fits the grid beside seven years (`short.ID` in the catalogue, both
languages); a row not listed shows the registry's label."""


def short_label(row_id: str, label: str) -> str:
    """The grid's label of a row in the language shown: its short one, else `label`."""
    return t(f"short.{row_id}") if row_id in SHORT_LABELS else label


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
    csv_label: str = ""
    """`full_label` in English: CSV stays the same in every language."""


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
    sections = [Section(TABLE1, t("table.section.table1"), table1)]
    if verdicts:
        sections.append(Section(VERDICTS, t("table.section.verdicts"), verdicts))
    grown = set(growth_series(result.scenario))
    for kind in KIND_TITLES:
        out: list[TableRow] = []
        for row_id, row in rows.items():
            if row.kind != kind or row_id in shown:
                continue
            out.append(_engine_row(result, row_id))
            if row_id in grown:
                out.append(_growth_row(result, row_id))
        if out:
            sections.append(Section(kind, kind_title(kind), tuple(out)))
    return Layout(result, tuple(sections))


def _engine_row(result: Result, row_id: str) -> TableRow:
    row = result.row(row_id)
    bits = result.columns[basis_col(row_id)]
    norm = result.scenario.norms.get(norm_of(row_id)) if row.kind == "norm" else None
    label = short_label(row_id, row.title())
    if norm is not None and row_id.startswith("gap_"):
        label = t("table.gap_nato" if row_id.endswith("_nato") else "table.gap_nl", norm=norm_label(norm))
    return TableRow(
        row_id,
        label,
        row.title(),
        row.unit,
        tuple(result.values(row_id)),
        tuple(Basis(b or 0) for b in bits),
        row.kind,
        norm,
        row.label,
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
    full = t("table.growth_full", label=result.row(series).title())
    english = t("table.growth_full", "en", label=result.row(series).label)
    return TableRow(
        growth_row(series),
        t("table.growth"),
        full,
        GROWTH_UNIT,
        tuple(values),
        tuple(basis),
        "input",
        None,
        english,
    )


def judged_share(result: Result, row_id: str) -> tuple[str, float] | None:
    """For a norm's verdict row (`_verdict_row`, no row of the result): the share row it is
    judged on and the norm's share, the verdict being their difference. None for any other row."""
    if not row_id.startswith(VERDICT_PREFIX):
        return None
    norm = result.scenario.norms[row_id.removeprefix(VERDICT_PREFIX)]
    return METHOD_SPECS[norm.method].share, norm.share


def _verdict_row(result: Result, norm: Norm) -> TableRow:
    """Percentage points the norm's method falls short of it each year (negative: above it)."""
    share_id = METHOD_SPECS[norm.method].share
    values = tuple(None if s is None else norm.share - s for s in result.values(share_id))
    bits = tuple(Basis(b or 0) for b in result.columns[basis_col(share_id)])
    full, english = (
        t("table.judged_by", lang, norm=norm_label(norm, lang), method=_method_words(norm.method, lang))
        for lang in (language(), "en")
    )
    return TableRow(
        VERDICT_PREFIX + norm.id, norm_label(norm), full, VERDICT_UNIT, values, bits, "verdict", norm, english
    )


def _method_words(method: Method, lang: formats.Lang) -> str:
    """Plain words for the methods Table 1 uses; any other method says its registry label."""
    own = f"table.method.{method}"
    if own in TEXTS:
        return t(own, lang)
    spec = METHOD_SPECS[method]
    return spec.label_nl if lang == "nl" and spec.label_nl else spec.label


# ---------------------------------------------------------------------- formats
def grid_unit(unit: str) -> str:
    """The unit as the grid states it (core.formats: money in EUR bn, `EUR mld` in Dutch)."""
    return formats.grid_unit(unit)


def grid_text(value: float | None, unit: str) -> str:
    """A value as the grid shows it (core.formats.grid); a verdict says `met` (`gehaald`) when
    the norm is reached (to the published rounding of 0.005 pp)."""
    if unit == VERDICT_UNIT and value is not None and not math.isnan(value) and value <= 0.005:
        return t("table.met")
    return formats.grid(value, unit)


def full_text(value: float | None, unit: str) -> str:
    """A value at the precision the detail line shows (core.formats.full); a verdict in words."""
    if unit == VERDICT_UNIT and value is not None and not math.isnan(value):
        return t("table.met") if value <= 0.005 else t("table.short_by", points=formats.points(value))
    return formats.full(value, unit)


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
    marks_part = t("detail.marks", words=basis_words(basis)) if basis else ""
    if row.kind == "verdict" and row.norm is not None:
        return _verdict_detail(result, row, year, shown) + marks_part
    if row.id.startswith(GROWTH_PREFIX):
        return _growth_detail(result, row, year, shown) + marks_part
    engine_row = result.row(row_id)
    if engine_row.measure is not None:
        filled = engine_row.measure.formula_filled(result.year_values(year))
        head = row.full_label
        if row.norm is not None and row.id.startswith("gap_"):
            rule = t("detail.rule.nato" if row.id.endswith("_nato") else "detail.rule.nl")
            head = t("detail.gap_head", norm=norm_label(row.norm), rule=rule)
        return f"{head} {year} = {filled} = {shown}{marks_part}"
    adjusted = [a for a in result.scenario.adjustments if a.series == row_id and a.start <= year <= a.end]
    if adjusted:
        how = t("detail.then").join(
            t("detail.adjusted", what=a.describe(), origin=a.origin) for a in adjusted
        )
        return f"{row.full_label} {year} = {shown} · {how}{marks_part}"
    cell = result.scenario.inputs.get(row_id, {}).get(year)
    if cell is None:
        return f"{row.full_label} {year} = {shown}: {source_text(engine_row)}{marks_part}"
    stated = ""
    if str(cell.unit) != row.unit:
        stated = t("detail.stated_as", value=formats.general(cell.value), unit=_unit_words(str(cell.unit)))
    if cell.status == "what-if":
        note = cell.said_note()
        where = t("detail.whatif_note", note=note) if note else t("detail.whatif")
    else:
        source = result.scenario.sources.get(cell.source or "")
        cited = f"{source.shown_title()} ({cell.source})" if source else ""
        where = t("detail.from", cited=cited) if source else t("detail.no_source_assumption")
        if note := cell.said_note():
            where += f"; {note}"
    return f"{row.full_label} {year} = {shown}{stated} · {where}{marks_part}"


def _unit_words(unit: str) -> str:
    """`% of CPB GDP` (`% van het bbp volgens het CPB`) for `% of gdp_cpb`; other units after a
    space."""
    if unit.startswith("% of "):
        of = unit.removeprefix("% of ")
        return t("detail.of_gdp", gdp=t(f"detail.gdp.{of}") if f"detail.gdp.{of}" in TEXTS else of)
    return f" {formats.unit(unit)}"


def _verdict_detail(result: Result, row: TableRow, year: int, shown: str) -> str:
    from core.norms import verdict

    assert row.norm is not None
    status = next(s for s in verdict(result, year).norms if s.norm.id == row.norm.id)
    money = ""
    if status.shortfall_eur_mln is not None and not status.met:
        money = f" ({formats.money(status.shortfall_eur_mln)})"
    return t(
        "detail.verdict",
        label=row.full_label,
        year=year,
        share=formats.share(status.share),
        norm=formats.general(row.norm.share),
        shown=shown,
        money=money,
    )


def _growth_detail(result: Result, row: TableRow, year: int, shown: str) -> str:
    series = row.id.removeprefix(GROWTH_PREFIX)
    adj = growth_years(result.scenario, series).get(year)
    if adj is None:
        return t("detail.growth_implied", label=row.full_label, year=year, shown=shown)
    source = result.scenario.sources.get(adj.source or "")
    cited = t("detail.cited", title=source.shown_title(), source=adj.source) if source else ""
    note = f"; {said}" if (said := adj.said_note()) else ""
    return t(
        "detail.growth_adjust",
        label=row.full_label,
        year=year,
        shown=shown,
        origin=adj.origin,
        cited=cited,
        note=note,
    )


# ---------------------------------------------------------------------- comparing
def deltas(this: Layout, other: Layout, *, verdicts_as_shown: bool = False) -> dict[tuple[str, int], float]:
    """(row, year) -> this minus other, for every cell whose value changed visibly; unchanged
    cells (and changes smaller than the grid's last digit) have none. With `verdicts_as_shown`
    (a comparison's deltas) a verdict compares what it shows, the points short (0 when met):
    `met` against `met` is no change, however far above the norm either is (a tester read
    `met (+0.06)` as nonsense), and `met` against `0.21` short is 0.21 less short. Without it
    (which cells an edit moved) a verdict still met but by more is marked as moved."""
    theirs = _values(other)
    out: dict[tuple[str, int], float] = {}
    for row in this.rows():
        for year, value in zip(this.years, row.values, strict=True):
            delta = _delta(row.unit, value, theirs.get(row.id, {}).get(year), verdicts_as_shown)
            if delta is not None:
                out[row.id, year] = delta
    return out


def one_sided(this: Layout, other: Layout) -> dict[tuple[str, int], float | None]:
    """(row, year) -> the other's value, for every cell known in one layout and unknown in the
    other: a change no difference can express (`unknown -> 2.53` in `navotop diff`). Without
    these a comparison showed such cells as unchanged, and a tester read the Hague scenario's
    NATO shares, unknown in the baseline, as changing nothing."""
    theirs = _values(other)
    return {
        (row.id, year): theirs[row.id][year]
        for row in this.rows()
        for year, value in zip(this.years, row.values, strict=True)
        if year in theirs.get(row.id, {}) and (value is None) != (theirs[row.id][year] is None)
    }


def compared_cell(
    this: Layout, other: Layout, row_id: str, year: int
) -> tuple[float | None, float | None] | None:
    """A cell's value here and in the other layout when a comparison marks it (a visible
    difference, or known on one side only), else None: what the detail line spells out."""
    row = this.row(row_id)
    mine = dict(zip(this.years, row.values, strict=True)).get(year)
    theirs = _values(other).get(row_id, {})
    if year not in theirs:
        return None  # a row or year the other lacks: nothing to compare with
    was = theirs[year]
    if (mine is None) != (was is None) or _delta(row.unit, mine, was, True) is not None:
        return mine, was
    return None


def _values(layout: Layout) -> dict[str, dict[int, float | None]]:
    return {row.id: dict(zip(layout.years, row.values, strict=True)) for row in layout.rows()}


def _delta(unit: str, value: float | None, was: float | None, verdicts_as_shown: bool) -> float | None:
    """value - was when both are known and apart by at least the grid's last digit, else None."""
    if verdicts_as_shown and value is not None and was is not None and unit == VERDICT_UNIT:
        value, was = _short(value), _short(was)
    if value is None or was is None or abs(value - was) <= TOLERANCE:
        return None
    delta = value - was
    if grid_text(abs(delta), unit if unit != VERDICT_UNIT else POINTS).strip("0.,") == "":
        return None  # rounds to zero on screen: noise, not a change
    return delta


def _short(value: float) -> float:
    """A verdict's shortfall as the grid shows it: 0 when the norm is met."""
    return 0.0 if value <= 0.005 else value


def delta_text(delta: float, unit: str) -> str:
    """`+0.20`, `-12.1` (`+0,20`, `-12,1`): a change in the grid's format (core.formats)."""
    return formats.grid_delta(delta, POINTS if unit == VERDICT_UNIT else unit)


# ---------------------------------------------------------------------- export
def heading(result: Result, unsaved: bool, lang: formats.Lang | None = None) -> list[str]:
    """The lines an export starts with: scenario, inputs' hash, and whether edits are unsaved
    (in `lang`: CSV's are in English, as its ids are)."""
    lines = [
        f"{result.scenario.shown_name(lang)} ({result.scenario.path.name})",
        t("export.inputs", lang, hash=inputs_hash(result.scenario)),
    ]
    if unsaved:
        lines.append(t("export.unsaved", lang))
    return lines


def to_csv(table: Layout, unsaved: bool) -> str:
    """Every row and year at full precision; `#` lines first with the scenario, its inputs'
    hash and the unsaved-edits note."""
    out = io.StringIO()
    for line in heading(table.result, unsaved, "en"):
        out.write(f"# {line}\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["section", "id", "label", "unit", *table.years])
    for section in table.sections:
        for row in section.rows:
            values = ("" if v is None or math.isnan(v) else repr(v) for v in row.values)
            writer.writerow([section.id, row.id, row.csv_label or row.full_label, row.unit, *values])
    return out.getvalue()


def to_markdown(table: Layout, unsaved: bool) -> str:
    """Every section as in the app, values as the grid shows them with their marks."""
    head = heading(table.result, unsaved)
    lines = [f"**{head[0]}**", "", *(f"- {line}" for line in head[1:]), ""]
    lines += [
        f"| {t('col.row')} | {t('col.unit')} | " + " | ".join(map(str, table.years)) + " |",
        "|---|---|" + "---:|" * len(table.years),
    ]
    for section in table.sections:
        lines.append(f"| **{_md(section.title)}** | |" + " |" * len(table.years))
        for row in section.rows:
            cells = [cell_text(row, i) for i in range(len(table.years))]
            lines.append(f"| {_md(row.full_label)} | {grid_unit(row.unit)} | " + " | ".join(cells) + " |")
    lines += ["", f"{t('legend.label')}: {legend()}."]
    return "\n".join(lines) + "\n"


def cell_text(row: TableRow, index: int) -> str:
    """One cell with its marks, e.g. `2.00 e`."""
    value = row.values[index]
    text = grid_text(value, row.unit)
    flags = marks(row.basis[index]) if value is not None else ""
    return f"{text} {flags}" if flags else text


def _md(text: str) -> str:
    return text.replace("|", "\\|")
