"""Numbers agree with their nouns on the English pages: "1 duty", "2 duties", never "1 duties" or "2 duty".
(Vietnamese nouns have one form; plan_site/site/labels.py's tn gives each language its forms.)"""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from .html import pages, soup

SINGULAR = ("duty", "relation", "document", "body", "row", "pair", "mention", "assignment", "target", "instrument",
            "task", "obligation", "item")
PLURAL = ("duties", "relations", "documents", "bodies", "rows", "pairs", "mentions", "assignments", "targets",
          "instruments", "tasks", "obligations", "items")
# A count, maybe one adjective ("1 partner body", "3 coordination pairs"), then the noun; not "III.7.1 item", "2/2".
ONE_WITH_PLURAL = re.compile(rf"(?<![.\d/])\b1 (?:[a-z-]+ )?(?:{'|'.join(PLURAL)})\b")
MANY_WITH_SINGULAR = re.compile(rf"(?<![.\d/])\b(?:[02-9]|[1-9]\d+) (?:[a-z-]+ )?(?:{'|'.join(SINGULAR)})\b")


def disagreements(page: BeautifulSoup) -> list[str]:
    tree = BeautifulSoup(str(page), "html.parser")  # a copy: the cached tree is shared by other tests
    for tag in tree(("script", "style", "code")):
        tag.decompose()
    text = " ".join(tree.get_text(" ").split())
    return [m.group(0) for pattern in (ONE_WITH_PLURAL, MANY_WITH_SINGULAR) for m in pattern.finditer(text)]


def test_english_numbers_agree_with_their_nouns(site: Path) -> None:
    english = pages(site / "en")
    assert len(english) > 50
    wrong = {str(page.relative_to(site)): found for page in english if (found := disagreements(soup(page)))}
    assert wrong == {}


def test_the_check_sees_a_number_that_disagrees() -> None:
    page = BeautifulSoup("<p>1 relations between 2 documents; 3 partner body; 1 duty; 12 duties; III.7.1 items</p>",
                         "html.parser")
    assert disagreements(page) == ["1 relations", "3 partner body"]
