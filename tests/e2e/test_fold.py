"""The JavaScript folds (search worker, finder) fold as plan_site/model/text.py does, case by case."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parents[2]
CASES = json.loads((ROOT / "tests" / "fixtures" / "fold-cases.json").read_text("utf-8"))["cases"]
SCRIPTS = ("search-worker.js", "finder.js")


def _fold_function(script: str) -> str:
    """The source of the script's own ``function fold(value) {…}``, as shipped."""
    source = (ROOT / "overrides" / "assets" / "javascripts" / script).read_text("utf-8")
    match = re.search(r"^( *)function fold\(value\) \{\n.*?^\1\}", source, re.M | re.S)
    assert match, f"{script} has no fold function"
    return match.group(0)


@pytest.mark.parametrize("script", SCRIPTS)
def test_javascript_fold_matches_the_table(page: Page, script: str) -> None:
    folded = page.evaluate(f"(texts) => {{ {_fold_function(script)}\n return texts.map(fold) }}",
                           [case["text"] for case in CASES])
    assert folded == [case["fold"] for case in CASES]
