"""MkDocs hook: every page, printed, first names the decision its text comes from and its own address.

A thin adapter over plan_site.site.render.cite.print_source: overrides/main.html prints it just before
the article, so it is no part of the page's content; it is hidden on screen (reuse.css).
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from plan_site.site.render.cite import print_source
from plan_site.source.load import current_plan


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    context["print_source"] = print_source(current_plan(), config["theme"]["language"], page.canonical_url or "")
    return context
