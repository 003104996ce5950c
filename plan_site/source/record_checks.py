"""Checks on the typed records of a plan that fits the schema: references, places, quotes, terms, eIds.

Ids mirror their place in the document, every reference names a known record, cited instruments are
named in the text and named ones cited, quotes and pinpoints are the text's own words, the glossary
agrees with the term base, and every id gives its own Akoma Ntoso eId. Each runs over the records the
builder made (plan_site.model.build) and reports at the record's data path through its origins.
"""

from __future__ import annotations

import re
from typing import Any

from plan_site.model.identifiers import akn_eid
from plan_site.model.types import Assignment, Duty, Passage
from plan_site.source.checker import LANGS, Checker, lang_name
from plan_site.source.relation_checks import check_relations
from plan_site.source.terms import fold_vi

_PARTS = ("I", "II", "III", "IV")
_CONTENT = {"I": "sections", "II": "key_tasks", "III": "assignments", "IV": "paragraphs"}


def check_records(c: Checker) -> None:
    """Every check on typed records; problems go to ``c.problems``."""
    plan = c.plan
    _check_places(c)
    for passage in plan.texts():
        _check_passage(c, passage)
    for instrument in plan.instruments.values():
        if instrument.issuer is not None:
            c.expect_known("bodies", instrument.issuer, c.at(instrument, "issuer"))
    c.expect_known("bodies", plan.decision.issuer, "decision.issuer")
    check_relations(c)
    _check_term_base(c)
    _check_eids(c)
    for guide in plan.meta.guides:  # a guide's steps name the duties they rest on
        for step in guide.steps:
            for index, duty_id in enumerate(step.duties):
                if duty_id not in plan.duty_index:
                    c.report(c.at(step, "duties", index), f"unknown duty '{duty_id}'")


def _check_places(c: Checker) -> None:
    """Part, section, task, assignment and duty ids mirror their position in the document."""
    for part, numeral in zip(c.plan.document.parts, _PARTS):
        c.expect_id(part, numeral, "part")
        key = _CONTENT[numeral]
        children = getattr(part, key)
        if not children:
            c.report(c.at(part), f"part {numeral} must hold '{key}'")
        for number, child in enumerate(children, start=1):
            c.expect_id(child, f"{numeral}.{number}", key.rstrip("s").replace("_", " "))
            if numeral == "I":
                for k, item in enumerate(child.items, 1):
                    c.expect_id(item, f"I.{number}.{k}", "item")
            if numeral == "III":
                _check_assignment(c, child, number)


def _check_assignment(c: Checker, assignment: Assignment, number: int) -> None:
    c.expect_known_list("bodies", assignment.bodies, c.at(assignment, "bodies"))
    for k, duty in enumerate(assignment.duties, 1):
        c.expect_id(duty, f"III.{number}.{k}", "duty")
        c.expect_known("bodies", duty.body, c.at(duty, "body"))
        if duty.body not in assignment.bodies:
            c.report(c.at(duty, "body"), f"body '{duty.body}' is not among the assignment's bodies")
        if duty.body in duty.partners:
            c.report(c.at(duty, "partners"), f"body '{duty.body}' is listed as its own partner")
        c.expect_known_list("roles", duty.roles, c.at(duty, "roles"))
        _check_roles(c, duty)
        c.expect_known_list("key_task", duty.key_tasks, c.at(duty, "editorial.key_tasks"))
        c.expect_known_list("themes", duty.themes, c.at(duty, "editorial.themes"))


def _check_roles(c: Checker, duty: Duty) -> None:
    """A role is drawn from the text: one of its verbs must occur in the Vietnamese."""
    text = duty.text.vi.lower()
    checked = set()
    for index, role in enumerate(duty.roles):
        if role in checked:
            continue  # a repeat is reported as such
        checked.add(role)
        words = c.verbs.get(role)
        if words and not any(w.lower() in text for w in words):
            c.report(c.at(duty, "roles", index), f"role '{role}' but the text has none of: {', '.join(words)}")


def _check_passage(c: Checker, passage: Passage) -> None:
    """Cited instruments are named in both languages; named instruments are cited; quotes are exact."""
    texts = {lang: passage.text[lang].lower() for lang in LANGS}
    named = {lang: c.named(texts[lang], lang) for lang in LANGS}  # once per text, however many cites
    cited = {cite.instrument for cite in passage.cites}
    for cite in passage.cites:
        ident = cite.instrument
        c.expect_known("instruments", ident, c.at(cite, "instrument"))
        for lang in LANGS:
            names, text = c.aliases.get(ident, {}).get(lang, []), texts[lang]
            if names and text and ident not in named[lang]:
                c.report(c.at(cite), f"cites '{ident}' but the {lang_name(lang)} text names none of: "
                         f"{'; '.join(names)}")
            pinpoint = cite.pinpoint[lang] if cite.pinpoint else ""
            if pinpoint and text and pinpoint.lower() not in text:
                c.report(c.at(cite, f"pinpoint.{lang}"), f"pinpoint '{pinpoint}' is not in the {lang_name(lang)} text")
    for ident in c.aliases:
        if ident in named["vi"] and ident not in cited:
            c.report(c.at(passage, "cites"), f"the text names instrument '{ident}' but does not cite it")
    if not isinstance(passage, Passage):
        return  # an article: it cites, but states no targets, reports or partners
    quoted = [*(passage.targets if isinstance(passage, Duty) else ()), *passage.reports]
    for item in quoted:
        for lang in LANGS:
            quote = item.quote[lang]
            if quote and quote not in passage.text[lang]:
                c.report(c.at(item, f"quote.{lang}"), f"quoted words are not in the {lang_name(lang)} text: '{quote}'")
    for report in passage.reports:
        c.expect_known_list("bodies", report.to, c.at(report, "to"))
    c.expect_known_list("bodies", passage.partners, c.at(passage, "partners"))


def _check_term_base(c: Checker) -> None:
    """One rendering per Vietnamese term, and the glossary's terms in the base with the glossary's English."""
    base: dict[str, tuple[str, str]] = {}
    for entry in c.plan.terms:
        vi, en, key = entry.term.vi, entry.term.en, fold_vi(entry.term.vi)
        if key in base:
            c.report(c.at(entry, "term.vi"), f"term '{vi}' is already in the term base at line {c.line(base[key][0])}")
        elif key:
            base[key] = (c.at(entry), en)
    for term in c.plan.glossary:
        vi, en = term.term.vi, term.term.en
        if fold_vi(vi) not in base:
            c.report(c.at(term, "term"), f"glossary term '{vi}' is not in the term base")
            continue
        base_path, base_en = base[fold_vi(vi)]
        if _plain(en) != _plain(base_en):
            c.report(c.at(term, "term.en"), f"the glossary renders '{vi}' as '{en}', the term base "
                     f"(line {c.line(base_path)}) as '{base_en}'")


def _plain(english: str) -> str:
    """English compared without case and without a parenthesised qualifier: 'head (of an agency)' is 'head'."""
    return " ".join(re.sub(r"\([^)]*\)", "", english).casefold().split())


def _check_eids(c: Checker) -> None:
    """Every id gives a valid Akoma Ntoso eId (plan_site.model.identifiers.akn_eid), and no two records share one."""
    first: dict[str, tuple[str, str]] = {}
    if "identifiers" in c.plan.raw:
        c.report("identifiers", "'identifiers' are computed by the build; remove them")
    for record, layout in _identified(c):
        path, ident = c.at(record, "id"), record.id
        try:
            eid = akn_eid(ident, layout)
        except ValueError as error:
            c.report(path, str(error))
            continue
        if eid in first:
            first_path, first_ident = first[eid]
            if first_ident == ident and _list_of(first_path) == _list_of(path):
                continue  # one id twice in a list: reported as a duplicate id
            c.report(path, f"duplicate Akoma Ntoso eId '{eid}' from id '{ident}'; first at line {c.line(first_path)}")
        else:
            first[eid] = (path, ident)


def _list_of(path: str) -> str:
    """The list that holds the record at ``path`` (``decision.articles[1].id`` is in ``decision.articles``)."""
    return path.rsplit("[", 1)[0]


def _identified(c: Checker) -> list[tuple[Any, str]]:
    """(record, layout) for every record of the decision and the Plan that has an id, duties last."""
    decision, document = c.plan.decision, c.plan.document
    records: list[Any] = [*decision.bases, *decision.articles, document.preamble]
    duties: list[tuple[Any, str]] = []
    for part in document.parts:
        records.append(part)
        for section in part.sections:
            records += [section, *section.items]
        records += [*part.key_tasks, *part.assignments, *part.paragraphs]
        duties += [(duty, assignment.layout) for assignment in part.assignments for duty in assignment.duties]
    return [(record, "list") for record in records] + duties
