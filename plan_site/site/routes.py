"""Every page's and data file's path, named once: the page list, the navigation, links, sitemaps, feeds
and Akoma Ntoso references all take their paths from here.

Paths are MkDocs source paths (``agencies/cong-an-tinh.md``); the site is built with directory URLs, so
that page is published at ``agencies/cong-an-tinh/``. Both languages use the same paths: Vietnamese at
the site root, English under ``en/``, so the language switch keeps the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from plan_site.model.identifiers import AKN_LANGUAGES
from plan_site.model.plan import Plan
from plan_site.model.text import slug
from plan_site.model.types import Duty, Lang

# ---------------------------------------------------------------- pages

HOME = "index.md"
ABOUT = "about.md"
GUIDES = "guides"  # hand-written explainers, docs/<lang>/guides/*.md
ORIGINAL = "original.md"
PARALLEL = "parallel.md"
AGENCIES = "agencies/index.md"
INSTRUMENTS = "instruments/index.md"
KEY_TASKS = "key-tasks.md"
THEMES = "themes/index.md"
TARGETS = "targets.md"
GLOSSARY = "glossary.md"
FINDER = "finder.md"
COORDINATION = "coordination.md"
OPEN_DATA = "data/index.md"
CHANGES = "changes.md"
NOT_FOUND = "404.html"  # written by the build itself: GitHub Pages serves one root 404 page


def guide(guide_id: str) -> str:
    """A hand-written guide page (docs/<lang>/guides/<id>.md), which a guide in the data names."""
    return f"{GUIDES}/{guide_id}.md"


def agency(slug: str) -> str:
    """An assignment's page: ``agencies/cong-an-tinh.md``."""
    return f"agencies/{slug}.md"


def instrument(instrument_id: str) -> str:
    """A cited instrument's page."""
    return f"instruments/{instrument_id}.md"


def theme(theme_id: str) -> str:
    """A theme's page: the duties tagged with it."""
    return f"themes/{theme_id}.md"


def checklist(slug: str) -> str:
    """An agency's printable checklist: linked from its page, outside the navigation."""
    return f"checklists/{slug}.md"


@dataclass(frozen=True)
class Route:
    """A page of the site: its path, which renderer makes it, the record it shows, where it sits in the nav.

    ``section`` is the label key of its navigation section ("" at the top level); ``generated`` is False
    for the hand-written pages under docs/<lang>/.
    """

    path: str
    kind: str
    record: str = ""
    section: str = ""
    in_nav: bool = True
    generated: bool = True


def routes(plan: Plan) -> list[Route]:
    """Every page, in navigation order: one list, from which the build takes both pages and navigation."""
    return [
        Route(HOME, "home", generated=False),
        Route(GUIDES, "guides", section="guides", generated=False),
        Route(ORIGINAL, "original"),
        Route(PARALLEL, "parallel"),
        Route(AGENCIES, "agencies", section="agencies"),
        *(Route(agency(a.slug), "agency", a.slug, section="agencies") for a in plan.assignments),
        Route(FINDER, "finder"),
        Route(COORDINATION, "coordination"),
        Route(INSTRUMENTS, "instruments", section="instruments"),
        *(Route(instrument(i), "instrument", i, section="instruments") for i in plan.instruments),
        Route(KEY_TASKS, "key_tasks"),
        Route(THEMES, "themes", section="themes"),
        *(Route(theme(th), "theme", th, section="themes") for th in plan.themes),
        Route(TARGETS, "targets"),
        Route(GLOSSARY, "glossary"),
        Route(OPEN_DATA, "open_data"),
        Route(CHANGES, "changes"),
        Route(ABOUT, "about", generated=False),
        *(Route(checklist(a.slug), "checklist", a.slug, in_nav=False) for a in plan.assignments),
    ]


# ---------------------------------------------------------------- data files

DATA_DIR = "data"
PLAN_JSON = f"{DATA_DIR}/plan.json"
DUTIES_CSV = f"{DATA_DIR}/duties.csv"
DUTIES_XLSX = f"{DATA_DIR}/duties.xlsx"  # the same rows as an Excel workbook, headings in each language
SCHEMA_JSON = f"{DATA_DIR}/schema.json"
DATAPACKAGE_JSON = f"{DATA_DIR}/datapackage.json"
FEED = "feed.xml"  # beside the changes page, at each language's root


def checklist_csv(slug: str) -> str:
    """An agency's checklist as CSV, in each language's site."""
    return f"{DATA_DIR}/checklists/{slug}.csv"


def report_template(slug: str, body_id: str | None = None) -> str:
    """A report template (Word), beside the checklists: ``data/reports/<assignment>.docx``, or, for an
    assignment shared by several bodies, ``data/reports/<assignment>/<body>.docx``."""
    return f"{DATA_DIR}/reports/{slug}.docx" if body_id is None else f"{DATA_DIR}/reports/{slug}/{body_id}.docx"


def akn_file(plan: Plan, lang: Lang) -> str:
    """One language's Akoma Ntoso expression: ``data/akn/145-qd-ubnd-2021.vie.xml``."""
    return f"{DATA_DIR}/akn/{decision_file_name(plan)}.{AKN_LANGUAGES[lang]}.xml"


def decision_file_name(plan: Plan) -> str:
    """The decision's number and year as a file name: "145/QĐ-UBND" of 2021 → ``145-qd-ubnd-2021``."""
    return f"{slug(plan.decision.number)}-{plan.decision.date[:4]}"


def data_dir_relative(path: str) -> str:
    """A data file's path as the data package (which lives in ``data/``) names it."""
    return path.removeprefix(DATA_DIR + "/")


# ---------------------------------------------------------------- published addresses


def language_root(site_root: str, lang: Lang) -> str:
    """The root address of one language, from the site's root address (``site_url``)."""
    root = site_root.rstrip("/") + "/"
    return root + "en/" if lang == "en" else root


def site_root_of(site_url: str, lang: Lang) -> str:
    """The published root (the Vietnamese site) from one language build's ``site_url``."""
    root = site_url.rstrip("/") + "/"
    return root.removesuffix("en/") if lang == "en" else root


def page_address(root: str, source_path: str, anchor: str = "") -> str:
    """The absolute address of a source page (``a/b.md`` or ``a/index.md``) under a language root."""
    path = source_path.removesuffix(".md")
    path = "" if path == "index" else path.removesuffix("/index") + "/"
    return f"{root}{path}#{anchor}" if anchor else f"{root}{path}"


def duty_address(plan: Plan, duty: Duty, site_root: str, lang: Lang) -> str:
    """A duty's permalink: its agency page and its stable anchor."""
    return page_address(language_root(site_root, lang), agency(plan.assignment_of(duty).slug), duty.anchor)
