"""The app as `navotop serve` starts it (confined to the scenario's folder): opening, comparing
and exporting outside that folder is refused and the scenario shown stays (issue 10, item 16)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot

from core.errors import NavotopError
from tests.conftest import REPO
from tui.app import NavotopApp
from tui.cli import make_app


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture
def served(tmp_path: Path) -> tuple[NavotopApp, Path, Path]:
    """An app confined to tmp/served, and a folder beside it with scenarios it must not use."""
    inside, outside = tmp_path / "served", tmp_path / "other"
    shutil.copytree(REPO / "scenarios", inside)
    shutil.copytree(REPO / "scenarios", outside)
    app = make_app(inside / "baseline.toml", export_dir=inside / "exports", watch=False, roots=[inside])
    return app, inside, outside


async def test_opening_or_comparing_outside_is_refused_and_the_scenario_stays(
    served: tuple[NavotopApp, Path, Path],
) -> None:
    app, inside, outside = served
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_scenario(outside / "nato-method.toml")
        await settle(pilot)
        assert app.session.path == inside / "baseline.toml"
        app.compare_with(outside / "nato-method.toml")
        await settle(pilot)
        assert app.compare_result is None
        app.open_scenario(inside / "nato-method.toml")  # inside: fine
        await settle(pilot)
        assert app.session.path == inside / "nato-method.toml"


async def test_a_link_inside_to_a_file_outside_is_refused(served: tuple[NavotopApp, Path, Path]) -> None:
    app, inside, outside = served
    (inside / "link.toml").symlink_to(outside / "nato-method.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_scenario(inside / "link.toml")
        await settle(pilot)
        assert app.session.path == inside / "baseline.toml"


async def test_exporting_outside_is_refused_and_writes_nothing(served: tuple[NavotopApp, Path, Path]) -> None:
    app, inside, outside = served
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        with pytest.raises(NavotopError, match="outside"):
            app.export_svg(outside / "shot.svg")
        with pytest.raises(NavotopError, match="outside"):
            app.export_svg(inside / ".." / "other" / "shot.svg")
        assert not (outside / "shot.svg").exists()
        assert app.export_svg(inside / "exports" / "shot.svg").is_file()
