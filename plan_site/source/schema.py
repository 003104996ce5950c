"""The data's shape: the JSON Schema (data/schema.json) and its faults as located, readable problems."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from plan_site.source.problems import Problem
from plan_site.source.yaml_source import SourceMap, join_path

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "data" / "schema.json"


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema the data must satisfy (published with the site)."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


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
    if kind == "maxLength" and isinstance(value, str):
        return f"too long: {len(value)} characters, at most {error.validator_value}"
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


