"""Links to the report templates (plan_site/outputs/report.py): on each agency page and on the download page.

The templates are Vietnamese documents in both languages' sites, so every link says so: ``hreflang="vi"``,
the Word media type, and, in English, "in Vietnamese" in the link text itself.
"""

from __future__ import annotations

from plan_site.model.plan import Plan
from plan_site.model.types import Assignment, Lang
from plan_site.outputs.report import MEDIA_TYPE, ReportTemplate, report_templates
from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.site.render.markup import escape, link


def template_link(template: ReportTemplate, lang: Lang, here: str, label: str) -> str:
    """A link to one template, marked as a Vietnamese Word document."""
    return f'{link(label, here, template.path)}{{: hreflang="vi" type="{MEDIA_TYPE}" }}'


def template_links(plan: Plan, assignment: Assignment, lang: Lang, here: str) -> str:
    """An assignment's templates as one line of links: one link, or one per body where several report."""
    templates = report_templates(plan, assignment)
    if len(templates) == 1:
        return template_link(templates[0], lang, here, t("report_template_file", lang))
    return " · ".join(template_link(x, lang, here, f"{escape(x.body.name[lang])} ({t('report_template_format', lang)})")
                      for x in templates)


def report_links(plan: Plan, assignment: Assignment, lang: Lang, here: str) -> str:
    """The agency page's way to its report templates, under the checklist's links."""
    several = len(report_templates(plan, assignment)) > 1
    lead = t("report_templates_each" if several else "report_template", lang)
    return (f'<div class="report-links" data-search-exclude="" markdown>\n\n'
            f"{lead}: {template_links(plan, assignment, lang, here)}\n\n</div>\n\n")


def report_downloads(plan: Plan, lang: Lang, here: str) -> str:
    """The download page's section on the report templates: what they are, then each assignment's."""
    out = [f"\n## {t('report_templates', lang)} {{: #reports }}\n\n{t('report_templates_intro', lang)}\n\n"]
    for a in plan.assignments:
        agency = link(f"{a.number}. {escape(a.heading[lang])}", here, routes.agency(a.slug))
        out.append(f"- {agency}: {template_links(plan, a, lang, here)}\n")
    return "".join(out)
