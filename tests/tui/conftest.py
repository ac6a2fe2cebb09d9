"""Build the app the way the CLI does, on a copy of a bundled scenario, with nothing random."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.message import Message
from textual.notifications import Notify
from textual.pilot import Pilot
from textual.widgets import Static
from textual.worker import WorkerCancelled

from tests.conftest import REPO
from tui.app import NavotopApp
from tui.cli import make_app

MakeApp = Callable[..., NavotopApp]


def shown(app: App[Any], selector: str) -> str:
    """The text a `Static` of the screen shown says, as a user reads it."""
    return str(app.screen.query_one(selector, Static).render())


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


async def settle(pilot: Pilot[None]) -> None:
    """Let key handlers, workers and repaints finish.

    A pause returns once every widget has handled what was queued and the process has gone
    idle, so the chains of messages a key starts have run by then; what can still be going on
    is a worker, and what it posts when it ends. So: pause, and while workers run, wait for
    them and pause again; then one more pause for what the last one posted. Each pause costs
    every widget a message (~7 ms of CPU): a fixed four per settle was a tenth of the suite."""
    app = pilot.app
    await pilot.pause()
    for _ in range(3):
        running = [w for w in app.workers if not w.is_finished]
        if not running:
            break
        with contextlib.suppress(WorkerCancelled):  # replaced by a newer one (exclusive)
            await app.workers.wait_for_complete(running)
        await pilot.pause()
    await pilot.pause()


async def until_loaded(pilot: Pilot[Any], seconds: float = 30) -> None:
    """Wait until the app has read and shown its scenario, then for the repaints that brings.

    Bounded by time, not by a count of pauses: on a loaded machine the load worker (which
    imports polars) can take longer than any fixed number of event-loop turns, and a snapshot
    taken before it ends shows an empty table."""
    app = pilot.app
    deadline = asyncio.get_running_loop().time() + seconds
    while not getattr(app, "ready", False):
        assert asyncio.get_running_loop().time() < deadline, f"not loaded within {seconds} s"
        await asyncio.sleep(0.02)  # the app runs meanwhile; a pilot pause would cost each widget a message
        with contextlib.suppress(WorkerCancelled):
            await app.workers.wait_for_complete()
    await pilot.pause()
    with contextlib.suppress(WorkerCancelled):
        await app.workers.wait_for_complete()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause(0.1)


class Heard:
    """Every message the app handles, as a `message_hook` for `run_test`: tests read the
    notifications shown, and await a message (a file change seen, a reload done) instead of
    sleeping."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self._arrived = asyncio.Event()

    def __call__(self, message: Message) -> None:
        self.messages.append(message)
        self._arrived.set()

    def notifications(self) -> list[str]:
        return [str(m.notification.message) for m in self.messages if isinstance(m, Notify)]

    def mark(self) -> int:
        """A point in the history to wait from (take it before causing what to wait for)."""
        return len(self.messages)

    async def until(self, pilot: Pilot[None], kind: type[Message], since: int = 0) -> Message:
        """The first message of `kind` heard since `since`; returns once the app handled it.
        A test that waits for something that never comes fails on pytest's own timeout."""
        while True:
            found = next((m for m in self.messages[since:] if isinstance(m, kind)), None)
            if found is not None:
                await settle(pilot)
                return found
            since = len(self.messages)
            self._arrived.clear()
            await asyncio.wait_for(self._arrived.wait(), timeout=10)
