"""Who reports to whom, and where a body's work sits today: queries over the plan's reports and relations.

A report record on a duty binds the duty's body. A report record on a paragraph of a closing part (Part IV,
"Tổ chức thực hiện") binds no one body: the paragraph addresses every agency the Plan assigns work to, so
its reports reach every assignment (less a body the paragraph names as a recipient: no one reports to
itself). Where a body's work sits today follows the ``succeeded-by`` relations of the registry to their
ends: the relations are editorial, dated and sourced, and the pages say so.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from plan_site.model.types import Assignment, End, Passage, Relation, Report

if TYPE_CHECKING:  # a type only: plan.py needs nothing from here
    from plan_site.model.plan import Plan

SUCCEEDED_BY = "succeeded-by"


@dataclass(frozen=True)
class Reporting:
    """One reporting obligation as a reader asks about it: who reports (a body, or every agency when
    ``reporter`` is None), to whom, how often (``report.frequency``), and where the text says so."""

    passage: Passage
    report: Report
    reporter: str | None
    to: tuple[str, ...]

    @property
    def general(self) -> bool:
        """Whether the obligation binds every agency (a paragraph of a closing part), not one duty's body."""
        return self.reporter is None


def general_passages(plan: Plan) -> list[Passage]:
    """Paragraphs of the document's parts that carry reports: obligations of every agency."""
    return [p for part in plan.document.parts for p in part.paragraphs if p.reports]


def every_reporting(plan: Plan) -> list[Reporting]:
    """Every reporting obligation, in document order: the duties', then the general paragraphs'."""
    found = [Reporting(d, r, d.body, r.to) for d in plan.duties for r in d.reports]
    found += [Reporting(p, r, None, r.to) for p in general_passages(plan) for r in p.reports]
    return found


def reporting_of(plan: Plan, assignment: Assignment) -> list[Reporting]:
    """What an assignment must report: its duties' reports, then every general paragraph's, less the
    recipients that are the assignment's own bodies (a report with no one left to receive it is dropped)."""
    own = [Reporting(d, r, d.body, r.to) for d in assignment.duties for r in d.reports]
    general = []
    for passage in general_passages(plan):
        for report in passage.reports:
            to = tuple(b for b in report.to if b not in assignment.bodies)
            if to:
                general.append(Reporting(passage, report, None, to))
    return own + general


def reporting_by_passage(items: list[Reporting]) -> list[list[Reporting]]:
    """Obligations grouped by the passage that states them, in order: a paragraph's annual and ad hoc
    reports are one obligation with two frequencies."""
    groups: dict[str, list[Reporting]] = {}
    for item in items:
        groups.setdefault(item.passage.id, []).append(item)
    return list(groups.values())


def reporting_roles(plan: Plan) -> tuple[str, ...]:
    """The roles that mean reporting, read from the data: those every duty with a report record carries."""
    duties = [d for d in plan.duties if d.reports]
    if not duties:
        return ()
    return tuple(r for r in duties[0].roles if all(r in d.roles for d in duties))


def successions(plan: Plan, body_id: str) -> Iterator[Relation]:
    """The ``succeeded-by`` relations leading from a body, followed along the chain (LĐTBXH → Y tế → …)."""
    seen, queue = {body_id}, [body_id]
    while queue:
        current = queue.pop(0)
        for relation in plan.relations:
            if relation.type == SUCCEEDED_BY and relation.source == End("body", current):
                yield relation
                if relation.target.id not in seen:
                    seen.add(relation.target.id)
                    queue.append(relation.target.id)


def successors_today(plan: Plan, body_id: str) -> list[tuple[Relation, ...]]:
    """Where a body's work sits today: one chain of relations per end of its successions, first step first
    (empty if the registry records no successor)."""
    chains: list[tuple[Relation, ...]] = []

    def follow(current: str, path: tuple[Relation, ...]) -> None:
        steps = [r for r in plan.relations if r.type == SUCCEEDED_BY and r.source == End("body", current)]
        steps = [r for r in steps if all(r.target.id != p.source.id for p in path)]  # no cycles
        if not steps:
            if path:
                chains.append(path)
            return
        for step in steps:
            follow(step.target.id, (*path, step))

    follow(body_id, ())
    return chains
