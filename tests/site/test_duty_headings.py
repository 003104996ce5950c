"""Agency pages read as a list of duties: each duty's heading, table-of-contents entry and search
result carries its id and its own opening words, cut between words; the anchors stay the same."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from plan_site.site.render.blocks import DUTY_TITLE_LENGTH, duty_title, opening_words

from .html import LANGS, flat, soup


def test_opening_words_are_cut_between_words() -> None:
    assert opening_words("Ngắn gọn.", 20) == "Ngắn gọn."
    assert opening_words("Triển khai, hướng dẫn thực hiện Quy định", 20) == "Triển khai, hướng…"
    assert opening_words("Lead, coordinate and report", 11) == "Lead…"  # no comma left before the ellipsis
    assert opening_words("abc defgh", 6) == "abc…"


def test_each_duty_title_is_its_id_and_the_start_of_its_own_text(plan) -> None:
    for duty in plan.duties:
        for lang in LANGS:
            title = duty_title(duty, lang)
            ident, words = title.split(" · ", 1)
            assert ident == duty.id
            text = duty.text[lang]
            if words.endswith("…"):
                start = words.removesuffix("…")
                assert text.startswith(start) and len(start) <= DUTY_TITLE_LENGTH, title
                assert text[len(start)] in " ,;:", f"{title}: cut inside a word"
            else:
                assert words == text


@pytest.mark.parametrize("lang", LANGS)
def test_agency_tables_of_contents_list_the_duties_opening_words(site: Path, plan, lang: str) -> None:
    for assignment in plan.assignments:
        page = soup(site / LANGS[lang] / "agencies" / assignment.slug / "index.html")
        toc = {a["href"]: flat(a.get_text()) for a in page.select("nav.md-nav--secondary a[href]")}
        for duty in assignment.duties:
            assert toc.get(f"#{duty.anchor}") == duty_title(duty, lang), f"{lang} {duty.id}"
            heading = page.find(id=duty.anchor)
            assert heading.name in ("h3", "h4") and "duty-heading" in heading["class"]


@pytest.mark.parametrize("lang", LANGS)
def test_search_results_for_a_duty_are_titled_by_its_opening_words(site: Path, plan, lang: str) -> None:
    docs = json.loads((site / LANGS[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    titles = {d["location"]: html.unescape(re.sub(r"<[^>]+>", "", d["title"])) for d in docs}
    for duty in plan.duties:
        location = f"agencies/{plan.assignment_of(duty).slug}/#{duty.anchor}"
        assert titles[location] == duty_title(duty, lang), duty.id
