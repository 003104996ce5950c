"""The whole decision and plan: its records and registries, and the lookups every layer uses."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from plan_site.model.relations import decision_relations
from plan_site.model.types import (
    Article,
    Assignment,
    Body,
    Change,
    Decision,
    Duty,
    End,
    Instrument,
    KeyTask,
    Meta,
    Named,
    Part,
    Passage,
    PlanDocument,
    Relation,
    Rendering,
    Term,
)


@dataclass
class Plan:
    """The whole decision and plan, with registries and derived indexes."""

    meta: Meta
    decision: Decision
    document: PlanDocument
    bodies: dict[str, Body]
    instruments: dict[str, Instrument]
    roles: dict[str, Named]
    themes: dict[str, Named]
    glossary: tuple[Term, ...]
    terms: tuple[Rendering, ...] = ()
    raw: dict[str, Any] = field(repr=False, default_factory=dict)
    # The relations registry (data/duties.yaml `relations`), and the documents and bodies it describes
    # that are not in the registries the pages are generated from.
    recorded_relations: tuple[Relation, ...] = ()
    other_instruments: dict[str, Instrument] = field(default_factory=dict)
    other_bodies: dict[str, Body] = field(default_factory=dict)
    changelog: tuple[Change, ...] = ()  # newest first

    @cached_property
    def relations(self) -> tuple[Relation, ...]:
        """Every typed relation: the decision's own, derived from its text (model/relations.py), then the
        recorded ones. Derived when first asked for, so building a plan to check it costs no search of its texts."""
        return decision_relations(self) + self.recorded_relations

    @property
    def decision_end(self) -> End:
        return End("decision", self.decision.number)


    def decision_relations_to(self, instrument_id: str) -> list[Relation]:
        """How the decision relates to one instrument (basis, implements or cites)."""
        end = End("instrument", instrument_id)
        return [r for r in self.relations if r.source == self.decision_end and r.target == end]

    def instrument(self, instrument_id: str) -> Instrument:
        """An instrument of the registry or one the relations describe."""
        return self.instruments.get(instrument_id) or self.other_instruments[instrument_id]

    def body(self, body_id: str) -> Body:
        """A body of the registry or one the relations describe."""
        return self.bodies.get(body_id) or self.other_bodies[body_id]

    def part(self, part_id: str) -> Part:
        return next(p for p in self.document.parts if p.id == part_id)

    @cached_property
    def assignments(self) -> tuple[Assignment, ...]:
        return self.part("III").assignments

    @cached_property
    def key_tasks(self) -> tuple[KeyTask, ...]:
        return self.part("II").key_tasks

    @property
    def duties(self) -> Iterator[Duty]:
        for assignment in self.assignments:
            yield from assignment.duties

    @cached_property
    def duty_index(self) -> dict[str, Duty]:
        return {duty.id: duty for duty in self.duties}

    @cached_property
    def passage_index(self) -> dict[str, Passage]:
        return {passage.id: passage for passage in self.passages()}

    def assignment_by_slug(self, slug: str) -> Assignment:
        return next(a for a in self.assignments if a.slug == slug)

    def assignment_of(self, duty: Duty) -> Assignment:
        return next(a for a in self.assignments if a.id == duty.assignment)

    def passages(self) -> Iterator[Passage]:
        """Every passage in document order."""
        yield from self.decision.bases
        yield from self._document_passages()

    def texts(self) -> Iterator[Passage | Article]:
        """Every record that carries text and may cite instruments: the passages, and the decision's articles
        after its bases, in the file's order (what the validator checks)."""
        yield from self.decision.bases
        yield from self.decision.articles
        yield from self._document_passages()

    def _document_passages(self) -> Iterator[Passage]:
        yield self.document.preamble
        for part in self.document.parts:
            for section in part.sections:
                yield from section.items
            yield from part.key_tasks
            for assignment in part.assignments:
                yield from assignment.duties
            yield from part.paragraphs

    def assignment_for_body(self, body_id: str) -> Assignment | None:
        """The assignment a body carries, if it has one of its own."""
        return next((a for a in self.assignments if body_id in a.bodies), None)

    def duties_with_partner(self, body_id: str) -> list[Duty]:
        """Duties of other bodies that name ``body_id`` as a partner: where others must work with it."""
        return [d for d in self.duties if body_id in d.partners]

    def citing_passages(self, instrument_id: str) -> list[Passage]:
        return [p for p in self.passages() if any(c.instrument == instrument_id for c in p.cites)]
