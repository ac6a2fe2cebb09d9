"""Modal screens: a keyed choice, a scenario picker, the bridge and the help."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from core.i18n import t

if TYPE_CHECKING:
    from core.bridge import Bridge


class Choice(ModalScreen[str]):
    """A question with a few keyed answers, e.g. [s] save and quit, [d] discard, [c] cancel.

    The list has the keyboard from the first frame, the default answer highlighted: a letter
    picks its answer, enter the highlighted one, esc the default. Each answer shows its letter
    in brackets (plain text, never markup), so it reads the same without colour."""

    AUTO_FOCUS = "OptionList"
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
    BINDINGS = [Binding("escape", "dismiss_default", "Cancel")]

    def __init__(self, question: str, answers: list[tuple[str, str]], default: str) -> None:
        super().__init__()
        self.question = question
        self.answers = answers
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.question))
            options = OptionList(*[Option(_keyed(key, label), id=key) for key, label in self.answers])
            options.highlighted = [key for key, _ in self.answers].index(self.default)
            yield options
            letters = " ".join(key for key, _ in self.answers)
            yield Static(
                Text(t("dialog.choice_hint", letters=letters, default=self.default)),
                id="choice-hint",
            )

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


class PickScenario(ModalScreen[Path | None]):
    """Choose a scenario file, listed by name with its path beside it, or type a path. The list
    has the keyboard from the first frame."""

    AUTO_FOCUS = "OptionList"
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
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self, title: str, choices: list[tuple[str, Path]], extra: list[tuple[str, str]] | None = None
    ) -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.extra = extra or []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text, style="bold"))
            options = [Option(Text(label), id=key) for key, label in self.extra]
            options += [
                Option(Text.assemble((name, "bold"), "  ", (_shown(path), "italic")), id=str(index))
                for index, (name, path) in enumerate(self.choices)
            ]
            yield OptionList(*options)
            yield Input(placeholder=t("dialog.type_path"), id="path")

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        key = event.option.id or ""
        self.dismiss(Path(key) if not key.isdigit() else self.choices[int(key)][1])

    @on(Input.Submitted, "#path")
    def _typed(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss(Path(event.value.strip()).expanduser())

    def action_cancel(self) -> None:
        self.dismiss(None)


def _shown(path: Path) -> str:
    """A path relative to the working folder when inside it, else with ~ for the home folder."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        pass
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


class BridgeScreen(ModalScreen[None]):
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
    }
    """
    BINDINGS = [Binding("escape,b,q", "dismiss", "Close")]

    def __init__(self, bridge: Bridge) -> None:
        super().__init__()
        self.bridge = bridge

    def compose(self) -> ComposeResult:
        from core import formats
        from core.i18n import basis_words
        from core.measures import METHOD_SPECS

        b = self.bridge
        table = Table(title=t("bridge.title", year=b.year), expand=True)
        table.add_column(t("bridge.col.step"))
        table.add_column(t("bridge.col.points"), justify="right")
        table.add_column(t("bridge.col.how"), overflow="fold")
        dutch = METHOD_SPECS["nl_incl"]
        table.add_row(
            dutch.label_nl if formats.language() == "nl" else dutch.label,
            formats.value(b.start, formats.SHARE),
            "100 * defence_total / gdp_cpb",
        )
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
            table.add_row(step.label, formats.value(step.points, formats.POINTS), how)
        nato = METHOD_SPECS["nato"]
        table.add_row(
            Text(nato.label_nl if formats.language() == "nl" else nato.label, style="bold"),
            formats.value(b.end, formats.SHARE),
            "",
        )
        closing = t("bridge.ukraine_note") + " " + t("bridge.closes" if b.closes else "bridge.open")
        with VerticalScroll():
            yield Static(table)
            yield Static(closing + " " + t("dialog.press_esc"))


class HelpScreen(ModalScreen[None]):
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
    }
    """
    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "Close")]

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        from core.export import legend
        from core.measures import describe_all
        from tui.widgets.calc_table import flags_legend

        keys = Table(title=t("help.keys"), expand=True)
        keys.add_column(t("help.col.key"))
        keys.add_column(t("help.col.does"))
        for key, what in self.keys:
            keys.add_row(Text(key), Text(what))
        formulas = Table(title=t("help.formulas"), expand=True)
        for name in ("id", "label", "unit", "formula"):
            formulas.add_column(name, overflow="fold")
        for row in describe_all():
            formulas.add_row(*row)
        with VerticalScroll():
            yield Static(keys)
            yield Static(t("help.marks", legend=legend(), flags=flags_legend()))
            yield Static(formulas)
