"""Where navotop's bundled files live, in a source checkout and in an installed wheel alike."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def scenarios_dir() -> Path:
    """The bundled scenarios: packed into the wheel as core/bundled_scenarios, else the repo's."""
    packaged = _HERE / "bundled_scenarios"
    return packaged if packaged.is_dir() else _HERE.parent / "scenarios"


def installed(path: Path) -> bool:
    """True for a scenario packed into an installed wheel: part of the installation, never
    written in place, whatever its permissions say."""
    packaged = _HERE / "bundled_scenarios"
    return packaged.is_dir() and path.resolve().is_relative_to(packaged)


def baseline_path() -> Path:
    """The scenario navotop opens when it is given none."""
    return scenarios_dir() / "baseline.toml"


def data_dir() -> Path:
    """The summit's agenda, commitments, sources and the allies' figures."""
    return _HERE / "data"
