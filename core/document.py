"""The summit as data: agenda, commitments and sources from core/data/*.toml, checked on load.

The files are written by hand, so they are held to the same standard as scenario files: every
problem reported at once with file, line and column, unknown keys with a "did you mean", every
cited source and every table row checked to exist. Data files never hold numbers the engine uses;
commitments only point at the engine's rows (and the scenarios' norms) by id. Every text has
its Dutch twin (`title` and `title_nl`, ...), checked here to be there; the records hand a view
their words in one language (`words(lang)`), so no view picks a field by its name.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import NavotopError
from core.formats import Lang, language
from core.i18n import t
from core.measures import INPUTS, MEASURES, norm_of
from core.model import COMMITMENT_TOPICS, AgendaItem, Commitment, SourceRecord, topic_word
from core.paths import data_dir
from core.tomlfile import TomlFile, type_name
from core.tomlpos import KeyPath

AGENDA_KINDS = ("plenary", "forum", "dinner", "reception", "side event", "communication")
SOURCE_KINDS = ("letter", "footnote", "table", "data", "document", "press")
ROW_IDS = frozenset([s.id for s in INPUTS] + [m.id for m in MEASURES])

Check = Callable[[TomlFile, KeyPath, object], Any]


def _text(file: TomlFile, path: KeyPath, value: object) -> str | None:
    text = file.string(path, value)
    if text is not None and not text.strip():
        file.problem(path, t("data.empty", key=path[-1]))
        return None
    return text


def _texts(file: TomlFile, path: KeyPath, value: object) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        file.problem(path, t("data.texts", key=path[-1], type=type_name(value)))
        return None
    return tuple(value)


def _date(file: TomlFile, path: KeyPath, value: object) -> dt.date | None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        file.problem(path, t("data.date", key=path[-1], type=type_name(value)))
        return None
    return value


def _deadline(file: TomlFile, path: KeyPath, value: object) -> str | None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    year = file.year(path, value)
    return None if year is None else str(year)


def _count(file: TomlFile, path: KeyPath, value: object) -> int | None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        file.problem(path, t("data.count", key=path[-1], value=repr(value)))
        return None
    return value


def _flag(file: TomlFile, path: KeyPath, value: object) -> bool | None:
    if not isinstance(value, bool):
        file.problem(path, t("data.flag", key=path[-1], type=type_name(value)))
        return None
    return value


def _number(file: TomlFile, path: KeyPath, value: object) -> float | None:
    return file.number(path, value)


@dataclass(frozen=True, slots=True)
class _Field:
    check: Check
    required: bool = False


_SOURCE_FIELDS = {
    "title": _Field(_text, True),
    "kind": _Field(_text, True),
    "note": _Field(_text),
    "note_nl": _Field(_text),
    "footnote": _Field(_count),
    "reference": _Field(_text),
    "published": _Field(_text),
    "publisher": _Field(_text),
    "publisher_nl": _Field(_text),
    "file": _Field(_text),
}
_AGENDA_FIELDS = {
    "id": _Field(_text, True),
    "title": _Field(_text, True),
    "title_nl": _Field(_text, True),
    "kind": _Field(_text, True),
    "date": _Field(_date, True),
    "end_date": _Field(_date),
    "date_basis": _Field(_text),
    "date_basis_nl": _Field(_text),
    "time": _Field(_text, True),
    "time_nl": _Field(_text, True),
    "place": _Field(_text, True),
    "place_nl": _Field(_text, True),
    "participants": _Field(_texts),
    "participants_nl": _Field(_texts),
    "organisers": _Field(_texts),
    "organisers_nl": _Field(_texts),
    "topics": _Field(_texts),
    "topics_nl": _Field(_texts),
    "summary": _Field(_text, True),
    "summary_nl": _Field(_text, True),
    "section": _Field(_text, True),
    "source": _Field(_text, True),
}
_COMMITMENT_FIELDS = {
    "id": _Field(_text, True),
    "title": _Field(_text, True),
    "title_nl": _Field(_text, True),
    "who": _Field(_text, True),
    "who_nl": _Field(_text, True),
    "what": _Field(_text, True),
    "what_nl": _Field(_text, True),
    "status": _Field(_text, True),
    "status_nl": _Field(_text, True),
    "topic": _Field(_text, True),
    "source": _Field(_text, True),
    "section": _Field(_text),
    "reference": _Field(_text),
    "share": _Field(_number),
    "amount_eur_mln": _Field(_number),
    "deadline": _Field(_deadline),
    "after_letter": _Field(_flag),
    "rows": _Field(_texts),
    "norms": _Field(_texts),
}


def _record(
    file: TomlFile, path: KeyPath, body: dict[str, Any], fields: Mapping[str, _Field]
) -> dict[str, Any]:
    """The checked fields of one record; problems (unknown, missing, mistyped) go to `file`."""
    out: dict[str, Any] = {}
    for key, value in body.items():
        spec = fields.get(key)
        if spec is None:
            file.unknown(path, key, fields)
            continue
        checked = spec.check(file, (*path, key), value)
        if checked is not None:
            out[key] = checked
    for key, spec in fields.items():
        if spec.required and key not in body and not key.endswith(NL):  # twins: _check_twins
            file.problem(path, t("data.missing", key=key))
    _check_twins(file, path, body, fields)
    return out


NL = "_nl"
"""Every prose field `x` of the summit data has its Dutch twin `x_nl` right after it."""


def _check_twins(file: TomlFile, path: KeyPath, body: dict[str, Any], fields: Mapping[str, _Field]) -> None:
    """Each prose field has its Dutch twin, and the twin its English: the Dutch app shows the
    twin, so a missing one would leave a hole (or English) on a Dutch screen. A list's twin
    gives one entry for each English entry. (Types and empty strings are the field checks'.)"""
    for twin in (key for key in fields if key.endswith(NL)):
        base = twin.removesuffix(NL)
        if base in body and twin not in body:
            file.problem(path, t("data.missing", key=twin))
        elif twin in body and base not in body:
            file.problem((*path, twin), t("twin.alone", twin=twin, base=base))
        elif twin in body and isinstance(body[base], list) and isinstance(body[twin], list):
            english, dutch = body[base], body[twin]
            if len(english) != len(dutch):
                counts = {"dutch": len(dutch), "english": len(english)}
                file.problem((*path, twin), t("twin.count", twin=twin, base=base, **counts))
            elif any(isinstance(d, str) and not d.strip() for d in dutch):
                file.problem((*path, twin), t("twin.empty_entry", twin=twin))


@dataclass(frozen=True, slots=True)
class Summit:
    """Everything navotop knows about the summit beyond the numbers."""

    agenda: tuple[AgendaItem, ...]
    """In time order (date, then id): how the tree, the CLI and the palette list it."""
    commitments: tuple[Commitment, ...]
    sources: Mapping[str, SourceRecord]

    def commitment(self, commitment_id: str) -> Commitment:
        """The commitment with this id; KeyError when there is none."""
        for c in self.commitments:
            if c.id == commitment_id:
                return c
        raise KeyError(commitment_id)

    def search(self, query: str, lang: Lang | None = None) -> list[Commitment]:
        """Commitments matching every word of `query` in their text in `lang` (default: the
        language shown), their id, source or reference; `topic:X` (or `onderwerp:X`) narrows
        by topic, X the start of its id or of its word in either language (`topic:ukr`,
        `onderwerp:oekr`)."""
        words = query.lower().split()
        found = []
        for c in self.commitments:
            said = c.words(lang or language())
            text = " ".join(
                [
                    c.id,
                    said.title,
                    said.who,
                    said.what,
                    said.status,
                    c.topic_word(lang),
                    c.source,
                    c.reference or "",
                ]
            ).lower()
            topics = [c.topic.lower(), topic_word(c.topic, "nl").lower(), topic_word(c.topic, "en").lower()]
            ok = True
            for word in words:
                asked = _topic_asked(word)
                if asked is None:
                    ok = ok and word in text
                else:
                    ok = ok and any(topic.startswith(asked) for topic in topics)
            if ok:
                found.append(c)
        return found

    def cite(self, source_id: str, lang: Lang | None = None) -> str:
        """A source as the views name it in `lang`: the letter and its footnotes in words
        (`brief`, `vn. 4` in Dutch; `letter`, `fn4`, their ids, in English), any other by id."""
        record = self.sources.get(source_id)
        if record is not None and record.kind == "letter":
            return t("cite.letter", lang)
        if record is not None and record.footnote is not None:
            return t("cite.footnote", lang, number=record.footnote)
        return source_id

    def commitments_for(self, row_or_norm: str) -> list[Commitment]:
        """The commitments that bear on a table row or a norm, for the link back from a number."""
        return [c for c in self.commitments if row_or_norm in c.rows or row_or_norm in c.norms]

    def commitments_on(self, row_id: str) -> list[Commitment]:
        """What a number in the table links back to: the commitments on its row, or else on the
        norm the row belongs to (a gap or path row)."""
        return self.commitments_for(row_id) or self.commitments_for(norm_of(row_id))


def load_summit(folder: Path | None = None) -> Summit:
    """Read and check agenda.toml, commitments.toml and sources.toml; all problems at once."""
    folder = folder or data_dir()
    files = [TomlFile.read(folder / name) for name in ("sources.toml", "agenda.toml", "commitments.toml")]
    sources_file, agenda_file, commitments_file = files
    sources = _sources(sources_file)
    agenda = tuple(sorted(_agenda(agenda_file, sources), key=lambda i: (i.date, i.id)))
    commitments = tuple(_commitments(commitments_file, sources))
    problems = [p for f in files for p in f.problems]
    if problems:
        raise NavotopError(problems)
    return Summit(agenda, commitments, sources)


def _topic_asked(word: str) -> str | None:
    """What a `topic:X` or `onderwerp:X` word of a filter asks for (X), or None for a plain word."""
    for prefix in ("topic:", "onderwerp:"):
        if word.startswith(prefix):
            return word.removeprefix(prefix)
    return None


@functools.cache
def bundled_summit() -> Summit:
    """The summit data shipped with navotop, read once per process."""
    return load_summit()


def _sources(file: TomlFile) -> dict[str, SourceRecord]:
    for key in file.data:
        if key != "source":
            file.unknown((), key, ["source"], t("toml.what.top_level"))
    body = file.table(("source",), file.data.get("source", {})) or {}
    out: dict[str, SourceRecord] = {}
    for source_id, raw in body.items():
        path = ("source", source_id)
        table = file.table(path, raw)
        if table is None:
            continue
        fields = _record(file, path, table, _SOURCE_FIELDS)
        if fields.get("kind", SOURCE_KINDS[0]) not in SOURCE_KINDS:
            file.problem((*path, "kind"), t("data.kind", options=", ".join(SOURCE_KINDS)))
        if "file" in fields and not (file.path.parent / fields["file"]).is_file():
            file.problem((*path, "file"), t("data.file_missing", name=fields["file"], beside=file.path.name))
        if {"title", "kind"} <= fields.keys():
            out[source_id] = SourceRecord(id=source_id, origin=file.origin(*path), **fields)
    return out


def _records(file: TomlFile, name: str) -> list[tuple[KeyPath, dict[str, Any]]]:
    for key in file.data:
        if key != name:
            file.unknown((), key, [name], t("toml.what.top_level"))
    items = file.data.get(name, [])
    if not isinstance(items, list):
        file.problem((name,), t("data.each_entry", name=name))
        return []
    out: list[tuple[KeyPath, dict[str, Any]]] = []
    for index, body in enumerate(items):
        path = (name, str(index))
        if file.table(path, body) is not None:
            out.append((path, body))
    return out


def _check_common(
    file: TomlFile, path: KeyPath, fields: dict[str, Any], seen: set[str], sources: Mapping[str, SourceRecord]
) -> None:
    if fields.get("id") in seen:
        file.problem((*path, "id"), t("data.id_twice", id=fields["id"]))
    seen.add(fields.get("id", ""))
    source = fields.get("source")
    if source is not None and source not in sources:
        file.problem((*path, "source"), t("data.source_unknown", source=source))


def _agenda(file: TomlFile, sources: Mapping[str, SourceRecord]) -> list[AgendaItem]:
    out, seen = [], set[str]()
    for path, body in _records(file, "item"):
        fields = _record(file, path, body, _AGENDA_FIELDS)
        _check_common(file, path, fields, seen, sources)
        if fields.get("kind", AGENDA_KINDS[0]) not in AGENDA_KINDS:
            file.problem((*path, "kind"), t("data.kind", options=", ".join(AGENDA_KINDS)))
        if "end_date" in fields and "date" in fields and fields["end_date"] < fields["date"]:
            file.problem((*path, "end_date"), t("data.end_date"))
        if all(k in fields for k, f in _AGENDA_FIELDS.items() if f.required):
            out.append(AgendaItem(origin=file.origin(*path), **fields))
    return out


def _commitments(file: TomlFile, sources: Mapping[str, SourceRecord]) -> list[Commitment]:
    out, seen = [], set[str]()
    for path, body in _records(file, "commitment"):
        fields = _record(file, path, body, _COMMITMENT_FIELDS)
        _check_common(file, path, fields, seen, sources)
        for row in fields.get("rows", ()):
            if row not in ROW_IDS:
                file.problem((*path, "rows"), t("data.row_unknown", row=row))
        if fields.get("topic", COMMITMENT_TOPICS[0]) not in COMMITMENT_TOPICS:
            file.problem((*path, "topic"), t("data.topic", topics=", ".join(COMMITMENT_TOPICS)))
        if all(k in fields for k, f in _COMMITMENT_FIELDS.items() if f.required):
            out.append(Commitment(origin=file.origin(*path), **fields))
    return out
