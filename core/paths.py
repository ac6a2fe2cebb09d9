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


def apart(one: Path, two: Path) -> tuple[str, str]:
    """Two files named by as much of their paths' ends as tells them apart: `hague-2035.toml`
    and `baseline.toml`; a copy and its original, `fe-scen/baseline.toml` and
    `scenarios/baseline.toml`. Short enough for a title line, never the same twice."""
    a, b = one.resolve().parts, two.resolve().parts
    for n in range(1, max(len(a), len(b)) + 1):
        if a[-n:] != b[-n:]:
            return "/".join(a[-n:]), "/".join(b[-n:])
    return str(one), str(two)
