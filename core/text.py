"""Text from files and command lines made safe to show: the one escaping function.

A key, name, label or path can hold control characters (TOML allows `"\\u001b"` in a string,
and a file name may hold almost anything). Written raw to a terminal, an ESC sequence can clear
the screen, recolour it, or forge `FILE:LINE:COL` lines on stderr; a bidirectional override can
make text read differently from what it is. Everything navotop prints that it did not write
itself goes through `printable`, which shows such characters as escapes (`\\x1b`, `\\u202e`),
and the markdown renderer adds `markdown_cell` on top.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_KEEP_NEWLINES = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters that no name, label or note needs (tab and newline are allowed in text)."""


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object, *, newlines: bool = False) -> str:
    """`text` with every control, line-separator and bidi-override character escaped; with
    `newlines`, tabs and line feeds are kept (for multi-line notes)."""
    pattern = _UNSAFE_KEEP_NEWLINES if newlines else _UNSAFE
    return pattern.sub(_escape, str(text))


def markdown_cell(text: object) -> str:
    """`text` fit for one cell of a markdown pipe table: escaped, `|` and backslashes quoted,
    line breaks as `<br>`, so a label cannot end its cell or its row."""
    flat = str(text).replace("\r\n", "\n").replace("\\", "\\\\").replace("|", "\\|")
    return printable(flat.replace("\n", "<br>"))
