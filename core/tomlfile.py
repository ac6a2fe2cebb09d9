"""A parsed TOML file that knows where its keys are, and the checks every data file shares.

Scenario files and the summit's data files are both TOML written by people, so both report
problems the same way: `FILE:LINE:COL: message`, every problem at once, a "did you mean" where a
name is close to a known one.
"""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import math
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import NavotopError, Problem
from core.model import Origin
from core.numbers import INT64
from core.safefile import read_regular
from core.text import CONTROL, printable
from core.tomlpos import KeyPath, Spot, find, locate, split_lines


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for the closest candidate, or nothing when none is close."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def type_name(value: object) -> str:
    """How TOML would call the type of `value`, for messages."""
    names = {bool: "a boolean", str: "a string", dict: "a table", list: "an array", dt.date: "a date"}
    return names.get(type(value), type(value).__name__)


@dataclass
class TomlFile:
    """One parsed file, the positions of its keys, and the problems found in it so far."""

    path: Path
    data: dict[str, Any]
    spots: dict[KeyPath, Spot]
    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path, raw: bytes | None = None) -> TomlFile:
        """Parse `path`, or `raw` bytes already read from it (so that what is parsed is exactly what
        a caller keeps, e.g. to notice a later outside change); a NavotopError names the file
        (and the line, for syntax errors). Only a regular file of at most 1 MiB is read."""
        if raw is None:
            raw = read_regular(path)  # FileRefused is a NavotopError naming the file
        text = decode(path, raw)
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise _syntax_error(path, text, exc) from None
        except RecursionError:
            raise NavotopError.single(path, "invalid TOML: nested too deeply") from None
        except ValueError as exc:  # an integer of thousands of digits: Python refuses to convert it
            raise NavotopError.single(path, f"invalid TOML: {exc}") from None
        file = cls(path, data, locate(text))
        file._check_text(data, ())
        return file

    def _check_text(self, value: object, path: KeyPath) -> None:
        """Control characters have no place in a key or a string of a data file (TOML lets a
        string spell them as escapes): refuse them where they are, shown escaped."""
        if isinstance(value, dict):
            for key, item in value.items():
                if CONTROL.search(key) or "\n" in key or "\t" in key:
                    self.problem((*path, key), f"the key '{printable(key)}' holds a control character")
                else:
                    self._check_text(item, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                self._check_text(item, (*path, str(index)) if isinstance(item, dict) else path)
        elif isinstance(value, str) and CONTROL.search(value.replace("\r\n", "\n")):
            self.problem(path, f"'{printable(value)}' holds a control character")

    def origin(self, *path: str) -> Origin:
        """Where `path` (or its nearest enclosing table) is written."""
        spot = find(self.spots, tuple(path))
        return Origin(self.path, spot.line, spot.col)

    def raw(self, *path: str) -> str | None:
        """The value of `path` as written, when it fits on one line."""
        spot = self.spots.get(tuple(path))
        return spot.raw if spot else None

    def problem(self, path: KeyPath, message: str) -> None:
        """Record a problem at `path`."""
        origin = self.origin(*path)
        self.problems.append(Problem(self.path, origin.line, origin.col, message))

    def unknown(self, path: KeyPath, key: str, allowed: Iterable[str], what: str = "key") -> None:
        """Record an unknown name, with the closest known one."""
        self.problem((*path, key), f"unknown {what} '{key}'{did_you_mean(key, allowed)}")

    def number(self, path: KeyPath, value: object) -> float | None:
        """A finite number, or None after recording why `value` is not one."""
        if not isinstance(value, int | float) or isinstance(value, bool):
            self.problem(path, f"{path[-1]} must be a number, not {type_name(value)}")
            return None
        if isinstance(value, int) and not INT64[0] <= value <= INT64[1]:
            self.problem(path, f"{path[-1]} is too large: TOML holds integers up to {INT64[1]:,}")
            return None
        if not math.isfinite(value):
            self.problem(path, f"{path[-1]} must be a finite number, not {value}")
            return None
        return float(value)

    def string(self, path: KeyPath, value: object) -> str | None:
        """A string, or None after recording what `value` is instead."""
        if not isinstance(value, str):
            self.problem(path, f"{path[-1]} must be a string, not {type_name(value)}")
            return None
        return value

    def year(self, path: KeyPath, value: object, earliest: int = 1949, latest: int = 2100) -> int | None:
        """A plausible year, or None after recording why `value` is not one."""
        if not isinstance(value, int) or isinstance(value, bool):
            self.problem(path, f"{path[-1]} must be a year (a whole number), not {type_name(value)}")
            return None
        if not earliest <= value <= latest:
            self.problem(path, f"{path[-1]} = {value} is not a year between {earliest} and {latest}")
            return None
        return value

    def table(self, path: KeyPath, value: object) -> dict[str, Any] | None:
        """A table, or None after recording what `value` is instead."""
        if not isinstance(value, dict):
            self.problem(path, f"[{'.'.join(path)}] must be a table, not {type_name(value)}")
            return None
        return value

    def error(self) -> NavotopError | None:
        """The problems as one error, or None when there are none."""
        return NavotopError(self.problems) if self.problems else None


def decode(path: Path, data: bytes) -> str:
    """The text of a TOML file: UTF-8, a leading byte-order mark ignored; a NavotopError at the
    line and column of the first byte that is not UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        start = data.rfind(b"\n", 0, exc.start) + 1
        col = len(data[start : exc.start].decode("utf-8", errors="replace")) + 1
        message = f"not UTF-8 text: byte 0x{data[exc.start]:02x} is not part of a UTF-8 character"
        raise NavotopError.single(path, message, line, col) from None


def _syntax_error(path: Path, text: str, exc: tomllib.TOMLDecodeError) -> NavotopError:
    message = getattr(exc, "msg", None) or str(exc)
    line, col = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    found = re.search(r"\(at line (\d+), column (\d+)\)", message)
    if found:
        line, col = line or int(found.group(1)), col or int(found.group(2))
        message = message[: found.start()].strip()
    elif "end of document" in message:
        lines = split_lines(text) or [""]
        line, col = len(lines), len(lines[-1]) + 1
        message = message.replace("(at end of document)", "").strip()
    if message.startswith(("Cannot overwrite a value", "Cannot declare")):
        message = f"duplicate key: {message[0].lower()}{message[1:]}"
    return NavotopError.single(path, f"invalid TOML: {message}", line or 1, col or 1)
