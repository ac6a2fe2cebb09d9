"""rich renderings for the command line: the calculation table, the agenda, the commitments and
the allies. Lives in tui/ (rich is presentation) but never imports Textual, so the computing
subcommands stay fast; only text output imports this module at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.table import Table
from rich.text import Text

from core import formats
from core.allies import EDITIONS, HOME, THRESHOLDS, provenance
from core.diff import Diff, change_text
from core.document import Summit
from core.engine import Result
from core.export import legend, row_texts, source_text
from core.i18n import t
from core.measures import kind_title


def rich_table(result: Result) -> Table:
    """Inputs, then measures, then norm rows; each with its unit and its source or formula."""
    # names and labels come from scenario files: Text, never markup (`[/x]` in a label is text)
    table = Table(title=Text(result.scenario.name), caption=legend(), header_style="bold", expand=False)
    table.add_column(t("col.row"), no_wrap=True)
    table.add_column(t("col.unit"), no_wrap=True)
    for year in result.years:
        table.add_column(str(year), justify="right", no_wrap=True)
    table.add_column(t("col.source"), overflow="fold", min_width=20)
    kind = ""
    for row in result.rows:
        if row.kind != kind:
            if kind:
                table.add_section()
            kind = row.kind
            table.add_row(Text(kind_title(kind), style="bold underline"))
        source = Text(source_text(row), style="dim")
        table.add_row(Text(row.title()), formats.unit(row.unit), *row_texts(result, row), source)
    return table


def agenda_table(summit: Summit) -> Table:
    """The programme by date: what, when, where, who organises it, and from which section."""
    table = Table(title=t("agenda.title"), show_lines=True)
    for name in ("date", "time", "what", "where", "organisers", "source"):
        table.add_column(t(f"agenda.{name}"), overflow="fold")
    for item in summit.agenda:
        when = item.when()
        if item.date_basis:
            when += f"\n({item.date_basis})"
        what = Text.assemble((item.title, "bold"), f" [{item.kind}]\n", item.summary)
        source = f"{item.section} ({item.source})"
        table.add_row(when, item.time, what, item.place, ", ".join(item.organisers), source)
    return table


def commitments_table(summit: Summit) -> Table:
    """Every commitment with who, what it amounts to, its status and where it is written."""
    table = Table(title=t("commitments.title"), show_lines=True)
    for name in ("id", "commitment", "who", "amount", "status", "source"):
        table.add_column(t(f"commitments.{name}"), overflow="fold")
    for c in summit.commitments:
        status = c.status + (t("commitments.after_letter") if c.after_letter else "")
        what = Text.assemble((c.title, "bold"), "\n", c.what)
        source = c.source + (f", {c.reference}" if c.reference else "")
        table.add_row(c.id, what, c.who, c.amount(), status, source)
    return table


def allies_table(rows: Sequence[dict[str, Any]], year: int, edition: str) -> Table:
    """The burden-sharing ranking: NATO's shares for one year and edition, the Netherlands marked."""
    title = t("allies.title", year=year, edition=EDITIONS[edition].title)
    files = sorted({row["file"] for row in rows})
    sources = "\n".join(f"{f}: {provenance(f)}" for f in files)
    caption = t("allies.caption", unknown=formats.unknown(), scope=t("allies.scope"), sources=sources)
    table = Table(title=title, caption=caption, caption_justify="left")
    table.add_column("#", justify="right")
    table.add_column(t("allies.ally"))
    table.add_column(formats.unit(formats.SHARE), justify="right")
    for threshold in THRESHOLDS:
        table.add_column(f">= {formats.general(threshold)}%", justify="center")
    table.add_column(t("allies.note"), overflow="fold")
    yes, no = t("allies.yes"), t("allies.no")
    for row in rows:
        shown = formats.unknown() if row["share"] is None else formats.number(row["share"], row["decimals"])
        share = shown + (" e" if row["estimate"] and row["share"] is not None else "")
        marks = ["-" if row["share"] is None else (yes if row["share"] >= x else no) for x in THRESHOLDS]
        style = "bold reverse" if row["country"] == HOME else ("dim" if row["aggregate"] else "")
        rank = "" if row["rank"] is None else str(row["rank"])
        table.add_row(rank, row["country"], share, *marks, row["note"] or "", style=style)
    return table


def diff_table(result: Diff) -> Table:
    """The rows that differ between two scenarios, each cell `base -> other (delta)`."""
    title = Text(t("diff.title", other=result.other.scenario.name, base=result.base.scenario.name))
    table = Table(title=title, caption=None if result.rows else t("diff.none"))
    table.add_column(t("col.row"), no_wrap=True)
    table.add_column(t("col.unit"), no_wrap=True)
    for year in result.years:
        table.add_column(str(year), justify="right", no_wrap=True)
    for d in result.rows:
        cells = [change_text(a, b, c, d.row.unit) for a, b, c in zip(d.base, d.other, d.delta, strict=True)]
        table.add_row(Text(d.row.title()), formats.unit(d.row.unit), *cells)
    return table
