"""Rules for editorial notes beyond their shape: honest dates and honest identification.

The schema already requires every note to carry sources, an as-of date and a confidence. These
rules check what the schema cannot: a note cannot hold for a later date than the data was checked,
a source cannot be dated after the note that cites it, an instrument the text cites without a
number says how it was identified, and an editorial candidate document is offered only for such
an instrument (never as a second identity for a numbered one).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from plan_site.source.problems import Problem
from plan_site.source.yaml_source import SourceMap, join_path


def check_notes(data: Any, source: SourceMap) -> list[Problem]:
    """Every editorial-note rule, over the raw data (which may already have failed the schema)."""
    if not isinstance(data, dict):
        return []
    meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
    last_checked = meta.get("last_checked") if isinstance(meta.get("last_checked"), str) else None
    problems = []
    for path, note in _notes(data):
        problems += _check_dates(note, path, last_checked, source)
    for path, instrument in _mappings(data.get("instruments"), "instruments"):
        problems += _check_identification(instrument, path, source)
    return problems


def _check_dates(note: dict[str, Any], path: str, last_checked: str | None, source: SourceMap) -> list[Problem]:
    as_of = note.get("as_of") if isinstance(note.get("as_of"), str) else None
    problems = []
    if as_of and last_checked and as_of > last_checked:
        problems.append(source.problem(join_path(path, "as_of"),
                                       f"note is dated as of {as_of}, after the data was last checked ({last_checked})"))
    for source_path, cited in _mappings(note.get("sources"), join_path(path, "sources")):
        date = cited.get("date")
        if as_of and isinstance(date, str) and date > as_of[:len(date)]:
            problems.append(source.problem(join_path(source_path, "date"),
                                           f"source dated {date} is later than the note's as-of date ({as_of})"))
    return problems


def _check_identification(instrument: dict[str, Any], path: str, source: SourceMap) -> list[Problem]:
    editorial = instrument.get("editorial") if isinstance(instrument.get("editorial"), dict) else {}
    identification = editorial.get("identification")
    if instrument.get("number") is None and not isinstance(identification, dict):
        return [source.problem(join_path(path, "number"),
                               "the text gives no number: add an editorial identification note saying what is known")]
    if isinstance(identification, dict) and "candidate" in identification and instrument.get("number") is not None:
        return [source.problem(join_path(path, "editorial.identification.candidate"),
                               f"a candidate document is only for an instrument without a number; this one has "
                               f"'{instrument.get('number')}'")]
    return []


def _notes(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(path, note) for every editorial note in the data."""
    meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
    editorial = meta.get("editorial") if isinstance(meta.get("editorial"), dict) else {}
    for key, note in editorial.items():
        if isinstance(note, dict):
            yield join_path("meta.editorial", key), note
    decision = data.get("decision") if isinstance(data.get("decision"), dict) else {}
    yield from _editorial_notes(decision, "decision")
    for kind in ("bodies", "instruments"):
        for path, record in _mappings(data.get(kind), kind):
            yield from _editorial_notes(record, path)


def _editorial_notes(record: dict[str, Any], path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    editorial = record.get("editorial") if isinstance(record.get("editorial"), dict) else {}
    for key in ("status", "since_2025", "identification"):
        if isinstance(editorial.get(key), dict):
            yield join_path(join_path(path, "editorial"), key), editorial[key]


def _mappings(value: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield join_path(path, index), item
