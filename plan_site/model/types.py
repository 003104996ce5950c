"""The plan as typed records: what a decision, its plan, their passages and registries are.

Nothing here knows about MkDocs: the same model feeds the site, the open-data files and tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from plan_site.model.guides import Guide

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
    successor: str | None = None  # why a body with a since-2025 note has no successor: not-found, ceased, group


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


@dataclass(frozen=True)
class End:
    """One end of a relation: the decision itself, an instrument or a body (in a registry, or described).

    An end that describes a record outside the registries carries it in ``details``; two ends name the
    same record whether or not they describe it."""

    kind: Literal["decision", "instrument", "body"]
    id: str
    details: Instrument | Body | None = field(default=None, compare=False, repr=False)


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
    """One revision of the data (data/changelog.yaml): when, what kind, what it says, which records it touched.
    ``for_readers`` says in a sentence or two what changed for a reader; ``summary`` is the detail, for
    editors and maintainers."""

    id: str
    date: str
    kind: str
    title: Text
    for_readers: Text
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
class AknNaming:
    """Akoma Ntoso names: national bodies' instruments under ``country``, the issuing province's under
    ``locality`` (e.g. ``vn`` and ``vn-53``); ``publisher`` names this project, which made the XML."""

    country: str
    locality: str
    publisher: str


@dataclass(frozen=True)
class Meta:
    """What the data says about itself and its site: names, where the original is, when it was checked."""

    title: Text
    site_name: Text
    site_description: Text
    dataset: str
    akn: AknNaming
    notice: Text | None
    source_file: str
    last_checked: str
    notes: dict[str, Note]
    help: Help | None = None
    guides: tuple[Guide, ...] = ()  # plain-language guidance (plan_site.model.guides)
