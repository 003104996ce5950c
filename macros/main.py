"""mkdocs-macros adapter: the blocks hand-written pages may use, rendered by plan_site.

Only pages with `render_macros: true` in their front matter are rendered as templates, so
generated pages, whose text comes from the data, are never read as Jinja.

Editors' macros (CONTRIBUTING.md lists them): duty("III.7.3"), agency_duties("cong-an-tinh"),
instrument("luat-tre-em-2016"), cite("III.7.3"); and for a guide of meta.guides, by its id:
guide_cards() (the home page's cards, one per guide), guide_steps("parents-and-teachers") and
guide_plan_text("parents-and-teachers"). Each calls the renderer the generated pages use
(plan_site/site/render/quoting.py), in the page's language, with links relative to the page. A bad call
is collected while the page renders; after it, the build stops with every bad call of the page,
each naming the page, the call and the nearest valid ids.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path

from mkdocs.exceptions import PluginError

from plan_site.site.render import guides, home, hotline, quoting
from plan_site.site.render.markup import time_html
from plan_site.source.load import current_plan, display_path

_bad_calls: list[str] = []


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
        return time_html(current_plan().meta.last_checked, lang)

    @env.macro
    def help_now() -> str:
        return hotline.help_panel(current_plan(), lang, env.page.file.src_uri)

    @env.macro
    def help_heading() -> str:
        return hotline.help_heading(current_plan(), lang)

    @env.macro
    def help_sources() -> str:
        return hotline.help_sources(current_plan(), lang)

    for render in (quoting.duty, quoting.agency_duties, quoting.instrument, quoting.cite,
                   guides.guide_cards, guides.guide_steps, guides.guide_plan_text):
        env.macro(_editor_macro(env, lang, render), render.__name__)


def on_post_page_macros(env) -> None:
    """Stop the build after a page whose macros were called with unknown ids or wrong arguments."""
    if _bad_calls:
        problems = "\n".join(_bad_calls)
        _bad_calls.clear()
        raise PluginError(problems)


def _editor_macro(env, lang: str, render: Callable[..., str]) -> Callable[..., str]:
    """The macro for one quoting renderer: the plan, language and page are filled in; the editor gives the id."""
    signature = inspect.signature(render)

    def macro(*args: object, **kwargs: object) -> str:
        page = env.page.file.src_uri
        plan = current_plan()
        try:
            signature.bind(plan, lang, page, *args, **kwargs)
        except TypeError as error:
            return _bad_call(env, page, render.__name__, args, kwargs, f"wrong arguments ({error})")
        try:
            return render(plan, lang, page, *args, **kwargs)
        except quoting.BadReference as error:
            return _bad_call(env, page, render.__name__, args, kwargs, str(error))

    macro.__doc__ = render.__doc__
    return macro


def _bad_call(env, page: str, name: str, args: tuple, kwargs: dict, problem: str) -> str:
    """Record a bad call, to stop the build once the page is rendered; it renders nothing meanwhile."""
    shown = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
    where = display_path(Path(env.conf["docs_dir"]) / page)
    _bad_calls.append(f"{where}: {name}({shown}): {problem}")
    return ""
