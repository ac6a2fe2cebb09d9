"""Where navotop's bundled files live, in a source checkout and in an installed wheel alike."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def scenarios_dir() -> Path:
    """The bundled scenarios: packed into the wheel as core/bundled_scenarios, else the repo's."""
    packaged = _HERE / "bundled_scenarios"
    return packaged if packaged.is_dir() else _HERE.parent / "scenarios"


def baseline_path() -> Path:
    """The scenario navotop opens when it is given none."""
    return scenarios_dir() / "baseline.toml"


def data_dir() -> Path:
    """The summit's agenda, commitments, sources and the allies' figures."""
    return _HERE / "data"
