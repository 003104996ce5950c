"""An agency's duties as a checklist to track implementation: a printable page and a CSV.

The page is a table with empty status and notes columns, made to be printed (the site's print
styles drop navigation); the same rows are published as CSV by plan_site/outputs/open_data.py.
Checklist pages are reached from each agency page and are kept out of the navigation.
"""

from __future__ import annotations

from plan_site.model.plan import Plan
from plan_site.model.reporting import reporting_roles
from plan_site.model.types import Assignment, Lang
from plan_site.outputs.open_data import deadline_text, general_checklist_groups, reports_text, target_text
from plan_site.site import routes
from plan_site.site.labels import t, tn
from plan_site.site.render.markup import escape, link

CHECKBOX = "☐"


def checklist_title(assignment: Assignment, lang: Lang) -> str:
    """A unique page title: the word checklist and the agency's item."""
    return f"{t('checklist', lang)}: {assignment.number}. {assignment.heading[lang]}"


def checklist_description(assignment: Assignment, lang: Lang) -> str:
    return f"{t('checklist_intro', lang)} {assignment.heading[lang]}"


def checklist_links(assignment: Assignment, lang: Lang, here: str) -> str:
    """The agency page's way to its checklist: a printable page and a CSV download."""
    page = link(t("checklist_printable", lang), here, routes.checklist(assignment.slug))
    csv = link(t("checklist_csv", lang), here, routes.checklist_csv(assignment.slug))
    return f'<div class="checklist-links" data-search-exclude="" markdown>\n\n{t("checklist", lang)}: {page} · {csv}\n\n</div>\n\n'


def labelled(heading: str, value: str, blank: bool = False) -> str:
    """A cell's value after its column's heading, which only a phone shows, where rows stack (checklist.css);
    empty if there is no value, unless the cell is a blank to fill in."""
    if not value and not blank:
        return ""
    return f'<span class="checklist-label">{heading}:</span> {value}'.rstrip()


def checklist_markdown(plan: Plan, assignment: Assignment, lang: Lang) -> str:
    """The checklist page: what it is, a print button, the CSV, and one table row per duty."""
    here = routes.checklist(assignment.slug)
    back = link(f"← {escape(assignment.heading[lang])}", here, routes.agency(assignment.slug))
    csv = link(t("checklist_csv", lang), here, routes.checklist_csv(assignment.slug))
    out = [f"# {t('checklist', lang)}: {assignment.number}. {escape(assignment.heading[lang])}\n\n"]
    out.append(f"{escape(plan.meta.title[lang])} · {tn('count_duties', len(assignment.duties), lang)}\n{{: .lede }}\n\n")
    out.append('<div class="checklist-actions" data-search-exclude="" markdown>\n\n')
    out.append(f'<button type="button" class="md-button print-page" hidden>{t("checklist_print", lang)}</button> '
               f"{csv} · {back}\n\n</div>\n\n")
    headings = [CHECKBOX, t("checklist_duty_id", lang), t("checklist_text", lang), t("roles", lang),
                t("partners", lang), t("targets", lang) + " · " + t("checklist_deadline", lang),
                t("checklist_status", lang), t("checklist_notes", lang)]
    out.append('<div class="checklist" data-search-exclude="" markdown>\n\n')
    out.append("| " + " | ".join(headings) + " |\n|" + "---|" * len(headings) + "\n")
    several = len(assignment.bodies) > 1
    for duty in assignment.duties:
        text = escape(duty.text[lang])
        if several:
            text = f"**{escape(plan.bodies[duty.body].name[lang])}:** {text}"
        roles = ", ".join(escape(plan.roles[r].name[lang]) for r in duty.roles)
        partners = ", ".join(escape(plan.bodies[b].name[lang]) for b in duty.partners)
        timing = [escape(target_text(x, lang)) for x in duty.targets]
        if duty.reports:
            timing.append(escape(deadline_text(plan, duty, lang)))
        duty_link = link(escape(duty.id), here, routes.agency(assignment.slug), duty.anchor)
        cells = [labelled(headings[3], roles), labelled(headings[4], partners), labelled(headings[5], "<br>".join(timing)),
                 labelled(headings[6], "", blank=True), labelled(headings[7], "", blank=True)]
        out.append(f"| {CHECKBOX} | {duty_link} | {text} | {' | '.join(cells)} |\n")
    roles = ", ".join(escape(plan.roles[r].name[lang]) for r in reporting_roles(plan))
    for group in general_checklist_groups(plan, assignment):  # Part IV: what every agency reports
        passage = group[0].passage
        where = link(escape(passage.id), here, routes.ORIGINAL, passage.anchor)
        text = f"**{t('every_agency', lang)}:** {escape(passage.text[lang])}"
        cells = [labelled(headings[3], roles), "", labelled(headings[5], escape(reports_text(plan, group, lang))),
                 labelled(headings[6], "", blank=True), labelled(headings[7], "", blank=True)]
        out.append(f"| {CHECKBOX} | {where} | {text} | {' | '.join(cells)} |\n")
    out.append("\n</div>\n\n")
    out.append(f"{t('checklist_footer', lang)}\n{{: .checklist-footer }}\n\n")
    return "".join(out)
