"""Pieces of Markdown that several pages share: a duty, an editorial note, a link to a body."""

from __future__ import annotations

from plan_site.model.document import Piece
from plan_site.model.plan import Plan
from plan_site.model.reporting import Reporting, successors_today
from plan_site.model.types import Assignment, Candidate, Duty, Instrument, Lang, Note, Passage, Relation
from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.site.render.cite import duty_cite_bar
from plan_site.site.render.markup import attribute, escape, href, link, linked_text, time_html

DUTY_TITLE_LENGTH = 72  # characters of a duty's opening words in its heading


def body_link(plan: Plan, body_id: str, lang: Lang, from_page: str) -> str:
    """A body's name linking to its assignment page, or to its entry among the other bodies."""
    return link(escape(plan.bodies[body_id].name[lang]), from_page, *body_location(plan, body_id))


def body_location(plan: Plan, body_id: str) -> tuple[str, str]:
    """(page, anchor) of a body: its assignment page (its section, if shared), or its entry among the others."""
    assignment = plan.assignment_for_body(body_id)
    if assignment is not None:
        return routes.agency(assignment.slug), f"body-{body_id}" if len(assignment.bodies) > 1 else ""
    return routes.AGENCIES, f"body-{body_id}"


def passage_location(plan: Plan, passage: Passage) -> tuple[str, str]:
    """(page, anchor) where a passage is best read: a duty on its agency page, the rest in the original."""
    if isinstance(passage, Duty):
        return routes.agency(plan.assignment_of(passage).slug), passage.anchor
    return routes.ORIGINAL, passage.anchor


def text_block(plan: Plan, passage: Passage, lang: Lang, from_page: str) -> str:
    """The passage's text in the page language; on English pages the Vietnamese original follows."""
    instruments = plan.instruments.values()
    main = linked_text(passage.text[lang], lang, from_page, instruments)
    if lang == "vi":
        return f"{main}\n\n"
    original = linked_text(passage.text.vi, "vi", from_page, instruments)
    return (
        f"{main}\n\n"
        f'<details class="original-vi" lang="vi" markdown>\n<summary lang="{lang}">{t("original_vi", lang)}</summary>\n\n'
        f"{original}\n\n</details>\n\n"
    )


def note_block(note: Note, lang: Lang, title: str, lead: str = "") -> str:
    """An editorial note, labelled as such, with its sources, confidence and as-of date.

    ``lead`` is Markdown shown first inside the note (an identification's candidate document).
    """
    lead_lines = "".join(f"    {line}\n" if line else "\n" for line in lead.splitlines())
    return (
        f'!!! info editorial-note "{title}"\n\n'
        + (f"{lead_lines}\n" if lead else "")
        + f"    {escape(note.text[lang])}\n\n"
        f"    {note_source(note, lang)}\n\n"
    )


def note_source(note: Note, lang: Lang) -> str:
    """A note's sources, date and confidence as one line, left out of the search index: readers
    search the notes, not their citations (and the index stays within its byte budget)."""
    return f'<small class="note-source" data-search-exclude>{note_meta(note, lang)}</small>'


def note_meta(note: Note, lang: Lang) -> str:
    """What a reader needs to weigh a note: its sources, the date it holds for and its confidence."""
    confidence = t(f"confidence_{note.confidence}", lang)
    return (f"{t('source', lang)}: {sources_markdown(note, lang)} · {t('as_of', lang)} {time_html(note.as_of, lang)} · "
            f"{t('confidence', lang)}: {confidence}")


def sources_markdown(note: Note, lang: Lang) -> str:
    """A note's sources as a reader can follow them: "publisher, title (date)", linked where online.

    A source written in the other language is marked with its own ``lang``.
    """
    cited = []
    for source in note.sources:
        title = escape(source.title)
        if source.url:
            title = f'<a href="{attribute(source.url)}" rel="external">{title}</a>'
        citation = f"{escape(source.publisher)}, {title}"
        if source.lang != lang:
            citation = f'<span lang="{source.lang}">{citation}</span>'
        cited.append(f"{citation} ({time_html(source.date, lang)})")
    return "; ".join(cited)


def opening_words(text: str, limit: int) -> str:
    """The text's opening words, at most ``limit`` characters, cut between words and marked "…"."""
    if len(text) <= limit:
        return text
    return text[: limit + 1].rsplit(" ", 1)[0].rstrip(",;:–-(") + "…"


def duty_title(duty: Duty, lang: Lang) -> str:
    """A duty's heading: its id and its own opening words, so a table of contents reads as a list of duties."""
    return f"{duty.id} · {opening_words(duty.text[lang], DUTY_TITLE_LENGTH)}"


def candidate_markdown(candidate: Candidate, lang: Lang) -> str:
    """The editors' candidate for an unnumbered instrument, labelled as their identification."""
    identity = document_identity(candidate.type, candidate.number, candidate.date, lang)
    issued = f"{escape(candidate.issuer[lang])}" + (f", {time_html(candidate.date, lang)}" if candidate.date else "")
    return (f"**{t('candidate', lang)}:** {escape(identity)}\n\n"
            f"{escape(candidate.title[lang])} ({issued})")


def duty_block(plan: Plan, duty: Duty, lang: Lang, from_page: str, heading_level: int = 3) -> str:
    """One duty: a heading with its stable anchor, its text, and its structured facts."""
    hashes = "#" * heading_level
    home = routes.agency(plan.assignment_of(duty).slug)
    quoted = "" if from_page == home else " data-search-exclude"  # search leads to the duty's own page
    out = [f"{hashes} {escape(duty_title(duty, lang))} {{: #{duty.anchor} .duty-heading{quoted} }}\n\n"]
    out.append('<div class="duty" markdown>\n\n')
    out.append(text_block(plan, duty, lang, from_page))  # the Plan's words first; the reference details after
    out.append(duty_facts(plan, duty, lang, from_page))
    out.append("</div>\n\n")
    out.append(duty_cite_bar(plan, duty, lang, href(from_page, home, duty.anchor)))
    return "".join(out)


def duty_glance(assignment: Assignment, lang: Lang) -> str:
    """An agency's duties at a glance: one line each, in the Plan's words (the duty's heading: its id and
    opening words), linking to the full duty below."""
    lines = "".join(f"- [{escape(duty_title(d, lang))}](#{d.anchor})\n" for d in assignment.duties)
    return f'<div class="duty-glance" data-search-exclude markdown>\n\n{lines}\n</div>\n\n'



def assignment_duties(plan: Plan, assignment: Assignment, lang: Lang, from_page: str, notes: bool = True) -> str:
    """Every duty of an assignment, as on its agency page: under each body's name when it has several,
    with the body's 2025 note first unless ``notes`` is false (the agency page shows them after the duties)."""
    if len(assignment.bodies) == 1:
        return "".join(duty_block(plan, d, lang, from_page) for d in assignment.duties)
    out = []
    for body_id in assignment.bodies:
        body = plan.bodies[body_id]
        out.append(f"### {escape(body.name[lang])} {{: #body-{body_id} }}\n\n")
        if body.since_2025 and notes:
            out.append(note_block(body.since_2025, lang, f"{t('editorial_note', lang)}: {t('since_2025', lang)}"))
        out.extend(duty_block(plan, d, lang, from_page, heading_level=4) for d in assignment.duties
                   if d.body == body_id)
    return "".join(out)


def document_piece(plan: Plan, piece: Piece, lang: Lang, here: str, anchor: str, numbered: bool = False) -> str:
    """One piece of the document as the original lays it out (headings, centred titles, dash items),
    with ``anchor`` as its id: the original text and the side-by-side page both lay it out this way.
    ``numbered``: a passage the document prints without its number opens with it ("III.7.1"), so a
    reader sent to it sees which passage it is (the original text; the side-by-side page has its own)."""
    text = linked_text(piece.text[lang], lang, here, plan.instruments.values())
    plain = escape(piece.text[lang])
    line = {key: escape(value[lang]) for key, value in piece.lines.items()}
    match piece.kind:
        case "header":
            return ('<div class="doc-header" markdown>\n\n'
                    f'<div class="doc-issuer" markdown>\n\n**{line["issuer_name"]}**\n\n'
                    f'{line["number_line"]}\n\n</div>\n\n'
                    f'<div class="doc-nation" markdown>\n\n**{line["national_name"]}**\n\n**{line["motto"]}**\n\n'
                    f'*{line["place_date"]}*\n\n</div>\n\n</div>\n\n')
        case "decision" | "plan":
            return f"## {plain} {{: #{anchor} .doc-title }}\n\n"
        case "decision-title" | "plan-title":
            return f"**{text}**\n{{: .doc-subtitle }}\n\n"
        case "authority" | "enacting":
            return f"**{plain}**\n{{: .doc-{piece.kind} }}\n\n"
        case "basis":
            return f"*{text}*\n{{: #{anchor} }}\n\n"
        case "attachment":
            return f"*{text}*\n{{: .doc-attachment }}\n\n"
        case "article":
            return f"**{escape(piece.label[lang])}** {text}\n{{: #{anchor} }}\n\n"
        case "signature":
            return (f'<div class="doc-signature" markdown>\n\n**{line["capacity"]}**<br>'
                    f'**{line["on_behalf"]}**<br>**{line["title"]}**\n\n{line["signer"]}\n\n</div>\n\n')
        case "part" | "section":
            hashes = "##" if piece.kind == "part" else "###"
            return f"{hashes} {piece.number}. {plain} {{: #{anchor} }}\n\n"
        case "assignment":
            page_link = link(f"{t('agency', lang)} →", here, routes.agency(piece.assignment.slug))
            return (f"### {piece.number}. {plain} {{: #{anchor} }}\n\n"
                    f"{page_link}\n{{: .doc-agency-link }}\n\n")
        case _:  # a passage: preamble, item, key task, duty, paragraph
            number = passage_number(piece, lang) if numbered else ""
            number = f'<span class="passage-number">{escape(number)}</span> ' if number else ""
            prefix = escape(piece.prefix(lang, dash="– "))  # the document's own numbers, dash or label
            return f"{number}{prefix}{text}\n{{: #{anchor} }}\n\n"


def passage_number(piece: Piece, lang: Lang) -> str:
    """The number a passage has in the Plan ("III.7.1", "IV.2"), for a passage the document prints without
    it: a dash item, a duty, a closing paragraph. Empty for the others (a key task prints its own "1.", the
    preamble and the bases have no number), and for a passage whose own text already opens with its number."""
    if piece.kind not in ("item", "duty", "paragraph") or piece.passage is None or piece.number:
        return ""
    number = piece.passage.id
    own = piece.text[lang].lstrip()
    last = number.rsplit(".", 1)[-1]
    if own.startswith((number, f"{last}.", f"{last})")):
        return ""
    return number


def duty_facts(plan: Plan, duty: Duty, lang: Lang, from_page: str) -> str:
    """Roles, partners, citations, targets, reports, and the editorial tags of a duty, as a list."""
    facts: list[tuple[str, str]] = []
    if duty.roles:
        chips = " ".join(f'<span class="role">{escape(plan.roles[r].name[lang])}</span>' for r in duty.roles)
        facts.append((t("roles", lang), chips))
    if duty.partners:
        facts.append((t("partners", lang), ", ".join(body_link(plan, b, lang, from_page) for b in duty.partners)))
    if duty.cites:
        facts.append((t("cites", lang), "; ".join(cite_markdown(plan, c, lang, from_page) for c in duty.cites)))
    for target in duty.targets:
        facts.append((t("targets", lang), target_markdown(target, lang)))
    for report in duty.reports:
        facts.append((t("reports", lang), report_markdown(plan, report, lang, from_page)))
    editorial = f" <small>({t('editorial', lang)})</small>"
    if duty.key_tasks:
        tasks = ", ".join(key_task_link(plan, k, lang, from_page) for k in duty.key_tasks)
        facts.append((t("serves_key_tasks", lang) + editorial, tasks))
    if duty.themes:
        themes = ", ".join(
            link(escape(plan.themes[th].name[lang]), from_page, routes.theme(th)) for th in duty.themes
        )
        facts.append((t("theme_tags", lang) + editorial, themes))
    lines = [f"- **{label}:** {value}\n" for label, value in facts]
    lines.append(f"- {link(t('in_original', lang), from_page, routes.ORIGINAL, duty.anchor)} · "
                 f"{link(t('side_by_side', lang), from_page, routes.PARALLEL, duty.anchor)}\n")
    return '<div class="duty-facts" markdown>\n\n' + "".join(lines) + "\n</div>\n\n"


def cite_markdown(plan: Plan, cite, lang: Lang, from_page: str) -> str:
    instrument = plan.instruments[cite.instrument]
    label = link(escape(instrument_label(instrument, lang)), from_page, routes.instrument(instrument.id))
    return f"{label} ({escape(cite.pinpoint[lang])})" if cite.pinpoint else label


def instrument_label(instrument: Instrument, lang: Lang) -> str:
    """Short label: a law by its name and number, anything else as the text first names it
    ('Luật Trẻ em số 102/2016/QH13', 'Quyết định số 1472/QĐ-TTg')."""
    return law_name(instrument, lang) or instrument.aliases[lang][0]


def law_name(instrument: Instrument, lang: Lang) -> str | None:
    """A law as readers and legal databases name it: its name, then its number ('Luật Trẻ em số
    102/2016/QH13', 'Law on Children No. 102/2016/QH13'), from its title in the data (the English title is
    the rendering the term base takes for it). None for a document of another type, or a law without a
    number: decisions, resolutions and decrees are named by type, number and year."""
    if instrument.type != "law" or not instrument.number:
        return None
    return t("law_name", lang).format(name=instrument.title[lang], number=instrument.number)


def document_identity(doc_type: str, number: str | None, date: str | None, lang: Lang) -> str:
    """A document's type, number and year, as legal databases title it: 'Quyết định 1472/QĐ-TTg năm 2020'."""
    kind = t(f"type_{doc_type}", lang)
    if not number:
        return kind
    if not date:
        return t("document_identity_undated", lang).format(type=kind, number=number)
    return t("document_identity", lang).format(type=kind, number=number, year=date[:4])


def instrument_heading(instrument: Instrument, lang: Lang, name: str | None = None) -> str:
    """Type, number and year, then the instrument's name (its title unless ``name`` is given); a law by its
    name and number, as readers write it.

    An instrument the text cites without a number says so; no number is invented.
    """
    if law := law_name(instrument, lang):
        return law
    name = name or instrument.title[lang]
    if not instrument.number:
        return f"{name} ({t('no_number_given', lang)})"
    identity = document_identity(instrument.type, instrument.number, instrument.date, lang)
    kind = t(f"type_{instrument.type}", lang)
    if not name.lower().startswith(kind.lower()):
        return f"{identity}: {name}"
    rest = name[len(kind):].strip()
    return identity if instrument.number in rest or not rest else f"{identity} {rest}"


def instrument_title(instrument: Instrument, lang: Lang) -> str:
    """The page title (navigation, browser tab, search): identity with the name the text uses; a law's
    name and number."""
    return instrument_heading(instrument, lang, instrument_label(instrument, lang))


def target_markdown(target, lang: Lang) -> str:
    comparator = {">=": "≥", ">": ">", "=": "=", "<=": "≤", "<": "<"}[target.comparator]
    value = f"{target.value:g}"
    return f'<span class="target-value">{comparator} {value}%</span> — “{escape(target.quote[lang])}”'


def report_markdown(plan: Plan, report, lang: Lang, from_page: str) -> str:
    recipients = ", ".join(body_link(plan, b, lang, from_page) for b in report.to)
    frequency = t(f"frequency_{report.frequency}", lang)
    return f"{recipients} ({frequency}) — “{escape(report.quote[lang])}”"


def reporting_markdown(plan: Plan, group: list[Reporting], lang: Lang, from_page: str, who: bool = False,
                       today: bool = False) -> str:
    """One passage's reporting obligation: recipients, how often, the Plan's words and where it says so.
    A general paragraph's reports are marked as every agency's; ``who`` names a duty's body too; ``today``
    adds who receives the reports today (editorial), so no reader takes a body that is gone for the address."""
    first = group[0]
    recipients = ", ".join(body_link(plan, b, lang, from_page) for b in first.to)
    frequency = "; ".join(dict.fromkeys(t(f"frequency_{x.report.frequency}", lang) for x in group))
    where = link(escape(first.passage.id), from_page, *passage_location(plan, first.passage))
    if first.general:
        reporter = t("every_agency", lang)
    else:
        reporter = body_link(plan, first.reporter, lang, from_page) if who else ""
    lead = f"{reporter} → " if reporter else ""
    now = (f" · {t('reporting_recipient_today', lang)} <small>({t('editorial', lang)})</small>: "
           f"{recipients_today(plan, first.to, lang, from_page)}") if today else ""
    return f"{lead}{recipients} ({frequency}) — “{escape(first.report.quote[lang])}” ({where}){now}"


def recipients_today(plan: Plan, to: tuple[str, ...], lang: Lang, here: str) -> str:
    """Who receives a report today: the ends of each recipient's successions in the relations registry (in
    bold); a recipient without one keeps its name, with the registry's reason if it gives one."""
    names: list[str] = []
    for body_id in to:
        chains = successors_today(plan, body_id)
        if chains:
            names += [f"**{named_body(plan, chain[-1].target.id, lang, here)}**" for chain in chains]
        else:
            reason = plan.body(body_id).successor
            name = named_body(plan, body_id, lang, here)
            names.append(f"{name} ({t(f'successor_{reason}', lang)})" if reason else name)
    return ", ".join(dict.fromkeys(names))


def named_body(plan: Plan, body_id: str, lang: Lang, here: str) -> str:
    """A body's name, linking to its page if it has one (successors outside the registry have none)."""
    return body_link(plan, body_id, lang, here) if body_id in plan.bodies else escape(plan.body(body_id).name[lang])


def work_today(plan: Plan, body_id: str, lang: Lang, here: str) -> str:
    """Where one body's work sits today: each chain of successors to its end (the end in bold), dated; or,
    for a body the registry gives no successor, why (its ``successor``)."""
    chains = successors_today(plan, body_id)
    if not chains:
        reason = plan.body(body_id).successor
        return t(f"successor_{reason}", lang) if reason else ""
    return "; ".join(" → ".join(_step(plan, r, lang, here, r is chain[-1]) for r in chain) for chain in chains)


def _step(plan: Plan, relation: Relation, lang: Lang, here: str, last: bool) -> str:
    name = named_body(plan, relation.target.id, lang, here)
    return f"{f'**{name}**' if last else name} ({t('from_date', lang).format(date=time_html(relation.date, lang))})"


def key_task_link(plan: Plan, task_id: str, lang: Lang, from_page: str) -> str:
    task = next(k for k in plan.key_tasks if k.id == task_id)
    label = f"{task.id} {task.short_name[lang]}" if task.short_name else task.id
    return link(escape(label), from_page, routes.KEY_TASKS, task.anchor)
