"""The verdict for one year: the shares by each method and, for each norm, met or how far short.

The one-line verdict under the calculation table reads this; it is arithmetic, so it lives here
and the UI only prints `Verdict.text()`.
"""

from __future__ import annotations

from dataclasses import dataclass

from core import formats
from core.engine import Result
from core.i18n import t
from core.measures import METHOD_SPECS, gap_id
from core.model import Norm


@dataclass(frozen=True, slots=True)
class NormStatus:
    """One norm in one year: the share it is judged on and the shortfall, where known."""

    norm: Norm
    share: float | None
    """The share by the norm's method; None when unknown."""
    shortfall_pp: float | None
    """Percentage points below the norm (negative: above it)."""
    shortfall_eur_mln: float | None
    """Money below the norm at current prices (negative: above it)."""

    @property
    def met(self) -> bool | None:
        """True when the share reaches the norm (to the published rounding of 0.005 pp)."""
        return None if self.shortfall_pp is None else self.shortfall_pp <= 0.005

    def text(self) -> str:
        """`Dutch 2% rule: met`, `NATO 3.5%: short 1.44 pp (EUR 16.3 bn)`, or `... unknown`,
        in the language shown (`NAVO 3,5%: tekort 1,44 %-punt (EUR 16,3 mld)`)."""
        head = norm_label(self.norm)
        if self.met is None or self.shortfall_pp is None:
            return t("verdict.unknown", norm=head, unknown=formats.unknown())
        if self.met:
            return t("verdict.met", norm=head)
        money = "" if self.shortfall_eur_mln is None else f" ({formats.billions(self.shortfall_eur_mln)})"
        return t("verdict.short", norm=head, points=formats.points(self.shortfall_pp), money=money)


def norm_label(norm: Norm, lang: formats.Lang | None = None) -> str:
    """A norm's name in the language shown: the file's `label_nl` in Dutch where it gives one."""
    return norm.label_nl if (lang or formats.language()) == "nl" and norm.label_nl else norm.label


@dataclass(frozen=True, slots=True)
class Verdict:
    """The shares of one year by both methods, and every norm's status."""

    year: int
    nl_excl: float | None
    nl_incl: float | None
    nato: float | None
    norms: tuple[NormStatus, ...]

    def text(self) -> str:
        """The one line shown under the table."""

        pct = formats.share
        shares = t(
            "verdict.shares",
            year=self.year,
            excl=pct(self.nl_excl),
            incl=pct(self.nl_incl),
            nato=pct(self.nato),
        )
        return " · ".join([shares, *(status.text() for status in self.norms)])


def verdict(result: Result, year: int) -> Verdict:
    """Judge every norm of the scenario in `year` by its own method."""
    statuses = []
    for norm in result.scenario.norms.values():
        method = METHOD_SPECS[norm.method]
        share = result.value(method.share, year)
        if norm.method in ("nato", "related", "nato_total"):
            money = result.value(gap_id(norm.id, "nato"), year)
        elif norm.method == "nl_excl":
            money = result.value(gap_id(norm.id, "nl"), year)
        else:
            gdp = result.value("gdp_cpb", year)
            money = None if share is None or gdp is None else (norm.share - share) / 100 * gdp
        points = None if share is None else norm.share - share
        statuses.append(NormStatus(norm, share, points, money))
    return Verdict(
        year,
        result.value("share_nl_excl", year),
        result.value("share_nl_incl", year),
        result.value("share_nato", year),
        tuple(statuses),
    )
