"""The 404 page: one small page that works from any address GitHub Pages serves it at, in both languages.

GitHub Pages answers every missing address with the root 404.html, whatever the folder, so the page
cannot know its own place: it loads nothing (its style is inline), names both languages, and links to
the published site. Its script (not_found.js) finds the site's root in the address the reader asked
for, shows the language of that part of the site, and points the links there, so a fork under another
name and a local preview work too.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from importlib.resources import files
from urllib.parse import urlsplit

from plan_site.model.types import LANGS, Lang, Text
from plan_site.outputs.feed import FEED_TYPE, feed_address
from plan_site.outputs.metadata import script_json
from plan_site.site import routes
from plan_site.site.labels import t

_LINKS = (("home", routes.HOME), ("original_text", routes.ORIGINAL), ("agencies", routes.AGENCIES),
          ("finder", routes.FINDER))


def _asset(name: str) -> str:
    return files(__package__).joinpath(name).read_text(encoding="utf-8").strip()


def _section(lang: Lang, site_root: str, site_name: str, help_line: str) -> str:
    """What the page says in one language: the message, the help line for a child in danger (escaped
    HTML, plan_site/render/hotline.py), the main pages and a duty search."""
    root = routes.language_root(site_root, lang)
    title = html.escape(t("not_found_title", lang))
    links = "".join(
        f'<li><a href="{html.escape(routes.page_address(root, path), quote=True)}" data-path="{routes.page_address("", path)}">'
        f"{html.escape(t(label, lang))}</a></li>"
        for label, path in _LINKS
    )
    finder = routes.page_address("", routes.FINDER)
    return (
        f'<section lang="{lang}" data-lang="{lang}" data-title="{title} – {html.escape(site_name)}">\n'
        f'<p class="site-name">{html.escape(site_name)}</p>\n'
        f"<h1>{title}</h1>\n<p>{html.escape(t('not_found_text', lang))}</p>\n"
        f"<ul>{links}</ul>\n"
        f'<form action="{html.escape(root + finder, quote=True)}" data-path="{finder}" method="get" role="search" '
        f'aria-labelledby="find-{lang}">\n'
        f'<label id="find-{lang}" for="text-{lang}">{html.escape(t("not_found_search", lang))}</label>\n'
        f'<input id="text-{lang}" name="text" type="search">\n'
        f'<button type="submit">{html.escape(t("not_found_search_button", lang))}</button>\n'
        "</form>\n"
        + (f'<p class="help-line">{help_line}</p>\n' if help_line else "")
        + "</section>\n"
    )


def not_found_page(site_root: str, lang: Lang, site_names: Text, help_lines: Mapping[str, str] | None = None) -> str:
    """The whole 404 page; ``lang`` is the build's language, shown first and named until the script runs.
    ``site_names`` names the site in each language; ``help_lines`` holds each language's help line for a
    child in danger."""
    ordered = (lang,) + tuple(x for x in LANGS if x != lang)
    title = " · ".join(html.escape(t("not_found_title", x)) for x in ordered)
    configured = script_json(urlsplit(site_root).path or "/")
    return (
        f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n<link rel="icon" href="data:,">\n'
        f'<link rel="alternate" type="{FEED_TYPE}" title="{html.escape(t("feed_title", lang))}" '
        f'href="{html.escape(feed_address(site_root, lang), quote=True)}">\n'
        f"<title>{title}</title>\n<style>{_asset('not_found.css')}</style>\n</head>\n<body>\n<main>\n"
        + "".join(_section(x, site_root, site_names[x], (help_lines or {}).get(x, "")) for x in ordered)
        + f"</main>\n<script>{_asset('not_found.js')}({configured});</script>\n</body>\n</html>\n"
    )
