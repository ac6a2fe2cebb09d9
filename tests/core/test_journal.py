"""The journal of unsaved edits: appended and fsynced as edits are made, kept beside the user's
state (never in the scenario's folder), offered back with its time, marked when the file has
changed since, cleared by a save or a discard, and robust to a torn last line."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from core.journal import Journal, JournalWriter, journal_path, state_dir

WHEN = dt.datetime(2025, 6, 24, 14, 3, 9, tzinfo=dt.timezone(dt.timedelta(hours=2)))


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    path = tmp_path / "room" / "s.toml"
    path.parent.mkdir()
    path.write_bytes(b"schema = 1\n")
    return path


def test_state_dir_follows_xdg_then_home(tmp_path: Path) -> None:
    assert state_dir({"XDG_STATE_HOME": "/x/state", "HOME": "/home/u"}) == Path("/x/state/navotop")
    assert state_dir({"HOME": "/home/u"}) == Path("/home/u/.local/state/navotop")


def test_the_journal_lives_in_the_state_folder_not_beside_the_scenario(
    scenario: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    journal = Journal(scenario)
    journal.record({("gdp_cpb", 2024): 1.0}, scenario.read_bytes())
    assert journal.path.parent == tmp_path / "state" / "navotop" / "journal"
    assert sorted(p.name for p in scenario.parent.iterdir()) == ["s.toml"]
    assert scenario.read_bytes() == b"schema = 1\n"
    assert journal.path.stat().st_mode & 0o777 == 0o600  # the user's edits are the user's


def test_edits_come_back_with_their_time(scenario: Path, tmp_path: Path) -> None:
    journal = Journal(scenario, tmp_path / "j")
    base = scenario.read_bytes()
    journal.record({("defence_excl_ukraine", 2026): 2.1}, base, now=WHEN)
    journal.record({("defence_excl_ukraine", 2026): 2.2, ("gdp_cpb", 2025): 1_200_000.0}, base, now=WHEN)
    pending = Journal(scenario, tmp_path / "j").pending(scenario.read_bytes())
    assert pending is not None
    assert pending.edits == {("defence_excl_ukraine", 2026): 2.2, ("gdp_cpb", 2025): 1_200_000.0}
    assert pending.when == WHEN
    assert not pending.file_changed


def test_it_is_append_only(scenario: Path, tmp_path: Path) -> None:
    journal = Journal(scenario, tmp_path / "j")
    journal.record({("gdp_cpb", 2024): 1.0}, b"")
    first = journal.path.read_bytes()
    journal.record({("gdp_cpb", 2024): 2.0}, b"")
    assert journal.path.read_bytes().startswith(first)
    assert len(journal.path.read_bytes().splitlines()) == 2


def test_a_file_changed_on_disk_since_is_marked_not_hidden(scenario: Path, tmp_path: Path) -> None:
    journal = Journal(scenario, tmp_path / "j")
    journal.record({("gdp_cpb", 2024): 1.0}, scenario.read_bytes())
    scenario.write_bytes(b"schema = 1\n# someone saved\n")
    pending = journal.pending(scenario.read_bytes())
    assert pending is not None and pending.file_changed
    assert journal.pending(None) is not None and journal.pending(None).file_changed  # type: ignore[union-attr]


def test_save_or_discard_clears_it(scenario: Path, tmp_path: Path) -> None:
    journal = Journal(scenario, tmp_path / "j")
    journal.record({("gdp_cpb", 2024): 1.0}, b"")
    journal.clear()
    assert not journal.path.exists()
    assert journal.pending(b"") is None
    journal.clear()  # clearing twice is fine


def test_undoing_every_edit_leaves_nothing_to_restore(scenario: Path, tmp_path: Path) -> None:
    journal = Journal(scenario, tmp_path / "j")
    journal.record({("gdp_cpb", 2024): 1.0}, b"")
    journal.record({}, b"")
    assert journal.pending(b"") is None


def test_a_torn_last_line_loses_at_most_the_last_edit(scenario: Path, tmp_path: Path) -> None:
    journal = Journal(scenario, tmp_path / "j")
    journal.record({("gdp_cpb", 2024): 1.0}, b"", now=WHEN)
    with journal.path.open("ab") as out:
        out.write(b'{"time": "2025-06-24T14:05:00+02:00", "edits": [["gdp_c')  # killed mid-write
    pending = journal.pending(b"")
    assert pending is not None and pending.edits == {("gdp_cpb", 2024): 1.0}


def test_two_files_of_the_same_name_have_their_own_journals(tmp_path: Path) -> None:
    assert journal_path(tmp_path / "a" / "s.toml", tmp_path) != journal_path(
        tmp_path / "b" / "s.toml", tmp_path
    )


def test_each_record_is_synced_to_disk(
    scenario: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real(fd)))
    Journal(scenario, tmp_path / "j").record({("gdp_cpb", 2024): 1.0}, b"")
    assert len(synced) == 1


def test_the_writer_keeps_the_order_of_records_and_clears(scenario: Path, tmp_path: Path) -> None:
    errors: list[OSError] = []
    writer = JournalWriter(Journal(scenario, tmp_path / "j"), errors.append)
    for value in (1.0, 2.0, 3.0):
        writer.record({("gdp_cpb", 2024): value}, b"")
    assert writer.flush()
    pending = writer.journal.pending(b"")
    assert pending is not None and pending.edits == {("gdp_cpb", 2024): 3.0}
    writer.clear()
    writer.close()
    assert not writer.journal.path.exists()
    assert errors == []


def test_the_writer_reports_a_failure_instead_of_dying(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    errors: list[OSError] = []
    writer = JournalWriter(Journal(tmp_path / "s.toml", blocked / "j"), errors.append)
    writer.record({("gdp_cpb", 2024): 1.0}, b"")
    assert writer.flush()
    assert len(errors) == 1
    writer.record({("gdp_cpb", 2024): 2.0}, b"")  # still running after a failure
    assert writer.flush()
    assert len(errors) == 2
    writer.close()


def test_growth_edits_are_journaled_and_come_back(scenario: Path, tmp_path: Path) -> None:
    """A growth row's what-if (GDP growth a point lower from 2026, this year and after) is an
    edit like a cell's: journaled with the cells, read back in full, counted in the offer."""
    journal = Journal(scenario, tmp_path / "j")
    base = scenario.read_bytes()
    growth = {"gdp_cpb": {2026: 2.53, 2027: 2.53}}
    journal.record({("defence_excl_ukraine", 2026): 2.2}, base, now=WHEN, growth=growth)
    pending = Journal(scenario, tmp_path / "j").pending(base)
    assert pending is not None
    assert pending.growth == {"gdp_cpb": {2026: 2.53, 2027: 2.53}}
    assert pending.edits == {("defence_excl_ukraine", 2026): 2.2}
    assert pending.count == 3 and pending.when == WHEN and not pending.file_changed


def test_growth_edits_alone_are_unsaved_edits(scenario: Path, tmp_path: Path) -> None:
    """No cell value, only a growth rate: still something to offer back; both undone: nothing."""
    journal = Journal(scenario, tmp_path / "j")
    journal.record({}, b"", growth={"gdp_cpb": {2026: 2.53}})
    pending = journal.pending(b"")
    assert pending is not None and pending.edits == {} and pending.growth == {"gdp_cpb": {2026: 2.53}}
    journal.record({}, b"", growth={"gdp_cpb": {}})
    assert journal.pending(b"") is None and not journal.path.exists()


def test_a_journal_line_without_growth_still_restores_its_cells(scenario: Path, tmp_path: Path) -> None:
    """Lines written before growth rates were journaled hold cells only: they are still read."""
    journal = Journal(scenario, tmp_path / "j")
    journal.path.parent.mkdir(parents=True)
    journal.path.write_bytes(
        b'{"time": "2025-06-24T14:03:09+02:00", "file_sha256": "x", "edits": [["gdp_cpb", 2024, 1.0]]}\n'
    )
    pending = journal.pending(b"")
    assert pending is not None and pending.edits == {("gdp_cpb", 2024): 1.0} and pending.growth == {}


def test_the_writer_copies_growth_edits_when_queued(scenario: Path, tmp_path: Path) -> None:
    """The app goes on changing its own edits after queuing them: what is written is the set as
    it was when queued."""
    writer = JournalWriter(Journal(scenario, tmp_path / "j"), lambda error: None)
    growth = {"gdp_cpb": {2026: 2.53}}
    writer.record({}, b"", growth)
    growth["gdp_cpb"][2026] = 9.0
    assert writer.flush()
    writer.close()
    pending = writer.journal.pending(b"")
    assert pending is not None and pending.growth == {"gdp_cpb": {2026: 2.53}}


def test_the_count_offered_back_is_the_edits_made_not_the_cells_changed(
    scenario: Path, tmp_path: Path
) -> None:
    """A growth rate set for 2026 and after (five cells) and one share: two edits made, and two
    offered back. A line written before the count was journaled counts its cells, as before."""
    journal = Journal(scenario, tmp_path / "j")
    rates = {"gdp_cpb": dict.fromkeys(range(2026, 2031), 2.53)}
    journal.record({("defence_excl_ukraine", 2026): 2.2}, b"", WHEN, rates, made=2)
    pending = journal.pending(b"")
    assert pending is not None and pending.count == 2 and pending.made == 2
    journal.path.write_bytes(
        b'{"time": "2025-06-24T14:03:09+02:00", "file_sha256": "x", "edits": [["gdp_cpb", 2024, 1.0]],'
        b' "growth": [["gdp_cpb", 2026, 2.53], ["gdp_cpb", 2027, 2.53]]}\n'
    )
    older = journal.pending(b"")
    assert older is not None and older.made == 0 and older.count == 3
