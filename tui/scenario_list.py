"""Which scenarios the open and compare pickers (and the palette) offer, and how a folder reads.

Plain functions of the open file and the settings: listing reads files, so the app calls
`scenario_groups` from a worker; nothing here touches the screen.
"""

from __future__ import annotations

from pathlib import Path

from core.i18n import t
from tui.settings import Settings

Groups = list[tuple[str, list[tuple[str, Path]]]]
"""(where, [(name, path)]): the scenarios of one folder, as a picker lists them."""


def scenario_groups(open_file: Path, settings: Settings) -> Groups:
    """(where, [(name, path)]) of the scenarios beside the open file first, then in the
    working folder, then the bundled ones; each file once, in the first group it is in.
    Reads files: call it off the UI thread."""
    from core.catalog import scenario_choices
    from core.paths import scenarios_dir

    if settings.roots:  # served: its folders only
        return [
            (shown_folder(folder), choices)
            for folder in settings.roots
            if (choices := scenario_choices([folder]))
        ]
    folders = [
        (open_file.resolve().parent, t("app.folder.beside")),
        (Path.cwd().resolve(), t("app.folder.cwd")),
        (scenarios_dir().resolve(), t("app.folder.bundled")),
    ]
    seen: set[Path] = set()
    groups: Groups = []
    for folder, where in folders:
        choices = [(n, p) for n, p in scenario_choices([folder]) if p not in seen]
        seen.update(p for _, p in choices)
        if choices:
            groups.append((f"{where}: {shown_folder(folder)}", choices))
    return groups


def shown_folder(folder: Path) -> str:
    """A folder as a user reads it: relative to the working folder when inside it, under `~`
    when inside the home folder, absolute otherwise."""
    folder = folder.resolve()
    for base, prefix in ((Path.cwd().resolve(), ""), (Path.home(), "~/")):
        if folder.is_relative_to(base) and folder != base:
            return prefix + str(folder.relative_to(base))
    return "." if folder == Path.cwd().resolve() else str(folder)
