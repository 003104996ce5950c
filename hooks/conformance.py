"""MkDocs hook: correct the theme's invalid or inaccessible markup in every finished page.

A thin adapter over plan_site.site.render.conformance; 404.html is a theme template, not a page.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from plan_site.site.render.conformance import conform


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return conform(output)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return conform(output_content) if template_name.endswith(".html") else output_content
