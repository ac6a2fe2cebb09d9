"""The what-if log, for the minutes: what was tried, in what order, and what it did.

Every accepted edit, undo, redo, save, save as, open, compare, goal seek and screenshot (and a
journal restored or discarded) is an entry with
its time, the cell, its old and new value, and the headline figures of that year before and
after: the Dutch method excluding and including Ukraine, NATO's method, and each norm's
shortfall. Written out as markdown into the export folder, with the screenshots taken and their
inputs' hash, so a picture in the minutes can be traced to the inputs behind it.

The log only records; the app decides when. It holds figures, not results, so a long meeting
does not keep every computed table alive.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from core import confine, formats
from core.i18n import t

if TYPE_CHECKING:  # the app imports this module before its first paint, and neither the engine
    # (polars) nor the model's dozen frozen dataclasses (~20 ms to define) are needed for it
    from core.engine import Result
    from core.model import Norm

Event = Literal[
    "edit",
    "undo",
    "redo",
    "save",
    "save_as",
    "open",
    "compare",
    "goal_seek",
    "screenshot",
    "restore",
    "discard",
]


@dataclass(frozen=True, slots=True)
class Headline:
    """The figures a meeting watches, for one year."""

    year: int
    nl_excl: float | None
    nl_incl: float | None
    nato: float | None
    shortfalls: tuple[tuple[Norm, float | None], ...]
    """(norm, EUR mln below it by its own method; negative: above it)."""
    short_pp: tuple[float | None, ...] = ()
    """Each norm's percentage points short, as the grid's verdict rows show them (negative:
    above it); in the order of `shortfalls`."""


def headline(result: Result, year: int) -> Headline:
    """The headline figures of `year`, read from the verdict (which judges each norm by its method)."""
    from core.norms import verdict

    judged = verdict(result, year)
    shortfalls = tuple((s.norm, s.shortfall_eur_mln) for s in judged.norms)
    points = tuple(s.shortfall_pp for s in judged.norms)
    return Headline(year, judged.nl_excl, judged.nl_incl, judged.nato, shortfalls, points)


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing that happened to the what-if."""

    time: dt.datetime
    event: Event
    cell: tuple[str, int] | None = None
    old: float | None = None
    new: float | None = None
    before: Headline | None = None
    after: Headline | None = None
    detail: str = ""
    """A file involved: the one opened, compared with, saved (or saved as) or the screenshot
    written."""
    inputs_hash: str = ""
    shown: tuple[float | None, float | None, str] | None = None
    """The cell before and after as the grid shows it, with the grid's unit id (money in EUR
    mln, shown in EUR bn): `old` and `new` are in the file's unit, which for spending stated
    as a share of GDP is not what the grid shows."""
    file_unit: str = ""
    """The file's unit of `old` and `new` where it is a share of a GDP (`% of gdp_cpb`): then the
    log says both, what the grid showed and what the file holds."""


@dataclass
class WhatIfLog:
    """The entries of one app session, oldest first."""

    scenario: str
    entries: list[Entry] = field(default_factory=list)

    def add(
        self,
        event: Event,
        *,
        before: Result | None = None,
        after: Result | None = None,
        year: int | None = None,
        cell: tuple[str, int] | None = None,
        old: float | None = None,
        new: float | None = None,
        detail: str = "",
        inputs_hash: str = "",
        now: dt.datetime | None = None,
    ) -> Entry:
        """Log an event; with results and a year, the headline figures before and after it."""
        year = cell[1] if year is None and cell is not None else year
        shown, file_unit = _as_shown(cell, old, new, before, after)
        entry = Entry(
            now or dt.datetime.now().astimezone(),
            event,
            cell,
            old,
            new,
            None if before is None or year is None else headline(before, year),
            None if after is None or year is None else headline(after, year),
            detail,
            inputs_hash,
            shown,
            file_unit,
        )
        self.entries.append(entry)
        return entry

    def screenshots(self) -> list[Entry]:
        """The screenshot entries, in the order taken."""
        return [e for e in self.entries if e.event == "screenshot"]


def _as_shown(
    cell: tuple[str, int] | None,
    old: float | None,
    new: float | None,
    before: Result | None,
    after: Result | None,
) -> tuple[tuple[float | None, float | None, str] | None, str]:
    """The cell's values as the grid shows them, with their unit (see Entry.shown), and the
    file's unit where it is a share of a GDP. A growth row's old and new are its rates."""
    if cell is None:
        return None, ""
    row, year = cell
    if row.startswith("growth:"):
        return (old, new, formats.GROWTH), ""
    if before is None or after is None:
        return None, ""
    try:
        unit = after.row(row).unit
    except KeyError:  # not a row of the table (a norm the other file lacks)
        return None, ""
    stated = after.scenario.inputs.get(row, {}).get(year) or before.scenario.inputs.get(row, {}).get(year)
    file_unit = str(stated.unit) if stated is not None and stated.unit.kind == "share_of" else ""
    return (before.value(row, year), after.value(row, year), unit), file_unit


def entry_line(entry: Entry, lang: formats.Lang | None = None) -> str:
    """One line for the log view, the cell named and its values given as the grid shows them:
    `14:03:09 edit Defence excl. Ukr. 2024: EUR 17.7 bn -> EUR 22.7 bn (in the file: 1.56 -> 2
    % of CPB GDP)`. A tester found bare numbers there (`1.56 -> 2`, no unit)."""
    parts = [f"{entry.time:%H:%M:%S}", t(f"log.event.{entry.event}", lang)]
    if entry.cell is not None:
        row, year = entry.cell
        parts.append(f"{_row_name(row, lang)} {year}:")
        if entry.shown is None:
            parts.append(f"{_plain(entry.old, lang)} -> {_plain(entry.new, lang)}")
        else:
            was, now, unit = entry.shown
            parts.append(f"{formats.with_unit(was, unit, lang)} -> {formats.with_unit(now, unit, lang)}")
        if entry.file_unit:
            of = entry.file_unit.removeprefix("% of ")
            stated = t("detail.of_gdp", lang, gdp=t(f"detail.gdp.{of}", lang))
            values = f"{_plain(entry.old, lang)} -> {_plain(entry.new, lang)} {stated}"
            parts.append(t("log.in_file", lang, values=values))
    if entry.detail:
        parts.append(entry.detail)
    if entry.inputs_hash:
        parts.append(f"({entry.inputs_hash})")
    return " ".join(parts)


def _plain(value: float | None, lang: formats.Lang | None) -> str:
    return formats.unknown(lang) if value is None else formats.general(value, lang)


def _row_name(row: str, lang: formats.Lang | None) -> str:
    """The row as the grid names it (`Defence excl. Ukr.`, `GDP, CPB (growth)`); its id when
    the registry does not know it."""
    from core.measures import row_name

    series = row.removeprefix("growth:")
    name = row_name(series, lang)
    return f"{name} ({t('table.growth', lang).strip()})" if row != series else name


def to_markdown(log: WhatIfLog, lang: formats.Lang | None = None) -> str:
    """The log as markdown for the minutes: each entry with its figures, then the screenshots."""
    lines = [f"# {t('log.title', lang, scenario=_md(log.scenario))}", ""]
    if not log.entries:
        lines += [t("log.empty", lang), ""]
    for number, entry in enumerate(log.entries, 1):
        lines += [f"## {number}. {_md(entry_line(entry, lang))}", ""]
        if entry.before is not None or entry.after is not None:
            lines += _figures(entry.before, entry.after, lang)
    lines += [f"## {t('log.screenshots', lang)}", ""]
    shots = log.screenshots()
    for shot in shots:
        text = t(
            "log.screenshot_line",
            lang,
            file=_md(shot.detail),
            hash=shot.inputs_hash,
            time=formats.timestamp(shot.time, lang),
        )
        lines.append(f"- {text}")
    lines += [t("log.no_screenshots", lang)] if not shots else ["", t("log.hash_note", lang)]
    return "\n".join(lines) + "\n"


def _figures(before: Headline | None, after: Headline | None, lang: formats.Lang | None) -> list[str]:
    """A before/after table of one entry's headline figures."""
    known = after or before
    assert known is not None  # the caller passes at least one

    def both(get: Callable[[Headline], str]) -> tuple[str, str]:
        was, now = (formats.unknown(lang) if h is None else get(h) for h in (before, after))
        return was, now

    def share(get: Callable[[Headline], float | None]) -> Callable[[Headline], str]:
        return lambda h: formats.with_unit(get(h), formats.SHARE, lang)

    rows = [
        (t("log.fig.nl_excl", lang), *both(share(lambda h: h.nl_excl))),
        (t("log.fig.nl_incl", lang), *both(share(lambda h: h.nl_incl))),
        (t("log.fig.nato", lang), *both(share(lambda h: h.nato))),
    ]
    for i, (norm, _) in enumerate(known.shortfalls):

        def verdict(h: Headline, i: int = i) -> str:
            return _verdict(h, i, lang)

        rows.append((t("log.fig.shortfall", lang, norm=_norm_label(norm, lang)), *both(verdict)))
    head = t("log.figures", lang, year=known.year)
    out = [f"| {_md(head)} | {t('log.col.before', lang)} | {t('log.col.after', lang)} |", "|---|---:|---:|"]
    out += [f"| {_md(label)} | {was} | {now} |" for label, was, now in rows]
    return [*out, ""]


def _verdict(h: Headline, i: int, lang: formats.Lang | None) -> str:
    """A norm's cell as the grid's verdict row and the verdict line say it: `met`, or the
    points short with the money (`0.44 pp (EUR 5.0 bn)`), or unknown."""
    points = h.short_pp[i] if i < len(h.short_pp) else None
    money = h.shortfalls[i][1] if i < len(h.shortfalls) else None
    if points is None:
        return formats.unknown(lang)
    if points <= 0.005:  # met to the published rounding, as NormStatus.met
        return t("table.met", lang)
    return formats.points(points, lang) + ("" if money is None else f" ({formats.billions(money, lang)})")


def write_markdown(log: WhatIfLog, folder: Path, stem: str, now: dt.datetime | None = None) -> Path:
    """Write the log as `navotop-log-STEM-YYYYmmdd-HHMMSS.md` into `folder` (made if missing)
    and return its path. The name is new each time and the file is created exclusively, so an
    export never overwrites anything; under `navotop serve` the folder must be inside the roots."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "scenario"
    confine.check(folder)
    folder.mkdir(parents=True, exist_ok=True)
    data = to_markdown(log).encode("utf-8")
    for attempt in range(100):
        path = folder / f"navotop-log-{slug}-{stamp}{'' if attempt == 0 else f'-{attempt}'}.md"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
        except FileExistsError:
            continue
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        return path
    raise FileExistsError(t("log.no_free_name", folder=folder, name=f"navotop-log-{slug}-{stamp}.md"))


def _norm_label(norm: Norm, lang: formats.Lang | None) -> str:
    from core.norms import norm_label

    return norm_label(norm, lang)


def _md(text: str) -> str:
    """Text safe inside a markdown table cell or heading: pipes escaped, no line breaks."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ")
