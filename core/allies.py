"""NATO's defence spending as % of GDP for every ally, by edition, for the burden-sharing view.

The figures come from four files in core/data/allies/, each opening with a comment line that
names its source; that line is kept and shown with every figure. NATO revises its numbers from
one edition to the next (the Netherlands' 2024 share is 2.05, 2.06 or 2.00 depending on which),
so every row carries its edition and whether NATO marked it as an estimate.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from core.allies_nl import dutch_provenance
from core.errors import NavotopError
from core.formats import Lang, language
from core.i18n import TEXTS, t
from core.paths import data_dir

HOME = "Netherlands"
AGGREGATES = ("NATO Total", "NATO Europe and Canada")
THRESHOLDS = (2.0, 3.5, 5.0)
SCOPE = TEXTS["allies.scope"][0]
"""What every figure of this module measures, said wherever the figures are shown (in English;
`t("allies.scope")` in the language shown)."""


@dataclass(frozen=True, slots=True)
class Edition:
    """One publication of NATO's figures and the file that holds (part of) it."""

    id: str
    title: str
    published: str
    files: tuple[str, ...]
    name: str = ""
    """The publication's short name where it has one (`Annual Report 2024`, a title, so kept as
    published); without one it is named by its month (`June 2024`, `juni 2024`)."""

    def short(self) -> str:
        """The edition in a few words, in the language shown."""
        import datetime as dt

        from core.formats import month

        return self.name or month(dt.date.fromisoformat(self.published))

    def shown_title(self, lang: Lang | None = None) -> str:
        """The title in `lang` (default: the language shown): in Dutch the publication's own
        title quoted, its month and price base in Dutch (the catalogue's `allies.edition.ID`)."""
        return t(f"allies.edition.{self.id}", lang)


EDITIONS: dict[str, Edition] = {
    e.id: e
    for e in (
        Edition(
            "june-2024",
            "Defence Expenditure of NATO Countries (2014-2024), June 2024, 2015 prices",
            "2024-06-17",
            ("nato-share-gdp-june-2024-edition.csv",),
        ),
        Edition(
            "annual-report-2024",
            "Secretary General's Annual Report 2024",
            "2025-04-24",
            ("nato-share-gdp-2024-annual-report.csv",),
            "Annual Report 2024",
        ),
        Edition(
            "august-2025",
            "Defence Expenditure of NATO Countries (2014-2025), August 2025, 2021 prices",
            "2025-08-28",
            ("nato-share-gdp-2014-2024.csv", "nato-share-gdp-2025e-partial.csv"),
        ),
    )
}
SCHEMA = {
    "country": pl.String,
    "year": pl.Int32,
    "share": pl.Float64,
    "edition": pl.String,
    "estimate": pl.Boolean,
    "decimals": pl.Int32,
    "note": pl.String,
    "file": pl.String,
}


def provenance(file: str, folder: Path | None = None, lang: Lang | None = None) -> str:
    """The comment line that opens a data file: where its figures come from, in `lang` (default:
    the language shown). Its Dutch is in core/data/allies/nl.toml, for the bundled files."""
    if folder is None and (lang or language()) == "nl" and file in dutch_provenance():
        return dutch_provenance()[file]
    path = (folder or data_dir() / "allies") / file
    with path.open(encoding="utf-8") as handle:
        return handle.readline().lstrip("#").strip()


def _read(path: Path) -> pl.DataFrame:
    """All columns as strings. The last column is free text that may hold unquoted commas (the
    2025 file's press notes do), so each line is split only as often as there are columns."""
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    except OSError as exc:
        raise NavotopError.single(path, t("allies.unreadable", error=exc.strerror)) from None
    header = lines[0].split(",")
    rows = [line.split(",", len(header) - 1) for line in lines[1:]]
    for number, row in enumerate(rows, start=3):
        if len(row) != len(header):
            raise NavotopError.single(path, t("allies.columns", expected=len(header), found=len(row)), number)
    return pl.DataFrame(rows, schema=dict.fromkeys(header, pl.String), orient="row")


def _decimals(column: str) -> pl.Expr:
    """How many decimals the source wrote: 2.5 stays 2.5, 2.50 would be 2.50."""
    return pl.col(column).str.split(".").list.get(1, null_on_oob=True).str.len_chars().fill_null(0)


def _long(path: Path, edition: str) -> pl.DataFrame:
    frame = _read(path)
    return frame.select(
        pl.col("country"),
        pl.col("year").cast(pl.Int32),
        pl.col("pct_gdp").cast(pl.Float64).alias("share"),
        pl.lit(edition).alias("edition"),
        (pl.col("is_estimate") == "1").alias("estimate"),
        _decimals("pct_gdp").alias("decimals"),
        pl.lit(None, pl.String).alias("note"),
        pl.lit(path.name).alias("file"),
    )


def _wide(path: Path, edition: str, columns: dict[str, tuple[int, bool]], note: str | None) -> pl.DataFrame:
    """Files with one column per year: melt them to the long shape, keeping the notes."""
    frame = _read(path)
    parts = [
        frame.select(
            pl.col("country"),
            pl.lit(year, pl.Int32).alias("year"),
            pl.col(column).replace("", None).cast(pl.Float64).alias("share"),
            pl.lit(edition).alias("edition"),
            pl.lit(estimate).alias("estimate"),
            _decimals(column).alias("decimals"),
            (pl.col(note).replace("", None) if note else pl.lit(None, pl.String)).alias("note"),
            pl.lit(path.name).alias("file"),
        )
        for column, (year, estimate) in columns.items()
    ]
    return pl.concat(parts)


@functools.cache
def load_allies(folder: Path | None = None) -> pl.DataFrame:
    """Every ally's share, one row per country, year and edition (NATO's aggregates included)."""
    folder = folder or data_dir() / "allies"
    frames = [
        _wide(
            folder / "nato-share-gdp-june-2024-edition.csv",
            "june-2024",
            {"pct_gdp_2014": (2014, False), "pct_gdp_2024e": (2024, True)},
            None,
        ),
        _wide(
            folder / "nato-share-gdp-2024-annual-report.csv",
            "annual-report-2024",
            {"pct_gdp_2024": (2024, True)},
            "note",
        ),
        _long(folder / "nato-share-gdp-2014-2024.csv", "august-2025"),
        _wide(
            folder / "nato-share-gdp-2025e-partial.csv",
            "august-2025",
            {"pct_gdp_2025e": (2025, True)},
            "source_note",
        ),
    ]
    return pl.concat([f.cast(SCHEMA) for f in frames]).sort("edition", "year", "country")  # type: ignore[arg-type]


def default_edition(year: int, frame: pl.DataFrame | None = None) -> str:
    """The newest edition that has figures for `year`."""
    frame = load_allies() if frame is None else frame
    have = frame.filter(pl.col("year") == year).get_column("edition").unique().to_list()
    newest = [e for e in sorted(EDITIONS.values(), key=lambda e: e.published) if e.id in have]
    if not newest:
        years = sorted(set(frame.get_column("year").to_list()))
        raise NavotopError.single(
            data_dir() / "allies", t("allies.no_year", year=year, years=", ".join(map(str, years)))
        )
    return newest[-1].id


def ranking(year: int, edition: str | None = None) -> pl.DataFrame:
    """Allies ranked by share for one year and edition, NATO's aggregates apart, with the
    Netherlands marked and each share held against 2%, 3.5% and 5%.

    Allies with no published figure (Germany's 2025 estimate) stay in the list, unranked, so the
    view can say the figure is unknown rather than leave the country out.
    """
    frame = load_allies()
    edition = edition or default_edition(year, frame)
    if edition not in EDITIONS:
        raise NavotopError.single(
            data_dir() / "allies", t("allies.unknown_edition", edition=edition, editions=", ".join(EDITIONS))
        )
    chosen = frame.filter((pl.col("year") == year) & (pl.col("edition") == edition))
    if chosen.is_empty():
        raise NavotopError.single(
            data_dir() / "allies", t("allies.edition_empty", edition=edition, year=year)
        )
    ranked = (
        chosen.with_columns(
            pl.col("country").is_in(AGGREGATES).alias("aggregate"),
            (pl.col("country") == HOME).alias("home"),
        )
        .with_columns(
            pl.when(~pl.col("aggregate") & pl.col("share").is_not_null())
            .then(pl.col("share").rank("min", descending=True).over("aggregate"))
            .cast(pl.Int32)
            .alias("rank"),
            *[(pl.col("share") >= t).alias(f"meets_{t:g}") for t in THRESHOLDS],
        )
        .sort(["aggregate", "share"], descending=[False, True], nulls_last=True)
    )
    return ranked


HISTORY_EDITION = "august-2025"
"""The one edition with every year 2014-2024 for every ally: the source of the sparklines."""


def history(first: int = 2014, last: int = 2024) -> dict[str, list[float | None]]:
    """Each ally's share per year from `first` to `last`, in the edition that has them all;
    None where a year has no figure."""
    frame = load_allies().filter(
        (pl.col("edition") == HISTORY_EDITION) & pl.col("year").is_between(first, last)
    )
    years = list(range(first, last + 1))
    out: dict[str, list[float | None]] = {}
    for (country,), part in frame.group_by("country", maintain_order=True):
        by_year = dict(
            zip(part.get_column("year").to_list(), part.get_column("share").to_list(), strict=True)
        )
        out[str(country)] = [by_year.get(y) for y in years]
    return out


SPARK_LEVELS = 8


@dataclass(frozen=True, slots=True)
class AllyRow:
    """One line of the allies pane."""

    country: str
    share: float | None
    decimals: int
    """As many decimals as the source gave (2.5 stays 2.5)."""
    estimate: bool
    rank: int | None
    aggregate: bool
    home: bool
    note: str
    spark: tuple[int | None, ...]
    """2014-2024, each year's share as a level 0-7 on a scale common to all allies (0 to the
    highest share of any ally in any of those years), so the lines compare; None: no figure."""


@dataclass(frozen=True, slots=True)
class AlliesView:
    """What the allies pane shows for one edition and year, and what else it can show."""

    year: int
    edition: str
    title: str
    rows: tuple[AllyRow, ...]
    sources: tuple[str, ...]
    choices: tuple[tuple[str, int], ...]
    """Every (edition, year) with figures, oldest edition first."""
    home_editions: str = ""
    """The Netherlands' figure for the year in every edition, the one shown and the one Table 1
    of the letter uses marked (`home_editions`)."""


def allies_view(year: int, edition: str | None = None) -> AlliesView:
    """The ranking of `year` in `edition` (default: the newest with figures for it), with each
    ally's 2014-2024 line."""
    edition = edition or default_edition(year)
    frame = ranking(year, edition)
    lines = history()
    top = max((v for values in lines.values() for v in values if v is not None), default=1.0)

    def level(value: float | None) -> int | None:
        return None if value is None else min(SPARK_LEVELS - 1, int(value / top * SPARK_LEVELS))

    rows = tuple(
        AllyRow(
            row["country"],
            row["share"],
            row["decimals"],
            bool(row["estimate"]),
            row["rank"],
            bool(row["aggregate"]),
            bool(row["home"]),
            row["note"] or "",
            tuple(level(v) for v in lines.get(row["country"], [])),
        )
        for row in frame.to_dicts()
    )
    files = sorted(set(frame.get_column("file").to_list()))
    lines_file = EDITIONS[HISTORY_EDITION].files[0]
    sources = [f"{f}: {provenance(f)}" for f in files]
    if lines_file not in files:
        sources.append(t("allies.lines_source", file=lines_file, provenance=provenance(lines_file)))
    order = {e: i for i, e in enumerate(sorted(EDITIONS, key=lambda e: EDITIONS[e].published))}
    pairs = load_allies().select("edition", "year").unique().to_dicts()
    choices = sorted(((p["edition"], p["year"]) for p in pairs), key=lambda p: (order[p[0]], p[1]))
    return AlliesView(
        year,
        edition,
        EDITIONS[edition].shown_title(),
        rows,
        tuple(sources),
        tuple(choices),
        home_editions(year, edition),
    )


TABLE1_FILE = "nl-table-1.csv"
"""Table 1 of the letter (core/data/): its NATO column is the figure the app's baseline holds."""


def table1_nato(year: int) -> float | None:
    """Table 1's NATO-method figure for `year` (2024 only: NATO publishes no multi-year figures),
    read from core/data/nl-table-1.csv; None for a year it does not give."""
    with (data_dir() / TABLE1_FILE).open(encoding="utf-8") as handle:
        lines = [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    header = lines[0].split(",")
    for line in lines[1:]:
        row = dict(zip(header, line.split(","), strict=True))
        if row["year"] == str(year) and row.get("nato_method_incl_ukraine_pct"):
            return float(row["nato_method_incl_ukraine_pct"])
    return None


def home_editions(year: int, shown: str) -> str:
    """The Netherlands' share for `year` in each edition that has it, oldest first, the one the
    pane shows and the one equal to Table 1's figure marked: NATO revises its figures between
    editions (2024: 2.05, 2.06, 2.00), and a tester saw the pane's 2.00 beside the letter's 2.06
    with nothing saying why. Every figure is read from the data files."""
    from core.formats import number

    frame = load_allies().filter((pl.col("country") == HOME) & (pl.col("year") == year))
    by_edition = {r["edition"]: r for r in frame.to_dicts() if r["share"] is not None}
    letter = table1_nato(year)
    parts = []
    for edition in sorted(by_edition, key=lambda e: EDITIONS[e].published):
        row = by_edition[edition]
        marks = [
            t(key)
            for key, on in (("allies.shown_here", edition == shown), ("allies.as_table1", _same(row, letter)))
            if on
        ]
        said = f" ({', '.join(marks)})" if marks else ""
        parts.append(f"{number(row['share'], row['decimals'])} {EDITIONS[edition].short()}{said}")
    if not parts:
        return ""
    table1 = "" if letter is not None else t("allies.no_table1")
    return t("allies.home_editions", year=year, figures=" · ".join(parts), table1=table1)


def _same(row: dict[str, object], letter: float | None) -> bool:
    """The edition's figure is the letter's, at the letter's two decimals."""
    share = row["share"]
    return letter is not None and isinstance(share, float) and round(share, 2) == round(letter, 2)
