"""Markup kept as markup: Jinja templates (plan_site/site/templates/) that renderers fill from typed rows."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from plan_site.site.render.markup import escape


@cache
def environment() -> Environment:
    """One environment: an unknown name fails loudly; data text is escaped by the `text` filter
    (markup.escape), which also keeps it inert inside the Markdown the figure sits in."""
    env = Environment(loader=PackageLoader("plan_site.site", "templates"), autoescape=False,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["text"] = escape
    return env


def render_figure(name: str, **values: object) -> str:
    """A figure as one line of markup: templates are written one element a line, and SVG ignores them."""
    rendered = environment().get_template(name).render(**values)
    return "".join(line.strip() for line in rendered.splitlines())
