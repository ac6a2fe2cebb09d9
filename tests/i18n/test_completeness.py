"""A user-visible text without a Dutch version fails here (and in tests/tui/test_dutch_screens.py).

1. Statically: no string literal with words in it reaches the screen from the app's code (tui/,
   and the core modules its views speak through) except through the catalogue (`t(...)`). An
   AST scan finds every literal with two or more words outside docstrings, CSS and `t()`
   calls, and every literal with a word passed to a user-visible sink (`notify`, `Static`,
   `Binding`, `Option`, `title=`, `placeholder=`, ...). Text that is not prose (style names,
   key lists, unit ids) is listed below, each with why.
2. Dynamically: the app is driven in Dutch, with the keys alone, through every pane and dialog;
   each screen's picture (the same SVG as `x`) must hold none of the catalogue's English texts
   that differ from their Dutch, nor the English unit and "unknown" words. This catches what
   the scan cannot: texts built at import time, a language not passed on, a label table
   forgotten.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from core.whatif_note import _FORM as WHATIF_FORM
from tests.conftest import REPO

SCANNED = [*sorted((REPO / "tui").rglob("*.py")), *sorted((REPO / "core").glob("*.py"))]
NOT_SCANNED = {
    REPO / "tui" / "keys.py": "declares each key's English once; test_catalogue pins it to the catalogue",
    REPO / "core" / "i18n.py": "the catalogue itself",
    REPO
    / "core"
    / "formats.py": "its units, months and 'unknown' side by side in both languages (test_formats)",
    REPO / "core" / "measures.py": "the registry's English labels; test_catalogue checks each has label_nl",
    # Not shown on screen as words of ours:
    REPO / "core" / "whatif.py": "notes written into the scenario files saved (file content, not the screen)",
    REPO / "core" / "engine.py": "one internal assertion message (a bug, never a user's input)",
}
NOT_PROSE = {
    "bold underline": "a rich style",
    "bold reverse": "a rich style",
    "not bold": "a rich style (tui/palette.py, as Textual's palette styles its own words)",
    "escape,question_mark,q": "the keys a binding answers",
    "tuple[str, str] | None": "a type, as a string",
    "% of GDP": "a unit id (core.formats.SHARE), shown through formats.unit",
    "EUR mln": "a unit id (core.formats.MONEY), shown through formats.unit",
    "100 * defence_total / gdp_cpb": "a formula: code, the same in both languages",
    "navotop": "the app's name",
    "navotop screenshot: {}": "the command's name before a message that is itself translated",
    "SERIES:YEAR:FROM:TO:STEPS": "an argument's form (argparse metavar), the same in both languages",
    "NATO Total": "an aggregate's name in NATO's tables (data, compared, not shown as words of ours)",
    "NATO Europe and Canada": "an aggregate's name in NATO's tables (data)",
    "Defence Expenditure of NATO Countries (2014-2024), June 2024, 2015 prices": "a publication's title",
    "Secretary General's Annual Report 2024": "a publication's title",
    "Annual Report 2024": "that publication's short name, as published (core/allies.py EDITIONS)",
    "Defence Expenditure of NATO Countries (2014-2025), August 2025, 2021 prices": "a publication's title",
    "not stated": "the data files' marker for a time the letter does not give (compared, not shown)",
    "* edited, not saved · ! differs from a published figure": "FLAGS_LEGEND: the English, for tests",
    "side event": "an agenda item's kind, an id in core/data/agenda.toml (compared, not shown as ours)",
    r"\(at line (\d+), column (\d+)\)": "a pattern matching tomllib's English (core/tomlfile.py)",
    "end of document": "tomllib's English, matched to find where the file ends",
    "(at end of document)": "tomllib's English, matched and cut from its message",
    "Cannot overwrite a value": "tomllib's English, matched (its message is said by core/foreign.py)",
    "Cannot declare": "tomllib's English, matched (its message is said by core/foreign.py)",
    WHATIF_FORM.pattern: "a pattern matching navotop's own what-if note (core/whatif_note.py)",
}
_PROSE = re.compile(r"[A-Za-z]{2,}[ ,:;]+[A-Za-z]{2,}")
_WORD = re.compile(r"[A-Za-z]{3,}")
SINKS: dict[str, slice] = {
    name: slice(None)
    for name in ("notify", "Static", "Label", "Option", "Text", "add_column", "add_row", "update")
}
SINKS["Binding"] = slice(2, 3)  # key, action, then the description shown
SINK_KEYWORDS = {"title", "placeholder", "description", "tooltip", "label", "severity_text"}


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def _findings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    quiet: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            quiet.add(id(body[0].value))  # docstrings
        if isinstance(node, ast.Expr):
            quiet.add(id(node.value))  # attribute docstrings
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t":
            quiet.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id in {"DEFAULT_CSS", "CSS"} for target in node.targets
        ):
            quiet.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.JoinedStr):
            quiet.update(id(v) for v in node.values)
    out = []
    for node in ast.walk(tree):
        text = _literal(node)
        if text is None or id(node) in quiet or text in NOT_PROSE:
            continue
        if _PROSE.search(text):
            out.append(f"{path.relative_to(REPO)}:{getattr(node, 'lineno', 0)}: {text!r}")
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        args = [*node.args[SINKS[name]]] if name in SINKS else []
        args += [k.value for k in node.keywords if k.arg in SINK_KEYWORDS]
        for arg in args:
            text = _literal(arg)
            if text is None or id(arg) in quiet or text in NOT_PROSE or not _WORD.search(text):
                continue
            if not _PROSE.search(text):  # one word on screen: e.g. title="Export"
                out.append(f"{path.relative_to(REPO)}:{node.lineno}: {text!r} (to {name})")
    return out


def test_no_user_visible_literal_bypasses_the_catalogue() -> None:
    found = [f for path in SCANNED if path not in NOT_SCANNED for f in _findings(path)]
    assert not found, "texts shown without a Dutch version (put them in core/i18n.py):\n" + "\n".join(found)


def test_the_scan_finds_what_it_is_for(tmp_path: Path) -> None:
    """The scan is not blind: an English toast, title or question is found; t() and style are not."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(self, name):\n"
        '    """A docstring is not shown."""\n'
        '    self.notify(f"Saved {name}", title="Export")\n'
        '    question = "For which years?"\n'
        '    self.notify(t("app.saved", path=name), title=t("app.export"))\n'
        '    style = "bold underline"\n',
        encoding="utf-8",
    )
    old = REPO
    try:
        globals()["REPO"] = tmp_path
        found = _findings(sample)
    finally:
        globals()["REPO"] = old
    assert [f.split(": ", 1)[1] for f in found] == [
        "'For which years?'",
        "'Saved {}' (to notify)",
        "'Export' (to notify)",
    ]
