"""The download page: each published data file, what it holds, its columns and its licence."""

from __future__ import annotations

from plan_site.model.citation import decision_name
from plan_site.model.identifiers import AKN_LANGUAGES, decision_work_uri, duty_eid, expression_uri, portion_uri
from plan_site.model.plan import Plan
from plan_site.model.types import LANGS, Lang
from plan_site.outputs.feed import FEED_TYPE
from plan_site.outputs.open_data import CC_BY, DUTY_COLUMNS, LIST_SEPARATOR
from plan_site.site import routes
from plan_site.site.labels import t, tn
from plan_site.site.render.markup import escape, link
from plan_site.site.render.report_links import report_downloads


def akn_downloads(plan: Plan, lang: Lang, here: str) -> str:
    """Links to both Akoma Ntoso expressions, as one line of Markdown."""
    links = " · ".join(link(escape(t(f"akn_{x}", lang)), here, routes.akn_file(plan, x)) for x in LANGS)
    return f"{t('akn_downloads', lang)}: {links}"


def akn_identifiers(plan: Plan, lang: Lang) -> str:
    """What the Akoma Ntoso files are, the decision's permanent identifiers, and one duty's portion as an example."""
    work, duty = decision_work_uri(plan), next(plan.duties)
    uris = {"work": work, "portion": portion_uri(work, duty_eid(plan, duty))}
    uris |= {AKN_LANGUAGES[x]: expression_uri(plan, x) for x in LANGS}
    code = {name: f"<code>{escape(uri)}</code>" for name, uri in uris.items()}
    return t("akn_intro", lang).format(duty=escape(duty.id), **code)


def open_data_markdown(plan: Plan, lang: Lang) -> str:
    """Files, formats, columns and licences, in the page language."""
    here = routes.OPEN_DATA
    duties = sum(1 for _ in plan.duties)
    out = [f"# {t('open_data', lang)}\n\n", f"{t('open_data_intro', lang)}\n{{: .lede }}\n\n"]
    out.append(f"## {t('data_files', lang)} {{: #files }}\n\n")
    out.append(f"| {t('data_file', lang)} | {t('data_format', lang)} | {t('data_contents', lang)} | "
               f"{t('licence', lang)} |\n|---|---|---|---|\n")
    files = [
        (routes.PLAN_JSON, "JSON", t("data_plan_json", lang), t("licence_mixed", lang)),
        (routes.DUTIES_CSV, "CSV (UTF-8)", tn("data_duties_csv", duties, lang), t("licence_mixed", lang)),
        (routes.DUTIES_XLSX, "Excel (XLSX)", t("data_duties_xlsx", lang), t("licence_mixed", lang)),
        (routes.SCHEMA_JSON, "JSON Schema 2020-12", t("data_schema_json", lang), CC_BY["name"]),
        (routes.DATAPACKAGE_JSON, "Frictionless Data Package", t("data_datapackage", lang), CC_BY["name"]),
    ]
    files += [(routes.akn_file(plan, x), f"Akoma Ntoso 3.0 (XML, {AKN_LANGUAGES[x]})",
               f"{t('data_akn', lang)}, {t(f'akn_{x}', lang)}",
               t("licence_mixed", lang) if x == "vi" else CC_BY["name"]) for x in LANGS]
    for path, kind, contents, licence in files:
        name = path.rsplit("/", 1)[1]
        out.append(f"| {link(f'`{name}`', here, path)} | {kind} | {contents} | {licence} |\n")
    feed = link(escape(t("feed_link", lang)), here, routes.FEED)
    out.append(f"\n{t('data_feed', lang)} {feed}{{: type=\"{FEED_TYPE}\" }} (`{routes.FEED}`)\n{{: #feed }}\n\n")
    out.append(f"{t('data_stable', lang)}\n\n")
    out.append(f"## {t('akn_heading', lang)} {{: #akn }}\n\n{akn_identifiers(plan, lang)}\n\n")
    out.append(f"## {t('data_columns', lang)} {{: #columns }}\n\n")
    out.append(f"{t('data_columns_intro', lang).format(sep=f'`{LIST_SEPARATOR}`')}\n\n")
    out.append(f"| {t('data_column', lang)} | {t('data_column_heading', lang)} | {t('data_meaning', lang)} |\n"
               "|---|---|---|\n")
    out.extend(f"| `{c.name}` | {escape(c.heading(lang))} | {escape(c.description(lang))} |\n" for c in DUTY_COLUMNS)
    out.append(f"\n## {t('checklists', lang)} {{: #checklists }}\n\n{t('checklists_intro', lang)}\n\n")
    for a in plan.assignments:
        agency = link(f"{a.number}. {escape(a.heading[lang])}", here, routes.agency(a.slug))
        page = link(t("checklist_printable", lang), here, routes.checklist(a.slug))
        csv = link("CSV", here, routes.checklist_csv(a.slug))
        out.append(f"- {agency}: {page} · {csv}\n")
    out.append(report_downloads(plan, lang, here))
    out.append(f"\n## {t('licence', lang)} {{: #licence }}\n\n")
    out.append(f"{t('licence_legal_text', lang).format(decision=decision_name(plan, lang))}\n\n")
    out.append(f"{t('licence_editorial', lang)} [{CC_BY['title']}]({CC_BY['path']}){{: rel=license }}.\n\n")
    out.append(f"{t('licence_attribution', lang)}\n\n")
    out.append(f"> {t('licence_attribution_example', lang).format(title=escape(plan.meta.title[lang]))}\n\n")
    return "".join(out)
