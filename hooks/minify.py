"""MkDocs hook: the site's own style sheets without their comments (plan_site/outputs/minify.py)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from plan_site.outputs.minify import minify_style_sheets


def on_post_build(config: MkDocsConfig) -> None:
    minify_style_sheets(Path(config.site_dir), list(config.extra_css))
