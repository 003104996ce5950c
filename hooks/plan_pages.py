"""MkDocs hook: validate the data, then add the generated pages and the navigation.

A thin adapter: all plan logic lives in the plain-Python package ``plan_site``.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from plan_site.site import routes
from plan_site.site.render.pages import generated_pages, navigation
from plan_site.source.load import current_plan
from plan_site.source.problems import DataError


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Stop the build on the first data problem, before anything is written."""
    try:
        plan = current_plan()
    except DataError as error:
        raise PluginError(f"Invalid plan data: {error.problems[0]}") from None
    guides = sorted(page.relative_to(config["docs_dir"]).as_posix()
                    for page in Path(config["docs_dir"], routes.GUIDES).glob("*.md"))
    config["nav"] = navigation(plan, config["theme"]["language"], guides)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add one in-memory page per record; nothing is written into docs/."""
    lang = config["theme"]["language"]
    for page in generated_pages(current_plan(), lang):
        files.append(File.generated(config, page.path, content=page.markdown))
    return files
