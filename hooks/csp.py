"""MkDocs hook: a Content-Security-Policy and referrer policy in every finished page, the 404 page too.

A thin adapter over plan_site.outputs.csp. It runs after every other hook and plugin that alters pages
(lowest priority), so the hashes cover every inline script and style the page ends up with.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from plan_site.outputs.csp import protect


@event_priority(-100)
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _protected(output, page.file.src_uri)


@event_priority(-100)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return _protected(output_content, template_name) if template_name.endswith(".html") else output_content


def _protected(output: str, where: str) -> str:
    try:
        return protect(output)
    except ValueError as error:
        raise PluginError(f"{where}: {error}") from None
