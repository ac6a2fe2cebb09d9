"""Growth a parent file sets, edited from a child: the edit becomes the child's own `[[adjust]]`
that `replaces` the parent's growth (the parent untouched), and a what-if saved as a new file
holds exactly the edits, nothing restated."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tomllib
from pathlib import Path

import pytest

from core.diff import changed_cells
from core.engine import Result, compute
from core.errors import NavotopError
from core.scenario import load_scenario
from core.session import Session, Target, growth_row
from tests.conftest import REPO
from tui.cli import main

TODAY = dt.date(2026, 11, 29)
# The baseline's CPB GDP: 1,134,000 in 2024, +3.938% in 2025 (1,178,656.92), +3.53% a year from 2026.
GDP_2025 = 1_178_656.92
GROWTH = growth_row("gdp_cpb")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "scenarios", tmp_path / "scenarios")
    return tmp_path / "scenarios"


def child_of_baseline(folder: Path) -> Path:
    child = folder / "mine.toml"
    child.write_text(
        "# My what-ifs on the baseline.\nschema = 1\n\n[scenario]\n"
        'name = "Mine"\nextends = "baseline.toml"  # the letter\'s Table 1\n',
        encoding="utf-8",
    )
    return child


def edit(session: Session, row: str, year: int, typed: float, scope: str = "year") -> Result:
    target = session.target(row, year, compute(session.scenario()))
    assert isinstance(target, Target), target
    session.set(target, typed, scope)  # type: ignore[arg-type]
    return compute(session.scenario())


def same_numbers(a: Result, b: Result) -> None:
    for row in a.rows:
        assert b.values(row.id) == pytest.approx(a.values(row.id), nan_ok=True), row.id


def test_growth_the_parent_sets_is_editable_in_the_child(folder: Path) -> None:
    child = child_of_baseline(folder)
    parent_bytes = (folder / "baseline.toml").read_bytes()
    session = Session.open(child)
    target = session.target(GROWTH, 2026, compute(session.scenario()))
    assert isinstance(target, Target), target
    assert target.value == 3.53 and target.after == (2026, 2027, 2028, 2029, 2030)
    shown = edit(session, GROWTH, 2026, 2.53, "after")
    # GDP a point lower from 2026: 2026 = 1,178,656.92 x 1.0253 = 1,208,476.94; 2030 = x 1.0253^5
    # = 1,335,494.79. The baseline states spending as % of its GDP, so the shares hold (2.00 in
    # 2026) and the euros follow: 2% of 1,208,476.94 = 24,169.54; the 3.5% norm's gap by the
    # Dutch rule 1.5% of it = 18,127.15 (was 1.5% of 1,220,263.51 = 18,303.95).
    assert shown.value("gdp_cpb", 2025) == pytest.approx(GDP_2025)
    assert shown.value("gdp_cpb", 2026) == pytest.approx(1_208_476.94)
    assert shown.value("gdp_cpb", 2030) == pytest.approx(1_335_494.79)
    assert shown.value("share_nl_excl", 2026) == pytest.approx(2.0)
    assert shown.value("defence_excl_ukraine", 2026) == pytest.approx(24_169.54)
    assert shown.value("gap_capability_3_5_nl", 2026) == pytest.approx(18_127.15)

    session.save(today=TODAY)
    assert (folder / "baseline.toml").read_bytes() == parent_bytes
    text = child.read_text(encoding="utf-8")
    assert "# My what-ifs on the baseline." in text and "# the letter's Table 1" in text
    assert tomllib.loads(text)["adjust"] == [
        {
            "series": "gdp_cpb",
            "from": 2026,
            "to": 2030,
            "growth": 2.53,
            "replaces": "baseline.toml",
            "note": "What-if of 2026-11-29: growth 2.53 in place of 3.53 (cpb_cep_2025)",
        }
    ]
    same_numbers(shown, compute(load_scenario(child)))
    assert not session.dirty
    # Once saved, the growth is the child's own: edited again, its entry changes in place.
    edit(session, GROWTH, 2028, 1.0)
    session.save(today=TODAY)
    entries = tomllib.loads(child.read_text(encoding="utf-8"))["adjust"]
    assert [(e["from"], e["to"], e["growth"], e["replaces"]) for e in entries] == [
        (2026, 2027, 2.53, "baseline.toml"),
        (2028, 2028, 1.0, "baseline.toml"),
        (2029, 2030, 2.53, "baseline.toml"),
    ]
    assert (folder / "baseline.toml").read_bytes() == parent_bytes


def test_this_year_only_holds_only_that_year_and_later_years_grow_from_it(folder: Path) -> None:
    session = Session.open(child_of_baseline(folder))
    shown = edit(session, GROWTH, 2027, 2.53, "year")
    # 2026 = 1,178,656.92 x 1.0353 = 1,220,263.51; 2027 = x 1.0253 = 1,251,136.18; 2028 grows
    # from that at the baseline's 3.53%: 1,295,301.28.
    assert shown.value("gdp_cpb", 2026) == pytest.approx(1_220_263.51)
    assert shown.value("gdp_cpb", 2027) == pytest.approx(1_251_136.18)
    assert shown.value("gdp_cpb", 2028) == pytest.approx(1_295_301.28)
    session.save(today=TODAY)
    entries = tomllib.loads(session.path.read_text(encoding="utf-8"))["adjust"]
    assert [(e["from"], e["to"], e["growth"]) for e in entries] == [(2027, 2027, 2.53)]
    same_numbers(shown, compute(load_scenario(session.path)))


def test_a_bundled_child_grows_gdp_a_point_less_across_its_own_and_its_parents_years(folder: Path) -> None:
    hague = folder / "hague-2035.toml"
    original = hague.read_text(encoding="utf-8")
    parent_bytes = (folder / "baseline.toml").read_bytes()
    session = Session.open(hague)
    target = session.target(GROWTH, 2026, compute(session.scenario()))
    assert isinstance(target, Target) and target.after == tuple(range(2026, 2036))
    shown = edit(session, GROWTH, 2026, 2.53, "after")
    # 2026-2030 grow from the baseline's 2025, 2031-2035 by hague-2035's own entry: all at 2.53%,
    # 2035 = 1,178,656.92 x 1.0253^10 = 1,513,202.27.
    assert shown.value("gdp_cpb", 2035) == pytest.approx(1_513_202.27)
    session.save(today=TODAY)
    assert (folder / "baseline.toml").read_bytes() == parent_bytes
    text = hague.read_text(encoding="utf-8")
    comments = [line for line in original.splitlines() if line.lstrip().startswith("#")]
    assert [line for line in text.splitlines() if line.lstrip().startswith("#")] == comments
    # Its own entry changed where it stands; the baseline's years became an entry of its own,
    # after its last [[adjust]], before the comment that opens the next part.
    entries = [
        (e["series"], e.get("from"), e.get("growth"), e.get("replaces"))
        for e in tomllib.loads(text)["adjust"]
    ]
    assert entries == [
        ("gdp_cpb", 2031, 2.53, None),
        ("deflator_defence", 2025, 2.0, None),
        ("deflator_gdp", 2025, 2.0, None),
        ("gdp_cpb", 2026, 2.53, "baseline.toml"),
    ]
    assert text.index('replaces = "baseline.toml"') < text.index("# Related spending")
    same_numbers(shown, compute(load_scenario(hague)))


def test_save_as_holds_exactly_the_edits(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    baseline = folder / "baseline.toml"
    parent_bytes = baseline.read_bytes()
    session = Session.open(baseline)
    disk = compute(session.disk)
    edit(session, "share_nl_excl", 2026, 2.2)
    shown = edit(session, GROWTH, 2026, 2.53, "after")
    child = session.save_as("GDP a point lower", "CPB's growth less one point", today=TODAY)
    assert baseline.read_bytes() == parent_bytes
    # Nothing restated: no ukraine_military, gdp_oecd or other share of GDP beside the edits.
    assert tomllib.loads(child.path.read_text(encoding="utf-8")) == {
        "schema": 1,
        "scenario": {
            "name": "GDP a point lower",
            "description": "CPB's growth less one point",
            "extends": "baseline.toml",
        },
        "inputs": {
            "defence_excl_ukraine": {
                "unit": "% of gdp_cpb",
                "2026": 2.2,
                "what_if": {"2026": "What-if of 2026-11-29: 2.2 in place of 2 (table1)"},
            }
        },
        "adjust": [
            {
                "series": "gdp_cpb",
                "from": 2026,
                "to": 2030,
                "growth": 2.53,
                "replaces": "baseline.toml",
                "note": "What-if of 2026-11-29: growth 2.53 in place of 3.53 (cpb_cep_2025)",
            }
        ],
    }
    same_numbers(shown, compute(child.disk))
    assert main(["check", str(child.path)]) == 0
    capsys.readouterr()
    assert main(["diff", str(baseline), str(child.path), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    from_diff = {
        (r["id"], int(y)) for r in rows for y, d in r["delta"].items() if d is not None and abs(d) > 1e-9
    }
    assert from_diff == changed_cells(disk, shown)
    # the shares the edits did not touch hold: only 2026's Dutch shares moved
    assert {y for row, y in from_diff if row == "share_nl_excl"} == {2026}
    assert ("ukraine_military", 2027) in from_diff  # its euros follow the lower GDP, its share holds
    assert not any(row == "share_nl_incl" and y != 2026 for row, y in from_diff)


def test_save_as_from_a_child_and_from_its_what_if(folder: Path) -> None:
    """A child of hague-2035 names the file each grown year comes from; a what-if on that child
    replaces the child's growth and still means what was shown."""
    session = Session.open(folder / "hague-2035.toml")
    shown = edit(session, GROWTH, 2029, 1.5, "after")
    child = session.save_as("slow", today=TODAY)
    entries = tomllib.loads(child.path.read_text(encoding="utf-8"))["adjust"]
    assert [(e["from"], e["to"], e["replaces"]) for e in entries] == [
        (2029, 2030, "baseline.toml"),
        (2031, 2035, "hague-2035.toml"),
    ]
    same_numbers(shown, compute(child.disk))
    shown = edit(child, GROWTH, 2030, 0.5, "year")
    grandchild = child.save_as("slower", today=TODAY)
    entries = tomllib.loads(grandchild.path.read_text(encoding="utf-8"))["adjust"]
    assert [(e["from"], e["to"], e["replaces"]) for e in entries] == [(2030, 2030, "slow.toml")]
    same_numbers(shown, compute(grandchild.disk))


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            'series = "gdp_cpb"\ngrowth = 2.0\nreplaces = "nato-method.toml"',
            "'nato-method.toml' is not a file this one extends",
        ),
        ('series = "gdp_cpb"\ngrowth = 2.0\nreplaces = 3', "replaces must be a file name"),
        ('series = "gdp_cpb"\nscale = 0.9\nreplaces = "baseline.toml"', "replaces works with growth only"),
        (
            'series = "deflator_gdp"\ngrowth = 2.0\nreplaces = "baseline.toml"',
            "deflator_gdp 2026 is not grown by any",
        ),
    ],
)
def test_a_wrong_replaces_is_an_error_at_its_line(folder: Path, entry: str, message: str) -> None:
    child = child_of_baseline(folder)
    added = f"\n[[adjust]]\n{entry}\nfrom = 2026\n"
    child.write_text(child.read_text(encoding="utf-8") + added, encoding="utf-8")
    with pytest.raises(NavotopError) as raised:
        load_scenario(child)
    problems = [str(p) for p in raised.value.problems]
    assert any(message in p and p.startswith(f"{child}:") for p in problems), problems


def test_a_file_whose_adjust_entries_are_written_in_several_places_keeps_its_layout(folder: Path) -> None:
    """hague-2035.toml has [[adjust]] entries before and after its input tables. Setting one
    value changes that line only (tomlkit, given the whole file, would gather the entries)."""
    hague = folder / "hague-2035.toml"
    before = hague.read_text(encoding="utf-8").splitlines()
    assert main(["set", str(hague), "defence_excl_ukraine", "2033", "2.5"]) == 0
    after = hague.read_text(encoding="utf-8").splitlines()
    assert [(a, b) for a, b in zip(before, after, strict=True) if a != b] == [("2033 = 2.0", "2033 = 2.5")]
