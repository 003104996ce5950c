"""The original text as a link lands on it: every link into it from the site ("See in the original text"
on a duty, an agency, a relation, a changelog entry) finds its passage by id, and that passage shows its
number in the Plan (III.7.1), once. Its highlighting is tested in Chromium (tests/e2e/test_original_target.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_site.model.document import Piece, pieces
from plan_site.model.types import Passage, Text
from plan_site.site.labels import t
from plan_site.site.render.blocks import passage_number

from .html import LANGS, flat, pages, resolve, soup


@pytest.mark.parametrize("lang", LANGS)
def test_every_link_into_the_original_lands_on_its_passage(site: Path, lang: str) -> None:
    original = site / LANGS[lang] / "original" / "index.html"
    ids = {tag["id"] for tag in soup(original).select("[id]")}
    links, labelled, missing = 0, 0, []
    for page in pages(site):
        if page.is_relative_to(site / "en") != (lang == "en"):
            continue
        for a in soup(page).select("article a[href]"):
            target = resolve(page, a["href"], site)
            if target is None or target[0] != original or not target[1]:
                continue
            links += 1
            labelled += flat(a.get_text()) == t("in_original", lang)
            if target[1] not in ids:
                missing.append(f"{page.relative_to(site)}: {a['href']}")
    assert not missing, missing[:10]
    assert labelled > 50 and links > labelled, (labelled, links)


@pytest.mark.parametrize("lang", LANGS)
def test_each_unnumbered_passage_opens_with_its_number_in_the_plan(site: Path, plan, lang: str) -> None:
    page = soup(site / LANGS[lang] / "original" / "index.html")
    shown = 0
    for piece in pieces(plan):
        element = page.find(id=piece.anchor) if piece.anchor else None
        if element is None or piece.passage is None:
            continue
        number = element.select_one(".passage-number")
        if piece.kind in ("item", "duty", "paragraph"):
            assert number is not None and number.get_text() == piece.passage.id, piece.anchor
            assert element.contents[0] is number, "the number comes first"
            shown += 1
        else:  # a key task prints its own "1.", the preamble and bases have none
            assert number is None, piece.anchor
    assert shown == len(list(plan.duties)) + sum(len(s.items) for p in plan.document.parts for s in p.sections) \
        + sum(len(p.paragraphs) for p in plan.document.parts)
    key_task = page.find(id=plan.key_tasks[0].anchor)
    assert flat(key_task.get_text()).startswith("1. ")


def test_a_passage_that_opens_with_its_own_number_does_not_repeat_it() -> None:
    def duty(vi: str, en: str) -> Piece:
        passage = Passage("III.2.4", Text(vi, en))
        return Piece("duty", passage.text, passage.anchor, passage=passage)

    assert passage_number(duty("Tổ chức tập huấn.", "Organise training."), "en") == "III.2.4"
    assert passage_number(duty("4. Tổ chức tập huấn.", "Organise training."), "vi") == ""
    assert passage_number(duty("4) Tổ chức.", "4) Organise."), "en") == ""
    assert passage_number(duty("III.2.4 Tổ chức.", "Organise."), "vi") == ""
    assert passage_number(duty("42 xã tổ chức.", "42 communes organise."), "en") == "III.2.4"
    task = Passage("II.1", Text("Rà soát.", "Review."))
    key_task = Piece("key-task", task.text, task.anchor, number="1", passage=task)
    assert passage_number(key_task, "en") == ""
