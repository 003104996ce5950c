"""Checklists fit the screen: no sideways scroll at 1280 px or at 390 px, in either language; on a wide
screen the duty text is the table's widest column; on a phone each duty is a block of stacked lines, the
text as wide as the row, each value after its column's heading. Print is tests/e2e/test_print.py's."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

LANGS = {"vi": "", "en": "en/"}

MEASURE = """() => {
  const table = document.querySelector('.checklist table');
  const article = document.querySelector('article').getBoundingClientRect();
  const hidden = e => e.closest('thead') && getComputedStyle(e.closest('thead')).clipPath !== 'none';  // for screen readers
  const scrollers = [document.documentElement, ...document.querySelectorAll('.checklist, .checklist *')]
    .filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'hidden' && !hidden(e))
    .map(e => e.tagName + '.' + e.className);
  const rows = [...table.querySelectorAll('tbody tr')].map(tr => {
    const box = tr.getBoundingClientRect();
    return {width: box.width, text: tr.children[2].getBoundingClientRect().width,
            labels: [...tr.querySelectorAll('.checklist-label')].filter(l => l.offsetParent !== null).length,
            right: box.right};
  });
  return {page: [document.documentElement.scrollWidth, document.documentElement.clientWidth], scrollers,
          table: table.getBoundingClientRect().right, article: article.right,
          heads: [...table.querySelectorAll('thead th')].map(th => th.getBoundingClientRect().width), rows};
}"""


@pytest.mark.parametrize("width, height", [(1280, 900), (390, 844)])
def test_no_checklist_scrolls_sideways_and_the_duty_text_has_the_room(browser: Browser, base_url: str, plan,
                                                                     width: int, height: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": height})
    tab = context.new_page()
    try:
        for lang, folder in LANGS.items():
            for assignment in plan.assignments:
                tab.goto(f"{base_url}{folder}checklists/{assignment.slug}/")
                m = tab.evaluate(MEASURE)
                where = f"{lang} {assignment.slug} at {width}px"
                assert m["page"][0] <= m["page"][1], f"{where}: the page scrolls sideways {m['page']}"
                assert m["scrollers"] == [], f"{where}: these scroll sideways: {m['scrollers']}"
                assert m["table"] <= m["article"] + 1, f"{where}: the table overflows its column"
                part_iv = [p for part in plan.document.parts for p in part.paragraphs  # every agency reports
                           if any(set(r.to) - set(assignment.bodies) for r in p.reports)]
                assert len(m["rows"]) == len(assignment.duties) + len(part_iv)
                if width >= 1000:
                    heads = m["heads"]
                    assert len(heads) == 8 and heads[2] == max(heads), f"{where}: duty text is not widest {heads}"
                    assert heads[2] >= 2.5 * max(heads[:2] + heads[3:]), f"{where}: {heads}"
                    assert all(r["labels"] == 0 for r in m["rows"]), "the headings label the columns"
                else:
                    for row in m["rows"]:
                        assert row["right"] <= width and row["text"] >= 0.95 * row["width"], f"{where}: {row}"
                        assert row["labels"] >= 2, f"{where}: status and notes are labelled at least"
    finally:
        context.close()
