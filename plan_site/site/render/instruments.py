"""Instrument pages: one per instrument the text cites, and their index by type, number and year."""

from __future__ import annotations

from plan_site.model.citation import decision_name
from plan_site.model.mentions import mentioned_instruments
from plan_site.model.plan import Plan
from plan_site.model.types import Duty, End, Lang, Passage
from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.site.render.blocks import (
    body_link,
    candidate_markdown,
    instrument_heading,
    instrument_title,
    law_name,
    note_block,
    passage_location,
)
from plan_site.site.render.markup import escape, link, time_html
from plan_site.site.render.page import Page
from plan_site.site.render.relations import relations_section


def instrument_page_for(plan: Plan, instrument_id: str, lang: Lang) -> Page:
    """What an instrument is, how it relates to this plan, its status, sources, and every citation."""
    inst = plan.instruments[instrument_id]
    here = routes.instrument(inst.id)
    out = [f"# {escape(instrument_heading(inst, lang))}\n\n"]
    rows = [(t("instrument_type", lang), t(f"type_{inst.type}", lang)),
            (t("number", lang), escape(inst.number) if inst.number else t("not_numbered", lang))]
    if inst.date:
        rows.append((t("date", lang), time_html(inst.date, lang)))
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
    """Every cited instrument by type, number and year, by its title (a law by its name and number, as readers
    write it) and how it relates to the plan."""
    here = routes.INSTRUMENTS
    columns = ("instrument_type", "number", "year", "text", "relation_to_plan")
    out = [f"# {t('instruments', lang)}\n\n",
           "| " + " | ".join(t(key, lang) for key in columns) + " |\n" + "|---" * len(columns) + "|\n"]
    for inst in plan.instruments.values():
        decision = decision_name(plan, lang)
        relation = ", ".join(t("relation_to_plan_" + r.type, lang).format(decision=decision)
                             for r in plan.decision_relations_to(inst.id))
        number = escape(inst.number) if inst.number else "—"
        year = inst.date[:4] if inst.date else "—"
        title = law_name(inst, lang) or inst.title[lang]
        out.append(f"| {t('type_' + inst.type, lang)} | {number} | {year} | "
                   f"{link(escape(title), here, routes.instrument(inst.id))} | {relation} |\n")
    return Page(here, t("instruments", lang), t("instruments", lang) + " — " + plan.meta.title[lang], "".join(out))
