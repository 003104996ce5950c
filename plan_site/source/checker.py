"""What the reference checks share: a collector of located problems and defensive readers of raw data.

The checks read the raw data defensively, because they also run on files the schema pass rejected.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from plan_site.source.yaml_source import SourceMap, join_path

LANGS = ("vi", "en")
SINGULAR = {"bodies": "body", "instruments": "instrument", "roles": "role", "themes": "theme",
            "glossary": "glossary term", "terms": "term-base entry", "key_task": "key task", "duty": "duty",
            "relations": "relation"}
# A relation's end names a record of one of these registries, or describes one outside them (`details`).
END_REGISTRIES = {"instrument": "instruments", "body": "bodies"}
# Every text is searched for every instrument alias, and a duty's text for its roles' verbs: the data has
# 26 aliases and 29 verbs; this limit keeps that search cheap however many texts a file holds.
MAX_NAMES = 200


def items(value: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(path, mapping) for each mapping in a list; anything else is skipped (the schema reports it)."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield join_path(path, index), item


def as_str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def text_in(node: Any, lang: str) -> str:
    return as_str(node.get(lang)) if isinstance(node, dict) else ""


class Checker:
    """Walks the raw data once, collecting reference problems."""

    def __init__(self, data: dict[str, Any], source: SourceMap) -> None:
        self.source, self.problems = source, []
        self.ids: dict[str, dict[str, str]] = {}
        self.aliases = aliases_of(data)
        self.verbs = {as_str(node.get("id")): node.get("verbs") for _, node in items(data.get("roles"), "roles")}
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
            self.report(path, f"unknown {SINGULAR[kind]} '{ident}'")

    def expect_known_list(self, kind: str, value: Any, path: str) -> None:
        if isinstance(value, list):
            for index, ident in enumerate(value):
                self.expect_known(kind, ident, join_path(path, index))

    def expect_id(self, node: dict[str, Any], expected: str, path: str, what: str) -> None:
        actual = node.get("id")
        if isinstance(actual, str) and actual != expected:
            self.report(join_path(path, "id"), f"{what} id '{actual}' does not match its place; expected '{expected}'")


def passages_of(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every record that carries text and may cite instruments or state reports."""
    decision = data.get("decision") if isinstance(data.get("decision"), dict) else {}
    yield from items(decision.get("bases"), "decision.bases")
    yield from items(decision.get("articles"), "decision.articles")
    plan = data.get("plan") if isinstance(data.get("plan"), dict) else {}
    if isinstance(plan.get("preamble"), dict):
        yield "plan.preamble", plan["preamble"]
    for path, part in items(plan.get("parts"), "plan.parts"):
        for section_path, section in items(part.get("sections"), join_path(path, "sections")):
            yield from items(section.get("items"), join_path(section_path, "items"))
        yield from items(part.get("key_tasks"), join_path(path, "key_tasks"))
        yield from items(part.get("paragraphs"), join_path(path, "paragraphs"))
        for a_path, assignment in items(part.get("assignments"), join_path(path, "assignments")):
            yield from items(assignment.get("duties"), join_path(a_path, "duties"))


def lang_name(lang: str) -> str:
    return {"vi": "Vietnamese", "en": "English"}[lang]


def aliases_of(data: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """Instrument id to the names by which texts mention it, per language; instruments with no name are left out,
    so the search for names in every text grows with the names (capped), not with the instruments."""
    result = {}
    for _, node in items(data.get("instruments"), "instruments"):
        aliases = node.get("aliases") if isinstance(node.get("aliases"), dict) else {}
        names = {lang: [a for a in aliases[lang] if isinstance(a, str) and a] if isinstance(aliases.get(lang), list)
                 else [] for lang in LANGS}
        if any(names.values()):
            result[as_str(node.get("id"))] = names
    return result
