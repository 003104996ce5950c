"""MkDocs hook: per-language settings derived from the shared base configuration and the data.

The site's name and description are the plan's own (data/duties.yaml, meta.site), in each language.

`site_url` is set once in mkdocs.yml (or the SITE_URL environment variable); the English
build lives under `en/` of it. The language selector links to the same page in the other
language (see overrides/partials/alternate.html); each language's absolute root (`url`) gives
the sitemap its hreflang alternates (overrides/sitemap.xml).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.source.load import current_plan

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    lang = config["theme"]["language"]
    meta = current_plan().meta
    config["site_name"] = meta.site_name[lang]
    config["site_description"] = meta.site_description[lang]
    site_root = routes.site_root_of(config["site_url"], lang) if config.get("site_url") else ""
    if site_root:
        config["site_url"] = routes.language_root(site_root, lang)
    # `prefix` leads from this build's root to the other build's root, relatively, so links work
    # on any host and under any repository path; `url` is that root's published address.
    config["extra"]["alternate"] = [
        {"name": name, "lang": code, "prefix": _prefix(lang, code),
         "url": routes.language_root(site_root, code) if site_root else ""}
        for code, name in LANGUAGES.items()
    ]
    config["mdx_configs"]["toc"]["permalink_title"] = t("heading_permalink", lang)
    config["extra"]["feed_title"] = t("feed_title", lang)  # the head's link to the feed (overrides/main.html)
    config["extra"]["feed"] = routes.FEED
    if lang == "en":
        config["extra"]["notice"] = t("unofficial_notice", lang)
        config["extra"]["notice_link"] = t("read_in_other_language", lang)
    return config


def _prefix(current: str, target: str) -> str:
    if current == target:
        return ""
    return "en/" if target == "en" else "../"
