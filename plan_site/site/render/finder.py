"""The duty finder: every duty in one list, with filters by agency, key task, theme and role.

Without JavaScript the page is the full list. overrides/assets/javascripts/finder.js reveals the
form, filters the rows in place and keeps the filters in the query string, so a filtered view can
be shared; nothing is fetched. The facts it filters on travel as JSON in a
``<script type="application/json">`` block, escaped for that context by ``script_json``.
"""

from __future__ import annotations

from plan_site.model.plan import Plan
from plan_site.model.reporting import general_passages, reporting_roles
from plan_site.model.types import Duty, Lang
from plan_site.outputs.metadata import script_json
from plan_site.site import routes
from plan_site.site.labels import t, tn
from plan_site.site.render.markup import attribute, escape, link


def finder_markdown(plan: Plan, lang: Lang) -> str:
    """The finder page body: heading, intro, filter form (hidden until the script runs), count, list."""
    duties = list(plan.duties)
    total = len(duties)
    # The noun agrees with the total, which a page never changes; the script fills in how many match.
    count_template = tn("finder_count", total, lang, matching="{matching}")
    out = [f"# {t('finder', lang)}\n\n", f"{t('finder_intro', lang)}\n\n"]
    out.append(_form(plan, lang))
    out.append(f'<p class="duty-finder__count" id="duty-finder-count" role="status" '
               f'data-template="{attribute(count_template)}">'
               f"{escape(tn('finder_count', total, lang, matching=total))}</p>\n\n")
    out.append(f'<script type="application/json" id="duty-finder-data">{script_json(_facts(plan))}</script>\n\n')
    out.append(_general(plan, lang))
    out.append('<ol class="duty-finder__list" id="duty-finder-list" markdown>\n')
    out.extend(_row(plan, duty, lang) for duty in duties)
    out.append("</ol>\n\n")
    return "".join(out)


def _general(plan: Plan, lang: Lang) -> str:
    """Part IV's paragraphs that bind every agency (its reporting), before the duties: they pass the agency
    filter for every agency and the role filter for reporting; the count counts Part III's duties only."""
    passages = general_passages(plan)
    if not passages:
        return ""
    rows = []
    roles = [escape(plan.roles[r].name[lang]) for r in reporting_roles(plan)]
    for passage in passages:
        target = link(escape(passage.id), routes.FINDER, routes.ORIGINAL, passage.anchor)
        chips = "".join(f'<span class="duty-finder__tag">{tag}</span>' for tag in roles)
        rows.append(f'<li class="duty-finder__row" data-duty="{attribute(passage.id)}" markdown>\n'
                    f'<span class="duty-finder__head">{target} · {escape(t("every_agency", lang))}</span>\n'
                    f'<span class="duty-finder__text">{escape(passage.text[lang])}</span>\n'
                    f'<span class="duty-finder__tags">{chips}</span>\n</li>\n')
    return ('<div class="duty-finder__general" id="duty-finder-general-block" markdown>\n\n'
            f'<p class="duty-finder__general-title">{escape(t("finder_every_agency", lang))}</p>\n\n'
            '<ol class="duty-finder__list" id="duty-finder-general" markdown>\n'
            + "".join(rows) + "</ol>\n\n</div>\n\n")


def _facts(plan: Plan) -> dict[str, object]:
    """What each duty can be filtered by, keyed by duty id: ids only, never display text. A Part IV paragraph
    binding every agency is every agency's, with the reporting roles."""
    return {
        duty.id: {
            "agency": plan.assignment_of(duty).slug,
            "task": list(duty.key_tasks),
            "theme": list(duty.themes),
            "role": list(duty.roles),
        }
        for duty in plan.duties
    } | {
        passage.id: {"agency": [a.slug for a in plan.assignments], "task": [], "theme": [],
                     "role": list(reporting_roles(plan))}
        for passage in general_passages(plan)
    }


def _select(name: str, label: str, options: list[tuple[str, str]], lang: Lang) -> str:
    """A labelled drop-down whose first choice is 'all'."""
    choices = "".join(f'<option value="{attribute(value)}">{escape(text)}</option>' for value, text in options)
    return (f'<div class="duty-finder__field"><label for="duty-finder-{name}">{escape(label)}</label>'
            f'<select id="duty-finder-{name}" name="{name}"><option value="">{escape(t("finder_all", lang))}</option>'
            f"{choices}</select></div>\n")


def _form(plan: Plan, lang: Lang) -> str:
    """The filters: a text box that ignores accents and case, and one drop-down per facet."""
    agencies = [(a.slug, f"{a.number}. {a.heading[lang]}") for a in plan.assignments]
    tasks = [(k.id, f"{k.id} {k.short_name[lang]}" if k.short_name else k.id) for k in plan.key_tasks]
    themes = sorted(((th.id, th.name[lang]) for th in plan.themes.values()), key=lambda x: x[1].lower())
    roles = [(r.id, r.name[lang]) for r in plan.roles.values()]
    return (
        '<form class="duty-finder" id="duty-finder-form" role="search" hidden>\n'
        f'<div class="duty-finder__field duty-finder__field--text"><label for="duty-finder-text">'
        f'{escape(t("finder_text", lang))}</label>'
        f'<input type="search" id="duty-finder-text" name="text" autocomplete="off" '
        f'aria-describedby="duty-finder-count"></div>\n'
        + _select("agency", t("agency", lang), agencies, lang)
        + _select("task", t("key_tasks", lang), tasks, lang)
        + _select("theme", t("themes", lang), themes, lang)
        + _select("role", t("roles", lang), roles, lang)
        + f'<div class="duty-finder__actions"><button type="reset" class="md-button">'
        f'{escape(t("finder_reset", lang))}</button></div>\n'
        "</form>\n\n"
    )


def _row(plan: Plan, duty: Duty, lang: Lang) -> str:
    """One duty: its id linking to the duty on its agency page, the body, the text, its tags."""
    here = routes.FINDER
    owner = plan.assignment_of(duty)
    target = link(escape(duty.id), here, routes.agency(owner.slug), duty.anchor)
    tags = [escape(plan.roles[r].name[lang]) for r in duty.roles]
    tags += [escape(k) for k in duty.key_tasks]
    tags += [escape(plan.themes[th].name[lang]) for th in duty.themes]
    chips = "".join(f'<span class="duty-finder__tag">{tag}</span>' for tag in tags)
    return (
        f'<li class="duty-finder__row" data-duty="{attribute(duty.id)}" markdown>\n'
        f'<span class="duty-finder__head">{target} · {escape(plan.bodies[duty.body].name[lang])}</span>\n'
        f'<span class="duty-finder__text">{escape(duty.text[lang])}</span>\n'
        f'<span class="duty-finder__tags">{chips}</span>\n'
        "</li>\n"
    )
