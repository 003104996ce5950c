"""Read a YAML data file into plain values, remembering where every value and every key stands.

The data is plain: mappings, lists, texts, numbers, true/false and null. This reader takes only that,
and answers everything else with a located problem before it can cost time or memory or slip past
the later checks: files over MAX_FILE_BYTES, bytes that are not UTF-8, unprintable characters,
anchors and aliases (a few hundred bytes of nested aliases expand to gigabytes), nesting deeper than
MAX_DEPTH, more than MAX_NODES keys and values, texts over MAX_TEXT_CHARS, keys over MAX_KEY_CHARS
(every path below a key repeats it, so a long key costs memory per value), numbers that are not
finite or not short, keys that are not text, and tags beyond YAML's core ones. It builds the values
straight from PyYAML's event stream, so it also catches duplicate keys, which PyYAML's loaders
silently overwrite.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    NodeEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from plan_site.model.origins import join_path  # one form of data path for the reader and the builder
from plan_site.source.problems import DataError, Problem

# The real data is 182 kB, has 7,100 keys and values nested at most 11 levels deep, and its longest text
# has under 800 characters; the limits leave room to grow while keeping the worst input cheap.
MAX_FILE_BYTES = 2_000_000
MAX_NODES = 50_000
MAX_DEPTH = 40
MAX_TEXT_CHARS = 20_000
MAX_KEY_CHARS = 40  # field names; the longest in the data has 16 characters
MAX_NUMBER_CHARS = 30

_CORE = "tag:yaml.org,2002:"
_SCALAR_KINDS = ("str", "int", "float", "bool", "null")
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # what YAML counts as a line break
_NUMBERS = yaml.constructor.SafeConstructor()


@dataclass
class SourceMap:
    """Where each value came from: data path (e.g. ``plan.parts[0].heading.vi``) to (line, column)."""

    file: str
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    keys: dict[str, tuple[int, int]] = field(default_factory=dict)
    refused: set[str] = field(default_factory=set)  # values the reader refused and replaced by None

    def locate(self, path: str) -> tuple[int, int]:
        """Position of the value at ``path``, or of its nearest located ancestor."""
        while path:
            if path in self.positions:
                return self.positions[path]
            path = _parent(path)
        return self.positions.get("", (1, 1))

    def problem(self, path: str, message: str) -> Problem:
        """A problem located at the value at ``path``."""
        line, column = self.locate(path)
        return Problem(self.file, line, column, message, path)

    def key_problem(self, path: str, message: str) -> Problem:
        """A problem located at the key that names ``path`` (an unknown field, say), else at its value."""
        line, column = self.keys.get(path) or self.locate(path)
        return Problem(self.file, line, column, message, path)


def _parent(path: str) -> str:
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""


def read_yaml(path: Path, display_name: str | None = None) -> tuple[Any, SourceMap, list[Problem]]:
    """Parse ``path``; returns (data, source map, problems). Data is None when the file cannot be read."""
    name = display_name or str(path)
    source = SourceMap(name)
    problems: list[Problem] = []
    try:
        data = _Composer(read_text(path, name), source, problems).document()
    except DataError as refusal:
        return None, source, problems + refusal.problems
    return data, source, problems


def read_text(path: Path, name: str) -> str:
    """The file's text; raises DataError unless it is at most MAX_FILE_BYTES of printable UTF-8."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)  # never more, even from a device that never ends
    except OSError as error:
        raise _refusal(name, 1, 1, f"cannot read file: {error}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise _refusal(name, 1, 1, f"the file is larger than the limit of {MAX_FILE_BYTES:,} bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start].decode("utf-8")
        line, column = _position(before, len(before))
        raise _refusal(name, line, column, f"invalid UTF-8: byte 0x{raw[error.start]:02X} is not a character") from None
    unprintable = yaml.reader.Reader.NON_PRINTABLE.search(text)
    if unprintable:
        line, column = _position(text, unprintable.start())
        raise _refusal(name, line, column, f"unprintable character U+{ord(unprintable.group()):04X} is not allowed")
    return text


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``text[index]``, counting line breaks as YAML does."""
    line, start = 1, 0
    for match in _LINE_BREAK.finditer(text, 0, index):
        line, start = line + 1, match.end()
    return line, index - start + 1


def _refusal(file: str, line: int, column: int, message: str, path: str | None = "") -> DataError:
    return DataError([Problem(file, line, column, message, path or "")])


class _Parser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.resolver.Resolver):
    """PyYAML's own reader, scanner, parser and tag resolver, without its composer and constructor."""

    def __init__(self, text: str) -> None:
        yaml.reader.Reader.__init__(self, text)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.resolver.Resolver.__init__(self)


class _Composer:
    """Builds plain values from parser events, recording positions, refusing what the data never needs."""

    def __init__(self, text: str, source: SourceMap, problems: list[Problem]) -> None:
        self.events = _Parser(text)
        self.source, self.problems = source, problems
        self.nodes = 0

    def document(self) -> Any:
        """The value of the file's one document; raises DataError if there is none or it cannot be read."""
        try:
            return self._document()
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            raise _refusal(self.source.file, line, column, f"YAML syntax error: {error.problem}") from None

    def _document(self) -> Any:
        self.events.get_event()  # the stream's start; the parser guarantees the order of the events
        if self.events.check_event(StreamEndEvent):
            raise _refusal(self.source.file, 1, 1, "the file holds no data")
        self.events.get_event()  # the document's start
        value = self._value("", 1)
        self.events.get_event()  # the document's end
        if not self.events.check_event(StreamEndEvent):
            raise self._stop(self.events.peek_event(), "a second YAML document starts here; the file must hold one")
        if value is None and "" not in self.source.refused:
            raise _refusal(self.source.file, 1, 1, "the file holds no data")
        return value

    def _value(self, path: str | None, depth: int) -> Any:
        """The value starting at the next event; ``path`` None reads a value only to drop it."""
        event = self._node_event(path)
        if path is not None:
            self.source.positions[path] = _mark(event)
        if isinstance(event, ScalarEvent):
            return self._scalar(event, path)
        if depth > MAX_DEPTH:
            raise self._stop(event, f"nesting deeper than {MAX_DEPTH} levels", path)
        if not self._tag_allowed(event, ("seq", "map"), path):
            self._refuse(event, path, None)
            path = None
        if isinstance(event, SequenceStartEvent):
            items = []
            while not self.events.check_event(SequenceEndEvent):
                items.append(self._value(None if path is None else join_path(path, len(items)), depth + 1))
            self.events.get_event()
            return items if path is not None else None
        mapping: dict[str, Any] = {}
        first_lines: dict[str, int] = {}
        while not self.events.check_event(MappingEndEvent):
            self._entry(mapping, first_lines, path, depth)
        self.events.get_event()
        return mapping if path is not None else None

    def _entry(self, mapping: dict[str, Any], first_lines: dict[str, int], path: str | None, depth: int) -> None:
        """Read one key and its value into ``mapping``; a faulty entry is reported and dropped."""
        key_event = self.events.peek_event()
        if not isinstance(key_event, ScalarEvent):
            self._value(None, depth + 1)
            self._report(key_event, path, "a key must be text, not a list or a mapping")
            self._value(None, depth + 1)
            return
        self._node_event(path)
        key = key_event.value
        child = None if path is None else join_path(path, key)
        if len(key) > MAX_KEY_CHARS:
            self._report(key_event, path, f"a key of {len(key):,} characters; the limit is {MAX_KEY_CHARS:,}")
            child = None
        elif not self._tag_allowed(key_event, ("str",), path):
            child = None
        elif key in first_lines:
            self._report(key_event, child, f"duplicate key '{key}'; first at line {first_lines[key]}")
            child = None
        else:
            first_lines[key] = key_event.start_mark.line + 1
        if child is not None:
            self.source.keys[child] = _mark(key_event)
        value = self._value(child, depth + 1)
        if child is not None:
            mapping[key] = value

    def _node_event(self, path: str | None) -> NodeEvent:
        """The next node's event, counted; aliases stop the reading, anchors are reported."""
        event = self.events.get_event()
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self._stop(event, f"more than {MAX_NODES:,} keys and values", path)
        if isinstance(event, AliasEvent):
            raise self._stop(event, f"YAML alias '*{event.anchor}' is not allowed; write the value out in full", path)
        if event.anchor is not None:
            self._report(event, path, f"YAML anchor '&{event.anchor}' is not allowed")
        return event

    def _scalar(self, event: ScalarEvent, path: str | None) -> Any:
        """A scalar as YAML 1.1 reads it, except that dates stay text, as in the data's JSON form."""
        value = event.value
        if len(value) > MAX_TEXT_CHARS:
            return self._refuse(event, path, f"a text of {len(value):,} characters; the limit is {MAX_TEXT_CHARS:,}")
        if not self._tag_allowed(event, _SCALAR_KINDS, path):
            return self._refuse(event, path, None)
        tag = event.tag if event.tag not in (None, "!") else self.events.resolve(yaml.ScalarNode, value, event.implicit)
        kind = tag.removeprefix(_CORE)
        if kind == "null":
            return None
        if kind == "bool":
            if value.lower() in _NUMBERS.bool_values:
                return _NUMBERS.bool_values[value.lower()]
            return self._refuse(event, path, f"'{value}' is not true or false")
        if kind in ("int", "float"):
            return self._number(event, kind, path)
        return value

    def _number(self, event: ScalarEvent, kind: str, path: str | None) -> Any:
        """An integer or a float in any YAML 1.1 form (hex, octal, binary, 1:30), if short and finite."""
        value = event.value
        if len(value) > MAX_NUMBER_CHARS:
            return self._refuse(event, path, f"a number of {len(value):,} characters; the limit is {MAX_NUMBER_CHARS}")
        node = yaml.ScalarNode(_CORE + kind, value)
        try:
            number = _NUMBERS.construct_yaml_int(node) if kind == "int" else _NUMBERS.construct_yaml_float(node)
        except (ValueError, IndexError):
            return self._refuse(event, path, f"'{value}' is not a number")
        if not math.isfinite(number):
            return self._refuse(event, path, f"'{value}' is not a finite number")
        return number

    def _tag_allowed(self, event: NodeEvent, kinds: tuple[str, ...], path: str | None) -> bool:
        """Only YAML's core tags (``!!str``, ``!!int``…) may be written out; others are reported."""
        tag = event.tag
        if tag in (None, "!") or (tag.startswith(_CORE) and tag.removeprefix(_CORE) in kinds):
            return True
        shown = "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag
        self._report(event, path, f"YAML tag '{shown}' is not allowed here")
        return False

    def _refuse(self, event: NodeEvent, path: str | None, message: str | None) -> None:
        """Report a value the data cannot hold; it reads as None and later checks stay silent on it."""
        if message:
            self._report(event, path, message)
        if path is not None:
            self.source.refused.add(path)

    def _report(self, event: NodeEvent, path: str | None, message: str) -> None:
        """Record a problem at ``event``; nothing inside a value already dropped is reported again."""
        if path is not None:
            line, column = _mark(event)
            self.problems.append(Problem(self.source.file, line, column, message, path))

    def _stop(self, event: Any, message: str, path: str | None = "") -> DataError:
        line, column = _mark(event)
        return _refusal(self.source.file, line, column, message, path)


def _mark(event: Any) -> tuple[int, int]:
    return event.start_mark.line + 1, event.start_mark.column + 1
