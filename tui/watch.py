"""Watching the scenario's folders for changes, as the OS reports them (watchfiles).

Editors save by writing a new file and renaming it over the old one, which replaces the file a
watch on the file itself would follow; so the folders are watched, and the app is told which
files in them changed. It decides, by content, whether that matters.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from pathlib import Path

from textual.message_pump import MessagePump

from tui.messages import FilesChanged, WatchStarted

DEBOUNCE_MS = 300
"""Changes arriving within this window are reported together; well inside the promised second."""


async def watch_folders(folders: Iterable[Path], report_to: MessagePump) -> None:
    """Post `WatchStarted`, then `FilesChanged` for each batch of changes, until cancelled.

    watchfiles is imported here, not at the top, so that the first frame does not pay for it.
    """
    from watchfiles import awatch

    changes = awatch(*sorted(set(folders)), debounce=DEBOUNCE_MS, step=50, recursive=False)
    # awatch registers its watches when first asked for changes, before it first waits: once
    # the task has run that far, every later change will be reported.
    pending = asyncio.ensure_future(anext(changes))
    await asyncio.sleep(0)
    report_to.post_message(WatchStarted())
    try:
        while True:
            batch = await pending
            report_to.post_message(FilesChanged(frozenset(Path(p).resolve() for _, p in batch)))
            pending = asyncio.ensure_future(anext(changes))
    finally:
        pending.cancel()
        await asyncio.wait({pending})  # awatch stops its thread when cancelled
        await changes.aclose()
