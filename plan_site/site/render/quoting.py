"""What editors quote on hand-written pages: a duty, an agency's duties, an instrument, a citation.

The macros in macros/main.py call these, so a page written by hand shows the plan exactly as the
generated pages do, through the same renderers, and cannot drift from the data. An id that names no
record, or an argument of the wrong type, raises ``BadReference`` with the nearest valid ids.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from plan_site.model.citation import duty_citation
from plan_site.model.plan import Plan
from plan_site.model.types import Assignment, Duty, Instrument, Lang
from plan_site.site import routes
from plan_site.site.render.blocks import assignment_duties, duty_block, instrument_heading
from plan_site.site.render.markup import escape, link


class BadReference(ValueError):
    """A macro argument that names no record of the plan (or is not an id at all)."""


def duty(plan: Plan, lang: Lang, from_page: str, duty_id: str) -> str:
    """One duty as on its agency page: heading, permalink, citation, text and facts."""
    return duty_block(plan, _duty(plan, duty_id), lang, from_page)


def agency_duties(plan: Plan, lang: Lang, from_page: str, slug: str) -> str:
    """Every duty of one assignment (by its page's slug), as on its agency page."""
    index = {a.slug: a for a in plan.assignments}
    assignment: Assignment = find_record(index, slug, "agency slug")
    return assignment_duties(plan, assignment, lang, from_page)


def instrument(plan: Plan, lang: Lang, from_page: str, instrument_id: str) -> str:
    """A link to an instrument's page, labelled with its full name and number."""
    found: Instrument = find_record(plan.instruments, instrument_id, "instrument id")
    return link(escape(instrument_heading(found, lang)), from_page, routes.instrument(found.id))


def cite(plan: Plan, lang: Lang, from_page: str, duty_id: str) -> str:
    """A duty's formal citation, as text."""
    return escape(duty_citation(plan, _duty(plan, duty_id), lang))


def _duty(plan: Plan, duty_id: object) -> Duty:
    return find_record(plan.duty_index, duty_id, "duty id")


def find_record(index: dict, key: object, what: str):
    """The record ``key`` names, or a BadReference that says what was expected (with the data's first key
    as an example) and what comes nearest."""
    if not isinstance(key, str):
        article = "an" if what[0] in "aeiou" else "a"
        example = next(iter(index), "")
        raise BadReference(f"expects {article} {what} as text, like {example!r}; got {type(key).__name__} {key!r}")
    if key not in index:
        raise BadReference(f"unknown {what} {key!r}; {_nearest(key, index)}")
    return index[key]


def _nearest(key: str, known: Iterable[str]) -> str:
    """A hint naming the valid ids closest to ``key`` (case aside)."""
    by_fold = {k.casefold(): k for k in known}
    close = difflib.get_close_matches(key.casefold(), list(by_fold), n=3, cutoff=0.6)
    if not close:
        close = difflib.get_close_matches(key.casefold(), list(by_fold), n=3, cutoff=0.0)
    return "did you mean " + ", ".join(repr(by_fold[c]) for c in close) + "?"
