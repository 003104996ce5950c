"""mkdocs-macros adapter: exposes the plain-Python home-page blocks to hand-written pages.

Only pages with `render_macros: true` in their front matter are rendered as templates, so
generated pages, whose text comes from the data, are never read as Jinja.
"""

from __future__ import annotations

from plan_site.load import current_plan
from plan_site.render import home


def define_env(env) -> None:
    lang = env.conf["theme"]["language"]

    @env.macro
    def key_figures() -> str:
        return home.key_figures(current_plan(), lang)

    @env.macro
    def agency_picker() -> str:
        return home.agency_picker(current_plan(), lang)

    @env.macro
    def reorganisation_notice() -> str:
        return home.reorganisation_notice(current_plan(), lang)

    @env.macro
    def decision_status() -> str:
        return home.decision_status(current_plan(), lang)

    @env.macro
    def reorganisation_table() -> str:
        return home.reorganisation_table(current_plan(), lang)

    @env.macro
    def translation_notice() -> str:
        return home.translation_notice(current_plan(), lang)

    @env.macro
    def last_checked() -> str:
        return current_plan().meta.last_checked
