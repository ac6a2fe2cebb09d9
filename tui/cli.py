"""The `navotop` command. With no subcommand it opens the app; the subcommands that only compute
(`table`, `check`, `diff`, `set`, `agenda`, `commitments`, `allies`) never import Textual, and
import rich only for text output, so they start in little more than polars' own import time.

Exit codes: 0 success, 1 a check or comparison failed, 2 bad input or usage. Bad input is one
line per problem on stderr, `FILE:LINE:COL: message`, never a traceback.
"""

from __future__ import annotations

import argparse
import difflib
import re
import shlex
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from core.errors import NavotopError
from core.formats import LANGS, Lang, default_language, set_language
from core.i18n import TEXTS, t
from core.text import printable
from tui import analysis_cli
from tui.cli_words import WordsParser

if TYPE_CHECKING:
    from rich.console import RenderableType

    from core.model import Unit
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


def _print_rich(renderable: RenderableType | Callable[[int], RenderableType]) -> None:
    """Print to the terminal at its width; into a pipe or file at COLUMNS when it is set
    (`COLUMNS=$COLUMNS navotop table X | less`: a tester found the width ignored there), else as
    wide as the table needs, up to PIPE_WIDTH, so that a redirected table is not folded to a
    made-up 80 columns. A callable is given the width to lay itself out for (tables print their
    years in blocks that fit). Where even the narrowest layout is wider than that, it runs
    wider rather than cut a number."""
    from rich.console import Console

    console = Console()
    columns = _columns()
    if callable(renderable):
        renderable = renderable(console.width if console.is_terminal else columns or PIPE_WIDTH)
    narrowest = console.measure(renderable).minimum
    if console.is_terminal and narrowest > console.width:
        console = Console(width=narrowest)
    elif not console.is_terminal and columns:
        console = Console(width=max(columns, narrowest))
    elif not console.is_terminal:
        wide = console.options.update_width(1000)
        needed = console.measure(renderable, options=wide).maximum
        console = Console(width=min(max(needed, 80), PIPE_WIDTH))
    console.print(renderable)


def _columns() -> int | None:
    """The width COLUMNS asks for, when it holds a whole number of at least 20 (a narrower table
    cannot show a row label beside a year); None otherwise."""
    import os

    text = os.environ.get("COLUMNS", "").strip()
    return int(text) if text.isdigit() and int(text) >= 20 else None


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

        draw = getattr(render, rich_name)
        _print_rich(lambda width: draw(value, width))
        return
    text = getattr(module, {"json": "to_json", "csv": "to_csv", "markdown": "to_markdown"}[fmt])(value)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def cmd_check(args: argparse.Namespace) -> int:
    """Validate each file and hold it to its [observed] figures; report every file, then exit.
    What the app would ask about before applying it (core.plausible.doubts: a likely unit slip,
    a growth rate outside its band) is a warning at its FILE:LINE:COL; it fails the check only
    with --strict. A warning in a parent is said once, however many of its children are checked."""
    from core.export import check_lines
    from core.plausible import doubts

    worst = EXIT_OK
    warned: set[str] = set()
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
        warnings = [f"{origin}: {t('check.warning', doubt=said)}" for origin, said in doubts(result.scenario)]
        for line in warnings:
            if line not in warned:
                print(line, file=sys.stderr)
        warned.update(warnings)
        checked = len(result.checks)
        one = "_one" if checked == 1 else ""
        verdict = (
            t("check.ok") if not failed else t(f"check.failed{one}", failed=len(failed), checked=checked)
        )
        figures = t(f"check.summary{one}", verdict=verdict, checked=checked)
        if warnings:
            figures += t(
                "check.warnings_one" if len(warnings) == 1 else "check.warnings", count=len(warnings)
            )
        print(f"{printable(path)}: {figures}")
        if (failed or (warnings and args.strict)) and worst == EXIT_OK:
            worst = EXIT_FAILED
    return worst


def cmd_diff(args: argparse.Namespace) -> int:
    """Inputs and measures that differ between two scenarios, with deltas."""
    from core import diff

    result = diff.diff(_scenario_result(args.base), _scenario_result(args.other))
    _emit(args.format, result, diff, "diff_table")
    return EXIT_FAILED if args.exit_code and result.rows else EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    """Change one input value in a scenario file in place; comments and layout are kept. VALUE is
    read as a cell reads it (core.entry), against the file's current value, and held to the same
    check as the loader and the app (core.plausible)."""
    from core.edit import set_value
    from core.entry import parse_entry
    from core.formats import exact, unknown
    from core.numbers import parse_int
    from core.plausible import doubt, refusal
    from core.session import Session

    try:
        year = parse_int(args.year, t("number.a_year"))
    except ValueError as exc:
        raise NavotopError.single(args.file, str(exc)) from None
    session = Session.open(args.file)
    target = session.target(args.series, year) if args.series in _input_ids() else None
    if isinstance(target, str):
        raise NavotopError.single(args.file, target)
    try:
        value = parse_entry(args.value, None if target is None else target.value)
    except ValueError as exc:
        raise NavotopError.single(args.file, str(exc)) from None
    if target is not None:
        refused = refusal(target.series, target.unit, value)
        doubted = "" if args.force else doubt(target.series, target.unit, value)
        if doubted:
            refused = t("set.force", doubt=doubted)
        if refused and args.value.strip()[:1] in "+-" and target.value is not None:
            refused += t("set.changes", typed=args.value.strip(), old=exact(target.value), new=exact(value))
        if refused:
            raise NavotopError.single(
                args.file, t("set.not_set", series=target.series, year=year, why=refused)
            )
    set_value(args.file, args.series, year, value)  # an unknown series or year is refused here

    # Said as the grid says it: the language's grouping and decimal mark, the unit in words.
    old = unknown() if target is None or target.value is None else exact(target.value, grouped=True)
    unit = "" if target is None else f" {_unit_words(target.unit)}"
    done = t("set.done", file=printable(args.file), series=printable(args.series), year=year)
    print(f"{done}: {old} -> {exact(value, grouped=True)}{unit}")
    return EXIT_OK


def _unit_words(unit: Unit) -> str:
    """A file's unit in the words of the language shown (`%-bbp` for `% of gdp_cpb`)."""
    from core.formats import file_unit
    from core.measures import row_name

    of = unit.of or ""
    return file_unit(str(unit), (row_name(of)) if of else "")


def _input_ids() -> frozenset[str]:
    from core.measures import INPUT_BY_ID

    return frozenset(INPUT_BY_ID)


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
    others = [e for e in _editions_with(args.year) if e != edition]
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

        _print_rich(allies_table(rows, args.year, edition, others, chosen=bool(args.edition)))
    return EXIT_OK


def _editions_with(year: int) -> list[str]:
    """The editions that publish figures for `year`, oldest first."""
    import polars as pl

    from core.allies import EDITIONS, load_allies

    have = set(load_allies().filter(pl.col("year") == year).get_column("edition").to_list())
    return [e.id for e in sorted(EDITIONS.values(), key=lambda e: e.published) if e.id in have]


def _plain(record: dict[str, object]) -> dict[str, object]:
    """A record for JSON: no Origin objects, tuples as lists, dates as ISO strings."""
    out: dict[str, object] = {}
    for key, value in record.items():
        if key == "origin":
            continue
        out[key] = list(value) if isinstance(value, tuple) else value
    return out


def _parser() -> argparse.ArgumentParser:
    parser = WordsParser(prog="navotop", description=t("cli.description"), epilog=t("cli.epilog"))
    _add_lang(parser)
    sub = parser.add_subparsers(
        dest="command", metavar=t("argparse.metavar.command"), parser_class=_LangParser
    )
    table = sub.add_parser(
        "table", help=_h("cli.table"), description=t("cli.table"), epilog=_h("cli.text_width")
    )
    table.add_argument("scenario", type=Path, metavar="SCENARIO", help=_h("cli.scenario_file"))
    table.add_argument("--format", choices=TABLE_FORMATS, default="text", help=_format_help("text"))
    check = sub.add_parser("check", help=_h("cli.check"), description=t("cli.check"))
    check.add_argument("files", type=Path, nargs="+", metavar="FILE")
    check.add_argument("--strict", action="store_true", help=_h("cli.check_strict"))
    diff = sub.add_parser("diff", help=_h("cli.diff"), description=t("cli.diff"), epilog=_h("cli.text_width"))
    diff.add_argument("base", type=Path, metavar="BASE")
    diff.add_argument("other", type=Path, metavar="OTHER")
    diff.add_argument("--format", choices=TABLE_FORMATS, default="text", help=_format_help("text"))
    diff.add_argument("--exit-code", action="store_true", help=_h("cli.exit_code"))
    set_ = sub.add_parser("set", help=_h("cli.set"), description=t("cli.set"))
    set_.add_argument("file", type=Path, metavar="FILE")
    set_.add_argument("series", metavar="SERIES")
    set_.add_argument("year", metavar="YEAR")
    set_.add_argument("value", metavar="VALUE", help=_h("cli.value"))
    set_.add_argument("--force", action="store_true", help=_h("cli.set_force"))
    shot = sub.add_parser("screenshot", help=_h("cli.screenshot"), description=t("cli.screenshot"))
    shot.add_argument("scenario", type=Path, nargs="?", metavar="SCENARIO", help=_h("cli.scenario_default"))
    shot.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.svg", help=_h("cli.output"))
    shot.add_argument("--size", default="120x40", help=_h("cli.size"))
    shot.add_argument("--force", action="store_true", help=_h("cli.force"))
    for name in ("agenda", "commitments", "allies"):
        sub_parser = sub.add_parser(name, help=_h(f"cli.{name}"), description=t(f"cli.{name}"))
        sub_parser.add_argument(
            "--format", choices=("text", "json"), default="text", help=_format_help("text")
        )
        if name == "allies":
            sub_parser.add_argument("--year", type=_year_argument, default=2024, help=_h("cli.year"))
            sub_parser.add_argument("--edition", help=_h("cli.edition"))
    analysis_cli.add_parsers(cast("argparse._SubParsersAction[argparse.ArgumentParser]", sub))
    serve = sub.add_parser("serve", help=_h("cli.serve"), description=t("cli.serve"))
    serve.add_argument("scenario", type=Path, nargs="?", metavar="SCENARIO", help=_h("cli.scenario_default"))
    serve.add_argument("--host", default="127.0.0.1", help=_h("cli.host"))
    serve.add_argument("--port", type=_port_argument, default=8000, help=_h("cli.port"))
    return parser


EDITIONS_HELP = TEXTS["cli.edition"][0]
"""Written out (in the catalogue) rather than read from core.allies.EDITIONS, so that `--help`
does not load polars; a test holds it to EDITIONS."""


def _year_argument(text: str) -> int:
    """A year on the command line, read by the one number parser (ASCII digits only)."""
    from core.numbers import parse_int

    try:
        return parse_int(text, t("number.a_year"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _port_argument(text: str) -> int:
    """A TCP port on the command line: a whole number from 1 to 65535."""
    from core.numbers import parse_int

    try:
        port = parse_int(text, t("serve.port"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(t("serve.port_range", port=port))
    return port


class _LangParser(WordsParser):
    """Every subcommand's parser: it takes `--lang` too, so it can stand anywhere on the line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _add_lang(self)


def _h(key: str) -> str:
    """A catalogue text as argparse help, which treats `%` as a format character (`%-bbp`)."""
    return t(key).replace("%", "%%")


def _format_help(default: str) -> str:
    """`--format`'s help: what it chooses and its default (the choices argparse lists itself)."""
    return _h("cli.format").replace("{default}", default)


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=_h("cli.lang"))


def _first_word(argv: Sequence[str]) -> str | None:
    """The first argument that is not `--lang` or its value: the subcommand, if any."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            return arg
    return None


def _language(argv: Sequence[str]) -> Lang:
    """The language asked for on the command line (its last `--lang`), else the default from
    NAVOTOP_LANG or the locale. Read before the parsers are built, so their help is in it too;
    a bad value is left for argparse to refuse."""
    chosen: str | None = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            chosen = argv[i + 1]
        elif arg.startswith("--lang="):
            chosen = arg.partition("=")[2]
    for lang in LANGS:
        if chosen == lang:
            return lang
    return default_language()


def _open_parser() -> argparse.ArgumentParser:
    parser = WordsParser(prog="navotop", description=t("cli.open"))
    parser.add_argument("scenario", type=Path, nargs="?", metavar="SCENARIO", help=_h("cli.scenario_default"))
    parser.add_argument(
        "--export-dir", type=Path, default=None, metavar=t("argparse.metavar.dir"), help=_h("cli.export_dir")
    )
    parser.add_argument("--no-watch", action="store_true", help=_h("cli.no_watch"))
    _add_lang(parser)
    parser.add_argument("--root", type=Path, action="append", default=[], help=argparse.SUPPRESS)
    return parser


def make_app(
    scenario: Path | None,
    *,
    export_dir: Path = Path("exports"),
    watch: bool = True,
    own_process: bool = False,
    roots: Sequence[Path] = (),
) -> NavotopApp:
    """The composition root: the CLI, the screenshot command and the tests all build the app
    here, the same way. The scenario and the summit data are read by the app itself, after its
    first paint."""
    from core import confine
    from core.paths import baseline_path
    from core.safefile import check_regular
    from tui.app import NavotopApp
    from tui.settings import Settings

    path = scenario or baseline_path()
    confine.set_roots(roots)
    confine.check(path)
    confine.check(export_dir)
    check_regular(path)  # refused now, not after the app has started
    settings = Settings(export_dir=export_dir, watch=watch, own_process=own_process, roots=confine.roots())
    return NavotopApp(path, settings)


def cmd_open(args: argparse.Namespace) -> int:
    """Open the app on a scenario (the bundled baseline by default). A file it cannot open (or
    may not, under `navotop serve`) is said first, terminal or not."""
    if args.export_dir is not None and not args.root:  # `navotop serve` names its own, see below
        must_be_folder(args.export_dir, "--export-dir")
    app = make_app(
        args.scenario,
        export_dir=args.export_dir or Path("exports"),
        watch=not args.no_watch,
        own_process=True,
        roots=args.root,
    )
    if not _has_terminal():
        print(t("cli.no_terminal"), file=sys.stderr)
        return EXIT_BAD_INPUT
    app.run()
    return EXIT_OK


def must_be_folder(folder: Path, named_by: str) -> None:
    """A folder the user names for output must exist already (NavotopError, exit 2, naming it
    and how to make it). navotop never makes a folder it was told about: a typo would scatter
    exports into a new folder nobody looks in. Only its own defaults are made when first
    written to: ./exports, and the exports folder `navotop serve` gives each browser."""
    if folder.is_dir():
        return
    if folder.exists():
        raise NavotopError.single(folder, t("cli.not_a_folder", named_by=named_by))
    shown = shlex.quote(printable(str(folder)))
    raise NavotopError.single(folder, t("cli.no_such_folder", named_by=named_by, folder=shown))


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
    if args.output.suffix.lower() != ".svg":
        raise NavotopError.single(
            args.output,
            t("cli.not_svg", stem=args.output.stem, suffix=args.output.suffix or t("cli.no_suffix")),
        )
    must_be_folder(args.output.parent, "-o")
    check_target(args.output, replace=args.force, exists_hint=t("cli.force_replaces"))
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


def cmd_serve(args: argparse.Namespace) -> int:
    """The app in a web browser (textual-serve), confined to the scenario's folder."""
    from core.formats import language
    from core.paths import baseline_path
    from core.safefile import check_regular
    from tui.serve import serve

    scenario = args.scenario or baseline_path()
    check_regular(scenario)  # refused now, not when the first browser connects
    return serve(scenario, host=args.host, port=args.port, lang=language())


SUBCOMMANDS: dict[str, Handler] = {
    "table": cmd_table,
    "check": cmd_check,
    "diff": cmd_diff,
    "set": cmd_set,
    "screenshot": cmd_screenshot,
    "agenda": cmd_agenda,
    "commitments": cmd_commitments,
    "allies": cmd_allies,
    "serve": cmd_serve,
    **{name: handler for name, (_, handler) in analysis_cli.HANDLERS.items()},  # solve, sensitivity, sweep
}
"""Each subcommand's handler; its one-line help is `cli.<name>` in the catalogue."""


_SIGNED_VALUE = re.compile(r"^-\d[\d.,]*%?$")
"""`-0,05`, `-2%`, `-1.5`: a change typed as in a cell. argparse reads only `-150` and `-1.5`
as negative numbers, anything else starting with `-` as an unknown option."""


def _signed_values_last(argv: list[str]) -> list[str]:
    """`set FILE SERIES YEAR -0,05 --force` as `set FILE SERIES YEAR --force -- -0,05`: VALUE is
    `set`'s last positional, so after `--` it still lands in VALUE while the options before
    stay options. A tester typed the README's `-0,05` and was told VALUE was missing."""
    if _first_word(argv) != "set" or "--" in argv:
        return argv
    signed = [arg for arg in argv if _SIGNED_VALUE.match(arg)]
    if not signed:
        return argv
    return [arg for arg in argv if not _SIGNED_VALUE.match(arg)] + ["--", *signed]


def _command_meant(word: str | None) -> str | None:
    """The command a word that is no file was likely meant to be (`tabel`, `tabel` being Dutch
    for `table`): without this the app was asked to open a file of that name and said only that
    it does not exist. A word that names a file, or looks like a path, is opened as before."""
    if word is None or word.startswith("-") or "/" in word or "." in word or Path(word).exists():
        return None
    close = difflib.get_close_matches(word.lower(), SUBCOMMANDS, n=1, cutoff=0.6)
    return close[0] if close else None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `navotop` command; returns the exit code."""
    argv = _signed_values_last(list(sys.argv[1:] if argv is None else argv))
    set_language(_language(argv))
    first = _first_word(argv)
    try:
        if first in SUBCOMMANDS or first in ("-h", "--help"):
            args = _parser().parse_args(argv)
            if args.command is None:
                _parser().print_help()
                return EXIT_OK
            return SUBCOMMANDS[args.command](args)
        guess = _command_meant(first)
        if guess is not None:
            print(t("cli.unknown_command", word=printable(first or ""), guess=guess), file=sys.stderr)
            return EXIT_BAD_INPUT
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
