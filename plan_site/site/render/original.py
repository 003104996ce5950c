"""The original text: the decision and its plan laid out as the document, every passage anchored."""

from __future__ import annotations

from plan_site.model.document import pieces
from plan_site.model.plan import Plan
from plan_site.model.types import Lang
from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.site.render.blocks import (
    document_piece,
    note_block,
)
from plan_site.site.render.markup import link
from plan_site.site.render.open_data_page import akn_downloads
from plan_site.site.render.page import Page
from plan_site.site.render.relations import relations_section


def original_page(plan: Plan, lang: Lang) -> Page:
    """The decision and plan laid out like the document, every numbered part and duty anchored."""
    d, here = plan.decision, routes.ORIGINAL
    out = [f"# {t('original_text', lang)}\n\n"]
    if lang == "en":
        out.append(f'!!! warning "{t("unofficial_notice", lang)}"\n\n'
                   f"    {link(t('read_in_other_language', lang), here, 'index.md')}{{: lang=\"vi\" }}\n\n")
    if d.status:
        out.append(note_block(d.status, lang, f"{t('editorial_note', lang)}: {t('decision_status', lang)}"))
    out.append(f"{akn_downloads(plan, lang, here)}\n{{: .doc-downloads }}\n\n")
    out.append(f"{link(t('read_side_by_side', lang), here, routes.PARALLEL)}\n{{: .doc-parallel-link }}\n\n")
    out.extend(document_piece(plan, piece, lang, here, piece.anchor, numbered=True) for piece in pieces(plan))
    out.append(relations_section(plan, (plan.decision_end,), lang, here, t("relations", lang)))
    title = f"{t('original_text', lang)}: {t('decision', lang)} {d.number}"
    description = plan.meta.title[lang]
    return Page(routes.ORIGINAL, title, description, "".join(out))
