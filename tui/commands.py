"""navotop's command palette (ctrl+p): the declared commands (tui/keys.py), then open, compare
and jump to anything by name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from core.i18n import t
from tui.keys import palette_commands

if TYPE_CHECKING:
    from tui.app import NavotopApp

Entry = tuple[str, Callable[[], object], str]


class NavotopCommands(Provider):
    """Titles follow a `category: action` pattern, so typing `go` or `open` narrows the list."""

    _listed: list[Entry]

    def commands(self) -> list[Entry]:
        """(title, callback, help) of every entry: the declared commands first, each run as
        its key would run it, then one per scenario, commitment and agenda item."""
        app = cast("NavotopApp", self.app)
        main = app.main
        entries: list[Entry] = []
        for command in palette_commands():
            _, action = command.keys[0]
            if main.check_action(action, ()):
                entries.append(
                    (command.shown_palette(), partial(main.run_action, action), command.shown_help())
                )
        if not app.ready:
            return entries
        for where, choices in app.scenario_groups():
            for name, path in choices:
                shown = f"{path} ({where.split(':')[0]})"
                entries.append((t("palette.open", name=name), partial(app.open_scenario, path), shown))
                entries.append((t("palette.compare", name=name), partial(app.compare_with, path), shown))
        for c in app.summit.commitments:
            entries.append(
                (t("palette.commitment", title=c.words().title), partial(main.go_to_commitment, c.id), c.id)
            )
        for item in app.summit.agenda:
            entries.append(
                (
                    t("palette.agenda", title=item.words().title),
                    partial(main.go_to_agenda, item.id),
                    item.date.isoformat(),
                )
            )
        return entries

    async def startup(self) -> None:
        """List the commands once per opening of the palette, not once per key typed into it
        (listing reads the scenario files)."""
        self._listed = self.commands()

    async def discover(self) -> Hits:
        for title, callback, help_text in self._listed[: len(palette_commands())]:
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self._listed:
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)
