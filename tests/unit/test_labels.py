"""Interface words are data (plan_site/site/labels.yaml): every label used, present in both languages, and
none written inline in a renderer."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from plan_site.model.types import LANGS
from plan_site.site.labels import labels, t, tn

ROOT = Path(__file__).resolve().parents[2]
CODE = [*(ROOT / "plan_site").rglob("*.py"), *(ROOT / "hooks").glob("*.py"), ROOT / "macros" / "main.py"]
RENDERERS = [*(ROOT / "plan_site" / "site").rglob("*.py")]
# Vietnamese letters that English never uses: a string holding one is Vietnamese words.
VIETNAMESE = re.compile(r"[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]", re.IGNORECASE)

pytestmark = pytest.mark.unit


def _strings(path: Path) -> list[tuple[int, str]]:
    """Every string constant in a module but its docstrings, with its line; an f-string gives its literal parts."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def _used_keys() -> set[str]:
    literals = {text for path in CODE for _, text in _strings(path)}
    prefixes = {text for text in literals if text.endswith("_") and re.fullmatch(r"[a-z_]+", text)}
    return {key for key in labels() if key in literals or any(key.startswith(prefix) for prefix in prefixes)}


def test_every_label_is_used() -> None:
    assert sorted(set(labels()) - _used_keys()) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_label_has_both_languages(lang: str) -> None:
    missing = []
    for key, value in labels().items():
        text = value.get(lang) if isinstance(value, dict) else None
        if isinstance(text, dict):  # a counting label: its plural forms
            if not text.get("other") or (lang == "en" and not text.get("one")):
                missing.append(key)
        elif not isinstance(text, str) or not text.strip():
            missing.append(key)
    assert missing == []


def test_no_interface_words_are_written_inline_in_a_renderer() -> None:
    inline = [f"{path.relative_to(ROOT)}:{line}: {text!r}" for path in RENDERERS for line, text in _strings(path)
              if VIETNAMESE.search(text)]
    assert inline == []


def test_numbers_agree_with_their_nouns() -> None:
    assert [tn("count_duties", n, "en") for n in (0, 1, 2)] == ["0 duties", "1 duty", "2 duties"]
    assert [tn("count_duties", n, "vi") for n in (1, 2)] == ["1 nhiệm vụ", "2 nhiệm vụ"]
    with pytest.raises(KeyError, match="counts something"):
        t("count_duties", "en")
    with pytest.raises(KeyError, match="Unknown interface label"):
        t("no_such_label", "vi")


def test_counted_summaries_agree_with_each_count(plan) -> None:
    from plan_site.site.render.relations import relations_summary

    assert relations_summary(plan, list(plan.relations[:1]), "en") == "1 relation between 2 documents and bodies."
    assert relations_summary(plan, list(plan.relations[:1]), "vi") == "1 quan hệ giữa 2 văn bản, cơ quan."
    assert [tn("count_relation_ends", n, "en") for n in (1, 2)] == ["1 document or body", "2 documents and bodies"]
    assert [tn("finder_count", n, "en", matching="{matching}") for n in (1, 117)] == [
        "{matching} of 1 duty", "{matching} of 117 duties"]
    assert tn("count_partners", 1, "en") == "1 partner body" and tn("count_mentions", 2, "en") == "2 mentions"
