"""Issue 12, with the keys alone: in a what-if that extends the baseline, "GDP grows a point less
from 2026" is the same few keys as in the baseline, is saved into the what-if (the baseline
untouched), and a save-as of it holds exactly the edits."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from core.scenario import load_scenario
from tests.tui.conftest import MakeApp, settle
from tui.app import NavotopApp
from tui.screens.dialogs import Choice
from tui.screens.save_as import SaveAsWhatIf
from tui.widgets.calc_grid import CalcGrid
from tui.widgets.calc_table import CalcPane

SIZE = (120, 40)
STARTED = dt.date.today()


def dated(note: str) -> str:
    """The note without its date, after checking that the date is the day the save was made
    (the day the suite started, or the next when it ran past midnight)."""
    head, _, rest = note.partition(": ")
    assert head in {f"What-if of {d}" for d in (STARTED.isoformat(), dt.date.today().isoformat())}, note
    return rest


def cell(app: NavotopApp, row: str, year: int) -> str:
    return " ".join(app.query_one(CalcGrid).cell_text(row, str(year)).split())


def what_if_on_baseline(scenario_copy: Path) -> Path:
    child = scenario_copy.parent / "mine.toml"
    child.write_text(
        '# mine\nschema = 1\n\n[scenario]\nname = "Mine"\nextends = "baseline.toml"\n', encoding="utf-8"
    )
    return child


async def growth_a_point_less_from_2026(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("3")
    pilot.app.query_one(CalcPane).go_to("growth:gdp_cpb", 2026)
    await settle(pilot)
    await pilot.press("e", "ctrl+u", *"-1", "enter")  # CPB's 3.53 less one point
    await settle(pilot)
    assert isinstance(pilot.app.screen, Choice) and "For which years?" in pilot.app.screen.question
    await pilot.press("a")  # this year and after
    await settle(pilot)


async def test_growth_the_baseline_sets_is_edited_and_saved_in_the_what_if(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    baseline = scenario_copy.read_bytes()
    child = what_if_on_baseline(scenario_copy)
    app = new_app(child)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await growth_a_point_less_from_2026(pilot)
        # 2026: 1,178,656.92 x 1.0253 = 1,208,476.94; 2030: x 1.0253^5 = 1,335,494.79 (EUR bn);
        # the shares hold, the 3.5% gap by the Dutch rule is 1.5% x 1,208,476.94 = 18,127.2 mln.
        assert cell(app, "gdp_cpb", 2026) == "*1,208.5 eaw"
        assert cell(app, "gdp_cpb", 2030) == "*1,335.5 eaw"
        assert cell(app, "growth:gdp_cpb", 2030) == "*2.53 eaw"
        assert cell(app, "share_nl_excl", 2026) == "2.00 e"
        assert cell(app, "gap_capability_3_5_nl", 2026) == "*18.1 eaw"
        await pilot.press("s")
        await settle(pilot)
        assert not app.session.dirty
    assert scenario_copy.read_bytes() == baseline
    text = child.read_text(encoding="utf-8")
    assert text.startswith("# mine\n")
    entries = tomllib.loads(text)["adjust"]
    entries[0]["note"] = dated(entries[0]["note"])
    assert entries == [
        {
            "series": "gdp_cpb",
            "from": 2026,
            "to": 2030,
            "growth": 2.53,
            "replaces": "baseline.toml",
            "note": "growth 2.53 in place of 3.53 (cpb_cep_2025)",
        }
    ]


async def test_save_as_of_a_growth_edit_holds_exactly_the_edit(new_app: MakeApp, scenario_copy: Path) -> None:
    baseline = scenario_copy.read_bytes()
    app = new_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await growth_a_point_less_from_2026(pilot)
        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, SaveAsWhatIf)
        await pilot.press(*"Slower", "enter", *"a point less", "enter")
        await settle(pilot)
        child = scenario_copy.parent / "slower.toml"
        assert app.session.path == child and not app.session.dirty
        assert cell(app, "gdp_cpb", 2026) == "1,208.5 eaw"
    assert scenario_copy.read_bytes() == baseline
    saved = tomllib.loads(child.read_text(encoding="utf-8"))
    saved["adjust"][0]["note"] = dated(saved["adjust"][0]["note"])
    assert saved == {
        "schema": 1,
        "scenario": {"name": "Slower", "description": "a point less", "extends": "baseline.toml"},
        "adjust": [
            {
                "series": "gdp_cpb",
                "from": 2026,
                "to": 2030,
                "growth": 2.53,
                "replaces": "baseline.toml",
                "note": "growth 2.53 in place of 3.53 (cpb_cep_2025)",
            }
        ],
    }
    assert load_scenario(child).name == "Slower"
