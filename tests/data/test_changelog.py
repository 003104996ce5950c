"""The changelog: the real one and the valid fixture pass; each fault is refused with an exact, located message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from plan_site.source.changelog import validate_changelog
from plan_site.source.load import CHANGELOG_FILE, DATA_FILE
from plan_site.source.validate import validate_file

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
CHANGELOGS = FIXTURES / "changelog"
MINIMAL = FIXTURES / "valid" / "minimal.yaml"

# fixture name -> every problem it must produce, as printed: line:column: message (path)
EXPECTED = {
    "duplicate-id": ["11:9: duplicate id '2026-11-30-translation'; first at line 4 (entries[1].id)"],
    "not-a-date": ["12:11: '2026-11-31' is not a real date (entries[1].date)"],
    "out-of-order": [
        ("20:11: entry dated 2026-12-01 is newer than the one before it (2026-11-29); list the newest first "
        "(entries[2].date)")
    ],
    "unknown-record": [
        "18:9: 'relations[so-y-te-moi]' does not resolve: no 'so-y-te-moi' among relations (entries[1].touches[1])"
    ],
    "unknown-field": [
        ("17:9: 'bodies[ubnd-tinh].editorial.since_2026' does not resolve: no field 'since_2026' in "
        "bodies[ubnd-tinh].editorial (entries[1].touches[0])")
    ],
    "bad-kind": [
        "13:11: 'news' is not one of: publication, correction, source, translation, addition (entries[1].kind)"
    ],
    "missing-translation": ["15:14: missing English translation (entries[1].summary)"],
}


def _data(path: Path) -> dict:
    data, problems = validate_file(path)
    assert problems == []
    return data


def test_real_changelog_is_valid_and_newest_first() -> None:
    changes, problems = validate_changelog(CHANGELOG_FILE, _data(DATA_FILE))
    assert problems == []
    assert [c.date for c in changes] == sorted((c.date for c in changes), reverse=True)
    assert {"2026-11-29-published", "2026-11-29-structured-sources", "2026-11-29-relations"} <= {c.id for c in changes}


def test_valid_fixture_is_valid() -> None:
    changes, problems = validate_changelog(CHANGELOGS / "valid.yaml", _data(MINIMAL))
    assert problems == []
    assert [c.kind for c in changes] == ["translation", "source", "publication"]


def test_every_invalid_fixture_has_an_expectation() -> None:
    assert sorted(p.stem for p in (CHANGELOGS / "invalid").glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_changelog_reports_exact_problems(name: str) -> None:
    path = CHANGELOGS / "invalid" / f"{name}.yaml"
    changes, problems = validate_changelog(path, _data(MINIMAL), f"{name}.yaml")
    assert changes == ()
    assert [str(p) for p in problems] == [f"{name}.yaml:{line}" for line in EXPECTED[name]]


def _validate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "scripts/plan.py", "validate", *args], cwd=ROOT, capture_output=True,
                          text=True, check=False)


def test_command_line_checks_the_changelog_with_the_data() -> None:
    result = _validate()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "data/duties.yaml and data/changelog.yaml: valid"


def test_command_line_refuses_a_bad_changelog_with_a_located_message() -> None:
    bad = "tests/fixtures/changelog/invalid/unknown-record.yaml"
    result = _validate("tests/fixtures/valid/minimal.yaml", "--changelog", bad)
    assert result.returncode == 1
    assert f"{bad}:18:9: 'relations[so-y-te-moi]' does not resolve" in result.stderr
