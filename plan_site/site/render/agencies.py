"""Agency pages: one per numbered assignment of Part III, and the index of every body the text names."""

from __future__ import annotations

from collections import Counter

from plan_site.model.plan import Plan
from plan_site.model.reporting import reporting_by_passage, reporting_of
from plan_site.model.types import Assignment, End, Lang, Passage
from plan_site.site import routes
from plan_site.site.labels import t, tn
from plan_site.site.render.blocks import (
    assignment_duties,
    body_link,
    duty_glance,
    note_block,
    passage_location,
    reporting_markdown,
    target_markdown,
    work_today,
)
from plan_site.site.render.checklist import checklist_links
from plan_site.site.render.markup import escape, link
from plan_site.site.render.page import Page
from plan_site.site.render.relations import neighbourhood, relations_section, relations_table
from plan_site.site.render.report_links import report_links


def agency_page_for(plan: Plan, assignment: Assignment, lang: Lang) -> Page:
    """One assignment, duties first: where the work sits today, the duties at a glance, each duty in full
    (its text, then its reference details), then targets and reporting, the 2025 notes, partners, relations."""
    here = routes.agency(assignment.slug)
    heading = assignment.heading[lang]
    duties = assignment.duties
    out = [f"# {assignment.number}. {escape(heading)} {{: #{assignment.anchor} }}\n\n"]
    original = link(t("in_original", lang), here, routes.ORIGINAL, assignment.anchor)
    side_by_side = link(t("read_side_by_side", lang), here, routes.PARALLEL, assignment.anchor)
    out.append(f"{t('part', lang)} III, {t('assignment', lang).lower()} {assignment.number} · "
               f"{tn('count_duties', len(duties), lang)} · {original} · {side_by_side}\n{{: .lede }}\n\n")
    out.append(_work_today(plan, assignment, lang, here))
    out.append(f"## {t('duties', lang)} {{: #duties }}\n\n")
    out.append(duty_glance(assignment, lang))
    out.append(assignment_duties(plan, assignment, lang, here, notes=False))
    out.append(_targets_and_reporting(plan, assignment, lang, here))
    out.append(_since_2025(plan, assignment, lang))
    out.append(_coordination(plan, assignment, lang, here))
    focus = tuple(End("body", b) for b in assignment.bodies)
    out.append(relations_section(plan, focus, lang, here, t("relations", lang)))
    description = _agency_description(plan, assignment, lang)
    return Page(here, f"{assignment.number}. {heading}", description, "".join(out))


def _agency_description(plan: Plan, assignment: Assignment, lang: Lang) -> str:
    duties = tn("count_duties", len(assignment.duties), lang)
    return t("agency_description", lang).format(duties=duties, number=assignment.number,
                                                heading=assignment.heading[lang], title=plan.meta.title[lang])


def _work_today(plan: Plan, assignment: Assignment, lang: Lang, here: str) -> str:
    """Under the title: where the work sits today, from the relations registry (editorial), with the way
    to the full notes below the duties; folded when the item names several bodies. Nothing if no body of the
    assignment has a 2025 note or successor."""
    todays = [(body_id, today) for body_id in assignment.bodies if (today := work_today(plan, body_id, lang, here))]
    if not todays:
        return ""
    title = f"{t('work_today', lang)} <small>({t('editorial', lang)})</small>"
    note = f"[{t('full_note', lang)}](#since-2025)" if _noted(plan, assignment) else ""
    if len(assignment.bodies) == 1:
        return f"{title}: {todays[0][1]}" + (f" · {note}" if note else "") + "\n{: .work-today }\n\n"
    # Several bodies: one line each would push the duties off a phone's first screen, so they are folded.
    items = "".join(f"- {escape(plan.bodies[body_id].name[lang])}: {today}\n" for body_id, today in todays)
    return (f'<details class="work-today" markdown>\n<summary>{title}: '
            f"{tn('count_bodies', len(todays), lang)}</summary>\n\n{items}\n"
            + (f"{note}\n\n" if note else "") + "</details>\n\n")


def _noted(plan: Plan, assignment: Assignment) -> list[str]:
    return [b for b in assignment.bodies if plan.bodies[b].since_2025]


def _since_2025(plan: Plan, assignment: Assignment, lang: Lang) -> str:
    """The bodies' 2025 notes in full, after the duties they concern."""
    noted = _noted(plan, assignment)
    if not noted:
        return ""
    out = [f"## {t('since_2025', lang)} {{: #since-2025 }}\n\n"]
    for body_id in noted:
        body = plan.bodies[body_id]
        title = t("editorial_note", lang) + (f": {escape(body.name[lang])}" if len(assignment.bodies) > 1 else "")
        out.append(note_block(body.since_2025, lang, title))
    return "".join(out)


def _targets_and_reporting(plan: Plan, assignment: Assignment, lang: Lang, here: str) -> str:
    """Targets and what the assignment must report, its duties' and every agency's (Part IV), with the way
    to who receives reports today, the checklist and the report template."""
    here_rows = []
    for duty in assignment.duties:
        for target in duty.targets:
            here_rows.append(f"- **{t('targets', lang)}:** {target_markdown(target, lang)} "
                             f"({link(duty.id, here, here, duty.anchor)})\n")
    for group in reporting_by_passage(reporting_of(plan, assignment)):
        here_rows.append(f"- **{t('reports', lang)}:** {reporting_markdown(plan, group, lang, here, today=True)}\n")
    today = link(t("reports_today", lang), here, routes.TARGETS, "reporting")
    return (f"## {t('targets_reporting', lang)} {{: #reporting }}\n\n"
            # each line repeats a duty's words or Part IV's, which search finds where they stand
            + '<div class="agency-summary" data-search-exclude markdown>\n\n' + "".join(here_rows) + "\n</div>\n\n"
            + f"{today}\n\n" + checklist_links(assignment, lang, here) + report_links(plan, assignment, lang, here))


def _coordination(plan: Plan, assignment: Assignment, lang: Lang, here: str) -> str:
    """Who this assignment must work with, and which other duties must work with its bodies."""
    out = []
    partners = []
    for duty in assignment.duties:
        for partner in duty.partners:
            if partner not in partners and partner not in assignment.bodies:
                partners.append(partner)
    if partners:
        out.append(f"## {t('partners', lang)} {{: #partners }}\n\n")
        for partner in partners:
            which = [d for d in assignment.duties if partner in d.partners]
            refs = ", ".join(link(d.id, here, here, d.anchor) for d in which)
            out.append(f"- {body_link(plan, partner, lang, here)} ({refs})\n")
        out.append("\n")
    incoming = [d for b in assignment.bodies for d in plan.duties_with_partner(b) if d.assignment != assignment.id]
    if incoming:
        out.append(f"## {t('others_coordinate', lang)} {{: #coordinated-by }}\n\n")
        for duty in incoming:
            owner = plan.assignment_of(duty)
            target = link(f"{duty.id}", here, routes.agency(owner.slug), duty.anchor)
            out.append(f"- {body_link(plan, duty.body, lang, here)}: {target}\n")
        out.append("\n")
    return "".join(out)


def agencies_index(plan: Plan, lang: Lang) -> Page:
    """The fourteen assignments, then every other body the text names, with where it appears."""
    here = routes.AGENCIES
    out = [f"# {t('agencies', lang)}\n\n", f"{tn('agencies_intro', len(plan.assignments), lang)}\n\n"]
    out.append(f"| # | {t('agency', lang)} | {t('duties', lang)} | {t('roles', lang)} |\n|---:|---|---:|---|\n")
    for a in plan.assignments:
        roles = Counter(r for d in a.duties for r in d.roles)
        top = ", ".join(escape(plan.roles[r].name[lang]) for r, _ in roles.most_common(3))
        out.append(f"| {a.number} | {link(escape(a.heading[lang]), here, routes.agency(a.slug))} | {len(a.duties)} | {top} |\n")
    out.append(f"\n## {t('other_bodies', lang)} {{: #other-bodies }}\n\n")
    for body in plan.bodies.values():
        if plan.assignment_for_body(body.id) is not None:
            continue
        out.append(f"### {escape(body.name[lang])} {{: #body-{body.id} }}\n\n")
        refs = _mentions_of_body(plan, body.id)
        if refs:
            links = ", ".join(link(p.id, here, *passage_location(plan, p)) for p in refs)
            out.append(f"{t('mentioned_in', lang)}: {links}\n\n")
        if body.since_2025:
            out.append(note_block(body.since_2025, lang, f"{t('editorial_note', lang)}: {t('since_2025', lang)}"))
        relations = neighbourhood(plan, (End("body", body.id),))
        if relations:
            out.append(relations_table(plan, relations, lang, here))
    title = t("agencies", lang)
    description = tn("agencies_intro", len(plan.assignments), lang)
    return Page(here, title, description, "".join(out))


def _mentions_of_body(plan: Plan, body_id: str) -> list[Passage]:
    """Passages that name a body as partner or report recipient."""
    return [p for p in plan.passages() if body_id in p.partners or any(body_id in r.to for r in p.reports)]
