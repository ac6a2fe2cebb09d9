"""Export the whole table as the app shows it (every section, row and year, unsaved edits
included) as SVG, CSV and markdown. The rows and texts come from core/table.py; this module only
draws the SVG with rich."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from core.engine import Result
from core.export import legend
from core.i18n import t
from core.table import Layout, cell_text, grid_unit, heading, layout, to_csv, to_markdown


def rich_layout(table: Layout, unsaved: bool) -> Table:
    """The table as a rich Table: a heading row per section, values with their marks."""
    head = heading(table.result, unsaved)
    out = Table(title=" · ".join(head), caption=legend(), header_style="bold")
    out.add_column(t("col.row"), no_wrap=True)
    out.add_column(t("col.unit"), no_wrap=True)
    for year in table.years:
        out.add_column(str(year), justify="right", no_wrap=True)
    for number, section in enumerate(table.sections):
        if number:
            out.add_section()
        out.add_row(Text(section.title, style="bold underline"))
        for row in section.rows:
            out.add_row(
                row.full_label, grid_unit(row.unit), *(cell_text(row, i) for i in range(len(table.years)))
            )
    return out


def export_table(result: Result, unsaved: bool, folder: Path, stem: str) -> list[Path]:
    """Write `<folder>/navotop-table-<stem>-<time>.{svg,csv,md}`; return the paths."""
    table = layout(result)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    folder = folder.expanduser().resolve()
    folder.mkdir(parents=True, exist_ok=True)
    base = folder / f"navotop-table-{slug}-{stamp}"
    console = Console(record=True, width=200, file=io.StringIO())  # recorded for the SVG only
    console.print(rich_layout(table, unsaved))
    texts = {
        ".svg": console.export_svg(title=" · ".join(heading(result, unsaved))),
        ".csv": to_csv(table, unsaved),
        ".md": to_markdown(table, unsaved),
    }
    paths = []
    for suffix, text in texts.items():
        path = base.with_suffix(suffix)
        temp = path.with_name(f".{path.name}.tmp")
        temp.write_text(text, encoding="utf-8")
        temp.replace(path)
        paths.append(path)
    return paths
