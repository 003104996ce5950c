"""The one text fold (plan_site/model/text.py) against the shared table the browser tests also read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plan_site.model.text import fold, slug, slugify

CASES = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "fold-cases.json").read_text("utf-8"))["cases"]

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_fold_and_slug(case: dict[str, str]) -> None:
    assert fold(case["text"]) == case["fold"]
    assert slug(case["text"]) == case["slug"]


def test_heading_ids_keep_d_and_markdown_rules() -> None:
    assert slugify("Điều 5. Đảm bảo", "-") == "dieu-5-dam-bao"
    assert slugify("Quyết định 145/QĐ-UBND", "-") == "quyet-dinh-145qd-ubnd"  # as Markdown's toc: no split at "/"
