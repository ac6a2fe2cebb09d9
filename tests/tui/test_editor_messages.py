"""What the cell editor says when it refuses or doubts a value, as a Dutch tester read it: the
row by the name the grid gives it, the number as typed with the language's marks, in the unit the
cell is typed in; never `defence_excl_ukraine`, `-0.409747563701759` or `% of gdp_cpb` for a
cell shown in EUR bn. Driven with the keys alone."""

from __future__ import annotations

from textual.pilot import Pilot

from core import formats
from tests.tui.conftest import Heard, MakeApp, settle, until_loaded
from tui.app import NavotopApp
from tui.screens.dialogs import Choice
from tui.widgets.calc_table import CalcPane

SIZE = (120, 40)


async def _type(pilot: Pilot[None], app: NavotopApp, row: str, year: int, text: str) -> None:
    await pilot.press("3")
    app.query_one(CalcPane).go_to(row, year)
    await settle(pilot)
    await pilot.press("e", "ctrl+u", *text, "enter")
    await settle(pilot)


async def test_a_negative_amount_is_refused_in_the_rows_name_and_the_typed_eur_bn(new_app: MakeApp) -> None:
    formats.set_language("nl")
    app, heard = new_app(), Heard()
    async with app.run_test(size=SIZE, message_hook=heard) as pilot:
        await until_loaded(pilot)
        await _type(pilot, app, "defence_excl_ukraine", 2026, "=-5")
        said = heard.notifications()[-1]
        assert said == (
            "Def. excl. Oekraïne kan niet negatief zijn (EUR -5 mld):"
            " het is een uitgavenbedrag, geen verandering"
        )
        assert not app.session.dirty


async def test_an_amount_too_large_is_refused_as_an_amount_with_its_share_of_gdp(new_app: MakeApp) -> None:
    """`1.200` in Dutch is EUR 1,200 bn: of 2026's CPB GDP of EUR 1,220,263.51 mln that is
    1,200,000 / 1,220,263.51 = 98.34%, past the 20% any spending may be."""
    formats.set_language("nl")
    app, heard = new_app(), Heard()
    async with app.run_test(size=SIZE, message_hook=heard) as pilot:
        await until_loaded(pilot)
        await _type(pilot, app, "defence_excl_ukraine", 2026, "1.200")
        said = heard.notifications()[-1]
        assert said.startswith(
            "EUR 1.200 mld is onwaarschijnlijk voor Def. excl. Oekraïne: dat zou 98,3%-bbp zijn"
        )
        assert "defence_excl_ukraine" not in said and "gdp_cpb" not in said and "aandelen" not in said
        assert not app.session.dirty


async def test_a_share_too_large_is_refused_in_the_share_rows_name(new_app: MakeApp) -> None:
    app, heard = new_app(), Heard()
    async with app.run_test(size=SIZE, message_hook=heard) as pilot:
        await until_loaded(pilot)
        await _type(pilot, app, "share_nl_excl", 2026, "25")
        said = heard.notifications()[-1]
        assert (
            said == "25% of GDP is implausible for Dutch, excl. Ukraine: shares are in percent (2.0 means 2%)"
        )


async def test_a_doubted_growth_rate_names_the_row_in_dutch(new_app: MakeApp) -> None:
    formats.set_language("nl")
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await until_loaded(pilot)
        await _type(pilot, app, "growth:gdp_cpb", 2027, "35")
        assert isinstance(app.screen, Choice)
        assert "bbp, CPB met 35% groei per jaar valt buiten -10% tot 15%" in app.screen.question
        assert "gdp_cpb" not in app.screen.question
