"""The note navotop writes beside a value a user changed (`What-if of 2026-11-29: 2.2 in place
of 2 (table1)`), and the same note in Dutch.

The note goes into the scenario file in English, in one fixed form, whatever language the app
speaks: the file is a record, read by people and by tools in either language. A Dutch screen
shows it in Dutch: `said_in` reads the fixed form back and says it again from the catalogue
(`whatif.note*`). A note in any other form (written by hand) is shown as written. Kept apart
from core/whatif.py so that the model (core/model.py) can say a note without importing the
writer.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from core import formats
from core.formats import Lang
from core.i18n import t

_FORM = re.compile(
    r"What-if of (?P<date>\d{4}-\d{2}-\d{2}): (?P<growth>growth )?(?P<new>\S+?)"
    r"(?: in place of (?P<old>\S+?)(?: \((?P<source>[^()]*)\))?)?(?P<was>\. Was: .*)?",
    re.DOTALL,
)
"""The form `note_for` writes, read back: date, `growth ` for a growth rate, the new value, what
it replaced and that value's source, and the earlier note after `. Was: `."""


def note_for(
    what: str,
    new: float,
    old: float | None,
    source: str | None,
    today: dt.date,
    lang: Lang = "en",
    *,
    shown: bool = False,
) -> str:
    """`What-if of 2026-11-29: 2.2 in place of 2 (table1)` (`what` is "" or "growth "): the
    date, the value and what it replaced, so the file says where the number came from and that
    no source stands behind it. In English unless `lang` says otherwise: the file's note is
    English, its numbers in plain digits (`said_in` reads them back); `shown`, or in Dutch,
    they are written as the grid writes numbers (1,111,320; 1.111.320)."""

    def number(value: float) -> str:
        return _plain(value) if lang == "en" and not shown else formats.general(value, lang)

    was = ""
    if old is not None:
        cited = t("whatif.note.source", lang, source=source) if source else ""
        was = t("whatif.note.was", lang, old=number(old), source=cited)
    growth = t("whatif.note.growth", lang) if what else ""
    day = today.isoformat() if lang == "en" else formats.date(today, lang)
    return t("whatif.note", lang, date=day, growth=growth, new=number(new), was=was)


def _plain(value: float) -> str:
    """The fewest digits that read back as `value`, never with an exponent: 1111320, 2.2,
    0.00001. Python's `g` wrote GDP 2% lower as `1.11132e+06`, which a tester found in the file
    and on the screen, its last digit gone."""
    return format(Decimal(repr(float(value))), "f").removesuffix(".0")


def said_in(note: str, lang: Lang) -> str:
    """A note as the screen shows it in `lang`: navotop's own what-if note (the form
    `note_for` writes) said again, with the grid's numbers; any other note as written. An
    earlier note kept after `Was:` stays as it was written (the file gives no other language
    for it)."""
    found = _FORM.fullmatch(note)
    if found is None:
        return note
    try:
        day = dt.date.fromisoformat(found["date"])
        new = float(found["new"])
        old = None if found["old"] is None else float(found["old"])
    except ValueError:
        return note
    said = note_for("growth " if found["growth"] else "", new, old, found["source"], day, lang, shown=True)
    if found["was"]:
        said += t("whatif.note.earlier", lang, note=found["was"].removeprefix(". Was: "))
    return said
