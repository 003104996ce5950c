"""Two builds of the same commit give identical files, sitemap dates included (pinned to the commit)."""

from __future__ import annotations

import gzip
import os
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_a_second_build_is_identical(site: Path, build, tmp_path: Path) -> None:
    again = tmp_path / "again"
    result = build(again)
    assert result.returncode == 0, result.stderr
    first, second = _files(site), _files(again)
    assert sorted(first) == sorted(second), "the two builds wrote different files"
    differing = [name for name in first if first[name] != second[name]]
    assert differing == [], f"files differ between two builds: {differing[:20]}"


def test_sitemap_dates_are_the_commit_date(site: Path) -> None:
    """Not the day of the build: a rebuild tomorrow gives the same sitemap and sitemap.xml.gz."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        pytest.skip("SOURCE_DATE_EPOCH is set by the caller, so it, not the commit, dates the build")
    try:
        epoch = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    day = datetime.fromtimestamp(int(epoch), UTC).strftime("%Y-%m-%d")
    midnight = int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp())  # MkDocs dates by day
    for lang_root in (site, site / "en"):
        sitemap = (lang_root / "sitemap.xml").read_text(encoding="utf-8")
        dates = set(re.findall(r"<lastmod>([^<]+)</lastmod>", sitemap))
        assert dates == {day}, f"{lang_root.name}: lastmod {dates}, commit date {day}"
        packed = (lang_root / "sitemap.xml.gz").read_bytes()
        assert int.from_bytes(packed[4:8], "little") == midnight, "gzip header time is not the commit date"
        assert gzip.decompress(packed).decode("utf-8") == sitemap
