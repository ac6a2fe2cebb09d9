"""The one registry of everything navotop computes or reads: id, label, unit, expression, formula.

The table, the CSV/JSON/markdown exports, the help text and the "explain" view all read these
entries, so a measure's definition and its documentation cannot drift apart. A formula is written
once as a template with `{series}` placeholders; `formula_text` fills in names, `formula_filled`
fills in the numbers of one year.

Input series are listed here too (with their defaults), because the engine, the scenario loader
and the views all need to know which series exist and what stands in when one is absent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

import polars as pl

from core.formats import INDEX as INDEX
from core.formats import MONEY as MONEY
from core.formats import POINTS as POINTS
from core.formats import SHARE as SHARE
from core.formats import Lang, constants, general, language, number, unknown
from core.model import Method, Norm

Kind = Literal["input", "measure", "norm"]
KIND_TITLES: dict[Kind, str] = {"input": "Inputs", "measure": "Measures", "norm": "Norms"}
"""The heading of each kind's rows, in the order tables show them."""
KIND_TITLES_NL: dict[Kind, str] = {"input": "Invoer", "measure": "Berekend", "norm": "Normen"}
"""The same headings in Dutch."""


def kind_title(kind: Kind, lang: Lang | None = None) -> str:
    """The heading of a kind's rows in the language shown."""
    return (KIND_TITLES_NL if (lang or language()) == "nl" else KIND_TITLES)[kind]


_PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")


@dataclass(frozen=True, slots=True)
class InputSpec:
    """An input series a scenario may give: what it means and what stands in when it is absent."""

    id: str
    label: str
    unit: str
    description: str
    default: pl.Expr | None = None
    """None means the series is required; otherwise the expression used when it is absent."""
    default_text: str = ""
    may_be_negative: bool = False
    label_nl: str = ""
    """The label in Dutch, in the letter's own terms where it has them."""
    default_text_nl: str = ""
    """`default_text` in Dutch."""

    @property
    def required(self) -> bool:
        """A required series has no default: a scenario without it is refused."""
        return self.default is None


@dataclass(frozen=True, slots=True)
class Measure:
    """A derived row of the table, defined once by its polars expression and its formula."""

    id: str
    label: str
    unit: str
    kind: Kind
    expr: pl.Expr
    formula: str
    """Template with `{id}` placeholders for the series and measures it reads."""
    basis: pl.Expr | None = None
    """How the cell's `Basis` bits follow from its inputs' bits, where plain inheritance from
    every column read would over-mark (see `share_col`); None means inherit from all."""
    label_nl: str = ""
    """The label in Dutch, in the letter's own terms where it has them."""

    @property
    def depends_on(self) -> list[str]:
        """The columns the expression reads, taken from the expression itself (never restated)."""
        return sorted(set(self.expr.meta.root_names()))

    def formula_text(self) -> str:
        """The formula with names, e.g. `100 * defence_total / gdp_cpb`."""
        return _PLACEHOLDER.sub(lambda m: m.group(1), self.formula)

    def formula_shown(self, lang: Lang | None = None) -> str:
        """The formula with names, its own numbers in the language's decimal mark (`3,5 / 100 *
        gdp_oecd` in Dutch), for people; `formula_text` stays as written, for CSV and JSON."""
        return constants(self.formula_text(), lang)

    def formula_filled(self, values: Mapping[str, float | None]) -> str:
        """The formula with one year's numbers in place of the names, its own numbers too in
        the language's decimal mark; "unknown" where unknown."""

        def fill(match: re.Match[str]) -> str:
            value = values.get(match.group(1))
            if value is None:
                return unknown()
            return number(value, 2, trim=True) if abs(value) >= 1000 else general(float(f"{value:.6g}"))

        return _PLACEHOLDER.sub(fill, constants(self.formula))


def _col(name: str) -> pl.Expr:
    return pl.col(name)


INPUTS: tuple[InputSpec, ...] = (
    InputSpec(
        "gdp_cpb",
        "GDP, CPB (Dutch method)",
        MONEY,
        "Gross domestic product at current prices as CPB estimates it; the Dutch method's base.",
        label_nl="bbp, CPB (Nederlandse berekeningswijze)",
    ),
    InputSpec(
        "gdp_oecd",
        "GDP, OECD (NATO method)",
        MONEY,
        "Gross domestic product at current prices as NATO takes it (OECD's estimate); NATO's base.",
        default=_col("gdp_cpb"),
        default_text="= gdp_cpb",
        default_text_nl="= gdp_cpb",
        label_nl="bbp, OESO (NAVO-berekeningswijze)",
    ),
    InputSpec(
        "defence_excl_ukraine",
        "Defence spending excl. Ukraine support",
        MONEY,
        "Defence spending by the Dutch definition, without military support to Ukraine.",
        label_nl="Defensie-uitgaven excl. Oekraïnesteun",
    ),
    InputSpec(
        "ukraine_military",
        "Military support to Ukraine",
        MONEY,
        "Military support to Ukraine counted in defence spending.",
        default=pl.lit(0.0),
        default_text="= 0",
        default_text_nl="= 0",
        label_nl="Militaire steun aan Oekraïne",
    ),
    InputSpec(
        "nato_definition_adjustment",
        "NATO's spending figure less the Dutch",
        MONEY,
        "NATO's figure for defence spending less the Dutch figure incl. Ukraine support (may be < 0).",
        default=pl.lit(0.0),
        default_text="= 0",
        default_text_nl="= 0",
        may_be_negative=True,
        label_nl="NAVO-cijfer min het Nederlandse",
    ),
    InputSpec(
        "deflator_defence",
        "Deflator, defence spending",
        INDEX,
        "NATO's price index for defence spending, its base year = 100.",
        default=pl.lit(100.0),
        default_text="= 100 (no price effect)",
        default_text_nl="= 100 (geen prijseffect)",
        label_nl="Deflator, defensie-uitgaven",
    ),
    InputSpec(
        "deflator_gdp",
        "Deflator, GDP",
        INDEX,
        "NATO's price index for GDP, its base year = 100.",
        default=pl.lit(100.0),
        default_text="= 100 (no price effect)",
        default_text_nl="= 100 (geen prijseffect)",
        label_nl="Deflator, bbp",
    ),
    InputSpec(
        "related_security",
        "Defence- and security-related spending",
        MONEY,
        "Spending the Hague commitment counts in its 1.5% (infrastructure, resilience, industrial"
        " base), beyond core defence; unknown unless a scenario gives it.",
        default=pl.lit(None, pl.Float64),
        default_text=unknown("en"),
        default_text_nl=unknown("nl"),
        label_nl="Defensie- en veiligheidsgerelateerde uitgaven",
    ),
)
INPUT_BY_ID: dict[str, InputSpec] = {spec.id: spec for spec in INPUTS}


def _measure(
    id_: str,
    label: str,
    unit: str,
    expr: pl.Expr,
    formula: str,
    kind: Kind = "measure",
    basis: pl.Expr | None = None,
    *,
    label_nl: str,
) -> Measure:
    return Measure(id_, label, unit, kind, expr.alias(id_), formula, basis, label_nl)


SHARE_SERIES: tuple[str, ...] = ("defence_excl_ukraine", "ukraine_military")
"""Spending series whose stated share of CPB GDP the engine carries beside the euro amount."""


def share_col(series: str) -> str:
    """The column with `series` as a share of final CPB GDP, where the file stated it as one.

    Table 1 states the Dutch figures as shares of CPB GDP. Their euro amounts rest on whatever
    GDP is assumed, but the shares do not: 1.56% stays 1.56% at any GDP level. Carrying the
    stated share lets the Dutch-method rows show it, and mark it by its own basis alone, instead
    of re-deriving it from euros and inheriting every mark on GDP. Null where no share was
    stated (or an adjustment in euros moved it); the measures then fall back to euros / GDP.
    """
    return f"{series}%gdp_cpb"


BASIS_SUFFIX = "#basis"


def basis_col(name: str) -> str:
    """The column holding the `Basis` bits of series or measure `name`."""
    return name + BASIS_SUFFIX


def _b(name: str) -> pl.Expr:
    return pl.col(basis_col(name))


_excl_share = pl.col(share_col("defence_excl_ukraine"))
_ukr_share = pl.col(share_col("ukraine_military"))
_stated_incl = _excl_share + _ukr_share


# The measures as expressions over inputs only. Each is written out in terms of the inputs
# (defence_nato as excl + Ukraine + adjustment, not as a column read back), so the engine
# evaluates every measure in one pass; the formula text still names the measure it builds on,
# because that is how a reader follows the arithmetic.
_c = _col
_gdp_cpb, _gdp_oecd = _c("gdp_cpb"), _c("gdp_oecd")
_excl = _c("defence_excl_ukraine")
_defence_total = _excl + _c("ukraine_military")
_defence_nato = _defence_total + _c("nato_definition_adjustment")
_share_nl_excl = pl.coalesce(_excl_share, 100 * _excl / _gdp_cpb)
_share_nl_incl = pl.coalesce(_stated_incl, 100 * _defence_total / _gdp_cpb)
_share_nato = 100 * (_defence_nato / _c("deflator_defence")) / (_gdp_oecd / _c("deflator_gdp"))
_gdp_ratio = _gdp_cpb / _gdp_oecd
_definition_ratio = _defence_nato / _defence_total
_price_ratio = _c("deflator_gdp") / _c("deflator_defence")
_nato_base = _gdp_oecd * _c("deflator_defence") / _c("deflator_gdp")
_related = _c("related_security")
# Related spending is taken at current prices against OECD GDP: NATO has published no price
# index for it, and deflating it like GDP leaves its current-price share. Core plus related is
# then NATO's core share plus that share; in money, related spending counts at defence prices
# (x deflator_defence / deflator_gdp) so one base serves both (see METHOD_SPECS).
_share_related = 100 * _related / _gdp_oecd
_share_core_related = _share_nato + _share_related
_core_related = _defence_nato + _related * _c("deflator_defence") / _c("deflator_gdp")

MEASURES: tuple[Measure, ...] = (
    _measure(
        "defence_total",
        "Defence spending incl. Ukraine support",
        MONEY,
        _defence_total,
        "{defence_excl_ukraine} + {ukraine_military}",
        label_nl="Defensie-uitgaven incl. Oekraïnesteun",
    ),
    _measure(
        "share_nl_excl",
        "Dutch method, excl. Ukraine",
        SHARE,
        _share_nl_excl,
        "100 * {defence_excl_ukraine} / {gdp_cpb}",
        basis=pl.when(_excl_share.is_not_null())
        .then(_b(share_col("defence_excl_ukraine")))
        .otherwise(_b("defence_excl_ukraine") | _b("gdp_cpb")),
        label_nl="Nederlandse berekeningswijze, excl. Oekraïne",
    ),
    _measure(
        "share_nl_incl",
        "Dutch method, incl. Ukraine",
        SHARE,
        _share_nl_incl,
        "100 * {defence_total} / {gdp_cpb}",
        basis=pl.when(_stated_incl.is_not_null())
        .then(_b(share_col("defence_excl_ukraine")) | _b(share_col("ukraine_military")))
        .otherwise(_b("defence_excl_ukraine") | _b("ukraine_military") | _b("gdp_cpb")),
        label_nl="Nederlandse berekeningswijze, incl. Oekraïne",
    ),
    _measure(
        "defence_nato",
        "Defence spending, NATO definition",
        MONEY,
        _defence_nato,
        "{defence_total} + {nato_definition_adjustment}",
        label_nl="Defensie-uitgaven, NAVO-definitie",
    ),
    _measure(
        "share_nato",
        "NATO method, incl. Ukraine",
        SHARE,
        _share_nato,
        "100 * ({defence_nato} / {deflator_defence}) / ({gdp_oecd} / {deflator_gdp})",
        label_nl="NAVO-berekeningswijze, incl. Oekraïne",
    ),
    _measure(
        "share_related",
        "Related spending (Hague 1.5%)",
        SHARE,
        _share_related,
        "100 * {related_security} / {gdp_oecd}",
        label_nl="Gerelateerde uitgaven (Haagse 1,5%)",
    ),
    _measure(
        "share_core_related",
        "Core + related spending (Hague 5%)",
        SHARE,
        _share_core_related,
        "{share_nato} + {share_related}",
        label_nl="Kern + gerelateerde uitgaven (Haagse 5%)",
    ),
    _measure(
        "bridge_gdp_source",
        "Bridge 1: GDP source (CPB -> OECD)",
        POINTS,
        _share_nl_incl * (_gdp_ratio - 1),
        "{share_nl_incl} * ({gdp_cpb} / {gdp_oecd} - 1)",
        label_nl="Brug 1: bron van het bbp (CPB -> OESO)",
    ),
    _measure(
        "bridge_definition",
        "Bridge 2: spending (NATO's figure vs Dutch)",
        POINTS,
        _share_nl_incl * _gdp_ratio * (_definition_ratio - 1),
        "{share_nl_incl} * {gdp_cpb} / {gdp_oecd} * ({defence_nato} / {defence_total} - 1)",
        label_nl="Brug 2: uitgaven (NAVO-cijfer vs. Nederlands)",
    ),
    _measure(
        "bridge_prices",
        "Bridge 3: prices (two deflators)",
        POINTS,
        _share_nl_incl * _gdp_ratio * _definition_ratio * (_price_ratio - 1),
        "{share_nl_incl} * {gdp_cpb} / {gdp_oecd} * {defence_nato} / {defence_total}"
        " * ({deflator_gdp} / {deflator_defence} - 1)",
        label_nl="Brug 3: prijzen (twee deflatoren)",
    ),
    _measure(
        "method_difference",
        "NATO minus Dutch method (incl. Ukraine)",
        POINTS,
        _share_nato - _share_nl_incl,
        "{share_nato} - {share_nl_incl}",
        label_nl="NAVO min Nederlandse berekeningswijze (incl. Oekraïne)",
    ),
)
_MEASURE_BY_ID: dict[str, Measure] = {m.id: m for m in MEASURES}

BRIDGE_STEPS: tuple[str, ...] = ("bridge_gdp_source", "bridge_definition", "bridge_prices")


@dataclass(frozen=True, slots=True)
class MethodSpec:
    """How one method measures spending against GDP: its share, its spending, its GDP base."""

    share: str
    share_expr: pl.Expr
    spending: str
    """The spending the method counts, as formula text with `{id}` placeholders."""
    spending_expr: pl.Expr
    base: pl.Expr
    base_formula: str
    label: str
    label_nl: str


METHOD_SPECS: dict[Method, MethodSpec] = {
    "nato": MethodSpec(
        "share_nato",
        _share_nato,
        "{defence_nato}",
        _defence_nato,
        _nato_base,
        "{gdp_oecd} * {deflator_defence} / {deflator_gdp}",
        "NATO method",
        "NAVO-berekeningswijze",
    ),
    "related": MethodSpec(
        "share_related",
        _share_related,
        "{related_security}",
        _related,
        _gdp_oecd,
        "{gdp_oecd}",
        "related spending, current prices",
        "gerelateerde uitgaven, lopende prijzen",
    ),
    "nato_total": MethodSpec(
        "share_core_related",
        _share_core_related,
        "{defence_nato} + {related_security} * {deflator_defence} / {deflator_gdp}",
        _core_related,
        _nato_base,
        "{gdp_oecd} * {deflator_defence} / {deflator_gdp}",
        "NATO method, core + related",
        "NAVO-berekeningswijze, kern + gerelateerd",
    ),
    "nl_excl": MethodSpec(
        "share_nl_excl",
        _share_nl_excl,
        "{defence_excl_ukraine}",
        _excl,
        _gdp_cpb,
        "{gdp_cpb}",
        "Dutch rule, excl. Ukraine",
        "Nederlandse regel, excl. Oekraïne",
    ),
    "nl_incl": MethodSpec(
        "share_nl_incl",
        _share_nl_incl,
        "{defence_total}",
        _defence_total,
        _gdp_cpb,
        "{gdp_cpb}",
        "Dutch method, incl. Ukraine",
        "Nederlandse berekeningswijze, incl. Oekraïne",
    ),
}


HAGUE_METHODS: frozenset[Method] = frozenset({"related", "nato_total"})
"""Methods of the Hague commitment's two parts beyond core: judged only the NATO way."""


def norm_measures(norm: Norm, first_year: int, first_row: str | None = None) -> list[Measure]:
    """The rows one norm adds: its gaps, and with a target year the straight path and its cost.

    The gaps are what spending falls short of the norm at current prices (positive = shortfall).
    A core norm gets two: NATO-definition spending against OECD GDP, and the Dutch budget rule.
    A norm on related spending, or on core + related (the Hague 1.5% and 5%), gets one, by its
    own method: the Dutch rule has nothing to say about those. The path runs in a straight line
    from the method's share in the scenario's first year to the norm's share in its target year,
    and stays there after it.
    """
    n, s = norm.id, norm.share
    s_nl = general(s, "nl")
    label_nl = norm.label_nl or norm.label
    nato = METHOD_SPECS["nato"]
    if norm.method in HAGUE_METHODS:
        own = METHOD_SPECS[norm.method]
        rows = [
            _measure(
                gap_id(n, "nato"),
                f"NATO method: gap to {norm.label}",
                MONEY,
                s / 100 * own.base - own.spending_expr,
                f"{s:g} / 100 * {own.base_formula} - {_term(own.spending)}",
                kind="norm",
                label_nl=f"NAVO-wijze: tekort tot {label_nl}",
            )
        ]
    else:
        rows = [
            _measure(
                gap_id(n, "nato"),
                f"NATO method: gap to {norm.label}",
                MONEY,
                s / 100 * nato.base - _defence_nato,
                f"{s:g} / 100 * {nato.base_formula} - {{defence_nato}}",
                kind="norm",
                label_nl=f"NAVO-wijze: tekort tot {label_nl}",
            ),
            _measure(
                gap_id(n, "nl"),
                f"Dutch rule: gap to {norm.label}",
                MONEY,
                s / 100 * _gdp_cpb - _excl,
                f"{s:g} / 100 * {{gdp_cpb}} - {{defence_excl_ukraine}}",
                kind="norm",
                label_nl=f"NL-wijze: tekort tot {label_nl}",
            ),
        ]
    if norm.year is None:
        return rows
    method = METHOD_SPECS[norm.method]
    start = _first_year_value(method.share_expr, first_row)
    span = max(norm.year - first_year, 0)
    progress = pl.lit(1.0) if span == 0 else ((_c("year") - first_year) / span).clip(upper_bound=1.0)
    path = start + (s - start) * progress
    path_spending = path / 100 * method.base
    rows += [
        _measure(
            f"path_{n}",
            f"Path to {s:g}% by {norm.year} ({method.label})",
            SHARE,
            path,
            f"{method.share}[{first_year}] + ({s:g} - {method.share}[{first_year}])"
            f" * min(1, (year - {first_year}) / {span})",
            kind="norm",
            label_nl=f"Pad naar {s_nl}% in {norm.year} ({method.label_nl})",
        ),
        _measure(
            f"path_spending_{n}",
            f"Spending on the path to {s:g}% by {norm.year}",
            MONEY,
            path_spending,
            f"{{path_{n}}} / 100 * {method.base_formula}",
            kind="norm",
            label_nl=f"Uitgaven op het pad naar {s_nl}% in {norm.year}",
        ),
        _measure(
            f"path_extra_{n}",
            f"Extra needed on the path to {s:g}% by {norm.year}",
            MONEY,
            path_spending - method.spending_expr,
            f"{{path_spending_{n}}} - {_term(method.spending)}",
            kind="norm",
            label_nl=f"Extra nodig op het pad naar {s_nl}% in {norm.year}",
        ),
    ]
    return rows


def _term(formula: str) -> str:
    """A formula in parentheses when it is more than one name, so a minus before it reads right."""
    return formula if " " not in formula else f"({formula})"


def gap_id(norm_id: str, rule: str) -> str:
    """The row of a norm's gap: `rule` is "nato" (NATO definition against OECD GDP) or "nl"
    (the Dutch budget rule). Named here once, for the rows, the verdict and the links."""
    return f"gap_{norm_id}_{rule}"


def norm_of(row_id: str) -> str:
    """The norm a norm row belongs to (`gap_nato_2pct_nato` -> `nato_2pct`); other ids unchanged.

    The inverse of the naming in `norm_measures`, kept beside it so the two cannot drift.
    """
    for prefix in ("gap_", "path_spending_", "path_extra_", "path_"):
        if row_id.startswith(prefix):
            rest = row_id.removeprefix(prefix)
            return rest.removesuffix("_nato").removesuffix("_nl") if prefix == "gap_" else rest
    return row_id


def measures_for(norms: Iterable[Norm], first_year: int, first_row: str | None = None) -> list[Measure]:
    """Every derived row of a scenario, in table order: fixed measures, then each norm's rows.

    `first_row` is for frames that stack many variants of a scenario (core/sweep.py): see
    `_first_year_value`.
    """
    rows = list(MEASURES)
    for norm in norms:
        rows += norm_measures(norm, first_year, first_row)
    return rows


def _first_year_value(expr: pl.Expr, first_row: str | None) -> pl.Expr:
    """`expr` in the scenario's first year, on every row: where a path starts.

    In the engine's frame (one scenario, a row per year) that is the first row. A sweep stacks
    many variants, a block of years each, and names a column holding the row of each block's
    first year; a gather by it keeps every measure a single vectorised pass, where `.over()`
    per variant costs some forty times the whole evaluation.
    """
    return expr.first() if first_row is None else expr.gather(pl.col(first_row))


def row_title(row_id: str, lang: Lang | None = None) -> str | None:
    """A registry row's name as the grid shows it, in `lang` (default: the language shown): its
    short label where the catalogue has one (`short.ID`), else its label. None for a row the
    registry does not define (a scenario's norm rows: their measures carry their own labels).
    Messages name rows by this, so a sentence reads like the table; ids stay in JSON and CSV."""
    from core.i18n import TEXTS, t

    spec: InputSpec | Measure | None = INPUT_BY_ID.get(row_id) or _MEASURE_BY_ID.get(row_id)
    if spec is None:
        return None
    if f"short.{row_id}" in TEXTS:
        return t(f"short.{row_id}", lang)
    return spec.label_nl if (lang or language()) == "nl" and spec.label_nl else spec.label


def row_name(row_id: str, lang: Lang | None = None) -> str:
    """The name a sentence gives a row: `row_title`, or the id itself for a row the registry
    does not define (a scenario's norm rows), so a message always names something."""
    return row_title(row_id, lang) or row_id


def describe_all(lang: Lang | None = None) -> list[tuple[str, str, str, str]]:
    """(id, label, unit, formula) of every input and fixed measure, for help and the README, in
    `lang` (default: the language shown); ids and formulas are code, the same in both."""
    from core.formats import unit
    from core.i18n import t

    dutch = (lang or language()) == "nl"
    out = []
    for s in INPUTS:
        default = (s.default_text_nl if dutch else s.default_text) or t("default.required", lang)
        label = s.label_nl if dutch and s.label_nl else s.label
        out.append((s.id, label, unit(s.unit, lang), t("help.input_default", lang, default=default)))
    for m in MEASURES:
        label = m.label_nl if dutch and m.label_nl else m.label
        out.append((m.id, label, unit(m.unit, lang), m.formula_shown(lang)))
    return out
