"""navotop's command palette (ctrl+p): open, compare, export, and jump to anything by name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from tui.app import NavotopApp


class NavotopCommands(Provider):
    """Titles follow a `category: action` pattern, so typing `go` or `open` narrows the list."""

    _listed: list[tuple[str, Callable[[], object], str]]

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app = cast("NavotopApp", self.app)
        commands: list[tuple[str, Callable[[], object], str]] = [
            ("file: open scenario...", app.action_open, "Choose another scenario file"),
            ("file: save edits", app.action_save, "Write the edits into the scenario file"),
            ("file: save as a what-if...", app.action_save_as, "A new file that extends this one"),
            ("view: compare with...", app.action_compare, "Show differences against another scenario"),
            ("view: bridge for the selected year", app.action_bridge, "Dutch to NATO figure, step by step"),
            ("export: screenshot (SVG)", app.action_screenshot, f"Into {app.settings.export_dir}/"),
            ("export: the whole table (SVG, CSV, markdown)", app.action_export_table, "Every row and year"),
            ("edit: undo", app.action_undo, "Take back the last edit"),
            ("edit: redo", app.action_redo, "Make the last undone edit again"),
            ("help: keys and formulas", app.action_help, "Every key and every formula"),
        ]
        if not app.ready:
            return commands[:1]
        for path in app.scenario_files():
            commands.append((f"open: {path.stem}", partial(app.open_scenario, path), str(path)))
            commands.append((f"compare: {path.stem}", partial(app.compare_with, path), str(path)))
        for c in app.summit.commitments:
            commands.append((f"go: commitment {c.title}", partial(app.go_to_commitment, c.id), c.id))
        for item in app.summit.agenda:
            commands.append(
                (f"go: agenda {item.title}", partial(app.go_to_agenda, item.id), item.date.isoformat())
            )
        return commands

    async def startup(self) -> None:
        """List the commands once per opening of the palette, not once per key typed into it
        (the list globs two folders for scenario files)."""
        self._listed = self._commands()

    async def discover(self) -> Hits:
        for title, callback, help_text in self._listed[:8]:
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self._listed:
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)
