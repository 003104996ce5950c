"""Validate the plan data: schema, then the builder with its origins, then checks on the typed records.

1. The reader (yaml_source) refuses what plain data never holds, and maps every value to its place.
2. The JSON Schema (schema.check_shape) checks the shape: types, required fields, value forms.
3. Data that fits the schema is built once into the typed plan (plan_site.model.build), which marks
   each record with the data path it came from (plan_site.model.origins). The checks of references,
   places, quotes, relations, the term base, eIds and editorial notes (record_checks, relation_checks,
   notes) run on those records and report at their paths, located through the reader's source map.
4. Data with no problem at all is checked against its original: the Vietnamese must reassemble to it.

A file with shape problems is not built: its shape problems are reported and the checks on typed records
are skipped (so a missing registry is reported as missing, not again by every reference to it); the
user fixes the shape and runs again. The checks that read the file's texts and addresses as they stand
(addresses, the term base's renderings, copied translations, repeated entries) do not need
the typed records and run on every file that could be read, so one run reports as much as it can.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plan_site.model.build import build_plan
from plan_site.model.origins import Origins
from plan_site.model.plan import Plan
from plan_site.source.checker import Checker
from plan_site.source.fidelity import compare
from plan_site.source.links import check_links
from plan_site.source.notes import check_notes
from plan_site.source.problems import DataError, Problem
from plan_site.source.record_checks import check_records
from plan_site.source.schema import ROOT, check_shape
from plan_site.source.terms import check_terms
from plan_site.source.yaml_source import SourceMap, join_path, read_text, read_yaml

_HAS_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Checked:
    """A data file after validation: its raw data (None if unreadable), the typed plan built from it
    (None unless it fits the schema), and every problem found."""

    data: Any
    plan: Plan | None
    problems: list[Problem]


def validate_file(path: Path, display_name: str | None = None) -> tuple[Any, list[Problem]]:
    """Read and check a data file; returns (data, problems). Data is None if unreadable."""
    checked = check_file(path, display_name)
    return checked.data, checked.problems


def check_file(path: Path, display_name: str | None = None) -> Checked:
    """Read, check and build a data file: the plan is built once, and checked where it was built."""
    data, source, problems = read_yaml(path, display_name)
    if data is None:
        return Checked(None, None, problems)
    later = check_shape(data, source)
    plan = None
    if not later:
        origins = Origins()
        plan = build_plan(data, origins=origins)
        checker = Checker(plan, origins, source)
        check_records(checker)
        check_notes(checker)
        later = checker.problems
    later += check_links(data, source) + check_terms(data, source) + check_texts(data, source)
    problems += [p for p in later if p.path not in source.refused]  # the reader has said why already
    if plan is not None and not problems:
        problems = check_fidelity(plan, source)
    return Checked(data, plan, sorted(set(problems)))


def check_texts(data: Any, source: SourceMap) -> list[Problem]:
    """Over every value of the file, whatever record holds it: no English copied from the Vietnamese, no
    list holding a record, an entry or a name twice."""
    if not isinstance(data, dict):
        return []  # the schema says what the file should be
    problems: list[Problem] = []
    _check_copies(problems, source, data, "")
    _check_repeats(problems, source, data, "")
    return problems


def _check_copies(problems: list[Problem], source: SourceMap, node: Any, path: str) -> None:
    """No English text may be the Vietnamese copied over."""
    if isinstance(node, dict):
        vi, en = node.get("vi"), node.get("en")
        copied = isinstance(vi, str) and isinstance(en, str) and vi.strip() and vi.strip() == en.strip()
        if copied and _HAS_LETTER.search(vi):
            problems.append(source.problem(join_path(path, "en"), "English text is a copy of the Vietnamese"))
        for key, value in node.items():
            _check_copies(problems, source, value, join_path(path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _check_copies(problems, source, value, join_path(path, index))


def _check_repeats(problems: list[Problem], source: SourceMap, node: Any, path: str) -> None:
    """No list holds a record twice: ids are unique within every list, and no entry or name is repeated."""
    if isinstance(node, dict):
        for key, value in node.items():
            _check_repeats(problems, source, value, join_path(path, key))
    elif isinstance(node, list):
        first: dict[tuple[str, str], str] = {}
        for index, item in enumerate(node):
            item_path = join_path(path, index)
            _check_repeats(problems, source, item, item_path)
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
                problems.append(source.problem(where, f"{fault}; first at line {source.locate(first[key])[0]}"))
            else:
                first[key] = item_path


def check_fidelity(plan: Plan, source: SourceMap) -> list[Problem]:
    """The Vietnamese reassembles to the original that ``meta.source_file`` names (a path in the project)."""
    name = plan.meta.source_file
    try:
        original = (ROOT / name).resolve()
        found = original.is_relative_to(ROOT) and original.is_file()
    except (OSError, ValueError):
        found = False
    if not found:
        return [source.problem("meta.source_file", f"no original text '{name}' in the project")]
    try:
        difference = compare(read_text(original, name), plan)
    except DataError as error:
        return error.problems
    if difference is None:
        return []
    in_original, in_data = difference.excerpts()
    return [source.problem(difference.path, f"the Vietnamese differs from the original {name} at sentence "
                           f"{difference.index + 1}: the original has '{in_original}', the data '{in_data}'")]
