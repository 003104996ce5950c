"""Checks of the relations registry, on typed relations: ends, dates, statements that quote the text,
successors, confidence."""

from __future__ import annotations

import datetime
import re
from typing import Any

from plan_site.model.types import End, Instrument, Note, Relation, Statement
from plan_site.source.checker import LANGS, Checker, lang_name

# A relation's end names a record of one of these registries, or describes one outside them (`details`).
END_REGISTRIES = {"instrument": "instruments", "body": "bodies"}
Ends = dict[str, tuple[str, str]]  # path of an end that names an instrument or a body: (kind, id)


def check_relations(c: Checker) -> None:
    """Ends known or described once, types fit their ends, dates real and in order, quotes exact."""
    relations = c.plan.recorded_relations
    described: dict[str, dict[str, str]] = {kind: {} for kind in END_REGISTRIES}  # kind: id: path of the end
    dates = {ident: instrument.date for ident, instrument in c.plan.instruments.items()}
    for relation in relations:
        for end in (relation.source, relation.target):
            if end.details is not None:
                _describe_end(c, described[end.kind], end, dates)
    passages = {passage.id: passage for passage in c.plan.texts()}
    cites = {ident: {cite.instrument for cite in passage.cites} for ident, passage in passages.items()}
    for relation in relations:
        ends: Ends = {}
        for end in (relation.source, relation.target):
            side = c.at(end)
            if end.kind == "decision":
                c.report(c.at(end, "decision"), "the decision's own relations come from its text (legal bases, "
                         "Article 1, citations) and are not recorded here")
                continue
            ends[side] = (end.kind, end.id)
            if end.id not in c.ids[END_REGISTRIES[end.kind]] and end.id not in described[end.kind]:
                c.report(c.at(end, end.kind), f"unknown {end.kind} '{end.id}' (describe it once with 'details')")
        _check_relation_ends(c, relation, ends)
        _check_relation_date(c, relation, ends, dates)
        for statement in relation.stated_in:
            _check_statement(c, statement, passages, cites, ends)
    _check_successors(c, relations)
    _check_restated_confidence(c, relations)


def _check_successors(c: Checker, relations: tuple[Relation, ...]) -> None:
    """A body with a since-2025 note has a 'succeeded-by' relation, or says why it has none (``successor``)."""
    succeeded: dict[str, str] = {}
    for relation in relations:
        if relation.type == "succeeded-by" and relation.source.kind == "body":
            succeeded.setdefault(relation.source.id, c.at(relation))
    for body in c.plan.bodies.values():
        why = body.successor
        if body.id in succeeded and why is not None:
            c.report(c.at(body, "successor"), f"says '{why}', but the 'succeeded-by' relation at line "
                     f"{c.line(succeeded[body.id])} names a successor")
        elif body.since_2025 is not None and body.id not in succeeded and why is None:
            c.report(c.at(body.since_2025), f"body '{body.id}' has a since-2025 note but no "
                     "'succeeded-by' relation: record who took over, or say why with 'successor' "
                     "(not-found, ceased, group)")


_CONFIDENCE = ("low", "medium", "high")


def _restated(c: Checker, relation: Relation) -> Note | None:
    """The note an editorial relation restates on the record it leads from: an instrument's status for a
    replacement, a body's since-2025 note for a succession."""
    source = relation.source
    if relation.type == "replaced-by" and source.kind == "instrument" and source.id in c.plan.instruments:
        return c.plan.instruments[source.id].status
    if relation.type == "succeeded-by" and source.kind == "body" and source.id in c.plan.bodies:
        return c.plan.bodies[source.id].since_2025
    return None


def _check_restated_confidence(c: Checker, relations: tuple[Relation, ...]) -> None:
    """One fact, one confidence: a replacement as sure as the status note, a succession no surer than its note."""
    for relation in relations:
        restated = _restated(c, relation)
        if relation.note is None or restated is None:
            continue
        ours, theirs, ident = relation.note.confidence, restated.confidence, relation.source.id
        line = c.line(c.at(restated))
        if relation.type == "replaced-by" and ours != theirs:
            c.report(c.at(relation.note, "confidence"), f"confidence '{ours}' differs from the status note of "
                     f"'{ident}' (line {line}: '{theirs}')")
        elif relation.type == "succeeded-by" and _CONFIDENCE.index(ours) > _CONFIDENCE.index(theirs):
            c.report(c.at(relation.note, "confidence"), f"confidence '{ours}' is higher than the since-2025 note "
                     f"of '{ident}' (line {line}: '{theirs}')")


def _describe_end(c: Checker, seen: dict[str, str], end: End, dates: dict[str, Any]) -> None:
    """A record described in the relations: not one of a registry's, described once, its issuer known."""
    registry, path = END_REGISTRIES[end.kind], c.at(end, end.kind)
    if end.id in c.ids[registry]:
        c.report(path, f"'{end.id}' is in {registry}: name it without 'details'")
    elif end.id in seen:
        c.report(path, f"'{end.id}' is described twice; first at line {c.line(seen[end.id])}")
    else:
        seen[end.id] = path
        if isinstance(end.details, Instrument):
            dates[end.id] = end.details.date
    if isinstance(end.details, Instrument) and end.details.issuer is not None:
        c.expect_known("bodies", end.details.issuer, c.at(end.details, "issuer"))


def _check_relation_ends(c: Checker, relation: Relation, ends: Ends) -> None:
    """Bodies succeed bodies; documents relate to documents; nothing relates to itself."""
    expected = "body" if relation.type == "succeeded-by" else "instrument"
    for side, (end_kind, _) in ends.items():
        if end_kind != expected:
            c.report(side, f"a '{relation.type}' relation relates {END_REGISTRIES[expected]}, "
                     f"not {END_REGISTRIES[end_kind]}")
    if len(ends) == 2 and len(set(ends.values())) == 1:
        c.report(c.at(relation.target), "a relation cannot lead from a record to itself")


def _check_relation_date(c: Checker, relation: Relation, ends: Ends, dates: dict[str, Any]) -> None:
    """A real calendar day, not before either document it relates."""
    day = real_date(relation.date)
    if day is None:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", relation.date):
            c.report(c.at(relation, "date"), f"'{relation.date}' is not a real date")
        return
    for kind, ident in ends.values():
        other = real_date(dates.get(ident)) if kind == "instrument" else None
        if other is not None and day < other:
            c.report(c.at(relation, "date"), f"relation dated {day} is before '{ident}' ({other})")


def real_date(value: Any) -> datetime.date | None:
    """The calendar day an ISO date names, or None when it names none (``2025-02-30``) or is not a date."""
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _check_statement(c: Checker, statement: Statement, passages: dict[str, Any], cites: dict[str, set[str]],
                     ends: Ends) -> None:
    """The passage exists, cites the instruments it relates, and holds the quoted words and pinpoint."""
    ident = statement.passage
    passage = passages.get(ident)
    if passage is None:
        c.report(c.at(statement, "passage"), f"unknown passage '{ident}'")
        return
    for lang in LANGS:
        text = passage.text[lang]
        quote, pinpoint = statement.quote[lang], statement.pinpoint[lang] if statement.pinpoint else ""
        if quote and quote not in text:
            c.report(c.at(statement, f"quote.{lang}"),
                     f"quoted words are not in the {lang_name(lang)} text of '{ident}': '{quote}'")
        if pinpoint and pinpoint not in text:
            c.report(c.at(statement, f"pinpoint.{lang}"),
                     f"pinpoint '{pinpoint}' is not in the {lang_name(lang)} text of '{ident}'")
    for kind, end in ends.values():
        if kind == "instrument" and end in c.ids["instruments"] and end not in cites[ident]:
            c.report(c.at(statement, "passage"), f"passage '{ident}' does not cite instrument '{end}'")
