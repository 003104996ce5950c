"""The 404 page: one small page that works from any address GitHub Pages serves it at, in both languages.

GitHub Pages answers every missing address with the root 404.html, whatever the folder, so the page
cannot know its own place: it loads nothing (its style is inline), names both languages, and links to
the published site. Its script (not_found.js) finds the site's root in the address the reader asked
for, shows the language of that part of the site, and points the links there, so a fork under another
name and a local preview work too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from markupsafe import Markup

from plan_site.model.types import LANGS, Lang, Text
from plan_site.outputs.feed import FEED_TYPE, feed_address
from plan_site.outputs.metadata import script_json
from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.site.render.template import asset, render_page

_LINKS = (("home", routes.HOME), ("original_text", routes.ORIGINAL), ("agencies", routes.AGENCIES),
          ("finder", routes.FINDER))


@dataclass(frozen=True)
class _Link:
    label: str
    address: str
    path: str


@dataclass(frozen=True)
class _Section:
    """What the page says in one language: the message, the main pages, a duty search and the help line for
    a child in danger (already HTML, from plan_site/site/render/hotline.py)."""

    lang: Lang
    title: str
    site_name: str
    text: str
    links: list[_Link]
    finder_path: str
    finder_address: str
    search_label: str
    search_button: str
    help_line: Markup


def _section(lang: Lang, site_root: str, site_name: str, help_line: str) -> _Section:
    root = routes.language_root(site_root, lang)
    links = [_Link(t(label, lang), routes.page_address(root, path), routes.page_address("", path))
             for label, path in _LINKS]
    finder = routes.page_address("", routes.FINDER)
    return _Section(lang, t("not_found_title", lang), site_name, t("not_found_text", lang), links, finder,
                    root + finder, t("not_found_search", lang), t("not_found_search_button", lang), Markup(help_line))


def not_found_page(site_root: str, lang: Lang, site_names: Text, help_lines: Mapping[str, str] | None = None) -> str:
    """The whole 404 page (templates/404.html); ``lang`` is the build's language, shown first and named until the
    script runs. ``site_names`` names the site in each language; ``help_lines`` holds each language's help line
    for a child in danger."""
    ordered = (lang,) + tuple(x for x in LANGS if x != lang)
    return render_page(
        "404.html", lang=lang, feed_type=FEED_TYPE, feed_title=t("feed_title", lang),
        feed_address=feed_address(site_root, lang), style=Markup(asset("not_found.css")),
        sections=[_section(x, site_root, site_names[x], (help_lines or {}).get(x, "")) for x in ordered],
        script=Markup(asset("not_found.js")), configured=Markup(script_json(urlsplit(site_root).path or "/")),
    )
