"""Which `[[adjust]]` growth drives a year, and how a child's growth takes the place of a
parent's (`replaces = "baseline.toml"`).

A child's ordinary adjustment is applied after its parents' and counts as the child's: GDP it
moves leaves the parents' euros where they were (a parent's shares of GDP are read against the
parent's GDP). A growth that `replaces` a parent's is different: it is put where the parent's
growth stood, in the parent's order and counting as the parent's file, so the result is what
the parent would give had it said this growth itself. The parent's later growth years then
compound from the new level at their own rate, so a child holds only the years it changes.

The loader (core/scenario.py) and an editing session (core/whatif.py) both place such a growth
with `in_place_of`, so what the app shows before a save is what the saved file gives.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from core.i18n import t
from core.model import Adjustment


def growth_years(adjustments: Iterable[Adjustment], series: str) -> dict[int, Adjustment]:
    """The years whose value of `series` comes from a growth `[[adjust]]`, each with the entry
    that drives it: the last adjustment touching the year, when that one is a growth. A later
    `scale` or `set` on the year makes its value something else than growth."""
    driven: dict[int, Adjustment] = {}
    for adj in adjustments:
        if adj.series != series:
            continue
        for year in range(adj.start, adj.end + 1):
            if adj.operation == "growth":
                driven[year] = adj
            else:
                driven.pop(year, None)
    return driven


def not_replaceable(adjustments: Sequence[Adjustment], new: Adjustment, replaced: Path) -> str:
    """Why `new` cannot take the place of `replaced`'s growth (empty when it can): each of its
    years must be grown by an `[[adjust]]` of that file."""
    driven = growth_years(adjustments, new.series)
    counts: set[Path] = set()
    for year in range(new.start, new.end + 1):
        adj = driven.get(year)
        if adj is None or adj.origin.path != replaced:
            by = t("growth.not_grown") if adj is None else t("growth.grown_by", origin=adj.origin)
            return t("growth.not_there", series=new.series, year=year, by=by, file=replaced.name)
        counts.add(adj.file)
        if len(counts) > 1:
            return t("growth.in_place", file=replaced.name, series=new.series, year=year)
    return ""


def in_place_of(adjustments: Sequence[Adjustment], new: Adjustment, replaced: Path) -> tuple[Adjustment, ...]:
    """The adjustments with `new` put where `replaced`'s growth for its years stood, counting
    as the file that growth counts as; the replaced entries keep their other years, the later
    ones now growing from `new`'s last year. (Call `not_replaceable` first.)"""
    driven = growth_years(adjustments, new.series)
    span = range(new.start, new.end + 1)
    drivers = {id(driven[year]) for year in span}
    out: list[Adjustment] = []
    placed = False
    for adj in adjustments:
        if id(adj) not in drivers:
            out.append(adj)
            continue
        if adj.start < new.start:
            out.append(replace(adj, end=min(adj.end, new.start - 1)))
        if not placed:
            out.append(replace(new, counts_as=driven[new.start].file))
            placed = True
        if adj.end > new.end:
            out.append(replace(adj, start=max(adj.start, new.end + 1)))
    return tuple(out)
