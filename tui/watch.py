"""Watching the scenario's folders for changes, as the OS reports them (watchfiles' notifier).

Editors save by writing a new file and renaming it over the old one, which replaces the file a
watch on the file itself would follow; so the folders are watched, and the app is told which
files in them changed. It decides, by content, whether that matters.

The watch runs in a thread of its own on watchfiles' Rust notifier, not as `awatch` in a
Textual worker: `awatch` waits in anyio's worker threads, and under Textual's test pilot those
were cancelled from under it, and a thread worker that Textual had already counted as ended
was never told to stop. A plain thread with a stop event has one owner and ends when told;
the notifier also says when its watches are in place, so the app can look once for a change
made just before.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from textual.message_pump import MessagePump

from tui.messages import FilesChanged, WatchFailed, WatchStarted

DEBOUNCE_MS = 300
"""Changes arriving within this window are reported together; well inside the promised second."""
STEP_MS = 50
"""How often the notifier looks at the stop event."""


class FolderWatch:
    """One running watch of a set of folders, reporting to a message pump until stopped."""

    def __init__(self, folders: Iterable[Path], report_to: MessagePump) -> None:
        self.folders = sorted({folder.resolve() for folder in folders})
        self.report_to = report_to
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="navotop-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Ask the watch to end (within STEP_MS) and wait for it."""
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=2)

    def _run(self) -> None:
        # Imported here, in the thread, so that the first frame does not pay for it.
        try:
            from watchfiles._rust_notify import RustNotify

            paths = [str(folder) for folder in self.folders]
            with RustNotify(paths, False, False, 300, False, False) as notify:
                self.report_to.post_message(WatchStarted())
                while not self._stop.is_set():
                    changes = notify.watch(DEBOUNCE_MS, STEP_MS, 0, self._stop)
                    if isinstance(changes, set) and changes:
                        paths_changed = frozenset(Path(p).resolve() for _, p in changes)
                        self.report_to.post_message(FilesChanged(paths_changed))
        except Exception as error:  # a folder gone, too many watches: say so, keep running
            self.report_to.post_message(WatchFailed(f"{type(error).__name__}: {error}"))
