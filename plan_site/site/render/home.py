"""Blocks for the hand-written pages (home, about), called through macros."""

from __future__ import annotations

from plan_site.model.types import Lang, Plan
from plan_site.site import routes
from plan_site.site.labels import t
from plan_site.site.render.blocks import note_block, note_source
from plan_site.site.render.markup import escape, link

REORGANISATION = {
    "vi": ("Lưu ý (cập nhật {date}): Từ ngày 01/7/2025, tỉnh Bắc Kạn đã hợp nhất vào tỉnh Thái Nguyên mới; "
           "cấp huyện chấm dứt hoạt động và nhiều sở được sắp xếp lại. Văn bản dưới đây là văn bản gốc năm 2021. "
           "Mỗi trang cơ quan có ghi chú biên tập cho biết nhiệm vụ nay thuộc về đâu."),
    "en": ("Note (as of {date}): on 1 July 2025 Bắc Kạn province was merged into the new Thái Nguyên province; "
           "district-level government ceased and many departments were reorganised. What follows is the 2021 "
           "text as issued. Each agency page has an editorial note on where its duties sit now."),
}
DETAILS = {"vi": "Xem chi tiết", "en": "See the details"}


def key_figures(plan: Plan, lang: Lang) -> str:
    """Counts worth knowing at a glance, each linking to where they are listed."""
    duties = list(plan.duties)
    assigned = {b for a in plan.assignments for b in a.bodies}
    targets = sum(len(d.targets) for d in duties)
    reports = sum(len(p.reports) for p in plan.passages())
    figures = [
        (len(plan.assignments), {"vi": "mục phân công", "en": "assignments"}, routes.AGENCIES),
        (len(assigned), {"vi": "cơ quan, tổ chức được giao nhiệm vụ", "en": "bodies given duties"}, routes.AGENCIES),
        (len(duties), {"vi": "nhiệm vụ", "en": "duties"}, routes.AGENCIES),
        (len(plan.key_tasks), {"vi": "nhiệm vụ trọng tâm", "en": "key tasks"}, routes.KEY_TASKS),
        (targets, {"vi": "chỉ tiêu định lượng", "en": "quantified targets"}, routes.TARGETS),
        (reports, {"vi": "nghĩa vụ báo cáo", "en": "reporting obligations"}, routes.TARGETS),
        (len(plan.instruments), {"vi": "văn bản được dẫn chiếu", "en": "cited instruments"}, routes.INSTRUMENTS),
    ]
    items = "".join(f"- {link(f'**{n}** {label[lang]}', routes.HOME, target)}\n" for n, label, target in figures)
    return f'<div class="key-figures" markdown>\n\n{items}\n</div>\n'


def agency_picker(plan: Plan, lang: Lang) -> str:
    """'Find my agency': every assignment, one tap away."""
    items = "".join(
        f"- {link(f'{a.number}. ' + escape(a.heading[lang]), routes.HOME, routes.agency(a.slug))} "
        f"<small>({len(a.duties)} {t('duty_count', lang)})</small>\n"
        for a in plan.assignments
    )
    return f'<div class="agency-picker" markdown>\n\n{items}\n</div>\n'


def reorganisation_notice(plan: Plan, lang: Lang, from_page: str = routes.HOME) -> str:
    """The dated notice that the province and its agencies were reorganised in 2025, and the decision's status."""
    details = link(DETAILS[lang], from_page, routes.ABOUT, "since-2025")
    notice = f'!!! warning ""\n\n    {REORGANISATION[lang].format(date=plan.meta.last_checked)} {details}.\n\n'
    return notice + decision_status(plan, lang)


def decision_status(plan: Plan, lang: Lang) -> str:
    """The editorial note on whether the decision still stands, with its sources and the date checked."""
    status = plan.decision.status
    return note_block(status, lang, f"{t('editorial_note', lang)}: {t('decision_status', lang)}") if status else ""


def reorganisation_table(plan: Plan, lang: Lang, from_page: str = routes.ABOUT) -> str:
    """For each assignment, where its duties sit since 2025 (editorial notes, with their sources)."""
    rows = []
    for assignment in plan.assignments:
        for body_id in assignment.bodies:
            note = plan.bodies[body_id].since_2025
            if note is None:
                continue
            name = link(escape(plan.bodies[body_id].name[lang]), from_page, routes.agency(assignment.slug))
            rows.append(f"| {name} | {escape(note.text[lang])} | {note_source(note, lang)} |\n")
    header = {"vi": "| Cơ quan | Từ năm 2025 | Nguồn |", "en": "| Body | Since 2025 | Source |"}[lang]
    return header + "\n|---|---|---|\n" + "".join(rows)


def translation_notice(plan: Plan, lang: Lang) -> str:
    """The editorial note on the translation: what is unofficial and which names follow which usage."""
    return note_block(plan.meta.notes["translation"], lang, f"{t('editorial_note', lang)}: {t('translation', lang)}")
