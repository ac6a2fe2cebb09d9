""" "What if GDP comes in 2% lower?" typed as a user would (`e -2% enter` on GDP 2024): the
euros follow, the Dutch shares stay, and a notification says why and how to ask for spending
fixed in euros instead; the growth cell's prompt says `-2%` there is of the rate."""

from __future__ import annotations

from textual.widgets import Static

from tests.tui.conftest import Heard, MakeApp, settle
from tests.tui.test_whatif_keys import SIZE, cell, type_into
from tui.widgets.calc_table import CalcPane


async def test_gdp_two_percent_lower_says_why_the_shares_stay(new_app: MakeApp) -> None:
    heard = Heard()
    app = new_app()
    async with app.run_test(size=SIZE, message_hook=heard) as pilot:
        await settle(pilot)
        await type_into(pilot, "gdp_cpb", 2024, "-2%")
        assert cell(app, "gdp_cpb", 2024) == "*1,111.3 w"  # 1,134.0 x 0.98
        assert cell(app, "share_nl_excl", 2026) == "2.00 e"  # stated as a share: unmoved
        said = [n for n in heard.notifications() if "the Dutch share stays 1.56%" in n]
        assert len(said) == 1
        assert "(EUR 17.7 bn -> EUR 17.3 bn)" in said[0]
        assert "budget fixed in euros" in said[0] and "scale = 0.98" in said[0]


async def test_the_growth_prompt_says_a_relative_change_is_of_the_rate(new_app: MakeApp) -> None:
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        app.query_one(CalcPane).go_to("growth:gdp_cpb", 2026)
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        shown = " ".join(str(s.render()) for s in app.query_one(CalcPane).query(Static))
        assert "-2% makes 3.53 into 3.46, it does not lower GDP by 2%" in " ".join(shown.split())
