"""Every key of the app, declared once: the footer, the help screen, the command palette, the
widgets' bindings and the README's key table are all read from `COMMANDS`.

Adding a command is one `Command(...)` entry here plus its `action_...` method on the widget or
screen of its `scope`. Labels and help texts are plain strings in this one place, so they can be
translated in one place too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.binding import Binding, BindingType
from textual.keys import key_to_character

from core.i18n import TEXTS, t

Scope = Literal["main", "grid", "commitments", "allies", "agenda", "textual"]
"""Where the keys are bound: the main screen, the calculation grid, the commitments pane, the
allies pane, the agenda's tree, or by Textual itself (the palette's ctrl+p: declared here so
that help and README list it)."""


@dataclass(frozen=True)
class Command:
    """One thing the user can do, with every way it is shown."""

    id: str
    """The Binding id (for keymaps) and the anchor tests and the palette use."""
    keys: tuple[tuple[str, str], ...]
    """(Textual key, action) pairs; most commands have one, moving has several."""
    shown: str
    """How help and README write the keys, e.g. `u`, `1 2 3`, `arrows, pageup / pagedown`."""
    label: str
    """Footer label: one short word."""
    help: str
    """One line for the help screen, the README and the footer's tooltip."""
    group: str
    scope: Scope = "main"
    footer: bool = False
    palette: str | None = None
    """Title in the command palette (`category: action`), or None when not offered there."""
    needs_scenario: bool = False
    """Rests (hidden, inactive) until a scenario is loaded."""
    priority: bool = False
    """Run by the app as the key is read, before it reaches the focused widget (so the keys
    typed right after it in one burst go where it sent the focus)."""
    eager: bool = False
    """A main-screen command the calculation grid also runs as soon as it reads the key, like
    its own keys (see CalcGrid._on_key, Textual issue #6605): in a burst `u e` the undo must
    have happened before `e` opens the editor on the cell's value."""

    def shown_label(self) -> str:
        """`label` in the language shown (the catalogue's `key.ID.label`)."""
        return t(f"key.{self.id}.label")

    def shown_keys(self) -> str:
        """`shown` in the language shown where it has words (`key.ID.keys`), else as declared."""
        key = f"key.{self.id}.keys"
        return t(key) if key in TEXTS else self.shown

    def shown_palette(self) -> str:
        """`palette` in the language shown (the catalogue's `key.ID.palette`)."""
        return t(f"key.{self.id}.palette")

    def shown_help(self) -> str:
        """`help` in the language shown (the catalogue's `key.ID.help`)."""
        return t(f"key.{self.id}.help", syntax=edit_syntax())


EDIT_SYNTAX = "2,2 or 2.2 sets; +0,2 or -150 changes by that much; +2% or -2% relative; =-5 sets a negative"
"""What the cell editor accepts (core.entry.parse_entry); the prompt, help and README say it."""


def edit_syntax(known: bool = True) -> str:
    """EDIT_SYNTAX in the language shown; for a cell with no value yet (`known` False), only
    the ways to set one: a change by an amount or a percentage has nothing to start from, and
    the editor offered `+0,2` and `-150` there (a tester)."""
    return t("key.edit.syntax" if known else "key.edit.syntax_unknown")


COMMANDS: tuple[Command, ...] = (
    Command(
        "undo", (("u", "undo"),), "u", "Undo", "undo the last edit", "edit", footer=True,
        palette="edit: undo", needs_scenario=True, eager=True,
    ),
    Command(
        "redo", (("U", "redo"),), "U", "Redo", "redo the last undone edit", "edit", footer=True,
        palette="edit: redo", needs_scenario=True, eager=True,
    ),
    Command(
        "save", (("s", "save"),), "s", "Save",
        "save the edits into the scenario file, marked as what-ifs (comments kept; asks when it"
        " changed on disk, or when the edits would miss its published figures)", "file",
        footer=True, palette="file: save edits", needs_scenario=True,
    ),
    Command(
        "save-as", (("S", "save_as"),), "S", "Save as",
        "save the edits as a what-if: a new file that extends this one, with a name and a note", "file",
        footer=True, palette="file: save as a what-if...", needs_scenario=True,
    ),
    Command(
        "export-table", (("X", "export_table"),), "X", "Export",
        "export the whole table (every row and year, unsaved edits too) as SVG, CSV and markdown",
        "file", palette="export: the whole table (SVG, CSV, markdown)", needs_scenario=True,
    ),
    Command(
        "jump-back", (("ctrl+o", "jump_back"),), "ctrl+o", "Back",
        "back to where the last jump (enter on a commitment or a number) came from", "panes",
    ),
    Command(
        "compare", (("c", "compare"),), "c", "Compare",
        "compare with another scenario (cells show the difference)", "view", footer=True,
        palette="view: compare with...", needs_scenario=True, priority=True,
    ),
    Command(
        "bridge", (("b", "bridge"),), "b", "Bridge",
        "the bridge from the Dutch to the NATO figure for the selected year, step by step", "view",
        footer=True, palette="view: bridge for the selected year", needs_scenario=True,
    ),
    Command(
        "open", (("o", "open"),), "o", "Open", "open another scenario", "file", footer=True,
        palette="file: open scenario...", priority=True,
    ),
    Command(
        "screenshot", (("x", "screenshot"),), "x", "Screenshot",
        "save an SVG screenshot into ./exports of the folder navotop was started in (--export-dir "
        "changes it; the path is shown)", "file",
        palette="export: screenshot (SVG)",
    ),
    Command(
        "whatif-log", (("L", "whatif_log"),), "L", "Log",
        "the what-if log: every edit, undo, save, open, compare and screenshot, with the headline"
        " figures before and after", "view", footer=True, palette="view: what-if log",
    ),
    Command(
        "export-log", (("W", "export_log"),), "W", "Write log",
        "write the what-if log as markdown into the export folder, with the screenshots and their"
        " inputs' hash", "file", palette="export: what-if log (markdown)",
    ),
    Command(
        "panes",
        (
            ("1", "pane('agenda')"), ("2", "pane('commitments')"), ("3", "pane('calc')"),
            ("4", "pane('allies')"), ("5", "pane('chart')"),
        ),
        "1 2 3 4 5", "Pane", "agenda, commitments, calculation table, allies, chart", "panes",
    ),
    Command(
        "next-pane", (("tab", "next_pane(1)"), ("shift+tab", "next_pane(-1)")), "tab / shift+tab",
        "Next pane", "next / previous pane (closes an open cell editor)", "panes", priority=True,
    ),
    Command(
        "edit", (("e", "select('edit')"), ("enter", "select('enter')")), "e or enter", "Edit",
        "edit the selected cell (an input, a Dutch share, a growth rate): it opens with the value "
        f"selected, so what you type replaces it and an arrow keeps it; {EDIT_SYNTAX}; enter "
        "accepts, esc cancels. On a computed row, e says what to edit instead and enter goes to the "
        "commitment it bears on; on a section heading enter folds or unfolds it",
        "edit", scope="grid", footer=True,
    ),
    Command(
        "fold", (("f", "fold"),), "f", "Fold",
        "fold or unfold the table's section under the cursor", "view", scope="grid",
    ),
    Command(
        "fold-all", (("F", "fold_all"),), "F", "Fold all",
        "fold every section but Table 1 (again: unfold them all)", "view", scope="grid",
    ),
    Command(
        "move",
        (
            ("up", "move(0, -1)"), ("down", "move(0, 1)"), ("left", "move(-1, 0)"),
            ("right", "move(1, 0)"), ("pageup", "page(-1)"), ("pagedown", "page(1)"),
        ),
        "arrows, pageup / pagedown", "Move", "move in the table", "move", scope="grid",
    ),
    Command(
        "edge-year", (("home", "edge_column(-1)"), ("end", "edge_column(1)")), "home / end", "Year",
        "first / last year", "move", scope="grid",
    ),
    Command(
        "edge-row", (("ctrl+home", "edge_row(-1)"), ("ctrl+end", "edge_row(1)")), "ctrl+home / ctrl+end",
        "Row", "first / last row of the table", "move", scope="grid",
    ),
    Command(
        "filter", (("slash", "filter"),), "/", "Filter",
        "from any pane: filter the commitments by words or topic:NAME; enter on one goes to its numbers",
        "panes", footer=True, priority=True,
    ),
    Command(
        "clear-filter", (("escape", "clear_filter"),), "esc", "Clear",
        "clear the commitments filter (in a dialog: close it)", "panes", scope="commitments",
    ),
    Command(
        "goal-seek", (("g", "goal_seek"),), "g", "Goal seek",
        "goal seek on the selected computed cell; enter applies it as one edit",
        "analysis", footer=True, palette="analysis: goal seek on the selected cell", needs_scenario=True,
    ),
    Command(
        "sensitivity", (("t", "sensitivity"),), "t", "Tornado",
        "which input moves the selected cell most (each moved 10% both ways)",
        "analysis", footer=True, palette="analysis: sensitivity of the selected cell", needs_scenario=True,
    ),
    Command(
        "allies",
        (("slash", "filter"), ("escape", "clear_filter"), ("y", "step_year"), ("e", "step_edition")),
        "/ esc y e", "Filter", "in the allies pane: filter by name, clear it; next year; next edition",
        "panes", scope="allies", footer=True,
    ),
    Command(
        "agenda-detail", (("pagedown", "detail(1)"), ("pageup", "detail(-1)")), "pageup / pagedown",
        "Read on", "in the agenda: scroll the highlighted item's detail (arrows move between items)",
        "panes", scope="agenda", footer=True,
    ),
    Command(
        "palette", (("ctrl+p", "command_palette"),), "ctrl+p", "Palette",
        "command palette: open, compare, export, jump to a commitment or agenda item", "other",
        scope="textual",
    ),
    Command(
        "help", (("question_mark", "help"),), "?", "Help", "every key, mark and formula", "other",
        footer=True, palette="help: keys and formulas",
    ),
    Command(
        "quit", (("q", "quit_app"),), "q", "Quit", "quit (asks when there are unsaved edits)", "other",
        footer=True,
    ),
)  # fmt: skip

PINNED = frozenset({"help", "quit_app"})
"""Actions the footer keeps in view at every width."""
FOOTER_MEETING = ("undo", "redo", "save", "compare", "bridge")
"""The keys a meeting needs in view at every width from 80 columns, in both languages: for them
the palette's key gives up its word."""
FOOTER_FIRST = (*FOOTER_MEETING, "select('edit')")
"""Actions the footer gives room to first when not every key fits (the others follow in their
order while they fit, each with its whole label; help lists them all)."""


def typed_in_a_cell(action: str, parameters: tuple[object, ...]) -> bool:
    """Whether the main screen's or the grid's `action` (as `check_action` is given it:
    `select`, `("edit",)`) is bound only to keys that are characters. While a cell is being
    edited each of those keys is text in the cell, so the footer offers none of them (a tester
    read `u Undo` and `q Quit` above the number being typed)."""
    call = f"{action}({', '.join(map(repr, parameters))})" if parameters else action
    return call in _TYPED_IN_A_CELL


def _is_character(key: str) -> bool:
    character = key_to_character(key)
    return character is not None and character.isprintable()


_TYPED_IN_A_CELL = frozenset(
    action
    for command in COMMANDS
    if command.scope in ("main", "grid")
    for _, action in command.keys
    if all(_is_character(key) for key, bound in command.keys if bound == action)
)
"""The actions, as declared (`select('edit')`), of `typed_in_a_cell`."""


def bindings(scope: Scope) -> list[BindingType]:
    """The Textual bindings of one scope, each with its id and tooltip. The grid's include the
    main screen's eager commands, run on the screen (`screen.undo`) under the same id, so a
    keymap moves both."""
    out: list[BindingType] = []
    for command in COMMANDS:
        eager = scope == "grid" and command.scope == "main" and command.eager
        if command.scope != scope and not eager:
            continue
        for index, (key, action) in enumerate(command.keys):
            out.append(
                Binding(
                    key,
                    f"screen.{action}" if eager else action,
                    command.shown_label(),
                    show=command.footer and index == 0,
                    priority=command.priority,
                    tooltip=command.shown_help(),
                    id=command.id if len(command.keys) == 1 else f"{command.id}.{key}",
                )
            )
    return out


def help_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for the help screen and the README, in declaration order."""
    return [(command.shown_keys(), command.shown_help()) for command in COMMANDS]


def shown_label(action: str) -> str | None:
    """The footer label of the command bound to `action`, in the language shown; None if no
    declared command has it (the footer asks: its bindings were made when the class was)."""
    action = action.removeprefix("screen.")  # the grid's copies of the main screen's commands
    for command in COMMANDS:
        if any(bound == action for _, bound in command.keys):
            return command.shown_label()
    return None


def needing_scenario() -> frozenset[str]:
    """Actions (without arguments) that rest until a scenario is loaded."""
    return frozenset(action for c in COMMANDS if c.needs_scenario for _, action in c.keys)


def palette_commands() -> list[Command]:
    return [command for command in COMMANDS if command.palette is not None]
