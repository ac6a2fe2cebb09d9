"""The footer, with help and quit kept in view at every width, in the language shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import HorizontalGroup
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from core.i18n import relabel, t
from tui.keys import FOOTER_FIRST, PINNED, shown_label

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
        self._composed_width = 0
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
        self.call_later(self._compose_again)

    async def _compose_again(self) -> None:
        self._pending = False
        await self.recompose()

    def on_resize(self) -> None:
        """Another width fits other keys: compose them again for it."""
        if self._bindings_ready and self.size.width != self._composed_width and not self._pending:
            self._pending = True
            self.call_after_refresh(self._compose_again)

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._composed_for = _shown(self.screen)
        self._composed_width = self.size.width or self.app.size.width
        keys: list[FooterKey] = []
        pinned: list[FooterKey] = []
        for widget in self._labelled():
            if not isinstance(widget, FooterKey):  # a group of keys (none declared so far)
                yield widget
            elif widget.action in PINNED or widget.has_class("-command-palette"):
                pinned.append(widget)
            else:
                keys.append(widget)
        # Textual squeezes keys that do not fit until their labels vanish ("g" alone): rather
        # leave a key out (help and the palette list every one), giving room first to the keys
        # a meeting needs most, and show the rest whole while they fit.
        room = self._composed_width - sum(_width(k) for k in pinned) - 1
        kept: set[int] = set()
        for key in sorted(keys, key=lambda k: _rank(k.action)):
            if _width(key) <= room:
                kept.add(id(key))
                room -= _width(key)
        yield from (key for key in keys if id(key) in kept)
        if pinned:
            with HorizontalGroup(id="pinned"):
                yield from pinned

    def _labelled(self) -> ComposeResult:
        """Textual's keys, with their labels in the language shown."""
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                # Textual's keys start compact and are then bound to the footer's (not compact):
                # each key's styles were worked out twice more as it mounted, a third of the
                # footer's cost on every composition. Start them as the footer is (all but the
                # palette's key, which is not bound and stays compact).
                if not widget.has_class("-command-palette"):
                    widget.set_reactive(FooterKey.compact, self.compact)
                # Bindings are made once per class, in the language of the first import; the
                # label shown is looked up now, so a Dutch app says Dutch words.
                if widget.has_class("-command-palette"):
                    widget.description = t("key.palette.footer")
                else:
                    widget.description = shown_label(widget.action) or relabel(widget.description)
            yield widget


def _width(key: FooterKey) -> int:
    """The cells a key takes: its key and label, each padded by one (Textual's footer style)."""
    return cell_len(key.key_display) + cell_len(key.description) + 3


def _rank(action: str) -> int:
    """Where `action` comes in FOOTER_FIRST (`screen.undo` is `undo` there), else after all."""
    name = action.removeprefix("screen.").removeprefix("app.")
    return FOOTER_FIRST.index(name) if name in FOOTER_FIRST else len(FOOTER_FIRST)
