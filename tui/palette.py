"""Textual's command palette with its one sentence of its own in the language shown.

Textual 8.2.8's CommandPalette says "No matches found" when nothing matches what was typed, and
offers no public way to say it otherwise: the words are a literal inside a private method
(`_start_no_matches_countdown`), which adds them as a disabled option of the palette's list
(id `CommandPalette._NO_MATCHES`) and then makes the list visible. This module is the one place
that relies on that: when the list becomes visible holding only that option, the option's prompt
is replaced (OptionList.replace_option_prompt, public) before it is painted. Tied to Textual
8.2.8 (pinned in pyproject.toml); tests/tui/test_dutch_palette.py fails if a later Textual
says it another way.
"""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette

from core.i18n import t


class Palette(CommandPalette):
    """Textual's palette (navotop's commands, its theme picker), its "no matches" in our words."""

    def _watch__list_visible(self) -> None:
        super()._watch__list_visible()
        no_matches = getattr(CommandPalette, "_NO_MATCHES", None)  # a later Textual: English, not a crash
        results = self.query_one(CommandList)
        if no_matches and results.option_count == 1 and results.get_option_at_index(0).id == no_matches:
            words = Align.center(Text(t("palette.no_matches"), style="not bold"))
            results.replace_option_prompt(no_matches, words)
