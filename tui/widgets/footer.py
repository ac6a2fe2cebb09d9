"""The footer, with help and quit kept in view at every width, in the language shown."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.events import Click, MouseMove
from textual.widget import Widget

from core.i18n import relabel, t
from tui.keys import FOOTER_FIRST, FOOTER_MEETING, PINNED, shown_label

if TYPE_CHECKING:
    from textual.screen import Screen

RULE = "▏"
"""What stands left of the palette's key, as Textual's footer draws it (a `vkey` border)."""


class FooterKey(NamedTuple):
    """One key as the footer draws it."""

    key: str
    """The key's name, as `App.simulate_key` takes it (`question_mark`)."""
    shown_key: str
    """The key as drawn (`?`)."""
    action: str
    label: str
    enabled: bool
    tooltip: str = ""
    """The key's line in help, shown when the pointer rests on the key."""
    palette: bool = False
    """The command palette's key: drawn compact, after a rule."""

    @property
    def text(self) -> str:
        """The cells the key takes, padded as Textual's footer pads its keys."""
        if self.palette:
            return f"{RULE}{self.shown_key} {self.label} " if self.label else f"{RULE}{self.shown_key} "
        return f" {self.shown_key} {self.label} "

    @property
    def width(self) -> int:
        return cell_len(self.text)


class Placed(NamedTuple):
    """A key and the column it starts at, on the footer's line."""

    x: int
    key: FooterKey


class NavotopFooter(Widget, can_focus=False):
    """The keys of the screen below it, on one line: what a meeting needs most first, and help,
    quit and the palette's key kept at the right whatever the width.

    One widget drawing a line, not a widget per key: Textual's footer mounts every key anew
    whenever the bindings change (each focus move, each pane switch, each state that enables a
    key), and that mount, its styling and the layout it forces were two thirds of the CPU of a
    pane switch (bench/startup_cpu.py). Here a change of keys repaints one line. A key is still
    clickable, and a disabled key is drawn dim, as Textual does."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"footer-key--key", "footer-key--description", "footer--rule"}
    DEFAULT_CSS = """
    NavotopFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer--rule { color: $foreground 20%; }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._keys: tuple[FooterKey, ...] = ()

    def on_mount(self) -> None:
        self._keys = self._declared(self.screen)
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.app.screen_change_signal.subscribe(self, self._screen_changed)

    def _screen_changed(self, screen: Screen[object]) -> None:
        """A dialog opened over this footer's screen or closed: blank, or whole again (`render`)."""
        self.refresh()

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Repaint when what the keys show has changed. The screen signals on every focus
        move and change of state; most change nothing here."""
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return
        keys = self._declared(screen)
        if keys != self._keys:
            self._keys = keys
            self.refresh()

    def _declared(self, screen: Screen[object]) -> tuple[FooterKey, ...]:
        """The screen's shown bindings, one key per action (the first bound), with their
        labels in the language shown: bindings are made once per class, in the language of
        the first import, so each label is looked up now."""
        keys: list[FooterKey] = []
        actions: set[str] = set()
        app = screen.app
        palette_key = app.COMMAND_PALETTE_BINDING if app.ENABLE_COMMAND_PALETTE else None
        active = screen.active_bindings  # worked out anew at each read: walks the focus chain
        for key, (_, binding, enabled, tooltip) in active.items():
            if key == palette_key or not binding.show or binding.action in actions:
                continue
            actions.add(binding.action)
            label = shown_label(binding.action) or relabel(binding.description)
            shown = app.get_key_display(binding)
            keys.append(
                FooterKey(binding.key, shown, binding.action, label, enabled, tooltip or binding.tooltip)
            )
        if palette_key in active:
            _, binding, enabled, tooltip = active[palette_key]
            shown, label = app.get_key_display(binding), t("key.palette.footer")
            keys.append(FooterKey(binding.key, shown, binding.action, label, enabled, tooltip, palette=True))
        return tuple(keys)

    def placed(self) -> list[Placed]:
        """The keys drawn at the footer's width, each with its column.

        Textual squeezes keys that do not fit until their labels vanish ("g" alone): rather
        leave a key out (help and the palette list every one), giving room first to the keys
        a meeting needs most, and show the rest whole, in their declared order, while they
        fit. Help, quit and the palette's key sit at the right; the palette's key loses its
        word where that keeps a key a meeting needs (in Dutch at 80 columns, `c`)."""
        pinned = [k for k in self._keys if k.action in PINNED or k.palette]
        others = [k for k in self._keys if not (k.action in PINNED or k.palette)]
        width = self.size.width
        kept = _fitting(others, width - sum(k.width for k in pinned) - 1)
        if _meeting(kept) < _meeting(others):
            compact = [k._replace(label="") if k.palette else k for k in pinned]
            more = _fitting(others, width - sum(k.width for k in compact) - 1)
            if _meeting(more) > _meeting(kept):
                pinned, kept = compact, more
        placed: list[Placed] = []
        x = 0
        for key in others:
            if key in kept:
                placed.append(Placed(x, key))
                x += key.width
        x = max(x, width - sum(k.width for k in pinned))
        for key in pinned:
            placed.append(Placed(x, key))
            x += key.width
        return placed

    def render(self) -> Text:
        if self.screen is not self.app.screen:
            # Under a dialog, blank: its keys are not the dialog's, and a tester read them
            # (dimmed, as Textual drew them) as working there. Each dialog says its own keys.
            return Text("")
        key_style = self.get_component_rich_style("footer-key--key")
        label_style = self.get_component_rich_style("footer-key--description")
        rule_style = self.get_component_rich_style("footer--rule")
        line = Text(no_wrap=True, overflow="crop", end="")
        for x, key in self.placed():
            if x > line.cell_len:
                line.append(" " * (x - line.cell_len))
            dim = Style(dim=not key.enabled)
            if key.palette:
                line.append(RULE, rule_style + dim)
                line.append(key.shown_key, key_style + dim)
                line.append(f" {key.label} " if key.label else " ", label_style + dim)
            else:
                line.append(f" {key.shown_key} ", key_style + dim)
                line.append(f"{key.label} ", label_style + dim)
        return line

    def _under(self, x: int) -> FooterKey | None:
        return next((key for at, key in self.placed() if at <= x < at + key.width), None)

    def on_click(self, event: Click) -> None:
        """A click on a key is that key pressed; on a disabled one, the bell (as Textual's)."""
        key = self._under(event.x)
        if key is not None and key.enabled:
            self.app.simulate_key(key.key)
        elif key is not None:
            self.app.bell()

    def on_mouse_move(self, event: MouseMove) -> None:
        """The pointer on a key shows what it does, as Textual's footer keys do."""
        key = self._under(event.x)
        self.tooltip = key.tooltip if key is not None and key.tooltip else None


def _fitting(keys: list[FooterKey], room: int) -> set[FooterKey]:
    """The keys kept in `room` columns, taken in the order a meeting needs them."""
    kept: set[FooterKey] = set()
    for key in sorted(keys, key=lambda k: _rank(k.action)):
        if key.width <= room:
            kept.add(key)
            room -= key.width
    return kept


def _meeting(keys: Iterable[FooterKey]) -> int:
    """How many of the keys are among those a meeting needs in view (FOOTER_MEETING)."""
    return sum(_rank(key.action) < len(FOOTER_MEETING) for key in keys)


def _rank(action: str) -> int:
    """Where `action` comes in FOOTER_FIRST (`screen.undo` is `undo` there), else after all."""
    name = action.removeprefix("screen.").removeprefix("app.")
    return FOOTER_FIRST.index(name) if name in FOOTER_FIRST else len(FOOTER_FIRST)
