"""Which files can be offered as scenarios: those that load, by their name."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from core import formats
from core.errors import NavotopError
from core.safefile import read_regular
from core.scenario import load_scenario

Digest = bytes | None
"""A digest of a file's bytes, or None when it cannot be read (gone, not a regular file)."""

_NAMES: dict[Path, tuple[tuple[tuple[Path, Digest], ...], dict[formats.Lang, str]]] = {}
"""Each file that loaded, with its chain (the file and its parents) as it was then, and its
name in each language. The palette and both pickers list the scenarios every time they open,
and each listing loaded every file of three folders: with the twelve bundled files alone, two
fifths of the CPU the palette took to open. Reading a file's bytes costs little beside parsing
and checking it, and compares exactly (times of change can repeat within a clock tick). A file
that did not load is tried again each time: a parent fixed meanwhile changes nothing of its own."""


def scenario_choices(folders: Iterable[Path]) -> list[tuple[str, Path]]:
    """(name, path) of every `*.toml` file in the folders that loads as a scenario, each path
    once, folder by folder in name order. A file that does not load (`pyproject.toml`, a broken
    draft) is left out: `navotop check` says why."""
    seen: dict[Path, str] = {}
    digests: dict[Path, Digest] = {}  # a parent shared by many files is read once a listing
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            resolved = path.resolve()
            if resolved not in seen and (name := _name(resolved, digests)) is not None:
                seen[resolved] = name
    return [(name, path) for path, name in seen.items()]


def _name(path: Path, digests: dict[Path, Digest]) -> str | None:
    """The scenario's name, loaded again only when a file of its chain has changed since.
    `digests`: the parents' digests already taken in this listing."""
    try:
        data = read_regular(path)
    except NavotopError:
        _NAMES.pop(path, None)
        return None
    digest = _digest(data)
    known = _NAMES.get(path)
    if (
        known is not None
        and known[0][0][1] == digest
        and all(_digest_of(parent, digests) == then for parent, then in known[0][1:])
    ):
        return known[1][formats.language()]
    try:
        scenario = load_scenario(path, data)  # what is parsed is what is compared next time
    except (NavotopError, OSError, UnicodeDecodeError):
        _NAMES.pop(path, None)
        return None
    names = {lang: scenario.shown_name(lang) for lang in formats.LANGS}
    # A parent's bytes are read again here, after the load: one written in between is loaded
    # anew at its next change (the file's own bytes are exactly those loaded).
    digests.clear()  # a parent read before this load may have changed meanwhile
    parents = tuple((parent, _digest_of(parent, digests)) for parent in scenario.chain[1:])
    _NAMES[path] = (((path, digest), *parents), names)
    return names[formats.language()]


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def _digest_of(path: Path, digests: dict[Path, Digest]) -> Digest:
    if path not in digests:
        try:
            digests[path] = _digest(read_regular(path))
        except NavotopError:
            digests[path] = None
    return digests[path]
