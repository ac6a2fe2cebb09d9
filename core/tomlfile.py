"""A parsed TOML file that knows where its keys are, and the checks every data file shares.

Scenario files and the summit's data files are both TOML written by people, so both report
problems the same way: `FILE:LINE:COL: message`, every problem at once, a "did you mean" where a
name is close to a known one.
"""

from __future__ import annotations

import codecs
import difflib
import math
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import NavotopError, Problem
from core.foreign import translated
from core.formats import spec
from core.i18n import TEXTS, t
from core.model import Origin
from core.numbers import INT64
from core.safefile import read_regular
from core.text import CONTROL, printable
from core.tomlpos import KeyPath, Spot, find, locate, split_lines


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for the closest candidate, or nothing when none is close."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return t("toml.did_you_mean", word=close[0]) if close else ""


def type_name(value: object) -> str:
    """How TOML would call the type of `value`, for messages (`a string`, `een tekst`)."""
    key = f"toml.type.{type(value).__name__}"
    return t(key) if key in TEXTS else type(value).__name__


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
            raise NavotopError.single(path, t("toml.invalid", message=t("toml.too_deep"))) from None
        except ValueError as exc:  # an integer of thousands of digits: Python refuses to convert it
            message = translated(str(exc), ["toml.digits"])
            raise NavotopError.single(path, t("toml.invalid", message=message)) from None
        file = cls(path, data, locate(text))
        file._check_text(data, ())
        return file

    def _check_text(self, value: object, path: KeyPath) -> None:
        """Control characters have no place in a key or a string of a data file (TOML lets a
        string spell them as escapes): refuse them where they are, shown escaped."""
        if isinstance(value, dict):
            for key, item in value.items():
                if CONTROL.search(key) or "\n" in key or "\t" in key:
                    self.problem((*path, key), t("toml.control_key", key=printable(key)))
                else:
                    self._check_text(item, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                self._check_text(item, (*path, str(index)) if isinstance(item, dict) else path)
        elif isinstance(value, str) and CONTROL.search(value.replace("\r\n", "\n")):
            self.problem(path, t("toml.control_value", value=printable(value)))

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

    def unknown(self, path: KeyPath, key: str, allowed: Iterable[str], what: str = "") -> None:
        """Record an unknown name, with the closest known one; `what` it is (default: a key)."""
        hint = did_you_mean(key, allowed)
        self.problem((*path, key), t("toml.unknown", what=what or t("toml.what.key"), key=key, hint=hint))

    def number(self, path: KeyPath, value: object) -> float | None:
        """A finite number, or None after recording why `value` is not one."""
        if not isinstance(value, int | float) or isinstance(value, bool):
            self.problem(path, t("toml.number", key=path[-1], type=type_name(value)))
            return None
        if isinstance(value, int) and not INT64[0] <= value <= INT64[1]:
            self.problem(path, t("toml.number_large", key=path[-1], largest=spec(INT64[1], ",")))
            return None
        if not math.isfinite(value):
            self.problem(path, t("toml.number_finite", key=path[-1], value=value))
            return None
        return float(value)

    def string(self, path: KeyPath, value: object) -> str | None:
        """A string, or None after recording what `value` is instead."""
        if not isinstance(value, str):
            self.problem(path, t("toml.string", key=path[-1], type=type_name(value)))
            return None
        return value

    def year(self, path: KeyPath, value: object, earliest: int = 1949, latest: int = 2100) -> int | None:
        """A plausible year, or None after recording why `value` is not one."""
        if not isinstance(value, int) or isinstance(value, bool):
            self.problem(path, t("toml.year", key=path[-1], type=type_name(value)))
            return None
        if not earliest <= value <= latest:
            self.problem(
                path, t("toml.year_range", key=path[-1], value=value, earliest=earliest, latest=latest)
            )
            return None
        return value

    def table(self, path: KeyPath, value: object) -> dict[str, Any] | None:
        """A table, or None after recording what `value` is instead."""
        if not isinstance(value, dict):
            self.problem(path, t("toml.table", table=".".join(path), type=type_name(value)))
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
        message = t("toml.not_utf8", byte=f"{data[exc.start]:02x}")
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
    duplicate = message.startswith(("Cannot overwrite a value", "Cannot declare"))
    message = translated(message, _TOMLLIB)
    if duplicate:
        message = t("toml.duplicate", message=f"{message[0].lower()}{message[1:]}")
    return NavotopError.single(path, t("toml.invalid", message=message), line or 1, col or 1)


_TOMLLIB = [key for key in TEXTS if key.startswith("tomllib.")]
"""tomllib's own messages, known by their English (core/foreign.py)."""
