"""The Dutch twins of the commitments: every record has them, with the English figures in Dutch style."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from core.document import Summit, load_summit
from core.errors import NavotopError
from core.model import Commitment
from core.paths import data_dir

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


@pytest.fixture(scope="module")
def summit() -> Summit:
    return load_summit()


def _figures(text: str) -> list[str]:
    return sorted(_FIGURE.findall(text))


def _english(c: Commitment) -> str:
    return " ".join((c.title, c.who, c.what, c.status))


def _dutch(c: Commitment) -> str:
    return " ".join((c.title_nl, c.who_nl, c.what_nl, c.status_nl))


def test_every_figure_of_the_english_is_in_the_dutch_with_a_decimal_comma(summit: Summit) -> None:
    # the English has no thousands separators, so its only '.' between digits is a decimal point
    for c in summit.commitments:
        expected = sorted(f.replace(".", ",") for f in _FIGURE.findall(_english(c)))
        assert _figures(_dutch(c)) == expected, c.id


def test_the_dutch_keeps_the_letters_key_figures(summit: Summit) -> None:
    assert "3,5% van het bbp" in summit.commitment("nl-capability-3-5").title_nl
    assert "EUR 3,5 mld" in summit.commitment("ukraine-3-5bn").what_nl
    assert "EUR 100 mln" in summit.commitment("ucap-100m").what_nl
    hague = summit.commitment("hague-5pct").what_nl
    assert "5%" in hague and "3,5%" in hague and "1,5%" in hague and "2035" in hague
    assert "Kamerstuk 36353" in summit.commitment("wfd-bill").title_nl


def test_a_commitment_without_its_dutch_title_names_file_line_and_field(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    commitments = folder / "commitments.toml"
    lines = commitments.read_text(encoding="utf-8").splitlines()
    first = lines.index("[[commitment]]")
    dutch_title = next(i for i in range(first, len(lines)) if lines[i].startswith("title_nl = "))
    del lines[dutch_title]
    commitments.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(NavotopError) as caught:
        load_summit(folder)
    messages = [str(p) for p in caught.value.problems]
    assert any(m.startswith(f"{commitments}:") and m.endswith("missing title_nl") for m in messages), messages
