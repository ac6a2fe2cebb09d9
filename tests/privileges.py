"""Running part of a test as an unprivileged user, for the permission cases.

Tests run as root here and in CI, and root ignores permission bits, so a read-only folder or an
unreadable one refuses nothing to root. Where navotop cannot check the mode bits itself (reading
through a folder the user may not enter), the test runs navotop's entry point in a forked child
that has dropped to `nobody`/`nogroup` first: the child keeps the interpreter and the imported
modules (the Python under /root is not executable by nobody, so the parent first imports what
the commands import lazily), and the kernel checks its file accesses as nobody's. The child
must fail before computing: polars' thread pool does not survive a fork.
As any other user, the child simply runs as that user: the kernel refuses the same accesses.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import pwd
import select
import shutil
import signal
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import BASELINE
from tui.cli import main


def main_unprivileged(args: list[str]) -> tuple[int, str]:
    """`main(args)` as nobody (when root) in a forked child: its exit code and stderr."""
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        import core.edit  # noqa: F401  # what `set` imports lazily

        main(["check", str(BASELINE)])  # import what reading imports, here: the child computes nothing
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop privileges, run, report, never return into pytest
        code, err = 99, ""
        try:
            os.close(read_end)
            if os.geteuid() == 0:
                nobody = pwd.getpwnam("nobody")
                os.setgroups([])
                os.setgid(nobody.pw_gid)
                os.setuid(nobody.pw_uid)
            out = io.StringIO()
            with contextlib.redirect_stderr(out), contextlib.redirect_stdout(io.StringIO()):
                code = main(args)
            err = out.getvalue()
        except BaseException as exc:  # a traceback is a failure the parent must see
            err = f"child raised {type(exc).__name__}: {exc}"
        finally:
            os.write(write_end, json.dumps([code, err]).encode())
            os._exit(0)
    os.close(write_end)
    chunks = []
    deadline = time.monotonic() + 60
    try:
        while True:  # never wait without end on a child that got stuck
            ready, _, _ = select.select([read_end], [], [], max(deadline - time.monotonic(), 0))
            if not ready:
                os.kill(pid, signal.SIGKILL)
                pytest.fail("the unprivileged child did not answer within 60 s")
            chunk = os.read(read_end, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read_end)
        os.waitpid(pid, 0)
    code, err = json.loads(b"".join(chunks))
    return int(code), str(err)


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder every user may enter (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="navotop-test-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        folder.chmod(stat.S_IRWXU)
        for parent, children, _ in os.walk(folder):  # top-down: unlock each folder before entering
            for child in children:
                Path(parent, child).chmod(stat.S_IRWXU)
        shutil.rmtree(folder)
