"""The summit data: complete, cited, linked to the engine, and true to the letter."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from core.document import ROW_IDS, Summit, load_summit
from core.errors import NavotopError
from core.paths import data_dir, scenarios_dir
from core.scenario import load_scenario


@pytest.fixture(scope="module")
def summit() -> Summit:
    return load_summit()


def test_every_programme_element_of_the_letter_is_on_the_agenda(summit: Summit) -> None:
    by_id = {item.id: item for item in summit.agenda}
    assert set(by_id) == {
        "nac-leaders",
        "nsdif",
        "public-forum",
        "social-dinner",
        "informal-reception",
        "dinner-foreign-ministers",
        "dinner-defence-ministers",
        "navo-door-nederland",
    }
    for item in summit.agenda:
        assert item.title and item.summary and item.section and item.place and item.time
        assert isinstance(item.date, dt.date)


@pytest.mark.parametrize(
    ("item", "date", "needle"),
    [
        ("nac-leaders", dt.date(2025, 6, 25), "32 allies"),
        ("nsdif", dt.date(2025, 6, 24), "VNO-NCW"),
        ("social-dinner", dt.date(2025, 6, 24), "Huis ten Bosch"),
        ("navo-door-nederland", dt.date(2025, 6, 22), "MBO"),
        ("dinner-foreign-ministers", dt.date(2025, 6, 24), "NATO-Ukraine Council"),
    ],
)
def test_agenda_facts_match_the_letter(summit: Summit, item: str, date: dt.date, needle: str) -> None:
    found = next(i for i in summit.agenda if i.id == item)
    assert found.date == date
    text = " ".join([found.title, found.summary, found.place, *found.participants, *found.organisers])
    assert needle in text


def test_dates_the_letter_does_not_state_say_how_they_were_read(summit: Summit) -> None:
    forum = next(i for i in summit.agenda if i.id == "public-forum")
    assert (forum.date, forum.end_date) == (dt.date(2025, 6, 24), dt.date(2025, 6, 25))
    assert forum.date_basis and "parallel" in forum.date_basis
    assert next(i for i in summit.agenda if i.id == "nsdif").place == "not stated"


@pytest.mark.parametrize(
    ("commitment", "share", "amount", "reference"),
    [
        ("nl-capability-3-5", 3.5, None, "Kamerstuk 28676-504"),
        ("ukraine-3-5bn", None, 3500.0, None),
        ("ucap-100m", None, 100.0, None),
        ("nl-law-2pct", 2.0, None, "Kamerstuk 36353"),
        ("vjn-2pct-input", 2.0, None, "Voorjaarsnota 2025, bijlage 5"),
        ("ukraine-3-5bn-timing", None, 2000.0, None),
        ("dip-2014", 2.0, None, None),
        ("hague-5pct", 5.0, None, None),
        ("hague-core-3-5", 3.5, None, None),
        ("hague-related-1-5", 1.5, None, None),
    ],
)
def test_commitment_figures_match_their_sources(
    summit: Summit, commitment: str, share: float | None, amount: float | None, reference: str | None
) -> None:
    found = summit.commitment(commitment)
    assert (found.share, found.amount_eur_mln, found.reference) == (share, amount, reference)


def test_the_summit_outcome_is_dated_after_the_letter(summit: Summit) -> None:
    later = {c.id for c in summit.commitments if c.after_letter}
    assert later == {
        "hague-5pct",
        "hague-core-3-5",
        "hague-related-1-5",
        "hague-annual-plans",
        "hague-review-2029",
        "hague-ukraine-counts",
    }
    assert summit.commitment("hague-5pct").deadline == "2035"
    assert summit.commitment("hague-review-2029").deadline == "2029"


def test_every_footnote_of_the_letter_and_every_data_file_is_a_source(summit: Summit) -> None:
    footnotes = sorted(s.footnote for s in summit.sources.values() if s.footnote)
    assert footnotes == list(range(2, 12))  # the letter numbers its footnotes 2 to 11
    files = {s.file for s in summit.sources.values() if s.file}
    assert files == {p.relative_to(data_dir()).as_posix() for p in data_dir().rglob("*.csv")}


def test_every_cited_source_exists(summit: Summit) -> None:
    for record in (*summit.agenda, *summit.commitments):
        assert record.source in summit.sources, record.id


def test_every_row_and_norm_a_commitment_names_exists(summit: Summit) -> None:
    norms: set[str] = set()
    for path in scenarios_dir().glob("*.toml"):
        norms |= set(load_scenario(path).norms)
    for c in summit.commitments:
        assert set(c.rows) <= ROW_IDS, c.id
        assert set(c.norms) <= norms, (c.id, set(c.norms) - norms)
    assert summit.commitments_for("nl_law_2pct") == [summit.commitment("nl-law-2pct")]
    # a gap row links back through its norm; a row named by commitments links to those
    assert summit.commitments_on("gap_nl_law_2pct_nl") == [summit.commitment("nl-law-2pct")]
    assert summit.commitment("cpb-gdp-by-law") in summit.commitments_on("gdp_cpb")


_DUTCH = re.compile(r"\b(het|wordt|worden|zijn|een|deze|hierbij|tijdens|bondgenoten)\b", re.IGNORECASE)


def test_summaries_are_navotops_own_english_words(summit: Summit) -> None:
    texts = [i.summary for i in summit.agenda] + [c.what for c in summit.commitments]
    texts += [c.title for c in summit.commitments] + [i.title for i in summit.agenda]
    for text in texts:
        assert not _DUTCH.search(text), text


def test_a_broken_data_file_names_file_line_and_problem(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    agenda = folder / "agenda.toml"
    text = agenda.read_text(encoding="utf-8")
    text = text.replace("date = 2025-06-25", "date = 2025", 1).replace('kind = "forum"', 'knd = "forum"', 1)
    agenda.write_text(text, encoding="utf-8")
    commitments = folder / "commitments.toml"
    commitments.write_text(
        commitments.read_text(encoding="utf-8").replace('rows = ["share_nato"]', 'rows = ["share_natto"]', 1),
        encoding="utf-8",
    )
    with pytest.raises(NavotopError) as caught:
        load_summit(folder)
    messages = [str(p) for p in caught.value.problems]
    lines = agenda.read_text(encoding="utf-8").splitlines()
    date_line = lines.index("date = 2025") + 1
    knd_line = lines.index('knd = "forum"') + 1
    assert f"{agenda}:{date_line}:1: date must be a date written as 2025-06-24, not int" in messages
    assert f"{agenda}:{knd_line}:1: unknown key 'knd' (did you mean 'kind'?)" in messages
    assert any(m.startswith(str(commitments)) and "row 'share_natto'" in m for m in messages)
