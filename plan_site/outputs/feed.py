"""The changelog as an Atom 1.0 feed per language (RFC 4287), so readers can follow the data as it changes.

Every date comes from data/changelog.yaml, never from the clock, so two builds of one commit give the
same bytes. Ids are tag URIs (RFC 4151) minted from the site's host and path and the changelog's first
date: permanent for this publisher, and different for a fork published elsewhere. Links are absolute,
from ``site_url``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from plan_site.model.plan import Plan
from plan_site.model.types import Change, Lang
from plan_site.site import routes
from plan_site.site.labels import t

ATOM = "http://www.w3.org/2005/Atom"
FEED_TYPE = "application/atom+xml"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def feed_address(site_root: str, lang: Lang) -> str:
    """Where one language's feed is published: ``feed.xml`` at that language's root."""
    return routes.language_root(site_root, lang) + routes.FEED


def tag_uri(site_root: str, plan: Plan, lang: Lang, name: str) -> str:
    """A permanent id: ``tag:host,first-date:/path/lang-root/name`` (the first date the changelog records)."""
    root = urlsplit(routes.language_root(site_root, lang))
    if not root.hostname:
        raise ValueError(f"the Atom feed needs an absolute site_url, got {site_root!r}")
    first = min(change.date for change in plan.changelog)
    return f"tag:{root.hostname},{first}:{root.path}{name}"


def atom_feed(plan: Plan, lang: Lang, site_root: str) -> str:
    """One language's feed: the site's changes, newest first, each linking to its entry on the page."""
    ET.register_namespace("", ATOM)
    page = routes.page_address(routes.language_root(site_root, lang), routes.CHANGES)
    feed = ET.Element(_atom("feed"), {_XML_LANG: lang})
    _text(feed, "id", tag_uri(site_root, plan, lang, "changes"))
    _text(feed, "title", f"{t('whats_new', lang)}: {plan.meta.title[lang]}")
    _text(feed, "subtitle", t("whats_new_intro", lang))
    _text(feed, "updated", _timestamp(max(change.date for change in plan.changelog)))
    ET.SubElement(feed, _atom("link"), {"rel": "self", "type": FEED_TYPE, "href": feed_address(site_root, lang)})
    ET.SubElement(feed, _atom("link"), {"rel": "alternate", "type": "text/html", "href": page})
    author = ET.SubElement(feed, _atom("author"))
    _text(author, "name", t("feed_author", lang))
    _text(author, "uri", routes.language_root(site_root, lang))
    _text(feed, "rights", t("licence_mixed", lang))
    for change in plan.changelog:
        feed.append(_entry(plan, change, lang, site_root, page))
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _entry(plan: Plan, change: Change, lang: Lang, site_root: str, page: str) -> ET.Element:
    entry = ET.Element(_atom("entry"))
    _text(entry, "id", tag_uri(site_root, plan, lang, f"changes/{change.id}"))
    _text(entry, "title", change.title[lang])
    ET.SubElement(entry, _atom("link"), {"rel": "alternate", "type": "text/html", "href": f"{page}#{change.id}"})
    _text(entry, "published", _timestamp(change.date))
    _text(entry, "updated", _timestamp(change.date))
    ET.SubElement(entry, _atom("category"), {"term": change.kind, "label": t(f"change_{change.kind}", lang)})
    _text(entry, "summary", change.for_readers[lang])  # what changed for a reader; the detail is on the page
    return entry


def _atom(name: str) -> str:
    return f"{{{ATOM}}}{name}"


def _text(parent: ET.Element, name: str, value: str) -> None:
    ET.SubElement(parent, _atom(name)).text = value


def _timestamp(day: str) -> str:
    """A changelog day as an RFC 3339 date-time: the revision is dated by its day, at midnight UTC."""
    return f"{day}T00:00:00Z"
