"""MkDocs hook: every page, printed, first names the decision its text comes from and its own address.

A thin adapter over plan_site.site.render.cite.print_source. The block goes just before the article, so
it is no part of the page's content; it is hidden on screen (reuse.css).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from plan_site.site.render.cite import print_source
from plan_site.source.load import current_plan

_ARTICLE = '<article class="md-content__inner md-typeset">'


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    if _ARTICLE not in output:
        raise PluginError(f"{page.file.src_uri}: the theme's article element was not found")
    source = print_source(current_plan(), config["theme"]["language"], page.canonical_url or "")
    return output.replace(_ARTICLE, source + _ARTICLE, 1)
