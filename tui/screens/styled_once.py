"""A screen's widgets are styled as they are mounted, and once is enough."""

from __future__ import annotations

from textual import events


class StyledOnce:
    """Mixed into each of navotop's screens, before Textual's `Screen`: the first time the
    screen is shown, Textual restyles every widget on it, which were all styled a moment before
    as they were mounted. That second pass was a fifth of the app's start (52-72 ms of CPU of
    240-340 for the main screen's 22 widgets, bench/startup_cpu.py) and part of every dialog's
    opening. The event says whether to restyle (`ScreenResume.refresh_styles`, public): here
    not on the first showing; later (back from a dialog, or shown again) Textual decides as
    before. A class or pseudo-class changed in between restyles its widgets by itself."""

    _shown_before = False

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        if not self._shown_before:
            self._shown_before = True
            event.refresh_styles = False
