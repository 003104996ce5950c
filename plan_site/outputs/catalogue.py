"""The catalogue of published data files: every file one language's site publishes, and the Data Package
(datapackage.json) that describes them, their columns and licences.

It gathers the other outputs (open data, Akoma Ntoso, report templates), so none of them needs another.
"""

from __future__ import annotations

import json

from plan_site.model.citation import decision_name, issuer_name
from plan_site.model.identifiers import AKN_LANGUAGES
from plan_site.model.plan import Plan
from plan_site.model.types import LANGS, Assignment, Lang
from plan_site.outputs.akn import MEDIA_TYPE, akn_xml
from plan_site.outputs.open_data import (
    CC_BY,
    DUTY_COLUMNS,
    checklist_csv,
    checklist_header,
    duties_csv,
    plan_json,
    schema_json,
)
from plan_site.outputs.report import MEDIA_TYPE as DOCX_TYPE
from plan_site.outputs.report import report_files, report_templates
from plan_site.outputs.workbook import MEDIA_TYPE as XLSX_TYPE
from plan_site.outputs.workbook import duties_header, duties_xlsx
from plan_site.site import routes


def checklist_resource(assignment: Assignment, lang: Lang) -> dict:
    """An agency's checklist CSV as a Data Package resource, its columns as this language names them."""
    return {"name": f"checklist-{assignment.slug}",
            "path": routes.data_dir_relative(routes.checklist_csv(assignment.slug)),
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "description": f"Checklist of the duties of item {assignment.number} of Part III; status and notes blank.",
            "schema": {"fields": [{"name": name, "type": "string"} for name in checklist_header(lang)]}}


def datapackage_json(plan: Plan, lang: Lang) -> str:
    """A Frictionless Data Package describing the published files and their licences."""
    package = {
        "name": plan.meta.dataset,
        "title": plan.meta.title.en,
        "description": (
            f"{decision_name(plan, 'en')} of {issuer_name(plan, 'en')} and its Plan, as data. "
            "The Vietnamese text is a legal document, not subject to copyright (Law on Intellectual Property, "
            "Article 15); the English translation and editorial layer are licensed under CC BY 4.0."
        ),
        "licenses": [CC_BY],
        "resources": [
            {"name": "plan", "path": "plan.json", "format": "json", "mediatype": "application/json",
             "encoding": "utf-8", "description": "The whole decision and plan; valid against schema.json."},
            {"name": "duties", "path": "duties.csv", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
             "description": "One row per duty of Part III.",
             "schema": {"fields": [{"name": c.name, "type": "string", "description": c.description("en")}
                                   for c in DUTY_COLUMNS], "primaryKey": ["id"]}},
            workbook_resource(lang),
            {"name": "schema", "path": "schema.json", "format": "json", "mediatype": "application/schema+json",
             "encoding": "utf-8", "description": "JSON Schema (draft 2020-12) of plan.json."},
        ] + [
            {"name": f"akn-{AKN_LANGUAGES[expression]}",
             "path": routes.data_dir_relative(routes.akn_file(plan, expression)), "format": "xml", "mediatype": MEDIA_TYPE, "encoding": "utf-8",
             "description": f"The decision and the Plan as Akoma Ntoso 3.0 (OASIS LegalDocML): {description}."}
            for expression, description in (("vi", "the Vietnamese original (vie)"),
                                             ("en", "the unofficial English translation (eng)"))
        ] + [checklist_resource(assignment, lang) for assignment in plan.assignments] + report_resources(plan),
    }
    return json.dumps(package, ensure_ascii=False, indent=2) + "\n"


def workbook_resource(lang: Lang) -> dict:
    """The duties workbook as a Data Package resource: its first sheet is the table, headed in this language."""
    return {"name": "duties-xlsx", "path": routes.data_dir_relative(routes.DUTIES_XLSX), "format": "xlsx",
            "mediatype": XLSX_TYPE,
            "description": "The rows of duties.csv as an Excel workbook, typed cells with headings in the site's "
                           "language (first sheet); the second sheet describes the file and maps each heading "
                           "to its CSV column.",
            "schema": {"fields": [{"name": heading, "type": "string", "description": c.description("en")}
                                  for heading, c in zip(duties_header(lang), DUTY_COLUMNS, strict=True)],
                       "primaryKey": duties_header(lang)[:1]}}


def report_resources(plan: Plan) -> list[dict]:
    """The report templates (plan_site/outputs/report.py) as Data Package resources."""
    return [{"name": "report-" + template.path.removeprefix(f"{routes.DATA_DIR}/reports/").removesuffix(".docx").replace("/", "-"),
             "path": routes.data_dir_relative(template.path), "format": "docx", "mediatype": DOCX_TYPE,
             "description": f"Report template (Vietnamese, Decree 30/2020/NĐ-CP layout) for {template.body.name.en}: "
                            f"the duties of item {template.assignment.number} of Part III, results to fill in."}
            for template in report_templates(plan)]


def data_files(plan: Plan, lang: Lang, site_root: str) -> dict[str, str | bytes]:
    """Every data file one language's site publishes: path under the language root → content (text, or the
    bytes of a report template)."""
    files = {
        routes.PLAN_JSON: plan_json(plan),
        routes.DUTIES_CSV: duties_csv(plan, site_root),
        routes.DUTIES_XLSX: duties_xlsx(plan, lang, site_root),
        routes.SCHEMA_JSON: schema_json(),
        routes.DATAPACKAGE_JSON: datapackage_json(plan, lang),
    }
    files |= {routes.akn_file(plan, expression): akn_xml(plan, expression) for expression in LANGS}
    for assignment in plan.assignments:
        files[routes.checklist_csv(assignment.slug)] = checklist_csv(plan, assignment, lang, site_root)
    files |= report_files(plan)
    return files
