"""The built site, both languages: pages, anchors, links, language switch, metadata."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from plan_site.site.labels import t
from plan_site.site.render.blocks import body_location
from plan_site.site.render.pages import all_anchors

from .html import LANGS, content, flat, page_url, pages, resolve, soup


def built(site: Path, lang: str, source_path: str) -> Path:
    """Where MkDocs writes a source page (directory URLs)."""
    stem = source_path.removesuffix(".md")
    stem = stem.removesuffix("index").rstrip("/")
    return site / LANGS[lang] / stem / "index.html" if stem else site / LANGS[lang] / "index.html"


def private_copy(tree):
    """A copy of a cached tree to cut things out of: other tests read the cached one (html.soup)."""
    return BeautifulSoup(str(tree), "html.parser")


def page_url_of(source_path: str) -> str:
    """The path MkDocs gives a source page below its language's root: "agencies/so-y-te.md" → "agencies/so-y-te/"."""
    stem = source_path.removesuffix(".md").removesuffix("index").rstrip("/")
    return f"{stem}/" if stem else ""


@pytest.mark.parametrize("lang", LANGS)
def test_every_assignment_and_instrument_has_a_page(site: Path, plan, lang: str) -> None:
    for assignment in plan.assignments:
        assert built(site, lang, f"agencies/{assignment.slug}.md").is_file(), assignment.id
    for instrument in plan.instruments:
        assert built(site, lang, f"instruments/{instrument}.md").is_file(), instrument
    for theme in plan.themes:
        assert built(site, lang, f"themes/{theme}.md").is_file(), theme
    for page in ("original.md", "key-tasks.md", "targets.md", "glossary.md", "about.md", "index.md"):
        assert built(site, lang, page).is_file(), page
    assert (site / LANGS[lang] / "404.html").is_file()
    assert (site / LANGS[lang] / "sitemap.xml").is_file()


@pytest.mark.parametrize("lang", LANGS)
def test_every_duty_and_passage_anchor_exists(site: Path, plan, lang: str) -> None:
    for source_path, anchor in all_anchors(plan):
        page = built(site, lang, source_path)
        assert soup(page).find(id=anchor) is not None, f"{lang}: #{anchor} missing on {source_path}"


_COMPARATORS = {">=": "≥", ">": ">", "=": "=", "<=": "≤", "<": "<"}


def _target(target) -> str:
    return f"{_COMPARATORS[target.comparator]} {target.value:g}%"


def _facts(block, label: str) -> list:
    """The items of a facts list whose bold label is ``label``."""
    return [li for li in block.select(":scope > ul > li") if li.strong and flat(li.strong.get_text()) == f"{label}:"]


def _leads_to(page: Path, site: Path, href: str) -> tuple[str, str]:
    """Where a link leads: the page's path below its language's root, and the anchor."""
    target, fragment = resolve(page, href, site)
    return page_url(site, target), fragment


@pytest.mark.parametrize("lang", LANGS)
def test_each_agency_page_shows_its_roles_targets_partners_and_place_in_the_original(site: Path, plan,
                                                                                      lang: str) -> None:
    """What the data says of each assignment's duties, on its page: targets, duty by duty, and the
    partners with the duties that name them."""
    for assignment in plan.assignments:
        page = built(site, lang, f"agencies/{assignment.slug}.md")
        article, where = content(page), f"{lang}: {assignment.slug}"
        lede = [_leads_to(page, site, a["href"]) for a in article.select_one(".lede").select("a[href]")]
        assert ("original/", assignment.anchor) in lede, where

        summary = article.select_one(".agency-summary")  # after the duties (test_agency_pages.py)
        targets = [(_target(x), d.id) for d in assignment.duties for x in d.targets]
        shown = [(flat(li.select_one(".target-value").get_text()), flat(li.select("a")[-1].get_text()))
                 for li in _facts(summary, t("targets", lang))]
        assert shown == targets, where

        for duty in assignment.duties:
            facts = article.find(id=duty.anchor).find_next("div", class_="duty-facts")
            where = f"{lang}: {duty.id}"
            assert [flat(chip.get_text()) for chip in facts.select(".role")] == \
                [plan.roles[r].name[lang] for r in duty.roles], where
            partner_links = [a for li in _facts(facts, t("partners", lang)) for a in li.select("a")]
            assert [flat(a.get_text()) for a in partner_links] == \
                [plan.bodies[b].name[lang] for b in duty.partners], where
            for body, a in zip(duty.partners, partner_links, strict=True):
                location, anchor = body_location(plan, body)
                assert _leads_to(page, site, a["href"]) == (page_url_of(location), anchor), where
            assert [flat(v.get_text()) for v in facts.select(".target-value")] == \
                [_target(x) for x in duty.targets], where
            links = [_leads_to(page, site, a["href"]) for a in facts.select("a[href]")]
            assert ("original/", duty.anchor) in links, where

        partners = list(dict.fromkeys(b for d in assignment.duties for b in d.partners if b not in assignment.bodies))
        heading = article.find(id="partners")
        assert (heading is not None) == bool(partners), assignment.slug
        if partners:
            items = heading.find_next("ul").find_all("li", recursive=False)
            assert [flat(li.a.get_text()) for li in items] == [plan.bodies[b].name[lang] for b in partners]
            assert [[flat(a.get_text()) for a in li.select("a")[1:]] for li in items] == \
                [[d.id for d in assignment.duties if b in d.partners] for b in partners], assignment.slug


def test_coordination_is_linked_both_ways(site: Path, plan) -> None:
    """Health must coordinate with ... and the partner's page lists the duty back."""
    for duty in plan.duties:
        for partner in duty.partners:
            assignment = plan.assignment_for_body(partner)
            if assignment is None or assignment.id == duty.assignment:
                continue
            page = soup(built(site, "vi", f"agencies/{assignment.slug}.md"))
            section = page.find(id="coordinated-by")
            assert section is not None, f"{assignment.slug} lacks the coordinated-by section"
            hrefs = [a["href"] for a in page.select("a[href]")]
            assert any(h.endswith(f"#{duty.anchor}") for h in hrefs), f"{assignment.slug} misses {duty.id}"


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_page_shows_the_term_base_after_the_definitions(site: Path, plan, lang: str) -> None:
    """Every term-base entry is a row under #term-base; the page's other language carries its ``lang``."""
    article = content(built(site, lang, "glossary.md"))
    heading = article.find(id="term-base")
    assert heading is not None and heading.name == "h2"
    assert all(article.find(id=term.id).find_next(id="term-base") for term in plan.glossary)
    rows = [row.find_all("td") for row in heading.find_next("table").select("tbody tr")]
    assert len(rows) == len(plan.terms)
    other, column = ("en", 1) if lang == "vi" else ("vi", 0)
    assert all(row[column].find(attrs={"lang": other}) for row in rows)
    pairs = {row[0].get_text(strip=True): row[1].get_text(" ", strip=True) for row in rows}
    assert pairs["từng bước"] == "progressively"


@pytest.mark.parametrize("lang", LANGS)
def test_language_switch_lands_on_the_same_page(site: Path, lang: str) -> None:
    other = "en" if lang == "vi" else "vi"
    for page in pages(site / LANGS[lang]) if lang == "en" else [p for p in pages(site) if "/en/" not in f"/{p.relative_to(site).as_posix()}"]:
        if page.name == "404.html":
            continue
        link = soup(page).select_one(f'a.md-select__link[hreflang="{other}"]')
        assert link is not None, page
        target, _ = resolve(page, link["href"], site)
        assert target.is_file(), f"{page}: {link['href']}"
        assert page_url(site, target) == page_url(site, page)
        assert target.relative_to(site).as_posix().startswith("en/") == (other == "en")


def test_no_internal_link_or_anchor_is_broken(site: Path) -> None:
    broken = []
    for page in pages(site):
        for a in soup(page).select("a[href]"):
            resolved = resolve(page, a["href"], site)
            if resolved is None:
                continue
            target, fragment = resolved
            if not target.is_file():
                broken.append(f"{page.relative_to(site)} -> {a['href']} (no file)")
            elif fragment and soup(target).find(id=fragment) is None:
                broken.append(f"{page.relative_to(site)} -> {a['href']} (no anchor)")
    assert broken == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_mention_of_an_instrument_is_a_link(site: Path, plan, lang: str) -> None:
    names = sorted({n for i in plan.instruments.values() for n in i.aliases[lang]}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE)
    unlinked = []
    for source_path in ["original.md"] + [f"agencies/{a.slug}.md" for a in plan.assignments]:
        article = private_copy(content(built(site, lang, source_path)))
        for details in article.select("details.original-vi"):
            details.decompose() if lang == "en" else None
        # The relations figure and table name other documents by their own titles, and a later law often
        # bears the name of the one it replaced: they link each document they have a page for.
        for relations in article.select(".relations-figure, .relations-table"):
            relations.decompose()
        for node in article.find_all(string=pattern):
            # Editorial notes are not the text: they name later laws that share a cited law's title.
            # A duty's heading repeats its opening words; the text beneath it links the instrument.
            skipped = node.find_parent(class_="editorial-note") or node.find_parent(class_="duty-heading")
            if node.find_parent("a") is None and skipped is None:
                unlinked.append(f"{source_path}: {node.strip()[:80]}")
    assert unlinked == []


def test_english_pages_read_as_english(site: Path) -> None:
    vietnamese = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
    for page in pages(site / "en"):
        article = content(page)
        if article is None:
            continue
        article = private_copy(article)
        for quoted in article.select('[lang="vi"]'):
            quoted.decompose()
        letters = [c for c in article.get_text(" ").lower() if c.isalpha()]
        share = sum(c in vietnamese for c in letters) / max(len(letters), 1)
        assert share < 0.02, f"{page.relative_to(site)}: {share:.1%} Vietnamese letters"


def test_every_page_has_a_title_of_its_own(site: Path) -> None:
    """(Descriptions, equal to og:description and never empty, are checked in test_metadata.py.)"""
    titles: dict[str, list[str]] = {}
    for page in pages(site):
        if page.name != "404.html":
            titles.setdefault(flat(soup(page).head.title.get_text()), []).append(page.relative_to(site).as_posix())
    assert all(titles), "a page without a title"
    assert {title: where for title, where in titles.items() if len(where) > 1} == {}, "titles shared by pages"


def test_english_pages_say_the_translation_is_unofficial(site: Path) -> None:
    for page in pages(site / "en"):
        if page.name == "404.html":
            continue
        assert "Unofficial translation" in soup(page).get_text(), page
