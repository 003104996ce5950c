"""Checks of the relations registry: ends, dates, statements that quote the text, successors, confidence."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import Any

from plan_site.source.checker import END_REGISTRIES, LANGS, Checker, as_str, items, lang_name, passages_of, text_in
from plan_site.source.yaml_source import join_path


def check_relations(c: Checker, data: dict[str, Any]) -> None:
    """Ids unique, ends known or described once, types fit their ends, dates real and in order, quotes exact."""
    relations = list(items(data.get("relations"), "relations"))
    described: dict[str, dict[str, dict[str, Any]]] = {kind: {} for kind in END_REGISTRIES}
    for path, relation in relations:
        c.register("relations", relation.get("id"), path)
        for side, end in _ends(relation, path):
            for kind, ident in _end_ids(end):
                if isinstance(end.get("details"), dict):
                    _describe_end(c, described[kind], kind, ident, end, side)
    dates = {as_str(node.get("id")): node.get("date") for _, node in items(data.get("instruments"), "instruments")}
    dates |= {ident: end["details"].get("date") for ident, end in described["instrument"].items()}
    passages = {as_str(node.get("id")): node for _, node in passages_of(data)}
    cites = {ident: {as_str(cite.get("instrument")) for _, cite in items(node.get("cites"), "")}
             for ident, node in passages.items()}
    for path, relation in relations:
        ends: dict[str, tuple[str, str]] = {}
        for side, end in _ends(relation, path):
            if "decision" in end:
                c.report(join_path(side, "decision"), "the decision's own relations come from its text (legal bases, "
                         "Article 1, citations) and are not recorded here")
            for kind, ident in _end_ids(end):
                ends[side] = (kind, ident)
                if ident not in c.ids.get(END_REGISTRIES[kind], {}) and ident not in described[kind]:
                    c.report(join_path(side, kind), f"unknown {kind} '{ident}' (describe it once with 'details')")
        _check_relation_ends(c, path, relation, ends)
        _check_relation_date(c, path, relation, ends, dates)
        for statement_path, statement in items(relation.get("stated_in"), join_path(path, "stated_in")):
            _check_statement(c, statement_path, statement, passages, cites, ends)
    _check_successors(c, data, relations)
    _check_restated_confidence(c, data, relations)


def _check_successors(c: Checker, data: dict[str, Any], relations: list[tuple[str, dict[str, Any]]]) -> None:
    """A body with a since-2025 note has a 'succeeded-by' relation, or says why it has none (``successor``)."""
    succeeded: dict[str, str] = {}
    for path, relation in relations:
        source = relation.get("from")
        if relation.get("type") == "succeeded-by" and isinstance(source, dict) and isinstance(source.get("body"), str):
            succeeded.setdefault(source["body"], path)
    for path, body in items(data.get("bodies"), "bodies"):
        ident, why = as_str(body.get("id")), body.get("successor")
        if ident in succeeded and why is not None:
            line = c.source.locate(succeeded[ident])[0]
            c.report(join_path(path, "successor"), f"says '{why}', but the 'succeeded-by' relation at line {line} "
                     "names a successor")
        elif _note(body, "since_2025") is not None and ident not in succeeded and why is None:
            c.report(join_path(path, "editorial.since_2025"), f"body '{ident}' has a since-2025 note but no "
                     "'succeeded-by' relation: record who took over, or say why with 'successor' "
                     "(not-found, ceased, group)")


# An editorial relation restates a note on the record it leads from: (end, registry, note) by type.
_RESTATED = {"replaced-by": ("instrument", "instruments", "status"), "succeeded-by": ("body", "bodies", "since_2025")}
_CONFIDENCE = ("low", "medium", "high")


def _check_restated_confidence(c: Checker, data: dict[str, Any], relations: list[tuple[str, dict[str, Any]]]) -> None:
    """One fact, one confidence: a replacement as sure as the status note, a succession no surer than its note."""
    records: dict[str, dict[str, tuple[str, dict[str, Any]]]] = {registry: {} for _, registry, _ in _RESTATED.values()}
    for registry, by_id in records.items():
        for record_path, record in items(data.get(registry), registry):
            by_id.setdefault(as_str(record.get("id")), (record_path, record))
    for path, relation in relations:
        kind, note, source = relation.get("type"), relation.get("note"), relation.get("from")
        if kind not in _RESTATED or not isinstance(note, dict) or not isinstance(source, dict):
            continue
        end, registry, field = _RESTATED[kind]
        ident = as_str(source.get(end))
        record_path, record = records[registry].get(ident, ("", {}))
        restated = _note(record, field)
        ours, theirs = note.get("confidence"), restated.get("confidence") if restated else None
        if ours not in _CONFIDENCE or theirs not in _CONFIDENCE:
            continue
        line = c.source.locate(join_path(record_path, f"editorial.{field}"))[0]
        if kind == "replaced-by" and ours != theirs:
            c.report(join_path(path, "note.confidence"), f"confidence '{ours}' differs from the status note of "
                     f"'{ident}' (line {line}: '{theirs}')")
        elif kind == "succeeded-by" and _CONFIDENCE.index(ours) > _CONFIDENCE.index(theirs):
            c.report(join_path(path, "note.confidence"), f"confidence '{ours}' is higher than the since-2025 note "
                     f"of '{ident}' (line {line}: '{theirs}')")


def _note(record: dict[str, Any], field: str) -> dict[str, Any] | None:
    """A record's editorial note of that name, if it is a mapping."""
    editorial = record.get("editorial")
    note = editorial.get(field) if isinstance(editorial, dict) else None
    return note if isinstance(note, dict) else None


def _ends(relation: dict[str, Any], path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(path, mapping) of a relation's two ends; anything else is left to the schema."""
    for side in ("from", "to"):
        if isinstance(relation.get(side), dict):
            yield join_path(path, side), relation[side]


def _end_ids(end: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for kind in END_REGISTRIES:
        if isinstance(end.get(kind), str):
            yield kind, end[kind]


def _describe_end(c: Checker, seen: dict[str, dict[str, Any]], kind: str, ident: str, end: dict[str, Any],
                  path: str) -> None:
    """A record described in the relations: not one of a registry's, described once, its issuer known."""
    registry = END_REGISTRIES[kind]
    if ident in c.ids.get(registry, {}):
        c.report(join_path(path, kind), f"'{ident}' is in {registry}: name it without 'details'")
    elif ident in seen:
        line = c.source.locate(seen[ident]["path"])[0]
        c.report(join_path(path, kind), f"'{ident}' is described twice; first at line {line}")
    else:
        seen[ident] = {"path": join_path(path, kind), "details": end["details"]}
    issuer = end["details"].get("issuer")
    if issuer is not None:
        c.expect_known("bodies", issuer, join_path(path, "details.issuer"))


def _check_relation_ends(c: Checker, path: str, relation: dict[str, Any], ends: dict[str, tuple[str, str]]) -> None:
    """Bodies succeed bodies; documents relate to documents; nothing relates to itself."""
    kind = relation.get("type")
    expected = "body" if kind == "succeeded-by" else "instrument"
    for side, (end_kind, _) in ends.items():
        if isinstance(kind, str) and end_kind != expected:
            c.report(side, f"a '{kind}' relation relates {END_REGISTRIES[expected]}, not {END_REGISTRIES[end_kind]}")
    if len(ends) == 2 and len(set(ends.values())) == 1:
        c.report(join_path(path, "to"), "a relation cannot lead from a record to itself")


def _check_relation_date(c: Checker, path: str, relation: dict[str, Any], ends: dict[str, tuple[str, str]],
                         dates: dict[str, Any]) -> None:
    """A real calendar day, not before either document it relates."""
    day = real_date(relation.get("date"))
    if day is None:
        if isinstance(relation.get("date"), str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", relation["date"]):
            c.report(join_path(path, "date"), f"'{relation['date']}' is not a real date")
        return
    for kind, ident in ends.values():
        other = real_date(dates.get(ident)) if kind == "instrument" else None
        if other is not None and day < other:
            c.report(join_path(path, "date"), f"relation dated {day} is before '{ident}' ({other})")


def real_date(value: Any) -> datetime.date | None:
    """The calendar day an ISO date names, or None when it names none (``2025-02-30``) or is not a date."""
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _check_statement(c: Checker, path: str, statement: dict[str, Any], passages: dict[str, dict[str, Any]],
                     cites: dict[str, set[str]], ends: dict[str, tuple[str, str]]) -> None:
    """The passage exists, cites the instruments it relates, and holds the quoted words and pinpoint."""
    ident = statement.get("passage")
    passage = passages.get(ident) if isinstance(ident, str) else None
    if passage is None:
        if isinstance(ident, str):
            c.report(join_path(path, "passage"), f"unknown passage '{ident}'")
        return
    for lang in LANGS:
        text = text_in(passage.get("text"), lang)
        quote, pinpoint = text_in(statement.get("quote"), lang), text_in(statement.get("pinpoint"), lang)
        if quote and quote not in text:
            c.report(join_path(path, f"quote.{lang}"),
                     f"quoted words are not in the {lang_name(lang)} text of '{ident}': '{quote}'")
        if pinpoint and pinpoint not in text:
            c.report(join_path(path, f"pinpoint.{lang}"),
                     f"pinpoint '{pinpoint}' is not in the {lang_name(lang)} text of '{ident}'")
    for kind, end in ends.values():
        if kind == "instrument" and end in c.ids.get("instruments", {}) and end not in cites[ident]:
            c.report(join_path(path, "passage"), f"passage '{ident}' does not cite instrument '{end}'")


