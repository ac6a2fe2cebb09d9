"""Build the app the way the CLI does, on a copy of a bundled scenario, with nothing random."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO
from tui.app import NavotopApp
from tui.cli import make_app

MakeApp = Callable[..., NavotopApp]


@pytest.fixture
def scenario_copy(tmp_path: Path) -> Path:
    """The bundled scenarios copied to a temporary folder; returns the baseline's path there."""
    folder = tmp_path / "scenarios"
    shutil.copytree(REPO / "scenarios", folder)
    return folder / "baseline.toml"


@pytest.fixture
def new_app(scenario_copy: Path, tmp_path: Path) -> MakeApp:
    """An app on the copied baseline (or another file), screenshots into tmp_path/exports."""

    def build(path: Path | None = None, *, watch: bool = False) -> NavotopApp:
        return make_app(path or scenario_copy, export_dir=tmp_path / "exports", watch=watch)

    return build
