"""The `navotop` command. With no subcommand it opens the app; the subcommands that only compute
(`table`, `check`, `diff`, `set`, `agenda`, `commitments`, `allies`) never import Textual, and
import rich only for text output, so they start in little more than polars' own import time.

Exit codes: 0 success, 1 a check or comparison failed, 2 bad input or usage. Bad input is one
line per problem on stderr, `FILE:LINE:COL: message`, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from core.errors import NavotopError
from core.text import printable
from tui import analysis_cli

if TYPE_CHECKING:
    from rich.console import RenderableType

    from tui.app import NavotopApp

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
PIPE_WIDTH = 200
"""Widest text output into a pipe or file: tables narrower than this print at their own width."""
TABLE_FORMATS = ("text", "csv", "json", "markdown")
Handler = Callable[[argparse.Namespace], int]


def _scenario_result(path: Path):  # type: ignore[no-untyped-def]  # typed at the call sites
    from core.engine import compute
    from core.scenario import load_scenario

    return compute(load_scenario(path))


def _print_rich(renderable: RenderableType) -> None:
    """Print to the terminal at its width; into a pipe or file, as wide as the table needs, so
    that a redirected table is not folded to a made-up 80 columns."""
    from rich.console import Console

    console = Console()
    if not console.is_terminal:
        wide = console.options.update_width(1000)
        needed = console.measure(renderable, options=wide).maximum
        console = Console(width=min(max(needed, 80), PIPE_WIDTH))
    console.print(renderable)


def cmd_table(args: argparse.Namespace) -> int:
    """Print the calculation table of a scenario in the chosen format."""
    from core import export

    result = _scenario_result(args.scenario)
    _emit(args.format, result, export, "rich_table")
    return EXIT_OK


def _emit(fmt: str, value: object, module: ModuleType, rich_name: str) -> None:
    """Write `value` in `fmt` with the module's to_json/to_csv/to_markdown, or as a rich table
    from tui.render (imported only then, so the other formats never load rich)."""
    if fmt == "text":
        from tui import render

        _print_rich(getattr(render, rich_name)(value))
        return
    text = getattr(module, {"json": "to_json", "csv": "to_csv", "markdown": "to_markdown"}[fmt])(value)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def cmd_check(args: argparse.Namespace) -> int:
    """Validate each file and hold it to its [observed] figures; report every file, then exit."""
    from core.export import check_lines

    worst = EXIT_OK
    for path in args.files:
        try:
            result = _scenario_result(path)
        except NavotopError as error:
            print(error, file=sys.stderr)
            worst = EXIT_BAD_INPUT
            continue
        failed = list(check_lines(result))
        for line in failed:
            print(line, file=sys.stderr)
        checked = len(result.checks)
        verdict = "ok" if not failed else f"{len(failed)} of {checked} checks failed"
        print(f"{printable(path)}: {verdict} ({checked} published figures checked)")
        if failed and worst == EXIT_OK:
            worst = EXIT_FAILED
    return worst


def cmd_diff(args: argparse.Namespace) -> int:
    """Inputs and measures that differ between two scenarios, with deltas."""
    from core import diff

    result = diff.diff(_scenario_result(args.base), _scenario_result(args.other))
    _emit(args.format, result, diff, "diff_table")
    return EXIT_FAILED if args.exit_code and result.rows else EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    """Change one input value in a scenario file in place; comments and layout are kept."""
    from core.edit import set_value
    from core.numbers import parse_int, parse_number

    try:
        value = parse_number(args.value)
        year = parse_int(args.year, "a year")
    except ValueError as exc:
        raise NavotopError.single(args.file, str(exc)) from None
    set_value(args.file, args.series, year, value)
    print(f"{printable(args.file)}: {printable(args.series)} {year} = {value:g}")
    return EXIT_OK


def _print_json(value: object) -> None:
    import json

    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))


def cmd_agenda(args: argparse.Namespace) -> int:
    """The summit's programme, by date."""
    return _emit_summit(args.format, "agenda", "agenda_table")


def cmd_commitments(args: argparse.Namespace) -> int:
    """Every commitment, target and position, as core/data/commitments.toml lists them: the
    letter's by topic, then the summit's outcome."""
    return _emit_summit(args.format, "commitments", "commitments_table")


def _emit_summit(fmt: str, part: str, rich_name: str) -> int:
    """One part of the bundled summit data as JSON records or as the rich table from tui.render
    (imported only then)."""
    import dataclasses

    from core.document import bundled_summit

    summit = bundled_summit()
    if fmt == "json":
        _print_json([_plain(dataclasses.asdict(record)) for record in getattr(summit, part)])
    else:
        from tui import render

        _print_rich(getattr(render, rich_name)(summit))
    return EXIT_OK


def cmd_allies(args: argparse.Namespace) -> int:
    """NATO's shares for every ally in one year and edition, ranked, the Netherlands marked."""
    from core.allies import default_edition, ranking

    edition = args.edition or default_edition(args.year)
    rows = ranking(args.year, edition).to_dicts()
    if args.format == "json":
        keys = (
            "country",
            "share",
            "decimals",
            "year",
            "edition",
            "estimate",
            "rank",
            "aggregate",
            "note",
            "file",
        )
        _print_json([{k: row[k] for k in keys} for row in rows])
    else:
        from tui.render import allies_table

        _print_rich(allies_table(rows, args.year, edition))
    return EXIT_OK


def _plain(record: dict[str, object]) -> dict[str, object]:
    """A record for JSON: no Origin objects, tuples as lists, dates as ISO strings."""
    out: dict[str, object] = {}
    for key, value in record.items():
        if key == "origin":
            continue
        out[key] = list(value) if isinstance(value, tuple) else value
    return out


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="navotop",
        description="The NATO summit in The Hague (2025) and the arithmetic of Dutch defence spending.",
        epilog="With no subcommand, `navotop [SCENARIO] [--export-dir DIR] [--no-watch]` opens the app"
        " on SCENARIO (default: the bundled baseline).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    table = sub.add_parser("table", help=SUBCOMMANDS["table"][0], description=SUBCOMMANDS["table"][0])
    table.add_argument("scenario", type=Path, metavar="SCENARIO")
    table.add_argument("--format", choices=TABLE_FORMATS, default="text")
    check = sub.add_parser("check", help=SUBCOMMANDS["check"][0], description=SUBCOMMANDS["check"][0])
    check.add_argument("files", type=Path, nargs="+", metavar="FILE")
    diff = sub.add_parser("diff", help=SUBCOMMANDS["diff"][0], description=SUBCOMMANDS["diff"][0])
    diff.add_argument("base", type=Path, metavar="BASE")
    diff.add_argument("other", type=Path, metavar="OTHER")
    diff.add_argument("--format", choices=TABLE_FORMATS, default="text")
    diff.add_argument("--exit-code", action="store_true", help="exit 1 when the scenarios differ")
    set_ = sub.add_parser("set", help=SUBCOMMANDS["set"][0], description=SUBCOMMANDS["set"][0])
    set_.add_argument("file", type=Path, metavar="FILE")
    set_.add_argument("series", metavar="SERIES")
    set_.add_argument("year", metavar="YEAR")
    set_.add_argument("value", metavar="VALUE", help="in the unit the file uses for the series; 1.5 or 1,5")
    shot = sub.add_parser(
        "screenshot", help=SUBCOMMANDS["screenshot"][0], description=SUBCOMMANDS["screenshot"][0]
    )
    shot.add_argument(
        "scenario", type=Path, nargs="?", metavar="SCENARIO", help="default: the bundled baseline"
    )
    shot.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.svg")
    shot.add_argument("--size", default="120x40", help="WIDTHxHEIGHT, default 120x40")
    shot.add_argument("--force", action="store_true", help="replace FILE.svg if it exists")
    for name in ("agenda", "commitments", "allies"):
        sub_parser = sub.add_parser(name, help=SUBCOMMANDS[name][0], description=SUBCOMMANDS[name][0])
        sub_parser.add_argument("--format", choices=("text", "json"), default="text")
        if name == "allies":
            sub_parser.add_argument("--year", type=_year_argument, default=2024, help="default: 2024")
            sub_parser.add_argument(
                "--edition", help="june-2024, annual-report-2024 or august-2025 (default: newest)"
            )
    analysis_cli.add_parsers(sub)
    return parser


def _year_argument(text: str) -> int:
    """A year on the command line, read by the one number parser (ASCII digits only)."""
    from core.numbers import parse_int

    try:
        return parse_int(text, "a year")
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _open_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="navotop", description="Open the navotop app.")
    parser.add_argument(
        "scenario", type=Path, nargs="?", metavar="SCENARIO", help="default: the bundled baseline"
    )
    parser.add_argument("--export-dir", type=Path, default=Path("exports"), help="where x saves screenshots")
    parser.add_argument(
        "--no-watch", action="store_true", help="do not reload the scenario when it changes on disk"
    )
    return parser


def make_app(
    scenario: Path | None,
    *,
    export_dir: Path = Path("exports"),
    watch: bool = True,
    own_process: bool = False,
) -> NavotopApp:
    """The composition root: the CLI, the screenshot command and the tests all build the app
    here, the same way. The scenario and the summit data are read by the app itself, after its
    first paint."""
    from core.paths import baseline_path
    from core.safefile import check_regular
    from tui.app import NavotopApp
    from tui.settings import Settings

    path = scenario or baseline_path()
    check_regular(path)  # refused now, not after the app has started
    return NavotopApp(path, Settings(export_dir=export_dir, watch=watch, own_process=own_process))


def cmd_open(args: argparse.Namespace) -> int:
    """Open the app on a scenario (the bundled baseline by default)."""
    if not _has_terminal():
        print(
            "navotop: the app needs a terminal (stdin and stdout are not one).\n"
            "Without a terminal, print the table instead: navotop table SCENARIO "
            "(e.g. navotop table scenarios/baseline.toml); navotop --help lists every command.",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    app = make_app(args.scenario, export_dir=args.export_dir, watch=not args.no_watch, own_process=True)
    app.run()
    return EXIT_OK


def _has_terminal() -> bool:
    """Both ends a terminal, or a driver that needs none (textual-serve sets TEXTUAL_DRIVER).
    Without this, Textual would wait on a closed or redirected input and spin the CPU."""
    import os

    if os.environ.get("TEXTUAL_DRIVER"):
        return True
    return sys.stdin.isatty() and sys.stdout.isatty()


def cmd_screenshot(args: argparse.Namespace) -> int:
    """Render the app headless at a given size and save the SVG: the same picture `x` makes."""
    import asyncio

    from core.numbers import parse_size
    from core.safefile import check_target

    try:
        size = parse_size(args.size)
    except ValueError as exc:
        print(f"navotop screenshot: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    check_target(args.output, replace=args.force, exists_hint=" (--force replaces it)")
    app = make_app(args.scenario, watch=False)

    async def shoot() -> Path:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            return app.export_svg(args.output, replace=args.force)

    path = asyncio.run(shoot())
    print(printable(path))
    return EXIT_OK


SUBCOMMANDS: dict[str, tuple[str, Handler]] = {
    "table": ("print the calculation table of a scenario", cmd_table),
    "check": ("validate scenario files and compare them with their [observed] figures", cmd_check),
    "diff": ("inputs and measures that differ between two scenarios, with deltas", cmd_diff),
    "set": ("change one input value in a scenario file, keeping comments and layout", cmd_set),
    "screenshot": ("save an SVG picture of the app without opening it", cmd_screenshot),
    "agenda": ("the summit's programme, as the letter gives it", cmd_agenda),
    "commitments": ("every pledge, target, amount and position, with its source", cmd_commitments),
    "allies": ("NATO's defence spending shares for all allies, ranked", cmd_allies),
    **analysis_cli.HANDLERS,  # solve, sensitivity, sweep
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `navotop` command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and (argv[0] in SUBCOMMANDS or argv[0] in ("-h", "--help")):
            args = _parser().parse_args(argv)
            if args.command is None:
                _parser().print_help()
                return EXIT_OK
            return SUBCOMMANDS[args.command][1](args)
        return cmd_open(_open_parser().parse_args(argv))
    except NavotopError as error:
        print(error, file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `navotop table ... | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
