"""MkDocs hook: the 404 page, from plan_site.site.render.not_found instead of the theme's.

The theme's 404 page links its styles and every page by the path of `site_url`, so it breaks
wherever the site is served under another path, and GitHub Pages serves only the root one, in
Vietnamese, to readers of both languages. Ours works from any path, in the reader's language.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from plan_site.model.types import LANGS
from plan_site.site import routes
from plan_site.site.render.hotline import help_sentence
from plan_site.site.render.not_found import not_found_page
from plan_site.source.load import current_plan


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    if template_name != routes.NOT_FOUND:
        return output_content
    lang = config["theme"]["language"]
    plan = current_plan()
    help_lines = {x: help_sentence(plan, x) for x in LANGS} if plan.meta.help else {}
    return not_found_page(routes.site_root_of(config["site_url"] or "", lang), lang, plan.meta.site_name, help_lines)
