"""The whole decision and plan side by side: Vietnamese and English in aligned rows, passage by passage.

Each row is one piece of the same walk over the document that the original-text page lays out
(plan_site/model/document.py), and each side is laid out by the same renderer (blocks.document_piece), so
the two pages cannot drift apart. Each side carries its own ``lang``, so screen readers switch voice;
a row keeps its passage's anchor (``#iii-7-3``), and a duty's row links to itself and to the duty
on its agency page. On a phone the columns become pairs, Vietnamese first (site.css).
"""

from __future__ import annotations

from plan_site.model.document import Piece, pieces
from plan_site.model.plan import Plan
from plan_site.model.types import LANGS, Duty, Lang
from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.site.render.blocks import document_piece
from plan_site.site.render.markup import escape, link


def parallel_markdown(plan: Plan, lang: Lang) -> str:
    """The side-by-side page: a heading, what it is, then one row per piece of the document."""
    here = routes.PARALLEL
    out = [f"# {t('parallel', lang)}\n\n", f"{t('parallel_intro', lang)}\n{{: .lede }}\n\n"]
    captions = "".join(f'<p class="parallel-cell" lang="{side}">{t("parallel_column", side)}</p>\n' for side in LANGS)
    out.append(f'<div class="parallel" markdown>\n\n<div class="parallel-row parallel-columns">\n{captions}</div>\n\n')
    out.extend(_row(plan, piece, lang, here) for piece in pieces(plan))
    out.append("</div>\n")
    return "".join(out)


def _row(plan: Plan, piece: Piece, lang: Lang, here: str) -> str:
    """One piece in both languages; the row holds the anchor, each side its own ``lang`` and id."""
    ident = f' id="{piece.anchor}"' if piece.anchor else ""
    reference = _duty_reference(plan, piece.passage, lang, here) if isinstance(piece.passage, Duty) else ""
    cells = "".join(
        f'<div class="parallel-cell" lang="{side}" markdown>\n\n'
        f"{document_piece(plan, piece, side, here, f'{piece.anchor}-{side}')}</div>\n"
        for side in LANGS
    )
    return f'<div class="parallel-row parallel-row--{piece.kind}"{ident} markdown>\n\n{reference}{cells}</div>\n\n'


def _duty_reference(plan: Plan, duty: Duty, lang: Lang, here: str) -> str:
    """A duty's id as a permalink to its row, and its body's name linking to the duty on its agency page."""
    label = f"{t('permalink', lang)}: {t('duty', lang)} {duty.id}"  # interface words and a validated id
    body = escape(plan.bodies[duty.body].name[lang])
    on_page = link(body, here, routes.agency(plan.assignment_of(duty).slug), duty.anchor)
    permalink = f'[{duty.id}](#{duty.anchor}){{: .parallel-permalink aria-label="{label}" }}'
    return f"{permalink} · {on_page}\n{{: .parallel-ref }}\n\n"
