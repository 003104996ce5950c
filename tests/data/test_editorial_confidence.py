"""Confidence computed from the sources (docs/maintainers/editorial-confidence.md, plan_site/source/notes.py).

High needs a source on an official host or sources on two independent sites; medium one source with an
address; low is always allowed. Sources must be pages about the claim at their canonical address.
The real data satisfies the rule; small files show each message exactly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_site.model.build import build_plan
from plan_site.model.origins import Origins
from plan_site.model.types import Note
from plan_site.source.checker import Checker
from plan_site.source.load import DATA_FILE
from plan_site.source.notes import allowed_confidence, amp_fault, check_notes, listing_fault, note_problems, site_of
from plan_site.source.yaml_source import read_yaml

NOTE = """\
meta:
  last_checked: '2026-12-05'
bodies:
  - id: so-y-te
    editorial:
      since_2025:
        text: {{vi: Ghi chú., en: A note.}}
        sources:
{sources}
        as_of: '2026-12-05'
        confidence: {confidence}
"""


def _problems(tmp_path: Path, confidence: str, *urls: str | None) -> list[str]:
    sources = "\n".join(
        f"          - {{publisher: P, title: T{i}, date: '2025'" + (f", url: '{url}'}}" if url else "}")
        for i, url in enumerate(urls))
    path = tmp_path / "notes.yaml"
    path.write_text(NOTE.format(sources=sources, confidence=confidence), encoding="utf-8")
    data, source, problems = read_yaml(path, "notes.yaml")
    assert problems == []
    note = Note.of(data["bodies"][0]["editorial"]["since_2025"])
    return [str(p) for p in note_problems(note, "bodies[0].editorial.since_2025", source, data["meta"]["last_checked"])]


def test_the_real_data_follows_the_rule() -> None:
    data, source, _ = read_yaml(DATA_FILE, "data/duties.yaml")
    origins = Origins()
    checker = Checker(build_plan(data, origins=origins), origins, source)
    check_notes(checker)
    assert len(origins) > 100 and [str(p) for p in checker.problems] == []


def test_high_on_one_unofficial_site_is_reported(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "high", "https://news.laodong.vn/a-1.ldo", "https://laodong.vn/b-2.ldo")
    assert problems == [
        "notes.yaml:12:21: confidence 'high' is more than the sources carry: 'high' needs a source on an official "
        "host or sources on two independent sites; they have 1 site (laodong.vn), not an official host, so at most "
        "'medium' (bodies[0].editorial.since_2025.confidence)"
    ]


def test_a_private_mirror_alone_never_carries_high(tmp_path: Path) -> None:
    """A blog whose name reads like an official database is still one private site."""
    problems = _problems(tmp_path, "high", "https://danhmucvanbanphapluatvietnam.blogspot.com/p/chuong-vii.html")
    assert len(problems) == 1 and "1 site (blogspot.com), not an official host" in problems[0]


def test_medium_without_an_address_is_reported(tmp_path: Path) -> None:
    assert _problems(tmp_path, "medium", None) == [
        "notes.yaml:11:21: confidence 'medium' is more than the sources carry: 'medium' needs a source with an "
        "address; they have no source with an address to follow, so at most 'low' "
        "(bodies[0].editorial.since_2025.confidence)"
    ]


@pytest.mark.parametrize(("confidence", "urls"), [
    ("high", ("https://yentruong.thanhhoa.gov.vn/bai-610145",)),  # one official host
    ("high", ("https://vbpl.vn/tw/Pages/vbpq-toanvan.aspx?ItemID=110300",)),
    ("high", ("https://znews.vn/a-post1.html", "https://plo.vn/b-post2.html")),  # two independent sites
    ("medium", ("https://znews.vn/a-post1.html",)),
    ("low", (None,)),
])
def test_confidence_the_sources_carry_passes(tmp_path: Path, confidence: str, urls: tuple[str | None, ...]) -> None:
    assert _problems(tmp_path, confidence, *urls) == []


def test_a_tag_page_is_refused_and_counts_for_nothing(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "high", "https://ict.thainguyen.gov.vn/tag/bac-kan")
    assert problems == [
        "notes.yaml:9:58: 'https://ict.thainguyen.gov.vn/tag/bac-kan' is a tag or listing page, whose content "
        "changes: cite the article itself (bodies[0].editorial.since_2025.sources[0].url)",
        "notes.yaml:11:21: confidence 'high' is more than the sources carry: 'high' needs a source on an official "
        "host or sources on two independent sites; they have no source with an address to follow, so at most 'low' "
        "(bodies[0].editorial.since_2025.confidence)",
    ]


def test_an_amp_copy_is_refused(tmp_path: Path) -> None:
    url = "https://www.vietnamplus.vn/thong-tin-chi-tiet-post1047526.amp"
    assert _problems(tmp_path, "medium", url) == [
        f"notes.yaml:9:58: '{url}' is an AMP copy: cite the page's canonical address "
        "(bodies[0].editorial.since_2025.sources[0].url)"
    ]


@pytest.mark.parametrize(("url", "site"), [
    ("https://news.laodong.vn/x.ldo", "laodong.vn"),
    ("https://www.vietnamplus.vn/x.vnp", "vietnamplus.vn"),
    ("https://ict.thainguyen.gov.vn/x", "thainguyen.gov.vn"),
    ("https://thegioitiepthi.danviet.vn/x", "danviet.vn"),
    ("https://vanban.chinhphu.vn/?pageid=27160&docid=184566", "chinhphu.vn"),
])
def test_sites_are_registered_domains(url: str, site: str) -> None:
    assert site_of(url) == site


@pytest.mark.parametrize("url", [
    "https://find-law.asia/tin-tuc?tag=b%E1%BA%AFc+k%E1%BA%A1n", "https://docbao.vn/tags/sap-nhap-so",
    "https://baoxuan.vov.vn/tu-khoa/sap-xep-tag19290?page=16", "https://vbpl.vn/",
])
def test_listing_pages_are_recognised(url: str) -> None:
    assert listing_fault(url)


@pytest.mark.parametrize("url", ["https://hanoionline.vn/amp/ha-noi-287933.htm", "https://x.vn/a-post1.amp",
                                 "https://x.vn/a?amp"])
def test_amp_addresses_are_recognised(url: str) -> None:
    assert amp_fault(url)


def test_the_canonical_address_and_an_article_are_not_faults() -> None:
    url = "https://www.vietnamplus.vn/thong-tin-chi-tiet-ve-34-tinh-thanh-pho-tren-ca-nuoc-tu-ngay-17-post1047526.vnp"
    assert amp_fault(url) == "" and listing_fault(url) == ""
    assert allowed_confidence([url, url.replace("1047526", "1043830")])[0] == "medium"
