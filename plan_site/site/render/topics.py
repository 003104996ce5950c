"""Pages that gather duties across agencies: key tasks, themes, targets and reporting, the glossary."""

from __future__ import annotations

from plan_site.model.plan import Plan
from plan_site.model.types import Duty, Lang
from plan_site.site import routes
from plan_site.site.labels import t, tn
from plan_site.site.render.blocks import (
    body_link,
    note_block,
    opening_words,
    passage_location,
    report_markdown,
    target_markdown,
    text_block,
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
    out.append('{: .matrix }\n\n')
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
    """Every quantified target and every reporting obligation, in one place."""
    here = routes.TARGETS
    out = [f"# {t('targets_reporting', lang)}\n\n", f"## {t('quantified_targets', lang)} {{: #targets }}\n\n"]
    for duty in plan.duties:
        for target in duty.targets:
            where = link(duty.id, here, routes.agency(plan.assignment_of(duty).slug), duty.anchor)
            out.append(f"- {body_link(plan, duty.body, lang, here)} ({where}): {target_markdown(target, lang)}\n")
    out.append(f"\n## {t('reporting_obligations', lang)} {{: #reporting }}\n\n")
    for passage in plan.passages():
        for report in passage.reports:
            page, anchor = passage_location(plan, passage)
            who = body_link(plan, passage.body, lang, here) + ": " if isinstance(passage, Duty) else ""
            out.append(f"- {who}{report_markdown(plan, report, lang, here)} ({link(passage.id, here, page, anchor)})\n")
    out.append("\n")
    return Page(here, t("targets_reporting", lang), t("targets_reporting", lang) + " — " + plan.meta.title[lang], "".join(out))


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
