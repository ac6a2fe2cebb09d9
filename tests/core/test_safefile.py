"""The one reader and the one writer (core/safefile.py), on real links, FIFOs, devices and
modes in a temporary folder. Tests run as root: where root would be let through, navotop
refuses by the mode bits, and the tests check exactly that."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from core.errors import NavotopError
from core.safefile import MAX_SCENARIO_BYTES, FileRefused, read_regular, write_file


def test_reader_refuses_what_is_not_a_regular_file_without_reading_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)  # nobody ever writes into it: a blocking read would wait forever
    (tmp_path / "folder.toml").mkdir()
    for path, kind in (
        (fifo, "a FIFO (named pipe)"),
        (Path("/dev/zero"), "a character device"),
        (tmp_path / "folder.toml", "a folder"),
    ):
        with pytest.raises(FileRefused) as refused:
            read_regular(path)
        assert refused.value.message == f"not a regular file: it is {kind}"
        assert str(refused.value) == f"{path}:1:1: not a regular file: it is {kind}"


def test_reader_refuses_a_file_over_the_cap_at_once(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (MAX_SCENARIO_BYTES + 1))
    with pytest.raises(FileRefused, match="1,048,577 bytes, more than the 1,048,576 bytes"):
        read_regular(big)
    exact = tmp_path / "exact.toml"
    exact.write_bytes(b"#" * MAX_SCENARIO_BYTES)
    assert len(read_regular(exact)) == MAX_SCENARIO_BYTES


def test_reader_names_each_failure_of_the_file_system(tmp_path: Path) -> None:
    loop = tmp_path / "loop.toml"
    loop.symlink_to(loop)
    cases = {
        tmp_path / "missing.toml": "no such file",
        loop: "a loop of symbolic links",
        tmp_path / ("x" * 300): "the name is too long",
        Path(f"{tmp_path}/a\0b.toml"): "the name contains a NUL byte",
    }
    for path, message in cases.items():
        with pytest.raises(FileRefused) as refused:
            read_regular(path)
        assert refused.value.message == message, path


def test_writer_goes_through_a_link_to_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.toml"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(real.name)
    assert write_file(link, b"new\n", replace=True) == real
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new\n"


def test_writer_never_follows_a_link_planted_beside_the_target(tmp_path: Path) -> None:
    """The old writer used the fixed name `.NAME.tmp`: a link planted there made it overwrite
    the link's target. Links at that name and at every name in the folder stay untouched."""
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    (tmp_path / ".out.svg.tmp").symlink_to(victim)
    write_file(tmp_path / "out.svg", b"<svg/>", replace=False)
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert (tmp_path / "out.svg").read_bytes() == b"<svg/>"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.svg.tmp", "out.svg", "victim.txt"]


def test_writer_refuses_a_dangling_link_a_fifo_a_folder_and_an_existing_file(tmp_path: Path) -> None:
    dangling = tmp_path / "dangling.svg"
    dangling.symlink_to(tmp_path / "elsewhere" / "x")
    fifo = tmp_path / "fifo.svg"
    os.mkfifo(fifo)
    existing = tmp_path / "existing.svg"
    existing.write_text("mine\n", encoding="utf-8")
    device = tmp_path / "device.svg"
    device.symlink_to("/dev/null")  # the old writer replaced the device itself
    cases = [
        (dangling, "is a link to a missing file"),
        (device, "not a regular file: it is a character device; nothing was written"),
        (fifo, "not a regular file: it is a FIFO (named pipe); nothing was written"),
        (tmp_path, "not a regular file: it is a folder; nothing was written"),
        (existing, "already exists; nothing was written"),
    ]
    for path, message in cases:
        with pytest.raises(FileRefused, match=message.replace("(", r"\(").replace(")", r"\)")):
            write_file(path, b"x", replace=False)
    assert existing.read_text(encoding="utf-8") == "mine\n"
    assert stat.S_ISFIFO(fifo.stat().st_mode) and not (tmp_path / "elsewhere").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "dangling.svg",
        "device.svg",
        "existing.svg",
        "fifo.svg",
    ]
    with pytest.raises(FileRefused, match="it is a character device"):
        write_file(device, b"x", replace=True)
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


def test_writer_keeps_mode_owner_and_group_of_the_file_it_replaces(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o640)
    owner = (65534, 65534) if os.geteuid() == 0 else (os.getuid(), os.getgid())
    os.chown(path, *owner)
    write_file(path, b"new\n", replace=True)
    after = path.stat()
    assert (stat.S_IMODE(after.st_mode), after.st_uid, after.st_gid) == (0o640, *owner)


def test_writer_refuses_a_read_only_file_and_a_read_only_folder_even_as_root(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o444)
    with pytest.raises(FileRefused, match=r"is read-only \(mode 0444\); nothing was written"):
        write_file(path, b"new\n", replace=True)
    assert path.read_text(encoding="utf-8") == "old\n"
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    with pytest.raises(FileRefused, match="the folder is read-only; nothing was written"):
        write_file(folder / "new.svg", b"x", replace=False)
    assert list(folder.iterdir()) == []


def test_writer_refuses_to_split_hard_links(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text("old\n", encoding="utf-8")
    other = tmp_path / "other-name.toml"
    other.hardlink_to(path)
    with pytest.raises(FileRefused, match="has 2 hard links"):
        write_file(path, b"new\n", replace=True)
    assert path.stat().st_ino == other.stat().st_ino
    assert other.read_text(encoding="utf-8") == "old\n"


def test_a_refusal_is_a_navotop_error_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text("old\n", encoding="utf-8")

    def changed_meanwhile() -> None:
        raise NavotopError.single(path, "changed on disk")

    with pytest.raises(NavotopError, match="changed on disk"):
        write_file(path, b"new\n", replace=True, before_publish=changed_meanwhile)
    assert [p.name for p in tmp_path.iterdir()] == ["s.toml"]
    assert path.read_text(encoding="utf-8") == "old\n"
