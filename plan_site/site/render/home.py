"""Blocks for the hand-written pages (home, about), called through macros."""

from __future__ import annotations

from plan_site.model.plan import Plan
from plan_site.model.types import Lang
from plan_site.site import routes
from plan_site.site.labels import t, tn
from plan_site.site.render.blocks import note_block, note_source
from plan_site.site.render.markup import escape, link, time_html


def key_figures(plan: Plan, lang: Lang) -> str:
    """Counts worth knowing at a glance, each linking to where they are listed."""
    duties = list(plan.duties)
    assigned = {b for a in plan.assignments for b in a.bodies}
    targets = sum(len(d.targets) for d in duties)
    reports = sum(len(p.reports) for p in plan.passages())
    figures = [
        (len(plan.assignments), "count_assignments", routes.AGENCIES),
        (len(assigned), "count_bodies_assigned", routes.AGENCIES),
        (len(duties), "count_duties", routes.AGENCIES),
        (len(plan.key_tasks), "count_key_tasks", routes.KEY_TASKS),
        (targets, "count_targets", routes.TARGETS),
        (reports, "count_reports", routes.TARGETS),
        (len(plan.instruments), "count_instruments", routes.INSTRUMENTS),
    ]
    items = "".join(f"- {link(tn(label, n, lang, f'**{n}**'), routes.HOME, target)}\n" for n, label, target in figures)
    return f'<div class="key-figures" markdown>\n\n{items}\n</div>\n'


def agency_picker(plan: Plan, lang: Lang) -> str:
    """'Find my agency': every assignment, one tap away."""
    items = "".join(
        f"- {link(f'{a.number}. ' + escape(a.heading[lang]), routes.HOME, routes.agency(a.slug))} "
        f"<small>({tn('count_duties', len(a.duties), lang)})</small>\n"
        for a in plan.assignments
    )
    return f'<div class="agency-picker" markdown>\n\n{items}\n</div>\n'


def reorganisation_notice(plan: Plan, lang: Lang, from_page: str = routes.HOME) -> str:
    """The dated notice that the province and its agencies were reorganised in 2025, and the decision's status."""
    status = decision_status(plan, lang)
    if plan.meta.notice is None:
        return status
    details = link(t("see_details", lang), from_page, routes.ABOUT, "since-2025")
    as_of = t("notice_as_of", lang).format(date=time_html(plan.meta.last_checked, lang))
    return f'!!! warning ""\n\n    {as_of} {escape(plan.meta.notice[lang])} {details}.\n\n' + status


def decision_status(plan: Plan, lang: Lang) -> str:
    """The editorial note on whether the decision still stands, with its sources and the date checked."""
    status = plan.decision.status
    return note_block(status, lang, f"{t('editorial_note', lang)}: {t('decision_status', lang)}") if status else ""


def reorganisation_table(plan: Plan, lang: Lang, from_page: str = routes.ABOUT) -> str:
    """For each assignment, where its duties sit since 2025 (editorial notes, with their sources)."""
    rows = []
    for assignment in plan.assignments:
        for body_id in assignment.bodies:
            note = plan.bodies[body_id].since_2025
            if note is None:
                continue
            name = link(escape(plan.bodies[body_id].name[lang]), from_page, routes.agency(assignment.slug))
            rows.append(f"| {name} | {escape(note.text[lang])} | {note_source(note, lang)} |\n")
    header = "| " + " | ".join(t(key, lang) for key in ("reorganisation_body", "reorganisation_since",
                                                          "reorganisation_source")) + " |"
    return header + "\n|---|---|---|\n" + "".join(rows)


def translation_notice(plan: Plan, lang: Lang) -> str:
    """The editorial note on the translation: what is unofficial and which names follow which usage."""
    return note_block(plan.meta.notes["translation"], lang, f"{t('editorial_note', lang)}: {t('translation', lang)}")
