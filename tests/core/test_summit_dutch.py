"""The summit data in Dutch: every prose field has its `_nl` twin, the loader refuses a record
whose twin is missing, empty or of another length (FILE:LINE:COL), the model hands a view the
text in the language asked for, and a topic is a category in both languages."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from core.allies_nl import country_name, dutch_names, dutch_notes, dutch_provenance, note_text
from core.document import Summit, load_summit
from core.errors import NavotopError
from core.model import COMMITMENT_TOPICS, topic_word
from core.paths import data_dir


@pytest.fixture(scope="module")
def summit() -> Summit:
    return load_summit()


_DUTCH = re.compile(r"\b(de|het|een|van|en|op|voor|met|niet|zijn)\b")


def test_every_summary_has_dutch_that_reads_as_dutch_and_every_note_its_own_dutch(summit: Summit) -> None:
    texts = [i.words("nl").summary for i in summit.agenda]
    texts += [c.words("nl").what for c in summit.commitments]
    for text in texts:
        assert _DUTCH.search(text), text
    english = {i.summary for i in summit.agenda} | {c.what for c in summit.commitments}
    assert not english & set(texts)
    for source in summit.sources.values():  # notes may be terse (no article to look for)
        assert source.words("nl").note != source.note, source.id


def test_dutch_numbers_in_the_data_are_written_the_dutch_way(summit: Summit) -> None:
    """The letter writes 3,5% and EUR 19,9 mld; a Dutch note with 3.5% would read as English."""
    texts = [s.words("nl").note for s in summit.sources.values()]
    texts += [c.words("nl").what for c in summit.commitments] + [i.words("nl").summary for i in summit.agenda]
    for text in texts:
        assert not re.search(r"\d\.\d(?!\d\d)", text), text  # 3.5 is English; 19.900 (thousands) is Dutch
    assert "3,5% van het bbp" in summit.sources["fn2"].words("nl").note
    assert "EUR 1.134,0 mld" in summit.sources["oecd_survey_2025"].words("nl").note


def test_an_agenda_item_in_dutch_and_in_english(summit: Summit) -> None:
    nac = next(i for i in summit.agenda if i.id == "nac-leaders")
    dutch, english = nac.words("nl"), nac.words("en")
    assert dutch.title == "Noord-Atlantische Raad van staatshoofden en regeringsleiders"
    assert english.title == "North Atlantic Council of heads of state and government"
    assert (dutch.place, english.place) == ("World Forum, Den Haag", "World Forum, The Hague")
    assert dutch.time is None and english.time is None  # "not stated": the view says so in words
    assert len(dutch.topics) == len(english.topics) == 9
    assert dutch.topics[english.topics.index("defence spending")] == "defensie-uitgaven"
    assert dutch.section.startswith("opening (zonder kop); Afschrikking en verdediging")
    assert english.section.startswith("opening (no heading); ")
    dinner = next(i for i in summit.agenda if i.id == "social-dinner")
    assert (dinner.words("nl").time, dinner.words("en").time) == ("avond", "evening")


def test_a_source_keeps_its_title_and_says_its_note_in_dutch(summit: Summit) -> None:
    letter = summit.sources["letter"]
    assert letter.title == "Geannoteerde Agenda NAVO-top 24 en 25 juni 2025"
    assert letter.words("nl").publisher is not None and "Tweede Kamer" in letter.words("nl").publisher
    assert letter.words("en").publisher == letter.publisher


def test_every_topic_is_a_word_in_both_languages(summit: Summit) -> None:
    assert {c.topic for c in summit.commitments} <= set(COMMITMENT_TOPICS)
    assert topic_word("defence spending", "nl") == "defensie-uitgaven"
    assert topic_word("Ukraine", "nl") == "Oekraïne"
    for topic in COMMITMENT_TOPICS:
        assert topic_word(topic, "en") == topic


def test_the_topic_filter_takes_the_english_id_and_the_dutch_word(summit: Summit) -> None:
    ukraine = [c.id for c in summit.commitments if c.topic == "Ukraine"]
    assert len(ukraine) == 5
    for query in ("topic:ukraine", "topic:oekr", "onderwerp:Oekraïne", "onderwerp:ukr"):
        for lang in ("nl", "en"):
            assert [c.id for c in summit.search(query, lang)] == ukraine, (query, lang)
    spending = [c.id for c in summit.commitments if c.topic == "defence spending"]
    assert [c.id for c in summit.search("topic:defensie-uitgaven", "nl")] == spending


def test_words_are_found_in_the_language_shown(summit: Summit) -> None:
    found = summit.search("capaciteitsdoelstellingen", "nl")
    assert "capability-targets" in [c.id for c in found]
    assert summit.search("capaciteitsdoelstellingen", "en") == []


# ---- the loader's twin check


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    return folder


def _problems(folder: Path) -> list[str]:
    with pytest.raises(NavotopError) as caught:
        load_summit(folder)
    return [str(p) for p in caught.value.problems]


def _line(path: Path, text: str) -> int:
    return path.read_text(encoding="utf-8").splitlines().index(text) + 1


def test_a_missing_twin_is_named_at_its_record(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    agenda = folder / "agenda.toml"
    text = agenda.read_text(encoding="utf-8")
    summary_nl = next(line for line in text.splitlines() if line.startswith("summary_nl = "))
    agenda.write_text(text.replace(summary_nl + "\n", "", 1), encoding="utf-8")
    lines = agenda.read_text(encoding="utf-8").splitlines()
    record = lines.index("[[item]]") + 1  # the first item lost its summary_nl
    assert _problems(folder) == [f"{agenda}:{record}:1: missing summary_nl"]


def test_an_empty_twin_is_named_where_it_is_written(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    sources = folder / "sources.toml"
    text = sources.read_text(encoding="utf-8")
    note_nl = next(line for line in text.splitlines() if line.startswith("note_nl = "))
    sources.write_text(text.replace(note_nl, 'note_nl = "  "', 1), encoding="utf-8")
    line = _line(sources, 'note_nl = "  "')
    assert _problems(folder) == [f"{sources}:{line}:1: note_nl is empty"]


def test_a_list_twin_gives_one_dutch_entry_for_each(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    agenda = folder / "agenda.toml"
    text = agenda.read_text(encoding="utf-8")
    old = 'organisers_nl = ["NAVO", "Nederland als gastland"]'
    assert old in text
    agenda.write_text(text.replace(old, 'organisers_nl = ["NAVO"]'), encoding="utf-8")
    line = _line(agenda, 'organisers_nl = ["NAVO"]')
    assert _problems(folder) == [
        f"{agenda}:{line}:1: organisers_nl has 1 entries and organisers 2: one Dutch entry for each"
    ]


def test_a_twin_of_another_type_or_without_its_english_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    agenda = folder / "agenda.toml"
    text = agenda.read_text(encoding="utf-8")
    old_title = 'title_nl = "Noord-Atlantische Raad van staatshoofden en regeringsleiders"'
    text = text.replace(old_title, 'title_nl = ["Noord-Atlantische Raad"]', 1)
    text = text.replace('id = "social-dinner"', 'id = "social-dinner"\ndate_basis_nl = "op dinsdag"', 1)
    agenda.write_text(text, encoding="utf-8")
    title_line = _line(agenda, 'title_nl = ["Noord-Atlantische Raad"]')
    basis_line = _line(agenda, 'date_basis_nl = "op dinsdag"')
    problems = _problems(folder)
    assert f"{agenda}:{title_line}:1: title_nl must be a string, not an array" in problems
    assert f"{agenda}:{basis_line}:1: date_basis_nl without date_basis: write the English too" in problems


def test_the_commitments_need_their_twins_too(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    commitments = folder / "commitments.toml"
    text = commitments.read_text(encoding="utf-8")
    who_nl = next(line for line in text.splitlines() if line.startswith("who_nl = "))
    commitments.write_text(text.replace(who_nl + "\n", "", 1), encoding="utf-8")
    record = commitments.read_text(encoding="utf-8").splitlines().index("[[commitment]]") + 1
    assert _problems(folder) == [f"{commitments}:{record}:1: missing who_nl"]


# ---- the allies' names


def test_every_ally_and_note_in_the_data_has_its_dutch() -> None:
    from core.allies import load_allies

    countries = set(load_allies().get_column("country").to_list())
    assert countries <= set(dutch_names()), countries - set(dutch_names())
    notes = set(load_allies().get_column("note").drop_nulls().to_list())
    assert notes <= set(dutch_notes()), notes - set(dutch_notes())
    assert note_text("press report (defence-ua)", "nl") == "persbericht (defence-ua)"
    assert country_name("Netherlands", "nl") == "Nederland"
    assert country_name("United Kingdom", "nl") == "Verenigd Koninkrijk"
    assert country_name("NATO Total", "nl") == "NAVO totaal"
    assert country_name("Netherlands", "en") == "Netherlands"


def _numbers(text: str) -> list[str]:
    """The numbers of a text, each written the English way (a Dutch 2,06 as 2.06), sorted."""
    return sorted(n.replace(",", ".") for n in re.findall(r"\d+(?:[.,]\d+)?", text))


def test_every_allies_file_says_where_its_figures_come_from_in_dutch_with_the_same_numbers() -> None:
    """Each data file's opening line (shown under the allies pane and `navotop allies`) has its
    Dutch in nl.toml, which gives the same numbers, dates and ids (so a line changed in the file
    but not in its Dutch fails here), reads as Dutch, and keeps a publication's title as it is."""
    from core.allies import provenance

    files = sorted(p.name for p in (data_dir() / "allies").glob("*.csv"))
    assert set(dutch_provenance()) == set(files)
    for file in files:
        english, dutch = provenance(file, lang="en"), provenance(file, lang="nl")
        assert english.startswith("NATO") and dutch != english, file
        assert _numbers(dutch) == _numbers(english), file
        assert _DUTCH.search(dutch), dutch
        for title in re.findall(r"'Defence Expenditure of NATO Countries \(\d{4}-\d{4}\)'", english):
            assert title in dutch, (file, title)
    assert "De 2,06 van Nederland is gelijk aan" in provenance(
        "nato-share-gdp-2024-annual-report.csv", lang="nl"
    )


def test_the_allies_source_lines_are_in_the_language_shown() -> None:
    from core import formats
    from core.allies import allies_view

    formats.set_language("nl")
    lines = allies_view(2024, "june-2024").sources
    assert lines[0].startswith("nato-share-gdp-june-2024-edition.csv: 'Defence Expenditure of NATO Countries")
    assert lines[-1].startswith(
        "lijnen 2014-2024: nato-share-gdp-2014-2024.csv: Defensie-uitgaven van de NAVO"
    )
    formats.set_language("en")
    lines = allies_view(2024, "june-2024").sources
    assert lines[-1].startswith("2014-2024 lines: nato-share-gdp-2014-2024.csv: NATO defence expenditure")


def test_a_twin_problem_is_said_in_dutch_when_navotop_speaks_dutch(tmp_path: Path) -> None:
    from core import formats

    folder = _copy(tmp_path)
    agenda = folder / "agenda.toml"
    text = agenda.read_text(encoding="utf-8")
    old = 'organisers_nl = ["NAVO", "Nederland als gastland"]'
    agenda.write_text(text.replace(old, 'organisers_nl = ["NAVO", " "]'), encoding="utf-8")
    line = _line(agenda, 'organisers_nl = ["NAVO", " "]')
    formats.set_language("nl")
    assert _problems(folder) == [f"{agenda}:{line}:1: organisers_nl heeft een leeg item"]


def test_a_topic_without_words_in_the_catalogue_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    commitments = folder / "commitments.toml"
    text = commitments.read_text(encoding="utf-8")
    commitments.write_text(
        text.replace('topic = "capabilities"', 'topic = "capability"', 1), encoding="utf-8"
    )
    line = _line(commitments, 'topic = "capability"')
    assert _problems(folder) == [
        f"{commitments}:{line}:1: topic must be one of {', '.join(COMMITMENT_TOPICS)}"
    ]


def test_each_edition_is_named_in_the_language_shown_with_its_title_as_published() -> None:
    from core.allies import EDITIONS

    for edition in EDITIONS.values():
        assert edition.shown_title("en") == edition.title  # the English is the data's own
        dutch = edition.shown_title("nl")
        title = edition.title.split(", ")[0] if "(" in edition.title else edition.title
        assert f"“{title}”" in dutch, dutch
        assert not re.search(r"\b(June|August|prices)\b", dutch), dutch
    assert EDITIONS["august-2025"].shown_title("nl").endswith(", augustus 2025, prijzen van 2021")
