"""Who works with whom: the coordination network drawn from the duties' ``partners``.

An inline SVG (no script, no request) lays the bodies that hold duties on the left and the bodies
they must work with on the right, one line per pair, thicker for more duties. A table lists the
same pairs with links to the duties, so the figure has a full text alternative.

The figure is drawn at the size it is read at (labels of LABEL_SIZE px) and never shrinks below it: on a
narrow screen it scrolls sideways inside its own box (coordination.css), so a phone shows labels as large
as a desktop does.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from plan_site.model.plan import Plan
from plan_site.model.types import Lang
from plan_site.site import routes
from plan_site.site.labels import t, tn
from plan_site.site.render.blocks import body_link
from plan_site.site.render.markup import escape, link, scrolling
from plan_site.site.render.template import render_figure

LABEL_SIZE = 13  # px: the labels' size, in the figure and on screen
LABEL_CHARS = 32  # a body's name wraps at this many characters
LABEL_WIDTH = 220  # px: room for a wrapped line of LABEL_CHARS characters at LABEL_SIZE px, with some to spare
LABEL_GAP = 10
MARGIN = 6
SPAN = 170  # px between the two columns of dots: room for the lines to fan out
HOLDER_X = MARGIN + LABEL_WIDTH + LABEL_GAP
PARTNER_X = HOLDER_X + SPAN
WIDTH = PARTNER_X + LABEL_GAP + LABEL_WIDTH + MARGIN
LINE_HEIGHT = 16
ROW_PADDING = 10
TOP = 48


@dataclass(frozen=True)
class Edge:
    """One pair: a body holding duties that name another body as a partner, and those duties."""

    holder: str
    partner: str
    duties: tuple[str, ...]


def coordination_edges(plan: Plan) -> list[Edge]:
    """Every (holder, partner) pair in document order, with the duties that make it."""
    pairs: dict[tuple[str, str], list[str]] = {}
    for duty in plan.duties:
        for partner in duty.partners:
            pairs.setdefault((duty.body, partner), []).append(duty.id)
    return [Edge(holder, partner, tuple(duties)) for (holder, partner), duties in pairs.items()]


def holders_and_partners(edges: list[Edge]) -> tuple[list[str], list[str]]:
    """Column order: holders as the plan lists them; partners near the holders they serve (fewer crossings)."""
    holders = list(dict.fromkeys(e.holder for e in edges))
    first_seen = list(dict.fromkeys(e.partner for e in edges))
    weight: dict[str, list[float]] = {p: [0.0, 0.0] for p in first_seen}
    for e in edges:
        weight[e.partner][0] += holders.index(e.holder) * len(e.duties)
        weight[e.partner][1] += len(e.duties)
    partners = sorted(first_seen, key=lambda p: (weight[p][0] / weight[p][1], first_seen.index(p)))
    return holders, partners


def _rows(labels: list[list[str]], height: float) -> list[float]:
    """Vertical centres of wrapped labels spread evenly over ``height``."""
    sizes = [len(lines) * LINE_HEIGHT + ROW_PADDING for lines in labels]
    spare = (height - sum(sizes)) / len(sizes)
    centres, y = [], float(TOP)
    for size in sizes:
        row = size + spare
        centres.append(y + row / 2)
        y += row
    return centres


@dataclass(frozen=True)
class _Node:
    """A body in the figure: its dot, and its name wrapped into lines beside it."""

    x: int
    y: float
    label_x: int
    anchor: str
    lines: list[str]

    @property
    def first_line_y(self) -> float:
        return self.y - (len(self.lines) - 1) * LINE_HEIGHT / 2 + 4


@dataclass(frozen=True)
class _Line:
    y1: float
    y2: float
    width: float
    title: str


def network_svg(plan: Plan, lang: Lang) -> str:
    """The network as an accessible inline SVG (templates/network.svg): a title, a description, nodes,
    labels and lines."""
    edges = coordination_edges(plan)
    holders, partners = holders_and_partners(edges)
    wrap = {b: textwrap.wrap(plan.bodies[b].name[lang], LABEL_CHARS) for b in dict.fromkeys(holders + partners)}
    height = max(sum(len(wrap[b]) * LINE_HEIGHT + ROW_PADDING for b in column) for column in (holders, partners))
    left = dict(zip(holders, _rows([wrap[b] for b in holders], height), strict=True))
    right = dict(zip(partners, _rows([wrap[b] for b in partners], height), strict=True))
    lines = [_Line(left[e.holder], right[e.partner], 1.25 * len(e.duties),
                   f"{plan.bodies[e.holder].name[lang]} → {plan.bodies[e.partner].name[lang]}: {', '.join(e.duties)}")
             for e in edges]
    nodes = [_Node(HOLDER_X, y, HOLDER_X - LABEL_GAP, "end", wrap[b]) for b, y in left.items()]
    nodes += [_Node(PARTNER_X, y, PARTNER_X + LABEL_GAP, "start", wrap[b]) for b, y in right.items()]
    figure = {"width": WIDTH, "height": TOP + height + 8, "holder_x": HOLDER_X, "partner_x": PARTNER_X,
              "middle": (HOLDER_X + PARTNER_X) / 2, "title": t("coordination", lang),
              "summary": network_summary(plan, lang), "holders_heading": t("network_holders", lang),
              "partners_heading": t("network_partners", lang), "edges": lines, "nodes": nodes}
    return render_figure("network.svg", figure=figure, line_height=LINE_HEIGHT, label_size=LABEL_SIZE)


def network_summary(plan: Plan, lang: Lang) -> str:
    """One sentence that says what the figure shows, with its counts."""
    edges = coordination_edges(plan)
    holders, partners = holders_and_partners(edges)
    mentions = sum(len(e.duties) for e in edges)
    return t("network_summary", lang).format(
        pairs=tn("count_pairs", len(edges), lang), holders=tn("count_holders", len(holders), lang),
        partners=tn("count_partners", len(partners), lang), mentions=tn("count_mentions", mentions, lang),
    )


def coordination_markdown(plan: Plan, lang: Lang) -> str:
    """The coordination page: the figure, then the same pairs as a table with links to the duties."""
    here = routes.COORDINATION
    out = [f"# {t('coordination', lang)}\n\n", f"{t('coordination_intro', lang)}\n{{: .lede }}\n\n"]
    figure = scrolling(network_svg(plan, lang), "network-title", t("figure_scroll_hint", lang))
    out.append(f'<figure class="network-figure" data-search-exclude>\n{figure}\n'
               f"<figcaption>{escape(network_summary(plan, lang))} {t('network_see_table', lang)}</figcaption>\n"
               "</figure>\n\n")
    out.append(f"## {t('network_table', lang)} {{: #pairs }}\n\n")
    out.append(f"| {t('network_holders', lang)} | {t('network_partners', lang)} | {t('duties', lang)} |\n|---|---|---|\n")
    for e in coordination_edges(plan):
        page = routes.agency(plan.assignment_of(plan.duty_index[e.duties[0]]).slug)
        duties = ", ".join(link(escape(d), here, page, plan.duty_index[d].anchor) for d in e.duties)
        out.append(f"| {body_link(plan, e.holder, lang, here)} | {body_link(plan, e.partner, lang, here)} | {duties} |\n")
    out.append("\n")
    return "".join(out)
