"""Help for a child now: the national child protection hotline and the emergency number, on every page.

Anyone who reaches a site about child abuse may need help right away. Every page shows the hotline
in the header (a short ``tel:`` link that pushes no text down) and both numbers in full in the
footer (the theme partials print what ``hotline_for_theme`` returns; the 404 page, which is not a theme
page, prints ``help_sentence``); the home page shows them in full
and the About page their sources and as-of date (``help_panel`` and ``help_sources``, via macros).
The numbers and their terms are editorial data (``meta.help`` in data/duties.yaml), not plan text.
"""

from __future__ import annotations

from plan_site.model.plan import Plan
from plan_site.model.types import Help, HelpLine, Lang
from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.site.render.blocks import note_block
from plan_site.site.render.markup import escape, link

HELP_ANCHOR = "help-now"

# A telephone handset (Material Design Icons "phone", Apache License 2.0), drawn in currentColor.
_PHONE_ICON = (
    '<svg class="help-call__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18">'
    '<path fill="currentColor" d="M6.62 10.79c1.44 2.83 3.76 5.14 6.59 6.59l2.2-2.2c.27-.27.67-.36 1.02-.24 '
    "1.12.37 2.33.57 3.57.57a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 "
    '1.25.2 2.45.57 3.57.11.35.03.74-.25 1.02l-2.2 2.2z"/></svg>'
)


def hotline_for_theme(plan: Plan, lang: Lang) -> dict[str, str] | None:
    """What the theme's header and footer print on every page (escaped HTML), or None without help data."""
    help_ = plan.meta.help
    if help_ is None:
        return None
    hotline = help_.hotline
    title = escape(f"{hotline.name[lang]}: {hotline.service[lang]}" if hotline.service else hotline.name[lang])
    header = (f'<a class="help-call" href="tel:{hotline.number}" title="{title}">{_PHONE_ICON}'
              f'<span class="help-call__label">{t("help_call", lang)}</span> <strong>{hotline.number}</strong></a>')
    return {"header": header, "footer": help_sentence(plan, lang), "sources": t("help_sources", lang)}


def help_panel(plan: Plan, lang: Lang, from_page: str) -> str:
    """The hotline and the emergency number in full, for the home page."""
    help_ = _required(plan)
    sources = link(t("help_sources", lang), from_page, routes.ABOUT, HELP_ANCHOR)
    return (f'<div class="help-panel" markdown>\n\n**{t("help_question", lang)}**\n\n'
            f"- {_line(help_.hotline, lang)}\n- {t('help_emergency', lang)}: {_line(help_.emergency, lang)}\n\n"
            f"{sources}\n{{: .help-panel__sources }}\n\n</div>\n")


def help_heading(plan: Plan, lang: Lang) -> str:
    """The About page's heading over the numbers' sources, naming the hotline and its number, so a reader
    who searches for "111" or "hotline" finds that section first (a section's title ranks above its text)."""
    return escape(t("help_heading", lang).format(hotline=_required(plan).hotline.number))


def help_sources(plan: Plan, lang: Lang) -> str:
    """The editorial note behind the numbers: who runs them, since when, its sources and as-of date."""
    return note_block(_required(plan).note, lang, f"{t('editorial_note', lang)}: {t('help_now', lang)}")


def help_sentence(plan: Plan, lang: Lang) -> str:
    """One sentence with both numbers as telephone links, the hotline's name and terms (escaped HTML):
    the footer of every page, and the 404 page, which is no theme page."""
    help_ = _required(plan)
    hotline, emergency = help_.hotline, help_.emergency
    return t("help_line", lang).format(
        hotline=_call(hotline), name=escape(hotline.name[lang]),
        service=escape(hotline.service[lang]) if hotline.service else "",
        emergency=_call(emergency), emergency_name=escape(emergency.name[lang]),
    )


def _line(line: HelpLine, lang: Lang) -> str:
    service = f", {escape(line.service[lang])}" if line.service else ""
    return f"{_call(line)} – {escape(line.name[lang])}{service}"


def _call(line: HelpLine) -> str:
    """A number as a telephone link (digits only, checked by the schema)."""
    return f'<a class="help-number" href="tel:{line.number}"><strong>{line.number}</strong></a>'


def _required(plan: Plan) -> Help:
    if plan.meta.help is None:
        raise ValueError("the data has no meta.help: the hotline cannot be shown")
    return plan.meta.help
