"""Reassemble the Vietnamese text from the model and compare it with the original, sentence by sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from os.path import commonprefix

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


def vietnamese_lines(plan: Plan) -> Iterator[tuple[str, str]]:
    """The Vietnamese text in document order, with the numbering the document prints, each with its data path."""
    d, doc = plan.decision, plan.document
    for key in ("issuer_name", "national_name", "motto", "number_line", "place_date"):
        yield f"decision.header.{key}.vi", d.header[key].vi
    for key in ("kind", "title", "authority"):
        yield f"decision.{key}.vi", getattr(d, key).vi
    for i, basis in enumerate(d.bases):
        yield f"decision.bases[{i}].text.vi", basis.text.vi
    yield "decision.enacting_formula.vi", d.enacting_formula.vi
    for i, article in enumerate(d.articles):
        yield f"decision.articles[{i}].text.vi", f"{article.label.vi} {article.text.vi}"
    for key in ("capacity", "on_behalf", "title"):
        yield f"decision.signature.{key}.vi", d.signature[key].vi
    yield "decision.signature.signer", d.signer
    for key in ("kind", "title", "attachment_line"):
        yield f"plan.{key}.vi", getattr(doc, key).vi
    yield "plan.preamble.text.vi", doc.preamble.text.vi
    for i, part in enumerate(doc.parts):
        at = f"plan.parts[{i}]"
        yield f"{at}.heading.vi", f"{part.id}. {part.heading.vi}"
        for n, section in enumerate(part.sections):
            yield f"{at}.sections[{n}].heading.vi", f"{n + 1}. {section.heading.vi}"
            for k, item in enumerate(section.items):
                yield f"{at}.sections[{n}].items[{k}].text.vi", f"- {item.text.vi}"
        for n, task in enumerate(part.key_tasks):
            yield f"{at}.key_tasks[{n}].text.vi", f"{n + 1}. {task.text.vi}"
        for n, assignment in enumerate(part.assignments):
            yield f"{at}.assignments[{n}].heading.vi", f"{assignment.number}. {assignment.heading.vi}"
            bullet = "" if assignment.layout == "paragraph" else "- "
            for k, duty in enumerate(assignment.duties):
                yield f"{at}.assignments[{n}].duties[{k}].text.vi", f"{bullet}{duty.text.vi}"
        for n, paragraph in enumerate(part.paragraphs):
            yield f"{at}.paragraphs[{n}].text.vi", paragraph.text.vi


class _Reassembled:
    """Texts folded into one and split into sentences, as ``sentences`` splits the original,
    remembering which data path each stretch of the text came from."""

    def __init__(self, lines: Iterable[tuple[str, str]]) -> None:
        self.starts: list[int] = []
        self.paths: list[str] = []
        pieces: list[str] = []
        offset = 0
        for path, line in lines:
            folded = fold(line)
            if folded:
                self.starts.append(offset)
                self.paths.append(path)
                pieces.append(folded)
                offset += len(folded) + 1
        self.text = " ".join(pieces)
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
