"""Parsed CSS shared by every app of the process.

Textual parses the stylesheet of each app anew: every widget class's CSS, once per app, about a
tenth of the CPU of a start (bench/startup_cpu.py). One process starts many apps where the tests
run (about 200 a suite), and the CSS is the same each time. Textual keeps the parsed rules in a
per-stylesheet cache (`Stylesheet._parse_cache`, Textual 8.2.8); `share_parsed_css` gives the
app's stylesheet one that is shared, keyed by the CSS variables (the theme) too, since the
parsed rules have the variables' values in them.

The parsed rules are only read once parsed (Textual's own cache hands the same ones to each
reparse of a stylesheet), so sharing them between apps shares nothing that changes.
"""

from __future__ import annotations

from typing import Any

from textual.css.stylesheet import Stylesheet

_PARSED: dict[tuple[object, ...], Any] = {}
"""(variables, Textual's key) -> the rules parsed; a few hundred entries per theme used."""


class _SharedParseCache:
    """Textual's parse cache of one stylesheet, looked up in the process's `_PARSED`."""

    def __init__(self, stylesheet: Stylesheet) -> None:
        self._stylesheet = stylesheet
        self._variables: object = None
        self._theme: tuple[object, ...] = ()

    def _key(self, key: tuple[object, ...]) -> tuple[object, ...]:
        variables = self._stylesheet._variables  # what the parse depends on; a new dict when set
        if variables is not self._variables:
            self._variables, self._theme = variables, tuple(sorted(variables.items()))
        return (self._theme, *key)

    def __getitem__(self, key: tuple[object, ...]) -> Any:
        return _PARSED[self._key(key)]

    def __setitem__(self, key: tuple[object, ...], rules: Any) -> None:
        _PARSED[self._key(key)] = rules

    def clear(self) -> None:
        """Textual clears its cache when the variables change; the keys here have them."""


def share_parsed_css(stylesheet: Stylesheet) -> None:
    """Let `stylesheet` reuse the CSS other apps of this process have parsed (a no-op where
    Textual keeps no such cache)."""
    if hasattr(stylesheet, "_parse_cache") and hasattr(stylesheet, "_variables"):
        stylesheet._parse_cache = _SharedParseCache(stylesheet)  # type: ignore[assignment]
