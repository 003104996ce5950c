"""The one builder: raw data (a dict from the YAML, of the schema's shape) in, the typed plan out.

Every record it makes is marked in an ``Origins`` with the data path it was read from, so the
validator's checks run on the typed records and still say where in the file each fault stands. The
builder needs only the schema's shape: a reference to an unknown record is built as it stands (the
checks report it), and nothing is derived here (the decision's own relations are derived when first
used, and leave out citations of unknown instruments).
"""

from __future__ import annotations

from typing import Any

from plan_site.model.guides import Guide, GuideStep
from plan_site.model.origins import Origins, join_path
from plan_site.model.plan import Plan
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


def build_plan(raw: dict[str, Any], changelog: tuple[Change, ...] = (), origins: Origins | None = None) -> Plan:
    """Turn raw data of the schema's shape (and its checked changelog) into the typed model; ``origins``,
    if given, learns the data path of every record."""
    return _Builder(origins if origins is not None else Origins()).plan(raw, changelog)


class _Builder:
    def __init__(self, origins: Origins) -> None:
        self.at = origins.mark

    def plan(self, raw: dict[str, Any], changelog: tuple[Change, ...]) -> Plan:
        at, d, p, m = self.at, raw["decision"], raw["plan"], raw["meta"]
        decision = at(Decision(
            number=d["number"],
            date=d["date"],
            issuer=d["issuer"],
            header={k: Text.of(v) for k, v in d["header"].items()},
            kind=Text.of(d["kind"]),
            title=Text.of(d["title"]),
            authority=Text.of(d["authority"]),
            bases=tuple(self.passage(b, f"decision.bases[{i}]") for i, b in enumerate(d["bases"])),
            enacting_formula=Text.of(d["enacting_formula"]),
            articles=tuple(at(Article(a["id"], Text.of(a["label"]), Text.of(a["text"]),
                                      self.cites(a, f"decision.articles[{i}]")), f"decision.articles[{i}]")
                           for i, a in enumerate(d["articles"])),
            signature={k: Text.of(v) for k, v in d["signature"].items() if k != "signer"},
            signer=d["signature"]["signer"],
            status=self.note(d.get("editorial", {}).get("status"), "decision.editorial.status"),
        ), "decision")
        document = at(PlanDocument(
            kind=Text.of(p["kind"]),
            title=Text.of(p["title"]),
            attachment_line=Text.of(p["attachment_line"]),
            preamble=self.passage(p["preamble"], "plan.preamble"),
            parts=tuple(self.part(part, f"plan.parts[{i}]") for i, part in enumerate(p["parts"])),
        ), "plan")
        relations = tuple(self.relation(r, f"relations[{i}]") for i, r in enumerate(raw["relations"]))
        described = [end for r in relations for end in (r.source, r.target) if end.details is not None]
        return Plan(
            meta=at(Meta(
                title=Text.of(m["title"]),
                site_name=Text.of(m["site"]["name"]),
                site_description=Text.of(m["site"]["description"]),
                dataset=m["dataset"],
                akn=AknNaming(m["akn"]["country"], m["akn"]["locality"], m["akn"]["publisher"]),
                notice=Text.of(m.get("notice")),
                source_file=m["source_file"],
                last_checked=m["last_checked"],
                notes={k: self.note(v, f"meta.editorial.{k}") for k, v in m["editorial"].items()},
                help=self.help(m.get("help")),
                guides=tuple(self.guide(g, f"meta.guides[{i}]") for i, g in enumerate(m.get("guides", ()))),
            ), "meta"),
            decision=decision,
            document=document,
            bodies={b.id: b for b in (self.body(b, f"bodies[{i}]") for i, b in enumerate(raw["bodies"]))},
            instruments={i.id: i for i in (self.instrument(i, f"instruments[{n}]")
                                           for n, i in enumerate(raw["instruments"]))},
            roles={r["id"]: at(Named(r["id"], Text.of(r["name"]), tuple(r.get("verbs", ()))), f"roles[{i}]")
                   for i, r in enumerate(raw["roles"])},
            themes={t["id"]: at(Named(t["id"], Text.of(t["name"])), f"themes[{i}]")
                    for i, t in enumerate(raw["themes"])},
            glossary=tuple(at(Term(g["id"], Text.of(g["term"]), Text.of(g["definition"])), f"glossary[{i}]")
                           for i, g in enumerate(raw["glossary"])),
            terms=tuple(at(Rendering(r["id"], Text.of(r["term"]), tuple(r.get("variants", ())), Text.of(r.get("note"))),
                           f"terms[{i}]") for i, r in enumerate(raw["terms"])),
            raw=raw,
            changelog=changelog,
            recorded_relations=relations,
            other_instruments={end.id: end.details for end in described if isinstance(end.details, Instrument)},
            other_bodies={end.id: end.details for end in described if isinstance(end.details, Body)},
        )

    def note(self, raw: dict[str, Any] | None, path: str) -> Note | None:
        note = Note.of(raw)
        return self.at(note, path) if note is not None else None

    def help(self, raw: dict[str, Any] | None) -> Help | None:
        if not raw:
            return None
        line = {key: HelpLine(raw[key]["number"], Text.of(raw[key]["name"]), Text.of(raw[key].get("service")))
                for key in ("hotline", "emergency")}
        return self.at(Help(line["hotline"], line["emergency"], self.note(raw["editorial"], "meta.help.editorial")),
                       "meta.help")

    def guide(self, raw: dict[str, Any], path: str) -> Guide:
        steps = tuple(self.at(GuideStep.of(s), f"{path}.steps[{i}]") for i, s in enumerate(raw["steps"]))
        card = raw["card"]
        return self.at(Guide(raw["id"], Text.of(card["title"]), Text.of(card["text"]), steps), path)

    def body(self, raw: dict[str, Any], path: str) -> Body:
        since = self.note(raw.get("editorial", {}).get("since_2025"), join_path(path, "editorial.since_2025"))
        return self.at(Body(raw["id"], Text.of(raw["name"]), raw["kind"], since, raw.get("successor")), path)

    def relation(self, raw: dict[str, Any], path: str) -> Relation:
        return self.at(Relation(
            id=raw["id"],
            type=raw["type"],
            source=self.end(raw["from"], join_path(path, "from")),
            target=self.end(raw["to"], join_path(path, "to")),
            date=raw["date"],
            origin=raw["origin"],
            stated_in=tuple(
                self.at(Statement(s["passage"], Text.of(s["quote"]), Text.of(s.get("pinpoint"))),
                        join_path(path, f"stated_in[{i}]"))
                for i, s in enumerate(raw.get("stated_in", ()))
            ),
            note=self.note(raw.get("note"), join_path(path, "note")),
        ), path)

    def end(self, raw: dict[str, Any], path: str) -> End:
        kind = next(k for k in ("decision", "instrument", "body") if k in raw)
        details, where = raw.get("details"), join_path(path, "details")
        described: Instrument | Body | None = None
        if details is not None and kind == "instrument":
            described = self.instrument({"id": raw[kind], **details, "aliases": {"vi": [], "en": []}}, where)
        elif details is not None and kind == "body":
            described = self.at(Body(raw[kind], Text.of(details["name"]), details["kind"]), where)
        return self.at(End(kind, raw[kind], described), path)

    def cites(self, raw: dict[str, Any], path: str) -> tuple[Cite, ...]:
        return tuple(self.at(Cite(c["instrument"], Text.of(c.get("pinpoint"))), join_path(path, f"cites[{i}]"))
                     for i, c in enumerate(raw.get("cites", ())))

    def reports(self, raw: dict[str, Any], path: str) -> tuple[Report, ...]:
        return tuple(self.at(Report(tuple(r["to"]), r["frequency"], Text.of(r["quote"])),
                             join_path(path, f"reports[{i}]")) for i, r in enumerate(raw.get("reports", ())))

    def passage(self, raw: dict[str, Any], path: str) -> Passage:
        return self.at(Passage(raw["id"], Text.of(raw["text"]), self.cites(raw, path), self.reports(raw, path),
                               tuple(raw.get("partners", ()))), path)

    def part(self, raw: dict[str, Any], path: str) -> Part:
        at = self.at
        return at(Part(
            id=raw["id"],
            heading=Text.of(raw["heading"]),
            sections=tuple(
                at(Section(s["id"], Text.of(s["heading"]), tuple(self.passage(x, f"{path}.sections[{i}].items[{k}]")
                                                                 for k, x in enumerate(s["items"]))),
                   f"{path}.sections[{i}]")
                for i, s in enumerate(raw.get("sections", ()))
            ),
            key_tasks=tuple(
                at(KeyTask(k["id"], Text.of(k["text"]), self.cites(k, f"{path}.key_tasks[{i}]"),
                           short_name=Text.of(k["editorial"]["short_name"])), f"{path}.key_tasks[{i}]")
                for i, k in enumerate(raw.get("key_tasks", ()))
            ),
            assignments=tuple(self.assignment(a, f"{path}.assignments[{i}]")
                              for i, a in enumerate(raw.get("assignments", ()))),
            paragraphs=tuple(self.passage(x, f"{path}.paragraphs[{i}]")
                             for i, x in enumerate(raw.get("paragraphs", ()))),
        ), path)

    def assignment(self, raw: dict[str, Any], path: str) -> Assignment:
        duties = tuple(self.duty(d, raw["id"], f"{path}.duties[{i}]") for i, d in enumerate(raw["duties"]))
        return self.at(Assignment(raw["id"], raw["slug"], Text.of(raw["heading"]), tuple(raw["bodies"]),
                                  raw.get("layout", "list"), duties), path)

    def duty(self, d: dict[str, Any], assignment: str, path: str) -> Duty:
        return self.at(Duty(
            id=d["id"],
            text=Text.of(d["text"]),
            cites=self.cites(d, path),
            reports=self.reports(d, path),
            partners=tuple(d.get("partners", ())),
            body=d["body"],
            assignment=assignment,
            roles=tuple(d["roles"]),
            targets=tuple(
                self.at(Target(Text.of(t["quote"]), t["value"], t["comparator"], t["unit"]), f"{path}.targets[{i}]")
                for i, t in enumerate(d.get("targets", ()))
            ),
            key_tasks=tuple(d.get("editorial", {}).get("key_tasks", ())),
            themes=tuple(d.get("editorial", {}).get("themes", ())),
        ), path)

    def instrument(self, raw: dict[str, Any], path: str) -> Instrument:
        editorial = raw.get("editorial", {})
        return self.at(Instrument(
            id=raw["id"],
            type=raw["type"],
            number=raw["number"],
            date=raw["date"],
            issuer=raw["issuer"],
            title=Text.of(raw["title"]),
            aliases={lang: tuple(raw["aliases"][lang]) for lang in LANGS},
            links=tuple(Link(x["url"], Text.of(x["label"]), x["verified"]) for x in raw.get("links", ())),
            status=self.note(editorial.get("status"), join_path(path, "editorial.status")),
            identification=self.identification(editorial.get("identification"),
                                               join_path(path, "editorial.identification")),
            legal_force=editorial.get("legal_force", "unknown"),
        ), path)

    def identification(self, raw: dict[str, Any] | None, path: str) -> Identification | None:
        found = Identification.of(raw)
        return self.at(found, path) if found is not None else None
