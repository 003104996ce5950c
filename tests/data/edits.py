"""Invalid data as edits of a valid file: where to change its text, and what to put there.

Each edit works on the text, so a fault stands where a person would type it and the validator's line and
column stay meaningful. Data paths (``bodies[1].name.en``) are found through PyYAML's own marks, the same
marks the project's reader (plan_site/source/yaml_source.py) records, so a path here names the place a message
about that path points at. Edits by path need the text still to parse, so a case lists them first and
its raw edits (bad bytes, broken syntax) last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's marks count characters too, 50 times faster


@dataclass(frozen=True)
class Put:
    """The value at ``path`` (its exact text: a scalar, quotes included, or a flow collection) becomes ``text``."""

    path: str
    text: str


@dataclass(frozen=True)
class Rename:
    """The key that names ``path`` becomes ``key``."""

    path: str
    key: str


@dataclass(frozen=True)
class Drop:
    """The block entry at ``path`` (a key with its value, or a list item) goes, every line of it."""

    path: str


@dataclass(frozen=True)
class After:
    """``text``'s lines go after the block entry at ``path``, each indented as that entry is (``""``: the end)."""

    path: str
    text: str


@dataclass(frozen=True)
class Raw:
    """The one occurrence of ``old`` in the text becomes ``new``, which may be any bytes."""

    old: str
    new: str | bytes


Edit = Put | Rename | Drop | After | Raw


def apply(base: str, edits: tuple[Edit, ...]) -> bytes:
    """``base`` with ``edits`` made in order; raw edits after every edit by path."""
    by_path = [edit for edit in edits if not isinstance(edit, Raw)]
    raws = edits[len(by_path):]
    if not all(isinstance(edit, Raw) for edit in raws):
        raise ValueError("raw edits come after the edits by path")
    text = base
    for edit in by_path:
        text = _by_path(text, edit)
    data = text.encode("utf-8")
    for edit in raws:
        old = edit.old.encode("utf-8")
        if data.count(old) != 1:
            raise ValueError(f"{edit.old!r} occurs {data.count(old)} times, not once")
        new = edit.new if isinstance(edit.new, bytes) else edit.new.encode("utf-8")
        data = data.replace(old, new)
    return data


def _by_path(text: str, edit: Edit) -> str:
    if isinstance(edit, After) and edit.path == "":
        return text + ("" if text.endswith("\n") else "\n") + edit.text + "\n"
    key, node = _find(yaml.compose(text, Loader=_LOADER), edit.path)
    if isinstance(edit, Put):
        return text[: node.start_mark.index] + edit.text + text[node.end_mark.index:]
    if isinstance(edit, Rename):
        if key is None:
            raise ValueError(f"{edit.path} is a list item, not named by a key")
        return text[: key.start_mark.index] + edit.key + text[key.end_mark.index:]
    lines = text.splitlines(keepends=True)
    first, indent = _entry_start(lines, key or node, key is None)
    last = first + 1
    while last < len(lines) and (not lines[last].strip() or _indent(lines[last]) > indent):
        last += 1
    if isinstance(edit, Drop):
        return "".join(lines[:first] + lines[last:])
    added = [" " * indent + line + "\n" for line in edit.text.splitlines()]
    return "".join(lines[:last] + added + lines[last:])


def _find(root: yaml.Node, path: str) -> tuple[yaml.Node | None, yaml.Node]:
    """The key node naming ``path`` (None for a list item) and the value node at it."""
    key, node = None, root
    for name, index in _STEP.findall(path):
        if index:
            if not isinstance(node, yaml.SequenceNode) or int(index) >= len(node.value):
                raise KeyError(f"no [{index}] in {path}")
            key, node = None, node.value[int(index)]
        else:
            found = [(k, v) for k, v in node.value if k.value == name] if isinstance(node, yaml.MappingNode) else []
            if len(found) != 1:
                raise KeyError(f"no single '{name}' in {path}")
            key, node = found[0]
    return key, node


def _entry_start(lines: list[str], node: yaml.Node, item: bool) -> tuple[int, int]:
    """The line an entry starts on and its indentation: its key's column, or its list item's dash's."""
    line, column = node.start_mark.line, node.start_mark.column
    before = lines[line][:column]
    if before.strip() == "" and not item:
        return line, column
    if item and before.rstrip().endswith("-") and before.rstrip()[:-1].strip() == "":
        return line, len(before.rstrip()) - 1
    raise ValueError(f"line {line + 1} holds more than the entry: {lines[line]!r}")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
