"""The term base: one English rendering for each Vietnamese term, checked in every translated text.

A text whose Vietnamese holds a term must use that term's rendering (or one of its listed variants)
in its English. Words are compared by their Snowball stems, so inflection and case do not matter
("lead", "leads", "Leading"; "supervise", "supervision"). A longer term wins over a shorter one inside
it ("xử lý nghiêm trách nhiệm" before "xử lý"), and names count as terms of their own: a body's name
must be rendered by its registered English name, an instrument's by one of its English aliases, and
the words inside a name ("Ban Chỉ đạo" is not "chỉ đạo") are not read as terms.

Editorial notes, labels and the other texts outside the translation proper are held to a narrower
set of rules: the term-base entries marked ``in_notes`` (terms whose rendering carries legal weight,
such as khởi tố and truy tố, or phối hợp and chủ trì) and the names of the successor bodies the
relations describe, which notes must give as their records do. ``check_terms`` runs in every
validation (plan_site.source.validate), so a term rendered two ways stops ``plan.py validate`` and the build.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import snowballstemmer

from plan_site.source.problems import Problem
from plan_site.source.yaml_source import SourceMap, join_path

# The records whose English is a translation of their Vietnamese; editorial notes, link labels and
# annotations (pinpoints, quotes: exact parts of texts checked already) are left out.
SCOPE = ("meta.title", "decision", "plan", "bodies", "instruments", "roles", "themes", "glossary")
_NOT_TRANSLATION = {"editorial", "links", "pinpoint", "quote", "aliases"}
# Never texts to check: the term base itself (its notes explain renderings) and the sources' own titles.
_NEVER = {"terms", "links", "pinpoint", "quote", "aliases", "sources"}
# Each text is searched for each rule: this bounds the work however many records a hostile file holds
# (the real data sets about 260 rules).
MAX_RULES = 1000

_STEMMER = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_TONE = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below (decomposed)
# Old and new tone placement in open syllables: "hóa"/"hoá", "thủy"/"thuỷ". Fold both to the old one.
_NEW_TONE_PLACEMENT = re.compile(rf"(?<!q)(o)([ae])([{_TONE}])(?!\w)|(?<!q)(u)(y)([{_TONE}])(?!\w)")


@dataclass(frozen=True)
class Rule:
    """A Vietnamese term and the English that must render it; ``origin`` names the record that sets it."""

    origin: str
    vi: str
    renderings: tuple[str, ...]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w){re.escape(fold_vi(self.vi))}(?!\w)")


def fold_vi(text: str) -> str:
    """Vietnamese as compared: lower case, one tone placement, single spaces."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    decomposed = _NEW_TONE_PLACEMENT.sub(_old_tone_placement, decomposed)
    return " ".join(unicodedata.normalize("NFC", decomposed).split())


def _old_tone_placement(match: re.Match[str]) -> str:
    first, second, tone = (g for g in match.groups() if g)
    return first + tone + second


def stems(text: str) -> tuple[str, ...]:
    """English words as compared: lower case, split at hyphens and spaces, each reduced to its stem."""
    words = _WORD.findall(text.replace("\u2019", "'").lower())
    return tuple(_STEMMER.stemWords(words))


def uses(english: tuple[str, ...], rendering: str) -> bool:
    """Whether stemmed English holds the rendering's stems, in order and next to each other."""
    wanted = stems(rendering)
    size = len(wanted)
    return size > 0 and any(english[i : i + size] == wanted for i in range(len(english) - size + 1))


def rules(data: dict[str, Any]) -> list[Rule]:
    """Every rule the data sets, longest Vietnamese first: term-base entries, body names, instrument aliases."""
    found = []
    for entry in _records(data.get("terms")):
        term = entry.get("term") if isinstance(entry.get("term"), dict) else {}
        variants = entry.get("variants") if isinstance(entry.get("variants"), list) else []
        found.append(Rule(f"term {_str(entry.get('id'))}", _str(term.get("vi")),
                          (_str(term.get("en")), *map(_str, variants))))
    for body in _records(data.get("bodies")):
        name = body.get("name") if isinstance(body.get("name"), dict) else {}
        found.append(Rule(f"body {_str(body.get('id'))}", _str(name.get("vi")), (_str(name.get("en")),)))
    for instrument in _records(data.get("instruments")):
        aliases = instrument.get("aliases") if isinstance(instrument.get("aliases"), dict) else {}
        english = tuple(map(_str, _list(aliases.get("en"))))
        origin = f"instrument {_str(instrument.get('id'))}"
        found += [Rule(origin, _str(alias), english) for alias in _list(aliases.get("vi"))]
    return _longest_first(found)


def note_rules(data: dict[str, Any]) -> list[Rule]:
    """The rules that bind every text, notes and labels too: entries marked in_notes, successors' names."""
    found = []
    for entry in _records(data.get("terms")):
        if entry.get("in_notes") is True:
            term = entry.get("term") if isinstance(entry.get("term"), dict) else {}
            found.append(Rule(f"term {_str(entry.get('id'))}", _str(term.get("vi")),
                              (_str(term.get("en")), *map(_str, _list(entry.get("variants"))))))
    for relation in _records(data.get("relations")):
        for side in ("from", "to"):
            end = relation.get(side) if isinstance(relation.get(side), dict) else {}
            details = end.get("details") if isinstance(end.get("details"), dict) else {}
            name = details.get("name") if isinstance(details.get("name"), dict) else {}
            if isinstance(end.get("body"), str) and name:
                found.append(Rule(f"body {end['body']}", _str(name.get("vi")), (_str(name.get("en")),)))
    return _longest_first(found)


def _longest_first(found: list[Rule]) -> list[Rule]:
    return sorted((r for r in found if fold_vi(r.vi)), key=lambda r: len(fold_vi(r.vi)), reverse=True)


def translations(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, str]]]:
    """(path, {vi, en}) for every translated text in scope, in file order."""
    for key in SCOPE:
        node: Any = data
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        yield from _texts(node, key)


def every_text(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, str]]]:
    """(path, {vi, en}) for every text of the file, notes and labels included, in file order."""
    for key, value in data.items():
        if key not in _NEVER:
            yield from _texts(value, key, _NEVER)


def _texts(node: Any, path: str, skip: set[str] = _NOT_TRANSLATION) -> Iterator[tuple[str, dict[str, str]]]:
    if isinstance(node, dict):
        if isinstance(node.get("vi"), str) and isinstance(node.get("en"), str):
            yield path, node
            return
        for key, value in node.items():
            if key not in skip:
                yield from _texts(value, join_path(path, key), skip)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _texts(value, join_path(path, index), skip)


def missing_renderings(vietnamese: str, english: str, all_rules: list[Rule]) -> list[Rule]:
    """The rules whose term the Vietnamese holds but whose rendering the English lacks."""
    text, english_stems = fold_vi(vietnamese), stems(english)
    taken: list[tuple[int, int]] = []
    missing = []
    for rule in all_rules:
        spans = [m.span() for m in rule.pattern.finditer(text)]
        spans = [s for s in spans if not any(s[0] < end and start < s[1] for start, end in taken)]
        if not spans:
            continue
        taken += spans
        if not any(uses(english_stems, rendering) for rendering in rule.renderings):
            missing.append(rule)
    return missing


def check_terms(data: Any, source: SourceMap) -> list[Problem]:
    """Every text whose English does not use the rendering of a term its Vietnamese holds.

    Translations proper (``translations``) answer to every rule; notes and labels to ``note_rules``.
    """
    if not isinstance(data, dict):
        return []
    all_rules, binding = rules(data), note_rules(data)
    if len(all_rules) + len(binding) > MAX_RULES:
        return [source.problem("terms", f"{len(all_rules) + len(binding):,} terms and names to check in all; "
                                        f"the limit is {MAX_RULES}")]
    translated = {path for path, _ in translations(data)}
    problems = []
    for path, text in every_text(data):
        for rule in missing_renderings(text["vi"], text["en"], all_rules if path in translated else binding):
            wanted = " / ".join(f"'{r}'" for r in rule.renderings)
            problems.append(source.problem(join_path(path, "en"),
                                           f"'{rule.vi}' ({rule.origin}) is rendered {wanted}; the English has none"))
    return problems


def _records(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        yield from (item for item in value if isinstance(item, dict))


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""
