"""Validate the plan data: its shape against the JSON Schema, then every id and reference, then its text.

The passes collect problems instead of stopping, so one run reports everything. The reference pass
reads the raw data defensively, because it also runs on files the schema pass rejected. The last
pass, run only on data that passed the others, checks that the Vietnamese reassembles to the original.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from plan_site.model.build import build_plan
from plan_site.model.identifiers import akn_eid
from plan_site.source.checker import LANGS, Checker, as_str, items, lang_name, passages_of, text_in
from plan_site.source.fidelity import compare
from plan_site.source.links import check_links
from plan_site.source.notes import check_notes
from plan_site.source.problems import DataError, Problem
from plan_site.source.relation_checks import check_relations
from plan_site.source.schema import ROOT, check_shape
from plan_site.source.terms import check_terms, fold_vi
from plan_site.source.yaml_source import SourceMap, join_path, read_text, read_yaml

_HAS_LETTER = re.compile(r"[^\W\d_]")




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


def check_references(data: Any, source: SourceMap) -> list[Problem]:
    """Ids unique, every reference resolves, ids mirror their place, annotations match the text."""
    if not isinstance(data, dict):
        return []
    c = Checker(data, source)
    for kind in ("bodies", "instruments", "roles", "themes", "glossary", "terms"):
        for path, node in items(data.get(kind), kind):
            c.register(kind, node.get("id"), path)
    plan = data.get("plan") if isinstance(data.get("plan"), dict) else {}
    parts = list(items(plan.get("parts"), "plan.parts"))
    for path, part in parts:
        for task_path, task in items(part.get("key_tasks"), join_path(path, "key_tasks")):
            c.register("key_task", task.get("id"), task_path)
    _check_places(c, parts)
    for path, passage in passages_of(data):
        _check_passage(c, path, passage)
    for path, instrument in items(data.get("instruments"), "instruments"):
        if instrument.get("issuer") is not None:
            c.expect_known("bodies", instrument.get("issuer"), join_path(path, "issuer"))
    decision = data.get("decision")
    if isinstance(decision, dict):
        c.expect_known("bodies", decision.get("issuer"), "decision.issuer")
    check_relations(c, data)
    _check_texts(c, data, "")
    _check_term_base(c, data)
    _check_repeats(c, data, "")
    return c.problems


def _check_term_base(c: Checker, data: dict[str, Any]) -> None:
    """One rendering per Vietnamese term, and the glossary's terms in the base with the glossary's English."""
    base: dict[str, tuple[str, str]] = {}
    for path, entry in items(data.get("terms"), "terms"):
        vi, en = text_in(entry.get("term"), "vi"), text_in(entry.get("term"), "en")
        key = fold_vi(vi)
        if key in base:
            line = c.source.locate(base[key][0])[0]
            c.report(join_path(path, "term.vi"), f"term '{vi}' is already in the term base at line {line}")
        elif key:
            base[key] = (path, en)
    for path, entry in items(data.get("glossary"), "glossary"):
        vi, en = text_in(entry.get("term"), "vi"), text_in(entry.get("term"), "en")
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


def _check_places(c: Checker, parts: list[tuple[str, dict[str, Any]]]) -> None:
    """Part, section, task, assignment and duty ids mirror their position in the document."""
    expected_parts = ("I", "II", "III", "IV")
    content = {"I": "sections", "II": "key_tasks", "III": "assignments", "IV": "paragraphs"}
    for (path, part), numeral in zip(parts, expected_parts):
        c.expect_id(part, numeral, path, "part")
        key = content[numeral]
        if not isinstance(part.get(key), list):
            c.report(path, f"part {numeral} must hold '{key}'")
        for number, (child_path, child) in enumerate(items(part.get(key), join_path(path, key)), start=1):
            c.expect_id(child, f"{numeral}.{number}", child_path, key.rstrip("s").replace("_", " "))
            if numeral == "I":
                for k, (item_path, item) in enumerate(items(child.get("items"), join_path(child_path, "items")), 1):
                    c.expect_id(item, f"I.{number}.{k}", item_path, "item")
            if numeral == "III":
                _check_assignment(c, child_path, child, number)


def _check_assignment(c: Checker, path: str, assignment: dict[str, Any], number: int) -> None:
    c.expect_known_list("bodies", assignment.get("bodies"), join_path(path, "bodies"))
    bodies = assignment.get("bodies") if isinstance(assignment.get("bodies"), list) else []
    for k, (duty_path, duty) in enumerate(items(assignment.get("duties"), join_path(path, "duties")), 1):
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


def _check_roles(c: Checker, path: str, duty: dict[str, Any]) -> None:
    """A role is drawn from the text: one of its verbs must occur in the Vietnamese."""
    text = text_in(duty.get("text"), "vi").lower()
    roles = duty.get("roles") if isinstance(duty.get("roles"), list) else []
    checked = set()
    for index, role in enumerate(roles):
        if as_str(role) in checked:
            continue  # a repeat is reported as such
        checked.add(as_str(role))
        words = c.verbs.get(as_str(role))
        if isinstance(words, list) and words and not any(as_str(w).lower() in text for w in words):
            c.report(join_path(path, f"roles[{index}]"),
                     f"role '{role}' but the text has none of: {', '.join(map(str, words))}")




def _check_passage(c: Checker, path: str, passage: dict[str, Any]) -> None:
    """Cited instruments are named in both languages; named instruments are cited; quotes are exact."""
    texts = {lang: text_in(passage.get("text"), lang).lower() for lang in LANGS}
    named = {lang: c.named(texts[lang], lang) for lang in LANGS}  # once per text, however many cites
    cites = [cite for _, cite in items(passage.get("cites"), "")]
    cited = {as_str(cite.get("instrument")) for cite in cites}
    for index, cite in enumerate(cites):
        cite_path = join_path(path, f"cites[{index}]")
        ident = cite.get("instrument")
        c.expect_known("instruments", ident, join_path(cite_path, "instrument"))
        for lang in LANGS:
            names, text = c.aliases.get(as_str(ident), {}).get(lang, []), texts[lang]
            if names and text and ident not in named[lang]:
                c.report(cite_path, f"cites '{ident}' but the {lang_name(lang)} text names none of: {'; '.join(names)}")
            pinpoint = text_in(cite.get("pinpoint"), lang)
            if pinpoint and text and pinpoint.lower() not in text:
                c.report(join_path(cite_path, f"pinpoint.{lang}"), f"pinpoint '{pinpoint}' is not in the {lang_name(lang)} text")
    for ident in c.aliases:
        if ident in named["vi"] and ident not in cited:
            c.report(join_path(path, "cites"), f"the text names instrument '{ident}' but does not cite it")
    for kind in ("targets", "reports"):
        for index, (item_path, item) in enumerate(items(passage.get(kind), join_path(path, kind))):
            for lang in LANGS:
                quote = text_in(item.get("quote"), lang)
                if quote and quote not in text_in(passage.get("text"), lang):
                    c.report(join_path(item_path, f"quote.{lang}"),
                             f"quoted words are not in the {lang_name(lang)} text: '{quote}'")
            if kind == "reports":
                c.expect_known_list("bodies", item.get("to"), join_path(item_path, "to"))
    c.expect_known_list("bodies", passage.get("partners"), join_path(path, "partners"))



def _check_texts(c: Checker, node: Any, path: str) -> None:
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


def _check_repeats(c: Checker, node: Any, path: str) -> None:
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
    records = [*items(decision.get("bases"), "decision.bases"), *items(decision.get("articles"), "decision.articles")]
    if isinstance(plan.get("preamble"), dict):
        records.append(("plan.preamble", plan["preamble"]))
    duties: list[tuple[str, dict[str, Any], str]] = []
    for path, part in items(plan.get("parts"), "plan.parts"):
        records.append((path, part))
        for section_path, section in items(part.get("sections"), join_path(path, "sections")):
            records += [(section_path, section), *items(section.get("items"), join_path(section_path, "items"))]
        for key in ("key_tasks", "assignments", "paragraphs"):
            records += items(part.get(key), join_path(path, key))
        for a_path, assignment in items(part.get("assignments"), join_path(path, "assignments")):
            layout = as_str(assignment.get("layout")) or "list"
            duties += [(d_path, duty, layout)
                       for d_path, duty in items(assignment.get("duties"), join_path(a_path, "duties"))]
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
