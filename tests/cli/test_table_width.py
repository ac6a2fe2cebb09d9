"""`navotop table` and `navotop diff` at the widths people's terminals have: a number is never cut."""

from __future__ import annotations

import io

import pytest
from rich.console import Console, RenderableType

from core.diff import change_text, diff
from core.engine import Result, compute
from core.export import row_texts
from core.scenario import load_scenario
from tests.conftest import BASELINE, REPO
from tui.render import diff_table, rich_table


def printed(renderable: RenderableType, width: int) -> str:
    console = Console(width=width, file=io.StringIO(), color_system=None)
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined]


def baseline() -> Result:
    return compute(load_scenario(BASELINE))


@pytest.mark.parametrize("width", [80, 120])
def test_table_shows_every_value_whole_within_the_width(width: int) -> None:
    result = baseline()
    out = printed(rich_table(result, width), width)
    assert "…" not in out
    assert max(len(line) for line in out.splitlines()) <= width
    for row in result.rows:
        for text in row_texts(result, row):
            assert f" {text} │" in out, (row.id, text)  # a whole cell, right-aligned
    for year in result.years:
        assert f" {year} ┃" in out
    assert "source / formula" in out and "table1" in out  # the sources still shown


def test_table_at_80_repeats_the_labels_beside_each_block_of_years() -> None:
    out = printed(rich_table(baseline(), 80), 80)
    assert out.count("┃ row ") >= 3 and "(continued)" in out
    assert out.count("Dutch method, excl.") == out.count("┃ row ")


def test_table_in_one_piece_when_it_fits() -> None:
    out = printed(rich_table(baseline(), 400), 400)
    assert out.count("┃ row ") == 1 and "(continued)" not in out


@pytest.mark.parametrize("width", [80, 120])
def test_diff_shows_every_change_whole_within_the_width(width: int) -> None:
    base = baseline()
    other = compute(load_scenario(REPO / "scenarios" / "no-ukraine-after-2026.toml"))
    result = diff(base, other)
    out = printed(diff_table(result, width), width)
    assert "…" not in out
    assert max(len(line) for line in out.splitlines()) <= width
    for d in result.rows:
        for a, b, c in zip(d.base, d.other, d.delta, strict=True):
            assert f" {change_text(a, b, c, d.row.unit)} │" in out


# ---------------------------------------------------------------- into a pipe: COLUMNS decides
def piped_lines(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    """What `navotop ...` prints into a pipe (capsys is no terminal), as lines."""
    from tui.cli import main

    capsys.readouterr()
    assert main([*argv, "--lang", "en"]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("columns", [90, 140])
def test_table_into_a_pipe_is_columns_wide_when_columns_is_set(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    """`COLUMNS=90 navotop table X | less`: a tester found the width ignored in a pipe."""
    monkeypatch.setenv("COLUMNS", str(columns))
    lines = piped_lines(capsys, "table", str(BASELINE))
    assert max(len(line) for line in lines) <= columns
    assert any("(continued)" in line for line in lines)  # the years in blocks that fit
    assert "1.56" in "\n".join(lines) and "2.06 eac" in "\n".join(lines)


def test_diff_into_a_pipe_follows_columns_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    other = REPO / "scenarios" / "gdp-shock-fixed-euros.toml"
    lines = piped_lines(capsys, "diff", str(BASELINE), str(other))
    assert max(len(line) for line in lines) <= 100


def test_table_into_a_pipe_without_columns_is_as_wide_as_it_needs(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    lines = piped_lines(capsys, "table", str(BASELINE))
    assert 120 < max(len(line) for line in lines) <= 200
    assert not any("(continued)" in line for line in lines)


def test_help_says_what_happens_in_a_pipe(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli import main

    for command in ("table", "diff"):
        with pytest.raises(SystemExit):
            main([command, "--help", "--lang", "en"])
        shown = " ".join(capsys.readouterr().out.split())
        assert "Into a pipe or a file (| less, > FILE) it is COLUMNS wide when COLUMNS is set" in shown
        assert "COLUMNS=$COLUMNS navotop table SCENARIO | less" in shown
