"""What goes into a meeting's minutes: the what-if log (core/whatif_log.py) kept as things
happen, shown and written out, and the files written into the export folder (the table, the
screenshots, each screenshot logged with its inputs' hash so that it can be traced)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.errors import NavotopError
from core.i18n import t
from core.whatif_log import Event, WhatIfLog
from tui.widgets.calc_table import CalcPane

if TYPE_CHECKING:
    from core.engine import Result
    from tui.app import NavotopApp


class Minutes:
    """The what-if log of this session and the exports made from it."""

    def __init__(self, app: NavotopApp, log: WhatIfLog) -> None:
        self.app = app
        self.whatif = log

    def log(self, event: Event, before: Result | None, **fields: Any) -> None:
        """Log what just happened, with the headline figures of the cell's year (or the selected
        year) before and after it."""
        app = self.app
        self._named()
        year = fields["cell"][1] if fields.get("cell") else self._selected_year()
        self.whatif.add(event, before=before, after=app.result if app.ready else None, year=year, **fields)

    def _named(self) -> None:
        """The log is titled by the file being worked on: after a save as or an open that is
        no longer the one the session started on (a tester read the first file's name above a
        log whose last edits were the new file's). Its entries name every file involved."""
        self.whatif.scenario = self.app.path.name

    def _selected_year(self) -> int | None:
        if not self.app.ready:
            return None
        return self.app.main.query_one(CalcPane).selected()[1]

    def show(self) -> None:
        from tui.screens.whatif import WhatIfLogScreen

        self._named()
        self.app.push_screen(WhatIfLogScreen(self.whatif, "W", self.export))

    def export(self) -> None:
        """Write the what-if log as markdown into the export folder and say where."""
        from core.whatif_log import write_markdown

        app = self.app
        self._named()
        try:
            path = write_markdown(self.whatif, app.settings.export_dir, app.path.stem)
        except (OSError, NavotopError) as exc:
            app.notify(t("log.not_written", error=exc), severity="error", timeout=10)
            return
        app.notify(t("log.written", path=path), title=t("app.export"))

    def screenshot(self, path: Path | None = None, *, replace: bool = False) -> Path:
        """Write an SVG of the screen (see MainScreen.export_svg), and log it with its inputs'
        hash, so the minutes can trace it."""
        from core.export import inputs_hash

        app = self.app
        saved = app.main.export_svg(path, replace=replace)
        shown = inputs_hash(app.result.scenario) if app.ready else ""
        self.whatif.add("screenshot", detail=str(saved), inputs_hash=shown)
        return saved

    def export_table(self) -> None:
        """Export the whole table (every row and year, unsaved edits included) as SVG, CSV and
        markdown into the export folder; the paths are shown."""
        from tui.export_table import export_table

        app = self.app
        try:
            paths = export_table(app.result, app.session.dirty, app.settings.export_dir, app.path.stem)
        except (NavotopError, OSError) as exc:
            app.notify(t("app.not_exported", error=exc), severity="error")
            return
        app.notify(t("app.exported", paths="\n".join(map(str, paths))), title=t("app.export"), timeout=8)
