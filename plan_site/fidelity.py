"""Reassemble the Vietnamese text from the model and compare it with the original, sentence by sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .document import pieces
from .model import Plan

_TABLE_RULE = re.compile(r"^\s*(\||-{3,})\s*$")
_SENTENCE_END = re.compile(r"(?<=[.;:!?…])\s+")


def fold(text: str) -> str:
    """Drop the original's table rules, fold line breaks and runs of white space into single spaces."""
    lines = [line for line in text.splitlines() if not _TABLE_RULE.match(line)]
    return " ".join(" ".join(lines).split())


def sentences(text: str) -> list[str]:
    """Split folded text after sentence and clause punctuation."""
    return [s for s in _SENTENCE_END.split(fold(text)) if s]


def vietnamese_lines(plan: Plan) -> Iterator[str]:
    """The Vietnamese text in document order, with the numbering the document prints."""
    return (piece.printed("vi") for piece in pieces(plan))


@dataclass(frozen=True)
class Difference:
    index: int
    expected: str
    actual: str

    def __str__(self) -> str:
        return (f"sentence {self.index + 1} differs:\n  original: {self.expected!r}\n"
                f"  data:     {self.actual!r}")


def compare(original: str, plan: Plan) -> Difference | None:
    """The first sentence where the data departs from the original, or None if they are equal."""
    return compare_text(original, "\n".join(vietnamese_lines(plan)))


def compare_text(original: str, text: str) -> Difference | None:
    """The first sentence where a reassembled text (from the data, or read back from Akoma Ntoso)
    departs from the original, or None if they are equal."""
    expected = sentences(original)
    actual = sentences(text)
    for index in range(max(len(expected), len(actual))):
        want = expected[index] if index < len(expected) else "(end of text)"
        got = actual[index] if index < len(actual) else "(end of text)"
        if want != got:
            return Difference(index, want, got)
    return None
