"""argparse in the language shown: `navotop --help`, each command's help and every usage error.

argparse writes its own words ("usage:", "options", "show this help message and exit", "the
following arguments are required: ...") through gettext, which chooses a language from the
environment and a compiled `.mo` file, process-wide. navotop's language is chosen by `--lang`
and NAVOTOP_LANG instead, before any parser is built, so the words are said again through the
catalogue at the three places argparse hands them over, all without touching argparse itself:
- the help formatter's section headings and usage prefix (`start_section`, `add_usage`);
- the `-h` option, added by hand (`add_help=False`) with its help in the catalogue;
- `error(message)`, which argparse calls with every usage error (as its documentation says
  to override): the message is recognised by its English (core/foreign.py) and said again.
A message of a form the catalogue does not know (a later Python's wording) stays English.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from core.foreign import translated
from core.i18n import TEXTS, t

_ERRORS = [key for key in TEXTS if key.startswith("argparse.error.")]
"""argparse's usage errors, each by its English, the most specific first (as listed)."""
_HEADINGS = ["argparse.positionals", "argparse.options"]


def _field(name: str, value: str) -> str:
    """A field of an argparse message said again: a message inside `argument X: message`, or
    the name of a type (`int`) in `invalid int value`."""
    if name == "message":
        return said(value)
    if name == "type" and f"argparse.type.{value}" in TEXTS:
        return t(f"argparse.type.{value}")
    return value


def said(message: str) -> str:
    """An argparse error message in the language shown."""
    return translated(message, _ERRORS, _field)


class WordsFormatter(argparse.HelpFormatter):
    """argparse's help layout, with its headings and `usage:` in the language shown."""

    def start_section(self, heading: str | None) -> None:
        super().start_section(None if heading is None else translated(heading, _HEADINGS))

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, t("argparse.usage") if prefix is None else prefix)


class WordsParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are in the language shown (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", WordsFormatter)
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        if add_help:
            self.add_argument("-h", "--help", action="help", help=t("argparse.help"))

    def error(self, message: str) -> NoReturn:
        """The usage, then `PROG: error: MESSAGE` in the language shown; exit 2."""
        self.print_usage(sys.stderr)
        self.exit(2, t("argparse.fail", prog=self.prog, message=said(message)))
