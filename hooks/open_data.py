"""MkDocs hook: publish the plan as data files (JSON, CSV, schema, checklists, Akoma Ntoso) under data/,
and feed.xml.

A thin adapter over plan_site.outputs.catalogue: the files are generated in memory and copied into the
site like any static file, so pages can link to them and MkDocs checks those links.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from plan_site.outputs.catalogue import data_files
from plan_site.outputs.feed import atom_feed
from plan_site.site import routes
from plan_site.source.load import current_plan


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add every data file of this language's site, and its Atom feed of the changelog."""
    lang = config["theme"]["language"]
    site_root = routes.site_root_of(config["site_url"] or "", lang)
    plan = current_plan()
    for path, content in data_files(plan, lang, site_root).items():
        files.append(File.generated(config, path, content=content))
    files.append(File.generated(config, routes.FEED, content=atom_feed(plan, lang, site_root)))
    return files

