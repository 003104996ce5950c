"""Addresses in the data: official sources of law come from official hosts; every address is plain https."""

from __future__ import annotations

import pytest

from plan_site.source.links import address_fault, official_fault

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("url", [
    "https://vbpl.vn/",
    "https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=110915",
    "https://congbao.chinhphu.vn/van-ban/quyet-dinh-so-1472-qd-ttg-32070.htm",
    "https://backan.gov.vn/Pages/default.aspx",
    "https://quochoi.vn/",
])
def test_official_sources_pass(url: str) -> None:
    assert address_fault(url) == ""
    assert official_fault(url) == ""


@pytest.mark.parametrize("url", [
    "https://thuvienphapluat.vn/van-ban/abc.aspx",
    "https://notgov.vn/x",              # ends in 'gov.vn' but is not under gov.vn
    "https://vbpl.vn.example.com/x",    # starts like an official host
])
def test_other_hosts_are_not_official_sources(url: str) -> None:
    assert "not an official source" in official_fault(url)


@pytest.mark.parametrize(("url", "words"), [
    ("https://vbpl.vn@example.org/x", "user name"),
    ("https://vbpl.vn:8443/x", "port"),
    ('https://vbpl.vn/"onmouseover', "quote"),
    ("https://vbpl.vn/a<b", "quote or other character"),
    ("https://localhost/x", "host name"),
    ("https://127.0.0.1/x", "host name"),
    ("https://Vbpl.VN/x", "host name"),
    ("https:///x", "host name"),
])
def test_malformed_addresses_are_named(url: str, words: str) -> None:
    assert words in address_fault(url)
