"""MkDocs hook: the help line for a child in danger, for the theme's header and footer on every page.

A thin adapter over plan_site.site.render.hotline; overrides/partials/header.html and copyright.html print it.
Runs after hooks/plan_pages.py, which has validated the data.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from plan_site.site.render.hotline import hotline_for_theme
from plan_site.source.load import current_plan


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config["extra"]["hotline"] = hotline_for_theme(current_plan(), config["theme"]["language"])
    return config
