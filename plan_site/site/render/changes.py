"""The "What's new" page: the changelog, newest first, each entry with its date, kind and touched records."""

from __future__ import annotations

from plan_site.model.plan import Plan
from plan_site.model.types import End, Lang
from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.site.render.blocks import body_location, passage_location
from plan_site.site.render.markup import escape, link, time_html


def changes_markdown(plan: Plan, lang: Lang) -> str:
    """Every revision of the data, newest first, with a link to the feed that announces them."""
    here = routes.CHANGES
    feed = link(t("feed_link", lang), here, routes.FEED)
    out = [f"# {t('whats_new', lang)}\n\n",
           f"{t('whats_new_intro', lang)} {t('whats_new_follow', lang)} {feed}\n{{: .lede }}\n\n"]
    for change in plan.changelog:
        out.append(f"## {escape(change.title[lang])} {{: #{change.id} }}\n\n")
        out.append(f"{time_html(change.date, lang)} · {t('change_' + change.kind, lang)}\n{{: .change-meta }}\n\n")
        out.append(f"{escape(change.summary[lang])}\n\n")
        records = ", ".join(record_markdown(plan, record, lang, here) for record in change.touches)
        out.append(f"{t('change_touches', lang)}: {records}\n{{: .change-touches }}\n\n")
    return "".join(out)


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
