"""The decision and plan as one sequence of printed pieces, in document order.

One walk over the document serves everything that reproduces it: the fidelity check reassembles
the Vietnamese from it, the original-text page lays it out, the side-by-side page aligns the two
languages row by row. A piece knows what it is and how the document numbers it, not how it looks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from plan_site.model.plan import Plan
from plan_site.model.types import Assignment, Lang, Passage, Text

Kind = Literal[
    "header", "decision", "decision-title", "authority", "basis", "enacting", "article", "signature",
    "plan", "plan-title", "attachment", "preamble", "part", "section", "item", "key-task", "assignment",
    "duty", "paragraph",
]
HEADER_LINES = ("issuer_name", "national_name", "motto", "number_line", "place_date")  # as the original reads
SIGNATURE_LINES = ("capacity", "on_behalf", "title")


@dataclass(frozen=True)
class Piece:
    """One printed piece: a heading, a passage, or a block of lines (the header, the signature)."""

    kind: Kind
    text: Text
    anchor: str = ""
    number: str = ""  # the numbering printed before the text: "III", "2"
    label: Text | None = None  # an article's "Điều 1." / "Article 1."
    bullet: bool = False  # printed as a dash item
    lines: dict[str, Text] = field(default_factory=dict)  # the header's or signature's lines, by name
    passage: Passage | None = None
    assignment: Assignment | None = None
    path: str = ""  # where the text sits in the data, for messages: "plan.parts[2].assignments[0].heading"

    def prefix(self, lang: Lang, dash: str = "- ") -> str:
        """What the document prints before the text: the number, an article's label, or a dash."""
        prefix = f"{self.number}. " if self.number else ""
        if self.label is not None:
            prefix += f"{self.label[lang]} "
        return prefix + dash if self.bullet else prefix

    def printed(self, lang: Lang, dash: str = "- ") -> str:
        """The piece as the document prints it: its prefix, then its text."""
        return self.prefix(lang, dash) + self.text[lang]


def pieces(plan: Plan) -> Iterator[Piece]:
    """Every piece of the decision, then of the plan, in the order the original prints them."""
    d, doc = plan.decision, plan.document
    yield _block("header", {key: d.header[key] for key in HEADER_LINES}, "decision.header")
    yield Piece("decision", d.kind, anchor="decision", path="decision.kind")
    yield Piece("decision-title", d.title, path="decision.title")
    yield Piece("authority", d.authority, path="decision.authority")
    yield from (Piece("basis", b.text, b.anchor, passage=b, path=f"decision.bases[{i}].text")
                for i, b in enumerate(d.bases))
    yield Piece("enacting", d.enacting_formula, path="decision.enacting_formula")
    yield from (Piece("article", a.text, a.id, label=a.label, path=f"decision.articles[{i}].text")
                for i, a in enumerate(d.articles))
    signature = {key: d.signature[key] for key in SIGNATURE_LINES}
    yield _block("signature", {**signature, "signer": Text(d.signer, d.signer)}, "decision.signature")
    yield Piece("plan", doc.kind, anchor="plan", path="plan.kind")
    yield Piece("plan-title", doc.title, path="plan.title")
    yield Piece("attachment", doc.attachment_line, path="plan.attachment_line")
    yield Piece("preamble", doc.preamble.text, doc.preamble.anchor, passage=doc.preamble, path="plan.preamble.text")
    for p, part in enumerate(doc.parts):
        at = f"plan.parts[{p}]"
        yield Piece("part", part.heading, part.anchor, number=part.id, path=f"{at}.heading")
        for n, section in enumerate(part.sections):
            yield Piece("section", section.heading, section.anchor, number=str(n + 1),
                        path=f"{at}.sections[{n}].heading")
            yield from (Piece("item", i.text, i.anchor, bullet=True, passage=i,
                              path=f"{at}.sections[{n}].items[{k}].text")
                        for k, i in enumerate(section.items))
        yield from (Piece("key-task", k.text, k.anchor, number=str(n + 1), passage=k, path=f"{at}.key_tasks[{n}].text")
                    for n, k in enumerate(part.key_tasks))
        for n, assignment in enumerate(part.assignments):
            yield Piece("assignment", assignment.heading, assignment.anchor, number=str(assignment.number),
                        assignment=assignment, path=f"{at}.assignments[{n}].heading")
            bullet = assignment.layout != "paragraph"
            yield from (Piece("duty", duty.text, duty.anchor, bullet=bullet, passage=duty, assignment=assignment,
                              path=f"{at}.assignments[{n}].duties[{k}].text")
                        for k, duty in enumerate(assignment.duties))
        yield from (Piece("paragraph", para.text, para.anchor, passage=para, path=f"{at}.paragraphs[{n}].text")
                    for n, para in enumerate(part.paragraphs))


def _block(kind: Kind, lines: dict[str, Text], path: str) -> Piece:
    """A block of lines (header, signature): its text is the lines in order, one per line."""
    joined = Text("\n".join(t.vi for t in lines.values()), "\n".join(t.en for t in lines.values()))
    return Piece(kind, joined, lines=lines, path=path)
