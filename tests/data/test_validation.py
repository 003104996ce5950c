"""The validator: passes on the real data and on the minimal fixture, and reports each fault exactly.

Each fault is a case of tests/data/invalid_cases.py: an edit of the minimal fixture and the exact messages
it must produce, with line and column in the edited file.

Hostile input (alias bombs, deep nesting, control characters, bad UTF-8, odd YAML scalars, oversized
files and texts) gets a located message like any other fault; tests/data/test_fuzz_validation.py
mutates the real file at random to look for any input that does not.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from plan_site.source.changelog import validate_changelog
from plan_site.source.load import DATA_FILE, load_plan
from plan_site.source.problems import DataError
from plan_site.source.validate import validate_file
from plan_site.source.yaml_source import MAX_FILE_BYTES, MAX_KEY_CHARS, MAX_NODES, read_yaml

from .edits import apply
from .invalid_cases import BASE, BY_NAME, CASES, HOSTILE

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
LOCATED = re.compile(r"^[^:\n]+:\d+:\d+: ")


def test_real_data_is_valid() -> None:
    _, problems = validate_file(DATA_FILE)
    assert problems == []


def test_minimal_fixture_is_valid() -> None:
    _, problems = validate_file(BASE)
    assert problems == []


def test_every_case_is_a_fault_of_the_valid_base() -> None:
    base = BASE.read_bytes()
    assert len(CASES) >= 15
    assert all(case.document() != base and case.expected for case in CASES)


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_invalid_case_reports_exact_problems(name: str, tmp_path: Path) -> None:
    case = BY_NAME[name]
    _, problems = validate_file(case.write(tmp_path), f"{name}.yaml")
    assert [str(p) for p in problems] == [f"{name}.yaml:{line}" for line in case.expected]


def test_all_problems_are_reported_in_one_run(tmp_path: Path) -> None:
    """Independent faults in one file: all are reported, each where it stands, a shape fault with the faults
    in the file's texts and addresses, and reference faults together."""
    for names in (("bad-enum", "copied-translation", "unofficial-link"), ("unknown-body", "unknown-theme")):
        path = tmp_path / "faults.yaml"
        path.write_bytes(apply(BASE.read_text(encoding="utf-8"), sum((BY_NAME[n].edits for n in names), ())))
        _, problems = validate_file(path, "faults.yaml")
        assert sorted(str(p) for p in problems) == sorted(f"faults.yaml:{line}" for name in names
                                                          for line in BY_NAME[name].expected)


def test_a_shape_fault_holds_back_the_checks_on_typed_records(tmp_path: Path) -> None:
    """Data that does not fit the schema is not built: its reference faults are reported once the shape is fixed."""
    path = tmp_path / "two-faults.yaml"
    edits = BY_NAME["unknown-theme"].edits + BY_NAME["bad-enum"].edits
    path.write_bytes(apply(BASE.read_text(encoding="utf-8"), edits))
    _, problems = validate_file(path, "two-faults.yaml")
    assert [str(p) for p in problems] == [f"two-faults.yaml:{line}" for line in BY_NAME["bad-enum"].expected]


def test_command_line_exits_nonzero_with_file_and_line(tmp_path: Path) -> None:
    BY_NAME["unknown-body"].write(tmp_path)
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "plan.py"), "validate", "unknown-body.yaml"],
                            cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"unknown-body.yaml:{BY_NAME['unknown-body'].expected[0]}",
                                          "1 problem(s) in unknown-body.yaml"]


def test_command_line_passes_on_real_data() -> None:
    result = subprocess.run([sys.executable, "scripts/plan.py", "validate"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_is_cheap_to_refuse(name: str, tmp_path: Path) -> None:
    """A budget, not a time: refusing any hostile case allocates under 5 MB (an alias bomb once took 6 GB)."""
    path = BY_NAME[name].write(tmp_path)
    tracemalloc.start()
    try:
        validate_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000


def test_command_line_refuses_an_alias_bomb_without_a_traceback(tmp_path: Path) -> None:
    BY_NAME["alias-expansion"].write(tmp_path)
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "plan.py"), "validate", "alias-expansion.yaml"],
                            cwd=tmp_path, capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    *problems, summary = result.stderr.splitlines()
    assert summary == "3 problem(s) in alias-expansion.yaml"
    assert problems == [f"alias-expansion.yaml:{line}" for line in BY_NAME["alias-expansion"].expected]
    assert all(LOCATED.match(line) for line in problems)


def test_a_file_over_the_size_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "large.yaml"
    path.write_text("[" + "a, " * (MAX_FILE_BYTES // 3 + 1), encoding="utf-8")  # would be a syntax error if parsed
    _, problems = validate_file(path, "large.yaml")
    assert [str(p) for p in problems] == ["large.yaml:1:1: the file is larger than the limit of 2,000,000 bytes"]


def test_more_values_than_the_limit_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "many.yaml"
    path.write_text("- a\n" * (MAX_NODES + 5), encoding="utf-8")
    _, problems = validate_file(path, "many.yaml")
    expected = f"many.yaml:{MAX_NODES}:3: more than 50,000 keys and values ([{MAX_NODES - 1}])"
    assert [str(p) for p in problems] == [expected]


# Every scalar form YAML 1.1 allows, read as PyYAML resolves it (1.5e3 and -.5 are text in YAML 1.1), except
# that dates stay text, as in the data's JSON form.
SCALARS = {
    "12": 12, "+12": 12, "-0x1F": -31, "017": 15, "0b101": 5, "1_000": 1000, "1:30": 90, "-1:30": -90,
    "1.5e+3": 1500.0, "1.5e3": "1.5e3", "1:30.5": 90.5, ".5": 0.5, "-.5": "-.5",
    "yes": True, "Off": False, "TRUE": True, "~": None,
    "null": None, "": None, "2021-02-02": "2021-02-02", "2001-12-14t21:59:43.10-05:00": "2001-12-14t21:59:43.10-05:00",
    "0o17": "0o17", "=": "=", "<<": "<<", "'1:30'": "1:30", "!!str 12": "12", "!!int '12'": 12,
    "!!float '1'": 1.0, "!!bool 'on'": True, "!!null ''": None, "! 12": 12,
}
REFUSED = {
    ".inf": "'.inf' is not a finite number",
    "-.Inf": "'-.Inf' is not a finite number",
    ".NaN": "'.NaN' is not a finite number",
    "1.0e+999": "'1.0e+999' is not a finite number",
    "!!int 'x'": "'x' is not a number",
    "!!float ''": "'' is not a number",
    "!!bool 'maybe'": "'maybe' is not true or false",
    "!!binary aGVsbG8=": "YAML tag '!!binary' is not allowed here",
    "!!timestamp 2021-02-02": "YAML tag '!!timestamp' is not allowed here",
    "!!set {a, b}": "YAML tag '!!set' is not allowed here",
    "!!omap [{a: 1}]": "YAML tag '!!omap' is not allowed here",
    "!local x": "YAML tag '!local' is not allowed here",
    "1" * 31: "a number of 31 characters; the limit is 30",
}


@pytest.mark.parametrize("form", sorted(SCALARS))
def test_every_yaml_scalar_form_is_read(form: str, tmp_path: Path) -> None:
    path = tmp_path / "scalar.yaml"
    path.write_text(f"value: {form}\n", encoding="utf-8")
    data, _, problems = read_yaml(path)
    assert problems == []
    assert data == {"value": SCALARS[form]} and type(data["value"]) is type(SCALARS[form])


@pytest.mark.parametrize("form", sorted(REFUSED))
def test_scalars_the_data_cannot_hold_are_refused_where_they_stand(form: str, tmp_path: Path) -> None:
    path = tmp_path / "scalar.yaml"
    path.write_text(f"value: {form}\n", encoding="utf-8")
    data, source, problems = read_yaml(path, "scalar.yaml")
    assert [str(p) for p in problems] == [f"scalar.yaml:1:8: {REFUSED[form]} (value)"]
    assert data == {"value": None} and "value" in source.refused


def test_a_long_key_is_refused_before_its_values_repeat_it(tmp_path: Path) -> None:
    """Every path below a key repeats it: a 19,000-character key over many values would cost memory per value."""
    path = tmp_path / "keys.yaml"
    path.write_text(f"{'k' * (MAX_KEY_CHARS + 1)}: [1, 2]\nfine: 1\n", encoding="utf-8")
    data, source, problems = read_yaml(path, "keys.yaml")
    message = f"a key of {MAX_KEY_CHARS + 1} characters; the limit is {MAX_KEY_CHARS}"
    assert [str(p) for p in problems] == [f"keys.yaml:1:1: {message}"]
    assert data == {"fine": 1} and not any(len(p) > MAX_KEY_CHARS for p in source.positions)


def test_a_basis_copied_in_the_real_data_is_refused(tmp_path: Path) -> None:
    """A legal basis pasted twice, same id and all: the site would show the sentence twice."""
    text = DATA_FILE.read_text(encoding="utf-8")
    bases = text.index("  bases:\n") + len("  bases:\n")
    first = text[bases:text.index("\n  - id:", bases + 1) + 1]
    path = tmp_path / "duties.yaml"
    path.write_text(text[:bases] + first + first + text[bases + len(first):], encoding="utf-8")
    _, problems = validate_file(path, "duties.yaml")
    line = text[:bases].count("\n") + 1
    assert [p.message for p in problems] == [f"duplicate id 'can-cu-1'; first at line {line}"]


def test_the_build_refuses_data_that_departs_from_the_original(tmp_path: Path) -> None:
    """load_plan is what the build's hooks call: a changed word stops it with the located problem."""
    case = BY_NAME["text-differs-from-original"]
    with pytest.raises(DataError) as error:
        load_plan(case.write(tmp_path))
    assert [f"{p.line}:{p.column}: {p.message} ({p.path})" for p in error.value.problems] == list(case.expected)


def test_instrument_aliases_over_the_limit_are_refused(tmp_path: Path) -> None:
    """Every text is searched for every alias: 200 in all keeps that cheap (the data has 26)."""
    text = BASE.read_text(encoding="utf-8")
    names = ", ".join(["Luật Trẻ em"] + [f"Luật số {n}" for n in range(200)])
    path = tmp_path / "aliases.yaml"
    path.write_text(text.replace("aliases: {vi: [Luật Trẻ em]", f"aliases: {{vi: [{names}]"), encoding="utf-8")
    _, problems = validate_file(path, "aliases.yaml")
    line = text[: text.index("\ninstruments:\n")].count("\n") + 3  # the first instrument, below the key
    expected = f"aliases.yaml:{line}:3: 202 instrument aliases in all; the limit is 200 (instruments)"
    assert [str(p) for p in problems] == [expected]


def test_the_changelog_is_read_by_the_same_guarded_reader(tmp_path: Path) -> None:
    """data/changelog.yaml goes through read_yaml too: an alias bomb there is refused the same way."""
    data, _ = validate_file(BASE)
    changes, problems = validate_changelog(BY_NAME["alias-expansion"].write(tmp_path), data, "changelog.yaml")
    assert changes == ()
    assert [str(p) for p in problems] == [f"changelog.yaml:{line}" for line in BY_NAME["alias-expansion"].expected]


def test_a_term_rendered_two_ways_stops_validate_and_the_build(tmp_path: Path) -> None:
    """The term-base check runs in every validation: the command line exits 1, and load_plan (the build) refuses."""
    case = BY_NAME["term-rendered-two-ways"]
    path = case.write(tmp_path)
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "plan.py"), "validate", path.name], cwd=tmp_path,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == f"{path.name}:{case.expected[0]}"
    with pytest.raises(DataError) as refused:
        load_plan(path)
    assert [p.message for p in refused.value.problems] == [
        "'chủ trì' (term chu-tri) is rendered 'lead'; the English has none"]
