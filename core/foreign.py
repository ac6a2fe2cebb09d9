"""What other libraries say in English (tomllib's syntax errors, argparse's usage errors), said
in the language shown.

Neither library can be asked for another language in a way navotop controls: tomllib has no
translations at all, and argparse asks gettext, which picks its language from the environment
and a compiled `.mo` file. So each known English form is a catalogue entry whose English is the
library's own text with `{fields}` where the library fills something in; a text that matches
one is written again from the entry in the language shown, its fields carried over. A text of
a form the catalogue does not know (a newer library's wording) is kept as it is: English, but
whole.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable, Sequence

from core.i18n import TEXTS, t


@functools.cache
def _pattern(key: str) -> re.Pattern[str]:
    """The English of catalogue entry `key` as a pattern: literal text, each `{field}` a group."""
    parts = []
    for literal, name, _, _ in string.Formatter().parse(TEXTS[key][0]):
        parts.append(re.escape(literal))
        if name:
            parts.append(f"(?P<{name}>.+?)")
    return re.compile("".join(parts), re.DOTALL)


def translated(text: str, keys: Sequence[str], field: Callable[[str, str], str] | None = None) -> str:
    """`text` in the language shown when it is the English of one of `keys` (the first that
    matches whole), else `text` unchanged. `field(name, value)`, when given, says a field's
    value again first (a message inside a message)."""
    for key in keys:
        found = _pattern(key).fullmatch(text)
        if found:
            fields = found.groupdict()
            if field is not None:
                fields = {name: field(name, value) for name, value in fields.items()}
            return t(key, **fields)
    return text
