"""The "What's new" page: the changelog, newest first. Each entry opens with its date, its kind and what
changed for a reader, in plain words whose passage numbers (III.7.3) link to the passages; the detail for
editors and maintainers (the summary and the records touched) is folded below it."""

from __future__ import annotations

import re

from plan_site.model.plan import Plan
from plan_site.model.types import End, Lang
from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.site.render.blocks import body_location, passage_location
from plan_site.site.render.markup import escape, link, linked_text, time_html

# A number as the Plan numbers its parts, items and passages: "III", "II.1", "III.7.3" (never part of a word).
_NUMBER = re.compile(r"(?<![\w.])[IVXLC]+(?:\.\d+)+(?![\w]|\.\d)")


def changes_markdown(plan: Plan, lang: Lang) -> str:
    """Every revision of the data, newest first, with a link to the feed that announces them."""
    here = routes.CHANGES
    feed = link(t("feed_link", lang), here, routes.FEED)
    out = [f"# {t('whats_new', lang)}\n\n",
           f"{t('whats_new_intro', lang)} {t('whats_new_follow', lang)} {feed}\n{{: .lede }}\n\n"]
    for change in plan.changelog:
        out.append(f"## {escape(change.title[lang])} {{: #{change.id} }}\n\n")
        out.append(f"{time_html(change.date, lang)} · {t('change_' + change.kind, lang)}\n{{: .change-meta }}\n\n")
        out.append(f"{reader_text(plan, change.for_readers[lang], lang, here)}\n{{: .change-for-readers }}\n\n")
        records = ", ".join(record_markdown(plan, record, lang, here) for record in change.touches)
        # The maintainers' detail is left out of search: readers find a change by what it says for them.
        out.append('<details class="change-detail" data-search-exclude markdown>\n'
                   f'<summary>{t("change_detail", lang)}</summary>\n\n'
                   f"{escape(change.summary[lang])}\n\n"
                   f"{t('change_touches', lang)}: {records}\n{{: .change-touches }}\n\n</details>\n\n")
    return "".join(out)


def reader_text(plan: Plan, text: str, lang: Lang, here: str) -> str:
    """A change said for readers: escaped, each number of a passage or an agency's item ("III.7.3", "III.11")
    linked to where the site shows it, each cited instrument to its page."""
    out, last = [], 0
    for match in _NUMBER.finditer(text):
        target = _number_location(plan, match.group(0))
        if target is None:
            continue
        out.append(linked_text(text[last:match.start()], lang, here, plan.instruments.values()))
        out.append(link(escape(match.group(0)), here, *target))
        last = match.end()
    out.append(linked_text(text[last:], lang, here, plan.instruments.values()))
    return "".join(out)


def _number_location(plan: Plan, number: str) -> tuple[str, str] | None:
    """(page, anchor) of a passage (a duty on its agency page) or of an agency's item, by its number."""
    passage = plan.passage_index.get(number)
    if passage is not None:
        return passage_location(plan, passage)
    assignment = next((a for a in plan.assignments if a.id == number), None)
    return (routes.agency(assignment.slug), "") if assignment else None


def record_markdown(plan: Plan, record: str, lang: Lang, here: str) -> str:
    """A touched record as its path in the data, linked to the page that shows it where there is one."""
    code = f"<code>{escape(record)}</code>"
    target = _record_page(plan, record)
    return link(code, here, *target) if target else code


def _record_page(plan: Plan, record: str) -> tuple[str, str] | None:
    """(page, anchor) of the last record a path selects by id, where the site shows it; None for whole sections."""
    ids = [part.split("]", 1)[0] for part in record.split("[")[1:]]
    if not ids:
        return None
    registry, last = record.split("[", 1)[0].rsplit(".", 1)[-1], ids[-1]
    if registry == "instruments":
        return routes.instrument(last), ""
    if registry == "bodies":
        return body_location(plan, last)
    if registry == "relations":
        relation = next(r for r in plan.relations if r.id == last)
        return _relations_location(plan, relation.source) or _relations_location(plan, relation.target)
    passage = plan.passage_index.get(last)
    return passage_location(plan, passage) if passage else None


def _relations_location(plan: Plan, end: End) -> tuple[str, str] | None:
    """Where a relation's end shows its relations: an instrument's page, or a body's assignment page."""
    if end.kind == "instrument" and end.id in plan.instruments:
        return routes.instrument(end.id), "relations"
    assignment = plan.assignment_for_body(end.id) if end.kind == "body" else None
    return (routes.agency(assignment.slug), "relations") if assignment else None
