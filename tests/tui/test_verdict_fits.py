"""The verdict under the table is never cut mid-norm: where its lines run out, it ends after
the last whole norm and says how many more there are and where (a tester at 100x30 read the
Hague scenario's verdict cut after `(EUR 13.9`, two norms gone without a sign)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from core.engine import compute
from core.norms import verdict
from core.scenario import load_scenario
from tests.tui.conftest import MakeApp, settle


def shown(app: object) -> str:
    static = app.main.query_one("#verdict", Static)  # type: ignore[attr-defined]
    return " ".join(str(static.render()).split())


async def test_a_verdict_too_long_for_its_lines_ends_after_a_whole_norm(
    new_app: MakeApp, scenario_copy: Path
) -> None:
    hague = scenario_copy.parent / "hague-2035.toml"
    whole = verdict(compute(load_scenario(hague)), 2024).text()
    parts = whole.split(" · ")
    assert len(parts) == 7  # the shares, then six norms
    app = new_app(hague)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        line = shown(app)
        kept = line.split(" · ")
        assert kept[-1] == f"{len(parts) - len(kept) + 1} more in the Norms rows…", line
        assert kept[:-1] == parts[: len(kept) - 1]  # each norm shown is shown whole
        assert 2 <= len(kept) - 1 < len(parts)

        await pilot.resize_terminal(120, 40)  # room for all of it: all of it, at once
        await settle(pilot)
        assert shown(app) == whole
