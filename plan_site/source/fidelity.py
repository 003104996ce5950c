"""Reassemble the Vietnamese text from the model and compare it with the original, sentence by sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from os.path import commonprefix

from plan_site.model.document import pieces
from plan_site.model.plan import Plan

_TABLE_RULE = re.compile(r"^\s*(\||-{3,})\s*$")
_SENTENCE_END = re.compile(r"(?<=[.;:!?…])\s+")


def fold(text: str) -> str:
    """Drop the original's table rules, fold line breaks and runs of white space into single spaces."""
    lines = [line for line in text.splitlines() if not _TABLE_RULE.match(line)]
    return " ".join(" ".join(lines).split())


def sentences(text: str) -> list[str]:
    """Split folded text after sentence and clause punctuation."""
    return [s for s in _SENTENCE_END.split(fold(text)) if s]


def vietnamese_lines(plan: Plan) -> Iterator[tuple[str, str]]:
    """The Vietnamese text in document order, with the numbering the document prints, each with its data path."""
    for piece in pieces(plan):
        if not piece.lines:
            yield f"{piece.path}.vi", piece.printed("vi")
        for key, text in piece.lines.items():  # the header's and signature's lines, one by one
            yield ("decision.signer" if key == "signer" else f"{piece.path}.{key}.vi"), text.vi


class _Reassembled:
    """Texts folded into one and split into sentences, as ``sentences`` splits the original,
    remembering which data path each stretch of the text came from."""

    def __init__(self, lines: Iterable[tuple[str, str]]) -> None:
        self.starts: list[int] = []
        self.paths: list[str] = []
        texts: list[str] = []
        offset = 0
        for path, line in lines:
            folded = fold(line)
            if folded:
                self.starts.append(offset)
                self.paths.append(path)
                texts.append(folded)
                offset += len(folded) + 1
        self.text = " ".join(texts)
        self.sentences: list[tuple[int, str]] = []  # (offset in text, sentence)
        begin = 0
        for match in [*_SENTENCE_END.finditer(self.text), None]:
            end = match.start() if match else len(self.text)
            if end > begin:
                self.sentences.append((begin, self.text[begin:end]))
            begin = match.end() if match else end

    def path_at(self, offset: int) -> str:
        """The data path of the text that holds ``offset``."""
        return self.paths[max(0, bisect_right(self.starts, offset) - 1)] if self.paths else ""


@dataclass(frozen=True)
class Difference:
    """The first sentence where the data departs from the original, and the data path where they part."""

    index: int
    expected: str
    actual: str
    path: str = ""

    def excerpts(self, context: int = 30, width: int = 90) -> tuple[str, str]:
        """Both sentences from just before the point where they part, so a long sentence shows its change."""
        common = len(commonprefix([self.expected, self.actual]))
        start = self.expected.rfind(" ", 0, max(0, common - context)) + 1  # at a word's start
        return _excerpt(self.expected, start, width), _excerpt(self.actual, start, width)

    def __str__(self) -> str:
        return (f"sentence {self.index + 1} differs:\n  original: {self.expected!r}\n"
                f"  data:     {self.actual!r}")


def compare(original: str, plan: Plan) -> Difference | None:
    """The first sentence where the data departs from the original, located at the data path where they
    part; None if they are equal."""
    return _first_difference(original, _Reassembled(vietnamese_lines(plan)))


def compare_text(original: str, text: str) -> Difference | None:
    """The first sentence where a reassembled text (read back from Akoma Ntoso, say) departs from the
    original, or None if they are equal."""
    return _first_difference(original, _Reassembled([("", text)]))


def _first_difference(original: str, data: _Reassembled) -> Difference | None:
    expected = sentences(original)
    for index in range(max(len(expected), len(data.sentences))):
        want = expected[index] if index < len(expected) else "(end of text)"
        begin, got = data.sentences[index] if index < len(data.sentences) else (len(data.text), "(end of text)")
        if want != got:
            parting = begin + len(commonprefix([want, got]))
            return Difference(index, want, got, data.path_at(parting))
    return None


def _excerpt(text: str, start: int, width: int) -> str:
    end = text.find(" ", start + width)  # at a word's end
    end = len(text) if end < 0 else end
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
