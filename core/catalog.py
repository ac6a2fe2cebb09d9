"""Which files can be offered as scenarios: those that load, by their name."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from core.errors import NavotopError
from core.scenario import load_scenario


def scenario_choices(folders: Iterable[Path]) -> list[tuple[str, Path]]:
    """(name, path) of every `*.toml` file in the folders that loads as a scenario, each path
    once, folder by folder in name order. A file that does not load (`pyproject.toml`, a broken
    draft) is left out: `navotop check` says why."""
    seen: dict[Path, str] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            resolved = path.resolve()
            if resolved in seen:
                continue
            try:
                seen[resolved] = load_scenario(resolved).shown_name()
            except (NavotopError, OSError, UnicodeDecodeError):
                continue
    return [(name, path) for path, name in seen.items()]
