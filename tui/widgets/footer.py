"""The footer, with help and quit kept in view at every width, in the language shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import HorizontalGroup
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from core.i18n import relabel, t
from tui.keys import PINNED, shown_label

if TYPE_CHECKING:
    from textual.screen import Screen

Shown = tuple[tuple[str, str, str, bool], ...]
"""What the footer shows: each key with its action, label and whether it is enabled."""


def _shown(screen: Screen[object]) -> Shown:
    return tuple(
        (key, b.action, b.description, enabled)
        for key, (_, b, enabled, _) in screen.active_bindings.items()
        if b.show
    )


class NavotopFooter(Footer):
    """Textual's footer cuts off whatever does not fit on the right, and help and quit are
    what a new user needs most: they, and the palette's key, sit in one group docked right,
    and the other keys fill the rest of the line."""

    DEFAULT_CSS = """
    NavotopFooter #pinned { dock: right; width: auto; height: 1; background: $footer-background; }
    NavotopFooter #pinned FooterKey.-command-palette { dock: none; border-left: vkey $foreground 20%; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._composed_for: Shown | None = None
        self._pending = False

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Compose the keys again only when what they show has changed, once per frame. The
        screen signals on every focus move and change of state, and Textual's footer mounts
        every key anew each time: 41 times while the app starts, a millisecond or more each."""
        self._bindings_ready = True
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return
        if self._pending or _shown(screen) == self._composed_for:
            return
        self._pending = True
        self.call_after_refresh(self._compose_again)

    async def _compose_again(self) -> None:
        self._pending = False
        await self.recompose()

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._composed_for = _shown(self.screen)
        pinned: list[FooterKey] = []
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                # Bindings are made once per class, in the language of the first import; the
                # label shown is looked up now, so a Dutch app says Dutch words.
                if widget.has_class("-command-palette"):
                    widget.description = t("key.palette.footer")
                else:
                    widget.description = shown_label(widget.action) or relabel(widget.description)
            if isinstance(widget, FooterKey) and (
                widget.action in PINNED or widget.has_class("-command-palette")
            ):
                pinned.append(widget)
                continue
            yield widget
        if pinned:
            with HorizontalGroup(id="pinned"):
                yield from pinned
