"""The plan as typed records, built from validated data, with every cross-reference resolved.

Nothing here knows about MkDocs: the same model feeds the site, the open-data files and tests.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, Lang] = ("vi", "en")


@dataclass(frozen=True)
class Text:
    """The same words in Vietnamese (authoritative) and English (unofficial translation)."""

    vi: str
    en: str

    def __getitem__(self, lang: Lang) -> str:
        return self.vi if lang == "vi" else self.en

    @classmethod
    def of(cls, raw: dict[str, str] | None) -> Text | None:
        return cls(raw["vi"], raw["en"]) if raw else None


@dataclass(frozen=True)
class Source:
    """Where an editorial fact was read: who published what, when, and where to read it."""

    publisher: str
    title: str
    date: str
    url: str | None = None
    lang: Lang = "en"


@dataclass(frozen=True)
class Note:
    """An editorial note: not legal text; carries its sources and the date it holds for."""

    text: Text
    sources: tuple[Source, ...]
    as_of: str
    confidence: str

    @classmethod
    def of(cls, raw: dict[str, Any] | None) -> Note | None:
        if not raw:
            return None
        sources = tuple(Source(s["publisher"], s["title"], s["date"], s.get("url"), s.get("lang", "en"))
                        for s in raw["sources"])
        return cls(Text.of(raw["text"]), sources, raw["as_of"], raw["confidence"])


@dataclass(frozen=True)
class Candidate:
    """The document the editors believe an unnumbered instrument means: editorial, never the text's."""

    type: str
    number: str | None
    date: str | None
    issuer: Text
    title: Text


@dataclass(frozen=True)
class Identification(Note):
    """How an instrument was identified, and for an unnumbered one the editors' candidate document."""

    candidate: Candidate | None = None

    @classmethod
    def of(cls, raw: dict[str, Any] | None) -> Identification | None:
        note = Note.of(raw)
        if note is None:
            return None
        found = raw.get("candidate")
        candidate = None
        if found:
            candidate = Candidate(found["type"], found["number"], found["date"], Text.of(found["issuer"]),
                                  Text.of(found["title"]))
        return cls(note.text, note.sources, note.as_of, note.confidence, candidate)


@dataclass(frozen=True)
class Named:
    """A registry entry with a bilingual name: a role or a theme."""

    id: str
    name: Text
    verbs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Term:
    """A glossary entry."""

    id: str
    term: Text
    definition: Text


@dataclass(frozen=True)
class Rendering:
    """A term-base entry: the one English rendering of a Vietnamese term, with accepted variants."""

    id: str
    term: Text
    variants: tuple[str, ...] = ()
    note: Text | None = None


@dataclass(frozen=True)
class Body:
    """A body the text names: assigned duties, or only mentioned."""

    id: str
    name: Text
    kind: str
    since_2025: Note | None = None


@dataclass(frozen=True)
class Link:
    url: str
    label: Text
    verified: bool


@dataclass(frozen=True)
class Instrument:
    """A legal instrument the decision or plan cites."""

    id: str
    type: str
    number: str | None
    date: str | None
    issuer: str | None
    title: Text
    aliases: dict[str, tuple[str, ...]]
    links: tuple[Link, ...]
    status: Note | None
    identification: Identification | None
    legal_force: str = "unknown"


# A legal basis of a Vietnamese decision is a line of its preamble that opens with these words; a line
# "Theo đề nghị của …" names the proposal the decision answers, which the decision cites.
BASIS_OPENING = "Căn cứ"


@dataclass(frozen=True)
class End:
    """One end of a relation: the decision itself, an instrument or a body (in a registry, or described)."""

    kind: Literal["decision", "instrument", "body"]
    id: str


@dataclass(frozen=True)
class Statement:
    """Where the text states a relation: a passage, its exact words, and a pinpoint if it gives one."""

    passage: str
    quote: Text
    pinpoint: Text | None = None


@dataclass(frozen=True)
class Relation:
    """A typed relation, read "source <type> target" (e.g. Decision 1472/QĐ-TTg implements Resolution 121).

    From the text it carries the statements that give it; from the editors, a note with sources.
    """

    id: str
    type: str
    source: End
    target: End
    date: str
    origin: Literal["text", "editorial"]
    stated_in: tuple[Statement, ...] = ()
    note: Note | None = None

    def touches(self, end: End) -> bool:
        return end in (self.source, self.target)


@dataclass(frozen=True)
class Change:
    """One revision of the data (data/changelog.yaml): when, what kind, what it says, which records it touched."""

    id: str
    date: str
    kind: str
    title: Text
    summary: Text
    touches: tuple[str, ...]


@dataclass(frozen=True)
class Cite:
    instrument: str
    pinpoint: Text | None = None


@dataclass(frozen=True)
class Target:
    quote: Text
    value: float
    comparator: str
    unit: str


@dataclass(frozen=True)
class Report:
    to: tuple[str, ...]
    frequency: str
    quote: Text


@dataclass(frozen=True)
class Passage:
    """A numbered or anchored piece of text: a basis, article, item, key task, paragraph or duty."""

    id: str
    text: Text
    cites: tuple[Cite, ...] = ()
    reports: tuple[Report, ...] = ()
    partners: tuple[str, ...] = ()

    @property
    def anchor(self) -> str:
        """Stable HTML id: ``III.7.3`` becomes ``iii-7-3``."""
        return self.id.lower().replace(".", "-")


@dataclass(frozen=True)
class Duty(Passage):
    """One duty (one dash item) of an assignment in Part III."""

    body: str = ""
    assignment: str = ""
    roles: tuple[str, ...] = ()
    targets: tuple[Target, ...] = ()
    key_tasks: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()

    @property
    def number(self) -> int:
        return int(self.id.rsplit(".", 1)[1])


@dataclass(frozen=True)
class KeyTask(Passage):
    short_name: Text | None = None


@dataclass(frozen=True)
class Assignment:
    """A numbered item of Part III: one body, or a group of bodies, and their duties."""

    id: str
    slug: str
    heading: Text
    bodies: tuple[str, ...]
    layout: str
    duties: tuple[Duty, ...]

    @property
    def number(self) -> int:
        return int(self.id.split(".")[1])

    @property
    def anchor(self) -> str:
        return self.id.lower().replace(".", "-")


@dataclass(frozen=True)
class Section:
    id: str
    heading: Text
    items: tuple[Passage, ...]

    @property
    def anchor(self) -> str:
        return self.id.lower().replace(".", "-")


@dataclass(frozen=True)
class Part:
    id: str
    heading: Text
    sections: tuple[Section, ...] = ()
    key_tasks: tuple[KeyTask, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    paragraphs: tuple[Passage, ...] = ()

    @property
    def anchor(self) -> str:
        return f"part-{self.id.lower()}"


@dataclass(frozen=True)
class Article:
    id: str
    label: Text
    text: Text
    cites: tuple[Cite, ...] = ()


@dataclass(frozen=True)
class Decision:
    number: str
    date: str
    issuer: str
    header: dict[str, Text]
    kind: Text
    title: Text
    authority: Text
    bases: tuple[Passage, ...]
    enacting_formula: Text
    articles: tuple[Article, ...]
    signature: dict[str, Text]
    signer: str
    status: Note | None = None


@dataclass(frozen=True)
class PlanDocument:
    kind: Text
    title: Text
    attachment_line: Text
    preamble: Passage
    parts: tuple[Part, ...]


@dataclass(frozen=True)
class HelpLine:
    """A telephone line to call for a child: its number as dialled, its name, and its terms."""

    number: str
    name: Text
    service: Text | None = None


@dataclass(frozen=True)
class Help:
    """Help for a child now (editorial, not part of the plan): shown on every page."""

    hotline: HelpLine
    emergency: HelpLine
    note: Note


@dataclass(frozen=True)
class Meta:
    title: Text
    source_file: str
    last_checked: str
    notes: dict[str, Note]
    help: Help | None = None


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

    @property
    def decision_end(self) -> End:
        return End("decision", self.decision.number)

    @cached_property
    def relations(self) -> tuple[Relation, ...]:
        """Every typed relation: the decision's own, derived from its text, then the recorded ones."""
        return decision_relations(self) + self.recorded_relations

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

    def assignment_of(self, duty: Duty) -> Assignment:
        return next(a for a in self.assignments if a.id == duty.assignment)

    def passages(self) -> Iterator[Passage]:
        """Every passage in document order."""
        yield from self.decision.bases
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


def build_plan(raw: dict[str, Any], changelog: tuple[Change, ...] = ()) -> Plan:
    """Turn validated raw data (and its checked changelog) into the typed model."""
    d, p = raw["decision"], raw["plan"]
    decision = Decision(
        number=d["number"],
        date=d["date"],
        issuer=d["issuer"],
        header={k: Text.of(v) for k, v in d["header"].items()},
        kind=Text.of(d["kind"]),
        title=Text.of(d["title"]),
        authority=Text.of(d["authority"]),
        bases=tuple(_passage(b) for b in d["bases"]),
        enacting_formula=Text.of(d["enacting_formula"]),
        articles=tuple(
            Article(a["id"], Text.of(a["label"]), Text.of(a["text"]), _cites(a)) for a in d["articles"]
        ),
        signature={k: Text.of(v) for k, v in d["signature"].items() if k != "signer"},
        signer=d["signature"]["signer"],
        status=Note.of(d.get("editorial", {}).get("status")),
    )
    document = PlanDocument(
        kind=Text.of(p["kind"]),
        title=Text.of(p["title"]),
        attachment_line=Text.of(p["attachment_line"]),
        preamble=_passage(p["preamble"]),
        parts=tuple(_part(part) for part in p["parts"]),
    )
    m = raw["meta"]
    return Plan(
        meta=Meta(Text.of(m["title"]), m["source_file"], m["last_checked"],
                  {k: Note.of(v) for k, v in m["editorial"].items()}, help=_help(m.get("help"))),
        decision=decision,
        document=document,
        bodies={
            b["id"]: Body(b["id"], Text.of(b["name"]), b["kind"], Note.of(b.get("editorial", {}).get("since_2025")))
            for b in raw["bodies"]
        },
        instruments={i["id"]: _instrument(i) for i in raw["instruments"]},
        roles={r["id"]: Named(r["id"], Text.of(r["name"]), tuple(r.get("verbs", ()))) for r in raw["roles"]},
        themes={t["id"]: Named(t["id"], Text.of(t["name"])) for t in raw["themes"]},
        glossary=tuple(Term(g["id"], Text.of(g["term"]), Text.of(g["definition"])) for g in raw["glossary"]),
        terms=tuple(Rendering(r["id"], Text.of(r["term"]), tuple(r.get("variants", ())), Text.of(r.get("note")))
                    for r in raw.get("terms", ())),
        raw=raw,
        changelog=changelog,
        recorded_relations=tuple(_relation(r) for r in raw.get("relations", ())),
        other_instruments={
            end["instrument"]: _instrument({"id": end["instrument"], **end["details"], "aliases": {"vi": [], "en": []}})
            for end in _described(raw, "instrument")
        },
        other_bodies={
            end["body"]: Body(end["body"], Text.of(end["details"]["name"]), end["details"]["kind"])
            for end in _described(raw, "body")
        },
    )


def _help(raw: dict[str, Any] | None) -> Help | None:
    if not raw:
        return None
    line = {key: HelpLine(raw[key]["number"], Text.of(raw[key]["name"]), Text.of(raw[key].get("service")))
            for key in ("hotline", "emergency")}
    return Help(line["hotline"], line["emergency"], Note.of(raw["editorial"]))


def decision_relations(plan: Plan) -> tuple[Relation, ...]:
    """The decision's own relations, from its text: the one rule the pages, metadata and plan.json share.

    - basis: what a preamble line opening with "Căn cứ" cites (other lines, "Theo đề nghị …", are cited);
    - implements: what Article 1, which promulgates the Plan, says it implements;
    - cites: every other instrument a passage cites, with the pinpoints the text gives.
    A passage that names an instrument only as what another instrument it cites implements (a recorded
    relation: "Decision 1472/QĐ-TTg … implementing Resolution 121/2020/QH14") cites it, and no more.
    """
    implemented = {(r.source.id, r.target.id) for r in plan.recorded_relations if r.type == "implements"}
    found: dict[str, list[tuple[Passage | Article, Cite]]] = {"basis": [], "implements": [], "cites": []}
    decision = plan.decision
    lines = [(b, "basis" if b.text.vi.startswith(BASIS_OPENING) else "cites") for b in decision.bases]
    lines += [(a, "implements" if i == 0 else "cites") for i, a in enumerate(decision.articles)]
    lines += [(p, "cites") for p in plan.passages() if p not in decision.bases]
    for passage, kind in lines:
        cited = {c.instrument for c in passage.cites}
        for cite in passage.cites:
            through_other = any((other, cite.instrument) in implemented for other in cited - {cite.instrument})
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
    kind = "".join(word[0] for word in _words(plan.decision.kind.vi))
    return "-".join([kind, *_words(plan.decision.number), plan.decision.date[:4]])


def _words(text: str) -> list[str]:
    """Lower-case ASCII words: accents dropped, đ as d ("145/QĐ-UBND" → 145, qd, ubnd)."""
    folded = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return re.findall(r"[a-z0-9]+", "".join(ch for ch in folded if not unicodedata.combining(ch)).lower())


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


def _relation(raw: dict[str, Any]) -> Relation:
    return Relation(
        id=raw["id"],
        type=raw["type"],
        source=_end(raw["from"]),
        target=_end(raw["to"]),
        date=raw["date"],
        origin=raw["origin"],
        stated_in=tuple(
            Statement(s["passage"], Text.of(s["quote"]), Text.of(s.get("pinpoint"))) for s in raw.get("stated_in", ())
        ),
        note=Note.of(raw.get("note")),
    )


def _end(raw: dict[str, Any]) -> End:
    kind = next(k for k in ("decision", "instrument", "body") if k in raw)
    return End(kind, raw[kind])


def _described(raw: dict[str, Any], kind: str) -> Iterator[dict[str, Any]]:
    """Relation ends of one kind that describe a record outside the registries."""
    for relation in raw.get("relations", ()):
        for end in (relation["from"], relation["to"]):
            if kind in end and "details" in end:
                yield end


def _cites(raw: dict[str, Any]) -> tuple[Cite, ...]:
    return tuple(Cite(c["instrument"], Text.of(c.get("pinpoint"))) for c in raw.get("cites", ()))


def _reports(raw: dict[str, Any]) -> tuple[Report, ...]:
    return tuple(Report(tuple(r["to"]), r["frequency"], Text.of(r["quote"])) for r in raw.get("reports", ()))


def _passage(raw: dict[str, Any]) -> Passage:
    return Passage(raw["id"], Text.of(raw["text"]), _cites(raw), _reports(raw), tuple(raw.get("partners", ())))


def _part(raw: dict[str, Any]) -> Part:
    return Part(
        id=raw["id"],
        heading=Text.of(raw["heading"]),
        sections=tuple(
            Section(s["id"], Text.of(s["heading"]), tuple(_passage(i) for i in s["items"]))
            for s in raw.get("sections", ())
        ),
        key_tasks=tuple(
            KeyTask(k["id"], Text.of(k["text"]), _cites(k), short_name=Text.of(k["editorial"]["short_name"]))
            for k in raw.get("key_tasks", ())
        ),
        assignments=tuple(_assignment(a) for a in raw.get("assignments", ())),
        paragraphs=tuple(_passage(x) for x in raw.get("paragraphs", ())),
    )


def _assignment(raw: dict[str, Any]) -> Assignment:
    duties = tuple(
        Duty(
            id=d["id"],
            text=Text.of(d["text"]),
            cites=_cites(d),
            reports=_reports(d),
            partners=tuple(d.get("partners", ())),
            body=d["body"],
            assignment=raw["id"],
            roles=tuple(d["roles"]),
            targets=tuple(
                Target(Text.of(t["quote"]), t["value"], t["comparator"], t["unit"]) for t in d.get("targets", ())
            ),
            key_tasks=tuple(d.get("editorial", {}).get("key_tasks", ())),
            themes=tuple(d.get("editorial", {}).get("themes", ())),
        )
        for d in raw["duties"]
    )
    return Assignment(raw["id"], raw["slug"], Text.of(raw["heading"]), tuple(raw["bodies"]),
                      raw.get("layout", "list"), duties)


def _instrument(raw: dict[str, Any]) -> Instrument:
    editorial = raw.get("editorial", {})
    return Instrument(
        id=raw["id"],
        type=raw["type"],
        number=raw["number"],
        date=raw["date"],
        issuer=raw["issuer"],
        title=Text.of(raw["title"]),
        aliases={lang: tuple(raw["aliases"][lang]) for lang in LANGS},
        links=tuple(Link(x["url"], Text.of(x["label"]), x["verified"]) for x in raw.get("links", ())),
        status=Note.of(editorial.get("status")),
        identification=Identification.of(editorial.get("identification")),
        legal_force=editorial.get("legal_force", "unknown"),
    )
