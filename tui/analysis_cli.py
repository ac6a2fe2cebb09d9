"""`navotop solve`, `navotop sensitivity` and `navotop sweep`: the analysis commands.

They compute only, so like `table` they never import Textual (nor rich: their text output is
plain lines), and start in little more than polars' own import time. The arithmetic is in
core/sweep.py, core/solve.py and core/sensitivity.py; the words and numbers they print are in
tui/analysis_text.py, shared with the app's goal-seek and tornado views.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from core import formats
from core.errors import NavotopError
from core.i18n import t

if TYPE_CHECKING:
    from core.sweep import Axis, Sweep

EXIT_OK, EXIT_FAILED = 0, 1
HOWS = ("level", "step", "growth")
"""core.solve.HOWS, restated so that building the parser does not import polars (a test holds
the two together)."""
MAX_COMBINATIONS = 1_000_000
"""A sweep larger than this is refused: it would take seconds and its output would not be read."""

HELP = {name: f"cli.{name}" for name in ("solve", "sensitivity", "sweep")}
"""Each subcommand's help, as its catalogue key (read when the parser is built, after --lang)."""


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The three subcommands' arguments, on the `navotop` parser. Nothing heavy is imported here:
    every navotop command builds this parser."""
    solve = sub.add_parser("solve", help=t(HELP["solve"]), description=t(HELP["solve"]))
    solve.add_argument("scenario", type=Path, metavar="SCENARIO", help=t("cli.scenario_file"))
    _cell_arguments(solve)
    solve.add_argument("--target", type=_number, required=True, metavar="VALUE", help=t("cli.target"))
    solve.add_argument("--vary", required=True, metavar="SERIES", help=t("cli.vary"))
    solve.add_argument("--how", choices=HOWS, default="level", help=t("cli.how"))
    solve.add_argument(
        "--from",
        dest="start",
        type=_year,
        metavar="YEAR",
        help=t("cli.from"),
    )
    solve.add_argument(
        "--format", choices=("text", "json"), default="text", help=t("cli.format", default="text")
    )

    sens = sub.add_parser("sensitivity", help=t(HELP["sensitivity"]), description=t(HELP["sensitivity"]))
    sens.add_argument("scenario", type=Path, metavar="SCENARIO", help=t("cli.scenario_file"))
    _cell_arguments(sens)
    sens.add_argument("--by", type=_number, default=10.0, metavar="PERCENT", help=t("cli.by"))
    sens.add_argument(
        "--format", choices=("text", "json"), default="text", help=t("cli.format", default="text")
    )

    sweep = sub.add_parser("sweep", help=t(HELP["sweep"]), description=t(HELP["sweep"]))
    sweep.add_argument("scenario", type=Path, metavar="SCENARIO", help=t("cli.scenario_file"))
    sweep.add_argument(
        "--vary",
        action="append",
        required=True,
        type=_axis,
        metavar="SERIES:YEAR:FROM:TO:STEPS",
        help=t("cli.sweep_vary"),
    )
    _cell_arguments(sweep)
    sweep.add_argument(
        "--format", choices=("csv", "json"), default="csv", help=t("cli.format", default="csv")
    )


def _cell_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--row", required=True, metavar="ROW", help=t("cli.row"))
    parser.add_argument("--year", type=_year, required=True, metavar="YEAR")


def _number(text: str) -> float:
    """A number as people type it, by core.numbers' one parser (`1.5`, `1,5`, `-2`, `1e6`)."""
    from core.numbers import parse_number

    try:
        return parse_number(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _year(text: str) -> int:
    from core.numbers import parse_int

    try:
        return parse_int(text.strip(), t("number.a_year"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _axis(text: str) -> Axis:
    from core.sweep import Axis

    parts = text.split(":")
    if len(parts) != 5:
        raise argparse.ArgumentTypeError(t("cli.axis_bad", text=text))
    series, year, start, stop, steps = parts
    count = _year(steps) if steps.strip().isascii() and steps.strip().isdigit() else 0
    if count < 1:
        raise argparse.ArgumentTypeError(t("cli.axis_steps", text=text))
    return Axis(series.strip(), _year(year), _number(start), _number(stop), count)


def _sweep(path: Path) -> Sweep:
    from core.scenario import load_scenario
    from core.sweep import Sweep

    return Sweep(load_scenario(path))


def cmd_solve(args: argparse.Namespace) -> int:
    """Goal seek; exit 0 when a value reaches the target, 1 when none does."""
    from core.solve import Goal, solve
    from tui.analysis_text import solve_lines

    sweep = _sweep(args.scenario)
    answer = solve(sweep, Goal(args.row, args.year, args.target, args.vary, args.how, args.start))
    if args.format == "json":
        _print_json(answer.to_json(sweep.scenario.name))
    else:
        print("\n".join(solve_lines(sweep, answer)))
    return EXIT_OK if answer.reachable else EXIT_FAILED


def cmd_sensitivity(args: argparse.Namespace) -> int:
    """Each input moved by --by percent both ways, the cell's values, largest effect first."""
    from core.sensitivity import sensitivity
    from tui.analysis_text import sensitivity_lines

    sweep = _sweep(args.scenario)
    result = sensitivity(sweep, args.row, args.year, args.by)
    if args.format == "json":
        _print_json(result.to_json(sweep.scenario.name))
    else:
        print("\n".join(sensitivity_lines(sweep, result)))
    return EXIT_OK


def cmd_sweep(args: argparse.Namespace) -> int:
    """The row's value for every combination of the varied cells, one line each."""
    import polars as pl

    from core.sweep import grid

    axes: list[Axis] = args.vary
    sweep = _sweep(args.scenario)
    sweep.check_row(args.row)
    sweep.check_year(args.year)
    for axis in axes:
        sweep.check_series(axis.series)
        sweep.check_year(axis.year)
    counts = Counter((a.series, a.year) for a in axes)
    twice = [f"{series} {year}" for (series, year), n in counts.items() if n > 1]
    if twice:
        raise NavotopError.single(args.scenario, t("cli.vary_twice", cells=", ".join(twice)))
    n, cells = grid(axes)
    if n > MAX_COMBINATIONS:
        raise NavotopError.single(
            args.scenario, t("cli.too_many", n=formats.number(n, 0), most=formats.number(MAX_COMBINATIONS, 0))
        )
    values = sweep.cell(n, cells, args.row, args.year)
    per_series = Counter(a.series for a in axes)
    names = [a.series if per_series[a.series] == 1 else f"{a.series}:{a.year}" for a in axes]
    columns = {name: cells[a.series, a.year] for name, a in zip(names, axes, strict=True)}
    value_name = args.row if args.format == "csv" else "value"
    frame = pl.DataFrame(
        columns | {value_name: values}, schema=dict.fromkeys([*names, value_name], pl.Float64)
    )
    frame = frame.with_columns(pl.col(value_name).fill_nan(None))
    if args.format == "csv":
        sys.stdout.write(frame.write_csv())
    else:
        sys.stdout.write('{"rows": ' + frame.write_json() + "}\n")
    return EXIT_OK


def _print_json(value: object) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


HANDLERS: dict[str, tuple[str, Callable[[argparse.Namespace], int]]] = {
    "solve": (HELP["solve"], cmd_solve),
    "sensitivity": (HELP["sensitivity"], cmd_sensitivity),
    "sweep": (HELP["sweep"], cmd_sweep),
}
