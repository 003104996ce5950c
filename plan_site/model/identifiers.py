"""Permanent identifiers: Akoma Ntoso eIds from data ids, and FRBR work and expression URIs."""

from __future__ import annotations

import re

from plan_site.model.plan import Plan
from plan_site.model.types import Duty, Instrument, Lang

# ---------------------------------------------------------------- Akoma Ntoso (FRBR) identifiers
#
# Work URIs follow the Akoma Ntoso Naming Convention: /akn/<country[-locality]>/<doctype>/<subtype>/<date>/<number>.
# National bodies' instruments are named under the country, the province's under its locality (the data's
# meta.akn). A work URI is permanent: it stays as it is when the issuing province is merged or renamed.

AKN_LANGUAGES: dict[Lang, str] = {"vi": "vie", "en": "eng"}
DECISION_KIND = "decision"
PLAN_ATTACHMENT = "att_1"
PLAN_COMPONENT = "plan"
# Kinds of instrument that are not acts in Akoma Ntoso's sense; every other kind is an act.
_DOC_KINDS = frozenset({"submission", "procedure"})

_BASIS = re.compile(r"can-cu-([1-9][0-9]*)")
_ARTICLE = re.compile(r"dieu-([1-9][0-9]*)")
_PLAN_PREAMBLE = "mo-dau"
_PLACE = re.compile(r"(I|II|III|IV)(?:\.([1-9][0-9]*))?(?:\.([1-9][0-9]*))?")
EID_FORMS = "can-cu-N, dieu-N, mo-dau or a place such as III.7.3"


def akn_eid(record_id: str, layout: str = "list") -> str:
    """The Akoma Ntoso eId of a record, from its data id, so a duty's portion is found from its id and back.

    ``can-cu-2`` → ``preamble__cit_2`` (a legal basis), ``dieu-1`` → ``art_1``, ``mo-dau`` → the Plan's
    preamble ``att_1__preamble``; a place id names a part of the Plan (attachment ``att_1``), its numbered
    paragraph and the dash item (indent) inside it: ``III.7.3`` → ``att_1__part_III__para_7__indent_3``.
    An item laid out as one paragraph (``layout: paragraph``) holds an unnumbered subparagraph instead of
    a dash item: ``III.8.1`` → ``att_1__part_III__para_8__subpara_1``. Raises ValueError for any other id.
    """
    if match := _BASIS.fullmatch(record_id):
        return f"preamble__cit_{match.group(1)}"
    if match := _ARTICLE.fullmatch(record_id):
        return f"art_{match.group(1)}"
    if record_id == _PLAN_PREAMBLE:
        return f"{PLAN_ATTACHMENT}__preamble"
    if match := _PLACE.fullmatch(record_id):
        part, paragraph, item = match.groups()
        if item and not paragraph:
            raise ValueError(f"id '{record_id}' has no Akoma Ntoso eId (expected {EID_FORMS})")
        eid = f"{PLAN_ATTACHMENT}__part_{part}"
        if paragraph:
            eid += f"__para_{paragraph}"
        if item:
            eid += f"__subpara_{item}" if layout == "paragraph" else f"__indent_{item}"
        return eid
    raise ValueError(f"id '{record_id}' has no Akoma Ntoso eId (expected {EID_FORMS})")


def duty_eid(plan: Plan, duty: Duty) -> str:
    """A duty's eId: a dash item, or the one paragraph of an item laid out as a paragraph."""
    return akn_eid(duty.id, plan.assignment_of(duty).layout)


def record_eids(plan: Plan) -> dict[str, str]:
    """Every id of the decision and the Plan with its eId, in document order."""
    d, doc = plan.decision, plan.document
    ids = [b.id for b in d.bases] + [a.id for a in d.articles] + [doc.preamble.id]
    pairs = [(record_id, akn_eid(record_id)) for record_id in ids]
    for part in doc.parts:
        pairs.append((part.id, akn_eid(part.id)))
        for section in part.sections:
            pairs += [(section.id, akn_eid(section.id))] + [(i.id, akn_eid(i.id)) for i in section.items]
        pairs += [(task.id, akn_eid(task.id)) for task in part.key_tasks]
        for assignment in part.assignments:
            pairs.append((assignment.id, akn_eid(assignment.id)))
            pairs += [(duty.id, akn_eid(duty.id, assignment.layout)) for duty in assignment.duties]
        pairs += [(paragraph.id, akn_eid(paragraph.id)) for paragraph in part.paragraphs]
    return dict(pairs)



def work_uri(place: str, kind: str, date: str, number: str) -> str:
    """A work URI; the number keeps what precedes its first "/" (``145/QĐ-UBND`` → ``145``)."""
    doctype = "doc" if kind in _DOC_KINDS else "act"
    return f"/akn/{place}/{doctype}/{kind}/{date}/{number.split('/', 1)[0]}"


def place_of(plan: Plan, body_id: str) -> str:
    """Where a body's instruments are named: national bodies under the country, the others under the locality."""
    naming = plan.meta.akn
    return naming.country if plan.bodies[body_id].kind == "national" else naming.locality


def decision_work_uri(plan: Plan) -> str:
    """The decision's permanent identifier, e.g. ``/akn/vn-53/act/decision/2021-02-02/145``."""
    d = plan.decision
    return work_uri(place_of(plan, d.issuer), DECISION_KIND, d.date, d.number)


def expression_uri(plan: Plan, lang: Lang) -> str:
    """The decision in one language, as of its date: ``…/145/vie@2021-02-02``."""
    return f"{decision_work_uri(plan)}/{AKN_LANGUAGES[lang]}@{plan.decision.date}"


def instrument_work_uri(plan: Plan, instrument: Instrument) -> str | None:
    """A cited instrument's work URI; None when the data has no number, date or issuer to build it from."""
    if not (instrument.number and instrument.date and instrument.issuer):
        return None
    return work_uri(place_of(plan, instrument.issuer), instrument.type, instrument.date, instrument.number)


def portion_uri(uri: str, eid: str) -> str:
    """A portion of a work or expression: ``<uri>/~<eId>``, as cobalt's FrbrUri reads it."""
    return f"{uri}/~{eid}"
