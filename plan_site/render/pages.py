"""Every generated page of the site, per language: path, title, description and Markdown body.

Pages exist because records exist: adding an assignment or instrument to the data is enough
to give it a page. Both languages use the same paths, so the language switch keeps the page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..document import pieces
from ..i18n import t
from ..model import Assignment, Duty, End, Lang, Passage, Plan
from .blocks import (
    AGENCIES_INDEX,
    KEY_TASKS_PAGE,
    ORIGINAL_PAGE,
    PARALLEL_PAGE,
    agency_page,
    assignment_duties,
    body_link,
    candidate_markdown,
    document_piece,
    instrument_heading,
    instrument_title,
    key_task_link,
    note_block,
    opening_words,
    passage_location,
    report_markdown,
    target_markdown,
    text_block,
    theme_page,
)
from .changes import CHANGES_PAGE, changes_markdown
from .checklist import checklist_description, checklist_links, checklist_markdown, checklist_page, checklist_title
from .finder import FINDER_PAGE, finder_markdown
from .markup import escape, front_matter, link, mentioned_instruments
from .network import COORDINATION_PAGE, coordination_markdown
from .open_data_page import OPEN_DATA_PAGE, akn_downloads, open_data_markdown
from .parallel import parallel_markdown
from .relations import neighbourhood, relations_section, relations_table
from .report_links import report_links

INSTRUMENTS_INDEX = "instruments/index.md"
THEMES_INDEX = "themes/index.md"
TARGETS_PAGE = "targets.md"
GLOSSARY_PAGE = "glossary.md"


@dataclass(frozen=True)
class Page:
    """A generated page: where it lives and what it says."""

    path: str
    title: str
    description: str
    body: str
    settings: dict[str, object] = field(default_factory=dict)  # theme page settings, e.g. {"hide": ["toc"]}

    @property
    def markdown(self) -> str:
        return front_matter(self.title, self.description, self.settings) + self.body


def generated_pages(plan: Plan, lang: Lang) -> list[Page]:
    """All pages rendered from the data for one language."""
    pages = [original_page(plan, lang), agencies_index(plan, lang), instruments_index(plan, lang),
             key_tasks_page(plan, lang), themes_index(plan, lang), targets_page(plan, lang),
             glossary_page(plan, lang), finder_page(plan, lang)]
    pages += [agency_page_for(plan, a, lang) for a in plan.assignments]
    pages += [instrument_page_for(plan, i, lang) for i in plan.instruments]
    pages += [theme_page_for(plan, th, lang) for th in plan.themes]
    pages += [coordination_page(plan, lang), open_data_page(plan, lang), changes_page(plan, lang),
              parallel_page(plan, lang)]
    pages += [agency_checklist_page(plan, a, lang) for a in plan.assignments]
    return pages


def nav_paths(plan: Plan, lang: Lang, guides: list[str]) -> list[object]:
    """The navigation: page titles come from the pages; only section titles are given here.
    ``guides`` are the hand-written pages under docs/<lang>/guides/ (CONTRIBUTING.md)."""
    return [
        "index.md",
        *([{t("guides", lang): guides}] if guides else []),
        ORIGINAL_PAGE,
        PARALLEL_PAGE,
        {t("agencies", lang): [AGENCIES_INDEX] + [agency_page(a.slug) for a in plan.assignments]},
        FINDER_PAGE,
        COORDINATION_PAGE,
        {t("instruments", lang): [INSTRUMENTS_INDEX] + [f"instruments/{i}.md" for i in plan.instruments]},
        KEY_TASKS_PAGE,
        {t("themes", lang): [THEMES_INDEX] + [theme_page(th) for th in plan.themes]},
        TARGETS_PAGE,
        GLOSSARY_PAGE,
        OPEN_DATA_PAGE,
        CHANGES_PAGE,
        "about.md",
    ]


# ---------------------------------------------------------------- original text


def original_page(plan: Plan, lang: Lang) -> Page:
    """The decision and plan laid out like the document, every numbered part and duty anchored."""
    d, here = plan.decision, ORIGINAL_PAGE
    out = [f"# {t('original_text', lang)}\n\n"]
    if lang == "en":
        out.append(f'!!! warning "{t("unofficial_notice", lang)}"\n\n'
                   f"    {link(t('read_in_other_language', lang), here, 'index.md')}{{: lang=\"vi\" }}\n\n")
    if d.status:
        out.append(note_block(d.status, lang, f"{t('editorial_note', lang)}: {t('decision_status', lang)}"))
    out.append(f"{akn_downloads(plan, lang, here)}\n{{: .doc-downloads }}\n\n")
    out.append(f"{link(t('read_side_by_side', lang), here, PARALLEL_PAGE)}\n{{: .doc-parallel-link }}\n\n")
    out.extend(document_piece(plan, piece, lang, here, piece.anchor) for piece in pieces(plan))
    out.append(relations_section(plan, (plan.decision_end,), lang, here, t("relations", lang)))
    title = f"{t('original_text', lang)}: {t('decision', lang)} {d.number}"
    description = plan.meta.title[lang]
    return Page(ORIGINAL_PAGE, title, description, "".join(out))


# ---------------------------------------------------------------- agencies


def agency_page_for(plan: Plan, assignment: Assignment, lang: Lang) -> Page:
    """One assignment: its duties with anchors, roles and targets at a glance, partners both ways."""
    here = agency_page(assignment.slug)
    heading = assignment.heading[lang]
    duties = assignment.duties
    out = [f"# {assignment.number}. {escape(heading)} {{: #{assignment.anchor} }}\n\n"]
    original = link(t("in_original", lang), here, ORIGINAL_PAGE, assignment.anchor)
    side_by_side = link(t("read_side_by_side", lang), here, PARALLEL_PAGE, assignment.anchor)
    out.append(f"{t('part', lang)} III, {t('assignment', lang).lower()} {assignment.number} · "
               f"{len(duties)} {t('duty_count', lang)} · {original} · {side_by_side}\n{{: .lede }}\n\n")
    out.append(_summary(plan, assignment, lang, here))
    out.append(checklist_links(assignment, lang, here))
    out.append(report_links(plan, assignment, lang, here))
    single_body_note = plan.bodies[assignment.bodies[0]].since_2025 if len(assignment.bodies) == 1 else None
    if single_body_note:  # with several bodies, each body's note heads its own section below
        out.append(note_block(single_body_note, lang, f"{t('editorial_note', lang)}: {t('since_2025', lang)}"))
    out.append(f"## {t('duties', lang)} {{: #duties }}\n\n")
    out.append(assignment_duties(plan, assignment, lang, here))
    out.append(_coordination(plan, assignment, lang, here))
    focus = tuple(End("body", b) for b in assignment.bodies)
    out.append(relations_section(plan, focus, lang, here, t("relations", lang)))
    description = _agency_description(plan, assignment, lang)
    return Page(here, f"{assignment.number}. {heading}", description, "".join(out))


def _agency_description(plan: Plan, assignment: Assignment, lang: Lang) -> str:
    count = len(assignment.duties)
    if lang == "vi":
        return (f"{count} nhiệm vụ của {assignment.heading.vi} trong Kế hoạch phòng, chống xâm hại trẻ em "
                f"tỉnh Bắc Kạn (Quyết định 145/QĐ-UBND).")
    return (f"The {count} duties of item {assignment.number} ({assignment.heading.en}) in Bắc Kạn's plan on "
            f"preventing and combating child abuse (Decision 145/QĐ-UBND).")


def _summary(plan: Plan, assignment: Assignment, lang: Lang, here: str) -> str:
    """Roles, targets, reporting and key tasks at a glance."""
    roles = Counter(r for d in assignment.duties for r in d.roles)
    rows = []
    if roles:
        chips = " ".join(f'<span class="role">{escape(plan.roles[r].name[lang])} × {n}</span>'
                         for r, n in roles.most_common())
        rows.append(f"- **{t('roles', lang)}:** {chips}\n")
    targets = [(d, x) for d in assignment.duties for x in d.targets]
    for duty, target in targets:
        rows.append(f"- **{t('targets', lang)}:** {target_markdown(target, lang)} "
                    f"({link(duty.id, here, here, duty.anchor)})\n")
    for duty in assignment.duties:
        for report in duty.reports:
            rows.append(f"- **{t('reports', lang)}:** {report_markdown(plan, report, lang, here)} "
                        f"({link(duty.id, here, here, duty.anchor)})\n")
    tasks = sorted({k for d in assignment.duties for k in d.key_tasks}, key=lambda k: int(k.split(".")[1]))
    if tasks:
        links = ", ".join(key_task_link(plan, k, lang, here) for k in tasks)
        rows.append(f"- **{t('serves_key_tasks', lang)}** <small>({t('editorial', lang)})</small>: {links}\n")
    return '<div class="agency-summary" markdown>\n\n' + "".join(rows) + "\n</div>\n\n"


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
            target = link(f"{duty.id}", here, agency_page(owner.slug), duty.anchor)
            out.append(f"- {body_link(plan, duty.body, lang, here)}: {target}\n")
        out.append("\n")
    return "".join(out)


def agencies_index(plan: Plan, lang: Lang) -> Page:
    """The fourteen assignments, then every other body the text names, with where it appears."""
    here = AGENCIES_INDEX
    out = [f"# {t('agencies', lang)}\n\n", f"{t('agencies_intro', lang)}\n\n"]
    out.append(f"| # | {t('agency', lang)} | {t('duties', lang)} | {t('roles', lang)} |\n|---:|---|---:|---|\n")
    for a in plan.assignments:
        roles = Counter(r for d in a.duties for r in d.roles)
        top = ", ".join(escape(plan.roles[r].name[lang]) for r, _ in roles.most_common(3))
        out.append(f"| {a.number} | {link(escape(a.heading[lang]), here, agency_page(a.slug))} | {len(a.duties)} | {top} |\n")
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
    description = t("agencies_intro", lang)
    return Page(here, title, description, "".join(out))


def _mentions_of_body(plan: Plan, body_id: str) -> list[Passage]:
    """Passages that name a body as partner or report recipient."""
    return [p for p in plan.passages() if body_id in p.partners or any(body_id in r.to for r in p.reports)]


# ---------------------------------------------------------------- instruments


def instrument_page_for(plan: Plan, instrument_id: str, lang: Lang) -> Page:
    """What an instrument is, how it relates to this plan, its status, sources, and every citation."""
    inst = plan.instruments[instrument_id]
    here = f"instruments/{inst.id}.md"
    out = [f"# {escape(instrument_heading(inst, lang))}\n\n"]
    rows = [(t("instrument_type", lang), t(f"type_{inst.type}", lang)),
            (t("number", lang), escape(inst.number) if inst.number else t("not_numbered", lang))]
    if inst.date:
        rows.append((t("date", lang), inst.date))
    if inst.issuer:
        rows.append((t("issuer", lang), body_link(plan, inst.issuer, lang, here)))
    # A list, not a table: a table with an empty header row is announced as a grid with no headers.
    out.append("".join(f"- **{k}:** {v}\n" for k, v in rows) + "\n")
    if inst.identification:
        candidate = inst.identification.candidate
        lead = candidate_markdown(candidate, lang) if candidate else ""
        out.append(note_block(inst.identification, lang, f"{t('editorial_note', lang)}: {t('identification', lang)}",
                              lead))
    out.append(relations_section(plan, (End("instrument", inst.id),), lang, here, t("relations", lang)))
    if inst.status:
        out.append(f"## {t('status', lang)} {{: #status }}\n\n")
        out.append(note_block(inst.status, lang, f"{t('editorial_note', lang)}: {t('status', lang)}"))
    if inst.links:
        out.append(f"## {t('official_links', lang)} {{: #sources }}\n\n")
        for official in inst.links:
            flag = "" if official.verified else f" <small>({t('link_not_verified', lang)})</small>"
            out.append(f'- <a href="{escape(official.url)}" rel="external">{escape(official.label[lang])}</a>{flag}\n')
        out.append("\n")
    out.append(f"## {t('cited_by', lang)} {{: #cited-by }}\n\n")
    for passage in _mentioning(plan, inst.id):
        page, anchor = passage_location(plan, passage)
        pin = next((c.pinpoint for c in passage.cites if c.instrument == inst.id and c.pinpoint), None)
        pin_text = f" ({escape(pin[lang])})" if pin else ""
        owner = ""
        if isinstance(passage, Duty):
            owner = f" — {escape(plan.bodies[passage.body].name[lang])}"
        out.append(f"- {link(passage.id, here, page, anchor)}{owner}{pin_text}\n")
    out.append("\n")
    return Page(here, instrument_title(inst, lang), inst.title[lang], "".join(out))


def _mentioning(plan: Plan, instrument_id: str) -> list[Passage]:
    inst = plan.instruments.values()
    return [p for p in plan.passages() if instrument_id in mentioned_instruments(p.text.vi, "vi", inst)]


def instruments_index(plan: Plan, lang: Lang) -> Page:
    """Every cited instrument by type, number and year, as the text names it and how it relates to the plan."""
    here = INSTRUMENTS_INDEX
    columns = ("instrument_type", "number", "year", "text", "relation_to_plan")
    out = [f"# {t('instruments', lang)}\n\n",
           "| " + " | ".join(t(key, lang) for key in columns) + " |\n" + "|---" * len(columns) + "|\n"]
    for inst in plan.instruments.values():
        relation = ", ".join(t("relation_to_plan_" + r.type, lang) for r in plan.decision_relations_to(inst.id))
        number = escape(inst.number) if inst.number else "—"
        year = inst.date[:4] if inst.date else "—"
        out.append(f"| {t('type_' + inst.type, lang)} | {number} | {year} | "
                   f"{link(escape(inst.title[lang]), here, f'instruments/{inst.id}.md')} | {relation} |\n")
    return Page(here, t("instruments", lang), t("instruments", lang) + " — " + plan.meta.title[lang], "".join(out))


# ---------------------------------------------------------------- key tasks, themes, targets, glossary


def key_tasks_page(plan: Plan, lang: Lang) -> Page:
    """The seven key tasks with the duties that carry them, and a matrix agencies × tasks."""
    here = KEY_TASKS_PAGE
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
                refs = ", ".join(link(d.id, here, agency_page(assignment.slug), d.anchor) for d in duties)
                out.append(f"- {link(escape(assignment.heading[lang]), here, agency_page(assignment.slug))}: {refs}\n")
        out.append("\n")
    out.append(f"## {t('matrix', lang)} {{: #matrix }}\n\n{t('matrix_caption', lang)}\n\n")
    header = " | ".join(link(k.id, here, here, k.anchor) for k in plan.key_tasks)
    out.append(f"| {t('agency', lang)} | {header} |\n|---|" + "---:|" * len(plan.key_tasks) + "\n")
    for a in plan.assignments:
        counts = [sum(1 for d in a.duties if k.id in d.key_tasks) for k in plan.key_tasks]
        cells = " | ".join(str(n) if n else "·" for n in counts)
        out.append(f"| {link(f'{a.number}. ' + escape(a.heading[lang]), here, agency_page(a.slug))} | {cells} |\n")
    out.append('{: .matrix }\n\n')
    return Page(here, t("key_tasks", lang), t("key_tasks", lang) + " — " + plan.meta.title[lang], "".join(out))


def _duty_list(plan: Plan, duties: list[Duty], lang: Lang, here: str) -> str:
    out = []
    for duty in duties:
        owner = plan.assignment_of(duty)
        snippet = opening_words(duty.text[lang], 160)
        out.append(f"- {link(duty.id, here, agency_page(owner.slug), duty.anchor)} "
                   f"**{escape(plan.bodies[duty.body].name[lang])}** — {escape(snippet)}\n")
    return "".join(out) + "\n"


def theme_page_for(plan: Plan, theme_id: str, lang: Lang) -> Page:
    theme = plan.themes[theme_id]
    here = theme_page(theme_id)
    duties = [d for d in plan.duties if theme_id in d.themes]
    out = [f"# {escape(theme.name[lang])}\n\n", f"{t('tagged', lang)}: {len(duties)}\n{{: .lede }}\n\n"]
    out.append(note_block(plan.meta.notes["tagging"], lang, t("editorial_note", lang)))
    out.append(_duty_list(plan, duties, lang, here))
    return Page(here, theme.name[lang], f"{t('tagged', lang)}: {theme.name[lang]}", "".join(out))


def themes_index(plan: Plan, lang: Lang) -> Page:
    here = THEMES_INDEX
    out = [f"# {t('themes', lang)}\n\n"]
    out.append(note_block(plan.meta.notes["tagging"], lang, t("editorial_note", lang)))
    for theme in plan.themes.values():
        count = sum(1 for d in plan.duties if theme.id in d.themes)
        out.append(f"- {link(escape(theme.name[lang]), here, theme_page(theme.id))} ({count})\n")
    return Page(here, t("themes", lang), t("themes", lang) + " — " + plan.meta.title[lang], "".join(out))


def targets_page(plan: Plan, lang: Lang) -> Page:
    """Every quantified target and every reporting obligation, in one place."""
    here = TARGETS_PAGE
    out = [f"# {t('targets_reporting', lang)}\n\n", f"## {t('quantified_targets', lang)} {{: #targets }}\n\n"]
    for duty in plan.duties:
        for target in duty.targets:
            where = link(duty.id, here, agency_page(plan.assignment_of(duty).slug), duty.anchor)
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
    here = GLOSSARY_PAGE
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


def finder_page(plan: Plan, lang: Lang) -> Page:
    """Every duty in one filterable list (plan_site/render/finder.py)."""
    return Page(FINDER_PAGE, t("finder", lang), t("finder_intro", lang), finder_markdown(plan, lang))


def parallel_page(plan: Plan, lang: Lang) -> Page:
    """The whole text in two aligned columns (plan_site/render/parallel.py): wide, and kept out of search,
    since each passage is already found on its own page."""
    return Page(PARALLEL_PAGE, t("parallel", lang), t("parallel_intro", lang), parallel_markdown(plan, lang),
                {"hide": ["toc"], "search": {"exclude": True}})


def coordination_page(plan: Plan, lang: Lang) -> Page:
    """Who must work with whom, as a figure and a table (plan_site/render/network.py)."""
    return Page(COORDINATION_PAGE, t("coordination", lang), t("coordination_intro", lang),
                coordination_markdown(plan, lang))


def open_data_page(plan: Plan, lang: Lang) -> Page:
    """The download page of the published data files (plan_site/render/open_data_page.py)."""
    return Page(OPEN_DATA_PAGE, t("open_data", lang), t("open_data_intro", lang), open_data_markdown(plan, lang))


def changes_page(plan: Plan, lang: Lang) -> Page:
    """What changed in the data, and when (plan_site/render/changes.py); the feeds carry the same entries."""
    return Page(CHANGES_PAGE, t("whats_new", lang), t("whats_new_intro", lang), changes_markdown(plan, lang))


def agency_checklist_page(plan: Plan, assignment: Assignment, lang: Lang) -> Page:
    """An agency's printable checklist, linked from its page, outside the navigation (checklist.py)."""
    return Page(checklist_page(assignment.slug), checklist_title(assignment, lang),
                checklist_description(assignment, lang), checklist_markdown(plan, assignment, lang))


def all_anchors(plan: Plan) -> Iterator[tuple[str, str]]:
    """(page, anchor) pairs that must exist in every language: used by the tests."""
    for duty in plan.duties:
        yield agency_page(plan.assignment_of(duty).slug), duty.anchor
    for passage in plan.passages():
        yield ORIGINAL_PAGE, passage.anchor
