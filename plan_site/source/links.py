"""Checks on the web addresses in the data, beyond the schema's ``https://`` form.

An instrument's ``links`` are offered to readers as official sources of law, so they must lead to
an official publisher of Vietnamese legal texts. Every address (links and notes' sources)
must be a plain public https address: a named host, no credentials, no port, no spaces or quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from plan_site.source.problems import Problem
from plan_site.source.yaml_source import SourceMap, join_path

# Official publishers of Vietnamese legal texts: the National Database of Legal Documents (vbpl.vn),
# the Government portal and Official Gazette (chinhphu.vn, congbao.chinhphu.vn), the National
# Assembly (quochoi.vn) and state bodies under gov.vn (ministries, provinces such as backan.gov.vn).
OFFICIAL_HOSTS = ("vbpl.vn", "chinhphu.vn", "quochoi.vn", "gov.vn")
_SCHEMA_FORM = re.compile(r"^https://\S+$")  # the form data/schema.json requires
_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$")
_UNSAFE = re.compile(r"[\s\"'<>\\^`{|}\x00-\x1f\x7f]")


def check_links(data: Any, source: SourceMap) -> list[Problem]:
    """Every address in the data: well-formed; instruments' official links from official hosts."""
    problems = []
    for path, url, official in _addresses(data):
        if not _SCHEMA_FORM.match(url):
            continue  # the schema already reports it
        fault = address_fault(url) or (official_fault(url) if official else "")
        if fault:
            problems.append(source.problem(path, fault))
    return problems


def address_fault(url: str) -> str:
    """Why an address is not a plain public https address; empty when it is."""
    if _UNSAFE.search(url):
        return f"'{url}' contains a quote or other character not allowed in an address"
    try:
        parts = urlsplit(url)
    except ValueError:  # an unclosed '[' of an IPv6 host, say
        return f"'{url}' is not a valid address"
    if "@" in parts.netloc:
        return f"'{url}' must not carry a user name or password"
    if ":" in parts.netloc:
        return f"'{url}' must not name a port"
    if not _HOST.match(parts.netloc):
        return f"'{url}' has no valid public host name"
    return ""


def official_fault(url: str) -> str:
    """Why an address is not on an official publisher of Vietnamese law; empty when it is."""
    host = urlsplit(url).hostname or ""
    if any(host == allowed or host.endswith("." + allowed) for allowed in OFFICIAL_HOSTS):
        return ""
    return f"'{host}' is not an official source of Vietnamese law (allowed: {', '.join(OFFICIAL_HOSTS)})"


def _addresses(node: Any, path: str = "") -> Iterator[tuple[str, str, bool]]:
    """(path, address, is an official link) for every address anywhere in the data."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = join_path(path, key)
            if key == "url" and _is_note_source(path) and isinstance(value, str):
                yield here, value, False
            elif key == "links" and path.startswith("instruments[") and isinstance(value, list):
                for index, link in enumerate(value):
                    if isinstance(link, dict) and isinstance(link.get("url"), str):
                        yield join_path(join_path(here, index), "url"), link["url"], True
            else:
                yield from _addresses(value, here)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _addresses(value, join_path(path, index))


def _is_note_source(path: str) -> bool:
    """Whether a data path is one of an editorial note's sources (``….sources[0]``)."""
    return path.rsplit(".", 1)[-1].startswith("sources[")
