"""What changed, and when: the 'What's new' page and an Atom feed per language, dated by the changelog."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest

from plan_site.site.labels import t

from ..data.invalid_cases import BASE, CHANGELOG_BY_NAME
from .html import LANGS, flat, pages, resolve, soup


def feed(site: Path, lang: str):
    parsed = feedparser.parse((site / LANGS[lang] / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


@pytest.mark.parametrize("lang", LANGS)
def test_the_feed_is_atom_with_an_entry_per_change(site: Path, plan, lang: str) -> None:
    parsed = feed(site, lang)
    assert parsed.version == "atom10"
    assert parsed.feed.language == lang
    assert parsed.feed.id.startswith("tag:")
    assert parsed.feed.author == t("feed_author", lang)
    assert parsed.feed.updated == f"{max(c.date for c in plan.changelog)}T00:00:00Z"
    links = {link.rel: link.href for link in parsed.feed.links}
    assert links["self"].endswith(f"/{LANGS[lang]}feed.xml") and links["self"].startswith("https://")
    assert [e.title for e in parsed.entries] == [c.title[lang] for c in plan.changelog]
    assert len({e.id for e in parsed.entries}) == len(plan.changelog)
    for entry, change in zip(parsed.entries, plan.changelog, strict=True):
        assert entry.id.startswith("tag:") and entry.id.endswith(f"changes/{change.id}")
        assert entry.updated == entry.published == f"{change.date}T00:00:00Z"
        assert entry.summary == change.for_readers[lang], "the feed says what changed for readers"
        assert entry.tags[0].term == change.kind
        assert entry.link.startswith("https://") and entry.link.endswith(f"/changes/#{change.id}")


@pytest.mark.parametrize("lang", LANGS)
def test_the_page_lists_each_change_and_links_the_feed(site: Path, plan, lang: str) -> None:
    page = site / LANGS[lang] / "changes" / "index.html"
    tree = soup(page)
    for change in plan.changelog:
        heading = tree.find(id=change.id)
        assert heading is not None and heading.get_text().startswith(change.title[lang])
    feed_links = [resolve(page, a["href"], site) for a in tree.select("article a[href$='feed.xml']")]
    assert feed_links == [(site / LANGS[lang] / "feed.xml", "")]
    home = site / LANGS[lang] / "index.html"
    nav = [resolve(home, a["href"], site) for a in soup(home).select("nav.md-nav--primary a[href]")]
    assert (page, "") in nav, "in the navigation"


@pytest.mark.parametrize("lang", LANGS)
def test_each_change_opens_with_what_changed_for_readers_and_folds_the_detail(site: Path, plan, lang: str) -> None:
    page = site / LANGS[lang] / "changes" / "index.html"
    tree = soup(page)
    linked = 0
    for change in plan.changelog:
        meta = tree.find(id=change.id).find_next_sibling()
        readers, detail = meta.find_next_sibling(), meta.find_next_sibling().find_next_sibling()
        assert "change-for-readers" in readers["class"] and flat(readers.get_text()) == flat(change.for_readers[lang])
        assert detail.name == "details" and "open" not in detail.attrs, "the detail is folded"
        assert flat(detail.summary.get_text()) == t("change_detail", lang)
        assert flat(change.summary[lang]) in flat(detail.get_text())
        assert detail.select_one(".change-touches").get_text().startswith(t("change_touches", lang))
        assert not tree.find(id=change.id).find_next_sibling(class_="change-touches"), "records only in the detail"
        for a in readers.select("a[href]"):
            target, fragment = resolve(page, a["href"], site)
            number = a.get_text()
            if number in plan.passage_index:  # a passage's number leads to the passage
                assert soup(target).find(id=fragment) is not None and fragment == plan.passage_index[number].anchor
                linked += 1
    assert linked >= 10, "the passages named in the readers' words are linked"


@pytest.mark.parametrize("lang", LANGS)
def test_search_finds_a_change_by_its_readers_words_not_by_the_maintainers_detail(site: Path, plan,
                                                                                   lang: str) -> None:
    docs = json.loads((site / LANGS[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    for change in plan.changelog:
        [entry] = [d for d in docs if d["location"] == f"changes/#{change.id}"]
        assert flat(change.for_readers[lang])[:60] in flat(entry["text"])
        assert flat(change.summary[lang])[:60] not in flat(entry["text"]), change.id
        assert t("change_touches", lang) not in entry["text"]


def test_every_page_head_links_its_language_feed(site: Path) -> None:
    for page in pages(site):
        lang = "en" if page.relative_to(site).as_posix().startswith("en/") else "vi"
        links = soup(page).head.find_all("link", rel="alternate", type="application/atom+xml")
        assert len(links) == 1, page
        if page.name != "404.html":  # the 404 page is served at any address: it links by absolute path
            assert resolve(page, links[0]["href"], site) == (site / LANGS[lang] / "feed.xml", ""), page
        assert links[0]["title"] == t("feed_title", lang)


def test_markup_in_the_changelog_stays_text(markup_site: Path) -> None:
    for lang, root in LANGS.items():
        html = (markup_site / root / "changes" / "index.html").read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<b>b</b>" not in html and "<b>bold</b>" not in html
        parsed = feed(markup_site, lang)
        assert parsed.entries[0].title == {"vi": "Sửa <script>alert('vi')</script>",
                                           "en": "Fixed </title><script>alert('atom')</script>"}[lang]
        summaries = {"vi": "<i>nghiêng</i> {{ x }} III.1.1",
                     "en": "[link](javascript:alert(1)) <b>bold</b> III.1.1 & more"}
        assert parsed.entries[0].summary == summaries[lang]
        readers = soup(markup_site / root / "changes" / "index.html").select_one(".change-for-readers")
        assert flat(readers.get_text()) == summaries[lang]
        assert [a.get_text() for a in readers.select("a")] == ["III.1.1"], "only the passage's number is a link"
        assert "<i>nghiêng</i>" not in html and not readers.select("i, b, a[href^='javascript']")


@pytest.mark.parametrize("name", ["out-of-order", "missing-reader-summary"])
def test_build_stops_on_a_bad_changelog_with_file_and_line(build, tmp_path: Path, name: str) -> None:
    case = CHANGELOG_BY_NAME[name]
    result = build(tmp_path / "site", BASE, case.write(tmp_path))
    assert result.returncode != 0
    assert f"{name}.yaml:{case.expected[0]}" in result.stderr
    assert not (tmp_path / "site" / "index.html").exists(), "nothing is published"
