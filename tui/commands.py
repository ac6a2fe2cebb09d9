"""navotop's command palette (ctrl+p): the declared commands (tui/keys.py), then open, compare
and jump to anything by name."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.app import SystemCommand
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content, Span
from textual.markup import escape

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
        # Each file as the pickers show it: its name and its folder's heading, the open file
        # marked where comparing with it shows only the unsaved edits (a tester read an absolute
        # path here and another mark in the picker).
        current = app.path.resolve()
        for where, choices in app.scenario_groups():
            for name, path in choices:
                shown = f"{path.name} · {where}"
                mark = f"  {t('dialog.open_file')}" if path.resolve() == current else ""
                entries.append((t("palette.open", name=name), partial(app.open_scenario, path), shown))
                entries.append(
                    (t("palette.compare", name=name), partial(app.compare_with, path), shown + mark)
                )
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
        """Every entry that matches, highlighted. Each title is matched once (Matcher.highlight
        would match it again) and shown as the plain text it is: Matcher.highlight and the
        palette read titles and help as markup, so `[topic]` in a name vanished and a path
        with brackets could break. This runs for every key typed into the palette."""
        matcher = self.matcher(query)
        match, style = matcher.fuzzy_search.match, matcher.match_style
        wanted = matcher.query
        for title, callback, help_text in self._listed:
            score, offsets = match(wanted, title)
            if score > 0:
                spans = [Span(at, at + 1, style) for at in offsets if not title[at].isspace()]
                yield Hit(score, Content(title, spans), callback, title, escape(help_text))


SYSTEM_WORDS = {"Theme": "theme", "Quit": "quit", "Maximize": "maximize", "Minimize": "minimize"}
"""Textual's own palette entries (App.get_system_commands, by their English title) that
navotop keeps, each said in the language shown from the catalogue's `system.NAME`."""
SYSTEM_LEFT_OUT = frozenset(
    {
        "Screenshot",  # navotop's `x` (export: screenshot) names and places the file
        "Keys",  # navotop's `?` (help: keys and formulas) lists every key in the language shown
    }
)
"""Textual's entries navotop already offers in its own words: listed once, not twice."""


def system_commands(commands: Iterable[SystemCommand]) -> list[SystemCommand]:
    """Textual's palette entries in navotop's words: each kept one in the language shown (the
    Quit one asks first, as every way out does), those navotop offers itself left out. An
    entry a later Textual adds is kept as it comes."""
    out = []
    for command in commands:
        if command.title in SYSTEM_LEFT_OUT:
            continue
        name = SYSTEM_WORDS.get(command.title)
        if name is None:
            out.append(command)
            continue
        help_key = "app.quit_help" if name == "quit" else f"system.{name}.help"
        out.append(SystemCommand(t(f"system.{name}"), t(help_key), command.callback, command.discover))
    return out
