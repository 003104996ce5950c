"""MkDocs hook: Material's search box, matched by the site's own worker, loaded when it is used, from a
lean index.

A thin adapter over plan_site.outputs.search_index, which says what each step does and why: each page's
content as the indexer should read it (each duty once; English pages without the Vietnamese original;
the duty finder left out; the changelog and checklists boosted below the rest), each finished page
pointed at the site's worker with the result count line's loading states, and, once the site is written,
the index made lean and Material's bundle made to load search when it is used.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from plan_site.outputs.search_index import finished_page, indexed_content, publish_search, search_settings
from plan_site.source.load import current_plan


def on_page_content(html: str, page, config: MkDocsConfig, files) -> str:
    settings = search_settings(current_plan(), page.file.src_uri)
    if settings:  # over a page's own front matter
        page.meta["search"] = {**(page.meta.get("search") or {}), **settings}
    return indexed_content(html, current_plan(), page.file.src_uri, config["theme"]["language"])


def on_post_page(output: str, page, config: MkDocsConfig) -> str:
    return _finished(output, page.file.src_uri, config)


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """The same for pages rendered from templates alone (404.html)."""
    return _finished(output, template_name, config) if template_name.endswith(".html") else output


def _finished(output: str, where: str, config: MkDocsConfig) -> str:
    try:
        return finished_page(output, config["theme"]["language"])
    except ValueError as error:
        raise PluginError(f"{where}: {error}") from None


@event_priority(-100)  # after Material's search plugin has written the index
def on_post_build(config: MkDocsConfig) -> None:
    try:
        publish_search(Path(config["site_dir"]))
    except ValueError as error:
        raise PluginError(str(error)) from None
