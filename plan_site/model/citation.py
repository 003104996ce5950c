"""Formal citations of duties, as an official would write them in a report.

Vietnamese follows the usual pinpoint order of administrative writing, smallest unit first:
"gạch đầu dòng thứ 3, mục 7, phần III Kế hoạch ban hành kèm theo Quyết định số 145/QĐ-UBND ngày
02/02/2021 của UBND tỉnh Bắc Kạn". English mirrors it ("third indent, item 7, Part III of the Plan
issued with Decision No. ..."). An item laid out as one paragraph has no indent to cite.
This is citation grammar, not interface wording, so it lives here rather than in i18n.py.
"""

from __future__ import annotations

from plan_site.model.dates import reader_date
from plan_site.model.plan import Plan
from plan_site.model.types import Duty, Lang, Passage

_ENGLISH_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
)
_VI_ABBREVIATIONS = (("Ủy ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND"))


def ordinal(n: int, lang: Lang) -> str:
    """The ordinal an indent is cited by: "thứ nhất", "thứ 3"; "first", "third"."""
    if lang == "vi":
        return "thứ nhất" if n == 1 else f"thứ {n}"
    if n <= len(_ENGLISH_ORDINALS):
        return _ENGLISH_ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def issuer_name(plan: Plan, lang: Lang) -> str:
    """The issuing body as citations name it ("UBND tỉnh Bắc Kạn"; "the Bắc Kạn Provincial People's Committee")."""
    name = plan.bodies[plan.decision.issuer].name[lang]
    if lang == "vi":
        for full, short in _VI_ABBREVIATIONS:
            name = name.replace(full, short)
        return name
    return f"the {name}"


def decision_name(plan: Plan, lang: Lang) -> str:
    """The decision by kind and number: "Quyết định số 145/QĐ-UBND"; "Decision No. 145/QĐ-UBND"."""
    d = plan.decision
    return f"{d.kind[lang].capitalize()} {'số' if lang == 'vi' else 'No.'} {d.number}"


def decision_citation(plan: Plan, lang: Lang) -> str:
    """The decision by number, date and issuer: "Quyết định số 145/QĐ-UBND ngày 02/02/2021 của UBND tỉnh Bắc Kạn"."""
    date, issuer = reader_date(plan.decision.date, lang), issuer_name(plan, lang)
    if lang == "vi":
        return f"{decision_name(plan, lang)} ngày {date} của {issuer}"
    return f"{decision_name(plan, lang)} of {date} of {issuer}"


def plan_citation(plan: Plan, lang: Lang) -> str:
    """The Plan as a document: "Kế hoạch ban hành kèm theo Quyết định số ... của UBND tỉnh Bắc Kạn"."""
    plan_kind = plan.document.kind[lang].capitalize()
    if lang == "vi":
        return f"{plan_kind} ban hành kèm theo {decision_citation(plan, lang)}"
    return f"the {plan_kind} issued with {decision_citation(plan, lang)}"


def duty_pinpoint(plan: Plan, duty: Duty, lang: Lang) -> str:
    """Where the duty sits: indent, item and part ("gạch đầu dòng thứ 3, mục 7, phần III")."""
    assignment = plan.assignment_of(duty)
    part = assignment.id.split(".")[0]
    if lang == "vi":
        place = f"mục {assignment.number}, phần {part}"
        indent = f"gạch đầu dòng {ordinal(duty.number, lang)}"
    else:
        place = f"item {assignment.number}, Part {part}"
        indent = f"{ordinal(duty.number, lang)} indent"
    return place if assignment.layout == "paragraph" else f"{indent}, {place}"


def paragraph_pinpoint(passage: Passage, lang: Lang) -> str:
    """Where a paragraph of a part sits, as citations write it: ``IV.1`` → "mục 1, phần IV", "item 1, Part IV"."""
    part, *rest = passage.id.split(".")
    if lang == "vi":
        return f"mục {rest[0]}, phần {part}" if rest else f"phần {part}"
    return f"item {rest[0]}, Part {part}" if rest else f"Part {part}"


def paragraph_citation(plan: Plan, passage: Passage, lang: Lang) -> str:
    """The formal citation of a paragraph of a part, as ``duty_citation`` cites a duty."""
    joiner = " " if lang == "vi" else " of "
    return paragraph_pinpoint(passage, lang) + joiner + plan_citation(plan, lang)


def duty_citation(plan: Plan, duty: Duty, lang: Lang) -> str:
    """The formal citation of one duty, ready to paste into a report."""
    joiner = " " if lang == "vi" else " of "
    return duty_pinpoint(plan, duty, lang) + joiner + plan_citation(plan, lang)


def with_url(citation: str, url: str) -> str:
    """A citation followed by the duty's permanent address (the copy button in cite.js does the same)."""
    return f"{citation}, {url}"
