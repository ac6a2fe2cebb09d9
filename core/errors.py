"""The one error type a user ever sees from the engine: problems with file, line and column.

Every problem in a file is gathered before anything is raised, because a user fixing three typos
would rather hear about all three at once than about one per run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in one file, pinned to the line and column where it sits (1-based)."""

    path: Path
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        from core.text import printable  # a path or a key may hold an ESC sequence: never raw

        return f"{printable(self.path)}:{self.line}:{self.col}: {printable(self.message)}"


class NavotopError(Exception):
    """Bad input: a file, a value or a request that navotop refuses, with every reason at once."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, path: Path, message: str, line: int = 1, col: int = 1) -> NavotopError:
        """An error with one problem, for failures that stop reading at once (no such file)."""
        return cls([Problem(path, line, col, message)])
