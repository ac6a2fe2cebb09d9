"""Issue 10: no file overwritten that was not named, no edit lost, no hang, no traceback.

Every case runs the entry point in-process (`main([...])`, output captured) on real links,
FIFOs, devices, folders and modes in a temporary folder. Tests run as root; where root would be
let through, navotop refuses by the mode bits (checked here as root), and where it cannot (a
folder the user may not enter), the case runs as nobody in a forked child (tests/privileges.py).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
from pathlib import Path

import pytest

from tests.conftest import BASELINE
from tests.privileges import main_unprivileged, shared_dir
from tui.cli import main

__all__ = ["shared_dir"]  # the fixture, used by name below

LOCATED = re.compile(r"^.+:\d+:\d+: \S")


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def bad_input(capsys: pytest.CaptureFixture[str], *args: str | Path) -> str:
    """Run, expect exit 2 with every stderr line FILE:LINE:COL: message; return stderr."""
    code, _, err = run(capsys, *args)
    assert code == 2, err
    assert err and all(LOCATED.match(line) for line in err.splitlines()), err
    assert "Traceback" not in err
    return err


@pytest.fixture
def baseline(tmp_path: Path) -> Path:
    path = tmp_path / "baseline.toml"
    shutil.copy(BASELINE, path)
    return path


def edited(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """A copy of the baseline with `old` replaced by `new` once."""
    text = BASELINE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if needle in line)


# ---------------------------------------------------------------- 1. screenshot -o


def test_screenshot_never_writes_through_a_planted_temporary_link(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    (tmp_path / ".shot.svg.tmp").symlink_to(victim)  # the old writer's fixed temporary name
    code, out, err = run(capsys, "screenshot", "-o", tmp_path / "shot.svg", "--size", "80x24")
    assert code == 0, err
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert (tmp_path / "shot.svg").read_text(encoding="utf-8").startswith("<svg")
    assert out.strip() == str(tmp_path / "shot.svg")


def test_screenshot_refuses_an_existing_file_or_link_unless_forced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "other.svg"
    other.write_text("someone else's\n", encoding="utf-8")
    link = tmp_path / "link.svg"
    link.symlink_to(other)
    for target in (other, link):
        err = bad_input(capsys, "screenshot", "-o", target)
        assert "already exists; nothing was written (--force replaces it)" in err
    assert other.read_text(encoding="utf-8") == "someone else's\n" and link.is_symlink()
    code, _, err = run(capsys, "screenshot", "-o", link, "--size", "80x24", "--force")
    assert code == 0, err
    assert link.is_symlink() and other.read_text(encoding="utf-8").startswith("<svg")


def test_screenshot_refuses_a_fifo_a_folder_and_a_dangling_link_leaving_nothing_behind(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fifo = tmp_path / "fifo.svg"
    os.mkfifo(fifo)
    dangling = tmp_path / "dangling.svg"
    dangling.symlink_to(tmp_path / "planted-target")
    folder = tmp_path / "folder.svg"
    folder.mkdir()
    for target, message in (
        (fifo, "not a regular file: it is a FIFO (named pipe)"),
        (folder, "not a regular file: it is a folder"),
        (dangling, "is a link to a missing file"),
    ):
        assert message in bad_input(capsys, "screenshot", "-o", target, "--force")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dangling.svg", "fifo.svg", "folder.svg"]
    assert list(folder.iterdir()) == [] and stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.parametrize("size", ["abc", "10x5", "120x", "１２０x４０", "99999999x40"])
def test_screenshot_bad_size_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, size: str
) -> None:
    code, _, err = run(capsys, "screenshot", "-o", tmp_path / "x.svg", "--size", size)
    assert code == 2
    assert err.count("\n") == 1 and "is not WIDTHxHEIGHT of at least 40x12" in err
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- 3. set on links and modes


def test_set_writes_through_a_symlink_and_keeps_it(
    capsys: pytest.CaptureFixture[str], baseline: Path
) -> None:
    link = baseline.with_name("link.toml")
    link.symlink_to(baseline.name)
    code, _, err = run(capsys, "set", link, "gdp_cpb", "2024", "1200000")  # 2025 on: [[adjust]]
    assert code == 0, err
    assert link.is_symlink()
    assert "2024 = 1200000" in baseline.read_text(encoding="utf-8")


def test_set_refuses_a_hard_linked_file_and_leaves_both_names(
    capsys: pytest.CaptureFixture[str], baseline: Path
) -> None:
    other = baseline.with_name("other-name.toml")
    other.hardlink_to(baseline)
    before = baseline.read_bytes()
    assert "has 2 hard links" in bad_input(capsys, "set", baseline, "gdp_cpb", "2024", "1200000")
    assert baseline.stat().st_ino == other.stat().st_ino and other.read_bytes() == before


def test_set_refuses_a_read_only_file_by_its_mode_even_as_root(
    capsys: pytest.CaptureFixture[str], baseline: Path
) -> None:
    baseline.chmod(0o444)
    before = baseline.read_bytes()
    err = bad_input(capsys, "set", baseline, "gdp_cpb", "2024", "1200000")
    assert f"{baseline}:1:1: is read-only (mode 0444); nothing was written" in err
    assert baseline.read_bytes() == before


def test_set_keeps_owner_group_and_mode(capsys: pytest.CaptureFixture[str], baseline: Path) -> None:
    baseline.chmod(0o664)
    owner = (65534, 65534) if os.geteuid() == 0 else (os.getuid(), os.getgid())
    os.chown(baseline, *owner)
    code, _, err = run(capsys, "set", baseline, "gdp_cpb", "2024", "1200000")
    assert code == 0, err
    after = baseline.stat()
    assert (after.st_uid, after.st_gid, stat.S_IMODE(after.st_mode)) == (*owner, 0o664)


def test_set_in_a_read_only_folder_is_refused_by_its_mode(
    capsys: pytest.CaptureFixture[str], baseline: Path
) -> None:
    baseline.parent.chmod(0o555)
    try:
        err = bad_input(capsys, "set", baseline, "gdp_cpb", "2024", "1200000")
    finally:
        baseline.parent.chmod(0o755)
    assert "the folder is read-only; nothing was written" in err
    assert sorted(p.name for p in baseline.parent.iterdir()) == ["baseline.toml"]


def test_set_in_a_folder_the_user_cannot_write_is_exit_2_as_that_user(shared_dir: Path) -> None:
    """As root: run as nobody, in a root-owned 0755 folder nobody may not write in. As any
    other user: in the user's own folder made 0555."""
    path = shared_dir / "baseline.toml"
    shutil.copy(BASELINE, path)
    path.chmod(0o666)  # the file is writable by all: only the folder stands in the way
    if os.geteuid() != 0:
        shared_dir.chmod(0o555)
    code, err = main_unprivileged(["set", str(path), "gdp_cpb", "2024", "1200000"])
    assert code == 2, err
    assert err.startswith(f"{shared_dir}:1:1: ") and "nothing was written" in err
    assert path.read_bytes() == BASELINE.read_bytes()


# ---------------------------------------------------------------- 5, 12. not regular, too big


@pytest.mark.parametrize("command", ["check", "table", "set", "diff"])
def test_every_command_refuses_fifos_devices_and_folders(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    for path, kind in (
        (fifo, "a FIFO (named pipe)"),
        (Path("/dev/zero"), "a character device"),
        (tmp_path, "a folder"),
    ):
        args: list[str | Path] = {
            "check": [path],
            "table": [path],
            "set": [path, "gdp_cpb", "2024", "1"],
            "diff": [BASELINE, path],
        }[command]
        err = bad_input(capsys, command, *args)
        assert f"{path}:1:1: not a regular file: it is {kind}" in err


def test_a_file_over_the_cap_is_refused_at_once(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    huge = tmp_path / "huge.toml"
    huge.write_text("schema = 1\n" + "a." * 600_000 + "b = 1\n", encoding="utf-8")  # the slow dotted key
    err = bad_input(capsys, "check", huge)
    assert "more than the 1,048,576 bytes a scenario file may have" in err


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_extends_says_what_a_non_regular_parent_is(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
) -> None:
    target = {
        "fifo": tmp_path / "parent.toml",
        "folder": tmp_path / "parent.toml",
        "device": Path("/dev/zero"),
    }[kind]
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    child = tmp_path / "child.toml"
    child.write_text(f'schema = 1\n\n[scenario]\nname = "c"\nextends = "{target}"\n', encoding="utf-8")
    words = {"fifo": "a FIFO (named pipe)", "folder": "a folder", "device": "a character device"}[kind]
    err = bad_input(capsys, "check", child)
    assert err.startswith(f"{child}:5:1: extends '{target}': not a regular file: it is {words}")


# ---------------------------------------------------------------- 6. tracebacks


def test_integers_beyond_a_float_are_refused_where_they_stand(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    huge = "1" + "0" * 400
    for name, old, new in (
        ("input.toml", "[inputs.gdp_cpb]\n", f"[inputs.gdp_cpb]\n2030 = {huge}\n"),
        ("norm.toml", 'label = "NATO 2% (Wales pledge)"', f'label = "x"\nyear = {huge}'),
        ("tolerance.toml", "[observed.share_nato]\n", f"[observed.share_nato]\ntolerance = {huge}\n"),
    ):
        path = edited(tmp_path, name, old, new)
        err = bad_input(capsys, "check", path)
        assert f"{path}:{line_of(path, huge)}:1: " in err
    digits = edited(
        tmp_path, "digits.toml", "[inputs.gdp_cpb]\n", "[inputs.gdp_cpb]\n2030 = 1" + "0" * 5000 + "\n"
    )
    assert "invalid TOML" in bad_input(capsys, "check", digits)


def test_an_array_where_a_string_is_expected_is_a_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for key, shown in (("series", 'series = ["gdp_cpb"]'), ("source", 'source = ["x"]')):
        extra = (
            '\n[[adjust]]\nseries = "gdp_cpb"\nscale = 1.0\n'
            if key == "source"
            else "\n[[adjust]]\nscale = 1.0\n"
        )
        path = tmp_path / f"{key}.toml"
        path.write_text(BASELINE.read_text(encoding="utf-8") + extra + shown + "\n", encoding="utf-8")
        err = bad_input(capsys, "check", path)
        assert f"{path}:{line_of(path, shown)}:1: {key} must be a string, not an array" in err
    observed = edited(
        tmp_path,
        "observed.toml",
        '[observed.share_nato]\nsource = "sg_annual_report_2024"',
        '[observed.share_nato]\nsource = ["x"]',
    )
    err = bad_input(capsys, "check", observed)
    assert f":{line_of(observed, 'source = [')}:1: source must be a string, not an array" in err


def test_extends_with_a_nul_byte_a_long_name_or_a_link_loop(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "loop.toml").symlink_to("loop.toml")
    for name, message in (
        ("a\\u0000b.toml", "the name contains a NUL byte"),
        ("a" * 300 + ".toml", "the name is too long"),
        ("loop.toml", "a loop of symbolic links"),
    ):
        child = tmp_path / "child.toml"
        child.write_text(f'schema = 1\n\n[scenario]\nname = "c"\nextends = "{name}"\n', encoding="utf-8")
        err = bad_input(capsys, "check", child)
        assert err.startswith(f"{child}:5:1: extends ") and message in err
        assert "\0" not in err


def test_extends_into_an_unreadable_folder_is_exit_2_as_that_user(shared_dir: Path) -> None:
    """As nobody (or, not as root, as the user): the parent sits in a folder of mode 0000 that
    the kernel will not let them enter."""
    private = shared_dir / "private"
    private.mkdir(mode=0o700)
    shutil.copy(BASELINE, private / "baseline.toml")
    private.chmod(0)
    child = shared_dir / "child.toml"
    child.write_text(
        'schema = 1\n\n[scenario]\nname = "c"\nextends = "private/baseline.toml"\n', encoding="utf-8"
    )
    child.chmod(0o644)
    code, err = main_unprivileged(["check", str(child)])
    assert code == 2, err
    assert err.startswith(f"{child}:5:1: extends 'private/baseline.toml': cannot read: permission denied")


def test_set_on_a_file_that_is_not_utf8_names_line_and_column(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(BASELINE.read_bytes().replace(b'name = "Baseline', b'name = "Basel\xefne', 1))
    line = (
        BASELINE.read_text(encoding="utf-8").split("\n").index('name = "Baseline: Table 1 of the letter"') + 1
    )
    for args in (("set", path, "gdp_cpb", "2024", "1"), ("check", path)):
        err = bad_input(capsys, *args)
        assert err.startswith(f"{path}:{line}:14: not UTF-8 text: byte 0xef")


# ---------------------------------------------------------------- 8, 9, 10, 11, 13, 14, 15


def test_a_negative_tolerance_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = edited(tmp_path, "tol.toml", "[observed.share_nato]\n", "[observed.share_nato]\ntolerance = -1\n")
    err = bad_input(capsys, "check", path)
    assert f"{path}:{line_of(path, 'tolerance = -1')}:1: tolerance = -1 cannot be negative" in err


def test_control_characters_reach_the_terminal_escaped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    forged = "\\u001b[2J\\u000d/etc/passwd:1:1: ok"
    path = edited(tmp_path, "esc.toml", 'label = "NATO 2% (Wales pledge)"', f'label = "{forged}"')
    key = edited(
        tmp_path, "key.toml", "[inputs.gdp_cpb]\n", '[inputs.gdp_cpb]\n"k\\u001b]0;title\\u0007" = 1\n'
    )
    for file in (path, key):
        err = bad_input(capsys, "check", file)
        assert "\x1b" not in err and "\r" not in err and "\x07" not in err
        assert "\\x1b" in err
    assert "'\\x1b[2J\\x0d/etc/passwd:1:1: ok' holds a control character" in bad_input(capsys, "check", path)
    named = tmp_path / "name\x1b[31m.toml"  # a file name is text from outside too
    shutil.copy(BASELINE, named)
    code, out, err = run(capsys, "check", named)
    assert code == 0, err
    assert out == f"{tmp_path}/name\\x1b[31m.toml: ok (15 published figures checked)\n"


def test_line_numbers_count_only_line_feeds(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = edited(
        tmp_path,
        "sep.toml",
        "[inputs.gdp_cpb]\n",
        '[milestones]\n2025 = "a\u2028b\u2029c\u0085d"\n\n[inputs.gdp_cpb]\nsorce = "x"\n',
    )
    err = bad_input(capsys, "check", path)
    assert f"{path}:{line_of(path, 'sorce')}:1: unknown key 'sorce'" in err


def test_a_byte_order_mark_is_accepted_and_kept(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + BASELINE.read_bytes())
    code, out, err = run(capsys, "check", path)
    assert code == 0, err
    assert "ok (15 published figures checked)" in out
    code, _, err = run(capsys, "set", path, "gdp_cpb", "2024", "1200000")
    assert code == 0, err
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"2024 = 1200000" in data


def test_gdp_of_zero_reports_only_the_real_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lines = BASELINE.read_text(encoding="utf-8").split("\n")
    start = lines.index("[inputs.gdp_cpb]")
    year_line = next(i for i in range(start, len(lines)) if lines[i].startswith("2024 = "))
    lines[year_line] = "2024 = 0"
    path = tmp_path / "zero.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    err = bad_input(capsys, "check", path)
    message = "GDP of EUR 0 mln is implausible: money is in EUR mln (1,134,000 for EUR 1,134 bn)"
    assert err == f"{path}:{year_line + 1}:1: {message}\n"  # and not also "gdp_cpb is missing"


def test_markdown_escapes_pipes_and_line_breaks(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = edited(tmp_path, "md.toml", 'label = "NATO 2% (Wales pledge)"', 'label = "two | three\\nlines"')
    path.write_text(
        path.read_text(encoding="utf-8").replace('name = "Baseline', 'name = "Base|line\\n#', 1),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "table", path, "--format", "markdown")
    assert code == 0, err
    table = [line for line in out.split("\n") if line.startswith("|")]
    widths = {len(re.findall(r"(?<!\\)\|", line)) for line in table}
    assert widths == {len(re.findall(r"\|", table[0]))}  # every row has the header's cells
    assert "two \\| three<br>lines" in out and out.startswith("**Base\\|line<br>#")


def test_set_accepts_only_ascii_digits_and_what_toml_can_hold(
    capsys: pytest.CaptureFixture[str], baseline: Path
) -> None:
    before = baseline.read_bytes()
    for year, value, message in (
        ("2024", "1e-400", "'1e-400' is too small: it would be stored as 0"),
        ("2024", "1e309", "'1e309' is too large"),
        ("2024", "１２００", "'１２００' is not a number"),
        ("2024", "١٢٠٠", "'١٢٠٠' is not a number"),
        ("２０２６", "1200000", "'２０２６' is not a year"),
    ):
        assert message in bad_input(capsys, "set", baseline, "gdp_cpb", year, value)
    assert baseline.read_bytes() == before
    code, _, err = run(capsys, "set", baseline, "gdp_cpb", "2024", "1e300", "--force")
    assert code == 0, err
    assert "2024 = 1e+300" in baseline.read_text(encoding="utf-8")  # a float, not a 301-digit integer


def test_a_year_key_in_other_digits_does_not_collide(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = edited(tmp_path, "fw.toml", "[inputs.gdp_cpb]\n", '[inputs.gdp_cpb]\n"２０２４" = 5\n')
    err = bad_input(capsys, "check", path)
    assert f"{path}:{line_of(path, '２０２４')}:1: unknown key '２０２４'" in err


def test_brackets_in_a_label_are_text_not_markup(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The text table is drawn by rich, whose markup would take `[bold]` as a style and stop at
    a stray `[/x]`: labels and names from a file are shown as written."""
    path = edited(
        tmp_path, "brackets.toml", 'label = "NATO 2% (Wales pledge)"', 'label = "[/x] NATO [bold]2%"'
    )
    path.write_text(
        path.read_text(encoding="utf-8").replace('name = "Baseline', 'name = "[/y] Baseline', 1),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "table", path)
    assert code == 0, err
    assert "NATO method: gap to [/x] NATO [bold]2%" in out and "[/y] Baseline" in out
    code, out, err = run(capsys, "diff", BASELINE, path)
    assert code == 0, err
    assert "[/y] Baseline" in out


def test_a_year_option_takes_ascii_digits_only(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["allies", "--year", "２０２４"])
    assert usage.value.code == 2
    assert "'２０２４' is not a year (digits 0-9)" in capsys.readouterr().err
