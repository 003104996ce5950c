"""A document's "lược đồ": its typed relations, as an inline SVG diagram and a table with the same rows.

The figure is drawn around the page's subject (the focus): what relates to it stands on its left, what
it relates to on its right, so every arrow reads left to right as "source <relation> target"; chains
(what replaced the law it cites, who took over from the body that succeeded it) continue outwards.
Chains do not pass through the decision itself, which relates to every instrument: an instrument's
figure shows its own relations and their chains, not the whole plan. No script, no request; a
`<title>` and `<desc>` name the figure, each line has a `<title>` sentence, and the table that follows
lists every relation with its date and where it comes from (the text, or the editors with sources).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from plan_site.model.dates import reader_date
from plan_site.model.plan import Plan
from plan_site.model.types import End, Lang, Relation
from plan_site.site import routes
from plan_site.site.labels import t, tn
from plan_site.site.render.blocks import body_link, law_name, note_meta, passage_location
from plan_site.site.render.markup import escape, link, linked_text, scrolling, time_html
from plan_site.site.render.template import render_figure

BOX_WIDTH = 150
COLUMN_GAP = 136  # room between boxes for an edge label such as "from 30 September 2025" (12px)
LABEL_CHARS = 20
LINE_HEIGHT = 16
BOX_PADDING = 10
ROW_GAP = 18
MARGIN = 12
LOOP = 46  # how far a line between two boxes of one column bows out to the right
# Each type has its own line, so the figure does not rely on colour (or on the label) alone.
DASHES = {"basis": "", "implements": "", "cites": "2 4", "replaced-by": "8 5", "succeeded-by": "10 4 2 4"}
WIDTHS = {"basis": 2.5, "implements": 2.5, "cites": 1.5, "replaced-by": 2, "succeeded-by": 2}


def neighbourhood(plan: Plan, focus: tuple[End, ...]) -> list[Relation]:
    """The relations touching the focus, then the chains that continue from their other ends.

    Chains stop at the decision (it relates to every instrument), unless the decision is the focus.
    """
    hub = plan.decision_end
    chosen = [r for r in plan.relations if any(r.touches(end) for end in focus)]
    reached = {end for r in chosen for end in (r.source, r.target)}
    frontier = reached - set(focus)
    while frontier:
        more = [r for r in plan.relations if r not in chosen and not r.touches(hub)
                and (r.source in frontier or r.target in frontier)]
        chosen += more
        frontier = {end for r in more for end in (r.source, r.target)} - reached
        reached |= frontier
    return sorted(chosen, key=plan.relations.index)


# ---------------------------------------------------------------- names of the ends


def end_label(plan: Plan, end: End, lang: Lang) -> str:
    """How the figure and the sentences name a document or body: a law by its name and number, another
    document by its kind and number, a body or an unnumbered document by its name."""
    if end.kind == "decision":
        return f"{plan.decision.kind[lang].capitalize()} {plan.decision.number}"
    if end.kind == "body":
        return plan.body(end.id).name[lang]
    instrument = plan.instrument(end.id)
    if law := law_name(instrument, lang):
        return law
    if instrument.number:
        return f"{t('type_' + instrument.type, lang)} {instrument.number}"
    return (instrument.aliases[lang] or (instrument.title[lang],))[0]


def end_date(plan: Plan, end: End) -> str | None:
    if end.kind == "decision":
        return plan.decision.date
    return plan.instrument(end.id).date if end.kind == "instrument" else None


def end_markdown(plan: Plan, end: End, lang: Lang, here: str) -> str:
    """An end in the table: a link to its page where it has one, else its name or kind and number, its date
    and its title (unless its name is its title)."""
    if end.kind == "decision":
        return link(escape(end_label(plan, end, lang)), here, routes.ORIGINAL, "decision")
    if end.kind == "body":
        if end.id in plan.bodies:
            return body_link(plan, end.id, lang, here)
        return escape(plan.body(end.id).name[lang])
    label = escape(end_label(plan, end, lang))
    if end.id in plan.instruments:
        return link(label, here, routes.instrument(end.id))
    instrument = plan.instrument(end.id)
    date = f" ({time_html(instrument.date, lang)})" if instrument.date else ""
    title = "" if law_name(instrument, lang) else f": {escape(instrument.title[lang])}"
    return f"{label}{date}{title}"


def relation_sentence(plan: Plan, relation: Relation, lang: Lang) -> str:
    """One relation as a sentence: "Law 02/2007/QH12 is replaced by Law 13/2022/QH15 (1 July 2023)"."""
    source, target = end_label(plan, relation.source, lang), end_label(plan, relation.target, lang)
    return f"{source} {t('relation_' + relation.type, lang)} {target} ({reader_date(relation.date, lang)})"


# ---------------------------------------------------------------- layout


@dataclass
class _Box:
    end: End
    column: int
    row: int
    lines: list[str]


def _step(column: int, direction: int) -> int:
    """The next column outwards; a chain that turns back towards the focus stays in its column."""
    target = column + direction
    if column != 0 and (target == 0 or (target > 0) != (column > 0)):
        return column
    return target


def _layout(plan: Plan, relations: list[Relation], focus: tuple[End, ...], lang: Lang) -> dict[End, _Box]:
    """Columns left and right of the focus, one row per box, chains kept on their parent's row if free."""
    boxes: dict[End, _Box] = {}
    free: dict[int, int] = {}

    def place(end: End, column: int, row: int) -> None:
        row = max(row, free.get(column, 0))
        free[column] = row + 1
        boxes[end] = _Box(end, column, row, _lines(plan, end, lang))

    for end in focus:
        place(end, 0, 0)
    pending = list(relations)
    while pending:
        progress = [r for r in pending if (r.source in boxes) != (r.target in boxes)]
        progress.sort(key=lambda r: (boxes.get(r.source) or boxes[r.target]).row)  # chains keep their rows
        for r in progress:
            if r.source in boxes and r.target not in boxes:
                place(r.target, _step(boxes[r.source].column, 1), boxes[r.source].row)
            elif r.target in boxes and r.source not in boxes:
                place(r.source, _step(boxes[r.target].column, -1), boxes[r.target].row)
        pending = [r for r in pending if r.source not in boxes or r.target not in boxes]
        if not progress:
            break  # relations of other components: neighbourhood() gives none
    rows = max(free.values())
    shift = (rows - len(focus)) // 2
    for end in focus:
        boxes[end].row += shift
    return boxes


def _lines(plan: Plan, end: End, lang: Lang) -> list[str]:
    lines = textwrap.wrap(end_label(plan, end, lang), LABEL_CHARS, break_on_hyphens=False)
    date = end_date(plan, end)
    return lines + [reader_date(date, lang)] if date else lines


# ---------------------------------------------------------------- the figure


@dataclass(frozen=True)
class _Arrow:
    """One arrow between two boxes, with its label's lines and where they go."""

    kind: str
    title: str
    path: str
    width: float
    dashes: str
    anchor: str
    label_x: float
    first_line_y: float
    lines: list[str]


@dataclass(frozen=True)
class _Drawn:
    """A box as drawn: its place, its size and its lines."""

    x: float
    top: float
    height: float
    centre: float
    lines: list[str]
    focus: bool


def relations_svg(plan: Plan, relations: list[Relation], focus: tuple[End, ...], lang: Lang, figure_id: str) -> str:
    """The relations as an accessible inline SVG (templates/relations.svg): boxes for documents and bodies,
    one arrow per related pair."""
    boxes = _layout(plan, relations, focus, lang)
    columns = sorted({b.column for b in boxes.values()})
    row_height = max(len(b.lines) for b in boxes.values()) * LINE_HEIGHT + BOX_PADDING + ROW_GAP
    rows = max(b.row for b in boxes.values()) + 1
    # A line between two boxes of the last column bows out beyond it, with its label: room for both.
    loops = any(boxes[r.source].column == boxes[r.target].column == columns[-1] for r in relations)
    width = 2 * MARGIN + len(columns) * BOX_WIDTH + (len(columns) - 1) * COLUMN_GAP + (LOOP + COLUMN_GAP) * loops

    def left(box: _Box) -> float:
        return MARGIN + columns.index(box.column) * (BOX_WIDTH + COLUMN_GAP)

    def middle(box: _Box) -> float:
        return MARGIN + box.row * row_height + (row_height - ROW_GAP) / 2

    arrows = [_arrow(plan, group, boxes[source], boxes[target], left, middle, lang)
              for (source, target), group in _pairs(relations).items()]
    drawn = [_drawn(box, left(box), middle(box), box.end in focus) for box in boxes.values()]
    figure = {"id": figure_id, "width": width, "height": 2 * MARGIN + rows * row_height - ROW_GAP,
              "title": t("relations", lang), "summary": relations_summary(plan, relations, lang),
              "arrows": arrows, "boxes": drawn}
    return render_figure("relations.svg", figure=figure, line_height=LINE_HEIGHT, box_width=BOX_WIDTH,
                         box_padding=BOX_PADDING)


def _pairs(relations: list[Relation]) -> dict[tuple[End, End], list[Relation]]:
    """Relations grouped by the pair they join, so two relations between the same documents share one arrow."""
    pairs: dict[tuple[End, End], list[Relation]] = {}
    for r in relations:
        pairs.setdefault((r.source, r.target), []).append(r)
    return pairs


def _arrow(plan: Plan, group: list[Relation], source: _Box, target: _Box, left, middle, lang: Lang) -> _Arrow:
    """One arrow from source to target, labelled with its relations (and the date an editorial one took effect)."""
    y1, y2 = middle(source), middle(target)
    if source.column == target.column:
        x = left(source) + BOX_WIDTH
        d = f"M{x:.1f} {y1:.1f}C{x + LOOP:.1f} {y1:.1f} {x + LOOP:.1f} {y2:.1f} {x:.1f} {y2:.1f}"
        label_x, anchor = x + LOOP + 4, "start"
        label_y = (y1 + y2) / 2 + 4
    else:
        forward = source.column < target.column
        x1 = left(source) + (BOX_WIDTH if forward else 0)
        x2 = left(target) + (0 if forward else BOX_WIDTH)
        mid = (x1 + x2) / 2
        d = f"M{x1:.1f} {y1:.1f}C{mid:.1f} {y1:.1f} {mid:.1f} {y2:.1f} {x2:.1f} {y2:.1f}"
        # The label sits just above the line by its outer box, where lines fanning out from one box are apart.
        if abs(target.column) >= abs(source.column):
            label_x, label_y, towards = x2, y2, x1
        else:
            label_x, label_y, towards = x1, y1, x2
        label_x += 8 if towards > label_x else -8
        anchor = "start" if towards > label_x else "end"
        label_y -= 6
    kind = group[0].type
    lines = [", ".join(dict.fromkeys(t("relation_" + r.type, lang) for r in group))]
    lines += [t("relation_from_date", lang).format(date=reader_date(r.date, lang))
              for r in group if r.origin == "editorial"]
    sentences = "; ".join(relation_sentence(plan, r, lang) for r in group)
    return _Arrow(kind, sentences, d, WIDTHS[kind], DASHES[kind], anchor, label_x,
                  label_y - (len(lines) - 1) * LINE_HEIGHT, lines)


def _drawn(box: _Box, x: float, y: float, focus: bool) -> _Drawn:
    height = len(box.lines) * LINE_HEIGHT + BOX_PADDING
    return _Drawn(x, y - height / 2, height, x + BOX_WIDTH / 2, box.lines, focus)


def relations_summary(plan: Plan, relations: list[Relation], lang: Lang) -> str:
    """One sentence that says what the figure shows, with its counts."""
    ends = {end for r in relations for end in (r.source, r.target)}
    return t("relations_summary", lang).format(relations=tn("count_relations", len(relations), lang),
                                               ends=tn("count_relation_ends", len(ends), lang))


# ---------------------------------------------------------------- the table and the section


def relations_table(plan: Plan, relations: list[Relation], lang: Lang, here: str) -> str:
    """Every relation as a row: source, relation, target, date, and where it comes from."""
    columns = ("relation_source", "relation", "relation_target", "relation_date", "relation_origin")
    # Out of the search index, like the figure: the notes and documents it names have pages of their own.
    out = ['<div class="relations-table" data-search-exclude markdown>\n\n',
           "| " + " | ".join(t(key, lang) for key in columns) + " |\n" + "|---" * len(columns) + "|\n"]
    for r in relations:
        out.append(f"| {end_markdown(plan, r.source, lang, here)} | {t('relation_' + r.type, lang)} | "
                   f"{end_markdown(plan, r.target, lang, here)} | {time_html(r.date, lang)} | "
                   f"{_origin(plan, r, lang, here)} |\n")
    return "".join(out) + "\n</div>\n\n"


def _origin(plan: Plan, relation: Relation, lang: Lang, here: str) -> str:
    """From the text: the passages (with quotes for recorded relations); editorial: the note and its sources."""
    if relation.note is not None:
        note = relation.note
        # Not linked by name: a later law often bears the name of the one it replaced.
        return (f"{t('editorial', lang).capitalize()}: {escape(note.text[lang])} "
                f'<small class="note-source">{note_meta(note, lang)}</small>')
    recorded = relation in plan.recorded_relations
    places = []
    for statement in relation.stated_in:
        page, anchor = _location(plan, statement.passage)
        place = link(escape(statement.passage), here, page, anchor)
        if statement.pinpoint:
            place += f" ({escape(statement.pinpoint[lang])})"
        if recorded:
            place += f": “{linked_text(statement.quote[lang], lang, here, plan.instruments.values())}”"
        places.append(place)
    return f"{t('relation_from_text', lang)}: " + "; ".join(places)


def _location(plan: Plan, passage_id: str) -> tuple[str, str]:
    passage = plan.passage_index.get(passage_id)
    return passage_location(plan, passage) if passage else (routes.ORIGINAL, passage_id)


def relations_section(plan: Plan, focus: tuple[End, ...], lang: Lang, here: str, heading: str,
                      anchor: str = "relations") -> str:
    """A page's relations: a heading, the figure, the table; nothing when the focus has no relation."""
    relations = neighbourhood(plan, focus)
    if not relations:
        return ""
    figure = relations_svg(plan, relations, focus, lang, f"{anchor}-figure")
    return (f"## {heading} {{: #{anchor} }}\n\n"
            f'<figure class="relations-figure" data-search-exclude>\n'
            f'{scrolling(figure, f"{anchor}-figure-title", t("figure_scroll_hint", lang))}\n'
            f"<figcaption>{escape(relations_summary(plan, relations, lang))} {t('relations_see_table', lang)}"
            "</figcaption>\n</figure>\n\n" + relations_table(plan, relations, lang, here))
