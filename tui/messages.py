"""What the app's workers report, in the past tense. Workers never touch the screen: they post
one of these, and the app handles each in one place (`NavotopApp.on_...`). A worker that fails
outright is reported by Textual's `Worker.StateChanged`, handled once as well."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

from core.i18n import TEXTS

if TYPE_CHECKING:  # the engine's modules load polars: only the workers import them
    from core.allies import AlliesView
    from core.document import Summit
    from core.edit import Snapshot
    from core.engine import Result
    from core.journal import Pending
    from core.model import Scenario
    from core.session import Session

WORKER_DOING = {
    group: TEXTS[f"worker.{group}"][0] for group in ("load", "open", "compare", "reload", "list", "allies")
}
"""What each group of workers does, for the message when one fails (in English; the catalogue's
`worker.GROUP` in the language shown)."""


@dataclass
class SummitRead(Message):
    """The agenda and commitments have been read, at start, and the scenario could not be (an
    unforeseen error: otherwise they come with the scenario's message, `summit`)."""

    summit: Summit


@dataclass
class ScenarioOpened(Message):
    """A scenario file has been read and computed: at start, or on `o`."""

    path: Path
    session: Session
    result: Result
    announce: bool = False
    """Say so (on `o`; not at start)."""
    pending: Pending | None = None
    """Unsaved edits an earlier session left for this file (core/journal.py), to offer back."""
    summit: Summit | None = None
    """At start, the agenda and commitments read with it, shown first in the same frame."""


@dataclass
class OpenFailed(Message):
    """A scenario file could not be loaded; `message` is FILE:LINE:COL lines."""

    path: Path
    message: str
    summit: Summit | None = None
    """At start, the agenda and commitments read before it, shown all the same."""


@dataclass
class DiskReread(Message):
    """The session's file has been read again (it changed on disk, or the user chose to)."""

    snapshot: Snapshot
    disk: Scenario
    keep_edits: bool


@dataclass
class RereadFailed(Message):
    """The file on disk no longer loads: the last good numbers stay."""

    message: str


@dataclass
class ScenarioCompared(Message):
    """Another scenario has been computed to compare with."""

    result: Result


@dataclass
class CompareFailed(Message):
    message: str


@dataclass
class WatchStarted(Message):
    """The OS now reports changes to the scenario's folders: a change made before this moment
    is looked for once, by content."""


@dataclass
class WatchFailed(Message):
    """The folders can no longer be watched: changes on disk will not be seen."""

    message: str


@dataclass
class FilesChanged(Message):
    """Files in a watched folder changed on disk (resolved paths)."""

    paths: frozenset[Path]


@dataclass
class ScenariosListed(Message):
    """The scenario files a picker can offer, by folder: (where, [(name, path)]) of each file
    that loads."""

    purpose: str
    """"open" or "compare"."""
    groups: list[tuple[str, list[tuple[str, Path]]]]


@dataclass
class AlliesRead(Message):
    """NATO's figures for the allies have been read for one edition and year."""

    view: AlliesView
