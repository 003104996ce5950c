"""A duty's permalink, citation and permanent identifier, shown after its text on the agency page;
a printout's source line.

Without JavaScript the citation is plain, selectable text next to a visible permalink; the duty's
Akoma Ntoso identifier (its portion of the decision's work URI) follows, selected whole by one click. With
JavaScript (overrides/assets/javascripts/cite.js) a real button copies the citation and the duty's
permanent address. The block is excluded from the search index: it repeats on every duty.
"""

from __future__ import annotations

import html

from plan_site.model.citation import decision_citation, duty_citation
from plan_site.model.identifiers import decision_work_uri, duty_eid, portion_uri
from plan_site.model.plan import Plan
from plan_site.model.types import Duty, Lang
from plan_site.site.labels import t
from plan_site.site.render.markup import attribute, escape

PRINT_SOURCE_CLASS = "print-source"

def cite_id(duty: Duty) -> str:
    """The id of the element that holds a duty's citation text."""
    return f"cite-{duty.anchor}"


def duty_cite_bar(plan: Plan, duty: Duty, lang: Lang, permalink: str) -> str:
    """Permalink, copy-citation button, the citation and the identifier as text (raw HTML, one block), after
    the duty's text. ``permalink`` is the duty's address relative to this page: ``#iii-7-3`` on its agency
    page; its chain-link icon is drawn by the style sheet (reuse.css), not repeated in every duty's markup.
    The identifier is built from validated ids (model/identifiers.py), not free text: HTML escaping is enough."""
    permalink_label = attribute(f"{t('permalink', lang)}: {t('duty', lang)} {duty.id}")
    citation = escape(duty_citation(plan, duty, lang))
    identifier = portion_uri(decision_work_uri(plan), duty_eid(plan, duty))
    return (
        '<div class="duty-cite" data-search-exclude>\n'
        f'<a class="duty-permalink" href="{permalink}" aria-label="{permalink_label}">{escape(duty.id)}</a>\n'
        f'<button type="button" class="cite-copy" data-cite="{cite_id(duty)}" '
        f'data-copied="{attribute(t("citation_copied", lang))}" data-failed="{attribute(t("citation_copy_failed", lang))}" '
        f'hidden>{t("copy_citation", lang)}</button>\n'
        '<span class="cite-status" role="status"></span>\n'
        f'<p class="cite-text" id="{cite_id(duty)}"><span class="cite-text__label">{t("cite_as", lang)}:</span> '
        f'<span class="cite-text__value">{citation}</span></p>\n'
        f'<p class="cite-akn"><span class="cite-text__label">{t("akn_identifier", lang)}:</span> '
        f'<code class="cite-akn__value" translate="no">{html.escape(identifier)}</code></p>\n'
        "</div>\n\n"
    )


def print_source(plan: Plan, lang: Lang, url: str) -> str:
    """What a printout says first, and the screen never shows: the decision (number, date, issuer and
    name) its text comes from, and the address of the page it was printed from (HTML)."""
    address = f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>' if url else ""
    return (
        f'<div class="{PRINT_SOURCE_CLASS}" data-search-exclude>'
        f"<p><strong>{html.escape(decision_citation(plan, lang))}</strong>: "
        f'<span class="print-source__name">{html.escape(plan.decision.title[lang])}</span></p>'
        + (f"<p>{t('page_address', lang)}: {address}</p>" if address else "")
        + "</div>"
    )
