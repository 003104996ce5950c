"""Pages that gather duties across agencies: key tasks, themes, targets and reporting, the glossary."""

from __future__ import annotations

from plan_site.model.plan import Plan
from plan_site.model.reporting import every_reporting, reporting_by_passage, successors_today
from plan_site.model.types import Duty, Lang, Relation
from plan_site.site import routes
from plan_site.site.labels import t, tn
from plan_site.site.render.blocks import (
    body_link,
    note_block,
    opening_words,
    passage_location,
    target_markdown,
    text_block,
    work_today,
)
from plan_site.site.render.markup import escape, link
from plan_site.site.render.page import Page


def key_tasks_page(plan: Plan, lang: Lang) -> Page:
    """The seven key tasks with the duties that carry them, and a matrix agencies × tasks."""
    here = routes.KEY_TASKS
    out = [f"# {t('key_tasks', lang)}\n\n"]
    out.append(note_block(plan.meta.notes["tagging"], lang, t("editorial_note", lang)))
    for task in plan.key_tasks:
        name = task.short_name[lang] if task.short_name else ""
        out.append(f"## {task.id}. {escape(name)} {{: #{task.anchor} }}\n\n")
        out.append(text_block(plan, task, lang, here))
        out.append(f"**{t('carried_by', lang)}:**\n\n")
        for assignment in plan.assignments:
            duties = [d for d in assignment.duties if task.id in d.key_tasks]
            if duties:
                refs = ", ".join(link(d.id, here, routes.agency(assignment.slug), d.anchor) for d in duties)
                out.append(f"- {link(escape(assignment.heading[lang]), here, routes.agency(assignment.slug))}: {refs}\n")
        out.append("\n")
    out.append(f"## {t('matrix', lang)} {{: #matrix }}\n\n{t('matrix_caption', lang)}\n\n")
    header = " | ".join(link(k.id, here, here, k.anchor) for k in plan.key_tasks)
    out.append(f"| {t('agency', lang)} | {header} |\n|---|" + "---:|" * len(plan.key_tasks) + "\n")
    for a in plan.assignments:
        counts = [sum(1 for d in a.duties if k.id in d.key_tasks) for k in plan.key_tasks]
        cells = " | ".join(str(n) if n else "·" for n in counts)
        out.append(f"| {link(f'{a.number}. ' + escape(a.heading[lang]), here, routes.agency(a.slug))} | {cells} |\n")
    return Page(here, t("key_tasks", lang), t("key_tasks", lang) + " — " + plan.meta.title[lang], "".join(out))


def _duty_list(plan: Plan, duties: list[Duty], lang: Lang, here: str) -> str:
    out = []
    for duty in duties:
        owner = plan.assignment_of(duty)
        snippet = opening_words(duty.text[lang], 160)
        out.append(f"- {link(duty.id, here, routes.agency(owner.slug), duty.anchor)} "
                   f"**{escape(plan.bodies[duty.body].name[lang])}** — {escape(snippet)}\n")
    return "".join(out) + "\n"


def theme_page_for(plan: Plan, theme_id: str, lang: Lang) -> Page:
    theme = plan.themes[theme_id]
    here = routes.theme(theme_id)
    duties = [d for d in plan.duties if theme_id in d.themes]
    out = [f"# {escape(theme.name[lang])}\n\n", f"{tn('count_tagged', len(duties), lang)}\n{{: .lede }}\n\n"]
    out.append(note_block(plan.meta.notes["tagging"], lang, t("editorial_note", lang)))
    out.append(_duty_list(plan, duties, lang, here))
    return Page(here, theme.name[lang], f"{t('tagged', lang)}: {theme.name[lang]}", "".join(out))


def themes_index(plan: Plan, lang: Lang) -> Page:
    here = routes.THEMES
    out = [f"# {t('themes', lang)}\n\n"]
    out.append(note_block(plan.meta.notes["tagging"], lang, t("editorial_note", lang)))
    for theme in plan.themes.values():
        count = sum(1 for d in plan.duties if theme.id in d.themes)
        out.append(f"- {link(escape(theme.name[lang]), here, routes.theme(theme.id))} ({count})\n")
    return Page(here, t("themes", lang), t("themes", lang) + " — " + plan.meta.title[lang], "".join(out))


def targets_page(plan: Plan, lang: Lang) -> Page:
    """Every quantified target, then every reporting obligation as a table: who reports, to whom, how often,
    and (the editors', from the relations registry) who receives the reports today."""
    here = routes.TARGETS
    out = [f"# {t('targets_reporting', lang)}\n\n", f"## {t('quantified_targets', lang)} {{: #targets }}\n\n"]
    for duty in plan.duties:
        for target in duty.targets:
            where = link(duty.id, here, routes.agency(plan.assignment_of(duty).slug), duty.anchor)
            out.append(f"- {body_link(plan, duty.body, lang, here)} ({where}): {target_markdown(target, lang)}\n")
    out.append(f"\n## {t('reporting_obligations', lang)} {{: #reporting }}\n\n{t('reporting_table_intro', lang)}\n\n")
    out.append(_reporting_table(plan, lang, here))
    return Page(here, t("targets_reporting", lang), t("targets_reporting", lang) + " — " + plan.meta.title[lang], "".join(out))


def _reporting_table(plan: Plan, lang: Lang, here: str) -> str:
    """One row per passage that states a reporting obligation; the notes behind the "today" column follow."""
    editorial = f" <small>({t('editorial', lang)})</small>"
    columns = [t("reporting_who", lang), t("reporting_to", lang), t("reporting_how_often", lang),
               t("reporting_recipient_today", lang) + editorial, t("reporting_words", lang), t("reporting_where", lang)]
    out = ['<div class="reporting-table" markdown>\n\n| ' + " | ".join(columns) + " |\n|"
           + "---|" * len(columns) + "\n"]
    used: list[Relation] = []
    for group in reporting_by_passage(every_reporting(plan)):
        first = group[0]
        who = t("every_agency", lang) if first.general else body_link(plan, first.reporter, lang, here)
        today = []
        for body_id in first.to:
            now = work_today(plan, body_id, lang, here) or t("reporting_no_successor", lang)
            today.append(f"{escape(plan.bodies[body_id].name[lang])}: {now}" if len(first.to) > 1 else now)
            used += [r for chain in successors_today(plan, body_id) for r in chain if r not in used]
        cells = [who, ", ".join(body_link(plan, b, lang, here) for b in first.to),
                 "; ".join(dict.fromkeys(t(f"frequency_{x.report.frequency}", lang) for x in group)),
                 "<br>".join(today),  # the Plan's words: search finds them in the passage itself
                 f"<span data-search-exclude>“{escape(first.report.quote[lang])}”</span>",
                 link(escape(first.passage.id), here, *passage_location(plan, first.passage))]
        out.append("| " + " | ".join(cells) + " |\n")
    out.append("\n</div>\n\n")
    out.append('<div class="reporting-notes" data-search-exclude markdown>\n\n')  # search finds them on the
    for relation in used:                                                            # bodies' pages
        if relation.note:
            title = (f"{t('editorial_note', lang)}: {escape(plan.body(relation.source.id).name[lang])} → "
                     f"{escape(plan.body(relation.target.id).name[lang])}")
            out.append(note_block(relation.note, lang, title))
    out.append("</div>\n\n")
    return "".join(out)


def glossary_page(plan: Plan, lang: Lang) -> Page:
    """The glossary's definitions, then the term base: the one English rendering of each Vietnamese term."""
    here = routes.GLOSSARY
    other: Lang = "en" if lang == "vi" else "vi"
    out = [f"# {t('glossary', lang)}\n\n", note_block(plan.meta.notes["glossary"], lang, t("editorial_note", lang))]
    for term in sorted(plan.glossary, key=lambda g: g.term[lang].lower()):
        out.append(f"## {escape(term.term[lang])} {{: #{term.id} }}\n\n")  # h2: no skipped level
        out.append(f"{_in_lang(term.term[other], other, lang)}\n{{: .term-translation }}\n\n")
        out.append(f"{escape(term.definition[lang])}\n\n")
    if plan.terms:
        out.append(_term_base(plan, lang))
    return Page(here, t("glossary", lang), t("glossary", lang) + " — " + plan.meta.title[lang], "".join(out))


def _term_base(plan: Plan, lang: Lang) -> str:
    """The term base as a table, Vietnamese first; words in the page's other language carry their ``lang``."""
    out = [f"## {t('term_base', lang)} {{: #term-base }}\n\n", f"{t('term_base_intro', lang)}\n\n",
           f"| {t('lang_vi', lang)} | {t('lang_en', lang)} | {t('term_scope', lang)} |\n|---|---|---|\n"]
    for entry in sorted(plan.terms, key=lambda e: e.term[lang].lower()):
        english = _in_lang(entry.term.en, "en", lang)
        if entry.variants:
            also = ", ".join(_in_lang(v, "en", lang) for v in entry.variants)
            english += f"<br><small>{t('also_accepted', lang)}: {also}</small>"
        note = escape(entry.note[lang]) if entry.note else ""
        out.append(f"| {_in_lang(entry.term.vi, 'vi', lang)} | {english} | {note} |\n")
    return "".join(out) + "\n"


def _in_lang(text: str, text_lang: Lang, page_lang: Lang) -> str:
    """Escaped text, marked with its language when it is not the page's."""
    return escape(text) if text_lang == page_lang else f'<span lang="{text_lang}">{escape(text)}</span>'
