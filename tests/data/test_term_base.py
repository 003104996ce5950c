"""One English term per Vietnamese term: every translated text uses the term base's renderings.

The real data must pass; small synthetic files show that the check fails where it should, names
the record and its line, and lets inflection, case, names and longer terms through.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plan_site.source.load import DATA_FILE
from plan_site.source.terms import MAX_RULES, check_terms, fold_vi, stems, translations, uses
from plan_site.source.yaml_source import read_yaml

pytestmark = pytest.mark.unit


def _check(path: Path) -> list[str]:
    data, source, problems = read_yaml(path, path.name)
    assert problems == []
    return [str(p) for p in check_terms(data, source)]


def test_every_translation_uses_the_term_base() -> None:
    assert _check(DATA_FILE) == []


def test_the_term_base_covers_the_glossary(plan) -> None:
    base = {fold_vi(entry.term.vi) for entry in plan.terms}
    assert len(base) == len(plan.terms) >= 60
    assert {fold_vi(term.term.vi) for term in plan.glossary} <= base


def test_british_spelling_outside_official_names(plan) -> None:
    """The convention the term base states: organise, not organize, except in an instrument's official name."""
    data, _, _ = read_yaml(DATA_FILE)
    names = (re.escape(alias) for instrument in plan.instruments.values() for alias in instrument.aliases["en"])
    official = re.compile("|".join(names), re.IGNORECASE)
    american = re.compile(r"\b\w+iz(?:e|es|ed|ing|ation|ations)\b|\b(?:program|center|labor)s?\b", re.IGNORECASE)
    found = [f"{path}: {word}" for path, text in translations(data)
             for word in american.findall(official.sub("", text["en"]))]
    assert found == []


# ---------------------------------------------------------------- the check itself, on small files

HEAD = """\
terms:
  - {id: tung-buoc, term: {vi: từng bước, en: progressively}}
  - {id: chu-tri, term: {vi: chủ trì, en: lead}}
  - {id: phong-chong, term: {vi: 'phòng, chống', en: prevent and combat}}
  - {id: xu-ly, term: {vi: xử lý, en: deal with}, variants: [dealt with]}
  - {id: xu-ly-nghiem-trach-nhiem, term: {vi: xử lý nghiêm trách nhiệm, en: strictly hold accountable}}
  - {id: cu-the-hoa, term: {vi: cụ thể hoá, en: concretise}}
bodies:
  - id: ban-chi-dao
    name: {vi: Ban Chỉ đạo thực hiện công tác trẻ em, en: Steering Committee for Children's Affairs}
    kind: committee
plan:
  paragraphs:
"""


def _file(tmp_path: Path, *texts: tuple[str, str]) -> Path:
    lines = [f"    - text: {{vi: '{vi}', en: '{en}'}}\n" for vi, en in texts]
    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + "".join(lines), encoding="utf-8")
    return path


def test_a_missing_rendering_is_reported_with_path_and_line(tmp_path: Path) -> None:
    path = _file(tmp_path, ("Từng bước xóa bỏ tảo hôn.", "Gradually eliminate child marriage."))
    assert _check(path) == [
        (
            "plan.yaml:14:51: 'từng bước' (term tung-buoc) is rendered 'progressively'; the English has none "
            "(plan.paragraphs[0].text.en)"
        )
    ]


def test_a_term_rendered_two_ways_across_the_file_is_caught(tmp_path: Path) -> None:
    path = _file(tmp_path,
                 ("Từng bước giảm tảo hôn.", "Progressively reduce child marriage."),
                 ("Từng bước xóa bỏ tảo hôn.", "Gradually eliminate child marriage."))
    problems = _check(path)
    assert len(problems) == 1 and "(plan.paragraphs[1].text.en)" in problems[0]


def test_inflection_case_and_word_order_variants_pass(tmp_path: Path) -> None:
    path = _file(tmp_path,
                 ("Chủ trì tổ chức.", "Leads the organisation."),
                 ("CHỦ TRÌ, PHỐI HỢP.", "LEADING AND COORDINATING."),
                 ("Phòng, chống xâm hại.", "Prevention and combating of abuse."),
                 ("Các vụ việc phải được xử lý nghiêm.", "Cases must be dealt with strictly."),
                 ("Cụ thể hóa Kế hoạch.", "Concretise the Plan."))  # old tone placement of the base's "hoá"
    assert _check(path) == []


def test_a_longer_term_and_a_name_take_their_words(tmp_path: Path) -> None:
    """'xử lý nghiêm trách nhiệm' needs no 'deal with'; 'Ban Chỉ đạo' needs no 'direct', but its English name."""
    path = _file(tmp_path,
                 ("Xử lý nghiêm trách nhiệm người đứng đầu.", "Strictly hold accountable the heads."),
                 ("Cơ quan thường trực Ban Chỉ đạo thực hiện công tác trẻ em.",
                  "The standing agency of the Steering Committee for Children''s Affairs."),
                 ("Báo cáo Ban Chỉ đạo thực hiện công tác trẻ em.", "Report to the Children''s Board."))
    problems = _check(path)
    assert len(problems) == 1
    assert problems[0].endswith(
        "'Ban Chỉ đạo thực hiện công tác trẻ em' (body ban-chi-dao) is rendered 'Steering Committee for Children's "
        "Affairs'; the English has none (plan.paragraphs[2].text.en)"
    )


def test_editorial_notes_are_not_translations_under_check(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(HEAD.replace("plan:\n  paragraphs:\n", "") + """\
meta:
  editorial:
    tagging:
      text: {vi: Từng bước gắn thẻ., en: Tagged step by step.}
""", encoding="utf-8")
    assert _check(path) == []


@pytest.mark.parametrize(("english", "rendering", "expected"), [
    ("Supervision of the prevention", "supervise", True),
    ("children's affairs", "children's affairs", True),
    ("affairs of children", "children's affairs", False),
    ("hold the heads accountable", "hold accountable", False),
])
def test_renderings_match_by_stems_in_order(english: str, rendering: str, expected: bool) -> None:
    assert uses(stems(english), rendering) is expected


def test_terms_marked_in_notes_bind_notes_and_successors_are_named_as_recorded(tmp_path: Path) -> None:
    """Notes answer to the in_notes terms and to successors' recorded names, and to nothing else."""
    path = tmp_path / "plan.yaml"
    path.write_text("""\
terms:
  - {id: tung-buoc, term: {vi: từng bước, en: progressively}}
  - {id: khoi-to, term: {vi: khởi tố, en: institute criminal proceedings}, in_notes: true}
relations:
  - id: cong-an-tinh-succeeded-by-cong-an-tinh-thai-nguyen
    to:
      body: cong-an-tinh-thai-nguyen
      details: {name: {vi: Công an tỉnh Thái Nguyên, en: Thái Nguyên Provincial Police}}
    note:
      text: {vi: Công an tỉnh Thái Nguyên đã khởi tố một vụ án., en: Thái Nguyên police prosecuted a case.}
meta:
  editorial:
    tagging:
      text: {vi: Từng bước khởi tố., en: Step by step it instituted criminal proceedings.}
""", encoding="utf-8")
    assert _check(path) == [
        "plan.yaml:10:70: 'Công an tỉnh Thái Nguyên' (body cong-an-tinh-thai-nguyen) is rendered 'Thái Nguyên "
        "Provincial Police'; the English has none (relations[0].note.text.en)",
        "plan.yaml:10:70: 'khởi tố' (term khoi-to) is rendered 'institute criminal proceedings'; the English has none "
        "(relations[0].note.text.en)",
    ]


def test_more_rules_than_the_limit_are_refused_before_any_search(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    entries = "".join(f"  - {{id: t{i}, term: {{vi: từ {i}, en: word {i}}}}}\n" for i in range(MAX_RULES + 1))
    path.write_text("terms:\n" + entries + "plan:\n  paragraphs:\n    - text: {vi: từ 1, en: nothing}\n",
                    encoding="utf-8")
    assert _check(path) == [f"plan.yaml:2:3: {MAX_RULES + 1:,} terms and names to check in all; the limit is "
                            f"{MAX_RULES} (terms)"]
