"""Guidance for parents (meta.guides): found from the home page, steps first in plain words, each with its
sources; the Plan's duties behind them folded, plain, with no identifier, tag or label of the agency pages;
no body that has ceased named as today's contact."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from plan_site.model.guides import Guide
from plan_site.model.identifiers import decision_work_uri
from plan_site.site import routes
from plan_site.site.labels import t

from .html import LANGS, content, flat, resolve

pytestmark = pytest.mark.site


@pytest.fixture(scope="module")
def guide(plan) -> Guide:
    (found,) = plan.meta.guides
    return found


def guide_page(site: Path, guide: Guide, lang: str) -> Path:
    return site / LANGS[lang] / routes.guide(guide.id).removesuffix(".md") / "index.html"


@pytest.mark.parametrize("lang", LANGS)
def test_the_home_page_card_links_the_guide_right_under_the_help_panel(site: Path, guide: Guide, lang: str) -> None:
    home = site / LANGS[lang] / "index.html"
    panel = content(home).select_one(".help-panel")
    card = panel.find_next_sibling()
    assert "guide-card" in card["class"] and "cards" in card["class"], "the card comes right after the help panel"
    (anchor,) = card.select("a[href]")
    assert resolve(home, anchor["href"], site) == (guide_page(site, guide, lang), "")
    assert flat(anchor.get_text()) == flat(guide.card_title[lang])
    assert flat(guide.card_text[lang]) in flat(card.get_text(" "))


@pytest.mark.parametrize("lang", LANGS)
def test_the_steps_come_first_and_every_duty_is_inside_the_plan_text_disclosure(site: Path, plan, guide: Guide,
                                                                                 lang: str) -> None:
    page = content(guide_page(site, guide, lang))
    steps = page.select_one(".guide-steps")
    items = steps.select(":scope > ol > li")
    assert [flat(li.find("strong").get_text()) for li in items] == [flat(s.title[lang]) for s in guide.steps]
    (folded,) = page.select("details.guide-plan")
    assert flat(folded.find("summary").get_text()) == t("guide_read_plan", lang)
    assert steps.sourceline < folded.sourceline, "the steps come before the Plan's text"
    duties = [plan.duty_index[d] for step in guide.steps for d in step.duties]
    assert duties
    text = flat(folded.get_text(" "))
    outside = flat(page.get_text(" ").replace(folded.get_text(" "), " "))
    for duty in duties:
        words = flat(duty.text[lang])[:80]
        assert words in text, duty.id
        assert words not in outside, f"{duty.id} is shown outside the disclosure"
        agency = site / LANGS[lang] / routes.agency(plan.assignment_of(duty).slug).removesuffix(".md") / "index.html"
        targets = {resolve(guide_page(site, guide, lang), a["href"], site) for a in folded.select("a[href]")}
        assert (agency, duty.anchor) in targets, f"{duty.id} links to its agency page"
    assert page.select(".duty-heading, .duty, .duty-cite") == [], "no agency-page duty block on the guide"


@pytest.mark.parametrize("lang", LANGS)
def test_the_guide_shows_no_identifier_role_tag_or_editorial_label(site: Path, plan, guide: Guide, lang: str) -> None:
    page = content(guide_page(site, guide, lang))
    html = str(page)
    assert decision_work_uri(plan) not in html and "/akn/" not in html
    assert page.select(".cite-akn, .role, .duty-facts") == []
    assert t("akn_identifier", lang) not in page.get_text()
    assert f"({t('editorial', lang)})" not in flat(page.get_text(" "))
    roles = {flat(role.name[lang]) for role in plan.roles.values()}
    chips = {flat(chip.get_text()) for chip in page.select("span")}
    assert not roles & chips


# A body of the district tier named as one to turn to (it ceased on 1 July 2025).
DISTRICT_BODY = {
    "vi": re.compile(r"(Ủy ban nhân dân|UBND|Hội đồng nhân dân|Phòng [^.;:]{0,40})\s+(cấp huyện|các huyện|huyện)",
                     re.IGNORECASE),
    "en": re.compile(r"district(-level)?( and city)? (People's Committee|People's Council|Division)", re.IGNORECASE),
}
DISTRICT = {"vi": re.compile(r"\bhuyện\b", re.IGNORECASE), "en": re.compile(r"\bdistrict", re.IGNORECASE)}
ENDED = {"vi": "01/7/2025", "en": "1 July 2025"}


@pytest.mark.parametrize("lang", LANGS)
def test_no_district_body_is_named_as_todays_contact_outside_the_plans_text(site: Path, guide: Guide,
                                                                           lang: str) -> None:
    page = copy.copy(content(guide_page(site, guide, lang)))  # a copy, to take the Plan's text out of
    folded = page.select_one("details.guide-plan").extract()
    assert DISTRICT_BODY[lang].search(flat(folded.get_text(" "))), "the Plan's own words keep the district bodies"
    assert not DISTRICT_BODY[lang].search(flat(page.get_text(" ")))
    for paragraph in page.find_all("p"):
        said = flat(paragraph.get_text(" "))
        if DISTRICT[lang].search(said):
            assert ENDED[lang] in said, f"'{said[:80]}…' names the district tier without saying it has ended"
    commune = flat(page.select_one(".guide-steps").get_text(" "))
    assert ("Ủy ban nhân dân xã, phường" if lang == "vi" else "People's Committee of the commune or ward") in commune


@pytest.mark.parametrize("lang", LANGS)
def test_every_step_shows_its_sources_as_of_date_and_confidence(site: Path, guide: Guide, lang: str) -> None:
    items = content(guide_page(site, guide, lang)).select(".guide-steps > ol > li")
    assert len(items) == len(guide.steps)
    for item, step in zip(items, guide.steps, strict=True):
        assert flat(step.text[lang]) in flat(item.get_text(" "))
        source = item.select_one("small.note-source")
        assert source is not None, step.id
        assert [a["href"] for a in source.select("a[href]")] == [s.url for s in step.sources if s.url]
        for cited in step.sources:
            assert flat(cited.publisher) in flat(source.get_text(" "))
        assert source.select_one(f'time[datetime="{step.as_of}"]') is not None
        assert t(f"confidence_{step.confidence}", lang) in source.get_text()
