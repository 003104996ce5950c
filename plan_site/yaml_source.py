"""Read a YAML file into plain Python values, remembering the line of every value.

PyYAML's safe_load forgets positions and silently keeps the last of two duplicate keys;
composing the node tree ourselves gives both: precise locations and duplicate-key errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Problem

_TRUE = {"true", "yes", "on", "y"}


@dataclass
class SourceMap:
    """Where each value came from: data path (e.g. ``plan.parts[0].heading.vi``) to (line, column)."""

    file: str
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)

    def locate(self, path: str) -> tuple[int, int]:
        """Position of the value at ``path``, or of its nearest located ancestor."""
        while path:
            if path in self.positions:
                return self.positions[path]
            path = _parent(path)
        return self.positions.get("", (1, 1))

    def problem(self, path: str, message: str) -> Problem:
        """A problem located at ``path``."""
        line, column = self.locate(path)
        return Problem(self.file, line, column, message, path)


def _parent(path: str) -> str:
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""


def join_path(parent: str, key: str | int) -> str:
    """Extend a data path by a mapping key or a list index."""
    if isinstance(key, int):
        return f"{parent}[{key}]"
    return f"{parent}.{key}" if parent else key


def read_yaml(path: Path, display_name: str | None = None) -> tuple[Any, SourceMap, list[Problem]]:
    """Parse ``path``; returns (data, source map, problems). Data is None on a syntax error."""
    name = display_name or str(path)
    source = SourceMap(name)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, source, [Problem(name, 1, 1, f"cannot read file: {error}")]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, source, [Problem(name, line, column, f"YAML syntax error: {error.problem}")]
    if root is None:
        return None, source, [Problem(name, 1, 1, "the file is empty")]
    problems: list[Problem] = []
    data = _convert(root, "", source, problems)
    return data, source, problems


def _convert(node: yaml.Node, path: str, source: SourceMap, problems: list[Problem]) -> Any:
    source.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            child = join_path(path, key)
            if key in result:
                first_line = source.positions[child][0]
                problems.append(
                    Problem(
                        source.file,
                        key_node.start_mark.line + 1,
                        key_node.start_mark.column + 1,
                        f"duplicate key '{key}'; first at line {first_line}",
                        child,
                    )
                )
                continue
            result[key] = _convert(value_node, child, source, problems)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, join_path(path, i), source, problems) for i, item in enumerate(node.value)]
    return _scalar(node)


def _scalar(node: yaml.ScalarNode) -> Any:
    """Resolve a scalar; dates stay strings so the data matches its JSON form."""
    tag, value = node.tag, node.value
    if tag.endswith(":null"):
        return None
    if tag.endswith(":bool"):
        return value.lower() in _TRUE
    if tag.endswith(":int"):
        return int(value.replace("_", ""), 0) if value.startswith(("0x", "0o")) else int(value.replace("_", ""))
    if tag.endswith(":float"):
        return float(value)
    return value
