"""Each page loads only the scripts and style sheets it uses: the duty finder's on the finder page, the
checklists' style sheet on the checklist pages, the original text's and the coordination figure's on their
pages (plan_site/outputs/page_assets.py); every other asset that mkdocs.yml lists is on every page (but the
404 page, which carries its own)."""

from __future__ import annotations

from pathlib import Path

import yaml

from plan_site.outputs.page_assets import (
    CHECKLIST_ASSETS,
    COORDINATION_ASSETS,
    FINDER_ASSETS,
    ORIGINAL_ASSETS,
    page_assets,
)
from plan_site.site import routes
from tests.conftest import ROOT

from .html import LANGS, pages, soup


def loaded(page: Path) -> set[str]:
    """The site's own scripts and style sheets a page loads, as mkdocs.yml names them."""
    tags = soup(page).select("script[src], link[rel=stylesheet]")
    return {"assets/" + (tag.get("src") or tag["href"]).split("assets/", 1)[1] for tag in tags
            if "assets/" in (tag.get("src") or tag.get("href") or "")}


KIND_ASSETS = {"finder": set(FINDER_ASSETS), "checklist": set(CHECKLIST_ASSETS), "original": set(ORIGINAL_ASSETS),
               "coordination": set(COORDINATION_ASSETS)}


def kind_of(where: str) -> str:
    """A page's kind by its folder below the language root."""
    if where in ("finder", "original", "coordination"):
        return where
    return "checklist" if where.startswith("checklists/") else "other"


def test_page_kind_assets_load_on_their_pages_only(site: Path, plan) -> None:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    listed = set(config["extra_css"]) | set(config["extra_javascript"])
    every_kind = set().union(*KIND_ASSETS.values())
    assert every_kind <= listed
    kinds = dict.fromkeys([*KIND_ASSETS, "other"], 0)
    for lang, folder in LANGS.items():
        root = site / folder
        for page in pages(site):
            if lang == "vi" and page.is_relative_to(site / "en") or not page.is_relative_to(root):
                continue
            if page.name == routes.NOT_FOUND:  # a page of its own, with its style and script inline
                assert not loaded(page) & listed, page
                continue
            kind = kind_of(page.relative_to(root).parent.as_posix())
            kinds[kind] += 1
            assets = loaded(page)
            expected = listed - every_kind | KIND_ASSETS.get(kind, set())
            assert assets & listed == expected, (page, sorted(assets & listed), sorted(expected))
    assert kinds == {"finder": 2, "checklist": 2 * len(plan.assignments), "original": 2, "coordination": 2,
                     "other": kinds["other"]} and kinds["other"] > 50


def test_the_tags_removed_are_exactly_the_assets_tags(plan) -> None:
    """A page-kind asset's tag goes from other pages, and nothing else: not an asset whose name merely
    contains it; on its own kind of page it stays."""
    page = ('<head>\n  <link rel="stylesheet" href="../assets/stylesheets/checklist.css">\n'
            '  <link rel="stylesheet" href="../assets/stylesheets/my-checklist.css">\n'
            '  <script defer src="../assets/javascripts/finder.js"></script>\n</head>')
    out = page_assets(page, plan, "index.md")
    assert out == '<head>\n  <link rel="stylesheet" href="../assets/stylesheets/my-checklist.css">\n</head>'
    checklist = f"checklists/{plan.assignments[0].slug}.md"
    assert page_assets(page, plan, checklist) == page.replace(
        '\n  <script defer src="../assets/javascripts/finder.js"></script>', "")
