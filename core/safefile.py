"""The one way navotop reads a file it is given and the one way it writes one.

Every command and the app read scenario files through `read_regular` and write every file
(scenario saves, `navotop set`, screenshots) through `write_file`, so the rules below hold
everywhere and a new caller cannot forget one:

Reading
- only a regular file is read: a folder, FIFO, device or socket is refused before it is opened
  (a FIFO or /dev/zero would otherwise be read without end);
- a file larger than the caller's cap is refused at once (scenario files are a few KB; a
  pathological one could take the TOML parser seconds and gigabytes);
- every failure of the operating system (no such file, a link loop, a NUL byte in the name,
  permission denied...) becomes a `FileRefused` with a message a person can act on.

Writing
- the new bytes go to a temporary file with an unpredictable name, created exclusively
  (`tempfile.mkstemp`: `O_CREAT | O_EXCL`, so a link planted in the folder is never followed),
  flushed to disk, then moved over the target in one step: a crash leaves the old file or the
  new one, never half of each;
- a symbolic link is written through: its target gets the new content, the link stays a link;
  a link to nothing is refused (it could point anywhere);
- a target that exists but is not a regular file is refused, and so is an existing file unless
  the caller asked to replace it (`replace=True`); without it, the new file is published with
  `os.link`, which fails rather than overwrite a file that appeared meanwhile;
- a replaced file keeps its mode, owner and group; a read-only file (no owner write bit) or a
  read-only folder is refused, by its mode bits, so root is refused too: root could write, but
  the person who made the file read-only meant it;
- a file with more than one hard link is refused: replacing it atomically would split the links
  (the other names would keep the old content), and writing in place would not be atomic.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from core import confine
from core.errors import NavotopError, Problem
from core.formats import spec
from core.i18n import t

MAX_SCENARIO_BYTES = 1024 * 1024
"""The largest scenario file navotop reads (1 MiB): the bundled ones are a few KB."""


class FileRefused(NavotopError):
    """A file that cannot be read or written, and why, in words for the user: a NavotopError at
    the file's line 1, so every caller that reports bad input reports it too; a caller that knows
    better (the `extends` line that names a parent) pins `message` there instead."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__([Problem(path, 1, 1, message)])


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words: `a folder`, `a FIFO (named pipe)`..."""
    if stat.S_ISDIR(mode):
        return t("fs.folder")
    if stat.S_ISFIFO(mode):
        return t("fs.fifo")
    if stat.S_ISCHR(mode):
        return t("fs.char_device")
    if stat.S_ISBLK(mode):
        return t("fs.block_device")
    if stat.S_ISSOCK(mode):
        return t("fs.socket")
    return t("fs.not_a_file")


def os_message(exc: OSError | ValueError, doing: str = "read") -> str:
    """An operating-system failure in words; `ValueError` is Python's answer to a NUL byte.
    `doing`: read, write or write_folder (the catalogue's `fs.doing.*`)."""
    if isinstance(exc, ValueError):
        return t("fs.nul")
    code = exc.errno
    if code == errno.ENOENT:
        return t("fs.no_such_file")
    if code == errno.ENOTDIR:
        return t("fs.not_a_folder_part")
    if code == errno.ELOOP:
        return t("fs.loop")
    if code == errno.ENAMETOOLONG:
        return t("fs.name_too_long")
    words = t(f"fs.doing.{doing}")
    if code in (errno.EACCES, errno.EPERM):
        return t("fs.permission", doing=words)
    if code == errno.EROFS:
        return t("fs.read_only_fs", doing=words)
    if code == errno.ENOSPC:
        return t("fs.no_space", doing=words)
    return t("fs.other", doing=words, error=exc.strerror or exc)


def _stat(path: Path, *, follow: bool = True) -> os.stat_result:
    try:
        return path.stat(follow_symlinks=follow)
    except (OSError, ValueError) as exc:
        raise FileRefused(path, os_message(exc)) from None


def _regular(path: Path, st: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise FileRefused(path, t("fs.not_regular", kind=kind_of(st.st_mode)))
    if st.st_size > limit:
        raise FileRefused(path, t("fs.too_large", size=spec(st.st_size, ","), limit=spec(limit, ",")))


def read_regular(path: Path, limit: int = MAX_SCENARIO_BYTES) -> bytes:
    """The bytes of `path` if it is a regular file of at most `limit` bytes; FileRefused if not.

    The kind is checked before opening (opening some devices has effects of its own) and again
    on the open file (it may have been swapped in between); the file is opened non-blocking so
    that even a FIFO swapped in at that moment cannot stall, and at most `limit + 1` bytes are
    read, in case it grew. Under `navotop serve`, only inside the folders it serves
    (core/confine.py)."""
    confine.check_read(path)
    _regular(path, _stat(path), limit)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | getattr(os, "O_NOCTTY", 0))
    except (OSError, ValueError) as exc:
        raise FileRefused(path, os_message(exc)) from None
    try:
        _regular(path, os.fstat(fd), limit)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise FileRefused(path, os_message(exc)) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileRefused(path, t("fs.too_large_read", limit=spec(limit, ",")))
    return data


def check_regular(path: Path) -> None:
    """FileRefused unless `path` is a regular file (links followed) of at most the scenario cap:
    for callers that hand the path on to be read later, and want to refuse it now."""
    _regular(path, _stat(path), MAX_SCENARIO_BYTES)


def check_target(path: Path, *, replace: bool, exists_hint: str = "") -> Path:
    """What `write_file` would refuse about `path`, checked before the work of making the
    content (a screenshot renders the whole app); returns the path that would be written."""
    confine.check(path)
    target = _target(path)
    _existing(target, replace=replace, exists_hint=exists_hint)
    _writable_folder(target.parent)
    return target


def write_file(
    path: Path,
    data: bytes,
    *,
    replace: bool,
    exists_hint: str = "",
    before_publish: Callable[[], None] | None = None,
) -> Path:
    """Write `data` to `path` by the rules in this module's docstring; return the path written
    (a link's target). `before_publish` runs once the new file is on disk and just before it
    takes the target's place: it may raise (e.g. because the target changed meanwhile), and then
    nothing is written. FileRefused for everything the file system refuses; under `navotop
    serve`, a NavotopError for a path outside the folders it serves (core/confine.py)."""
    confine.check(path)
    target = _target(path)
    existing = _existing(target, replace=replace, exists_hint=exists_hint)
    folder = target.parent
    _writable_folder(folder)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except (OSError, ValueError) as exc:
        raise FileRefused(folder, os_message(exc, "write_folder")) from None
    temp = Path(temp_name)
    try:
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                if existing is not None:
                    _keep_owner_and_mode(out.fileno(), target, existing)
                else:
                    os.fchmod(out.fileno(), 0o666 & ~_umask())
                os.fsync(out.fileno())
        except OSError as exc:
            raise FileRefused(target, os_message(exc, "write")) from None
        if before_publish is not None:
            before_publish()
        _publish(temp, target, replace=replace, exists_hint=exists_hint)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    _fsync_dir(folder)
    return target


def _target(path: Path) -> Path:
    """The file a write to `path` lands in: a link's final target; a dangling link is refused."""
    try:
        is_link = path.is_symlink()
        resolved = Path(os.path.realpath(path)) if is_link else path.absolute()
    except (OSError, ValueError) as exc:
        raise FileRefused(path, os_message(exc, "write")) from None
    if is_link:
        try:
            path.stat()
        except (OSError, ValueError) as exc:
            if isinstance(exc, OSError) and exc.errno == errno.ENOENT:
                raise FileRefused(path, t("fs.dangling_link", target=resolved)) from None
            raise FileRefused(path, os_message(exc, "write")) from None
    return resolved


def _existing(target: Path, *, replace: bool, exists_hint: str) -> os.stat_result | None:
    """The target's stat when it exists and may be replaced; FileRefused when it may not."""
    try:
        st = target.stat(follow_symlinks=False)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise FileRefused(target, os_message(exc, "write")) from None
    if not stat.S_ISREG(st.st_mode):
        raise FileRefused(target, t("fs.not_regular_written", kind=kind_of(st.st_mode)))
    if not replace:
        raise FileRefused(target, t("fs.exists", hint=exists_hint))
    if not st.st_mode & stat.S_IWUSR or not os.access(target, os.W_OK):
        raise FileRefused(target, t("fs.read_only", mode=f"{stat.S_IMODE(st.st_mode):04o}"))
    if st.st_nlink > 1:
        raise FileRefused(target, t("fs.hard_links", links=st.st_nlink))
    return st


def _writable_folder(folder: Path) -> None:
    st = _stat(folder)
    if not stat.S_ISDIR(st.st_mode):
        raise FileRefused(folder, t("fs.not_folder", kind=kind_of(st.st_mode)))
    if not st.st_mode & stat.S_IWUSR or not os.access(folder, os.W_OK | os.X_OK):
        raise FileRefused(folder, t("fs.folder_read_only"))


def _keep_owner_and_mode(fd: int, target: Path, st: os.stat_result) -> None:
    os.fchmod(fd, stat.S_IMODE(st.st_mode))
    mine = os.fstat(fd)
    if (mine.st_uid, mine.st_gid) == (st.st_uid, st.st_gid):
        return
    try:
        os.fchown(fd, st.st_uid, st.st_gid)
    except PermissionError:
        raise FileRefused(target, t("fs.owner")) from None
    os.fchmod(fd, stat.S_IMODE(st.st_mode))  # chown clears set-id bits; put the mode back


def _publish(temp: Path, target: Path, *, replace: bool, exists_hint: str) -> None:
    try:
        if replace:
            temp.replace(target)  # atomic on POSIX within one folder
            return
        try:
            os.link(temp, target)  # fails if the name was taken meanwhile: never overwrites
        except FileExistsError:
            raise FileRefused(target, t("fs.exists", hint=exists_hint)) from None
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                raise
            if os.path.lexists(target):  # a file system without hard links: check, then move
                raise FileRefused(target, t("fs.exists", hint=exists_hint)) from None
            temp.replace(target)
    except OSError as exc:
        raise FileRefused(target, os_message(exc, "write")) from None


def _umask() -> int:
    """The process's umask, read without changing it (os.umask would race with other threads)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
