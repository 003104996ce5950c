"""Published addresses of pages and duties, so data files and metadata can link back to the site.

The site is built with directory URLs (MkDocs' default): ``agencies/cong-an-tinh.md`` is published
at ``agencies/cong-an-tinh/``. Vietnamese lives at the site root, English under ``en/``.
"""

from __future__ import annotations

from .model import Duty, Lang, Plan


def language_root(site_root: str, lang: Lang) -> str:
    """The root address of one language, from the site's root address (``site_url``)."""
    root = site_root.rstrip("/") + "/"
    return root + "en/" if lang == "en" else root


def page_address(root: str, source_path: str, anchor: str = "") -> str:
    """The absolute address of a source page (``a/b.md`` or ``a/index.md``) under a language root."""
    path = source_path.removesuffix(".md")
    path = "" if path == "index" else path.removesuffix("/index") + "/"
    return f"{root}{path}#{anchor}" if anchor else f"{root}{path}"


def duty_address(plan: Plan, duty: Duty, site_root: str, lang: Lang) -> str:
    """A duty's permalink: its agency page and its stable anchor."""
    slug = plan.assignment_of(duty).slug
    return page_address(language_root(site_root, lang), f"agencies/{slug}.md", duty.anchor)


def site_root_of(site_url: str, lang: Lang) -> str:
    """The published root (the Vietnamese site) from one language build's ``site_url``."""
    root = site_url.rstrip("/") + "/"
    return root.removesuffix("en/") if lang == "en" else root
