"""Keeping a served app inside its folders.

Under `navotop serve` the app runs for whoever opens the page, so what that browser user may
open, compare, save as or export must stay inside the scenario folder(s) the server was
started with. The check sits where files are read and written (the scenario reader, the
snapshot, the atomic writer, the app's export), not in each dialog, so a new way of naming a
file cannot forget it. Without roots (the normal `navotop`) nothing is confined.

A path is judged by where it really leads: symlinks resolved, `..` collapsed, so neither a
link planted inside a root nor `root/../elsewhere` leads out.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from core.errors import NavotopError
from core.i18n import t
from core.paths import data_dir

_roots: tuple[Path, ...] = ()


def set_roots(roots: Iterable[Path]) -> None:
    """Confine every read and write of this process to `roots` (an empty list lifts it)."""
    global _roots
    _roots = tuple(Path(root).expanduser().resolve() for root in roots)


def roots() -> tuple[Path, ...]:
    """The folders this process may use; empty when it is not confined."""
    return _roots


def inside(path: Path, allowed: Iterable[Path] | None = None) -> bool:
    """True when `path`, with every link followed, lies in one of the roots (or none are set)."""
    folders = _roots if allowed is None else tuple(Path(r).resolve() for r in allowed)
    if not folders:
        return True
    real = Path(path).expanduser().resolve()
    return any(real == root or real.is_relative_to(root) for root in folders)


def check(path: Path, allowed: Iterable[Path] | None = None) -> Path:
    """`path` itself when it may be written (or read as a scenario); NavotopError naming the
    path and the roots if not."""
    folders = _roots if allowed is None else tuple(allowed)
    if not inside(path, folders):
        shown = ", ".join(str(root) for root in folders)
        raise NavotopError.single(Path(path), t("confine.outside", path=path, roots=shown))
    return path


def check_read(path: Path) -> Path:
    """`path` itself when it may be read: inside the roots, or navotop's own bundled data (the
    summit's agenda and commitments, which every app reads and nobody writes)."""
    if _roots and inside(path, [data_dir()]):
        return path
    return check(path)
