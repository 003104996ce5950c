"""The one builder: validated raw data (a dict from the YAML) in, the typed plan out, every reference resolved."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from plan_site.model.plan import Plan
from plan_site.model.relations import decision_relations
from plan_site.model.types import (
    LANGS,
    AknNaming,
    Article,
    Assignment,
    Body,
    Change,
    Cite,
    Decision,
    Duty,
    End,
    Help,
    HelpLine,
    Identification,
    Instrument,
    KeyTask,
    Link,
    Meta,
    Named,
    Note,
    Part,
    Passage,
    PlanDocument,
    Relation,
    Rendering,
    Report,
    Section,
    Statement,
    Target,
    Term,
    Text,
)


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
    plan = Plan(
        meta=Meta(
            title=Text.of(m["title"]),
            site_name=Text.of(m["site"]["name"]),
            site_description=Text.of(m["site"]["description"]),
            dataset=m["dataset"],
            akn=AknNaming(m["akn"]["country"], m["akn"]["locality"], m["akn"]["publisher"]),
            notice=Text.of(m.get("notice")),
            source_file=m["source_file"],
            last_checked=m["last_checked"],
            notes={k: Note.of(v) for k, v in m["editorial"].items()},
            help=_help(m.get("help")),
        ),
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
                    for r in raw["terms"]),
        raw=raw,
        changelog=changelog,
        recorded_relations=tuple(_relation(r) for r in raw["relations"]),
        other_instruments={
            end["instrument"]: _instrument({"id": end["instrument"], **end["details"], "aliases": {"vi": [], "en": []}})
            for end in _described(raw, "instrument")
        },
        other_bodies={
            end["body"]: Body(end["body"], Text.of(end["details"]["name"]), end["details"]["kind"])
            for end in _described(raw, "body")
        },
    )
    plan.relations = decision_relations(plan) + plan.recorded_relations
    return plan


def _help(raw: dict[str, Any] | None) -> Help | None:
    if not raw:
        return None
    line = {key: HelpLine(raw[key]["number"], Text.of(raw[key]["name"]), Text.of(raw[key].get("service")))
            for key in ("hotline", "emergency")}
    return Help(line["hotline"], line["emergency"], Note.of(raw["editorial"]))


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
    for relation in raw["relations"]:
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
