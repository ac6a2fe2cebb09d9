"""A screen's widgets are styled as they are mounted, and laid out once for a size."""

from __future__ import annotations

from textual import events


class StyledOnce:
    """Mixed into each of navotop's screens, before Textual's `Screen`: Textual does two things
    twice when a screen is shown, and each is undone here, through public event fields only.

    Styling: the first time the screen is shown, Textual restyles every widget on it, which were
    all styled a moment before as they were mounted. That second pass was a fifth of the app's
    start (52-72 ms of CPU of 240-340 for the main screen's 22 widgets, bench/startup_cpu.py)
    and part of every dialog's opening. The event says whether to restyle
    (`ScreenResume.refresh_styles`): here not on the first showing; later (back from a dialog,
    or shown again) Textual decides as before. A class or pseudo-class changed in between
    restyles its widgets by itself.

    Layout: the layout that shows a screen sends the screen a `Resize` to the size it was just
    laid out at, and Textual's handler lays it out again at that size, and every screen under it
    too. For a dialog that is its whole layout a second time, with its text measured by
    rendering it (the bridge's opening and closing took 8-20% less CPU without it, the open
    picker's 13-15%: `key dialog` in bench/startup_cpu.py). A `Resize` to the size the screen
    was laid out at is handled by the screen's own `on_resize` (the main screen places its
    panes) and goes no further; a real change of the terminal's size reaches the screens before
    their layout, so that size still differs from the new one."""

    _shown_before = False

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        if not self._shown_before:
            self._shown_before = True
            event.refresh_styles = False

    async def on_resize(self, event: events.Resize) -> None:
        # `outer_size` is the size the screen was last laid out at (a screen's `size` is the
        # terminal's, already the new one when a real resize comes).
        if event.size == self.outer_size:  # type: ignore[attr-defined]  # a Screen's, as mixed in
            event.prevent_default()
