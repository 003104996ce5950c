"""The validator: passes on the real data and on the minimal fixture, and reports each fault exactly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from plan_site.load import DATA_FILE
from plan_site.validate import validate_file

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
    "copied-translation": ["111:29: English text is a copy of the Vietnamese (bodies[1].name.en)"],
    "duty-id-place": [f"81:19: duty id 'III.1.2' does not match its place; expected 'III.1.1' ({DUTY}.id)"],
    "unknown-field": [f"81:15: unknown field 'partner' ({DUTY})"],
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
    "cite-not-named": [
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
            "138:56: source dated 2027-01 is later than the note's as-of date (2026-11-29) "
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
    "term-duplicate-id": ["158:9: duplicate id 'xam-hai-tre-em'; first at line 154 (terms[1].id)"],
    "term-listed-twice": ["159:16: term 'Xâm hại  trẻ em' is already in the term base at line 154 (terms[1].term.vi)"],
    "term-unknown-field": ["154:5: unknown field 'varients' (terms[0])"],
    "glossary-not-in-term-base": ["151:11: glossary term 'xâm hại trẻ em' is not in the term base (glossary[0].term)"],
    "glossary-differs-from-term-base": [
        (
            "151:36: the glossary renders 'xâm hại trẻ em' as 'child abuse', the term base (line 154) as "
            "'abuse of children' (glossary[0].term.en)"
        )
    ],
    "eid-invalid": [
        (
            "42:11: id 'dieu-mot' has no Akoma Ntoso eId (expected can-cu-N, dieu-N, mo-dau or a place such as "
            "III.7.3) (decision.articles[0].id)"
        )
    ],
    "identifiers-in-data": ["154:3: 'identifiers' are computed by the build; remove them (identifiers)"],
    "eid-duplicate": [
        "45:11: duplicate Akoma Ntoso eId 'art_1' from id 'dieu-1'; first at line 42 (decision.articles[1].id)"
    ],
}


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
