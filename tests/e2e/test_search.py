"""Site search as a reader uses it: typing into Material's search box and reading the result list.

Expectations come from the data (which duties hold the words), never from a list of results.
"holds the words" is checked on what the reader sees: the result's title and excerpt.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urldefrag, urlsplit

import pytest
from playwright.sync_api import Page, expect

from plan_site.outputs.search_index import LISTED_LAST
from plan_site.site import routes
from plan_site.site.render.blocks import document_identity
from tests.conftest import ROOT
from tests.site.html import LANGS, fold

# Navigational queries from readers' tasks, with the page a reader wants first.
NAVIGATION = json.loads((ROOT / "tests" / "fixtures" / "search-queries.json").read_text("utf-8"))["queries"]


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(text))


def holds(text: str, query: str) -> bool:
    """Every space-separated part of the query occurs in the text as consecutive words;
    the query's last word may be the start of a word (results follow typing)."""
    have = words(text)
    parts = [words(part) for part in query.split()]
    parts = [p for p in parts if p]
    for n, part in enumerate(parts):
        last_is_prefix = n == len(parts) - 1

        def at(i: int, part: list[str] = part, last_is_prefix: bool = last_is_prefix) -> bool:
            head, tail = part[:-1], part[-1]
            if have[i:i + len(head)] != head:
                return False
            word = have[i + len(head)]
            return word == tail or (last_is_prefix and word.startswith(tail))

        if not any(at(i) for i in range(len(have) - len(part) + 1)):
            return False
    return True


@dataclass(frozen=True)
class Hit:
    """One entry of the result list: where it leads, and what the reader sees."""

    href: str
    title: str
    text: str
    score: float
    marks: tuple[str, ...]
    heading: bool

    @property
    def location(self) -> str:
        """The link without the `?h=` highlight parameter: path and anchor."""
        path, fragment = urldefrag(self.href)
        return urlsplit(path).path + (f"#{fragment}" if fragment else "")


# The worker has answered the last query, and that query is what the box holds.
_ANSWERED = """() => { const s = window.__search;
  return s.asked > 0 && s.answered === s.asked && s.last === document.querySelector('input.md-search__input').value }"""

# Scroll the result list up from its end, then to its end: Material renders four more groups each time the
# list reaches its end. Two animation frames later the scroll events have been handled.
_SCROLL_TO_END = """async wrap => {
  const frames = () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  wrap.scrollTo(0, Math.max(0, wrap.scrollHeight - wrap.clientHeight - 200)); await frames();
  wrap.scrollTo(0, wrap.scrollHeight); await frames();
}"""


def search(page: Page, query: str) -> list[Hit]:
    """Type the query as a person would, then read every result (scrolling loads the rest). The tab is a
    ``searcher`` (tests/e2e/conftest.py), whose search worker's questions and answers are counted."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=10)
    # Material reads the box on keyup; Playwright types a letter that is not on a US keyboard (ả, Đ) without
    # one, as an input method may: one more keyup, as the reader's last key gives, hands over the whole query.
    box.dispatch_event("keyup")
    page.wait_for_function(_ANSWERED)
    meta = page.locator(".md-search-result__meta").inner_text()
    groups = int(re.search(r"\d+", meta).group()) if re.search(r"\d+", meta) else 0
    items = page.locator(".md-search-result__item")
    while (shown := items.count()) < groups:
        page.locator(".md-search__scrollwrap").evaluate(_SCROLL_TO_END)
        page.wait_for_function("([selector, shown]) => document.querySelectorAll(selector).length > shown",
                               arg=[".md-search-result__item", shown], timeout=5000)
    assert items.count() == groups, f"{query!r}: {groups} announced, {items.count()} shown"
    raw = page.eval_on_selector_all("a.md-search-result__link", """links => links.map(a => {
        const article = a.querySelector('article'); const heading = article.querySelector('h1, h2');
        const text = Array.from(article.childNodes).filter(n => n !== heading && !(n.classList
          && n.classList.contains('md-search-result__icon'))).map(n => n.textContent).join(' ');
        return {href: a.href, title: heading.textContent, text, heading: heading.tagName === 'H1' && !text.trim(),
                score: parseFloat(article.dataset.mdScore),
                marks: Array.from(article.querySelectorAll('mark')).map(m => m.textContent)};
    })""")
    return [Hit(r["href"], r["title"], r["text"], r["score"], tuple(r["marks"]), r["heading"]) for r in raw]


def matches(hits: list[Hit]) -> list[Hit]:
    """The entries shown as matches: Material heads each page's group with the page's title alone
    (matched or not); the entries under it, and a page entry shown with its excerpt, are matches."""
    return [h for h in hits if not h.heading]


def matched(hits: list[Hit]) -> set[str]:
    """Every location that matched, its page entry included: Material shows a page entry that matched
    as a bare heading when a section of its page scores higher (duty headings hold the duty's opening
    words, so they often do); the worker adds an unmatched page entry with score 0."""
    return {h.location for h in hits if h.score > 0}


def assert_every_result_holds(hits: list[Hit], query: str) -> None:
    found = matches(hits)
    assert found, f"nothing found for {query!r}"
    for hit in found:
        assert holds(hit.title + " " + hit.text, query), f"{query!r}: {hit.location} shows {hit.title} {hit.text}"


def duty_locations(plan, base_path: str, query: str) -> set[str]:
    """Where each duty whose Vietnamese text holds the query lives: its agency page and anchor."""
    out = set()
    for duty in plan.duties:
        if holds(duty.text.vi, query):
            page = routes.agency(plan.assignment_of(duty).slug).removesuffix(".md")
            out.add(f"{base_path}{page}/#{duty.anchor}")
    return out


@pytest.fixture
def vi(searcher: Page, base_url: str) -> Page:
    searcher.goto(base_url + "original/")
    return searcher


@pytest.fixture
def en(searcher: Page, base_url: str) -> Page:
    searcher.goto(base_url + "en/original/")
    return searcher


def test_accents_case_and_nfd_find_the_same_ranked_the_same(vi: Page, plan, base_url: str) -> None:
    variants = ["xâm hại", "xam hai", "XÂM HẠI", unicodedata.normalize("NFD", "xâm hại")]
    assert variants[3] != variants[0]
    results = {q: [h.location for h in search(vi, q)] for q in variants}
    first = results[variants[0]]
    expected = duty_locations(plan, urlsplit(base_url).path, variants[0])
    assert expected and expected <= set(first), f"duties holding the words not found: {expected - set(first)}"
    for query, locations in results.items():
        assert locations == first, f"{query!r} differs from {variants[0]!r}"
    assert not any("/en/" in loc for loc in first), "the Vietnamese site found English pages"


@pytest.mark.parametrize("query", ["tao hon", "moi truong mang", "dieu tra than thien", "tảo hôn"])
def test_unaccented_and_accented_queries_find_every_duty_holding_the_words(vi: Page, plan, base_url: str,
                                                                          query: str) -> None:
    hits = search(vi, query)
    expected = duty_locations(plan, urlsplit(base_url).path, query)
    assert expected, f"the data has no duty with {query!r}"
    assert expected <= {h.location for h in hits}
    assert_every_result_holds(hits, query)


@pytest.mark.parametrize("number", ["1472/QĐ-TTg", "121/2020/QH14", "56/2017/NĐ-CP", "1377"])
def test_document_numbers_are_found_as_typed(vi: Page, plan, base_url: str, number: str) -> None:
    hits = search(vi, number)
    root = urlsplit(base_url).path
    expected = duty_locations(plan, root, number)
    expected |= {f"{root}instruments/{i.id}/" for i in plan.instruments.values() if i.number and number in i.number}
    assert expected, f"the data has neither a duty nor an instrument with {number!r}"
    assert expected <= {h.location for h in hits}
    assert_every_result_holds(hits, number)


@pytest.mark.parametrize(("lang", "start"), [("vi", ""), ("en", "en/")])
def test_a_bare_document_number_finds_the_page_titled_with_it(searcher: Page, plan, base_url: str, lang: str,
                                                              start: str) -> None:
    """A reader who types "1472" finds the instrument page by its title: type, number and year."""
    page = searcher
    page.goto(base_url + start + "original/")
    inst = plan.instruments["qd-1472-qd-ttg-2020"]
    target = f"{urlsplit(base_url).path}{start}instruments/{inst.id}/"
    hits = [h for h in search(page, "1472") if h.location == target]
    identity = document_identity(inst.type, inst.number, inst.date, lang)
    assert any(h.title.startswith(identity) for h in hits), f"{identity!r} not among {[h.title for h in hits]}"


def test_words_next_to_brackets_and_quotes_are_found(vi: Page, plan, base_url: str) -> None:
    """Words the text writes right after "(" or "“" are found with and without that sign."""
    cases = []
    for duty in plan.duties:
        for match in re.finditer(r"([(“\"])(\w+ \w+)", duty.text.vi):
            cases.append((duty, match.group(1), match.group(2)))
    assert {sign for _, sign, _ in cases} >= {"(", "“"}, "the data no longer has bracketed or quoted words"
    root = urlsplit(base_url).path
    for duty, sign, phrase in cases:
        where = f"{root}{routes.agency(plan.assignment_of(duty).slug).removesuffix('.md')}/#{duty.anchor}"
        for query in (phrase, sign + phrase):
            hits = search(vi, query)
            assert where in {h.location for h in hits}, f"{query!r} does not find {duty.id}"
            assert_every_result_holds(hits, query)


def test_more_words_narrow_and_the_phrase_comes_first(vi: Page) -> None:
    phrase = "bảo vệ hình ảnh"
    hits, left, right = search(vi, phrase), search(vi, "bảo vệ"), search(vi, "hình ảnh")
    assert_every_result_holds(hits, phrase)
    found = {h.location for h in matches(hits)}
    assert found <= matched(left) & matched(right)
    assert len(found) < len(matched(left)), "adding words did not narrow the results"
    best = max(matches(hits), key=lambda h: h.score)
    assert best == matches(hits)[0], "the best match is not listed first"
    assert " ".join(words(phrase)) in " ".join(words(best.title + " " + best.text))


def test_a_result_leads_to_the_duty_and_highlights_the_words(vi: Page, plan, base_url: str) -> None:
    hits = search(vi, "moi truong mang")
    expected = duty_locations(plan, urlsplit(base_url).path, "moi truong mang")
    duty_hit = next(h for h in matches(hits) if h.location in expected)
    anchor = duty_hit.location.split("#")[1]
    vi.locator(f'a.md-search-result__link[href="{duty_hit.href}"]').click()
    expect(vi).to_have_url(re.compile(f"#{anchor}$"))
    expect(vi.locator(f"#{anchor}")).to_be_in_viewport()
    marks = vi.locator("article mark[data-md-highlight]")
    expect(marks.first).to_be_attached()
    assert {w for m in marks.all_inner_texts() for w in words(m)} >= {"moi", "truong", "mang"}


@pytest.mark.parametrize("query", ["xam hai", "xâm hại"])
def test_results_are_highlighted_accented_or_not(vi: Page, query: str) -> None:
    hits = matches(search(vi, query))
    assert hits
    for hit in hits:
        assert hit.marks, f"{hit.location} has no highlight"
        for mark in hit.marks:
            assert any(fold(mark).startswith(w) for w in words(query)), f"{mark!r} highlighted for {query!r}"
    assert any("xâm" in mark for hit in hits for mark in hit.marks), "accented words are not highlighted"


@pytest.mark.parametrize("query", ["child abuse", "CHILD MARRIAGE", "online environment", "Decree 56/2017/NĐ-CP"])
def test_english_queries_find_english_pages_holding_the_words(en: Page, base_url: str, query: str) -> None:
    hits = search(en, query)
    assert_every_result_holds(hits, query)
    assert all(urlsplit(h.href).path.startswith(urlsplit(base_url).path + "en/") for h in hits)


def test_english_case_does_not_matter(en: Page) -> None:
    assert [h.location for h in search(en, "child marriage")] == [h.location for h in search(en, "CHILD MARRIAGE")]


def test_the_english_index_leaves_out_the_vietnamese_original(en: Page, plan) -> None:
    """English pages show each duty's Vietnamese original, folded away; English search does not
    match it, so an English query lists English text. (The Vietnamese site searches Vietnamese.)"""
    sentence = " ".join(next(d for d in plan.duties if d.id == "III.7.3").text.vi.split()[:8])
    assert not matches(search(en, sentence))


def pages_in_order(hits: list[Hit]) -> list[str]:
    """The pages of the result list, group by group (Material heads each group with its page)."""
    return list(dict.fromkeys(h.location.split("#")[0] for h in hits))


def listed_last(plan, root: str) -> set[str]:
    """The pages a search lists after all others (the changelog, the checklists), by their kind."""
    return {root + routes.page_address("", r.path) for r in routes.routes(plan) if r.kind in LISTED_LAST}


@pytest.mark.parametrize("case", NAVIGATION, ids=lambda case: f"{case['lang']}:{case['query']}")
def test_the_page_a_reader_names_comes_first(searcher: Page, plan, base_url: str, case: dict) -> None:
    """The first group is the page named, its expected entry ranks highest, an agency's page comes before
    its checklist, the changelog and checklists come after every other page, and Enter opens that entry."""
    root = urlsplit(base_url).path + LANGS[case["lang"]]
    searcher.goto(base_url + LANGS[case["lang"]] + "original/")
    hits = search(searcher, case["query"])
    expected = root + case["first"]
    order = pages_in_order(hits)
    assert order[0] == expected.split("#")[0], f"{case['query']!r}: first {order[:3]}"
    assert max(hits, key=lambda h: h.score).location == expected, f"{case['query']!r}: best is not {expected}"
    last = listed_last(plan, root)
    content = [n for n, page in enumerate(order) if page not in last]
    if content:  # the page named may be one of those listed last, when nothing else holds the words
        assert all(n > content[-1] for n, page in enumerate(order) if page in last), f"{case['query']!r}: {order}"
    for assignment in plan.assignments:
        if expected == root + routes.page_address("", routes.agency(assignment.slug)):
            checklist = root + routes.page_address("", routes.checklist(assignment.slug))
            assert checklist in order, f"{case['query']!r} does not list the agency's checklist"
    searcher.locator("input.md-search__input").press("Enter")  # Material opens the highest score
    searcher.wait_for_url(lambda url: urlsplit(url).path + (f"#{urlsplit(url).fragment}" if "#" in url else "")
                          == expected)


def next_to_each_other(text: str, query: str) -> bool:
    """The query's words occur next to each other, in order (the last one may start a word)."""
    have, want = words(text), words(query)
    return any(have[i:i + len(want) - 1] == want[:-1] and have[i + len(want) - 1].startswith(want[-1])
               for i in range(len(have) - len(want) + 1))


@pytest.mark.parametrize(("lang", "query"), [("vi", "bao cao"), ("en", "child protection")])
def test_words_next_to_each_other_rank_above_the_same_words_apart(searcher: Page, plan, base_url: str, lang: str,
                                                                  query: str) -> None:
    """Unaccented "bao cao" is "báo cáo" (to report) when its words are neighbours, and often "bảo" and
    "nâng cao" when they are apart: every section holding the phrase ranks above every one holding the words
    apart (the changelog and checklists aside, which come after all)."""
    root = urlsplit(base_url).path + LANGS[lang]
    searcher.goto(base_url + LANGS[lang] + "original/")
    last = listed_last(plan, root)
    found = [h for h in matches(search(searcher, query)) if h.location.split("#")[0] not in last]
    together = [h.score for h in found if next_to_each_other(h.title + " " + h.text, query)]
    apart = [h.score for h in found if not next_to_each_other(h.title + " " + h.text, query)]
    assert together and apart, "the data no longer has the words both together and apart"
    assert min(together) > max(apart)
