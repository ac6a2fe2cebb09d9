"""How the app was started."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    """How the app was started: where screenshots go, whether files are watched, and whether the
    process is the app's alone."""

    export_dir: Path = Path("exports")
    watch: bool = True
    journal_dir: Path | None = None
    """Where unsaved edits are journaled; None: the user's state folder (core/journal.py)."""
    roots: tuple[Path, ...] = ()
    """The folders the app may read and write (set by `navotop serve`); empty: anywhere."""
    own_process: bool = False
    """True for the `navotop` command: everything loaded at start (Textual, polars, the summit
    data) then lives as long as the process, and is frozen out of the garbage collector's full
    passes. Measured here: a full collection takes ~11 ms after the imports and ~22 ms once
    polars is loaded (56,000 tracked objects), and ~0 ms after the freeze; unfrozen, one lands
    now and then in a first frame or an edit's repaint. Off in tests, where many apps share a
    process."""
