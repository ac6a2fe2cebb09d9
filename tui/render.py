"""rich renderings for the command line: the calculation table, the agenda, the commitments and
the allies. Lives in tui/ (rich is presentation) but never imports Textual, so the computing
subcommands stay fast; only text output imports this module at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from core import formats
from core.allies import EDITIONS, HOME, THRESHOLDS, home_editions, provenance
from core.allies_nl import country_name, note_text
from core.diff import Diff, change_text
from core.document import Summit
from core.engine import Result
from core.export import legend, row_texts, source_text
from core.i18n import t
from core.measures import kind_title

FOLD_MIN = 20
"""The narrowest a folding text column (labels, sources) is laid out at; numbers never fold."""

Line = list[Text] | Text
"""A table row as cells, or a section title (a Text alone)."""


def _need(header: str, cells: Sequence[Text]) -> int:
    """A column's width on screen: its widest cell or header, plus padding and border."""
    return max([len(header), *(cell.cell_len for cell in cells)]) + 3


def year_blocks(widths: Sequence[int], fixed: int, width: int | None) -> list[list[int]]:
    """The year columns (by index) split into blocks that fit `width` beside the `fixed` columns
    repeated in each; every block holds at least one year, so a table too narrow for one year
    runs wider than the terminal rather than cut a number. None: one block."""
    blocks: list[list[int]] = [[]]
    used = fixed
    for index, need in enumerate(widths):
        if blocks[-1] and width is not None and used + need > width:
            blocks.append([])
            used = fixed
        blocks[-1].append(index)
        used += need
    return blocks


def blocked_table(
    title: Text,
    caption: str | None,
    heads: Sequence[str],
    years: Sequence[str],
    lines: Sequence[Line],
    width: int | None,
    tail: str | None = None,
) -> RenderableType:
    """A table of `heads` columns (text: they may fold), year columns (numbers: never cut, never
    folded) and an optional `tail` text column, as one table when it fits `width`, else as blocks
    of years that fit, the head columns repeated, the tail beside the last block or on its own."""
    rows = [line for line in lines if not isinstance(line, Text)]
    nheads = len(heads)
    head_needs = [min(_need(h, [r[i] for r in rows]), FOLD_MIN + 3) for i, h in enumerate(heads)]
    fixed = 1 + sum(head_needs)
    year_needs = [_need(y, [r[nheads + i] for r in rows]) for i, y in enumerate(years)]
    blocks = year_blocks(year_needs, fixed, width)
    if tail is not None:
        room = width is None or fixed + sum(year_needs[i] for i in blocks[-1]) + FOLD_MIN + 3 <= width
        blocks.append([]) if not room else None
    tables: list[Table] = []
    for number, block in enumerate(blocks):
        last = number == len(blocks) - 1
        table = Table(
            title=title if number == 0 else Text.assemble(title, t("table.continued")),
            caption=caption if last else None,
            header_style="bold",
            expand=False,
        )
        for head in heads:
            table.add_column(head, overflow="fold", min_width=min(FOLD_MIN, _need(head, []) - 3))
        for index in block:
            table.add_column(years[index], justify="right", no_wrap=True, min_width=year_needs[index] - 3)
        if last and tail is not None:
            table.add_column(tail, overflow="fold", min_width=FOLD_MIN)
        first = True
        for line in lines:
            if isinstance(line, Text):
                if not first:
                    table.add_section()
                table.add_row(line)
            else:
                cells = line[:nheads] + [line[nheads + i] for i in block]
                table.add_row(*cells, *(line[nheads + len(years) :] if last and tail is not None else []))
            first = False
        tables.append(table)
    if len(tables) == 1:
        return tables[0]
    return Group(*[part for table in tables for part in (table, Text(""))][:-1])


def rich_table(result: Result, width: int | None = None) -> RenderableType:
    """Inputs, then measures, then norm rows; each with its unit and its source or formula; the
    years in blocks that fit `width` when they do not all fit (a number is never cut)."""
    # names and labels come from scenario files: Text, never markup (`[/x]` in a label is text)
    lines: list[Line] = []
    kind = ""
    for row in result.rows:
        if row.kind != kind:
            kind = row.kind
            lines.append(Text(kind_title(kind), style="bold underline"))
        values = [Text(text) for text in row_texts(result, row)]
        unit = Text(formats.unit(row.unit))
        lines.append([Text(row.title()), unit, *values, Text(source_text(row), style="dim")])
    years = [str(year) for year in result.years]
    title = Text(result.scenario.shown_name())
    heads = (t("col.row"), t("col.unit"))
    return blocked_table(title, legend(), heads, years, lines, width, tail=t("col.source"))


def agenda_table(summit: Summit) -> Table:
    """The programme by date: what, when, where, who organises it, and from which section."""
    table = Table(title=t("agenda.title"), show_lines=True)
    for name in ("date", "time", "what", "where", "organisers", "source"):
        table.add_column(t(f"agenda.{name}"), overflow="fold")
    for item in summit.agenda:
        said = item.words()
        when = item.when()
        if said.date_basis:
            when += f"\n({said.date_basis})"
        what = Text.assemble((said.title, "bold"), f" [{t(f'agenda.kind.{item.kind}')}]\n", said.summary)
        source = f"{said.section} ({summit.cite(item.source)})"
        unstated = t("agenda.not_stated")
        table.add_row(
            when, said.time or unstated, what, said.place or unstated, ", ".join(said.organisers), source
        )
    return table


def commitments_table(summit: Summit) -> Table:
    """Every commitment with who, what it amounts to, its status and where it is written."""
    table = Table(title=t("commitments.title"), show_lines=True)
    for name in ("id", "commitment", "who", "amount", "status", "source"):
        table.add_column(t(f"commitments.{name}"), overflow="fold")
    for c in summit.commitments:
        said = c.words()
        status = said.status + (t("commitments.after_letter") if c.after_letter else "")
        what = Text.assemble((said.title, "bold"), "\n", said.what)
        source = summit.cite(c.source) + (f", {c.reference}" if c.reference else "")
        table.add_row(c.id, what, said.who, c.amount(), status, source)
    return table


def allies_table(
    rows: Sequence[dict[str, Any]],
    year: int,
    edition: str,
    others: Sequence[str] = (),
    *,
    chosen: bool = True,
) -> Table:
    """The burden-sharing ranking: NATO's shares for one year and edition, the Netherlands marked.
    The title names the edition by the id `--edition` takes, and the other editions with figures
    for the year, since editions differ (the Dutch 2024 share is 2.06 in one, 2.00 in another)."""
    why = "" if chosen else t("allies.newest", year=year)
    title = t("allies.title", year=year, edition=edition, why=why, title=EDITIONS[edition].shown_title())
    if others:
        title += "\n" + t("allies.others", year=year, others=", ".join(others))
    if home := home_editions(year, edition):  # the Dutch figure in every edition, Table 1's marked
        title += "\n" + home
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
        table.add_row(
            rank, country_name(row["country"]), share, *marks, note_text(row["note"] or ""), style=style
        )
    return table


def diff_table(result: Diff, width: int | None = None) -> RenderableType:
    """The rows that differ between two scenarios, each cell `base -> other (delta)`, the years
    in blocks that fit `width` when they do not all fit (a number is never cut)."""
    base, other = result.base.scenario.shown_name(), result.other.scenario.shown_name()
    title = Text(t("diff.title", other=other, base=base) + "\n" + t("diff.direction"))
    lines: list[Line] = []
    for d in result.rows:
        cells = [change_text(a, b, c, d.row.unit) for a, b, c in zip(d.base, d.other, d.delta, strict=True)]
        lines.append([Text(d.row.title()), Text(formats.unit(d.row.unit)), *map(Text, cells)])
    caption = None if result.rows else t("diff.none")
    heads = (t("col.row"), t("col.unit"))
    return blocked_table(title, caption, heads, [str(y) for y in result.years], lines, width)
