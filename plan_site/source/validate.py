"""Validate the plan data: its shape against the JSON Schema, then every id and reference, then its text.

The passes collect problems instead of stopping, so one run reports everything. The reference pass
reads the raw data defensively, because it also runs on files the schema pass rejected. The last
pass, run only on data that passed the others, checks that the Vietnamese reassembles to the original.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from plan_site.model.build import build_plan
from plan_site.model.identifiers import akn_eid
from plan_site.source.fidelity import compare
from plan_site.source.links import check_links
from plan_site.source.notes import check_notes
from plan_site.source.problems import DataError, Problem
from plan_site.source.terms import check_terms, fold_vi
from plan_site.source.yaml_source import SourceMap, join_path, read_text, read_yaml

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "data" / "schema.json"
LANGS = ("vi", "en")
_SINGULAR = {"bodies": "body", "instruments": "instrument", "roles": "role", "themes": "theme",
             "glossary": "glossary term", "terms": "term-base entry", "key_task": "key task", "duty": "duty",
             "relations": "relation"}
# A relation's end names a record of one of these registries, or describes one outside them (`details`).
_END_REGISTRIES = {"instrument": "instruments", "body": "bodies"}
_HAS_LETTER = re.compile(r"[^\W\d_]")
# Every text is searched for every instrument alias, and a duty's text for its roles' verbs: the data has
# 26 aliases and 29 verbs; this limit keeps that search cheap however many texts a file holds.
MAX_NAMES = 200


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema the data must satisfy (published with the site)."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate_file(path: Path, display_name: str | None = None) -> tuple[Any, list[Problem]]:
    """Read and check a data file; returns (data, problems). Data is None if unreadable."""
    data, source, problems = read_yaml(path, display_name)
    if data is None:
        return None, problems
    later = (check_shape(data, source) + check_references(data, source) + check_links(data, source)
             + check_notes(data, source) + check_eids(data, source) + check_terms(data, source))
    problems += [p for p in later if p.path not in source.refused]  # the reader has said why already
    if not problems:
        problems = check_fidelity(data, source)
    return data, sorted(set(problems))


def check_shape(data: Any, source: SourceMap, against: dict[str, Any] | None = None) -> list[Problem]:
    """Types, required fields and value forms, from the JSON Schema (the data's, unless another is given)."""
    validator = jsonschema.Draft202012Validator(against or schema())
    problems = []
    for error in validator.iter_errors(data):
        for leaf in _leaves(error):
            path = _path_of(leaf.absolute_path)
            if leaf.validator == "additionalProperties":
                problems += [source.key_problem(join_path(path, key), f"unknown field '{key}'")
                             for key in _unknown_fields(leaf)]
            else:
                problems.append(source.problem(path, _describe(leaf, path)))
    return problems


def _unknown_fields(error: jsonschema.ValidationError) -> list[str]:
    """The fields an ``additionalProperties: false`` error is about, each reported at its own key."""
    known = error.schema.get("properties", {})
    return [key for key in error.instance if key not in known]


def _leaves(error: jsonschema.ValidationError) -> Iterator[jsonschema.ValidationError]:
    """For oneOf/anyOf, report the most relevant sub-error rather than the umbrella one."""
    if error.context:
        yield jsonschema.exceptions.best_match(error.context)
    else:
        yield error


def _path_of(parts: Any) -> str:
    path = ""
    for part in parts:
        path = join_path(path, part)
    return path


def _describe(error: jsonschema.ValidationError, path: str) -> str:
    kind, value, field = error.validator, error.instance, path.rsplit(".", 1)[-1]
    if kind == "required":
        missing = re.search(r"'([^']+)' is a required property", error.message)
        name = missing.group(1) if missing else "?"
        if name == "en":
            return "missing English translation"
        if name == "vi":
            return "missing Vietnamese text"
        return f"missing required field '{name}'"
    if kind in ("minLength", "pattern") and isinstance(value, str) and not value.strip():
        return "empty English translation" if field == "en" else "empty text"
    if kind == "type":
        return f"wrong type: expected {_type_words(error.validator_value)}, got {_type_name(value)}"
    if kind == "pattern":
        return f"'{value}' is not a valid value here (expected the form {error.validator_value})"
    if kind == "enum":
        return f"'{value}' is not one of: {', '.join(map(str, error.validator_value))}"
    if kind == "const":
        return f"must be {error.validator_value!r}, got {value!r}"
    if kind == "minItems":
        return f"needs at least {error.validator_value} item(s), has {len(value)}"
    if kind == "maxItems":
        return f"may have at most {error.validator_value} item(s), has {len(value)}"
    if kind == "not" and error.validator_value == {}:  # the field may not appear in this form of record
        return f"field '{field}' is not allowed here"
    if kind == "oneOf":
        return "fits more than one of the allowed forms; give exactly one"
    return error.message


def _type_words(expected: Any) -> str:
    names = {"object": "a mapping", "array": "a list", "string": "text", "number": "a number",
             "integer": "a whole number", "boolean": "true or false", "null": "null"}
    if isinstance(expected, list):
        return " or ".join(names.get(e, e) for e in expected)
    return names.get(expected, expected)


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"the number {value}"  # YAML reads unquoted 1:30 as 90 and 012 as 10: show what it read
    names = {dict: "a mapping", list: "a list", str: "text", bool: "true or false"}
    return names.get(type(value), type(value).__name__)


# ---------------------------------------------------------------- references


def _items(value: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(path, mapping) for each mapping in a list; anything else is skipped (the schema reports it)."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield join_path(path, index), item


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _text(node: Any, lang: str) -> str:
    return _str(node.get(lang)) if isinstance(node, dict) else ""


class _Checker:
    """Walks the raw data once, collecting reference problems."""

    def __init__(self, data: dict[str, Any], source: SourceMap) -> None:
        self.source, self.problems = source, []
        self.ids: dict[str, dict[str, str]] = {}
        self.aliases = _aliases(data)
        self.verbs = {_str(node.get("id")): node.get("verbs") for _, node in _items(data.get("roles"), "roles")}
        aliases = sum(len(names) for by_lang in self.aliases.values() for names in by_lang.values())
        if aliases > MAX_NAMES:
            self.report("instruments", f"{aliases:,} instrument aliases in all; the limit is {MAX_NAMES}")
            self.aliases = {}
        verbs = sum(len(words) for words in self.verbs.values() if isinstance(words, list))
        if verbs > MAX_NAMES:
            self.report("roles", f"{verbs:,} role verbs in all; the limit is {MAX_NAMES}")
            self.verbs = {}
        self.lowered = {ident: {lang: [name.lower() for name in names] for lang, names in by_lang.items()}
                        for ident, by_lang in self.aliases.items()}

    def report(self, path: str, message: str) -> None:
        self.problems.append(self.source.problem(path, message))

    def named(self, lowered_text: str, lang: str) -> set[str]:
        """The instruments that a text (in lower case) mentions by one of their names."""
        return {ident for ident, names in self.lowered.items() if any(name in lowered_text for name in names[lang])}

    def register(self, kind: str, ident: Any, path: str) -> None:
        """Know ``ident`` as an id of this kind; a repeat within a list is reported by _check_repeats."""
        if isinstance(ident, str):
            self.ids.setdefault(kind, {}).setdefault(ident, path)

    def expect_known(self, kind: str, ident: Any, path: str) -> None:
        if isinstance(ident, str) and ident not in self.ids.get(kind, {}):
            self.report(path, f"unknown {_SINGULAR[kind]} '{ident}'")

    def expect_known_list(self, kind: str, value: Any, path: str) -> None:
        if isinstance(value, list):
            for index, ident in enumerate(value):
                self.expect_known(kind, ident, join_path(path, index))

    def expect_id(self, node: dict[str, Any], expected: str, path: str, what: str) -> None:
        actual = node.get("id")
        if isinstance(actual, str) and actual != expected:
            self.report(join_path(path, "id"), f"{what} id '{actual}' does not match its place; expected '{expected}'")


def check_references(data: Any, source: SourceMap) -> list[Problem]:
    """Ids unique, every reference resolves, ids mirror their place, annotations match the text."""
    if not isinstance(data, dict):
        return []
    c = _Checker(data, source)
    for kind in ("bodies", "instruments", "roles", "themes", "glossary", "terms"):
        for path, node in _items(data.get(kind), kind):
            c.register(kind, node.get("id"), path)
    plan = data.get("plan") if isinstance(data.get("plan"), dict) else {}
    parts = list(_items(plan.get("parts"), "plan.parts"))
    for path, part in parts:
        for task_path, task in _items(part.get("key_tasks"), join_path(path, "key_tasks")):
            c.register("key_task", task.get("id"), task_path)
    _check_places(c, parts)
    for path, passage in _passages(data):
        _check_passage(c, path, passage)
    for path, instrument in _items(data.get("instruments"), "instruments"):
        if instrument.get("issuer") is not None:
            c.expect_known("bodies", instrument.get("issuer"), join_path(path, "issuer"))
    decision = data.get("decision")
    if isinstance(decision, dict):
        c.expect_known("bodies", decision.get("issuer"), "decision.issuer")
    _check_relations(c, data)
    _check_texts(c, data, "")
    _check_term_base(c, data)
    _check_repeats(c, data, "")
    return c.problems


def _check_term_base(c: _Checker, data: dict[str, Any]) -> None:
    """One rendering per Vietnamese term, and the glossary's terms in the base with the glossary's English."""
    base: dict[str, tuple[str, str]] = {}
    for path, entry in _items(data.get("terms"), "terms"):
        vi, en = _text(entry.get("term"), "vi"), _text(entry.get("term"), "en")
        key = fold_vi(vi)
        if key in base:
            line = c.source.locate(base[key][0])[0]
            c.report(join_path(path, "term.vi"), f"term '{vi}' is already in the term base at line {line}")
        elif key:
            base[key] = (path, en)
    for path, entry in _items(data.get("glossary"), "glossary"):
        vi, en = _text(entry.get("term"), "vi"), _text(entry.get("term"), "en")
        if not vi:
            continue
        if fold_vi(vi) not in base:
            c.report(join_path(path, "term"), f"glossary term '{vi}' is not in the term base")
            continue
        base_path, base_en = base[fold_vi(vi)]
        if _plain(en) != _plain(base_en):
            line = c.source.locate(base_path)[0]
            c.report(join_path(path, "term.en"),
                     f"the glossary renders '{vi}' as '{en}', the term base (line {line}) as '{base_en}'")


def _plain(english: str) -> str:
    """English compared without case and without a parenthesised qualifier: 'head (of an agency)' is 'head'."""
    return " ".join(re.sub(r"\([^)]*\)", "", english).casefold().split())


def _check_places(c: _Checker, parts: list[tuple[str, dict[str, Any]]]) -> None:
    """Part, section, task, assignment and duty ids mirror their position in the document."""
    expected_parts = ("I", "II", "III", "IV")
    content = {"I": "sections", "II": "key_tasks", "III": "assignments", "IV": "paragraphs"}
    for (path, part), numeral in zip(parts, expected_parts):
        c.expect_id(part, numeral, path, "part")
        key = content[numeral]
        if not isinstance(part.get(key), list):
            c.report(path, f"part {numeral} must hold '{key}'")
        for number, (child_path, child) in enumerate(_items(part.get(key), join_path(path, key)), start=1):
            c.expect_id(child, f"{numeral}.{number}", child_path, key.rstrip("s").replace("_", " "))
            if numeral == "I":
                for k, (item_path, item) in enumerate(_items(child.get("items"), join_path(child_path, "items")), 1):
                    c.expect_id(item, f"I.{number}.{k}", item_path, "item")
            if numeral == "III":
                _check_assignment(c, child_path, child, number)


def _check_assignment(c: _Checker, path: str, assignment: dict[str, Any], number: int) -> None:
    c.expect_known_list("bodies", assignment.get("bodies"), join_path(path, "bodies"))
    bodies = assignment.get("bodies") if isinstance(assignment.get("bodies"), list) else []
    for k, (duty_path, duty) in enumerate(_items(assignment.get("duties"), join_path(path, "duties")), 1):
        c.expect_id(duty, f"III.{number}.{k}", duty_path, "duty")
        c.register("duty", duty.get("id"), duty_path)
        body = duty.get("body")
        c.expect_known("bodies", body, join_path(duty_path, "body"))
        if isinstance(body, str) and body not in bodies:
            c.report(join_path(duty_path, "body"), f"body '{body}' is not among the assignment's bodies")
        partners = duty.get("partners")
        if isinstance(partners, list) and body in partners:
            c.report(join_path(duty_path, "partners"), f"body '{body}' is listed as its own partner")
        c.expect_known_list("roles", duty.get("roles"), join_path(duty_path, "roles"))
        _check_roles(c, duty_path, duty)
        editorial = duty.get("editorial")
        if isinstance(editorial, dict):
            c.expect_known_list("key_task", editorial.get("key_tasks"), join_path(duty_path, "editorial.key_tasks"))
            c.expect_known_list("themes", editorial.get("themes"), join_path(duty_path, "editorial.themes"))


def _check_roles(c: _Checker, path: str, duty: dict[str, Any]) -> None:
    """A role is drawn from the text: one of its verbs must occur in the Vietnamese."""
    text = _text(duty.get("text"), "vi").lower()
    roles = duty.get("roles") if isinstance(duty.get("roles"), list) else []
    checked = set()
    for index, role in enumerate(roles):
        if _str(role) in checked:
            continue  # a repeat is reported as such
        checked.add(_str(role))
        words = c.verbs.get(_str(role))
        if isinstance(words, list) and words and not any(_str(w).lower() in text for w in words):
            c.report(join_path(path, f"roles[{index}]"),
                     f"role '{role}' but the text has none of: {', '.join(map(str, words))}")


def _passages(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every record that carries text and may cite instruments or state reports."""
    decision = data.get("decision") if isinstance(data.get("decision"), dict) else {}
    yield from _items(decision.get("bases"), "decision.bases")
    yield from _items(decision.get("articles"), "decision.articles")
    plan = data.get("plan") if isinstance(data.get("plan"), dict) else {}
    if isinstance(plan.get("preamble"), dict):
        yield "plan.preamble", plan["preamble"]
    for path, part in _items(plan.get("parts"), "plan.parts"):
        for section_path, section in _items(part.get("sections"), join_path(path, "sections")):
            yield from _items(section.get("items"), join_path(section_path, "items"))
        yield from _items(part.get("key_tasks"), join_path(path, "key_tasks"))
        yield from _items(part.get("paragraphs"), join_path(path, "paragraphs"))
        for a_path, assignment in _items(part.get("assignments"), join_path(path, "assignments")):
            yield from _items(assignment.get("duties"), join_path(a_path, "duties"))


def _aliases(data: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """Instrument id to the names by which texts mention it, per language; instruments with no name are left out,
    so the search for names in every text grows with the names (capped), not with the instruments."""
    result = {}
    for _, node in _items(data.get("instruments"), "instruments"):
        aliases = node.get("aliases") if isinstance(node.get("aliases"), dict) else {}
        names = {lang: [a for a in aliases[lang] if isinstance(a, str) and a] if isinstance(aliases.get(lang), list)
                 else [] for lang in LANGS}
        if any(names.values()):
            result[_str(node.get("id"))] = names
    return result


def _check_passage(c: _Checker, path: str, passage: dict[str, Any]) -> None:
    """Cited instruments are named in both languages; named instruments are cited; quotes are exact."""
    texts = {lang: _text(passage.get("text"), lang).lower() for lang in LANGS}
    named = {lang: c.named(texts[lang], lang) for lang in LANGS}  # once per text, however many cites
    cites = [cite for _, cite in _items(passage.get("cites"), "")]
    cited = {_str(cite.get("instrument")) for cite in cites}
    for index, cite in enumerate(cites):
        cite_path = join_path(path, f"cites[{index}]")
        ident = cite.get("instrument")
        c.expect_known("instruments", ident, join_path(cite_path, "instrument"))
        for lang in LANGS:
            names, text = c.aliases.get(_str(ident), {}).get(lang, []), texts[lang]
            if names and text and ident not in named[lang]:
                c.report(cite_path, f"cites '{ident}' but the {_lang_name(lang)} text names none of: {'; '.join(names)}")
            pinpoint = _text(cite.get("pinpoint"), lang)
            if pinpoint and text and pinpoint.lower() not in text:
                c.report(join_path(cite_path, f"pinpoint.{lang}"), f"pinpoint '{pinpoint}' is not in the {_lang_name(lang)} text")
    for ident in c.aliases:
        if ident in named["vi"] and ident not in cited:
            c.report(join_path(path, "cites"), f"the text names instrument '{ident}' but does not cite it")
    for kind in ("targets", "reports"):
        for index, (item_path, item) in enumerate(_items(passage.get(kind), join_path(path, kind))):
            for lang in LANGS:
                quote = _text(item.get("quote"), lang)
                if quote and quote not in _text(passage.get("text"), lang):
                    c.report(join_path(item_path, f"quote.{lang}"),
                             f"quoted words are not in the {_lang_name(lang)} text: '{quote}'")
            if kind == "reports":
                c.expect_known_list("bodies", item.get("to"), join_path(item_path, "to"))
    c.expect_known_list("bodies", passage.get("partners"), join_path(path, "partners"))


def _check_relations(c: _Checker, data: dict[str, Any]) -> None:
    """Ids unique, ends known or described once, types fit their ends, dates real and in order, quotes exact."""
    relations = list(_items(data.get("relations"), "relations"))
    described: dict[str, dict[str, dict[str, Any]]] = {kind: {} for kind in _END_REGISTRIES}
    for path, relation in relations:
        c.register("relations", relation.get("id"), path)
        for side, end in _ends(relation, path):
            for kind, ident in _end_ids(end):
                if isinstance(end.get("details"), dict):
                    _describe_end(c, described[kind], kind, ident, end, side)
    dates = {_str(node.get("id")): node.get("date") for _, node in _items(data.get("instruments"), "instruments")}
    dates |= {ident: end["details"].get("date") for ident, end in described["instrument"].items()}
    passages = {_str(node.get("id")): node for _, node in _passages(data)}
    cites = {ident: {_str(cite.get("instrument")) for _, cite in _items(node.get("cites"), "")}
             for ident, node in passages.items()}
    for path, relation in relations:
        ends: dict[str, tuple[str, str]] = {}
        for side, end in _ends(relation, path):
            if "decision" in end:
                c.report(join_path(side, "decision"), "the decision's own relations come from its text (legal bases, "
                         "Article 1, citations) and are not recorded here")
            for kind, ident in _end_ids(end):
                ends[side] = (kind, ident)
                if ident not in c.ids.get(_END_REGISTRIES[kind], {}) and ident not in described[kind]:
                    c.report(join_path(side, kind), f"unknown {kind} '{ident}' (describe it once with 'details')")
        _check_relation_ends(c, path, relation, ends)
        _check_relation_date(c, path, relation, ends, dates)
        for statement_path, statement in _items(relation.get("stated_in"), join_path(path, "stated_in")):
            _check_statement(c, statement_path, statement, passages, cites, ends)
    _check_successors(c, data, relations)
    _check_restated_confidence(c, data, relations)


def _check_successors(c: _Checker, data: dict[str, Any], relations: list[tuple[str, dict[str, Any]]]) -> None:
    """A body with a since-2025 note has a 'succeeded-by' relation, or says why it has none (``successor``)."""
    succeeded: dict[str, str] = {}
    for path, relation in relations:
        source = relation.get("from")
        if relation.get("type") == "succeeded-by" and isinstance(source, dict) and isinstance(source.get("body"), str):
            succeeded.setdefault(source["body"], path)
    for path, body in _items(data.get("bodies"), "bodies"):
        ident, why = _str(body.get("id")), body.get("successor")
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


def _check_restated_confidence(c: _Checker, data: dict[str, Any], relations: list[tuple[str, dict[str, Any]]]) -> None:
    """One fact, one confidence: a replacement as sure as the status note, a succession no surer than its note."""
    records: dict[str, dict[str, tuple[str, dict[str, Any]]]] = {registry: {} for _, registry, _ in _RESTATED.values()}
    for registry, by_id in records.items():
        for record_path, record in _items(data.get(registry), registry):
            by_id.setdefault(_str(record.get("id")), (record_path, record))
    for path, relation in relations:
        kind, note, source = relation.get("type"), relation.get("note"), relation.get("from")
        if kind not in _RESTATED or not isinstance(note, dict) or not isinstance(source, dict):
            continue
        end, registry, field = _RESTATED[kind]
        ident = _str(source.get(end))
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
    for kind in _END_REGISTRIES:
        if isinstance(end.get(kind), str):
            yield kind, end[kind]


def _describe_end(c: _Checker, seen: dict[str, dict[str, Any]], kind: str, ident: str, end: dict[str, Any],
                  path: str) -> None:
    """A record described in the relations: not one of a registry's, described once, its issuer known."""
    registry = _END_REGISTRIES[kind]
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


def _check_relation_ends(c: _Checker, path: str, relation: dict[str, Any], ends: dict[str, tuple[str, str]]) -> None:
    """Bodies succeed bodies; documents relate to documents; nothing relates to itself."""
    kind = relation.get("type")
    expected = "body" if kind == "succeeded-by" else "instrument"
    for side, (end_kind, _) in ends.items():
        if isinstance(kind, str) and end_kind != expected:
            c.report(side, f"a '{kind}' relation relates {_END_REGISTRIES[expected]}, not {_END_REGISTRIES[end_kind]}")
    if len(ends) == 2 and len(set(ends.values())) == 1:
        c.report(join_path(path, "to"), "a relation cannot lead from a record to itself")


def _check_relation_date(c: _Checker, path: str, relation: dict[str, Any], ends: dict[str, tuple[str, str]],
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


def _check_statement(c: _Checker, path: str, statement: dict[str, Any], passages: dict[str, dict[str, Any]],
                     cites: dict[str, set[str]], ends: dict[str, tuple[str, str]]) -> None:
    """The passage exists, cites the instruments it relates, and holds the quoted words and pinpoint."""
    ident = statement.get("passage")
    passage = passages.get(ident) if isinstance(ident, str) else None
    if passage is None:
        if isinstance(ident, str):
            c.report(join_path(path, "passage"), f"unknown passage '{ident}'")
        return
    for lang in LANGS:
        text = _text(passage.get("text"), lang)
        quote, pinpoint = _text(statement.get("quote"), lang), _text(statement.get("pinpoint"), lang)
        if quote and quote not in text:
            c.report(join_path(path, f"quote.{lang}"),
                     f"quoted words are not in the {_lang_name(lang)} text of '{ident}': '{quote}'")
        if pinpoint and pinpoint not in text:
            c.report(join_path(path, f"pinpoint.{lang}"),
                     f"pinpoint '{pinpoint}' is not in the {_lang_name(lang)} text of '{ident}'")
    for kind, end in ends.values():
        if kind == "instrument" and end in c.ids.get("instruments", {}) and end not in cites[ident]:
            c.report(join_path(path, "passage"), f"passage '{ident}' does not cite instrument '{end}'")


def _lang_name(lang: str) -> str:
    return {"vi": "Vietnamese", "en": "English"}[lang]


def _check_texts(c: _Checker, node: Any, path: str) -> None:
    """No English text may be the Vietnamese copied over."""
    if isinstance(node, dict):
        vi, en = node.get("vi"), node.get("en")
        if isinstance(vi, str) and isinstance(en, str) and vi.strip() and vi.strip() == en.strip() and _HAS_LETTER.search(vi):
            c.report(join_path(path, "en"), "English text is a copy of the Vietnamese")
        for key, value in node.items():
            _check_texts(c, value, join_path(path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _check_texts(c, value, join_path(path, index))


def _check_repeats(c: _Checker, node: Any, path: str) -> None:
    """No list holds a record twice: ids are unique within every list, and no entry or name is repeated."""
    if isinstance(node, dict):
        for key, value in node.items():
            _check_repeats(c, value, join_path(path, key))
    elif isinstance(node, list):
        first: dict[tuple[str, str], str] = {}
        for index, item in enumerate(node):
            item_path = join_path(path, index)
            _check_repeats(c, item, item_path)
            ident = item.get("id") if isinstance(item, dict) else None
            if isinstance(ident, str):
                key, where, fault = ("id", ident), join_path(item_path, "id"), f"duplicate id '{ident}'"
            elif isinstance(item, dict):
                key, where, fault = ("entry", json.dumps(item, sort_keys=True)), item_path, "repeated entry"
            elif isinstance(item, str):
                key, where, fault = ("name", item), item_path, f"repeated '{item}'"
            else:
                continue
            if key in first:
                c.report(where, f"{fault}; first at line {c.source.locate(first[key])[0]}")
            else:
                first[key] = item_path


# ---------------------------------------------------------------- Akoma Ntoso eIds


def check_eids(data: Any, source: SourceMap) -> list[Problem]:
    """Every id gives a valid Akoma Ntoso eId (plan_site.model.identifiers.akn_eid), and no two records share one."""
    if not isinstance(data, dict):
        return []
    problems: list[Problem] = []
    first: dict[str, tuple[str, str]] = {}
    if "identifiers" in data:
        problems.append(source.problem("identifiers", "'identifiers' are computed by the build; remove them"))
    for path, ident, layout in _identified(data):
        try:
            eid = akn_eid(ident, layout)
        except ValueError as error:
            problems.append(source.problem(path, str(error)))
            continue
        if eid in first:
            first_path, first_ident = first[eid]
            if first_ident == ident and _list_of(first_path) == _list_of(path):
                continue  # one id twice in a list: reported as a duplicate id
            line = source.locate(first_path)[0]
            message = f"duplicate Akoma Ntoso eId '{eid}' from id '{ident}'; first at line {line}"
            problems.append(source.problem(path, message))
        else:
            first[eid] = (path, ident)
    return problems


def _list_of(path: str) -> str:
    """The list that holds the record at ``path`` (``decision.articles[1].id`` is in ``decision.articles``)."""
    return path.rsplit("[", 1)[0]


def _identified(data: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(path of the id, id, layout) for every record of the decision and the Plan that has an id."""
    decision = data.get("decision") if isinstance(data.get("decision"), dict) else {}
    plan = data.get("plan") if isinstance(data.get("plan"), dict) else {}
    records = [*_items(decision.get("bases"), "decision.bases"), *_items(decision.get("articles"), "decision.articles")]
    if isinstance(plan.get("preamble"), dict):
        records.append(("plan.preamble", plan["preamble"]))
    duties: list[tuple[str, dict[str, Any], str]] = []
    for path, part in _items(plan.get("parts"), "plan.parts"):
        records.append((path, part))
        for section_path, section in _items(part.get("sections"), join_path(path, "sections")):
            records += [(section_path, section), *_items(section.get("items"), join_path(section_path, "items"))]
        for key in ("key_tasks", "assignments", "paragraphs"):
            records += _items(part.get(key), join_path(path, key))
        for a_path, assignment in _items(part.get("assignments"), join_path(path, "assignments")):
            layout = _str(assignment.get("layout")) or "list"
            duties += [(d_path, duty, layout)
                       for d_path, duty in _items(assignment.get("duties"), join_path(a_path, "duties"))]
    for path, record, layout in [(path, record, "list") for path, record in records] + duties:
        if isinstance(record.get("id"), str):
            yield join_path(path, "id"), record["id"], layout


# ---------------------------------------------------------------- fidelity


def check_fidelity(data: dict[str, Any], source: SourceMap) -> list[Problem]:
    """The Vietnamese reassembles to the original that ``meta.source_file`` names (a path in the project)."""
    name = data["meta"]["source_file"]
    try:
        original = (ROOT / name).resolve()
        found = original.is_relative_to(ROOT) and original.is_file()
    except (OSError, ValueError):
        found = False
    if not found:
        return [source.problem("meta.source_file", f"no original text '{name}' in the project")]
    try:
        difference = compare(read_text(original, name), build_plan(data))
    except DataError as error:
        return error.problems
    if difference is None:
        return []
    in_original, in_data = difference.excerpts()
    return [source.problem(difference.path, f"the Vietnamese differs from the original {name} at sentence "
                           f"{difference.index + 1}: the original has '{in_original}', the data '{in_data}'")]
