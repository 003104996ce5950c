"""What the checks on typed records share: the built plan, where each record came from, and the problems found.

The checks run only on data that fits the schema, built once into the typed plan (plan_site.model.build)
with its origins (plan_site.model.origins): each problem is reported at the data path of the record it
is about, plus the field, and located in the file through the reader's source map.
"""

from __future__ import annotations

from collections.abc import Iterable

from plan_site.model.origins import Origins, join_path
from plan_site.model.plan import Plan
from plan_site.source.problems import Problem
from plan_site.source.yaml_source import SourceMap

LANGS = ("vi", "en")
SINGULAR = {"bodies": "body", "instruments": "instrument", "roles": "role", "themes": "theme", "key_task": "key task"}
# Every text is searched for every instrument alias, and a duty's text for its roles' verbs: the data has
# 26 aliases and 29 verbs; this limit keeps that search cheap however many texts a file holds.
MAX_NAMES = 200


class Checker:
    """The typed plan under check, its origins, the ids each reference may name, and the problems found."""

    def __init__(self, plan: Plan, origins: Origins, source: SourceMap) -> None:
        self.plan, self.origins, self.source = plan, origins, source
        self.problems: list[Problem] = []
        self.ids: dict[str, set[str]] = {
            "bodies": set(plan.bodies), "instruments": set(plan.instruments), "roles": set(plan.roles),
            "themes": set(plan.themes),
            "key_task": {task.id for part in plan.document.parts for task in part.key_tasks},
        }
        self.aliases = {ident: {lang: list(names) for lang, names in instrument.aliases.items()}
                        for ident, instrument in plan.instruments.items() if any(instrument.aliases.values())}
        self.verbs = {ident: role.verbs for ident, role in plan.roles.items()}
        aliases = sum(len(names) for by_lang in self.aliases.values() for names in by_lang.values())
        if aliases > MAX_NAMES:
            self.report("instruments", f"{aliases:,} instrument aliases in all; the limit is {MAX_NAMES}")
            self.aliases = {}
        verbs = sum(len(words) for words in self.verbs.values())
        if verbs > MAX_NAMES:
            self.report("roles", f"{verbs:,} role verbs in all; the limit is {MAX_NAMES}")
            self.verbs = {}
        self.lowered = {ident: {lang: [name.lower() for name in names] for lang, names in by_lang.items()}
                        for ident, by_lang in self.aliases.items()}

    def at(self, record: object, *keys: str | int) -> str:
        """The data path of a record, or of one of its fields."""
        return self.origins.at(record, *keys)

    def line(self, path: str) -> int:
        return self.source.locate(path)[0]

    def report(self, path: str, message: str) -> None:
        self.problems.append(self.source.problem(path, message))

    def named(self, lowered_text: str, lang: str) -> set[str]:
        """The instruments that a text (in lower case) mentions by one of their names."""
        return {ident for ident, names in self.lowered.items() if any(name in lowered_text for name in names[lang])}

    def expect_known(self, kind: str, ident: str, path: str) -> None:
        if ident not in self.ids[kind]:
            self.report(path, f"unknown {SINGULAR[kind]} '{ident}'")

    def expect_known_list(self, kind: str, idents: Iterable[str], path: str) -> None:
        for index, ident in enumerate(idents):
            self.expect_known(kind, ident, join_path(path, index))

    def expect_id(self, record: object, expected: str, what: str) -> None:
        actual = getattr(record, "id")
        if actual != expected:
            self.report(self.at(record, "id"), f"{what} id '{actual}' does not match its place; expected '{expected}'")


def lang_name(lang: str) -> str:
    return {"vi": "Vietnamese", "en": "English"}[lang]
