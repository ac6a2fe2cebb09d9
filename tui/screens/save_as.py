"""Save as a what-if: a name and a note for the new file, typed with the keyboard alone."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from core.i18n import t
from tui.screens.styled_once import StyledOnce


class SaveAsWhatIf(StyledOnce, ModalScreen[tuple[str, str] | None]):
    """Asks for the what-if's name (it also names the file) and a note saying what it asks;
    enter in the name goes to the note, enter in the note saves, escape cancels."""

    DEFAULT_CSS = """
    SaveAsWhatIf { align: center middle; }
    SaveAsWhatIf > Vertical {
        width: 80;
        max-width: 95%;
        height: auto;
        border: thick $primary;
        background: $surface;
        padding: 1 2;
    }
    SaveAsWhatIf Input { margin-top: 1; }
    SaveAsWhatIf #save-as-problem { color: $error; height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", t("binding.cancel"))]

    def __init__(self, parent_name: str, where: str, suggestion: str = "") -> None:
        super().__init__()
        self.parent_name = parent_name
        self.where = where
        self.suggestion = suggestion

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(t("save_as.intro", where=self.where, parent=self.parent_name))
            yield Input(self.suggestion, placeholder=t("save_as.name"), id="name")
            yield Static("", id="save-as-problem")
            yield Input(placeholder=t("save_as.note"), id="note")
            yield Static(t("save_as.hint"), classes="hint")

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    @on(Input.Submitted, "#name")
    def _named(self) -> None:
        if self._has_name():
            self.query_one("#note", Input).focus()

    @on(Input.Submitted, "#note")
    def _noted(self) -> None:
        if self._has_name():
            name = self.query_one("#name", Input).value.strip()
            self.dismiss((name, self.query_one("#note", Input).value.strip()))

    @on(Input.Changed, "#name")
    def _renamed(self) -> None:
        self.query_one("#save-as-problem", Static).update("")  # said once; typing answers it

    def _has_name(self) -> bool:
        """Whether a name was typed; if not, says so under the name and puts the keyboard
        there: an enter that does nothing, silently, leaves the user guessing."""
        if self.query_one("#name", Input).value.strip():
            return True
        self.query_one("#save-as-problem", Static).update(t("save_as.name_needed"))
        self.query_one("#name", Input).focus()
        return False

    def action_cancel(self) -> None:
        self.dismiss(None)
