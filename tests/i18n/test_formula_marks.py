"""A formula's own numbers (the 3.5 of a 3.5% target) in the language shown: a Dutch tester read
`3.5 / 100 * gdp_oecd` in the Dutch table beside `1.078.365` and `119,341`. CSV and JSON keep the
formula as written, dot-decimal, in both languages."""

from __future__ import annotations

import json

import pytest

from core import formats
from core.engine import compute, describe_cell
from core.scenario import load_scenario
from tests.conftest import BASELINE
from tui.cli import main


def test_a_formulas_constants_take_the_dutch_decimal_comma_and_nothing_else_changes() -> None:
    assert (
        formats.constants("3.5 / 100 * {gdp_oecd} - {defence_nato}", "nl")
        == "3,5 / 100 * {gdp_oecd} - {defence_nato}"
    )
    assert formats.constants("3.5 / 100 * {gdp_oecd}", "en") == "3.5 / 100 * {gdp_oecd}"
    assert formats.constants("100 * defence_total / gdp_cpb", "nl") == "100 * defence_total / gdp_cpb"


def test_the_dutch_table_writes_the_formulas_constants_with_a_comma(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["table", str(BASELINE), "--lang", "nl"]) == 0
    shown = capsys.readouterr().out
    assert "3,5 / 100 * gdp_oecd" in shown and "3,5 / 100 * gdp_cpb" in shown
    assert "3.5 / 100" not in shown


def test_json_keeps_the_formula_as_written_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["table", str(BASELINE), "--lang", "nl", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    sources = {r["id"]: r["source"] for r in rows}
    assert sources["gap_capability_3_5_nl"] == "3.5 / 100 * gdp_cpb - defence_excl_ukraine"


def test_the_detail_line_fills_a_dutch_formula_with_dutch_numbers() -> None:
    """The capability gap by the Dutch rule, 2026: 3.5% of CPB GDP 1,220,263.51 less spending
    excl. Ukraine (Table 1's 2.00% of it: 24,405.27) = 42,709.22 - 24,405.27 = 18,303.95 mln."""
    formats.set_language("nl")
    line = describe_cell(compute(load_scenario(BASELINE)), "gap_capability_3_5_nl", 2026)
    assert "2026 = 3,5 / 100 * 1.220.263,51 - 24.405,27 = 18.303,9" in line, line
