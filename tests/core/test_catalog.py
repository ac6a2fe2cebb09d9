"""The open/compare picker offers scenario files only, by name."""

from __future__ import annotations

import shutil
from pathlib import Path

from core.catalog import scenario_choices
from tests.conftest import REPO


def test_only_files_that_load_are_offered_by_their_name(tmp_path: Path) -> None:
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copy(REPO / "scenarios" / "baseline.toml", tmp_path / "baseline.toml")
    (tmp_path / "draft.toml").write_text("[scenario\n", encoding="utf-8")
    choices = scenario_choices([tmp_path, tmp_path])
    assert [(name, path.name) for name, path in choices] == [
        ("Baseline: Table 1 of the letter", "baseline.toml")
    ]
