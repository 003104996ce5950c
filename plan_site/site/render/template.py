"""Markup kept as markup: Jinja templates (plan_site/site/templates/) that renderers fill from typed rows."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader, StrictUndefined

from plan_site.site.render.markup import escape

TEMPLATES = "templates"


@cache
def _environment(html: bool) -> Environment:
    """An unknown name fails loudly. Pages (``html``) escape every value, as HTML does; figures, which sit in
    Markdown, escape data text through the `text` filter (markup.escape), which keeps it inert there too."""
    env = Environment(loader=PackageLoader("plan_site.site", TEMPLATES), autoescape=html,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["text"] = escape
    return env


def render_figure(name: str, **values: object) -> str:
    """A figure as one line of markup: templates are written one element a line, and SVG ignores them."""
    rendered = _environment(False).get_template(name).render(**values)
    return "".join(line.strip() for line in rendered.splitlines())


def render_page(name: str, **values: object) -> str:
    """A whole HTML page, every value escaped unless it is already markup (markupsafe.Markup)."""
    return _environment(True).get_template(name).render(**values)


def asset(name: str) -> str:
    """A file kept beside the templates (a page's inline style or script), without its final newline."""
    return files("plan_site.site").joinpath(TEMPLATES, name).read_text(encoding="utf-8").strip()
