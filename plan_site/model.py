"""The plan as typed records, built from validated data, with every cross-reference resolved.

Nothing here knows about MkDocs: the same model feeds the site, the open-data files and tests.
"""

from __future__ import annotations

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
        sources = tuple(Source(s["publisher"], s["title"], s["date"], s.get("url")) for s in raw["sources"])
        return cls(Text.of(raw["text"]), sources, raw["as_of"], raw["confidence"])


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
    identification: Note | None
    legal_force: str = "unknown"


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
    raw: dict[str, Any] = field(repr=False, default_factory=dict)

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


def build_plan(raw: dict[str, Any]) -> Plan:
    """Turn validated raw data into the typed model."""
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
        raw=raw,
    )


def _help(raw: dict[str, Any] | None) -> Help | None:
    if not raw:
        return None
    line = {key: HelpLine(raw[key]["number"], Text.of(raw[key]["name"]), Text.of(raw[key].get("service")))
            for key in ("hotline", "emergency")}
    return Help(line["hotline"], line["emergency"], Note.of(raw["editorial"]))


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
        identification=Note.of(editorial.get("identification")),
        legal_force=editorial.get("legal_force", "unknown"),
    )
