"""What a report template says, read from the data: who reports to whom, the Plan's reporting duty, and
where each body's work sits since 2025 (the relations registry), in the words of a Vietnamese report."""

from __future__ import annotations

import re

from plan_site.model.citation import paragraph_pinpoint
from plan_site.model.dates import reader_date
from plan_site.model.plan import Plan
from plan_site.model.reporting import successions
from plan_site.model.types import Body, Duty, Note, Passage, Report
from plan_site.outputs.open_data import deadline_text, target_text
from plan_site.site.labels import t

BLANK = "……"
LINE_BLANK = "……………………"


def names_a_class(body: Body) -> bool:
    """Whether the "body" is a class of bodies that each report for themselves ("Các tổ chức xã hội")."""
    return body.kind == "group" or re.search(r"(?<!\w)các(?!\w)", body.name.vi, re.IGNORECASE) is not None


def header_names(plan: Plan, body: Body) -> tuple[str, str]:
    """The two lines top left: the superior body and the issuing body, in capitals, or blanks to fill."""
    superior = LINE_BLANK
    if body.kind == "department":  # Decree 30 allows "UBND" for the superior committee's name
        superior = plan.decision.authority.vi.upper().replace("ỦY BAN NHÂN DÂN", "UBND")
    own = LINE_BLANK if names_a_class(body) else body.name.vi.upper()
    return superior, own


def reporting_duty(plan: Plan) -> tuple[Passage, Report] | None:
    """The Plan's duty to report on it: a report record of a paragraph of the closing parts (Part IV),
    the annual one if there is one."""
    found = [(p, r) for part in plan.document.parts for p in part.paragraphs for r in p.reports]
    return next((x for x in found if x[1].frequency == "annual"), found[0] if found else None)


def passage_pinpoint(passage: Passage) -> str:
    """Where a paragraph of a part sits, as citations write it: ``IV.1`` → "mục 1, phần IV"."""
    return paragraph_pinpoint(passage, "vi")


def recipients(plan: Plan, body: Body) -> list[str]:
    """The bodies the reporting duty names as recipients, as the Plan names them, less the reporting body."""
    duty = reporting_duty(plan)
    return [b for b in duty[1].to if b != body.id] if duty else []


def note_meta(note: Note) -> str:
    """A note's sources, as-of date and confidence, in plain text."""
    sources = "; ".join(f"{s.publisher}, “{s.title}” ({reader_date(s.date, 'vi')})" for s in note.sources)
    return (f"{t('source', 'vi')}: {sources}; {t('as_of', 'vi')} {reader_date(note.as_of, 'vi')}; "
            f"{t('confidence', 'vi')}: {t('confidence_' + note.confidence, 'vi')}.")


def since_2025_lines(plan: Plan, body_id: str) -> list[str]:
    """Where a body's work sits since 2025: each succession with its date and note, or the body's own note."""
    lines = []
    for relation in successions(plan, body_id):
        source, target = plan.body(relation.source.id).name.vi, plan.body(relation.target.id).name.vi
        line = f"{source} → {target} (từ ngày {reader_date(relation.date, 'vi')})"
        if relation.note:
            line += f": {relation.note.text.vi} {note_meta(relation.note)}"
        lines.append(line)
    if not lines:
        note = plan.body(body_id).since_2025
        if note:
            lines.append(f"{plan.body(body_id).name.vi}: {note.text.vi} {note_meta(note)}")
    return lines


def targets_and_reports(plan: Plan, duty: Duty) -> list[str]:
    """A duty's targets and reporting obligations, as the data gives them, one per line."""
    lines = [target_text(x, "vi") for x in duty.targets]
    if duty.reports:
        lines.append(deadline_text(plan, duty, "vi"))
    return lines
