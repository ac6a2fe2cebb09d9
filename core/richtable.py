"""The calculation table as a rich Table, for `navotop table --format text` and the screenshots.

Kept apart from `core/export.py` so that only the text format imports rich. rich is a rendering
library, not a UI framework: the engine's rule is that `core` never imports Textual.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from core.engine import Result
from core.export import LEGEND, cell_text

_KIND_TITLES = {"input": "Inputs", "measure": "Measures", "norm": "Norms"}


def rich_table(result: Result) -> Table:
    """Inputs, then measures, then norm rows; each with its unit and its source or formula."""
    table = Table(title=result.scenario.name, caption=LEGEND, header_style="bold", expand=False)
    table.add_column("row", no_wrap=True)
    table.add_column("unit", no_wrap=True)
    for year in result.years:
        table.add_column(str(year), justify="right", no_wrap=True)
    table.add_column("source / formula", overflow="fold", min_width=20)
    kind = ""
    for row in result.rows:
        if row.kind != kind:
            if kind:
                table.add_section()
            kind = row.kind
            table.add_row(Text(_KIND_TITLES[kind], style="bold underline"))
        cells = [cell_text(result, row, year) for year in result.years]
        table.add_row(row.label, row.unit, *cells, Text(row.source, style="dim"))
    return table
