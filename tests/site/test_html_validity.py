"""Every built page of both languages is valid HTML, by the Nu Html Checker (vnu-jar from npm, pinned).

One Java run checks every page, and with them a page with a known error, so the check is seen to fail."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .html import pages

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# A checkbox may not have autocomplete: the checker must report this page.
BROKEN = ('<!doctype html><html lang="en"><head><title>x</title></head>'
          '<body><input type="checkbox" autocomplete="off"></body></html>')


@pytest.fixture(scope="module")
def vnu_messages(site: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    """The checker's errors, by file: every page of the site, and the broken page, checked in one Java run."""
    java = shutil.which("java")
    if java is None or not VNU_JAR.is_file():
        pytest.fail("needs `java` (17+) and node_modules/vnu-jar: run `npm ci` (scripts/test.sh does)")
    broken = tmp_path_factory.mktemp("vnu") / "broken.html"
    broken.write_text(BROKEN, encoding="utf-8")
    files = [str(page) for page in pages(site)]
    assert len(files) > 50
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--exit-zero-always", *files, str(broken)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    by_file: dict[str, list[dict]] = {}
    for message in json.loads(result.stderr or result.stdout)["messages"]:
        by_file.setdefault(message.get("url", "?").removeprefix("file:"), []).append(message)
    return by_file


def _errors(messages: list[dict]) -> list[dict]:
    return [m for m in messages if m.get("type") in ("error", "non-document-error")]


def test_every_page_is_valid_html(site: Path, vnu_messages: dict[str, list[dict]]) -> None:
    errors = [f"{Path(url).relative_to(site) if url.startswith(str(site)) else url}:{m.get('lastLine', '?')}: "
              f"{m['message']}" for url, messages in vnu_messages.items() if not url.endswith("/broken.html")
              for m in _errors(messages)]
    assert errors == [], f"{len(errors)} HTML error(s):\n" + "\n".join(errors[:40])


def test_the_checker_reports_errors(vnu_messages: dict[str, list[dict]]) -> None:
    """The same run reports the broken page's error: the check above can fail."""
    broken = [messages for url, messages in vnu_messages.items() if url.endswith("/broken.html")]
    assert len(broken) == 1 and any("autocomplete" in m["message"] for m in _errors(broken[0]))
