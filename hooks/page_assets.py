"""MkDocs hook: each page loads only the scripts and style sheets it uses.

A thin adapter over plan_site.outputs.page_assets: mkdocs.yml lists every script and style sheet for every
page; those that serve one kind of page (the duty finder, the checklists) are taken out of the others.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from plan_site.outputs.page_assets import page_assets
from plan_site.source.load import current_plan


def on_post_page(output: str, page, config: MkDocsConfig) -> str:
    return page_assets(output, current_plan(), page.file.src_uri)


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """The same for pages rendered from templates alone (404.html)."""
    return page_assets(output, current_plan(), template_name) if template_name.endswith(".html") else output
