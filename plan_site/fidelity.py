"""Reassemble the Vietnamese text from the model and compare it with the original, sentence by sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

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
    d, doc = plan.decision, plan.document
    for key in ("issuer_name", "national_name", "motto", "number_line", "place_date"):
        yield d.header[key].vi
    yield from (d.kind.vi, d.title.vi, d.authority.vi)
    yield from (basis.text.vi for basis in d.bases)
    yield d.enacting_formula.vi
    for article in d.articles:
        yield f"{article.label.vi} {article.text.vi}"
    yield from (d.signature[k].vi for k in ("capacity", "on_behalf", "title"))
    yield d.signer
    yield from (doc.kind.vi, doc.title.vi, doc.attachment_line.vi, doc.preamble.text.vi)
    for part in doc.parts:
        yield f"{part.id}. {part.heading.vi}"
        for n, section in enumerate(part.sections, 1):
            yield f"{n}. {section.heading.vi}"
            yield from (f"- {item.text.vi}" for item in section.items)
        yield from (f"{n}. {task.text.vi}" for n, task in enumerate(part.key_tasks, 1))
        for assignment in part.assignments:
            yield f"{assignment.number}. {assignment.heading.vi}"
            bullet = "" if assignment.layout == "paragraph" else "- "
            yield from (f"{bullet}{duty.text.vi}" for duty in assignment.duties)
        yield from (paragraph.text.vi for paragraph in part.paragraphs)


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
