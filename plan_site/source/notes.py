"""Rules for editorial notes beyond their shape: honest dates, honest identification, earned confidence.

They run on the typed notes of a plan that fits the schema (plan_site.source.validate), each reported
at the data path the builder read the note from.

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
from collections.abc import Iterable, Iterator
from urllib.parse import parse_qsl, urlsplit

from plan_site.model.plan import Plan
from plan_site.model.types import Instrument, Note
from plan_site.source.checker import Checker
from plan_site.source.links import OFFICIAL_HOSTS, address_fault
from plan_site.source.problems import Problem
from plan_site.source.yaml_source import SourceMap, join_path


def check_notes(c: Checker) -> None:
    """Every editorial-note rule, over the typed notes of a plan that fits the schema."""
    for note in _notes(c.plan):
        c.problems += note_problems(note, c.at(note), c.source, c.plan.meta.last_checked)
    for note in _other_notes(c.plan):
        c.problems += note_problems(note, c.at(note), c.source, dated=False)
    for instrument in c.plan.instruments.values():
        _check_identification(c, instrument)


def note_problems(note: Note, path: str, source: SourceMap, last_checked: str = "",
                  dated: bool = True) -> list[Problem]:
    """The rules for one note read from ``path``: honest dates (unless not ``dated``), addresses of pages about
    the claim, and a confidence its sources carry."""
    problems = _check_dates(note, path, last_checked, source) if dated else []
    return problems + _check_addresses(note, path, source) + _check_confidence(note, path, source)


def _check_dates(note: Note, path: str, last_checked: str, source: SourceMap) -> list[Problem]:
    as_of = note.as_of
    problems = []
    if as_of and last_checked and as_of > last_checked:
        problems.append(source.problem(join_path(path, "as_of"), f"note is dated as of {as_of}, after the data "
                                       f"was last checked ({last_checked})"))
    for index, cited in enumerate(note.sources):
        date = cited.date
        if as_of and date > as_of[:len(date)]:
            problems.append(source.problem(join_path(path, f"sources[{index}].date"),
                                           f"source dated {date} is later than the note's as-of date ({as_of})"))
    return problems


def _check_identification(c: Checker, instrument: Instrument) -> None:
    identification = instrument.identification
    if instrument.number is None and identification is None:
        c.report(c.at(instrument, "number"),
                 "the text gives no number: add an editorial identification note saying what is known")
    elif identification is not None and identification.candidate is not None and instrument.number is not None:
        c.report(c.at(identification, "candidate"), f"a candidate document is only for an instrument without a "
                 f"number; this one has '{instrument.number}'")


def _notes(plan: Plan) -> Iterator[Note]:
    """Every editorial note on the data (with the guides' steps), the decision and the registries' records
    (whose dates are checked)."""
    yield from plan.meta.notes.values()
    yield from (step for guide in plan.meta.guides for step in guide.steps)
    candidates: list[Note | None] = [plan.decision.status, *(b.since_2025 for b in plan.bodies.values())]
    candidates += [n for i in plan.instruments.values() for n in (i.status, i.identification)]
    yield from (note for note in candidates if note is not None)


def _other_notes(plan: Plan) -> Iterator[Note]:
    """The help note and the relations' notes."""
    if plan.meta.help is not None:
        yield plan.meta.help.note
    yield from (r.note for r in plan.recorded_relations if r.note is not None)


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


def allowed_confidence(urls: Iterable[str | None]) -> tuple[str, list[str], int]:
    """The highest confidence sources at these addresses carry (None: a source without one), with the
    independent sites and the official ones among them."""
    sites: list[str] = []
    official = 0
    for url in urls:
        if not _followable(url) or listing_fault(url):
            continue  # no address to follow (the project's own reading, a print copy), or a listing
        official += is_official(url)
        if site_of(url) not in sites:
            sites.append(site_of(url))
    level = "high" if official or len(sites) >= 2 else "medium" if sites else "low"
    return level, sites, official


def _followable(url: str | None) -> bool:
    """A well-formed https address (a malformed one is reported by plan_site.source.links and counts for nothing)."""
    return isinstance(url, str) and url.startswith("https://") and " " not in url and not address_fault(url)


def _check_confidence(note: Note, path: str, source: SourceMap) -> list[Problem]:
    stated = note.confidence
    if not note.sources or not all(cited.url is None or _followable(cited.url) for cited in note.sources):
        return []  # the address check has said what is wrong with the sources
    allowed, sites, _ = allowed_confidence(cited.url for cited in note.sources)
    if CONFIDENCE.index(stated) <= CONFIDENCE.index(allowed):
        return []
    found = (f"{len(sites)} site ({sites[0]}), not an official host" if sites
             else "no source with an address to follow")
    rule = ("'high' needs a source on an official host or sources on two independent sites" if stated == "high"
            else "'medium' needs a source with an address")
    return [source.problem(join_path(path, "confidence"),
                           f"confidence '{stated}' is more than the sources carry: {rule}; they have {found}, "
                           f"so at most '{allowed}'")]


def _check_addresses(note: Note, path: str, source: SourceMap) -> list[Problem]:
    problems = []
    for index, cited in enumerate(note.sources):
        if _followable(cited.url):
            fault = listing_fault(cited.url) or amp_fault(cited.url)
            if fault:
                problems.append(source.problem(join_path(path, f"sources[{index}].url"), fault))
    return problems
