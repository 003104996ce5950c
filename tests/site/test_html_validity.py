"""Every built page of both languages is valid HTML, by the Nu Html Checker (vnu-jar from npm, pinned)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .html import pages

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture(scope="module")
def vnu_messages(site: Path) -> list[dict]:
    """The checker's errors over every page, checked in one Java run."""
    java = shutil.which("java")
    if java is None or not VNU_JAR.is_file():
        pytest.fail("needs `java` (17+) and node_modules/vnu-jar: run `npm ci` (scripts/test.sh does)")
    files = [str(page) for page in pages(site)]
    assert len(files) > 50
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--exit-zero-always", *files],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stderr or result.stdout)["messages"]


def test_every_page_is_valid_html(site: Path, vnu_messages: list[dict]) -> None:
    errors = [
        f"{Path(m.get('url', '?').removeprefix('file:')).relative_to(site)}:{m.get('lastLine', '?')}: {m['message']}"
        if m.get("url", "").startswith(f"file:{site}") else f"{m.get('url', '?')}: {m['message']}"
        for m in vnu_messages if m.get("type") in ("error", "non-document-error")
    ]
    assert errors == [], f"{len(errors)} HTML error(s):\n" + "\n".join(errors[:40])


def test_the_checker_reports_errors(tmp_path: Path) -> None:
    """The same run over a page with a known error reports it: the check above can fail."""
    broken = tmp_path / "broken.html"
    broken.write_text('<!doctype html><html lang="en"><head><title>x</title></head>'
                      '<body><input type="checkbox" autocomplete="off"></body></html>', encoding="utf-8")
    result = subprocess.run(
        [shutil.which("java") or "java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json",
         "--exit-zero-always", str(broken)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    assert any("autocomplete" in m["message"] for m in messages if m["type"] == "error")
