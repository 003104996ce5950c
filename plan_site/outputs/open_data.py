"""The plan as open data: the whole plan as JSON, the duties as CSV, the schema, and per-agency checklists.

Plain serialisers from the model to text; the build writes their output at stable addresses under
``data/``. The column tables below are the files' data dictionary: the CSV headers, the Data
Package's Table Schema and the download page are all drawn from them, so they cannot disagree.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

from plan_site.model.citation import duty_citation, paragraph_citation, with_url
from plan_site.model.identifiers import (
    AKN_LANGUAGES,
    decision_work_uri,
    expression_uri,
    instrument_work_uri,
    portion_uri,
    record_eids,
)
from plan_site.model.plan import Plan
from plan_site.model.reporting import Reporting, reporting_by_passage, reporting_of, reporting_roles
from plan_site.model.types import LANGS, Assignment, Duty, End, Lang, Relation, Statement, Target
from plan_site.site.labels import t
from plan_site.source.schema import SCHEMA_PATH

LIST_SEPARATOR = ";"

CC_BY = {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0 International",
         "path": "https://creativecommons.org/licenses/by/4.0/"}


@dataclass(frozen=True)
class Column:
    """One column of a published table: its name; what it holds is its label ``column_<name>``."""

    name: str

    def description(self, lang: Lang) -> str:
        return t(f"column_{self.name}", lang)

    def heading(self, lang: Lang) -> str:
        """The column's short heading in a reader's language (the workbook's header row)."""
        return t(f"column_head_{self.name}", lang)


DUTY_COLUMNS: tuple[Column, ...] = tuple(Column(name) for name in (
    "id", "assignment", "agency", "agency_vi", "agency_en", "text_vi", "text_en", "roles", "partners", "instruments",
    "key_tasks", "themes", "targets", "url_vi", "url_en", "citation_vi", "citation_en",
))

# Checklist columns: the header is an interface label; status and notes are left blank to fill in.
CHECKLIST_KEYS: tuple[str, ...] = (
    "checklist_duty_id", "agency", "checklist_text", "roles", "partners", "targets",
    "checklist_deadline", "checklist_status", "checklist_notes", "checklist_citation", "checklist_link",
)
from plan_site.site import routes


def plan_identifiers(plan: Plan) -> dict[str, object]:
    """The permanent identifiers: the decision's work and expressions, each instrument's work (None when
    the data cannot identify it) and each record's eId and portion (``III.7.3`` → ``…/~att_1__part_III…``)."""
    work = decision_work_uri(plan)
    return {
        "work": work,
        "expressions": {lang: {"uri": expression_uri(plan, lang), "language": AKN_LANGUAGES[lang],
                               "file": routes.data_dir_relative(routes.akn_file(plan, lang))} for lang in LANGS},
        "instruments": {i.id: instrument_work_uri(plan, i) for i in plan.instruments.values()},
        "portions": {record: {"eId": eid, "uri": portion_uri(work, eid)} for record, eid in record_eids(plan).items()},
    }


def plan_json(plan: Plan) -> str:
    """The whole plan as data/duties.yaml holds it, with the decision's own relations (derived from its text)
    after the recorded ones, so the file holds every relation, plus the build's ``identifiers``; valid against
    data/schema.json."""
    derived = [relation_json(r) for r in plan.relations if r not in plan.recorded_relations]
    data = {key: value + derived if key == "relations" else value for key, value in plan.raw.items()}
    data["identifiers"] = plan_identifiers(plan)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def relation_json(relation: Relation) -> dict[str, object]:
    """A relation from the text in the registry's own form (data/schema.json ``$defs/relation``)."""
    def end(e: End) -> dict[str, str]:
        return {e.kind: e.id}

    def statement(s: Statement) -> dict[str, object]:
        fields: dict[str, object] = {"passage": s.passage, "quote": {"vi": s.quote.vi, "en": s.quote.en}}
        if s.pinpoint:
            fields["pinpoint"] = {"vi": s.pinpoint.vi, "en": s.pinpoint.en}
        return fields

    return {"id": relation.id, "type": relation.type, "from": end(relation.source), "to": end(relation.target),
            "date": relation.date, "origin": relation.origin, "stated_in": [statement(s) for s in relation.stated_in]}


def schema_json() -> str:
    """The JSON Schema the data satisfies, published as it stands in the repository."""
    return SCHEMA_PATH.read_text(encoding="utf-8")


def target_code(target: Target) -> str:
    """A target in a machine-readable form: ``>=100 percent``."""
    return f"{target.comparator}{target.value:g} {target.unit}"


def target_text(target: Target, lang: Lang) -> str:
    """A target as a reader sees it: ``≥ 100% — “quote”``."""
    symbol = {">=": "≥", ">": ">", "=": "=", "<=": "≤", "<": "<"}[target.comparator]
    return f"{symbol} {target.value:g}% — “{target.quote[lang]}”"


def duty_row(plan: Plan, duty: Duty, site_root: str) -> dict[str, str]:
    """One duty as a flat row of the duties table."""
    body = plan.bodies[duty.body]
    cited = list(dict.fromkeys(c.instrument for c in duty.cites))
    return {
        "id": duty.id,
        "assignment": duty.assignment,
        "agency": duty.body,
        "agency_vi": body.name.vi,
        "agency_en": body.name.en,
        "text_vi": duty.text.vi,
        "text_en": duty.text.en,
        "roles": LIST_SEPARATOR.join(duty.roles),
        "partners": LIST_SEPARATOR.join(duty.partners),
        "instruments": LIST_SEPARATOR.join(cited),
        "key_tasks": LIST_SEPARATOR.join(duty.key_tasks),
        "themes": LIST_SEPARATOR.join(duty.themes),
        "targets": LIST_SEPARATOR.join(target_code(x) for x in duty.targets),
        "url_vi": routes.duty_address(plan, duty, site_root, "vi"),
        "url_en": routes.duty_address(plan, duty, site_root, "en"),
        "citation_vi": duty_citation(plan, duty, "vi"),
        "citation_en": duty_citation(plan, duty, "en"),
    }


def duties_csv(plan: Plan, site_root: str) -> str:
    """Every duty, one row each, CSV (RFC 4180) with a header row; UTF-8 with a BOM, so Excel reads Vietnamese."""
    names = [c.name for c in DUTY_COLUMNS]
    rows = [duty_row(plan, d, site_root) for d in plan.duties]
    return "\ufeff" + _csv(names, [[row[name] for name in names] for row in rows])


def checklist_header(lang: Lang) -> list[str]:
    """The checklist's column headings in the page language (English adds the Vietnamese original)."""
    header = [t(key, lang) for key in CHECKLIST_KEYS]
    if lang == "en":
        header.insert(CHECKLIST_KEYS.index("checklist_text") + 1, t("original_vi", lang))
    return header


def deadline_text(plan: Plan, duty: Duty, lang: Lang) -> str:
    """What the text says about timing: each reporting obligation's frequency and recipients."""
    parts = []
    for report in duty.reports:
        recipients = ", ".join(plan.bodies[b].name[lang] for b in report.to)
        parts.append(f"{t('reports', lang)} ({t('frequency_' + report.frequency, lang)}): {recipients}")
    return "; ".join(parts)


def checklist_row(plan: Plan, duty: Duty, lang: Lang, site_root: str) -> list[str]:
    """One duty as a line of an agency's implementation checklist."""
    row = [
        duty.id,
        plan.bodies[duty.body].name[lang],
        duty.text[lang],
        ", ".join(plan.roles[r].name[lang] for r in duty.roles),
        ", ".join(plan.bodies[b].name[lang] for b in duty.partners),
        "; ".join(target_text(x, lang) for x in duty.targets),
        deadline_text(plan, duty, lang),
        "",
        "",
        with_url(duty_citation(plan, duty, lang), routes.duty_address(plan, duty, site_root, lang)),
        routes.duty_address(plan, duty, site_root, lang),
    ]
    if lang == "en":
        row.insert(CHECKLIST_KEYS.index("checklist_text") + 1, duty.text.vi)
    return row


def reports_text(plan: Plan, group: list[Reporting], lang: Lang) -> str:
    """A general paragraph's reporting, as ``deadline_text`` gives a duty's: each frequency and recipients."""
    return "; ".join(f"{t('reports', lang)} ({t('frequency_' + x.report.frequency, lang)}): "
                     + ", ".join(plan.bodies[b].name[lang] for b in x.to) for x in group)


def general_checklist_groups(plan: Plan, assignment: Assignment) -> list[list[Reporting]]:
    """The reporting every agency owes (Part IV), as an assignment's checklist lists it after its duties."""
    return [g for g in reporting_by_passage(reporting_of(plan, assignment)) if g[0].general]


def general_checklist_row(plan: Plan, group: list[Reporting], lang: Lang, site_root: str) -> list[str]:
    """A Part IV paragraph that binds every agency, as a line of an agency's checklist."""
    passage = group[0].passage
    address = routes.page_address(routes.language_root(site_root, lang), routes.ORIGINAL, passage.anchor)
    roles = ", ".join(plan.roles[r].name[lang] for r in reporting_roles(plan))
    row = [passage.id, t("every_agency", lang), passage.text[lang], roles, "", "", reports_text(plan, group, lang),
           "", "", with_url(paragraph_citation(plan, passage, lang), address), address]
    if lang == "en":
        row.insert(CHECKLIST_KEYS.index("checklist_text") + 1, passage.text.vi)
    return row


def checklist_csv(plan: Plan, assignment: Assignment, lang: Lang, site_root: str) -> str:
    """An agency's duties as a checklist to track implementation, then the reporting Part IV asks of every
    agency; with a BOM so spreadsheets read UTF-8."""
    rows = [checklist_row(plan, d, lang, site_root) for d in assignment.duties]
    rows += [general_checklist_row(plan, g, lang, site_root) for g in general_checklist_groups(plan, assignment)]
    return "\ufeff" + _csv(checklist_header(lang), rows)


def _csv(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()
