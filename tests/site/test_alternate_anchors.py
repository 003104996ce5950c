"""The language switch keeps the reader's place: overrides/assets/javascripts/alternates.js carries the
address's #section and ?filters to the same page in the other language. So every id a reader can arrive
at exists on that page in both languages, and the finder's filters take the same values in both.

An id a reader can arrive at: any id a link of the site points to (the table of contents, cross-references,
the finder's rows, citations), and every section anchor (a heading below the page's title, anything with
a permalink). A page's title (h1) is not required to match: its anchor (a permalink, and the target of the
theme's "skip to content" link) is the top of the page, where the page in the other language opens anyway.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from plan_site.site import routes
from tests.conftest import ROOT

from .html import pages, resolve, soup

FINDER_FIELDS = {"agency", "task", "theme", "role", "text"}  # what finder.js reads from the address


def counterpart(site: Path, page: Path) -> Path:
    """The same page in the other language."""
    relative = page.relative_to(site)
    return site / relative.relative_to("en") if relative.parts[0] == "en" else site / "en" / relative


def ids(page: Path) -> set[str]:
    return {element["id"] for element in soup(page).find_all(id=True)}


def titles(page: Path) -> set[str]:
    return {h["id"] for h in soup(page).select("h1[id]")}


def section_anchors(page: Path) -> set[str]:
    """The headings, and whatever else offers a permalink."""
    tree = soup(page)
    return ({h["id"] for h in tree.select("h2[id], h3[id], h4[id], h5[id], h6[id]")}
            | {a["href"][1:] for a in tree.select('a.headerlink[href^="#"]')})


def arrivals(site: Path) -> dict[Path, set[str]]:
    """Each page, and the ids on it a reader can arrive at."""
    wanted: dict[Path, set[str]] = defaultdict(set)
    for page in pages(site):
        if page.name == "404.html":
            continue
        wanted[page] |= section_anchors(page)
        for link in soup(page).select("a[href]"):
            resolved = resolve(page, link["href"], site)
            if resolved and resolved[1] and resolved[0].suffix == ".html" and resolved[0].is_file():
                wanted[resolved[0]].add(resolved[1])
    return {page: found - titles(page) for page, found in wanted.items()}


def test_every_id_a_reader_can_arrive_at_is_on_the_page_in_the_other_language(site: Path) -> None:
    wanted = arrivals(site)
    assert sum(len(found) for found in wanted.values()) > 500, "too few anchors found: is the page markup read?"
    missing = []
    for page, found in sorted(wanted.items()):
        other = counterpart(site, page)
        assert other.is_file(), f"{page.relative_to(site)} has no page in the other language"
        missing += [f"{page.relative_to(site)}#{anchor} is not on {other.relative_to(site)}"
                    for anchor in sorted(found - ids(other))]
    assert missing == []


def test_the_finder_takes_the_same_filters_in_both_languages(site: Path) -> None:
    """The filters in the address are the form's field names and option values: the same in both languages
    (each language lists the options in its own order)."""
    def fields(page: Path) -> dict[str, list[str]]:
        form = soup(page).find(id="duty-finder-form")
        assert form is not None, page
        return {field["name"]: sorted(option["value"] for option in field.find_all("option"))
                for field in form.find_all(["select", "input"]) if field.get("name")}

    finder = site / routes.FINDER.removesuffix(".md") / "index.html"
    vietnamese, english = fields(finder), fields(counterpart(site, finder))
    assert set(vietnamese) == FINDER_FIELDS
    assert vietnamese == english
    assert all(len(values) > 2 for name, values in vietnamese.items() if name != "text")


EXPLICIT_ID = re.compile(r"\{:?\s*#([A-Za-z][\w-]*)")  # attr_list: "## Heading { #id }", "{: #id }"


def test_hand_written_pages_name_their_sections_alike_in_both_languages() -> None:
    """The same explicit ids, in the same order, in docs/vi and docs/en (the built pages are checked above)."""
    vi_root, en_root = ROOT / "docs" / "vi", ROOT / "docs" / "en"
    vi_pages = sorted(path.relative_to(vi_root) for path in vi_root.rglob("*.md"))
    assert vi_pages == sorted(path.relative_to(en_root) for path in en_root.rglob("*.md"))
    for relative in vi_pages:
        vi_ids = EXPLICIT_ID.findall((vi_root / relative).read_text(encoding="utf-8"))
        en_ids = EXPLICIT_ID.findall((en_root / relative).read_text(encoding="utf-8"))
        assert vi_ids == en_ids, relative
