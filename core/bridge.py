"""From the Dutch figure to NATO's, for one year: three labelled, sourced steps that add up.

The steps are rows of the registry (`bridge_gdp_source`, `bridge_definition`, `bridge_prices`);
this module only gathers, per step, the numbers and the sources of the inputs it rests on, so
the bridge view can say not just how large each step is but why.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core import formats
from core.engine import Result
from core.export import source_text
from core.i18n import TEXTS, t
from core.measures import BRIDGE_STEPS

STEP_INPUTS: dict[str, tuple[str, ...]] = {
    "bridge_gdp_source": ("gdp_cpb", "gdp_oecd"),
    "bridge_definition": ("nato_definition_adjustment",),
    "bridge_prices": ("deflator_defence", "deflator_gdp"),
}
"""The inputs whose difference each step measures."""

STEP_WHY: dict[str, str] = {step: TEXTS[f"bridge.why.{step}"][0] for step in BRIDGE_STEPS}
"""Why each step exists, in the letter's terms (section Berekeningswijze), in English; the
catalogue (core/i18n.py) holds them in Dutch too, and the bridge gives them in the language shown."""

UKRAINE_NOTE = TEXTS["bridge.ukraine_note"][0]
"""Said under every bridge: what the two figures being bridged have in common."""


@dataclass(frozen=True, slots=True)
class BridgeStep:
    """One step: its size in percentage points, its formula with numbers, what it rests on."""

    id: str
    label: str
    points: float | None
    formula: str
    basis: tuple[str, ...]
    sources: tuple[str, ...]
    why: str = ""
    """The step's cause in the letter's terms (`STEP_WHY`)."""


@dataclass(frozen=True, slots=True)
class Bridge:
    """The Dutch share including Ukraine, the steps, and NATO's share, for one year."""

    year: int
    start: float | None
    steps: tuple[BridgeStep, ...]
    end: float | None

    @property
    def closes(self) -> bool:
        """True when start plus the steps gives the end (to float precision); False if unknown."""
        if self.start is None or self.end is None or any(s.points is None for s in self.steps):
            return False
        total = math.fsum([self.start, *(s.points for s in self.steps if s.points is not None)])
        return math.isclose(total, self.end, abs_tol=1e-9)

    @property
    def known(self) -> bool:
        """False when NATO's figure for the year is unknown: then there is nothing to bridge to."""
        return self.end is not None

    def decimals(self) -> int | None:
        """The fewest decimals (2 to 4) at which the shown figures add up: start plus the
        rounded steps gives the rounded end. None when no such precision exists (or unknown):
        then the figures must be said to be rounded."""
        if not self.closes:
            return None
        assert self.start is not None and self.end is not None
        for places in range(2, 5):
            shown = [round(p, places) for p in (self.start, *(s.points or 0.0 for s in self.steps))]
            if math.isclose(math.fsum(shown), round(self.end, places), abs_tol=10 ** -(places + 3)):
                return places
        return None

    def shown_decimals(self) -> int:
        """The precision the bridge's figures are shown at: where they add up, else three; the
        table's two when there are no steps to add up."""
        if not self.known:
            return 2
        return self.decimals() or SHOWN_DECIMALS

    def closing(self) -> str:
        """What the view says under the steps, in words and in the language shown: whether and
        how they add up, or why there is no bridge this year. Said here, once, so that every
        view says the same."""
        if not self.known:
            return t("bridge.no_nato_figure", year=self.year)
        note = t("bridge.ukraine_note")
        if not self.closes:
            return f"{note} " + t("bridge.open_year", year=self.year)
        places = self.decimals()
        if places is None:
            return f"{note} " + t("bridge.rounded", places=SHOWN_DECIMALS)
        assert self.start is not None and self.end is not None
        terms = " ".join(
            f"{'-' if (s.points or 0.0) < 0 else '+'} {formats.number(abs(s.points or 0.0), places)}"
            for s in self.steps
        )
        sums = f"{formats.number(self.start, places)} {terms} = {formats.number(self.end, places)}"
        return f"{note} " + t("bridge.adds_up", places=places, sums=sums)


SHOWN_DECIMALS = 3
"""The bridge's precision when no precision makes the rounded figures add up."""
NO_NATO_FIGURE = TEXTS["bridge.no_nato_figure"][0]
"""Said, once, instead of steps over unknown values."""


def _status_words(status: str) -> str:
    """What an input without a cited source rests on, in words (`aanname`, `wat-als`)."""
    key = "detail.whatif" if status == "what-if" else f"basis.{status}"
    return t(key) if key in TEXTS else status


def bridge(result: Result, year: int) -> Bridge:
    """The bridge for `year`, each step's inputs described by source, status or default."""
    values = result.year_values(year)
    steps = []
    for step_id in BRIDGE_STEPS:
        row = result.row(step_id)
        assert row.measure is not None
        sources: list[str] = []
        basis: set[str] = set()
        for series in STEP_INPUTS[step_id]:
            basis.update(result.basis(series, year).labels())
            cell = result.scenario.inputs.get(series, {}).get(year)
            if values.get(series) is None:  # no source to cite for a value nobody has
                sources.append(t("bridge.unknown_for", series=series, unknown=formats.unknown(), year=year))
                continue
            if cell is None:
                sources.append(f"{series}: {source_text(result.row(series))}")
                continue
            cited = result.scenario.sources.get(cell.source or "")
            what = t("bridge.cited", title=cited.shown_title()) if cited else _status_words(cell.status)
            note = cell.said_note()
            sources.append(f"{series}: {what}" + (f" ({note})" if note else ""))
        steps.append(
            BridgeStep(
                step_id,
                row.title(),
                values.get(step_id),
                row.measure.formula_filled(values),
                tuple(sorted(basis)),
                tuple(sources),
                t(f"bridge.why.{step_id}"),
            )
        )
    return Bridge(year, values.get("share_nl_incl"), tuple(steps), values.get("share_nato"))
