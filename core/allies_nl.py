"""The allies' figures in the language shown: country names and the data files' notes, from one
table (core/data/allies/nl.toml).

NATO's tables, and so the allies' data files, name countries in English and carry English notes;
those stay the ids (CSV, JSON, the home country's mark). Their Dutch is data, beside the figures,
so that a name is corrected in one place. No polars here: the allies pane asks for a name
without loading the figures' machinery.
"""

from __future__ import annotations

import functools
import tomllib

from core.formats import Lang, language
from core.paths import data_dir

FILE = "nl.toml"
"""In core/data/allies/: `[country]` NATO's name -> Dutch name, `[note]` English -> Dutch,
`[provenance]` a data file's name -> the Dutch of its opening line."""


@functools.cache
def _tables() -> dict[str, dict[str, str]]:
    with (data_dir() / "allies" / FILE).open("rb") as handle:
        data = tomllib.load(handle)
    return {
        name: {str(k): str(v) for k, v in data[name].items()} for name in ("country", "note", "provenance")
    }


def dutch_names() -> dict[str, str]:
    """NATO's name -> the Dutch name, as core/data/allies/nl.toml lists them."""
    return _tables()["country"]


def dutch_notes() -> dict[str, str]:
    """A note of the allies' data files -> its Dutch."""
    return _tables()["note"]


def dutch_provenance() -> dict[str, str]:
    """A data file's name -> the Dutch of its opening line (where its figures come from)."""
    return _tables()["provenance"]


def country_name(country: str, lang: Lang | None = None) -> str:
    """`country` (NATO's English name) as `lang` (default: the language shown) writes it; a name
    the table lacks stays as NATO writes it (tests/core/test_summit_dutch.py holds the table to
    every name in the data)."""
    if (lang or language()) == "nl":
        return dutch_names().get(country, country)
    return country


def note_text(note: str, lang: Lang | None = None) -> str:
    """A data file's note in `lang`, as `country_name` does for names."""
    if (lang or language()) == "nl":
        return dutch_notes().get(note, note)
    return note
