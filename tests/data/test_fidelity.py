"""Nothing lost, nothing changed: the Vietnamese in the data is the original, sentence for sentence."""

from __future__ import annotations

import copy
from pathlib import Path

from plan_site.model.build import build_plan
from plan_site.source.fidelity import compare, fold, sentences
from plan_site.source.validate import validate_file

ROOT = Path(__file__).resolve().parents[2]
ORIGINAL = (ROOT / "data" / "source" / "145-QD-UBND-2021.vi.txt").read_text(encoding="utf-8")


def test_vietnamese_text_equals_the_original(plan) -> None:
    difference = compare(ORIGINAL, plan)
    assert difference is None, str(difference)


def test_fold_drops_table_rules_and_line_breaks() -> None:
    assert fold("ỦY BAN\nTỈNH\n-------\n|\nSố: 1") == "ỦY BAN TỈNH Số: 1"
    assert sentences("Một. Hai;\nba") == ["Một.", "Hai;", "ba"]


def _with_duty_text(plan, duty_id: str, old: str, new: str):
    raw = copy.deepcopy(plan.raw)
    for part in raw["plan"]["parts"]:
        for assignment in part.get("assignments", []):
            for duty in assignment["duties"]:
                if duty["id"] == duty_id:
                    assert old in duty["text"]["vi"]
                    duty["text"]["vi"] = duty["text"]["vi"].replace(old, new, 1)
    return build_plan(raw)


def test_a_one_word_change_is_caught_and_named(plan) -> None:
    changed = _with_duty_text(plan, "III.7.3", "an ninh", "trật tự")
    difference = compare(ORIGINAL, changed)
    assert difference is not None
    assert "bảo đảm an ninh nơi công cộng" in difference.expected
    assert "bảo đảm trật tự nơi công cộng" in difference.actual


def test_a_dropped_word_is_caught(plan) -> None:
    changed = _with_duty_text(plan, "III.12.1", "trên 90%", "90%")
    assert compare(ORIGINAL, changed) is not None


def _text_nodes(node, path=""):
    if isinstance(node, dict):
        if "vi" in node and "en" in node and isinstance(node["vi"], str):
            yield path, node
        for key, value in node.items():
            yield from _text_nodes(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _text_nodes(value, f"{path}[{index}]")


def test_every_vietnamese_text_has_its_own_english(plan) -> None:
    nodes = list(_text_nodes(plan.raw))
    assert len(nodes) > 300
    for path, node in nodes:
        assert node["en"].strip(), f"empty English at {path}"
        assert node["en"].strip() != node["vi"].strip(), f"English copies Vietnamese at {path}"


def test_english_of_duties_is_english(plan) -> None:
    """Duty translations are not left in Vietnamese: few Vietnamese-only letters remain."""
    vietnamese_letters = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
    for duty in plan.duties:
        letters = [c for c in duty.text.en.lower() if c.isalpha()]
        share = sum(c in vietnamese_letters for c in letters) / len(letters)
        assert share < 0.02, f"{duty.id} reads as Vietnamese: {duty.text.en[:80]}"



def test_validation_refuses_a_changed_word_where_it_stands(tmp_path: Path) -> None:
    """What the build runs: one word changed in the file is a located problem at the duty's text."""
    text = (ROOT / "data" / "duties.yaml").read_text(encoding="utf-8")
    at = text.index("đảm an ninh nơi công cộng")
    path = tmp_path / "duties.yaml"
    path.write_text(text[:at] + text[at:].replace("an ninh", "trật tự", 1), encoding="utf-8")
    _, problems = validate_file(path, "duties.yaml")
    assert len(problems) == 1
    problem = problems[0]
    assert problem.path == "plan.parts[2].assignments[6].duties[2].text.vi"
    value = text.rindex("vi: >-", 0, at) + len("vi: ")  # reported where the duty's Vietnamese text starts
    assert (problem.line, problem.column) == (text[:value].count("\n") + 1, value - text.rindex("\n", 0, value))
    assert "the original has '…" in problem.message and "bảo đảm an ninh nơi công cộng" in problem.message
    assert "bảo đảm trật tự nơi công cộng" in problem.message
