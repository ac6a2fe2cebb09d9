"""The allies' names in the language shown, from one table: core/data/countries.toml.

NATO's tables, and so the allies' data files, name countries in English; those names stay the
ids (CSV, JSON, the home country's mark). The Dutch names are data, beside the other data files,
so that a name is corrected in one place. No polars here: the allies pane asks for a name
without loading the figures' machinery.
"""

from __future__ import annotations

import functools
import tomllib

from core.formats import Lang, language
from core.paths import data_dir

FILE = "countries.toml"


@functools.cache
def dutch_names() -> dict[str, str]:
    """NATO's name -> the Dutch name, as core/data/countries.toml lists them."""
    with (data_dir() / FILE).open("rb") as handle:
        table = tomllib.load(handle)["nl"]
    return {str(k): str(v) for k, v in table.items()}


def country_name(country: str, lang: Lang | None = None) -> str:
    """`country` (NATO's English name) as `lang` (default: the language shown) writes it; a name
    the table lacks stays as NATO writes it (tests/core/test_countries.py holds the table to
    every name in the data)."""
    if (lang or language()) == "nl":
        return dutch_names().get(country, country)
    return country
