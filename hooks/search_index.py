"""MkDocs hook: Material's search box, matched by the site's own worker; English indexes English.

Material's lunr worker cannot find Vietnamese as people type it (no accent folding, no NFD, OR-ed
words); overrides/assets/javascripts/search-worker.js can, and speaks the same messages. This hook
points each page's Material configuration at it, and keeps the Vietnamese original shown inside
English pages out of the English index, so an English query finds English text. The index holds
no folded copy of the texts (the worker folds accents when it loads, which keeps the index half the
size), and is rewritten as plain UTF-8: Material escapes every Vietnamese letter as \\uXXXX, which
costs 12% of the Vietnamese index's gzip download.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from plan_site.site import routes

WORKER = "assets/javascripts/search-worker.js"
_MATERIAL_WORKER = re.compile(r'("search":\s*")([^"]*?)assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"')
_ORIGINAL_VI = '<details class="original-vi"'


def on_page_content(html: str, page, config: MkDocsConfig, files) -> str:
    """Keep the duty finder out of the index (it repeats every duty; search leads to the duty
    itself); on English pages, mark the Vietnamese original so Material's indexer skips it."""
    if page.file.src_uri == routes.FINDER:
        page.meta["search"] = {"exclude": True}
    if config["theme"]["language"] == "en":
        html = html.replace(_ORIGINAL_VI, _ORIGINAL_VI + " data-search-exclude")
    return html


def on_post_page(output: str, page, config: MkDocsConfig) -> str:
    """Point Material's search at the site's worker."""
    return use_site_worker(output, page.file.src_uri)


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """The same for pages rendered from templates alone (404.html)."""
    return use_site_worker(output, template_name) if template_name.endswith(".html") else output


def use_site_worker(output: str, where: str) -> str:
    """Swap Material's worker URL for ours, keeping its relative prefix; fail loudly if not found."""
    if 'id="__config"' not in output:
        return output
    swapped, count = _MATERIAL_WORKER.subn(lambda m: f'{m.group(1)}{m.group(2)}{WORKER}"', output)
    if count != 1:
        raise PluginError(f"{where}: Material's search worker URL not found; search would fall back to lunr")
    return swapped


@event_priority(-100)  # after Material's search plugin has written the index
def on_post_build(config: MkDocsConfig) -> None:
    """Rewrite search/search_index.json with its letters as UTF-8, not \\u escapes: the same JSON."""
    index = Path(config["site_dir"]) / "search" / "search_index.json"
    if index.is_file():
        data = json.loads(index.read_text(encoding="utf-8"))
        index.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
