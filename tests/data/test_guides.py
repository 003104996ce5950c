"""A guide's steps (meta.guides) are editorial notes: checked like every note, and their duties must exist."""

from __future__ import annotations

from pathlib import Path

from plan_site.source.load import DATA_FILE
from plan_site.source.validate import validate_file


def _edited(tmp_path: Path, old: str, new: str) -> list[str]:
    text = DATA_FILE.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / "duties.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    _, problems = validate_file(path, "duties.yaml")
    return [f"{p.message} ({p.path})" for p in problems]


def test_a_step_naming_an_unknown_duty_is_refused(tmp_path: Path) -> None:
    assert _edited(tmp_path, "duties: [III.14.10, III.14.13]", "duties: [III.14.10, III.14.99]") == [
        "unknown duty 'III.14.99' (meta.guides[0].steps[1].duties[1])"]


def test_a_step_rated_above_its_sources_is_refused(tmp_path: Path) -> None:
    problems = _edited(tmp_path, "      confidence: medium  # the team's members are stated by one site only",
                       "      confidence: high")
    assert problems == []  # three sites state it: high is allowed; the editors rated it lower
    school = DATA_FILE.read_text(encoding="utf-8").split("    - id: school\n")[1].split("      as_of:")[0]
    only_one = school.split("      - {publisher: 'Tiền Phong")[0]
    text = DATA_FILE.read_text(encoding="utf-8").replace(school, only_one, 1)
    path = tmp_path / "one-source.yaml"
    path.write_text(text.replace("      confidence: medium  # the team's members are stated by one site only",
                                 "      confidence: high"), encoding="utf-8")
    _, found = validate_file(path, "duties.yaml")
    assert [p.path for p in found] == ["meta.guides[0].steps[2].confidence"]
    assert "is more than the sources carry" in found[0].message


def test_a_step_dated_after_the_data_was_checked_is_refused(tmp_path: Path) -> None:
    text = DATA_FILE.read_text(encoding="utf-8")
    step = text.index("    - id: commune\n")
    as_of = text.index("      as_of: '2026-12-05'", step)
    path = tmp_path / "duties.yaml"
    path.write_text(text[:as_of] + "      as_of: '2027-01-01'" + text[as_of + len("      as_of: '2026-12-05'"):],
                    encoding="utf-8")
    _, problems = validate_file(path, "duties.yaml")
    assert [p.path for p in problems] == ["meta.guides[0].steps[1].as_of"]
