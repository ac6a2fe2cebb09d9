"""One check of typed and written values: what the loader refuses, every edit refuses."""

from __future__ import annotations

import pytest

from core.model import Unit
from core.plausible import doubt, refusal

MONEY, SHARE = Unit("money"), Unit("share_of", "gdp_cpb")


@pytest.mark.parametrize(
    ("series", "unit", "value", "said"),
    [
        ("defence_excl_ukraine", SHARE, -0.1, "cannot be negative"),
        ("gdp_cpb", MONEY, -1.0, "it is GDP"),
        ("gdp_cpb", MONEY, 999.0, "implausible"),
        ("defence_excl_ukraine", SHARE, 25.0, "shares are in percent"),
    ],
)
def test_refused_values(series: str, unit: Unit, value: float, said: str) -> None:
    assert said in refusal(series, unit, value)


def test_a_plausible_value_is_neither_refused_nor_doubted() -> None:
    assert refusal("gdp_cpb", MONEY, 1_134_000) == doubt("gdp_cpb", MONEY, 1_134_000) == ""
    assert refusal("nato_definition_adjustment", MONEY, -500) == ""


def test_gdp_a_thousand_times_off_is_doubted_both_ways() -> None:
    assert (
        doubt("gdp_oecd", MONEY, 1134)
        == "gdp_oecd is in EUR mln; 1134 would be EUR 1.1 bn: did you mean 1134000?"
    )
    assert "did you mean 1134000?" in doubt("gdp_cpb", MONEY, 1_134_000_000)
