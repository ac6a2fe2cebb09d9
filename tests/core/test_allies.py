"""NATO's figures for all allies: editions kept apart, estimates flagged, the ranking right."""

from __future__ import annotations

import polars as pl
import pytest

from core.allies import load_allies, provenance, ranking
from core.errors import NavotopError


@pytest.mark.parametrize(
    ("edition", "share"),
    [("june-2024", 2.05), ("annual-report-2024", 2.06), ("august-2025", 2.00)],
)
def test_the_netherlands_2024_in_each_edition(edition: str, share: float) -> None:
    row = ranking(2024, edition).filter(pl.col("country") == "Netherlands").row(0, named=True)
    assert row["share"] == share
    assert row["estimate"] is True
    assert row["home"] is True


def test_realised_years_are_not_estimates() -> None:
    frame = load_allies().filter((pl.col("edition") == "august-2025") & (pl.col("year") == 2023))
    assert not frame.get_column("estimate").any()
    assert frame.height == 33  # 31 allies with armed forces and NATO's two aggregates


def test_ranking_is_by_share_and_leaves_aggregates_unranked() -> None:
    ranked = ranking(2024)
    allies = ranked.filter(~pl.col("aggregate"))
    assert allies.get_column("share").to_list() == sorted(allies.get_column("share").to_list(), reverse=True)
    assert allies.get_column("rank").to_list()[0] == 1
    assert allies.row(0, named=True)["country"] == "Poland"
    aggregates = ranked.filter(pl.col("aggregate"))
    assert set(aggregates.get_column("country").to_list()) == {"NATO Total", "NATO Europe and Canada"}
    assert aggregates.get_column("rank").null_count() == 2


def test_an_unpublished_figure_stays_listed_as_unknown() -> None:
    germany = ranking(2025).filter(pl.col("country") == "Germany").row(0, named=True)
    assert germany["share"] is None and germany["rank"] is None
    assert "not published" in germany["note"]


def test_the_2025_dutch_figure_keeps_its_caveat() -> None:
    nl = ranking(2025).filter(pl.col("country") == "Netherlands").row(0, named=True)
    assert nl["share"] == 2.5
    assert "one decimal" in nl["note"]


def test_thresholds() -> None:
    poland = ranking(2025).row(0, named=True)
    assert (poland["meets_2"], poland["meets_3.5"], poland["meets_5"]) == (True, True, False)


def test_every_file_keeps_its_provenance() -> None:
    for file in load_allies().get_column("file").unique().to_list():
        assert "NATO" in provenance(file)


def test_asking_for_what_is_not_there_is_a_clear_error() -> None:
    with pytest.raises(NavotopError, match="no figures for 2019"):
        ranking(2019, "june-2024")
    with pytest.raises(NavotopError, match="unknown edition 'may-2024'"):
        ranking(2024, "may-2024")
