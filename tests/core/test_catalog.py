"""The open/compare picker offers scenario files only, by name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core import formats
from core.catalog import scenario_choices
from core.model import Scenario
from core.scenario import load_scenario
from tests.conftest import REPO


def test_only_files_that_load_are_offered_by_their_name(tmp_path: Path) -> None:
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copy(REPO / "scenarios" / "baseline.toml", tmp_path / "baseline.toml")
    (tmp_path / "draft.toml").write_text("[scenario\n", encoding="utf-8")
    choices = scenario_choices([tmp_path, tmp_path])
    assert [(name, path.name) for name, path in choices] == [
        ("Baseline: Table 1 of the letter", "baseline.toml")
    ]


def test_a_listing_follows_every_change_to_a_file_or_its_parent(tmp_path: Path) -> None:
    """The listing keeps what it loaded (the palette and the pickers list on every open) but
    never offers a stale name, nor a file whose parent broke meanwhile."""
    base = tmp_path / "baseline.toml"
    shutil.copy(REPO / "scenarios" / "baseline.toml", base)
    child = tmp_path / "what-if.toml"
    child.write_text('schema = 1\n[scenario]\nname = "Alpha"\nextends = "baseline.toml"\n', encoding="utf-8")

    def offered() -> list[str]:
        return [name for name, _ in scenario_choices([tmp_path])]

    assert offered() == ["Baseline: Table 1 of the letter", "Alpha"]
    child.write_text(child.read_text(encoding="utf-8").replace("Alpha", "Bravo"), encoding="utf-8")
    assert offered() == ["Baseline: Table 1 of the letter", "Bravo"]  # the same size, at once
    intact = base.read_bytes()
    base.write_bytes(intact.replace(b"schema = 1", b"schema = 9"))
    assert offered() == []  # the parent no longer loads: neither does the child
    base.write_bytes(intact)
    assert offered() == ["Baseline: Table 1 of the letter", "Bravo"]


def test_a_listing_names_each_file_in_the_language_shown(tmp_path: Path) -> None:
    shutil.copy(REPO / "scenarios" / "baseline.toml", tmp_path / "baseline.toml")
    assert [name for name, _ in scenario_choices([tmp_path])] == ["Baseline: Table 1 of the letter"]
    formats.set_language("nl")
    assert [name for name, _ in scenario_choices([tmp_path])] == ["Basislijn: Tabel 1 van de brief"]


def test_an_unchanged_file_is_not_loaded_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from core import catalog

    loaded: list[Path] = []

    def counted(path: Path, data: bytes | None = None) -> Scenario:
        loaded.append(path)
        return load_scenario(path, data)

    monkeypatch.setattr(catalog, "load_scenario", counted)
    for name in ("baseline.toml", "nato-method.toml"):
        shutil.copy(REPO / "scenarios" / name, tmp_path / name)
    first = scenario_choices([tmp_path])
    assert scenario_choices([tmp_path]) == first and len(loaded) == 2
    (tmp_path / "baseline.toml").write_bytes((REPO / "scenarios" / "baseline.toml").read_bytes() + b"\n")
    scenario_choices([tmp_path])
    assert sorted(p.name for p in loaded[2:]) == ["baseline.toml", "nato-method.toml"]  # and its child
