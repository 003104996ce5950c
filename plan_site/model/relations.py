"""The decision's own relations, read from its text: what it is based on, implements and cites."""

from __future__ import annotations

from typing import TYPE_CHECKING

from plan_site.model.text import slug
from plan_site.model.types import LANGS, Article, Cite, End, Passage, Relation, Statement, Text

if TYPE_CHECKING:  # the plan holds its relations (Plan.relations calls this module): a type only, no import cycle
    from plan_site.model.plan import Plan

# A legal basis of a Vietnamese decision is a line of its preamble that opens with these words; a line
# "Theo đề nghị của …" names the proposal the decision answers, which the decision cites.
BASIS_OPENING = "Căn cứ"


def decision_relations(plan: Plan) -> tuple[Relation, ...]:
    """The decision's own relations, from its text: the one rule the pages, metadata and plan.json share.

    - basis: what a preamble line opening with "Căn cứ" cites (other lines, "Theo đề nghị …", are cited);
    - implements: what Article 1, which promulgates the Plan, says it implements;
    - cites: every other instrument a passage cites, with the pinpoints the text gives.
    A passage that names an instrument only as what another instrument it cites implements (a recorded
    relation: "Decision 1472/QĐ-TTg … implementing Resolution 121/2020/QH14") cites it, and no more.
    """
    implementers: dict[str, set[str]] = {}  # instrument to the instruments recorded as implementing it
    for r in plan.recorded_relations:
        if r.type == "implements":
            implementers.setdefault(r.target.id, set()).add(r.source.id)
    found: dict[str, list[tuple[Passage | Article, Cite]]] = {"basis": [], "implements": [], "cites": []}
    decision = plan.decision
    lines = [(b, "basis" if b.text.vi.startswith(BASIS_OPENING) else "cites") for b in decision.bases]
    lines += [(a, "implements" if i == 0 else "cites") for i, a in enumerate(decision.articles)]
    bases = {id(b) for b in decision.bases}
    lines += [(p, "cites") for p in plan.passages() if id(p) not in bases]
    for passage, kind in lines:
        known = [c for c in passage.cites if c.instrument in plan.instruments]  # the validator reports the others
        cited = {c.instrument for c in known}
        for cite in known:
            through_other = any(other in cited and other != cite.instrument
                                for other in implementers.get(cite.instrument, ()))
            found["cites" if through_other else kind].append((passage, cite))
    relations, related = [], set()
    for kind in ("basis", "implements", "cites"):
        by_instrument: dict[str, list[Statement]] = {}
        for passage, cite in found[kind]:
            if kind == "cites" and cite.instrument in related:
                continue  # already its basis or what it implements
            by_instrument.setdefault(cite.instrument, []).append(_statement(plan, passage, cite))
        for instrument_id, statements in by_instrument.items():
            relations.append(Relation(f"{decision_slug(plan)}-{kind}-{instrument_id}", kind, plan.decision_end,
                                      End("instrument", instrument_id), decision.date, "text", tuple(statements)))
        related |= set(by_instrument)
    return tuple(relations)


def decision_slug(plan: Plan) -> str:
    """The decision's id in the form instrument ids take: "145/QĐ-UBND" of 2021 → ``qd-145-qd-ubnd-2021``."""
    kind = "".join(word[0] for word in slug(plan.decision.kind.vi).split("-"))
    return f"{kind}-{slug(plan.decision.number)}-{plan.decision.date[:4]}"


def _statement(plan: Plan, passage: Passage | Article, cite: Cite) -> Statement:
    """A citation as a statement: the words by which the passage names the instrument, in both languages."""
    instrument = plan.instruments[cite.instrument]
    quote = Text(*(_named(passage.text[lang], instrument.aliases[lang]) for lang in LANGS))
    return Statement(passage.id, quote, cite.pinpoint)


def _named(text: str, names: tuple[str, ...]) -> str:
    """The words of ``text`` that name the instrument, as written (the validator makes sure there are some)."""
    lowered = text.lower()
    for name in sorted(names, key=len, reverse=True):
        start = lowered.find(name.lower())
        if start >= 0:
            return text[start : start + len(name)]
    return names[0]
