"""On the command line a figure nobody has reads the word the app uses, `unknown` (`onbekend`
with --lang nl), in text and markdown alike, never `n/a` / `n.b.`; CSV and JSON stay
machine-readable (an empty field, `null`) and byte for byte the same in both languages.

The bundled baseline has no NATO-method figures after 2024 (NATO publishes none for future
years), so NATO's share in 2026 is unknown; NATO's August 2025 edition has no 2025 figure for
Germany.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from tests.conftest import REPO
from tui.cli import main

BASELINE = str(REPO / "scenarios" / "baseline.toml")
NATO_METHOD = str(REPO / "scenarios" / "nato-method.toml")
WORD = {"en": "unknown", "nl": "onbekend"}
RETIRED = re.compile(r"(?<![\w/.])(?:n/a|N/A|n\.b\.)(?![\w/])")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    main(list(args))
    return capsys.readouterr().out


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_text_and_markdown_output_says_the_one_word(
    lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    word, other = WORD[lang], WORD["nl" if lang == "en" else "en"]
    said = {
        "table": _run(capsys, "--lang", lang, "table", BASELINE),
        "table, markdown": _run(capsys, "--lang", lang, "table", BASELINE, "--format", "markdown"),
        "diff": _run(capsys, "--lang", lang, "diff", BASELINE, NATO_METHOD),
        "diff, markdown": _run(capsys, "--lang", lang, "diff", BASELINE, NATO_METHOD, "--format", "markdown"),
        "sensitivity": _run(
            capsys, "--lang", lang, "sensitivity", BASELINE, "--row", "share_nato", "--year", "2026"
        ),
        "solve": _run(
            capsys,
            *("--lang", lang, "solve", BASELINE, "--row", "share_nato", "--year", "2026"),
            *("--target", "2", "--vary", "defence_excl_ukraine"),
        ),
        "allies": _run(capsys, "--lang", lang, "allies", "--year", "2025"),
    }
    for command, out in said.items():
        assert re.search(rf"(?<!\w){word}(?!\w)", out), command
        assert not RETIRED.search(out), (command, RETIRED.findall(out))
        assert not re.search(rf"(?<!\w){other}(?!\w)", out), (command, "the other language's word")
    row = next(line for line in said["table, markdown"].splitlines() if "(`share_nato`)" in line)
    assert row.split(" | ")[3:9] == [word] * 6  # 2025-2030: NATO publishes no future figures
    nato = "NAVO-wijze" if lang == "nl" else "NATO method"  # the row by its name, as the grid
    assert f"{nato} in 2026 = {word};" in said["sensitivity"]  # no unit after the word
    assert re.search(rf"(Germany|Duitsland)\s+│\s+{word}\s+│", said["allies"])


def test_csv_and_json_keep_an_unknown_value_machine_readable_in_both_languages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = {
        (fmt, lang): _run(capsys, "--lang", lang, "table", BASELINE, "--format", fmt)
        for fmt in ("csv", "json")
        for lang in ("en", "nl")
    }
    assert out["csv", "en"] == out["csv", "nl"]
    assert out["json", "en"] == out["json", "nl"]
    header, *rows = csv.reader(io.StringIO(out["csv", "en"]))
    nato = next(r for r in rows if r[0] == "share_nato")
    assert nato[header.index("2026")] == ""  # empty, as a spreadsheet reads a missing value
    data = json.loads(out["json", "en"])
    share = next(r for r in data["rows"] if r["id"] == "share_nato")
    assert share["values"]["2026"] is None and share["values"]["2024"] == pytest.approx(2.06, abs=1e-6)
    for text in out.values():
        assert not RETIRED.search(text)
        assert "onbekend" not in text
