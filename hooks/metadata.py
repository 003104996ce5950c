"""MkDocs hook: language alternates, Open Graph and schema.org JSON-LD in each page's <head>.

A thin adapter over plan_site.outputs.metadata; overrides/main.html prints what it gives. Front matter titles and descriptions of generated pages
are HTML-escaped (plan_site/site/render/markup.py front_matter), so they are decoded once here and
re-escaped by the metadata module for their own context.
"""

from __future__ import annotations

import html
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from plan_site.outputs.metadata import head_metadata, language_alternates
from plan_site.site import routes
from plan_site.source.load import current_plan


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    """The page's metadata, for overrides/main.html to print at the end of <head>."""
    lang = config["theme"]["language"]
    title = html.unescape(page.title or config["site_name"])
    description = html.unescape(page.meta.get("description") or config["site_description"] or "")
    head = head_metadata(current_plan(), lang, page.file.src_uri, routes.site_root_of(config["site_url"] or "", lang),
                         page.canonical_url or "", title, description, config["site_name"])
    roots = {alt["lang"]: alt["url"] for alt in config["extra"]["alternate"]}  # set by hooks/language.py
    context["plan_head"] = language_alternates(roots, page.url) + head
    return context
