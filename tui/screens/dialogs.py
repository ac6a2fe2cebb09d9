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

if TYPE_CHECKING:
    from core.bridge import Bridge


class Choice(ModalScreen[str]):
    """A question with a few keyed answers, e.g. [s] save and quit, [d] discard, [c] cancel."""

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
    """
    BINDINGS = [Binding("escape", "dismiss_default", "Cancel")]

    def __init__(self, question: str, answers: list[tuple[str, str]], default: str) -> None:
        super().__init__()
        self.question = question
        self.answers = answers
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.question, markup=False)  # questions quote file names: `[` is text
            yield OptionList(*[Option(f"[{key}] {label}", id=key) for key, label in self.answers])

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


class PickScenario(ModalScreen[Path | None]):
    """Choose a scenario file: the bundled ones, the ones in this folder, or type a path."""

    DEFAULT_CSS = """
    PickScenario { align: center middle; }
    PickScenario > Vertical {
        width: 90;
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

    def __init__(self, title: str, files: list[Path], extra: list[tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.files = files
        self.extra = extra or []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text, style="bold"))
            options = [Option(label, id=key) for key, label in self.extra]
            options += [Option(str(path), id=str(index)) for index, path in enumerate(self.files)]
            yield OptionList(*options, markup=False)  # file names are text
            yield Input(placeholder="or type a path and press enter", id="path")

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        key = event.option.id or ""
        self.dismiss(Path(key) if not key.isdigit() else self.files[int(key)])

    @on(Input.Submitted, "#path")
    def _typed(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss(Path(event.value.strip()).expanduser())

    def action_cancel(self) -> None:
        self.dismiss(None)


class BridgeScreen(ModalScreen[None]):
    """From the Dutch share to NATO's for one year, step by step, each with its sources."""

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
        from core.export import format_value

        b = self.bridge
        table = Table(title=f"Bridge {b.year}: Dutch method (incl. Ukraine) to NATO method", expand=True)
        table.add_column("step")
        table.add_column("pp", justify="right")
        table.add_column("how, and what it rests on", overflow="fold")
        table.add_row(
            "Dutch method, incl. Ukraine", format_value(b.start, "% of GDP"), "100 * defence_total / gdp_cpb"
        )
        for step in b.steps:
            rests = ", ".join(step.basis) or "sourced figures"
            how = Text.assemble(
                step.why,
                "\n",
                step.formula,
                "\n",
                (f"rests on: {rests}", "italic"),
                "\n",
                "\n".join(step.sources),
            )
            table.add_row(step.label, format_value(step.points, "pp"), how)
        table.add_row(Text("NATO method", style="bold"), format_value(b.end, "% of GDP"), "")
        from core.bridge import UKRAINE_NOTE

        closing = (
            UKRAINE_NOTE
            + " "
            + (
                "The steps add up exactly."
                if b.closes
                else "Unknown parts: the bridge cannot be closed this year."
            )
        )
        with VerticalScroll():
            yield Static(table)
            yield Static(closing + " Press esc to close.")


class HelpScreen(ModalScreen[None]):
    """Keys, marks and every formula, from the same registries the app uses."""

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
        from tui.widgets.calc_table import FLAGS_LEGEND

        keys = Table(title="Keys", expand=True)
        keys.add_column("key")
        keys.add_column("does")
        for key, what in self.keys:
            keys.add_row(key, what)
        formulas = Table(title="Rows and formulas", expand=True)
        for name in ("id", "label", "unit", "formula"):
            formulas.add_column(name, overflow="fold")
        for row in describe_all():
            formulas.add_row(*row)
        with VerticalScroll():
            yield Static(keys)
            yield Static(f"Marks after a value: {legend()}. Before it: {FLAGS_LEGEND}.")
            yield Static(formulas)
