"""MkDocs hook: validate the data, then add the generated pages and the navigation.

A thin adapter: all plan logic lives in the plain-Python package ``plan_site``.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from plan_site.load import current_plan
from plan_site.problems import DataError
from plan_site.render.pages import generated_pages, nav_paths


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Stop the build on the first data problem, before anything is written."""
    try:
        plan = current_plan()
    except DataError as error:
        raise PluginError(f"Invalid plan data: {error.problems[0]}") from None
    config["nav"] = nav_paths(plan, config["theme"]["language"])
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add one in-memory page per record; nothing is written into docs/."""
    lang = config["theme"]["language"]
    for page in generated_pages(current_plan(), lang):
        files.append(File.generated(config, page.path, content=page.markdown))
    return files
