"""The what-if edits: what enter or `e` on a cell offers, what a typed value does, a goal
seek's answer applied, undo and redo. Each edit is journaled (nothing lost when the connection
drops) and logged with the headline figures before and after (the minutes).

The arithmetic is core's (core/session.py, core/entry.py, core/solve.py); this is the order in
which the app asks, edits, repaints, journals and logs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from core.formats import general
from core.i18n import t
from core.whatif_log import Event
from tui.widgets.calc_table import CalcPane

if TYPE_CHECKING:  # the engine's modules load polars: the app imports them off the UI thread
    from core.engine import Result
    from core.session import Target
    from core.solve import Answer
    from core.whatif import Scope
    from tui.app import NavotopApp


class Editing:
    """The app's edits of its session, each repainted, journaled and logged."""

    def __init__(self, app: NavotopApp) -> None:
        self.app = app

    def offer(self, row: str, year: int, how: str = "edit") -> tuple[str, str] | None:
        """What enter or `e` on a cell does: an editable cell (an input, a Dutch share, a growth
        rate) opens its editor (prompt, value at full precision in the unit it is typed in); on
        another cell `e` says in the detail line why not and what to edit instead, and enter
        follows the row's link to its commitment when it has one."""
        from core.entry import entry_text
        from tui.keys import edit_syntax

        app = self.app
        target = app.session.target(row, year, app.result)
        if isinstance(target, str):
            if how == "enter" and app.summit.commitments_on(row):
                app.main.follow_link(row)
            else:
                # typing goes nowhere until esc or enter (tui/widgets/calc_grid.py), and says so
                app.main.query_one(CalcPane).say(f"{t('app.not_editable')}: {target} {t('app.refused_keys')}")
            return None
        prompt = t("app.editing", target=target.describe(), syntax=edit_syntax(target.value is not None))
        return prompt, entry_text(target.value)

    def submitted(self, event: CalcPane.EditSubmitted) -> None:
        """What was typed into a cell: refused with the reason, a growth rate asked "for which
        years?", or made."""
        from core.entry import parse_entry
        from core.plausible import doubt_as_typed, growth_doubt, growth_refusal, refusal_as_typed

        app = self.app
        pane = app.main.query_one(CalcPane)
        target = app.session.target(event.row, event.year, app.result)
        if isinstance(target, str):
            app.notify(target, severity="warning")
            return
        try:
            value = parse_entry(event.text, target.value)
            # The loader's and `set`'s checks, on the value the file would hold (a Dutch share
            # becomes spending); a growth rate is not a level and has no such bounds.
            stored = None if target.kind == "growth" else target.input_value(value)
            if stored is not None and (
                refused := refusal_as_typed(
                    target.series, target.unit, stored, value, target.typed_in, target.row
                )
            ):
                raise ValueError(refused)
            if target.kind == "growth" and (refused := growth_refusal(value, target.series)):
                raise ValueError(refused)
        except ValueError as exc:
            app.notify(str(exc), title=t("app.not_changed"), severity="error")
            return
        if value == target.value:  # accepting the value as it was is no edit
            pane.close_editor()
            return
        if target.kind == "growth":
            doubted = growth_doubt(value, target.series)
        else:  # a unit slip (1.2 typed for 1,200 EUR bn) is asked about as well, never just applied
            doubted = doubt_as_typed(
                target.series, target.unit, target.input_value(value), value, target.typed_in, target.row
            )
        if doubted:  # likely a slip (35 for 3.5): asked, in words, before anything changes
            self._ask_anyway(doubted, t("app.cancel_typing"), lambda: self._made(target, value))
            return
        self._made(target, value)

    def _ask_anyway(self, doubt: str, cancel: str, apply: Callable[[], None]) -> None:
        """Ask before applying what is likely a slip ([a] apply anyway, [c] `cancel`, the
        default): one question for a typed value and for a goal seek's target."""

        def anyway(choice: str | None) -> None:
            if choice == "a":
                apply()

        answers = [("a", t("app.apply_anyway")), ("c", cancel)]
        self.app.main.ask(t("app.doubt_question", doubt=doubt), answers, "c", anyway)

    def _made(self, target: Target, value: float) -> None:
        """A value that passed the checks: a growth rate asks "for which years?" first."""
        app = self.app
        if target.kind == "growth" and len(target.after) > 1:

            def scope(choice: str | None) -> None:
                if choice in ("y", "a"):
                    self._make(target, value, "year" if choice == "y" else "after")

            from core.measures import row_name  # loaded by now: a value was typed into the grid

            name = row_name(target.series)  # as the grid names it
            question = t("app.growth_question", series=name, year=target.year, value=general(value))
            answers = [
                ("y", t("app.growth_year", year=target.year)),
                ("a", t("app.growth_after", first=target.year, last=target.after[-1])),
                ("c", t("app.cancel_typing")),
            ]
            app.main.ask(question, answers, "c", scope)
            return
        self._make(target, value, "year")

    def _make(self, target: Target, value: float, scope: Scope) -> None:
        app = self.app
        before = app.result
        app.session.set(target, value, scope)
        app.main.query_one(CalcPane).close_editor(describe=False)  # the new numbers describe it
        app.recompute()
        # Journaled once the new numbers are on screen: the journal's thread then never
        # competes with the repaint for the interpreter. Growth edits are journaled as well.
        app.call_after_refresh(app.journaling.record)
        # A value cell is logged in its file's unit (as undo logs it, and save writes it),
        # whatever unit it was typed in; a share or growth row as its own row.
        old, new = (
            (target.value, value) if target.kind != "value" else (target.stored, target.input_value(value))
        )
        app.minutes.log("edit", before, cell=(target.row or target.series, target.year), old=old, new=new)
        self._say_why_held(before)

    def _say_why_held(self, before: Result) -> None:
        """After an edit that moved GDP but not the Dutch shares, say why and how to ask the
        other question (core/why_held.py): a tester read the unmoved shares as a fault."""
        from core.why_held import shares_held

        why = shares_held(before, self.app.result)
        if why:
            self.app.notify(why, title=t("why_held.title"), timeout=20)

    def apply_answer(self, answer: Answer) -> str | None:
        """A goal seek's answer, as one edit of the cells it changes (u undoes it), in each
        cell's own unit; or, in words, why the file's cells cannot take it (nothing applied)."""
        from core.plausible import goal_doubt
        from core.solve import answer_edits

        app = self.app
        edits = answer_edits(app.session, answer)
        if isinstance(edits, str):
            return edits
        goal = answer.goal
        doubted = goal_doubt(app.result.row(goal.row).unit, goal.target)
        if doubted:  # a target no one means (99% of GDP): asked, in words, before applying
            self._ask_anyway(doubted, t("app.doubt_cancel"), lambda: self._apply_edits(answer, edits))
            return None
        self._apply_edits(answer, edits)
        return None

    def _apply_edits(self, answer: Answer, edits: dict[tuple[str, int], float]) -> None:
        from core.formats import general

        app = self.app
        before, was = app.result, dict(app.session.edits.values)
        app.session.apply_all(edits)
        app.recompute()
        app.call_after_refresh(app.journaling.record)
        cell = next(iter(edits)) if len(edits) == 1 else None
        old = None if cell is None else was.get(cell, self._file_value(cell))
        new = None if cell is None else edits[cell]
        detail = (
            ""
            if cell is not None
            else ", ".join(f"{s} {y} = {general(v)}" for (s, y), v in sorted(edits.items()))
        )
        app.minutes.log("goal_seek", before, cell=cell, old=old, new=new, detail=detail)
        app.notify(t("app.goal_undo", reason=answer.reason), title=t("app.goal_applied"))

    def undo(self, *, redo: bool = False) -> None:
        """Take back the last edit (or make the last one taken back again), journaled and
        logged with the cell it changed (a value or a growth rate)."""
        app = self.app
        event: Event = "redo" if redo else "undo"
        before, was = app.result, app.session.edits.copy()
        if not (app.session.redo if redo else app.session.undo)():
            app.notify(t(f"app.nothing_to_{event}"))
            return
        app.clear_notifications()  # they spoke of the state undone: a tester read one, about
        app.journaling.record()  # the GDP edit he had just undone, as still true
        app.recompute()
        changed = self.changes(was.values, was.growth)
        cell, old, new = changed[0] if len(changed) == 1 else (None, None, None)
        app.minutes.log(event, before, cell=cell, old=old, new=new)

    def changes(
        self, values: dict[tuple[str, int], float], growth: dict[str, dict[int, float]]
    ) -> list[tuple[tuple[str, int], float | None, float | None]]:
        """(cell, old, new) of each cell whose value differs between these edits and the
        session's: input cells by series, growth rates by their growth row; a cell without an
        edit has the file's value."""
        from core.session import growth_row
        from core.whatif import growth_years

        session = self.app.session
        out = [
            (
                key,
                values.get(key, self._file_value(key)),
                session.edits.values.get(key, self._file_value(key)),
            )
            for key in sorted(values.keys() | session.edits.values.keys())
            if values.get(key) != session.edits.values.get(key)
        ]
        for series in sorted(growth.keys() | session.edits.growth.keys()):
            was, now = growth.get(series, {}), session.edits.growth.get(series, {})
            stated = growth_years(session.disk, series)
            for year in sorted(was.keys() | now.keys()):
                if was.get(year) != now.get(year):
                    in_file = stated[year].value if year in stated else None
                    out.append(((growth_row(series), year), was.get(year, in_file), now.get(year, in_file)))
        return out

    def _file_value(self, cell: tuple[str, int]) -> float | None:
        """A cell's value as the file states it (in the file's unit)."""
        stated = self.app.session.disk.inputs.get(cell[0], {}).get(cell[1])
        return None if stated is None else stated.value
