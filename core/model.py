"""The frozen data that flows from scenario files through the engine to every view.

These types carry no behaviour beyond formatting, so `core/scenario.py` (which builds them from
TOML), the engine (which reads them) and the UI (which shows them) can each be changed without the
others noticing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntFlag
from pathlib import Path
from typing import Literal

from core import formats
from core.i18n import TEXTS, t
from core.whatif_note import said_in

Status = Literal["actual", "estimate", "assumption", "calibration", "what-if"]
STATUSES: tuple[Status, ...] = ("actual", "estimate", "assumption", "calibration", "what-if")
"""`what-if`: a value a user changed in the app, never a source's figure (see core/whatif.py)."""

Method = Literal["nato", "nl_excl", "nl_incl", "related", "nato_total"]
METHODS: tuple[Method, ...] = ("nato", "nl_excl", "nl_incl", "related", "nato_total")
"""`related` judges defence- and security-related spending alone, `nato_total` core + related
(the Hague 1.5% and 5%); both the NATO way, against OECD GDP."""

Operation = Literal["set", "add", "scale", "growth", "floor_share"]
OPERATIONS: tuple[Operation, ...] = ("set", "add", "scale", "growth", "floor_share")


class Basis(IntFlag):
    """What a value rests on besides published sources; derived values inherit their inputs' bits.

    An empty basis means the value follows from sourced, realised figures alone. The flags are
    kept per cell (series x year) so the UI can mark exactly the cells a reader should doubt.
    """

    NONE = 0
    ESTIMATE = 1
    """A source's estimate or plan, not a realised figure."""
    ASSUMPTION = 2
    """A value stated by the scenario's author, not by a source."""
    DEFAULT = 4
    """The series was absent and the engine's documented default stood in."""
    CALIBRATION = 8
    """Chosen so that the engine reproduces a published figure whose parts are not public."""
    ADJUSTED = 16
    """A what-if: changed by an `[[adjust]]` entry that cites no source, or a value with status
    `what-if` (an edit made in the app), not a published figure. An `[[adjust]]` that cites a
    source projects that source's figures and marks them ESTIMATE (`Adjustment.basis`)."""

    def labels(self) -> list[str]:
        """Readable names of the bits that are set, in a fixed order."""
        return [flag.name.lower() for flag in Basis if flag and flag in self and flag.name]


@dataclass(frozen=True, slots=True)
class Origin:
    """Where something was written: file and 1-based line, for errors and for the detail line."""

    path: Path
    line: int = 1
    col: int = 1

    def __str__(self) -> str:
        from core.text import printable  # a file name may hold an ESC sequence: never raw

        return f"{printable(self.path)}:{self.line}:{self.col}"


@dataclass(frozen=True, slots=True)
class Unit:
    """The unit a value was written in: money, a price index, or a percentage of another series."""

    kind: Literal["money", "index", "share_of"]
    of: str | None = None
    """For `share_of`, the series the percentage is taken of (always a money series)."""

    def __str__(self) -> str:
        if self.kind == "money":
            return "EUR mln"
        if self.kind == "index":
            return "index"
        return f"% of {self.of}"


@dataclass(frozen=True, slots=True)
class Source:
    """A document, table or footnote that numbers cite."""

    id: str
    title: str
    url: str | None = None
    note: str | None = None
    origin: Origin | None = None

    def shown_title(self) -> str:
        """The title as published (never translated: it names a document), marked as a title
        (“…”) so that an English title reads as a name in a Dutch sentence."""
        return t("source.title", title=self.title)


@dataclass(frozen=True, slots=True)
class Cell:
    """One written input value, with everything needed to say where it came from."""

    value: float
    unit: Unit
    status: Status
    source: str | None
    origin: Origin
    note: str | None = None
    note_nl: str | None = None
    """The note in Dutch (`note_nl` in the file); None when the file gives only one."""

    def said_note(self, lang: formats.Lang | None = None) -> str | None:
        """The note in `lang` (default: the language shown): the Dutch twin where there is one,
        else the note as written (a user's own file may give one language only)."""
        return said(self.note, self.note_nl, lang)


def said(note: str | None, note_nl: str | None, lang: formats.Lang | None = None) -> str | None:
    """A scenario file's text in `lang`: `note_nl` in Dutch when the file gives it, else `note`
    (navotop's own what-if note, which files hold in English only, said in `lang`)."""
    lang = lang or formats.language()
    if note_nl and lang == "nl":
        return note_nl
    return note if note is None else said_in(note, lang)


@dataclass(frozen=True, slots=True)
class Adjustment:
    """A what-if change to one series over a span of years, applied after the inputs are read."""

    series: str
    operation: Operation
    value: float
    start: int
    end: int
    origin: Origin
    note: str | None = None
    source: str | None = None
    counts_as: Path | None = None
    """For a growth written with `replaces = "baseline.toml"`: the file whose growth it takes the
    place of. It then counts as that file's, so that file's shares of GDP are read against it,
    as if that file had said so (see core/growth.py). None: it counts as its own file's."""
    note_nl: str | None = None
    """The note in Dutch (`note_nl` in the file); None when the file gives only one."""

    def said_note(self, lang: formats.Lang | None = None) -> str | None:
        """The note in `lang` (default: the language shown), as `Cell.said_note`."""
        return said(self.note, self.note_nl, lang)

    @property
    def file(self) -> Path:
        """The file this adjustment counts as: where the engine reads shares of GDP against it."""
        return self.counts_as or self.origin.path

    @property
    def basis(self) -> Basis:
        """What the years it changes rest on: a `source`'s projection (the baseline grows CPB's
        GDP at CPB's forecast rate) is that source's estimate, `e`, like the source's other
        estimates; without a source it is a what-if, `w`. Marking the baseline's own sourced
        growth `w` told users that something had been changed when nothing had."""
        return Basis.ESTIMATE if self.source else Basis.ADJUSTED

    def describe(self, name: str = "") -> str:
        """A short phrase such as `GDP, CPB 2026-2030: scale 0.97` (`bbp, CPB 2026-2030: maal
        0,97`), the operation in the language shown; `name`: the series as the grid names it
        (the file's id where none is given)."""
        span = str(self.start) if self.start == self.end else f"{self.start}-{self.end}"
        what = t(f"adjust.op.{self.operation}")
        return f"{name or self.series} {span}: {what} {formats.general(self.value)}"


@dataclass(frozen=True, slots=True)
class Norm:
    """A spending norm: a share of GDP, judged by one method, optionally by a target year."""

    id: str
    share: float
    method: Method
    label: str
    year: int | None = None
    source: str | None = None
    origin: Origin | None = None
    label_nl: str = ""
    """The label in Dutch (`label_nl` in the file); empty when the file gives only one."""


@dataclass(frozen=True, slots=True)
class Observed:
    """Published figures a scenario promises to reproduce; `navotop check` holds it to them."""

    id: str
    values: Mapping[int, float]
    tolerances: Mapping[int, float]
    origins: Mapping[int, Origin]
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Scenario:
    """A fully resolved scenario: its parents merged in, every reference checked."""

    name: str
    path: Path
    first_year: int
    last_year: int
    description: str = ""
    sources: Mapping[str, Source] = field(default_factory=dict)
    inputs: Mapping[str, Mapping[int, Cell]] = field(default_factory=dict)
    adjustments: tuple[Adjustment, ...] = ()
    norms: Mapping[str, Norm] = field(default_factory=dict)
    observed: Mapping[str, Observed] = field(default_factory=dict)
    milestones: Mapping[int, str] = field(default_factory=dict)
    """Years the views mark, e.g. 2029: "Hague review of trajectory and balance"."""
    milestones_nl: Mapping[int, str] = field(default_factory=dict)
    """Their Dutch twins (`[milestones_nl]`), where the file gives them: read through
    `said_milestone`, as notes are through `said`."""
    name_nl: str | None = None
    description_nl: str | None = None
    """The name and description in Dutch, where the file gives them (`name_nl`, `description_nl`
    in its [scenario] table; the bundled scenarios do): read through `shown_name`."""
    chain: tuple[Path, ...] = ()
    """The files this scenario was read from, itself first, then each parent in turn."""

    def shown_name(self, lang: formats.Lang | None = None) -> str:
        """The name in `lang` (default: the language shown); a file in one language only shows
        its `name` in both. Machine-readable output (JSON) keeps `name`."""
        if (lang or formats.language()) == "nl" and self.name_nl:
            return self.name_nl
        return self.name

    def said_milestone(self, year: int, lang: formats.Lang | None = None) -> str | None:
        """The milestone of `year` in `lang` (default: the language shown): a Dutch screen read
        the bundled "Hague review of trajectory and balance" in English."""
        return said(self.milestones.get(year), self.milestones_nl.get(year), lang)

    def shown_description(self, lang: formats.Lang | None = None) -> str:
        """The description in `lang`, falling back to `description` as `shown_name` does."""
        if (lang or formats.language()) == "nl" and self.description_nl:
            return self.description_nl
        return self.description

    @property
    def years(self) -> list[int]:
        """Every year of the span, in order."""
        return list(range(self.first_year, self.last_year + 1))


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """A source of the summit data: the letter, one of its footnotes, a data file, a document."""

    id: str
    title: str
    kind: str
    note: str = ""
    footnote: int | None = None
    reference: str | None = None
    published: str | None = None
    publisher: str | None = None
    file: str | None = None
    note_nl: str = ""
    publisher_nl: str | None = None
    origin: Origin | None = None

    def words(self, lang: formats.Lang | None = None) -> SourceWords:
        """The note and publisher in `lang` (default: the language shown). The title stays as
        published: a Dutch document's title is Dutch already, an English one is a name."""
        if (lang or formats.language()) == "nl":
            return SourceWords(self.note_nl, self.publisher_nl)
        return SourceWords(self.note, self.publisher)


@dataclass(frozen=True, slots=True)
class SourceWords:
    """A source's prose in one language."""

    note: str
    publisher: str | None


NOT_STATED = "not stated"
"""What agenda.toml writes (in English; `niet vermeld` in its Dutch twin) where the letter gives
no time or place; `AgendaItem.words` turns it into None, and the views say so in words."""


@dataclass(frozen=True, slots=True)
class AgendaWords:
    """An agenda item's prose in one language; `time` and `place` are None where the letter
    gives none. Lists are as long as the English ones, item for item."""

    title: str
    time: str | None
    place: str | None
    summary: str
    participants: tuple[str, ...]
    organisers: tuple[str, ...]
    topics: tuple[str, ...]
    date_basis: str | None
    section: str
    """The letter's (Dutch) headings; the opening paragraphs, which have none, named in `lang`."""


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One element of the summit's programme, as the letter describes it."""

    id: str
    title: str
    kind: str
    date: dt.date
    time: str
    place: str
    summary: str
    section: str
    source: str
    title_nl: str
    time_nl: str
    place_nl: str
    summary_nl: str
    """The Dutch twins (`<field>_nl`, as agenda.toml writes them): read through `words`."""
    participants: tuple[str, ...] = ()
    organisers: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    end_date: dt.date | None = None
    date_basis: str | None = None
    """How the date was read where the letter does not state it outright."""
    participants_nl: tuple[str, ...] = ()
    organisers_nl: tuple[str, ...] = ()
    topics_nl: tuple[str, ...] = ()
    date_basis_nl: str | None = None
    origin: Origin | None = None

    def words(self, lang: formats.Lang | None = None) -> AgendaWords:
        """Title, time, place, summary, people, topics and date basis in `lang` (default: the
        language shown), so that no view picks a field by its name."""
        time = None if self.time == NOT_STATED else self.time
        place = None if self.place == NOT_STATED else self.place
        # agenda.toml cites the letter's opening paragraphs, which have no heading, by the
        # catalogue's English words for them ("opening (no heading)")
        section = self.section.replace(t("agenda.opening", "en"), t("agenda.opening", lang))
        if (lang or formats.language()) == "nl":
            return AgendaWords(
                self.title_nl,
                time and self.time_nl,
                place and self.place_nl,
                self.summary_nl,
                self.participants_nl,
                self.organisers_nl,
                self.topics_nl,
                self.date_basis_nl,
                section,
            )
        return AgendaWords(
            self.title,
            time,
            place,
            self.summary,
            self.participants,
            self.organisers,
            self.topics,
            self.date_basis,
            section,
        )

    def when(self) -> str:
        """`24 June 2025`, or `24 June 2025 to 25 June 2025` for an item over several days (in
        the language shown: `24 juni 2025 tot en met 25 juni 2025`)."""
        return formats.date_range(self.date, self.end_date)


@dataclass(frozen=True, slots=True)
class Commitment:
    """A pledge, target, amount or position, with the table rows and norms it bears on."""

    id: str
    title: str
    title_nl: str
    who: str
    who_nl: str
    what: str
    what_nl: str
    status: str
    status_nl: str
    """Each text with its Dutch twin (`<field>_nl`, as commitments.toml writes them): views read
    them through `words`."""
    topic: str
    """A category id (`defence spending`), shown through the catalogue (`topic_word`)."""
    source: str
    section: str | None = None
    reference: str | None = None
    share: float | None = None
    amount_eur_mln: float | None = None
    deadline: str | None = None
    """A year (`2035`) or an ISO date (`2025-06-24`)."""
    after_letter: bool = False
    rows: tuple[str, ...] = ()
    norms: tuple[str, ...] = ()
    origin: Origin | None = None

    def words(self, lang: formats.Lang | None = None) -> CommitmentWords:
        """Title, who, what and status in `lang` (default: the language shown)."""
        if (lang or formats.language()) == "nl":
            return CommitmentWords(self.title_nl, self.who_nl, self.what_nl, self.status_nl)
        return CommitmentWords(self.title, self.who, self.what, self.status)

    def topic_word(self, lang: formats.Lang | None = None) -> str:
        """The topic as a word of `lang`: `defensie-uitgaven` for `defence spending`."""
        return topic_word(self.topic, lang)

    def amount(self) -> str:
        """Share, euros and deadline as far as the commitment has them, e.g. `5% of GDP, by 2035`."""
        parts = []
        if self.share is not None:
            parts.append(f"{formats.general(self.share)} {formats.unit(formats.SHARE)}")
        if self.amount_eur_mln is not None:
            parts.append(formats.millions(self.amount_eur_mln))
        if self.deadline:
            parts.append(t("amount.by", deadline=self.deadline))
        return ", ".join(parts) or "-"


@dataclass(frozen=True, slots=True)
class CommitmentWords:
    """A commitment's prose in one language."""

    title: str
    who: str
    what: str
    status: str


COMMITMENT_TOPICS = tuple(key.removeprefix("topic.") for key in TEXTS if key.startswith("topic."))
"""The topics commitments.toml may give: ids (English, as `topic:` filters and JSON use them),
declared once, by their words in the catalogue (`topic.<id>`: English, Dutch)."""


def topic_word(topic: str, lang: formats.Lang | None = None) -> str:
    """A commitment topic in words of `lang`."""
    return t(f"topic.{topic}", lang)
