"""Safe Markdown from data text: escaping, links between pages, and instrument mentions as links.

Text from the data is data. Every character that Markdown, HTML or a template engine could
read as syntax is written as a numeric character reference, so ``<script>``, ``{{ x }}``,
``{% x %}`` or ``**bold**`` inside the YAML show up on the page exactly as typed.
"""

from __future__ import annotations

import html
import json
import posixpath
from collections.abc import Iterable

from plan_site.model.dates import reader_date
from plan_site.model.mentions import mention_pattern
from plan_site.model.types import Instrument, Lang
from plan_site.site import routes

_SYNTAX = set("\\`*_{}[]()<>#+-.!|~^=&:$@\"'%")


def escape(text: str) -> str:
    """Data text as inert Markdown: syntax characters become numeric references."""
    return "".join(f"&#{ord(ch)};" if ch in _SYNTAX else ch for ch in text)


def attribute(text: str) -> str:
    """Data text inside a double-quoted HTML attribute."""
    return escape(text)


def rel(from_page: str, to_page: str, anchor: str = "") -> str:
    """A relative Markdown link from one source page (``a/b.md``) to another, which MkDocs checks."""
    target = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return f"{target}#{anchor}" if anchor else target


def href(from_page: str, to_page: str, anchor: str = "") -> str:
    """A relative address between two source pages' published (directory) URLs, for raw HTML,
    which MkDocs does not rewrite: from ``guides/a.md`` to ``agencies/b.md`` is ``../../agencies/b/``."""
    if to_page == from_page:
        return f"#{anchor}"
    here, there = routes.page_address("", from_page), routes.page_address("", to_page)
    target = posixpath.relpath(there or ".", here or ".") + "/"
    return f"{target}#{anchor}" if anchor else target


def time_html(iso: str, lang: Lang) -> str:
    """A date (or a year or month) as readers write it, with its ISO form in ``datetime`` for machines.
    ``reader_date`` accepts only digits and hyphens, so the ISO form needs no escaping."""
    shown = reader_date(iso, lang)
    return f'<time datetime="{iso}">{escape(shown)}</time>'


def link(label_markdown: str, from_page: str, to_page: str, anchor: str = "") -> str:
    """A Markdown link whose label is already-escaped Markdown."""
    return f"[{label_markdown}]({rel(from_page, to_page, anchor)})"


def linked_text(text: str, lang: Lang, from_page: str, instruments: Iterable[Instrument]) -> str:
    """Escaped text in which every mention of a cited instrument links to its page."""
    pattern, names = mention_pattern(instruments, lang)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last : match.start()]))
        target = routes.instrument(names[match.group(0).lower()])
        out.append(f'[{escape(match.group(0))}]({rel(from_page, target)}){{: .instrument-link }}')
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def scrolling(figure_html: str, title_id: str, hint: str) -> str:
    """A figure drawn at the size it is read at, in a box that scrolls sideways when the screen is narrower
    (reuse.css), so a phone does not shrink its labels. The box takes keyboard focus, so it scrolls with
    the arrow keys too, and is named by the figure's own title (``title_id``). Above it, on narrow screens
    only, ``hint`` (plain text) says that it scrolls: a cut-off figure does not say so itself."""
    return (f'<p class="figure-scroll__hint">{escape(hint)}</p>\n'
            f'<div class="figure-scroll" tabindex="0" role="group" aria-labelledby="{title_id}">\n'
            f"{figure_html}\n</div>")


def front_matter(title: str, description: str, settings: dict[str, object] | None = None) -> str:
    """YAML front matter. Themes print these values into HTML unescaped, so they are escaped here;
    JSON strings are valid YAML and need no further quoting rules. ``settings`` are the theme's
    page settings (e.g. ``hide``), written as they are."""
    fields = {"title": html.escape(title), "description": html.escape(description), **(settings or {})}
    return "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in fields.items()) + "---\n\n"
