"""Editorial notes on the built site: each shows its sources, as-of date and confidence, in both languages,
where a reader meets it; instrument pages say plainly what each document is and link official items."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plan_site.model.dates import reader_date
from plan_site.model.plan import Plan
from plan_site.model.types import Note
from plan_site.site import routes
from plan_site.site.labels import t

from .html import LANGS, content, flat, pages, resolve, soup

READER_DATE = {"vi": r"\d{2}/\d{2}/\d{4}", "en": r"\d{1,2} [A-Z][a-z]+ \d{4}"}



def heading_text(path: Path) -> str:
    """A page's heading as read, without its permalink sign."""
    return flat("".join(content(path).h1.find_all(string=True, recursive=False)))


def page(site: Path, lang: str, path: str) -> Path:
    stem = path.removesuffix(".md").removesuffix("index").rstrip("/")
    return site / LANGS[lang] / stem / "index.html" if stem else site / LANGS[lang] / "index.html"


def where_notes_are_shown(plan: Plan) -> list[tuple[str, Note, str]]:
    """(page, note, what) for every note in the data: the page a reader meets it on."""
    shown = [("glossary.md", plan.meta.notes["glossary"], "glossary"),
             ("key-tasks.md", plan.meta.notes["tagging"], "tagging"),
             ("about.md", plan.meta.notes["translation"], "translation")]
    shown += [(p, plan.decision.status, "decision") for p in ("original.md", "index.md", "about.md")]
    for body in plan.bodies.values():
        if body.since_2025:
            assignment = plan.assignment_for_body(body.id)
            shown.append((routes.agency(assignment.slug) if assignment else "agencies/index.md", body.since_2025,
                          body.id))
    for inst in plan.instruments.values():
        shown += [(f"instruments/{inst.id}.md", note, inst.id) for note in (inst.status, inst.identification) if note]
    return shown


@pytest.mark.parametrize("lang", LANGS)
def test_every_note_is_shown_with_its_sources_date_and_confidence(site: Path, plan: Plan, lang: str) -> None:
    missing = []
    for path, note, what in where_notes_are_shown(plan):
        blocks = content(page(site, lang, path)).select(".editorial-note")
        texts = [flat(b.get_text(" ")) for b in blocks]
        block = next((b for b, text in zip(blocks, texts) if flat(note.text[lang]) in text), None)
        if block is None:
            missing.append(f"{what} on {path}")
            continue
        meta = flat(block.select_one(".note-source").get_text(" "))
        assert f"{t('as_of', lang)} {reader_date(note.as_of, lang)}" in meta, what
        assert block.select_one(f'.note-source time[datetime="{note.as_of}"]') is not None, what
        assert f"{t('confidence', lang)}: {t('confidence_' + note.confidence, lang)}" in meta, what
        for source in note.sources:
            assert flat(source.title) in meta and reader_date(source.date, lang) in meta, f"{what}: {source.title}"
            if source.url:
                assert block.find("a", href=source.url) is not None, f"{what}: {source.url}"
    assert missing == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_editorial_note_on_any_page_can_be_weighed(site: Path, lang: str) -> None:
    """Wherever a note appears, it carries its sources, an as-of date and a confidence."""
    for html in pages(site / LANGS[lang]) if lang == "en" else [p for p in pages(site) if "/en/" not in str(p)]:
        for block in soup(html).select(".editorial-note"):
            meta = block.select_one(".note-source")
            assert meta is not None, html
            text = flat(meta.get_text(" "))
            assert text.startswith(t("source", lang)) and re.search(rf"{t('as_of', lang)} {READER_DATE[lang]}", text)
            assert f"{t('confidence', lang)}: " in text, html


@pytest.mark.parametrize("lang", LANGS)
def test_reorganisation_table_shows_confidence(site: Path, lang: str) -> None:
    table = content(page(site, lang, "about.md")).find("table")
    rows = table.select("tbody tr")
    assert rows and all(f"{t('confidence', lang)}: " in row.get_text(" ") for row in rows)


@pytest.mark.parametrize(("lang", "expected"), [
    ("vi", "Quyết định 1472/QĐ-TTg năm 2020 ban hành Kế hoạch triển khai"),
    ("en", "Decision No. 1472/QĐ-TTg of 2020 promulgating the Plan"),
])
def test_instrument_heading_carries_type_number_and_year(site: Path, lang: str, expected: str) -> None:
    html = soup(page(site, lang, "instruments/qd-1472-qd-ttg-2020.md"))
    assert flat(content(page(site, lang, "instruments/qd-1472-qd-ttg-2020.md")).h1.get_text()).startswith(expected)
    assert "1472/QĐ-TTg" in html.title.get_text() and "2020" in html.title.get_text()


# A law as readers and legal databases write it: its name, then its number. Written out here, not derived.
LAW_TITLES = [
    ("vi", "luat-tre-em-2016", "Luật Trẻ em số 102/2016/QH13"),
    ("en", "luat-tre-em-2016", "Law on Children No. 102/2016/QH13"),
    ("vi", "luat-phong-chong-bao-luc-gia-dinh-2007", "Luật Phòng, chống bạo lực gia đình số 02/2007/QH12"),
    ("en", "luat-phong-chong-bao-luc-gia-dinh-2007", "Law on Domestic Violence Prevention and Control No. 02/2007/QH12"),
    ("vi", "luat-to-chuc-toa-an-nhan-dan-2014", "Luật Tổ chức Tòa án nhân dân số 62/2014/QH13"),
    ("en", "luat-to-chuc-toa-an-nhan-dan-2014", "Law on the Organization of People's Courts No. 62/2014/QH13"),
]


@pytest.mark.parametrize(("lang", "instrument_id", "expected"), LAW_TITLES)
def test_a_law_is_titled_by_its_name_and_number(site: Path, plan: Plan, lang: str, instrument_id: str,
                                                expected: str) -> None:
    """Heading, browser tab, navigation, the instruments index and the duties citing it all say the same."""
    law = page(site, lang, f"instruments/{instrument_id}.md")
    assert heading_text(law) == expected
    assert flat(soup(law).title.get_text()).startswith(f"{expected} - ")
    index = page(site, lang, "instruments/index.md")
    to_law = [flat(a.get_text()) for a in soup(index).select("a[href]") if resolve(index, a["href"], site) == (law, "")]
    assert to_law.count(expected) == 2, to_law  # its entry in the navigation and its row in the index
    citing = [d for d in plan.duties if any(c.instrument == instrument_id for c in d.cites)]
    for duty in citing:
        agency = page(site, lang, routes.agency(plan.assignment_of(duty).slug))
        facts = content(agency).find(id=duty.anchor).find_next(class_="duty-facts")
        assert expected in [flat(a.get_text()) for a in facts.select("a")], duty.id


def test_only_laws_are_named_before_their_number(site: Path) -> None:
    """Decisions, resolutions and decrees keep their form: type, number and year, then what they do."""
    assert heading_text(page(site, "vi", "instruments/nd-56-2017-nd-cp.md")) == "Nghị định 56/2017/NĐ-CP năm 2017 quy định chi tiết một số điều của Luật Trẻ em"


@pytest.mark.parametrize("lang", LANGS)
def test_every_instrument_heading_says_what_it_is(site: Path, plan: Plan, lang: str) -> None:
    """Numbered: type, number and year. Unnumbered: says so, and no number appears in the heading."""
    for inst in plan.instruments.values():
        heading = flat(content(page(site, lang, f"instruments/{inst.id}.md")).h1.get_text())
        if inst.number:
            assert t(f"type_{inst.type}", lang) in heading and inst.number in heading and inst.date[:4] in heading
        else:
            assert t("no_number_given", lang) in heading, inst.id
            assert not re.search(r"\d+/\d{4}", heading), f"{inst.id}: a number in {heading!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_editorial_candidate_is_labelled_as_the_editors(site: Path, plan: Plan, lang: str) -> None:
    for inst in plan.instruments.values():
        candidate = inst.identification.candidate if inst.identification else None
        if candidate is None:
            continue
        note = content(page(site, lang, f"instruments/{inst.id}.md")).select_one(".editorial-note")
        text = flat(note.get_text(" "))
        assert t("candidate", lang) in text and candidate.number in text
        assert f"{t('confidence', lang)}: {t('confidence_' + inst.identification.confidence, lang)}" in text


@pytest.mark.parametrize("lang", LANGS)
def test_official_sources_link_items_and_say_they_are_not_verified(site: Path, plan: Plan, lang: str) -> None:
    for inst in plan.instruments.values():
        section = content(page(site, lang, f"instruments/{inst.id}.md")).find(id="sources")
        if not inst.links:
            assert section is None
            continue
        items = section.find_next("ul").select("li")
        for official, item in zip(inst.links, items, strict=True):
            assert item.a["href"] == official.url and item.a.get_text() == official.label[lang]
            assert t("link_not_verified", lang) in item.get_text()
