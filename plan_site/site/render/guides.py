"""Plain-language guidance (``meta.guides``): the home page's card, a guide's steps, and the plan's text
behind them, folded.

A guide is editorial: each step shows its sources, as-of date and confidence, like every editorial note.
The duties a step rests on are the plan's own words, so they are shown as the text words them, but plainly
(no citation bar, Akoma Ntoso identifier, role tags or editorial tags: those are on the agency page each
links to) and folded behind a "read the Plan's text" disclosure, after the steps, so a reader meets what to
do first. The macros in macros/main.py call these: the cards with no argument (every guide of the data, so
a plan without guides shows none), the steps and the plan's text with the guide's id, its page's name under
guides/.
"""

from __future__ import annotations

from plan_site.model.guides import Guide
from plan_site.model.plan import Plan
from plan_site.model.types import Lang
from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.site.render.blocks import note_source, passage_location
from plan_site.site.render.markup import escape, link, linked_text
from plan_site.site.render.quoting import BadReference, find_record

GUIDE_CARD_CLASS = "guide-card"
GUIDE_STEPS_CLASS = "guide-steps"
GUIDE_PLAN_CLASS = "guide-plan"


def guide_cards(plan: Plan, lang: Lang, from_page: str) -> str:
    """A card for each guide of the data, linking its page: its title as the link, and one sentence on what
    the guide tells; nothing when the data has no guides. Material's grid cards style it (no style sheet)."""
    cards = "".join(f"-   **{link(escape(guide.card_title[lang]), from_page, routes.guide(guide.id))}**\n\n"
                    f"    {escape(guide.card_text[lang])}\n\n" for guide in plan.meta.guides)
    return f'<div class="grid cards {GUIDE_CARD_CLASS}" markdown>\n\n{cards}</div>\n\n' if cards else ""


def guide_steps(plan: Plan, lang: Lang, from_page: str, guide_id: str) -> str:
    """The steps, in order, each with what to do, the plan's duties behind it (linked to their agency
    pages) and the step's sources, as-of date and confidence."""
    items = []
    for number, step in enumerate(_guide(plan, guide_id).steps, start=1):
        duties = ", ".join(_duty_link(plan, duty_id, lang, from_page, duty_id) for duty_id in step.duties)
        in_plan = f"    {t('guide_in_plan', lang)}: {duties}\n\n" if duties else ""
        items.append(f"{number}.  **{escape(step.title[lang])}**\n"
                     f"    {{: #step-{step.id} }}\n\n"
                     f"    {escape(step.text[lang])}\n\n"
                     f"{in_plan}"
                     f"    {note_source(step, lang)}\n\n")
    return f'<div class="{GUIDE_STEPS_CLASS}" markdown>\n\n' + "".join(items) + "</div>\n\n"


def guide_plan_text(plan: Plan, lang: Lang, from_page: str, guide_id: str) -> str:
    """Every duty the steps rest on, as the plan words it, under its step's title, inside one disclosure,
    which search leaves out: search finds each duty once, on its agency page."""
    groups = []
    for number, step in enumerate(_guide(plan, guide_id).steps, start=1):
        if not step.duties:
            continue
        duties = "".join(_plain_duty(plan, duty_id, lang, from_page) for duty_id in step.duties)
        groups.append(f"**{number}. {escape(step.title[lang])}**\n\n{duties}\n")
    if not groups:
        return ""
    return (f'<details class="{GUIDE_PLAN_CLASS}" data-search-exclude markdown>\n'
            f'<summary>{t("guide_read_plan", lang)}</summary>\n\n'
            f"{t('guide_plan_note', lang)}\n\n" + "".join(groups) + "</details>\n\n")


def _plain_duty(plan: Plan, duty_id: str, lang: Lang, from_page: str) -> str:
    """A duty's words, then a link to it on its agency page (named by its id and the body the Plan names)."""
    duty = plan.duty_index[duty_id]
    label = f"{duty.id} · {plan.bodies[duty.body].name[lang]}"
    text = linked_text(duty.text[lang], lang, from_page, plan.instruments.values())
    return f"- {text} ({_duty_link(plan, duty_id, lang, from_page, label)})\n"


def _duty_link(plan: Plan, duty_id: str, lang: Lang, from_page: str, label: str) -> str:
    page, anchor = passage_location(plan, plan.duty_index[duty_id])
    return link(escape(label), from_page, page, anchor)


def _guide(plan: Plan, guide_id: object) -> Guide:
    index = {guide.id: guide for guide in plan.meta.guides}
    if not index:
        raise BadReference("the data has no guides (meta.guides)")
    return find_record(index, guide_id, "guide id")
