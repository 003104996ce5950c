"""The validator: passes on the real data and on the minimal fixture, and reports each fault exactly.

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

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
INVALID = FIXTURES / "invalid"
DUTY = "plan.parts[2].assignments[0].duties[0]"

# fixture name -> every problem it must produce, as printed: line:column: message (path)
EXPECTED = {
    "yaml-syntax": ["25:7: YAML syntax error: expected ',' or ']', but got ':'"],
    "missing-field": [f"81:15: missing required field 'body' ({DUTY})"],
    "wrong-type": [f"86:22: wrong type: expected a list, got text ({DUTY}.roles)"],
    "duplicate-id": ["110:9: duplicate id 'cong-an-tinh'; first at line 107 (bodies[1].id)"],
    "duplicate-key": ["110:5: duplicate key 'kind'; first at line 109 (bodies[0].kind)"],
    "unknown-body": [f"87:26: unknown body 'so-giao-duc' ({DUTY}.partners[0])"],
    "unknown-instrument": [
        "39:14: the text names instrument 'luat-tre-em-2016' but does not cite it (decision.bases[0].cites)",
        "39:28: unknown instrument 'luat-tre-em' (decision.bases[0].cites[0].instrument)",
    ],
    "unknown-key-task": [f"99:29: unknown key task 'II.9' ({DUTY}.editorial.key_tasks[0])"],
    "unknown-theme": [f"100:26: unknown theme 'gia-dinh' ({DUTY}.editorial.themes[0])"],
    "unknown-role": [f"86:23: unknown role 'lead' ({DUTY}.roles[0])"],
    "missing-translation": ["62:20: missing English translation (plan.parts[0].sections[0].heading)"],
    "empty-translation": ["65:53: empty English translation (plan.parts[0].sections[0].items[0].text.en)"],
    "empty-text": ["105:22: empty text (plan.parts[3].paragraphs[0].text.vi)"],
    "copied-translation": [  # the body's English name is also the rendering its name must have in the text
        f"85:21: 'Sở Y tế' (body so-y-te) is rendered 'Sở Y tế'; the English has none ({DUTY}.text.en)",
        "111:29: English text is a copy of the Vietnamese (bodies[1].name.en)",
    ],
    "duty-id-place": [f"81:19: duty id 'III.1.2' does not match its place; expected 'III.1.1' ({DUTY}.id)"],
    "unknown-field": [f"87:15: unknown field 'partner' ({DUTY}.partner)"],
    "bad-enum": [
        f"96:30: 'weekly' is not one of: annual, periodic, as-required, unspecified ({DUTY}.reports[0].frequency)"
    ],
    "bad-date": ["25:9: '02/02/2021' is not a valid value here (expected the form ^\\d{4}-\\d{2}-\\d{2}$) (decision.date)"],
    "bad-link": [
        (
            "132:14: 'http://vbpl.vn/example page' is not a valid value here (expected the form ^https://[^\\s]+$) "
            "(instruments[0].links[0].url)"
        )
    ],
    "unofficial-link": [
        (
            "132:14: 'luatvietnam.example.com' is not an official source of Vietnamese law "
            "(allowed: vbpl.vn, chinhphu.vn, quochoi.vn, gov.vn) (instruments[0].links[0].url)"
        )
    ],
    "malformed-address": [
        (
            "120:69: 'https://vbpl.vn@example.org/nq-202' must not carry a user name or password "
            "(bodies[2].editorial.since_2025.sources[0].url)"
        )
    ],
    "unparseable-address": ["133:14: 'https://[vbpl.vn/example' is not a valid address (instruments[0].links[0].url)"],
    "cite-not-named": [
        "38:43: 'Luật Trẻ em' (instrument luat-tre-em-2016) is rendered 'Law on Children'; the English has none "
        "(decision.bases[0].text.en)",
        "39:15: cites 'luat-tre-em-2016' but the English text names none of: Law on Children (decision.bases[0].cites[0])"
    ],
    "named-not-cited": ["42:7: the text names instrument 'luat-tre-em-2016' but does not cite it (decision.articles[0].cites)"],
    "quote-not-in-text": [
        f"97:31: quoted words are not in the Vietnamese text: 'phối hợp với Sở Tư pháp' ({DUTY}.reports[0].quote.vi)"
    ],
    "role-not-in-text": [f"86:23: role 'chu-tri' but the text has none of: chỉ đạo ({DUTY}.roles[0])"],
    "note-without-source": ["137:9: missing required field 'sources' (instruments[0].editorial.status)"],
    "note-without-as-of": ["137:9: missing required field 'as_of' (instruments[0].editorial.status)"],
    "note-without-confidence": ["137:9: missing required field 'confidence' (instruments[0].editorial.status)"],
    "source-without-publisher": [
        "138:19: missing required field 'publisher' (instruments[0].editorial.status.sources[0])"
    ],
    # Editorial-note rules beyond the schema (plan_site/notes.py): honest dates, honest identification.
    "note-after-last-check": [
        (
            "139:16: note is dated as of 2026-12-01, after the data was last checked (2026-11-29) "
            "(instruments[0].editorial.status.as_of)"
        )
    ],
    "source-after-note": [
        (
            "138:83: source dated 2027-01 is later than the note's as-of date (2026-11-29) "
            "(instruments[0].editorial.status.sources[0].date)"
        )
    ],
    "unnumbered-without-identification": [
        (
            "126:13: the text gives no number: add an editorial identification note saying what is known "
            "(instruments[0].number)"
        )
    ],
    "candidate-for-numbered": [
        (
            "148:11: a candidate document is only for an instrument without a number; this one has '102/2016/QH13' "
            "(instruments[0].editorial.identification.candidate)"
        )
    ],
    # The relations registry: references, ids, descriptions, types, dates, quotes.
    "relation-unknown-instrument": [
        "128:24: unknown instrument 'luat-tre-em' (describe it once with 'details') (relations[0].from.instrument)"
    ],
    "relation-duplicate-id": [
        "144:9: duplicate id 'luat-tre-em-2016-replaced-by-luat-tre-em-2026'; first at line 126 (relations[1].id)"
    ],
    "relation-registry-described": [
        "129:19: 'luat-tre-em-2016' is in instruments: name it without 'details' (relations[0].from.instrument)"
    ],
    "relation-described-twice": [
        "147:19: 'luat-tre-em-2026' is described twice; first at line 130 (relations[1].from.instrument)"
    ],
    "relation-decision-end": [
        ("146:22: the decision's own relations come from its text (legal bases, Article 1, citations) and are not "
        "recorded here (relations[1].from.decision)")
    ],
    "relation-wrong-ends": [
        ("120:9: body 'ubnd-tinh' has a since-2025 note but no 'succeeded-by' relation: record who took over, or "
         "say why with 'successor' (not-found, ceased, group) (bodies[2].editorial.since_2025)"),
        "155:11: a 'replaced-by' relation relates instruments, not bodies (relations[2].from)",
        "157:7: a 'replaced-by' relation relates instruments, not bodies (relations[2].to)",
    ],
    "relation-not-a-date": ["137:11: '2026-02-30' is not a real date (relations[0].date)"],
    "relation-date-before-document": [
        "148:11: relation dated 2025-12-31 is before 'luat-tre-em-2026' (2026-01-10) (relations[1].date)"
    ],
    "relation-without-note": ["153:5: missing required field 'note' (relations[2])"],
    "relation-text-with-note": ["154:7: field 'note' is not allowed here (relations[1].note)"],
    "relation-unknown-passage": ["151:18: unknown passage 'III.1.9' (relations[1].stated_in[0].passage)"],
    "relation-passage-does-not-cite": [
        "151:18: passage 'I.1.1' does not cite instrument 'luat-tre-em-2016' (relations[1].stated_in[0].passage)"
    ],
    "relation-quote-not-in-text": [
        ("152:21: quoted words are not in the Vietnamese text of 'III.1.1': 'theo Luật Trẻ em năm 2016' "
        "(relations[1].stated_in[0].quote.vi)")
    ],
    # A body with a since-2025 note has a successor or says why not; a relation restates its note's confidence.
    "relation-no-successor": [
        ("120:9: body 'ubnd-tinh' has a since-2025 note but no 'succeeded-by' relation: record who took over, or "
         "say why with 'successor' (not-found, ceased, group) (bodies[2].editorial.since_2025)")
    ],
    "relation-successor-contradicted": [
        "118:16: says 'not-found', but the 'succeeded-by' relation at line 154 names a successor (bodies[2].successor)"
    ],
    "relation-confidence-differs": [
        ("143:19: confidence 'high' differs from the status note of 'luat-tre-em-2016' (line 182: 'medium') "
         "(relations[0].note.confidence)")
    ],
    "relation-succession-surer-than-note": [
        ("167:19: confidence 'high' is higher than the since-2025 note of 'ubnd-tinh' (line 120: 'medium') "
         "(relations[2].note.confidence)")
    ],
    "term-duplicate-id": ["158:9: duplicate id 'xam-hai-tre-em'; first at line 154 (terms[1].id)"],
    "term-listed-twice": ["159:16: term 'Xâm hại  trẻ em' is already in the term base at line 154 (terms[1].term.vi)"],
    "term-unknown-field": ["156:5: unknown field 'varients' (terms[0].varients)"],
    "glossary-not-in-term-base": ["151:11: glossary term 'xâm hại trẻ em' is not in the term base (glossary[0].term)"],
    "term-rendered-two-ways": [
        f"86:21: 'chủ trì' (term chu-tri) is rendered 'lead'; the English has none ({DUTY}.text.en)"
    ],
    "confidence-above-sources": [
        "123:21: confidence 'high' is more than the sources carry: 'high' needs a source on an official host or "
        "sources on two independent sites; they have 1 site (example.org), not an official host, so at most "
        "'medium' (bodies[2].editorial.since_2025.confidence)"
    ],
    "glossary-differs-from-term-base": [  # the texts that say "child abuse" fail the term base too
        "52:50: 'xâm hại trẻ em' (term xam-hai-tre-em) is rendered 'abuse of children' / 'abuse of children'; the "
        "English has none (plan.title.en)",
        "151:36: 'xâm hại trẻ em' (term xam-hai-tre-em) is rendered 'abuse of children' / 'abuse of children'; the "
        "English has none (glossary[0].term.en)",
        (
            "151:36: the glossary renders 'xâm hại trẻ em' as 'child abuse', the term base (line 154) as "
            "'abuse of children' (glossary[0].term.en)"
        ),
    ],
    "eid-invalid": [
        (
            "42:11: id 'dieu-mot' has no Akoma Ntoso eId (expected can-cu-N, dieu-N, mo-dau or a place such as "
            "III.7.3) (decision.articles[0].id)"
        )
    ],
    "identifiers-in-data": ["154:3: 'identifiers' are computed by the build; remove them (identifiers)"],
    # One id twice in a list is a duplicate id; two records in different lists may still share an eId.
    "eid-duplicate": ["45:11: duplicate id 'dieu-1'; first at line 42 (decision.articles[1].id)"],
    "eid-collision": [
        "42:11: duplicate Akoma Ntoso eId 'art_1' from id 'dieu-1'; first at line 37 (decision.articles[0].id)"
    ],
    # Hostile input: refused where it stands, before it can cost time or memory.
    "alias-expansion": [
        "157:11: YAML anchor '&a' is not allowed (glossary[1].definition.vi)",
        "158:11: YAML anchor '&b' is not allowed (glossary[1].definition.en)",
        "158:15: YAML alias '*a' is not allowed; write the value out in full (glossary[1].definition.en[0])",
    ],
    "deep-nesting": [f"50:50: nesting deeper than 40 levels (decision.signature.signer{'[0]' * 37})"],
    "nul-character": ["109:44: unprintable character U+0000 is not allowed"],
    "bel-character": ["66:34: unprintable character U+0007 is not allowed"],
    "invalid-utf8": ["71:32: invalid UTF-8: byte 0xFF is not a character"],
    "infinite-number": [f"92:26: '.inf' is not a finite number ({DUTY}.targets[0].value)"],
    "sexagesimal-number": ["50:13: wrong type: expected text, got the number 90 (decision.signature.signer)"],
    "huge-integer": [f"92:26: a number of 5,000 characters; the limit is 30 ({DUTY}.targets[0].value)"],
    "complex-key": ["111:7: a key must be text, not a list or a mapping (bodies[0])"],
    "python-tag": [
        "50:13: YAML tag '!!python/object/apply:os.system' is not allowed here (decision.signature.signer)"
    ],
    "long-text": ["106:22: a text of 20,029 characters; the limit is 20,000 (plan.parts[3].paragraphs[0].text.vi)"],
    "two-documents": ["161:1: a second YAML document starts here; the file must hold one"],
    # Repeated records: ids are unique in every list, and no list names a thing twice.
    "repeated-basis": ["41:11: duplicate id 'can-cu-1'; first at line 38 (decision.bases[1].id)"],
    "repeated-partner": [f"88:35: repeated 'so-y-te'; first at line 88 ({DUTY}.partners[1])"],
    # The Vietnamese must reassemble to the original that meta.source_file names.
    "text-differs-from-original": [
        (
            "106:22: the Vietnamese differs from the original tests/fixtures/valid/minimal.vi.txt at sentence 19: "
            "the original has '…HIỆN Các cơ quan báo cáo hằng năm.', the data '…HIỆN Các cơ quan báo cáo hằng quý.' "
            "(plan.parts[3].paragraphs[0].text.vi)"
        )
    ],
    "original-missing": ["6:16: no original text 'data/source/missing.vi.txt' in the project (meta.source_file)"],
    "original-outside-project": ["6:16: no original text '../../etc/hostname' in the project (meta.source_file)"],
}
HOSTILE = ("alias-expansion", "deep-nesting", "nul-character", "bel-character", "invalid-utf8", "infinite-number",
           "sexagesimal-number", "huge-integer", "complex-key", "python-tag", "long-text", "two-documents")
LOCATED = re.compile(r"^[^:\n]+:\d+:\d+: ")


def test_real_data_is_valid() -> None:
    _, problems = validate_file(DATA_FILE)
    assert problems == []


def test_minimal_fixture_is_valid() -> None:
    _, problems = validate_file(FIXTURES / "valid" / "minimal.yaml")
    assert problems == []


def test_every_invalid_fixture_has_an_expectation() -> None:
    assert sorted(p.stem for p in INVALID.glob("*.yaml")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 15


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_fixture_reports_exact_problems(name: str) -> None:
    path = INVALID / f"{name}.yaml"
    _, problems = validate_file(path, f"{name}.yaml")
    assert [str(p) for p in problems] == [f"{name}.yaml:{line}" for line in EXPECTED[name]]


def test_all_problems_are_reported_in_one_run(tmp_path: Path) -> None:
    """Two independent faults in one file: both are reported."""
    text = (INVALID / "unknown-theme.yaml").read_text(encoding="utf-8")
    text = text.replace("frequency: annual", "frequency: weekly")
    path = tmp_path / "two-faults.yaml"
    path.write_text(text, encoding="utf-8")
    _, problems = validate_file(path, "two-faults.yaml")
    messages = [p.message for p in problems]
    assert "unknown theme 'gia-dinh'" in messages
    assert any("'weekly' is not one of" in m for m in messages)


def test_command_line_exits_nonzero_with_file_and_line() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/plan.py", "validate", "tests/fixtures/invalid/unknown-body.yaml"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1
    assert "tests/fixtures/invalid/unknown-body.yaml:87:26: unknown body 'so-giao-duc'" in result.stderr


def test_command_line_passes_on_real_data() -> None:
    result = subprocess.run([sys.executable, "scripts/plan.py", "validate"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_is_cheap_to_refuse(name: str) -> None:
    """A budget, not a time: refusing any hostile fixture allocates under 5 MB (an alias bomb once took 6 GB)."""
    tracemalloc.start()
    try:
        validate_file(INVALID / f"{name}.yaml")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000


def test_command_line_refuses_an_alias_bomb_without_a_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/plan.py", "validate", "tests/fixtures/invalid/alias-expansion.yaml"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    *problems, summary = result.stderr.splitlines()
    assert summary == "3 problem(s) in tests/fixtures/invalid/alias-expansion.yaml"
    assert problems and all(LOCATED.match(line) for line in problems)


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


def test_the_build_refuses_data_that_departs_from_the_original() -> None:
    """load_plan is what the build's hooks call: a changed word stops it with the located problem."""
    with pytest.raises(DataError) as error:
        load_plan(INVALID / "text-differs-from-original.yaml")
    assert [p.line for p in error.value.problems] == [106]


def test_instrument_aliases_over_the_limit_are_refused(tmp_path: Path) -> None:
    """Every text is searched for every alias: 200 in all keeps that cheap (the data has 26)."""
    text = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    names = ", ".join(["Luật Trẻ em"] + [f"Luật số {n}" for n in range(200)])
    path = tmp_path / "aliases.yaml"
    path.write_text(text.replace("aliases: {vi: [Luật Trẻ em]", f"aliases: {{vi: [{names}]"), encoding="utf-8")
    _, problems = validate_file(path, "aliases.yaml")
    expected = "aliases.yaml:168:3: 202 instrument aliases in all; the limit is 200 (instruments)"
    assert [str(p) for p in problems] == [expected]


def test_the_changelog_is_read_by_the_same_guarded_reader() -> None:
    """data/changelog.yaml goes through read_yaml too: an alias bomb there is refused the same way."""
    data, _ = validate_file(FIXTURES / "valid" / "minimal.yaml")
    changes, problems = validate_changelog(INVALID / "alias-expansion.yaml", data, "changelog.yaml")
    assert changes == ()
    assert [str(p) for p in problems] == [f"changelog.yaml:{line}" for line in EXPECTED["alias-expansion"]]


def test_a_term_rendered_two_ways_stops_validate_and_the_build() -> None:
    """The term-base check runs in every validation: the command line exits 1, and load_plan (the build) refuses."""
    name = "tests/fixtures/invalid/term-rendered-two-ways.yaml"
    result = subprocess.run([sys.executable, "scripts/plan.py", "validate", name], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        f"{name}:86:21: 'chủ trì' (term chu-tri) is rendered 'lead'; the English has none ({DUTY}.text.en)")
    with pytest.raises(DataError) as refused:
        load_plan(INVALID / "term-rendered-two-ways.yaml")
    assert [p.message for p in refused.value.problems] == [
        "'chủ trì' (term chu-tri) is rendered 'lead'; the English has none"]
