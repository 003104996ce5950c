"""Every generated page and the navigation, both from the one list of routes (plan_site/site/routes.py).

Pages exist because records exist: adding an assignment or instrument to the data is enough to give it
a page and a place in the navigation. Both languages use the same paths, so the language switch keeps
the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from plan_site.model.plan import Plan
from plan_site.model.types import Lang
from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.site.render import agencies, instruments, original, topics
from plan_site.site.render.changes import changes_markdown
from plan_site.site.render.checklist import checklist_description, checklist_markdown, checklist_title
from plan_site.site.render.finder import finder_markdown
from plan_site.site.render.network import coordination_markdown
from plan_site.site.render.open_data_page import open_data_markdown
from plan_site.site.render.page import Page
from plan_site.site.render.parallel import parallel_markdown

Renderer = Callable[[Plan, routes.Route, Lang], Page]


def _whole(key: str, intro: str, markdown: Callable[[Plan, Lang], str],
           settings: dict[str, object] | None = None) -> Renderer:
    """A page that is one renderer's Markdown, titled and described by two labels."""
    return lambda plan, route, lang: Page(route.path, t(key, lang), t(intro, lang), markdown(plan, lang),
                                          settings or {})


RENDERERS: dict[str, Renderer] = {
    "original": lambda plan, route, lang: original.original_page(plan, lang),
    # The whole text in two aligned columns: wide, and kept out of search, since each passage is already
    # found on its own page.
    "parallel": _whole("parallel", "parallel_intro", parallel_markdown, {"hide": ["toc"], "search": {"exclude": True}}),
    "agencies": lambda plan, route, lang: agencies.agencies_index(plan, lang),
    "agency": lambda plan, route, lang: agencies.agency_page_for(plan, plan.assignment_by_slug(route.record), lang),
    "finder": _whole("finder", "finder_intro", finder_markdown),
    "coordination": _whole("coordination", "coordination_intro", coordination_markdown),
    "instruments": lambda plan, route, lang: instruments.instruments_index(plan, lang),
    "instrument": lambda plan, route, lang: instruments.instrument_page_for(plan, route.record, lang),
    "key_tasks": lambda plan, route, lang: topics.key_tasks_page(plan, lang),
    "themes": lambda plan, route, lang: topics.themes_index(plan, lang),
    "theme": lambda plan, route, lang: topics.theme_page_for(plan, route.record, lang),
    "targets": lambda plan, route, lang: topics.targets_page(plan, lang),
    "glossary": lambda plan, route, lang: topics.glossary_page(plan, lang),
    "open_data": _whole("open_data", "open_data_intro", open_data_markdown),
    # What changed in the data, and when; the feeds carry the same entries.
    "changes": _whole("whats_new", "whats_new_intro", changes_markdown),
    "checklist": lambda plan, route, lang: _checklist(plan, route, lang),
}


def generated_pages(plan: Plan, lang: Lang) -> list[Page]:
    """All pages rendered from the data for one language, in navigation order."""
    return [RENDERERS[route.kind](plan, route, lang) for route in routes.routes(plan) if route.generated]


def navigation(plan: Plan, lang: Lang, guides: list[str]) -> list[object]:
    """MkDocs' nav: page titles come from the pages; sections are titled by their labels.
    ``guides`` are the hand-written pages under docs/<lang>/guides/ (CONTRIBUTING.md)."""
    nav: list[object] = []
    sections: dict[str, list[str]] = {}
    for route in routes.routes(plan):
        if not route.in_nav:
            continue
        paths = guides if route.kind == "guides" else [route.path]
        if not paths:
            continue
        if not route.section:
            nav += paths
        elif route.section in sections:
            sections[route.section] += paths
        else:
            sections[route.section] = list(paths)
            nav.append({t(route.section, lang): sections[route.section]})
    return nav


def _checklist(plan: Plan, route: routes.Route, lang: Lang) -> Page:
    """An agency's printable checklist, linked from its page, outside the navigation."""
    assignment = plan.assignment_by_slug(route.record)
    return Page(route.path, checklist_title(assignment, lang), checklist_description(assignment, lang),
                checklist_markdown(plan, assignment, lang))


def all_anchors(plan: Plan) -> Iterator[tuple[str, str]]:
    """(page, anchor) pairs that must exist in every language: used by the tests."""
    for duty in plan.duties:
        yield routes.agency(plan.assignment_of(duty).slug), duty.anchor
    for passage in plan.passages():
        yield routes.ORIGINAL, passage.anchor
