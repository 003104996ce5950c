"""Rules for editorial notes beyond their shape: honest dates, honest identification, earned confidence.

The schema already requires every note to carry sources, an as-of date and a confidence. These
rules check what the schema cannot: a note cannot hold for a later date than the data was checked,
a source cannot be dated after the note that cites it, an instrument the text cites without a
number says how it was identified, and an editorial candidate document is offered only for such
an instrument (never as a second identity for a numbered one).

Confidence is computed from the sources by the rule in docs/maintainers/editorial-confidence.md:
only a source with an address counts (the project's own reading or search is no evidence); "high"
needs one on an official host or sources on two independent sites, "medium" one such source, and
"low" is always allowed. A note rated above what its sources carry is reported. A source's address
must be a page about the claim at its canonical address: tag and listing pages and AMP copies are
refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from plan_site.source.links import OFFICIAL_HOSTS, address_fault
from plan_site.source.problems import Problem
from plan_site.source.yaml_source import SourceMap, join_path


def check_notes(data: Any, source: SourceMap) -> list[Problem]:
    """Every editorial-note rule, over the raw data (which may already have failed the schema)."""
    if not isinstance(data, dict):
        return []
    meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
    last_checked = meta.get("last_checked") if isinstance(meta.get("last_checked"), str) else None
    problems = []
    for path, note in _notes(data):
        problems += _check_dates(note, path, last_checked, source)
    for path, note in every_note(data):
        problems += _check_addresses(note, path, source) + _check_confidence(note, path, source)
    for path, instrument in _mappings(data.get("instruments"), "instruments"):
        problems += _check_identification(instrument, path, source)
    return problems


def _check_dates(note: dict[str, Any], path: str, last_checked: str | None, source: SourceMap) -> list[Problem]:
    as_of = note.get("as_of") if isinstance(note.get("as_of"), str) else None
    problems = []
    if as_of and last_checked and as_of > last_checked:
        problems.append(source.problem(join_path(path, "as_of"),
                                       f"note is dated as of {as_of}, after the data was last checked ({last_checked})"))
    for source_path, cited in _mappings(note.get("sources"), join_path(path, "sources")):
        date = cited.get("date")
        if as_of and isinstance(date, str) and date > as_of[:len(date)]:
            problems.append(source.problem(join_path(source_path, "date"),
                                           f"source dated {date} is later than the note's as-of date ({as_of})"))
    return problems


def _check_identification(instrument: dict[str, Any], path: str, source: SourceMap) -> list[Problem]:
    editorial = instrument.get("editorial") if isinstance(instrument.get("editorial"), dict) else {}
    identification = editorial.get("identification")
    if instrument.get("number") is None and not isinstance(identification, dict):
        return [source.problem(join_path(path, "number"),
                               "the text gives no number: add an editorial identification note saying what is known")]
    if isinstance(identification, dict) and "candidate" in identification and instrument.get("number") is not None:
        return [source.problem(join_path(path, "editorial.identification.candidate"),
                               f"a candidate document is only for an instrument without a number; this one has "
                               f"'{instrument.get('number')}'")]
    return []


def _notes(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(path, note) for every editorial note in the data."""
    meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
    editorial = meta.get("editorial") if isinstance(meta.get("editorial"), dict) else {}
    for key, note in editorial.items():
        if isinstance(note, dict):
            yield join_path("meta.editorial", key), note
    decision = data.get("decision") if isinstance(data.get("decision"), dict) else {}
    yield from _editorial_notes(decision, "decision")
    for kind in ("bodies", "instruments"):
        for path, record in _mappings(data.get(kind), kind):
            yield from _editorial_notes(record, path)


def _editorial_notes(record: dict[str, Any], path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    editorial = record.get("editorial") if isinstance(record.get("editorial"), dict) else {}
    for key in ("status", "since_2025", "identification"):
        if isinstance(editorial.get(key), dict):
            yield join_path(join_path(path, "editorial"), key), editorial[key]


def _mappings(value: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield join_path(path, index), item


def every_note(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(path, note) for every editorial note: those of _notes, the help note and the relations' notes."""
    yield from _notes(data)
    meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
    help_ = meta.get("help") if isinstance(meta.get("help"), dict) else {}
    if isinstance(help_.get("editorial"), dict):
        yield "meta.help.editorial", help_["editorial"]
    for path, relation in _mappings(data.get("relations"), "relations"):
        if isinstance(relation.get("note"), dict):
            yield join_path(path, "note"), relation["note"]


# ---------------------------------------------------------------- confidence from the sources

CONFIDENCE = ("low", "medium", "high")
# Second-level domains under which each registration is its own site: news.laodong.vn and laodong.vn are
# one site, ict.thainguyen.gov.vn and yentruong.thanhhoa.gov.vn are two (thainguyen.gov.vn, thanhhoa.gov.vn).
_SECOND_LEVEL = {"com.vn", "net.vn", "org.vn", "gov.vn", "edu.vn", "ac.vn", "info.vn", "int.vn", "pro.vn",
                 "biz.vn", "name.vn", "health.vn", "co.uk", "org.uk", "gov.uk", "com.au"}
# A listing of articles, not an article: /tag/…, /tags/…, /tu-khoa/…, /chu-de/…, /search…, ?tag=…
_LISTING_SEGMENTS = {"tag", "tags", "tu-khoa", "chu-de", "search", "tim-kiem", "tin-tuc-theo-tag"}
_LISTING_QUERY = {"tag", "tags", "tukhoa", "keyword", "q"}
_AMP = re.compile(r"(?:^|[/.])amp(?:/|\.html?)?$")


def site_of(url: str) -> str:
    """The site an address belongs to (its registered domain), so two pages of one publisher count once."""
    labels = (urlsplit(url).hostname or "").lower().removeprefix("www.").split(".")
    size = 3 if ".".join(labels[-2:]) in _SECOND_LEVEL else 2
    return ".".join(labels[-size:])


def is_official(url: str) -> bool:
    """On an official host (vbpl.vn, chinhphu.vn, quochoi.vn, *.gov.vn): the same list as official links."""
    host = (urlsplit(url).hostname or "").lower()
    return any(host == allowed or host.endswith("." + allowed) for allowed in OFFICIAL_HOSTS)


def listing_fault(url: str) -> str:
    """Why an address is not a page about one claim (a tag, search or listing page); empty when it is one."""
    parts = urlsplit(url)
    segments = [s.lower() for s in parts.path.split("/") if s]
    if not segments and not parts.query:
        return f"'{url}' is a site's home page, not a page about the claim: cite the article itself"
    if _LISTING_SEGMENTS & set(segments) or any(k.lower() in _LISTING_QUERY for k, _ in parse_qsl(parts.query)):
        return f"'{url}' is a tag or listing page, whose content changes: cite the article itself"
    return ""


def amp_fault(url: str) -> str:
    """Why an address is an AMP copy rather than the page's canonical address; empty when it is not."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    amp = (_AMP.search(parts.path.lower()) or "/amp/" in parts.path.lower() or host.startswith("amp.")
           or any(k.lower() == "amp" for k, _ in parse_qsl(parts.query, keep_blank_values=True)))
    return f"'{url}' is an AMP copy: cite the page's canonical address" if amp else ""


def allowed_confidence(sources: Any) -> tuple[str, list[str], int]:
    """The highest confidence the sources carry, with the independent sites and the official ones among them."""
    sites: list[str] = []
    official = 0
    for cited in sources if isinstance(sources, list) else ():
        url = cited.get("url") if isinstance(cited, dict) else None
        if not _followable(url) or listing_fault(url):
            continue  # no address to follow (the project's own reading, a print copy), or a listing
        official += is_official(url)
        if site_of(url) not in sites:
            sites.append(site_of(url))
    level = "high" if official or len(sites) >= 2 else "medium" if sites else "low"
    return level, sites, official


def _followable(url: Any) -> bool:
    """A well-formed https address (a malformed one is reported by plan_site.links and counts for nothing)."""
    return isinstance(url, str) and url.startswith("https://") and " " not in url and not address_fault(url)


def _well_formed(cited: Any) -> bool:
    """A source with a publisher and a title, whose address, if it has one, can be followed."""
    return (isinstance(cited, dict) and isinstance(cited.get("publisher"), str) and isinstance(cited.get("title"), str)
            and ("url" not in cited or _followable(cited["url"])))


def _check_confidence(note: dict[str, Any], path: str, source: SourceMap) -> list[Problem]:
    stated = note.get("confidence")
    if stated not in CONFIDENCE:
        return []  # the schema reports it
    sources = note.get("sources")
    if not isinstance(sources, list) or not sources or not all(_well_formed(cited) for cited in sources):
        return []  # the schema, or the address check, has said what is wrong with the sources
    allowed, sites, _ = allowed_confidence(sources)
    if CONFIDENCE.index(stated) <= CONFIDENCE.index(allowed):
        return []
    found = (f"{len(sites)} site ({sites[0]}), not an official host" if sites
             else "no source with an address to follow")
    rule = ("'high' needs a source on an official host or sources on two independent sites" if stated == "high"
            else "'medium' needs a source with an address")
    return [source.problem(join_path(path, "confidence"),
                           f"confidence '{stated}' is more than the sources carry: {rule}; they have {found}, "
                           f"so at most '{allowed}'")]


def _check_addresses(note: dict[str, Any], path: str, source: SourceMap) -> list[Problem]:
    problems = []
    for source_path, cited in _mappings(note.get("sources"), join_path(path, "sources")):
        url = cited.get("url")
        if _followable(url):
            fault = listing_fault(url) or amp_fault(url)
            if fault:
                problems.append(source.problem(join_path(source_path, "url"), fault))
    return problems
