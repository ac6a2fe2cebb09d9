"""Modal screens: a keyed choice, a scenario picker, the bridge and the help."""

from __future__ import annotations

import textwrap
from abc import abstractmethod
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.css.styles import RulesMap
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from core.i18n import t
from tui.screens.styled_once import StyledOnce
from tui.widgets.rich_block import RichBlock

if TYPE_CHECKING:
    from core.bridge import Bridge


class Choices(OptionList):
    """An option list whose arrows stop at the ends instead of wrapping around: down from the
    last answer (cancel, the safe default) must not land on the first (save, then quit), nor
    up from the first on the last."""

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        at = self.highlighted
        if at is None:
            super().action_cursor_down() if direction > 0 else super().action_cursor_up()
            return
        index = at + direction
        while 0 <= index < self.option_count:
            if not self.get_option_at_index(index).disabled:
                self.highlighted = index
                return
            index += direction


class Choice(StyledOnce, ModalScreen[str]):
    """A question with a few keyed answers, e.g. [s] save and quit, [d] discard, [c] cancel.

    The list has the keyboard from the first frame, the default answer highlighted: a letter
    picks its answer, enter the highlighted one, esc the default. Each answer shows its letter
    in brackets (plain text, never markup), so it reads the same without colour."""

    AUTO_FOCUS = "Choices"
    DEFAULT_CSS = """
    Choice { align: center middle; }
    Choice > Vertical {
        width: 70;
        max-width: 95%;
        height: auto;
        border: thick $warning;
        background: $surface;
        padding: 1 2;
    }
    Choice OptionList { height: auto; margin-top: 1; }
    Choice #choice-hint { color: $text-muted; margin-top: 1; }
    """
    BINDINGS = [Binding("escape", "dismiss_default", t("binding.cancel"))]

    def __init__(self, question: str, answers: list[tuple[str, str]], default: str) -> None:
        super().__init__()
        self.question = question
        self.answers = answers
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.question))
            options = Choices(*[Option(_keyed(key, label), id=key) for key, label in self.answers])
            options.highlighted = [key for key, _ in self.answers].index(self.default)
            yield options
            yield Static(self._hint(self.default), id="choice-hint")

    def _hint(self, current: str) -> Text:
        """The keys in words: enter's answer named as well as esc's, so that without colour (where
        the highlight is hard to see) a hurried enter is no surprise (a tester took the growth
        question's enter for 'apply'). Answers in words ("esc: cancel"), not letters ("esc: c")."""
        words = {key: label.split(":")[0] for key, label in self.answers}
        keys = [key for key, _ in self.answers]  # "s, d or c", as a sentence lists them
        letters = f"{', '.join(keys[:-1])} {t('dialog.or')} {keys[-1]}" if len(keys) > 1 else keys[0]
        return Text(
            t("dialog.choice_hint", letters=letters, current=words[current], default=words[self.default])
        )

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id in dict(self.answers):
            self.query_one("#choice-hint", Static).update(self._hint(event.option.id))

    def on_key(self, event: events.Key) -> None:
        if event.key in {k for k, _ in self.answers}:
            event.stop()
            event.prevent_default()  # the key answers this question and nothing else
            self.dismiss(event.key)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id or self.default)

    def action_dismiss_default(self) -> None:
        self.dismiss(self.default)


def _keyed(key: str, label: str) -> Text:
    """`[s] save, then quit` as plain text: brackets are not read as markup."""
    return Text.assemble((f"[{key}]", "bold"), " ", label)


class _LaidOut(Visual):
    """Text laid out for the width it is drawn at (a picker's entries and headings): Textual's
    Content for that width, drawn as Textual draws text."""

    @abstractmethod
    def _content(self, width: int) -> Content: ...

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self._content(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self._content(container_width).get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self._content(width).get_height(rules, width)


class Entry(_LaidOut):
    """A scenario as a picker lists it: its name, then its file on the same line where every
    entry of the list fits so, else each file on the next line under its name (a path wrapped
    to the list's left edge read as an entry of its own, in Dutch at 80 columns; a list of one
    and two lines mixed read as ragged). Laid out for the width the list gives it, so a resize
    lays it out anew; drawn as Textual draws text (Content), which a Rich renderable here made
    a third dearer to open the picker."""

    def __init__(self, name: str, path: str, note: str = "") -> None:
        self.name, self.path, self.note = name, path, note
        self.widest = cell_len(self.plain)
        """The widest entry of its list on one line: the list's entries are laid out alike."""
        self._laid: dict[int, Content] = {}

    @property
    def plain(self) -> str:
        """The entry on one line, as text (name, file, the open file's note)."""
        note = f"  {self.note}" if self.note else ""
        return f"  {self.name}  {self.path}{note}"

    def __str__(self) -> str:
        return self.plain

    def _content(self, width: int) -> Content:
        if width not in self._laid:
            note = ("  " + self.note, "dim") if self.note else ""
            if self.widest <= width:
                laid = Content.assemble("  ", (self.name, "bold"), "  ", (self.path, "italic"), note)
            else:  # each part under its own start, a long name or file folded there too
                names = textwrap.wrap(self.name, max(1, width - 2)) or [""]
                files = textwrap.wrap(self.path, max(1, width - 4)) or [""]
                laid = Content.assemble(
                    *[part for line in names for part in ("  ", (line, "bold"), "\n")],
                    *[part for line in files[:-1] for part in ("    ", (line, "italic"), "\n")],
                    "    ",
                    (files[-1], "italic"),
                    note,
                )
            self._laid[width] = laid
        return self._laid[width]


class Heading(_LaidOut):
    """A folder's heading in a picker (`beside the open file: scenarios`) on one line: a folder
    too long for it keeps its end, the part that tells folders apart (`…/drafts/scenarios`)."""

    def __init__(self, text: str) -> None:
        self.plain = text

    def __str__(self) -> str:
        return self.plain

    def _content(self, width: int) -> Content:
        where, colon, folder = self.plain.partition(": ")
        room = width - cell_len(where + colon) - 1  # and the ellipsis
        text = self.plain
        if cell_len(text) > width and colon and room > 0:
            while cell_len(folder) > room:
                folder = folder[1:]
            text = f"{where}{colon}…{folder}"
        return Content.assemble((text, "bold underline"))


class TypeAheadChoices(Choices):
    """A list whose printable keys and pastes go into the dialog's `#path` field, in order.

    The list writes the text into the field itself rather than leaving it to the field: the
    keys of a burst (a fast typist over SSH, a paste without bracketed paste) are all queued
    for the list before the focus can move, and each must still land, in the order typed. So
    does an enter queued behind them: with a path typed it opens the path, not the highlighted
    entry."""

    async def on_key(self, event: events.Key) -> None:
        if isinstance(self.screen, PickScenario):
            await self.screen.type_ahead(event)

    def on_paste(self, event: events.Paste) -> None:
        event.stop()
        event.prevent_default()
        lines = event.text.splitlines()
        if lines and isinstance(self.screen, PickScenario):  # one line: the first, as a field does
            self.screen.type_text(lines[0])


class PickScenario(StyledOnce, ModalScreen[Path | None]):
    """Choose a scenario file, listed by name with its path beside it, folder by folder (the
    open file's, the working folder, the bundled ones), or type a path: typing goes into the
    path field from the first key, and enter there opens what was typed. The list has the
    keyboard from the first frame.

    It opens at once, before the files are listed (`fill` adds them when a worker has read
    them): `o`, a path and enter often arrive in one read (tmux, SSH), and every key after `o`
    must land here, not run as a command on the main screen."""

    AUTO_FOCUS = "TypeAheadChoices"
    DEFAULT_CSS = """
    PickScenario { align: center middle; }
    PickScenario > Vertical {
        width: 100;
        max-width: 95%;
        height: auto;
        max-height: 90%;
        border: thick $primary;
        background: $surface;
        padding: 1 2;
    }
    PickScenario OptionList { height: auto; max-height: 16; }
    """
    _CHROME = 8
    """Rows of the dialog besides the list: frame 2, padding 2, title 1, path field 3."""
    BINDINGS = [Binding("escape", "cancel", t("binding.cancel"))]

    def __init__(
        self,
        title: str,
        groups: list[tuple[str, list[tuple[str, Path]]]] | None,
        extra: list[tuple[str, str]] | None = None,
        purpose: str = "",
        current: Path | None = None,
    ) -> None:
        """`groups` None: the files are still being listed (see `fill`); `purpose` says which
        listing fills it ("open" or "compare"). `current`, the open file when comparing, is
        marked and not highlighted first: compared with itself as saved, it shows only the
        unsaved edits, which a tester got by pressing enter at once and took for a broken
        compare."""
        super().__init__()
        self.purpose = purpose
        self.current = current.resolve() if current is not None else None
        self.title_text = title
        self.groups = groups
        self.choices: list[tuple[str, Path]] = []
        self.extra = extra or []
        self._pending: list[str] = []
        """Moves and enter typed before the files were listed, made once they are (`fill`)."""

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_subtitle = t("dialog.pick_keys")  # the footer is blank under a dialog
            yield Static(Text(self.title_text, style="bold"))
            picker = TypeAheadChoices(*self._options())
            picker.highlighted = self._first_offered(picker.options)
            yield picker
            yield Input(placeholder=t("dialog.type_path"), id="path", select_on_focus=False)

    def on_mount(self) -> None:
        self._fit_list()

    async def on_resize(self, event: events.Resize) -> None:
        self._fit_list()

    def _fit_list(self) -> None:
        """The list no taller than leaves the path field in the dialog (90% of the terminal's
        height): at 80x24 a list of 16 lines pushed the field out of sight, and a tester typed a
        path blind."""
        room = int(self.app.size.height * 0.9) - self._CHROME
        self.query_one(TypeAheadChoices).styles.max_height = max(3, min(16, room))

    def _options(self) -> list[Option]:
        options = [Option(Text(label), id=key) for key, label in self.extra]
        if self.groups is None:
            return [*options, Option(Text(t("dialog.listing"), style="italic"), disabled=True)]
        self.choices = [choice for _, choices in self.groups for choice in choices]
        index = 0
        entries: list[Entry] = []
        for where, choices in self.groups:
            options.append(Option(Heading(where), disabled=True))
            for name, path in choices:
                note = t("dialog.open_file") if self._is_current(path) else ""
                # The file's name: its folder heads the group (a tester read the whole path,
                # absolute outside the working folder, repeated on every entry).
                entries.append(Entry(name, path.name, note))
                options.append(Option(entries[-1], id=str(index)))
                index += 1
        widest = max((entry.widest for entry in entries), default=0)
        for entry in entries:
            entry.widest = widest
        return options

    def _is_current(self, path: Path | None) -> bool:
        return path is not None and self.current is not None and path.resolve() == self.current

    def _path_of(self, option: Option) -> Path | None:
        key = option.id or ""
        return self.choices[int(key)][1] if key.isdigit() else None

    def _first_offered(self, options: Sequence[Option]) -> int | None:
        """The entry highlighted on opening: the first that can be chosen, passing over the
        open file when comparing (unless it is the only one)."""
        choosable = [i for i, o in enumerate(options) if not o.disabled]
        others = [i for i in choosable if not self._is_current(self._path_of(options[i]))]
        return next(iter(others or choosable), None)

    def fill(self, groups: list[tuple[str, list[tuple[str, Path]]]]) -> None:
        """The scenario files, listed: shown in place of "listing", the highlight kept on the
        first choosable entry unless the user has moved it."""
        picker = self.query_one(TypeAheadChoices)
        moved = picker.highlighted is not None and picker.highlighted > 0
        self.groups = groups
        picker.set_options(self._options())
        if not moved or picker.highlighted is None:
            picker.highlighted = self._first_offered(picker.options)
            picker.scroll_home(animate=False, immediate=True)  # the first folder's heading in view
        pending, self._pending = self._pending, []
        for key in pending:  # `o down enter` typed faster than the files were listed
            if key == "enter":
                picker.action_select()
                return
            picker.action_cursor_down() if key == "down" else picker.action_cursor_up()

    async def on_key(self, event: events.Key) -> None:
        """Keys that reach the screen itself came before the list had the keyboard (a burst
        with the `o` that opened it): they are typed, as on the list."""
        if not isinstance(self.focused, Input):
            await self.type_ahead(event)

    async def type_ahead(self, event: events.Key) -> None:
        """A key meant for the path field: a printable one is typed into it; enter, once a path
        is typed, opens it. Before the files are listed, up, down and enter wait for them."""
        field = self.query_one("#path", Input)
        if self.groups is None and not field.value and event.key in ("up", "down", "enter"):
            event.stop()
            event.prevent_default()
            self._pending.append(event.key)
        elif event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            self.type_text(event.character)
        elif event.key == "enter" and field.value.strip():
            event.stop()
            event.prevent_default()
            await field.action_submit()

    def type_text(self, text: str) -> None:
        field = self.query_one("#path", Input)
        field.insert_text_at_cursor(text)
        field.focus(scroll_visible=False)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        path = self._path_of(event.option)  # a listed file, else an extra entry's id ("-")
        self.dismiss(path if path is not None else Path(event.option.id or ""))

    @on(Input.Submitted, "#path")
    def _typed(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss(Path(event.value.strip()).expanduser())

    def action_cancel(self) -> None:
        self.dismiss(None)


class BridgeScreen(StyledOnce, ModalScreen[None]):
    """From the Dutch share to NATO's for one year, step by step, each with its sources; the
    scroll area has the keyboard from the first frame (arrows, pageup/pagedown scroll)."""

    AUTO_FOCUS = "VerticalScroll"
    DEFAULT_CSS = """
    BridgeScreen { align: center middle; }
    BridgeScreen > VerticalScroll {
        width: 110;
        max-width: 98%;
        height: auto;
        max-height: 95%;
        border: thick $accent;
        background: $surface;
        padding: 0 1;
        scrollbar-gutter: stable;  /* the text is wrapped once, not again when the bar shows */
    }
    """
    BINDINGS = [Binding("escape,b,q", "dismiss", t("binding.close"))]

    def __init__(self, bridge: Bridge) -> None:
        super().__init__()
        self.bridge = bridge

    def compose(self) -> ComposeResult:
        from core import formats
        from core.i18n import basis_words
        from core.measures import METHOD_SPECS

        b = self.bridge
        places = b.shown_decimals()  # where the shown figures add up (core.bridge)

        def pp(points: float | None) -> str:
            return formats.unknown() if points is None else formats.number(points, places)

        table = Table(title=t("bridge.title", year=b.year), expand=True)
        table.add_column(t("bridge.col.step"))
        table.add_column(t("bridge.col.points"), justify="right")
        table.add_column(t("bridge.col.how"), overflow="fold")
        dutch, nato = METHOD_SPECS["nl_incl"], METHOD_SPECS["nato"]
        in_dutch = formats.language() == "nl"
        table.add_row(
            dutch.label_nl if in_dutch else dutch.label,
            pp(b.start),
            "100 * defence_total / gdp_cpb",
        )
        # With NATO's figure unknown, steps over unknown values would say nothing: closing() says why.
        if b.known:
            for step in b.steps:
                rests = basis_words(list(step.basis)) or t("bridge.sourced")
                how = Text.assemble(
                    step.why,
                    "\n",
                    step.formula,
                    "\n",
                    (t("bridge.rests_on", basis=rests), "italic"),
                    "\n",
                    "\n".join(step.sources),
                )
                table.add_row(step.label, pp(step.points), how)
        table.add_row(
            Text(nato.label_nl if in_dutch else nato.label, style="bold"),
            pp(b.end),
            "",
        )
        with VerticalScroll() as scroll:
            scroll.border_subtitle = t("dialog.scroll_keys", key="b")  # the footer is blank under a dialog
            yield RichBlock(table)
            yield Static(b.closing() + " " + t("dialog.press_esc"))


class HelpScreen(StyledOnce, ModalScreen[None]):
    """Keys, marks and every formula, from the same registries the app uses (the keys from
    tui/keys.py); scrolls with the keyboard from the first frame."""

    AUTO_FOCUS = "VerticalScroll"
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 110;
        max-width: 98%;
        height: 90%;
        border: thick $primary;
        background: $surface;
        padding: 0 1;
        scrollbar-gutter: stable;  /* the text is wrapped once, not again when the bar shows */
    }
    """
    BINDINGS = [Binding("escape,question_mark,q", "dismiss", t("binding.close"))]

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        from core.export import legend
        from core.formats import unknown
        from core.measures import describe_all
        from tui.widgets.calc_table import flags_legend, milestone_legend

        keys = Table(title=t("help.keys"), expand=True)
        keys.add_column(t("help.col.key"))
        keys.add_column(t("help.col.does"))
        for key, what in self.keys:
            keys.add_row(Text(key), Text(what))
        formulas = Table(title=t("help.formulas"), expand=True)
        for name in ("id", "label", "unit", "formula"):
            formulas.add_column(t(f"help.col.{name}"), overflow="fold")
        for row in describe_all():
            formulas.add_row(*row)
        with VerticalScroll() as scroll:
            scroll.border_subtitle = t("dialog.scroll_keys", key="?")  # the footer is blank under a dialog
            yield RichBlock(keys)
            yield Static(
                t("help.marks", legend=legend(), flags=flags_legend(), unknown=unknown())
                + " "
                + milestone_legend()
                + "."
            )
            yield RichBlock(formulas)
