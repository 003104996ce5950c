"""Small corrections to the theme's own markup, so every page is valid HTML and accessible.

Material for MkDocs writes a few things the Nu Html Checker or axe-core reject; its templates
keep them outside any overridable block, so they are corrected in the finished page instead.
Each fix matches the theme's exact markup: if an upgrade changes it, the fix stops applying and
the HTML validity and accessibility tests name the new problem.
"""

from __future__ import annotations

import html
import re

# `autocomplete` is not allowed on checkboxes (HTML: only text-like, date-like and hidden inputs).
_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*type="checkbox"[^>]*?) autocomplete="off"')
# The search overlay is a dialog and holds a search landmark; both need an accessible name (WAI-ARIA),
# which also tells this landmark apart from any other search form on the page.
_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
_SEARCH_LANDMARK = '<div class="md-search__inner" role="search">'
_SEARCH_NAME = re.compile(r'<input type="text" class="md-search__input" name="query" aria-label="([^"]*)"')
# The footer's previous/next links escape an already-escaped title a second time in aria-label.
_FOOTER_LABEL = re.compile(r'(<a [^>]*class="md-footer__link [^"]*" aria-label=")([^"]*)(")')
# The theme's <link rel="alternate" hreflang> tags point at a language's root, not at this page, and are
# relative. Each page gets absolute ones naming itself in each language instead (hooks/metadata.py).
_ALTERNATE = re.compile(r'\n\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
# The table of contents' title points at a `__toc` switch that section index pages do not have.
_TOC_LABEL = '<label class="md-nav__title" for="__toc">'


def conform(page: str) -> str:
    """The page with the theme's invalid or inaccessible markup corrected."""
    page = _CHECKBOX_AUTOCOMPLETE.sub(r"\1", page)
    page = _ALTERNATE.sub("", page)
    name = _SEARCH_NAME.search(page)
    if name:
        for tag in (_SEARCH_DIALOG, _SEARCH_LANDMARK):
            page = page.replace(tag, tag[:-1] + f' aria-label="{name.group(1)}">', 1)
    page = _FOOTER_LABEL.sub(_single_escaped, page)
    if 'id="__toc"' not in page:
        page = page.replace(_TOC_LABEL, '<label class="md-nav__title">')
    return page


def _single_escaped(match: re.Match[str]) -> str:
    """The label as readers see the visible title: decoded once, re-encoded for the attribute."""
    label = html.escape(html.unescape(html.unescape(match.group(2))))
    return f"{match.group(1)}{label}{match.group(3)}"
