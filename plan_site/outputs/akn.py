"""The decision and its Plan as Akoma Ntoso 3.0 (OASIS LegalDocML): one lxml tree per language.

One more renderer of the model, beside open_data.py. The Vietnamese expression is the authoritative
original; the English one is a second expression of the same work, an unofficial translation. The
decision is an ``act`` (preface, preamble with its legal bases, articles, signature) and the Plan its
attachment ``att_1`` (preface, preamble, Parts I–IV). eIds come from the data's ids through
``addresses.akn_eid``. Every instrument the text names becomes a ``<ref>`` to its work URI; one the data
cannot identify (no number or date) becomes an ``<entity>`` pointing at a ``TLCReference`` instead, so
no work URI is ever invented. The typed relations (the document's "lược đồ": legal bases, what it
implements and cites, what replaced what, which body took over) go in ``<proprietary>``, the place AKN
gives to metadata it has no element for, in the project's own small vocabulary (RELATIONS_NAMESPACE). Text goes in exactly as the data holds it, and the tree is never
pretty-printed: white space added between elements would become part of the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree
from lxml.builder import ElementMaker

from plan_site.model.citation import decision_name
from plan_site.model.identifiers import (
    AKN_LANGUAGES,
    DECISION_KIND,
    PLAN_ATTACHMENT,
    PLAN_COMPONENT,
    akn_eid,
    decision_work_uri,
    expression_uri,
    instrument_work_uri,
    place_of,
    record_eids,
)
from plan_site.model.mentions import mention_pattern
from plan_site.model.plan import Plan
from plan_site.model.text import slug
from plan_site.model.types import Assignment, End, Lang, Part, Passage, Relation
from plan_site.site.labels import t

AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
MEDIA_TYPE = "application/akn+xml"
PUBLISHER = "project"  # the eId of this project, which made the XML and the translation
DASH = "-"
E = ElementMaker(namespace=AKN_NAMESPACE, nsmap={None: AKN_NAMESPACE})
# The relation vocabulary's name: a registered, ownerless, permanent URN (RFC 4122), as no address of the
# project's is permanent (every fork publishes under its own). Elements: relations, relation, statement,
# note, source; described in docs/maintainers/akoma-ntoso.md (Relations).
RELATIONS_NAMESPACE = "urn:uuid:cf226fce-992b-4082-87ba-dfed59d853a8"
R = ElementMaker(namespace=RELATIONS_NAMESPACE, nsmap={"rel": RELATIONS_NAMESPACE})


@dataclass(frozen=True)
class Reference:
    """One entry of ``<references>``: a TLC element naming a body, person, role or instrument."""

    tag: str
    eid: str
    href: str
    show_as: str
    name: str | None = None

    def element(self) -> etree._Element:
        attributes = {"eId": self.eid, "href": self.href, "showAs": self.show_as}
        if self.name:
            attributes["name"] = self.name
        return E(self.tag, **attributes)


def akn_document(plan: Plan, lang: Lang) -> etree._Element:
    """The decision with the Plan attached, in one language, as an ``<akomaNtoso>`` tree."""
    mentions = _Mentions(plan, lang)
    # The text first: marking it records which instruments it names, for <references>.
    text = [
        _decision_preface(plan, lang, mentions),
        _decision_preamble(plan, lang, mentions),
        E.body(*(E.article(E.num(a.label[lang]), E.content(mentions.p(a.text[lang])), eId=akn_eid(a.id))
                 for a in plan.decision.articles)),
        _conclusions(plan, lang),
        E.attachments(E.attachment(_plan_doc(plan, lang, mentions), eId=PLAN_ATTACHMENT)),
    ]
    references = plan_references(plan, lang, mentions.unidentified())
    meta = E.meta(_identification(plan, lang, "main"), _references(references), _relations(plan, lang))
    return E.akomaNtoso(E.act(meta, *text, name=DECISION_KIND))


def akn_xml(plan: Plan, lang: Lang) -> str:
    """The document as published: UTF-8 XML with a declaration, not indented."""
    body = etree.tostring(akn_document(plan, lang), encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


# ---------------------------------------------------------------- metadata


def _identification(plan: Plan, lang: Lang, component: str) -> etree._Element:
    """FRBR Work, Expression and Manifestation of one component (``main`` or the Plan)."""
    d = plan.decision
    work, expression = decision_work_uri(plan), expression_uri(plan, lang)
    original = expression_uri(plan, "vi")
    if lang == "vi":  # the original, as signed
        made = [E.FRBRdate(date=d.date, name="signature"), E.FRBRauthor(href=f"#{d.issuer}")]
        standing = [E.FRBRauthoritative(value="true"), E.FRBRlanguage(language=AKN_LANGUAGES[lang])]
    else:  # this project's unofficial translation of the original
        translated = plan.meta.notes["translation"].as_of
        made = [E.FRBRdate(date=translated, name="translation"), E.FRBRauthor(href=f"#{PUBLISHER}")]
        standing = [
            E.FRBRauthoritative(value="false"),
            E.FRBRmasterExpression(href=original, showAs=decision_name(plan, "vi")),
            E.FRBRlanguage(language=AKN_LANGUAGES[lang]),
            E.FRBRtranslation(href=original, fromLanguage=AKN_LANGUAGES["vi"], by=f"#{PUBLISHER}",
                              authoritative="false"),
        ]
    return E.identification(
        E.FRBRWork(
            E.FRBRthis(value=f"{work}/!{component}"),
            E.FRBRuri(value=work),
            E.FRBRalias(value=decision_name(plan, lang), name="title"),
            E.FRBRdate(date=d.date, name="signature"),
            E.FRBRauthor(href=f"#{d.issuer}"),
            E.FRBRcountry(value=place_of(plan, d.issuer)),
            E.FRBRsubtype(value=DECISION_KIND),
            E.FRBRnumber(value=d.number),
            E.FRBRprescriptive(value="true"),
        ),
        E.FRBRExpression(
            E.FRBRthis(value=f"{expression}/!{component}"),
            E.FRBRuri(value=expression),
            *made,
            *standing,
        ),
        E.FRBRManifestation(
            E.FRBRthis(value=f"{expression}/!{component}.xml"),
            E.FRBRuri(value=f"{expression}.xml"),
            E.FRBRdate(date=plan.meta.last_checked, name="generation"),
            E.FRBRauthor(href=f"#{PUBLISHER}"),
            E.FRBRformat(value=MEDIA_TYPE),
        ),
        source=f"#{PUBLISHER}",
    )


def plan_references(plan: Plan, lang: Lang, unidentified: Iterable[str]) -> list[Reference]:
    """Who and what the document refers to: this project, the issuer, every assigned agency, the
    signatory and their role, and each instrument the text names but the data cannot identify."""
    d = plan.decision
    bodies = [d.issuer] + [b for a in plan.assignments for b in a.bodies]
    refs = [Reference("TLCOrganization", PUBLISHER, f"/akn/ontology/organization/unreg.{plan.meta.akn.publisher}",
                      t("akn_publisher", lang))]
    refs += [Reference("TLCOrganization", b, f"/akn/ontology/organization/{place_of(plan, b)}.{b}",
                       plan.bodies[b].name[lang]) for b in dict.fromkeys(bodies)]
    refs.append(Reference("TLCPerson", slug(d.signer), f"/akn/ontology/person/{plan.meta.akn.country}.{slug(d.signer)}", d.signer))
    role = slug(d.signature["title"].vi)
    refs.append(Reference("TLCRole", role, f"/akn/ontology/role/{plan.meta.akn.country}.{role}", d.signature["title"][lang]))
    refs += [Reference("TLCReference", i, f"/akn/ontology/reference/{plan.meta.akn.country}.{i}", plan.instruments[i].title[lang],
                       name="unidentifiedInstrument") for i in unidentified]
    # Bodies the relations name that hold no duty here (a ministry, a successor in Thái Nguyên).
    named = {r.eid for r in refs}
    related = [e.id for r in plan.relations for e in (r.source, r.target) if e.kind == "body" and e.id not in named]
    for body_id in dict.fromkeys(related):
        place = place_of(plan, body_id) if body_id in plan.bodies else plan.meta.akn.country
        body = plan.bodies.get(body_id) or plan.other_bodies[body_id]
        refs.append(Reference("TLCOrganization", body_id, f"/akn/ontology/organization/{place}.{body_id}",
                              body.name[lang]))
    return refs


def _references(entries: Iterable[Reference]) -> etree._Element:
    """``<references>`` from a list of entries."""
    return E.references(*(entry.element() for entry in entries), source=f"#{PUBLISHER}")


def _relations(plan: Plan, lang: Lang) -> etree._Element:
    """Every typed relation (plan.relations), each end named by its work URI or by its entry in
    ``<references>``; from the text with the passages' eIds and words, editorial with the note's sources."""
    eids = record_eids(plan)
    relations = []
    for relation in plan.relations:
        details = (
            [R.statement(s.quote[lang], href=f"#{eids[s.passage]}", **({"pinpoint": s.pinpoint[lang]} if s.pinpoint else {}))
             for s in relation.stated_in]
            if relation.origin == "text" else _relation_note(relation, lang)
        )
        relations.append(R.relation(*details, id=relation.id, type=relation.type, origin=relation.origin,
                                    date=relation.date, **{"from": _end_iri(plan, relation.source)},
                                    to=_end_iri(plan, relation.target)))
    return E.proprietary(R.relations(*relations), source=f"#{PUBLISHER}")


def _relation_note(relation: Relation, lang: Lang) -> list[etree._Element]:
    note = relation.note
    sources = [R.source(publisher=s.publisher, title=s.title, date=s.date, **({"url": s.url} if s.url else {}))
               for s in note.sources]
    return [R.note(note.text[lang], confidence=note.confidence, asOf=note.as_of), *sources]


def _end_iri(plan: Plan, end: End) -> str:
    """The decision or an instrument by its work URI; a body, or an instrument without one, by its
    entry in ``<references>`` (``#eId``)."""
    if end.kind == "decision":
        return decision_work_uri(plan)
    if end.kind == "instrument":
        return instrument_work_uri(plan, plan.instrument(end.id)) or f"#{end.id}"
    return f"#{end.id}"


# ---------------------------------------------------------------- the decision


def _decision_preface(plan: Plan, lang: Lang, mentions: _Mentions) -> etree._Element:
    """The heading block: issuer, nation and motto, number, place and date, kind and title."""
    d, h = plan.decision, plan.decision.header
    place, comma, date = h["place_date"][lang].partition(", ")
    dated = [place + comma, E.docDate(date, date=d.date)] if comma else [E.docDate(place, date=d.date)]
    return E.preface(
        E.p(E.docAuthority(h["issuer_name"][lang], refersTo=f"#{d.issuer}")),
        E.p(h["national_name"][lang]),
        E.p(h["motto"][lang]),
        E.p(*_around(h["number_line"][lang], d.number, E.docNumber)),
        E.p(*dated),
        E.p(E.docType(d.kind[lang])),
        E.longTitle(E.p(mentions.inline(E.docTitle(), d.title[lang]))),
    )


def _decision_preamble(plan: Plan, lang: Lang, mentions: _Mentions) -> etree._Element:
    """The enacting authority, the legal bases as citations, and the enacting formula."""
    d = plan.decision
    return E.preamble(
        E.p(E.docAuthority(d.authority[lang], refersTo=f"#{d.issuer}")),
        E.citations(*(E.citation(mentions.p(b.text[lang]), eId=akn_eid(b.id)) for b in d.bases)),
        E.formula(E.p(d.enacting_formula[lang]), name="enactingFormula"),
        eId="preamble",
    )


def _conclusions(plan: Plan, lang: Lang) -> etree._Element:
    """The signature block: capacity, on whose behalf, the signatory's title and name."""
    d, sig = plan.decision, plan.decision.signature
    role = f"#{slug(sig['title'].vi)}"
    return E.conclusions(
        E.p(sig["capacity"][lang]),
        E.p(sig["on_behalf"][lang]),
        E.p(E.role(sig["title"][lang], refersTo=role)),
        E.p(E.signature(E.person(d.signer, {"as": role}, refersTo=f"#{slug(d.signer)}"))),
    )


# ---------------------------------------------------------------- the Plan


def _plan_doc(plan: Plan, lang: Lang, mentions: _Mentions) -> etree._Element:
    """The Plan as the attachment: its own identification, preface, preamble and Parts I–IV."""
    doc = plan.document
    return E.doc(
        E.meta(_identification(plan, lang, PLAN_COMPONENT)),
        E.preface(
            E.p(E.docType(doc.kind[lang])),
            E.longTitle(E.p(mentions.inline(E.docTitle(), doc.title[lang]))),
            mentions.p(doc.attachment_line[lang]),
        ),
        E.preamble(mentions.p(doc.preamble.text[lang]), eId=akn_eid(doc.preamble.id)),
        E.mainBody(*(_part(part, lang, mentions) for part in doc.parts)),
        name=PLAN_COMPONENT,
    )


def _part(part: Part, lang: Lang, mentions: _Mentions) -> etree._Element:
    """A part: numbered paragraphs with dash items (I), numbered tasks (II), assignments (III), paragraphs (IV)."""
    children = []
    for n, section in enumerate(part.sections, 1):
        items = [_item(item, lang, mentions, "list") for item in section.items]
        children.append(E.paragraph(E.num(f"{n}."), E.heading(section.heading[lang]), *items,
                                    eId=akn_eid(section.id)))
    children += [E.paragraph(E.num(f"{n}."), _content(task, lang, mentions), eId=akn_eid(task.id))
                 for n, task in enumerate(part.key_tasks, 1)]
    children += [_assignment(a, lang, mentions) for a in part.assignments]
    children += [E.paragraph(_content(p, lang, mentions), eId=akn_eid(p.id)) for p in part.paragraphs]
    return E.part(E.num(f"{part.id}."), E.heading(part.heading[lang]), *children, eId=akn_eid(part.id))


def _assignment(assignment: Assignment, lang: Lang, mentions: _Mentions) -> etree._Element:
    """A numbered item of Part III: its bodies, its heading, and one element per duty."""
    duties = [_item(duty, lang, mentions, assignment.layout, refers_to=f"#{duty.body}")
              for duty in assignment.duties]
    return E.paragraph(E.num(f"{assignment.number}."), E.heading(assignment.heading[lang]), *duties,
                       eId=akn_eid(assignment.id), refersTo=" ".join(f"#{b}" for b in assignment.bodies))


def _item(passage: Passage, lang: Lang, mentions: _Mentions, layout: str,
          refers_to: str | None = None) -> etree._Element:
    """A dash item as an ``<indent>``; in an item laid out as one paragraph, an unnumbered ``<subparagraph>``."""
    attributes = {"eId": akn_eid(passage.id, layout)} | ({"refersTo": refers_to} if refers_to else {})
    if layout == "paragraph":
        return E.subparagraph(_content(passage, lang, mentions), **attributes)
    return E.indent(E.num(DASH), _content(passage, lang, mentions), **attributes)


def _content(passage: Passage, lang: Lang, mentions: _Mentions) -> etree._Element:
    return E.content(mentions.p(passage.text[lang]))


# ---------------------------------------------------------------- text and the instruments it names


class _Mentions:
    """Marks every instrument a text names: a ``<ref>`` to its work URI, or an ``<entity>`` when unidentified."""

    def __init__(self, plan: Plan, lang: Lang) -> None:
        self.plan = plan
        self.pattern, self.names = mention_pattern(plan.instruments.values(), lang)
        self.uris = {i.id: instrument_work_uri(plan, i) for i in plan.instruments.values()}
        self.seen: dict[str, None] = {}

    def p(self, text: str) -> etree._Element:
        return self.inline(E.p(), text)

    def inline(self, element: etree._Element, text: str) -> etree._Element:
        """``element`` holding ``text``, with each mention of an instrument marked."""
        last = 0
        for match in self.pattern.finditer(text):
            _append_text(element, text[last:match.start()])
            element.append(self._mark(match.group(0)))
            last = match.end()
        _append_text(element, text[last:])
        return element

    def unidentified(self) -> list[str]:
        """Instruments named so far that have no work URI, in order of first mention."""
        return [i for i in self.seen if self.uris[i] is None]

    def _mark(self, words: str) -> etree._Element:
        instrument = self.names[words.lower()]
        self.seen[instrument] = None
        if self.uris[instrument]:
            return E.ref(words, href=self.uris[instrument])
        return E.entity(words, name="unidentifiedInstrument", refersTo=f"#{instrument}")


def _append_text(element: etree._Element, text: str) -> None:
    """Text after the element's last child (or as its first text): lxml keeps mixed content in tails."""
    if not text:
        return
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _around(text: str, inner: str, make: ElementMaker) -> list:
    """``text`` with its occurrence of ``inner`` wrapped by ``make``; all of it wrapped when absent."""
    before, found, after = text.partition(inner)
    return [before, make(inner), after] if found else [make(text)]
