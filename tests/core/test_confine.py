"""Under `navotop serve` a browser user cannot read or write outside the scenario folder the
server was started with: every read and write of a scenario file, `extends` included, is held
to the roots, with links followed and `..` collapsed (issue 10, item 16)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core import confine
from core.edit import Snapshot, set_value, write_atomic
from core.errors import NavotopError
from core.scenario import load_scenario
from tests.conftest import BASELINE


@pytest.fixture
def rooms(tmp_path: Path) -> tuple[Path, Path]:
    """A served folder with the bundled scenarios, and a folder beside it the server must not use."""
    served, other = tmp_path / "served", tmp_path / "other"
    shutil.copytree(BASELINE.parent, served)
    shutil.copytree(BASELINE.parent, other)
    return served, other


def test_unconfined_reads_anything(rooms: tuple[Path, Path]) -> None:
    _, other = rooms
    assert load_scenario(other / "baseline.toml").name


def test_a_file_inside_the_root_loads(rooms: tuple[Path, Path]) -> None:
    served, _ = rooms
    confine.set_roots([served])
    assert load_scenario(served / "gdp-shock-pegged.toml").name  # extends a sibling: inside


def test_a_file_outside_is_refused_with_its_path(rooms: tuple[Path, Path]) -> None:
    served, other = rooms
    confine.set_roots([served])
    with pytest.raises(NavotopError, match="is outside the folders this server may use") as refused:
        load_scenario(other / "baseline.toml")
    assert str(other / "baseline.toml") in str(refused.value)


def test_dot_dot_does_not_lead_out(rooms: tuple[Path, Path]) -> None:
    served, _ = rooms
    confine.set_roots([served])
    with pytest.raises(NavotopError, match="outside"):
        load_scenario(served / ".." / "other" / "baseline.toml")


def test_a_link_inside_the_root_to_a_file_outside_is_refused(rooms: tuple[Path, Path]) -> None:
    served, other = rooms
    (served / "link.toml").symlink_to(other / "baseline.toml")
    confine.set_roots([served])
    with pytest.raises(NavotopError, match="outside"):
        load_scenario(served / "link.toml")


def test_a_linked_folder_inside_the_root_does_not_lead_out(rooms: tuple[Path, Path]) -> None:
    served, other = rooms
    (served / "sub").symlink_to(other, target_is_directory=True)
    confine.set_roots([served])
    with pytest.raises(NavotopError, match="outside"):
        Snapshot.take(served / "sub" / "baseline.toml")


def test_extends_cannot_reach_outside(rooms: tuple[Path, Path]) -> None:
    served, other = rooms
    child = served / "child.toml"
    child.write_text(
        f'schema = 1\n[scenario]\nname = "child"\nextends = "{other / "baseline.toml"}"\n', encoding="utf-8"
    )
    confine.set_roots([served])
    with pytest.raises(NavotopError, match="outside"):
        load_scenario(child)


def test_writing_outside_is_refused_and_the_file_is_untouched(rooms: tuple[Path, Path]) -> None:
    served, other = rooms
    target = other / "baseline.toml"
    before = target.read_bytes()
    snapshot = Snapshot(target, before)  # as if read before the server was confined
    confine.set_roots([served])
    with pytest.raises(NavotopError, match="outside"):
        write_atomic(snapshot, before.decode() + "\n")
    with pytest.raises(NavotopError, match="outside"):
        set_value(target, "gdp_cpb", 2024, 1.0)
    assert target.read_bytes() == before


def test_writing_inside_still_works(rooms: tuple[Path, Path]) -> None:
    served, _ = rooms
    confine.set_roots([served])
    set_value(served / "baseline.toml", "gdp_cpb", 2024, 1_200_000.0)
    assert "2024 = 1200000" in (served / "baseline.toml").read_text(encoding="utf-8")


def test_inside_judges_by_the_real_path(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    assert confine.inside(root / "a" / "b.toml", [root])
    assert confine.inside(root, [root])
    assert not confine.inside(tmp_path / "rootless.toml", [root])  # a sibling whose name starts alike
    assert not confine.inside(root / ".." / "x.toml", [root])


def test_the_bundled_summit_data_is_still_read_but_never_written(rooms: tuple[Path, Path]) -> None:
    from core.document import load_summit
    from core.paths import data_dir

    served, _ = rooms
    confine.set_roots([served])
    assert load_summit().commitments  # the app reads it whatever folder it serves
    with pytest.raises(NavotopError, match="outside"):
        confine.check(data_dir() / "agenda.toml")
