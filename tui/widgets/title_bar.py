"""The title bar: Textual's header drawn by one widget, cell for cell as Textual draws it."""

from __future__ import annotations

from rich.segment import Segment
from textual.content import Content
from textual.events import Click, Leave, MouseMove, Resize
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from core.i18n import t

ICON = "⭘"
ICON_WIDTH = 8
"""The columns Textual's header gives its icon (one blank, the icon, blanks)."""
CLOCK_WIDTH = 10
"""The blank columns Textual's header keeps at the right for a clock (none shown here)."""


class TitleBar(Widget, can_focus=False):
    """The app's title and sub-title (the scenario, unsaved, compared with ...) centred on the
    top line, with the palette's icon at the left.

    One widget, where Textual's `Header` is four (header, icon, title, clock space): each
    widget costs every start its styling and mounting, every layout its arrangement, every
    repaint of the screen its lines, and every `Pilot.pause` of the test suite a message
    (bench/startup_cpu.py). A new title repaints the line without laying the screen out again
    (Textual's title, a `Static`, asked for a layout on every change of the sub-title, i.e. on
    the first edit and every save). As Textual's: the icon opens the palette when clicked (and
    says so under the pointer, lit while the pointer is on it), a click elsewhere makes the bar
    three lines tall or one again."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"title-bar--icon-hover"}
    DEFAULT_CSS = f"""
    TitleBar {{
        dock: top;
        width: 100%;
        height: 1;
        background: $panel;
        color: $foreground;
        padding: 0 {CLOCK_WIDTH} 0 {ICON_WIDTH};
        text-wrap: nowrap;
        text-overflow: ellipsis;
        content-align: center middle;
        &.-tall {{ height: 3; }}
        & > .title-bar--icon-hover {{ background: $foreground 10%; }}
    }}
    """

    def __init__(self) -> None:
        super().__init__()
        self._over_icon = False

    def on_mount(self) -> None:
        for owner in (self.app, self.screen):
            self.watch(owner, "title", self._retitle, init=False)
            self.watch(owner, "sub_title", self._retitle, init=False)

    def _retitle(self) -> None:
        if not self._fit_padding():
            self.refresh()  # the bar's size never depends on its title: no layout

    def on_resize(self, event: Resize) -> None:
        self._fit_padding()

    def _fit_padding(self) -> bool:
        """Give the title the clock's blank columns at the right when it needs them: at 80
        columns the Dutch title with its unsaved edits ended in "niet-bewaarde wij…" (a tester)
        while ten columns stood empty. Centred as Textual's header centres it whenever it fits.
        Whether the padding changed (and so the bar was repainted)."""
        width = self.outer_size.width
        needed = self.render().cell_length
        right = (
            CLOCK_WIDTH if needed <= width - ICON_WIDTH - CLOCK_WIDTH else max(0, width - ICON_WIDTH - needed)
        )
        if self.styles.padding.right == right:
            return False
        self.styles.padding = (0, right, 0, ICON_WIDTH)
        return True

    def render(self) -> Content:
        """The screen's title and sub-title, else the app's, formatted as Textual's header
        formats them (`App.format_title`: the sub-title dim after a dash)."""
        screen, app = self.screen, self.app
        title = screen.title if screen.title is not None else app.title
        sub_title = screen.sub_title if screen.sub_title is not None else app.sub_title
        return app.format_title(title, sub_title)

    def render_lines(self, crop: Region) -> list[Strip]:
        """The title as styled and aligned by Textual, with the icon drawn over the left
        padding of the middle line."""
        lines = super().render_lines(crop)
        width, y = self.outer_size.width, self.outer_size.height // 2
        if crop.y <= y < crop.bottom and width > ICON_WIDTH:
            whole = crop.x == 0 and crop.width == width
            full = lines[y - crop.y] if whole else super().render_lines(Region(0, y, width, 1))[0]
            style = self.rich_style
            if self._over_icon:
                style += self.get_component_rich_style("title-bar--icon-hover", partial=False)
            icon = Strip([Segment(f" {ICON}".ljust(ICON_WIDTH), style)], ICON_WIDTH)
            line = Strip.join([icon, full.crop(ICON_WIDTH, width)])
            lines[y - crop.y] = line if whole else line.crop(crop.x, crop.right)
        return lines

    async def on_click(self, event: Click) -> None:
        """The icon opens the command palette; elsewhere a click toggles the tall bar."""
        event.stop()
        if event.x < ICON_WIDTH:
            await self.run_action("app.command_palette")
        else:
            self.toggle_class("-tall")

    def on_mouse_move(self, event: MouseMove) -> None:
        self._hover(event.x < ICON_WIDTH)

    def on_leave(self, event: Leave) -> None:
        self._hover(False)

    def _hover(self, over: bool) -> None:
        """The icon lit, and what it does said, while the pointer is on it."""
        if over != self._over_icon:
            self._over_icon = over
            self.tooltip = t("key.palette.help") if over else None
            self.refresh()
