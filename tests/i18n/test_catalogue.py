"""Every text a user can see exists in Dutch and in English: the catalogue, every registry
row, every bundled norm; and nothing English leaks into the Dutch table."""

from __future__ import annotations

import re
import string
import subprocess
from pathlib import Path

import pytest

from core import formats
from core.engine import compute
from core.i18n import TEXTS, t
from core.measures import INPUTS, KIND_TITLES, KIND_TITLES_NL, MEASURES, METHOD_SPECS, norm_measures
from core.model import Norm
from core.paths import scenarios_dir
from core.scenario import load_scenario
from tests.conftest import navotop_command

BUNDLED = sorted(scenarios_dir().glob("*.toml"))


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_catalogue_text_has_both_languages_with_the_same_fields() -> None:
    # One test naming every faulty key, not a test per key: 800-odd items cost the suite
    # about 3 s of pytest's bookkeeping for a check that takes milliseconds.
    faults = []
    for key, (english, dutch) in sorted(TEXTS.items()):
        if not english.strip():
            faults.append(f"{key}: no English")
        if not dutch.strip():
            faults.append(f"{key}: no Dutch")
        if _fields(english) != _fields(dutch):
            faults.append(
                f"{key}: fields {sorted(_fields(english))} in English, {sorted(_fields(dutch))} in Dutch"
            )
    assert not faults, "\n".join(faults)


def test_every_registry_row_has_a_dutch_label() -> None:
    rows = [*INPUTS, *MEASURES]
    rows += norm_measures(Norm("x", 3.5, "nato", "NATO 3.5%", year=2035, label_nl="NAVO 3,5%"), 2024)
    missing = [row.id for row in rows if not row.label_nl.strip()]
    assert not missing, f"rows without a Dutch label: {missing}"
    assert all(spec.label_nl for spec in METHOD_SPECS.values())
    assert all(spec.default_text_nl for spec in INPUTS if spec.default_text)
    assert set(KIND_TITLES) == set(KIND_TITLES_NL)


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_every_bundled_norm_has_a_dutch_label(path: Path) -> None:
    for norm in load_scenario(path).norms.values():
        assert norm.label_nl, f"{path.name}: norm {norm.id} has no label_nl"


def test_a_norm_row_in_dutch_writes_its_share_with_a_comma() -> None:
    norm = Norm("x", 3.5, "nato", "NATO 3.5%", year=2035, label_nl="NAVO 3,5%")
    labels = {m.id: m.label_nl for m in norm_measures(norm, 2024)}
    assert labels["path_x"] == "Pad naar 3,5% in 2035 (NAVO-berekeningswijze)"
    assert labels["gap_x_nato"] == "NAVO-wijze: tekort tot NAVO 3,5%"


def test_t_fills_fields_in_the_language_asked() -> None:
    assert t("diff.title", "nl", other="A", base="B") == "A vergeleken met B"
    assert t("diff.title", "en", other="A", base="B") == "A compared with B"
    formats.set_language("nl")
    assert t("check.ok") == "in orde"


def _english_only_texts() -> list[str]:
    """English texts (of some length) that differ from their Dutch: none may show in Dutch."""
    result = compute(load_scenario(scenarios_dir() / "baseline.toml"))
    pairs = [(row.label, row.title("nl")) for row in result.rows]
    pairs += [(english, dutch) for english, dutch in TEXTS.values()]
    pairs += [
        (formats.unknown("en"), formats.unknown("nl")),
        (formats.SHARE, formats.unit(formats.SHARE, "nl")),
    ]
    out = []
    for english, dutch in pairs:
        for piece in re.split(r"\{[a-z_]+\}", english):
            piece = piece.strip(" :;()·.,")
            if len(piece) >= 6 and piece not in dutch:
                out.append(piece)
    return out


def test_nothing_english_shows_in_the_dutch_table() -> None:
    shown = subprocess.run(
        [
            *navotop_command(),
            "table",
            str(scenarios_dir() / "baseline.toml"),
            "--lang",
            "nl",
            "--format",
            "markdown",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    words = re.sub(r"`[^`]*`", "", shown)  # ids and formulas are code, the same in both languages
    leaked = [text for text in _english_only_texts() if re.search(rf"\b{re.escape(text)}\b", words)]
    assert not leaked, leaked


def test_every_basis_bit_has_words_in_both_languages() -> None:
    from core.i18n import basis_words
    from core.model import Basis

    every = Basis(sum(int(flag) for flag in Basis))
    assert basis_words(every.labels(), "en") == "estimate, assumption, default, calibration, adjusted"
    assert basis_words(every.labels(), "nl") == "raming, aanname, standaardwaarde, kalibratie, aangepast"


def test_every_declared_key_has_its_words_in_both_languages_and_the_same_english() -> None:
    from tui.keys import COMMANDS, EDIT_SYNTAX, edit_syntax

    for command in COMMANDS:
        for part, english in (("label", command.label), ("help", command.help)):
            key = f"key.{command.id}.{part}"
            assert key in TEXTS, f"{key} is not in the catalogue"
            assert TEXTS[key][0].replace("{syntax}", EDIT_SYNTAX) == english, (
                f"{key} differs from tui/keys.py"
            )
        if command.palette is not None:
            assert TEXTS[f"key.{command.id}.palette"][0] == command.palette
    assert edit_syntax() == EDIT_SYNTAX


def test_a_text_made_at_import_time_is_shown_in_the_language_chosen_later() -> None:
    from core.i18n import relabel

    assert relabel("Close", "nl") == "Sluit"  # a binding's description, made in English
    assert relabel("Sluit", "en") == "Close"
    assert relabel("not a catalogue text", "nl") == "not a catalogue text"


def test_every_agenda_kind_has_its_words_in_both_languages() -> None:
    from core.document import AGENDA_KINDS

    assert all(f"agenda.kind.{kind}" in TEXTS for kind in AGENDA_KINDS)
    assert t("agenda.kind.side event", "nl") == "nevenevenement"
