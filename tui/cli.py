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
from typing import TYPE_CHECKING

from core.errors import NavotopError

if TYPE_CHECKING:
    from rich.console import RenderableType

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
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
        console = Console(width=console.measure(renderable, options=wide).maximum)
    console.print(renderable)


def cmd_table(args: argparse.Namespace) -> int:
    """Print the calculation table of a scenario in the chosen format."""
    from core import export

    result = _scenario_result(args.scenario)
    if args.format == "json":
        print(export.to_json(result))
    elif args.format == "csv":
        sys.stdout.write(export.to_csv(result))
    elif args.format == "markdown":
        sys.stdout.write(export.to_markdown(result))
    else:
        from core.richtable import rich_table

        _print_rich(rich_table(result))
    return EXIT_OK


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
        print(f"{path}: {verdict} ({checked} published figures checked)")
        if failed and worst == EXIT_OK:
            worst = EXIT_FAILED
    return worst


SUBCOMMANDS: dict[str, tuple[str, Handler]] = {
    "table": ("print the calculation table of a scenario", cmd_table),
    "check": ("validate scenario files and compare them with their [observed] figures", cmd_check),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="navotop",
        description="The NATO summit in The Hague (2025) and the arithmetic of Dutch defence spending.",
        epilog="With no subcommand, navotop opens the app on SCENARIO (default: the bundled baseline).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    table = sub.add_parser("table", help=SUBCOMMANDS["table"][0], description=SUBCOMMANDS["table"][0])
    table.add_argument("scenario", type=Path, metavar="SCENARIO")
    table.add_argument("--format", choices=TABLE_FORMATS, default="text")
    check = sub.add_parser("check", help=SUBCOMMANDS["check"][0], description=SUBCOMMANDS["check"][0])
    check.add_argument("files", type=Path, nargs="+", metavar="FILE")
    return parser


def _open_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="navotop", description="Open the navotop app.")
    parser.add_argument("scenario", type=Path, nargs="?", metavar="SCENARIO")
    return parser


def cmd_open(args: argparse.Namespace) -> int:
    """Open the app. Until the TUI lands this prints the scenario's table, as the README says."""
    from core.paths import baseline_path

    args.scenario = args.scenario or baseline_path()
    args.format = "text"
    return cmd_table(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `navotop` command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and (argv[0] in SUBCOMMANDS or argv[0].startswith("-")):
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
