"""The footer, with help and quit kept in view at every width, in the language shown."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import HorizontalGroup
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from core.i18n import relabel, t
from tui.keys import PINNED, shown_label


class NavotopFooter(Footer):
    """Textual's footer cuts off whatever does not fit on the right, and help and quit are
    what a new user needs most: they, and the palette's key, sit in one group docked right,
    and the other keys fill the rest of the line."""

    DEFAULT_CSS = """
    NavotopFooter #pinned { dock: right; width: auto; height: 1; background: $footer-background; }
    NavotopFooter #pinned FooterKey.-command-palette { dock: none; border-left: vkey $foreground 20%; }
    """

    def compose(self) -> ComposeResult:
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
