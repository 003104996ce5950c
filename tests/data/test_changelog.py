"""The changelog: the real one and the valid fixture pass; each fault (an edit of the valid fixture, in
tests/data/invalid_cases.py) is refused with an exact, located message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from plan_site.source.changelog import validate_changelog
from plan_site.source.load import CHANGELOG_FILE, DATA_FILE
from plan_site.source.validate import validate_file

from .invalid_cases import BASE as MINIMAL
from .invalid_cases import CHANGELOG_BASE, CHANGELOG_BY_NAME

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]


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
    changes, problems = validate_changelog(CHANGELOG_BASE, _data(MINIMAL))
    assert problems == []
    assert [c.kind for c in changes] == ["translation", "source", "publication"]


@pytest.mark.parametrize("name", sorted(CHANGELOG_BY_NAME))
def test_invalid_changelog_reports_exact_problems(name: str, tmp_path: Path) -> None:
    """Each case of tests/data/invalid_cases.py CHANGELOG_CASES: an edit of the valid changelog."""
    case = CHANGELOG_BY_NAME[name]
    changes, problems = validate_changelog(case.write(tmp_path), _data(MINIMAL), f"{name}.yaml")
    assert changes == ()
    assert [str(p) for p in problems] == [f"{name}.yaml:{line}" for line in case.expected]


def _validate(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "plan.py"), "validate", *args], cwd=cwd,
                          capture_output=True, text=True, check=False)


def test_command_line_checks_the_changelog_with_the_data() -> None:
    result = _validate()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "data/duties.yaml and data/changelog.yaml: valid"


def test_command_line_refuses_a_bad_changelog_with_a_located_message(tmp_path: Path) -> None:
    case = CHANGELOG_BY_NAME["unknown-record"]
    case.write(tmp_path)
    result = _validate(str(MINIMAL), "--changelog", "unknown-record.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert f"unknown-record.yaml:{case.expected[0]}" in result.stderr.splitlines()
