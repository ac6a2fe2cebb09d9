"""`navotop agenda`, `commitments` and `allies` through the installed entry point."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_navotop


def test_agenda_json_is_a_list_in_date_order() -> None:
    done = run_navotop("agenda", "--format", "json")
    assert done.returncode == 0, done.stderr
    items = json.loads(done.stdout)
    assert all({"id", "date", "title", "kind", "source"} <= set(item) for item in items)
    dates = [item["date"] for item in items]
    assert dates == sorted(dates) and dates[0] == "2025-06-22" and dates[-1] == "2025-06-25"


def test_commitments_json_has_ids_titles_sources() -> None:
    done = run_navotop("commitments", "--format", "json")
    assert done.returncode == 0, done.stderr
    items = json.loads(done.stdout)
    assert all({"id", "title", "source"} <= set(item) for item in items)
    ukraine = next(i for i in items if i["id"] == "ukraine-3-5bn")
    assert ukraine["amount_eur_mln"] == 3500


def test_allies_json_for_a_year_and_edition() -> None:
    done = run_navotop("allies", "--year", "2024", "--edition", "annual-report-2024", "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert all({"country", "share", "year", "edition", "estimate"} <= set(row) for row in rows)
    nl = next(r for r in rows if r["country"] == "Netherlands")
    assert (nl["share"], nl["year"], nl["edition"], nl["estimate"]) == (
        2.06,
        2024,
        "annual-report-2024",
        True,
    )


@pytest.mark.parametrize("command", ["agenda", "commitments", "allies"])
def test_text_output_names_its_sources(command: str) -> None:
    done = run_navotop(command)
    assert done.returncode == 0, done.stderr
    needle = {"agenda": "Huis ten Bosch", "commitments": "Kamerstuk 28676-504", "allies": "Sources:"}[command]
    assert needle in done.stdout


def test_allies_for_a_year_without_figures_exits_2() -> None:
    done = run_navotop("allies", "--year", "2031")
    assert done.returncode == 2
    assert "no NATO figures for 2031" in done.stderr and "Traceback" not in done.stderr
