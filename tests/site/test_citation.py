"""Formal citations of duties: the exact strings an official would paste into a report."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_site.model.citation import duty_citation, ordinal, with_url
from plan_site.model.dates import reader_date

from .html import soup

PLAN_VI = "Kế hoạch ban hành kèm theo Quyết định số 145/QĐ-UBND ngày 02/02/2021 của UBND tỉnh Bắc Kạn"
PLAN_EN = ("the Plan issued with Decision No. 145/QĐ-UBND of 2 February 2021 of the Bắc Kạn Provincial "
           "People's Committee")


@pytest.mark.parametrize(("duty_id", "vi", "en"), [
    ("III.7.3", f"gạch đầu dòng thứ 3, mục 7, phần III {PLAN_VI}", f"third indent, item 7, Part III of {PLAN_EN}"),
    ("III.1.1", f"gạch đầu dòng thứ nhất, mục 1, phần III {PLAN_VI}", f"first indent, item 1, Part III of {PLAN_EN}"),
    ("III.14.13", f"gạch đầu dòng thứ 13, mục 14, phần III {PLAN_VI}",
     f"thirteenth indent, item 14, Part III of {PLAN_EN}"),
    ("III.8.1", f"mục 8, phần III {PLAN_VI}", f"item 8, Part III of {PLAN_EN}"),
    ("III.9.1", f"mục 9, phần III {PLAN_VI}", f"item 9, Part III of {PLAN_EN}"),
    ("III.10.1", f"mục 10, phần III {PLAN_VI}", f"item 10, Part III of {PLAN_EN}"),
])
def test_duty_citation_in_both_languages(plan, duty_id: str, vi: str, en: str) -> None:
    duty = plan.duty_index[duty_id]
    assert duty_citation(plan, duty, "vi") == vi
    assert duty_citation(plan, duty, "en") == en


def test_paragraph_items_are_cited_without_an_indent(plan) -> None:
    for assignment in plan.assignments:
        for duty in assignment.duties:
            cited = duty_citation(plan, duty, "vi")
            assert ("gạch đầu dòng" in cited) == (assignment.layout != "paragraph"), duty.id
            assert cited.startswith(("gạch đầu dòng", f"mục {assignment.number},")), duty.id


def test_ordinals_and_dates() -> None:
    assert [ordinal(n, "en") for n in (1, 2, 3, 11, 12, 20, 21, 22, 23, 111)] == [
        "first", "second", "third", "eleventh", "twelfth", "twentieth", "21st", "22nd", "23rd", "111th"]
    assert [ordinal(n, "vi") for n in (1, 2, 10)] == ["thứ nhất", "thứ 2", "thứ 10"]
    assert reader_date("2021-02-02", "vi") == "02/02/2021"
    assert reader_date("2020-09-28", "en") == "28 September 2020"


def test_with_url_appends_the_address() -> None:
    assert with_url("mục 8, phần III", "https://x.test/a/#iii-8-1") == "mục 8, phần III, https://x.test/a/#iii-8-1"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_duty_shows_its_permalink_and_citation_without_javascript(site: Path, plan, lang: str) -> None:
    """The no-JS fallback: a visible permalink to the anchor and the citation as plain text; a real button."""
    root = site / ("en" if lang == "en" else "")
    for assignment in plan.assignments:
        page = soup(root / "agencies" / assignment.slug / "index.html")
        for duty in assignment.duties:
            text = page.find(id=duty.anchor).find_next_sibling("div")
            assert "duty" in text["class"], duty.id
            bar = text.find_next_sibling("div")  # after the duty's text, not before it
            assert bar is not None and "duty-cite" in bar["class"], duty.id
            permalink = bar.select_one("a.duty-permalink")
            assert permalink["href"] == f"#{duty.anchor}" and permalink.get_text() == duty.id
            assert duty.id in permalink["aria-label"], "the visible id is part of the link's name"
            assert bar.select_one(f"#cite-{duty.anchor} .cite-text__value").get_text() == duty_citation(plan, duty, lang)
            button = bar.select_one("button.cite-copy")
            assert button["type"] == "button" and button["data-cite"] == f"cite-{duty.anchor}"
            assert button.has_attr("hidden"), "the button appears only when the script can make it work"
