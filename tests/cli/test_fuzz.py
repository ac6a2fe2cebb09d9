"""Random mutations of every bundled scenario, as bytes and as TOML structure: `navotop check`
exits 0, 1 or 2, every line on stderr is `FILE:LINE:COL: message`, never a traceback, and each
file is answered within a time bound (hypothesis' deadline; a file that once took the parser
seconds is refused by the size cap at once)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomlkit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.paths import scenarios_dir
from tui.cli import main

BUNDLED = sorted(scenarios_dir().glob("*.toml"))
LOCATED = re.compile(r"^.+:\d+:\d+: \S")
FUZZ = settings(
    max_examples=40,
    deadline=dt.timedelta(seconds=10),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

ODD_VALUES = st.one_of(
    st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(max_size=20),
    st.sampled_from(["\x1b[2J", "a\u2028b", "２０２４", "", "gdp_cpb", "baseline.toml", "% of gdp_cpb"]),
    st.lists(st.integers(min_value=1900, max_value=2200), max_size=3),
    st.dictionaries(st.text(max_size=8), st.integers(), max_size=2),
    st.dates(),
)


@pytest.fixture(scope="module")
def folder() -> Any:
    """The bundled scenarios copied together, so that `extends` finds its parents."""
    with tempfile.TemporaryDirectory() as tmp:
        for path in BUNDLED:
            shutil.copy(path, tmp)
        yield Path(tmp)


def check(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    """`check` the file; when it loads, also `set` a value in it (the writer's path) and print
    its table as markdown."""
    code = _run(capsys, ["check", str(path)], (0, 1, 2))
    if code != 2:
        _run(capsys, ["set", str(path), "defence_excl_ukraine", "2026", "1,5"], (0, 2))
        _run(capsys, ["table", str(path), "--format", "markdown"], (0, 2))


def _run(capsys: pytest.CaptureFixture[str], args: list[str], codes: tuple[int, ...]) -> int:
    code = main(args)
    _, err = capsys.readouterr()
    assert code in codes, (args, err)
    assert "Traceback" not in err
    assert all(LOCATED.match(line) for line in err.splitlines()), err
    assert "\x1b" not in err
    return code


def test_there_are_bundled_scenarios_to_mutate() -> None:
    assert len(BUNDLED) >= 5 and any(p.name == "baseline.toml" for p in BUNDLED)


@FUZZ
@given(
    which=st.sampled_from(BUNDLED),
    edits=st.lists(
        st.tuples(
            st.floats(0, 1),
            st.sampled_from(["replace", "insert", "delete"]),
            st.binary(min_size=1, max_size=8),
        ),
        min_size=1,
        max_size=6,
    ),
)
def test_byte_mutations_never_give_a_traceback(
    capsys: pytest.CaptureFixture[str], folder: Path, which: Path, edits: list[tuple[float, str, bytes]]
) -> None:
    data = bytearray(which.read_bytes())
    for where, how, chunk in edits:
        at = int(where * len(data))
        if how == "replace":
            data[at : at + len(chunk)] = chunk
        elif how == "insert":
            data[at:at] = chunk
        else:
            del data[at : at + len(chunk)]
    path = folder / f"mutated-{which.name}"
    path.write_bytes(bytes(data))
    check(capsys, path)


def _paths(value: object, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every key path and array index in a parsed file."""
    out: list[tuple[str | int, ...]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            out += [(*prefix, key), *_paths(item, (*prefix, key))]
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += [(*prefix, index), *_paths(item, (*prefix, index))]
    return out


@FUZZ
@given(which=st.sampled_from(BUNDLED), data=st.data())
def test_structure_mutations_never_give_a_traceback(
    capsys: pytest.CaptureFixture[str], folder: Path, which: Path, data: st.DataObject
) -> None:
    tree: Any = tomllib.loads(which.read_text(encoding="utf-8"))
    for _ in range(data.draw(st.integers(1, 4))):
        paths = _paths(tree)
        where = data.draw(st.sampled_from(paths))
        parent = tree
        for step in where[:-1]:
            parent = parent[step]
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[where[-1]] = data.draw(ODD_VALUES)
        elif action == "delete":
            del parent[where[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(st.text(min_size=1, max_size=10))] = data.draw(ODD_VALUES)
    path = folder / f"restructured-{which.name}"
    try:
        text = tomlkit.dumps(tree)
    except Exception:  # a value tomlkit cannot write (e.g. NaN keys): write what it can
        text = ""
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    check(capsys, path)
