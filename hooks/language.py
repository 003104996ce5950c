"""MkDocs hook: per-language settings derived from the shared base configuration.

`site_url` is set once in mkdocs.yml (or the SITE_URL environment variable); the English
build lives under `en/` of it. The language selector links to the same page in the other
language (see overrides/partials/alternate.html).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from plan_site.addresses import language_root, site_root_of
from plan_site.i18n import t

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    lang = config["theme"]["language"]
    if config.get("site_url"):
        config["site_url"] = language_root(site_root_of(config["site_url"], lang), lang)
    # `prefix` leads from this build's root to the other build's root, relatively, so links work
    # on any host and under any repository path.
    config["extra"]["alternate"] = [
        {"name": name, "lang": code, "prefix": _prefix(lang, code)} for code, name in LANGUAGES.items()
    ]
    config["extra"]["feed_title"] = t("feed_title", lang)  # the head's link to feed.xml (overrides/main.html)
    if lang == "en":
        config["extra"]["notice"] = t("unofficial_notice", lang)
        config["extra"]["notice_link"] = t("read_in_other_language", lang)
    return config


def _prefix(current: str, target: str) -> str:
    if current == target:
        return ""
    return "en/" if target == "en" else "../"
