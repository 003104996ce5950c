"""The changelog: a dated list of revisions to the data (data/changelog.yaml), checked like the data.

Readers who rely on the editorial layer need to see it change. Each entry has a date, a kind, a title,
what changed for a reader (``for_readers``: a sentence or two, plain words) and the detail for editors
(``summary``) in both languages, and the records it touched, as paths into the data that select list
items by id (``bodies[so-y-te].editorial.since_2025``); every path must resolve in the data it
describes. The "What's new" page and the Atom feeds are rendered from it, and their dates come from
it, never from the clock, so two builds of one commit are identical.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from plan_site.model.types import Change, Text
from plan_site.source.problems import Problem
from plan_site.source.relation_checks import real_date
from plan_site.source.schema import check_shape
from plan_site.source.yaml_source import SourceMap, join_path, read_yaml

CHANGELOG_SCHEMA_PATH = Path(__file__).resolve().parents[2] / "data" / "changelog.schema.json"
_STEP = re.compile(r"\.?([a-z_][a-z_0-9]*)|\[([^\]]+)\]")


@cache
def changelog_schema() -> dict[str, Any]:
    """The changelog's own JSON Schema (data/changelog.schema.json)."""
    return json.loads(CHANGELOG_SCHEMA_PATH.read_text(encoding="utf-8"))


def validate_changelog(path: Path, data: Any,
                       display_name: str | None = None) -> tuple[tuple[Change, ...], list[Problem]]:
    """Read and check a changelog against the data it describes; returns (entries, problems)."""
    raw, source, problems = read_yaml(path, display_name)
    if raw is None:
        return (), problems
    problems += check_shape(raw, source, changelog_schema())
    problems += check_entries(raw, source, data)
    problems = sorted(set(problems))
    if problems:
        return (), problems
    return tuple(Change(e["id"], e["date"], e["kind"], Text.of(e["title"]), Text.of(e["for_readers"]),
                        Text.of(e["summary"]), tuple(e["touches"]))
                 for e in raw["entries"]), []


def check_entries(raw: Any, source: SourceMap, data: Any) -> list[Problem]:
    """Ids unique, dates real and newest first, every touched record found in the data."""
    entries = raw.get("entries") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        return []
    problems, seen, previous = [], {}, None
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            continue
        path = join_path("entries", index)
        ident = entry.get("id")
        if isinstance(ident, str):
            if ident in seen:
                first = source.locate(seen[ident])[0]
                problems.append(source.problem(join_path(path, "id"), f"duplicate id '{ident}'; first at line {first}"))
            seen.setdefault(ident, path)
        day = real_date(entry.get("date"))
        if day is None and isinstance(entry.get("date"), str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["date"]):
            problems.append(source.problem(join_path(path, "date"), f"'{entry['date']}' is not a real date"))
        if day is not None and previous is not None and day > previous:
            problems.append(source.problem(join_path(path, "date"), f"entry dated {day} is newer than the one before "
                                                                    f"it ({previous}); list the newest first"))
        previous = day or previous
        touches = entry.get("touches") if isinstance(entry.get("touches"), list) else []
        for k, record in enumerate(touches):
            fault = unresolved(data, record) if isinstance(record, str) else ""
            if fault:
                problems.append(source.problem(join_path(join_path(path, "touches"), k), fault))
    return problems


def unresolved(data: Any, record: str) -> str:
    """Why a record path does not lead to a value in the data; empty when it does."""
    node, where = data, ""
    for key, ident in _STEP.findall(record):
        if key:
            if not isinstance(node, dict) or key not in node:
                return f"'{record}' does not resolve: no field '{key}' in {where or 'the data'}"
            node, where = node[key], join_path(where, key)
        else:
            found = [item for item in node if isinstance(item, dict) and item.get("id") == ident] \
                if isinstance(node, list) else []
            if not found:
                return f"'{record}' does not resolve: no '{ident}' among {where or 'the data'}"
            node, where = found[0], f"{where}[{ident}]"
    return ""
