"""The duty finder in a real browser: filters, the accent-blind text filter, the address as state,
keyboard and phone use, and the full list without JavaScript. Expected rows come from the data."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.site.html import LANGS, fold


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(text))


def shown(page: Page) -> list[str]:
    """Duty ids of the rows a reader can see."""
    return page.eval_on_selector_all("#duty-finder-list li[data-duty]",
                                     "rows => rows.filter(r => r.offsetParent !== null).map(r => r.dataset.duty)")


# What a row shows apart: its head (id and body), its text, and each tag (the chips touch in the markup).
_PARTS = ".duty-finder__head, .duty-finder__text, .duty-finder__tag"


def row_parts(page: Page) -> dict[str, list[str]]:
    """Each row's parts as the reader sees them, in the list's order."""
    return dict(page.eval_on_selector_all("#duty-finder-list li[data-duty]", f"""rows => rows.map(r =>
        [r.dataset.duty, Array.from(r.querySelectorAll('{_PARTS}'), part => part.textContent)])"""))


def row_texts(page: Page) -> dict[str, str]:
    return {duty: " ".join(parts) for duty, parts in row_parts(page).items()}


def neighbours(parts: list[str], query: str) -> int:
    """How many neighbouring words of the query start neighbouring words within one part of the row."""
    typed = words(query)
    return sum(any(any(a.startswith(typed[i]) and b.startswith(typed[i + 1]) for a, b in zip(have, have[1:]))
                   for have in map(words, parts))
               for i in range(len(typed) - 1))


def ranked(page: Page, ids: list[str], query: str) -> list[str]:
    """The duties in the order the finder lists them: most neighbouring words first, then the plan's order."""
    parts = row_parts(page)
    return sorted(ids, key=lambda duty: -neighbours(parts[duty], query))  # sorted() is stable: plan order


def count_says(page: Page, n: int, total: int) -> None:
    expect(page.locator("#duty-finder-count")).to_have_text(re.compile(rf"^\D*{n}\D+{total}\D*$"))


def has_words(text: str, query: str) -> bool:
    """Every word typed starts a word of the text, accents and case aside."""
    have = words(text)
    return all(any(w.startswith(q) for w in have) for q in words(query))


@pytest.mark.parametrize("lang", LANGS)
def test_without_javascript_every_duty_is_listed(browser: Browser, base_url: str, plan, lang: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + LANGS[lang] + "finder/")
    ids = [d.id for d in plan.duties]
    assert shown(page) == ids
    expect(page.locator("#duty-finder-form")).to_be_hidden()
    count_says(page, len(ids), len(ids))
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_agency_filter_shows_that_agencys_duties_and_goes_into_the_address(page: Page, base_url: str, plan,
                                                                          lang: str) -> None:
    page.goto(base_url + LANGS[lang] + "finder/")
    total = len(list(plan.duties))
    count_says(page, total, total)
    for assignment in (plan.assignments[6], plan.assignments[13]):
        page.select_option("#duty-finder-agency", assignment.slug)
        expected = [d.id for d in assignment.duties]
        assert shown(page) == expected
        count_says(page, len(expected), total)
        assert parse_qs(urlsplit(page.url).query)["agency"] == [assignment.slug]


def test_key_task_theme_and_role_filters_combine(page: Page, base_url: str, plan) -> None:
    page.goto(base_url + "finder/")
    task, theme, role = "II.5", "phoi-hop-lien-nganh", "chu-tri"
    page.select_option("#duty-finder-task", task)
    assert shown(page) == [d.id for d in plan.duties if task in d.key_tasks]
    page.select_option("#duty-finder-theme", theme)
    page.select_option("#duty-finder-role", role)
    expected = [d.id for d in plan.duties if task in d.key_tasks and theme in d.themes and role in d.roles]
    assert expected, "the data no longer has a duty with all three"
    assert shown(page) == expected
    page.get_by_role("button", name=re.compile("Xóa")).click()
    total = len(list(plan.duties))
    count_says(page, total, total)
    expect(page).to_have_url(base_url + "finder/")


@pytest.mark.parametrize("typed", ["tao hon", "TẢO HÔN", unicodedata.normalize("NFD", "tảo hôn"), "moi truong mang"])
def test_text_filter_ignores_accents_case_and_unicode_form(page: Page, base_url: str, plan, typed: str) -> None:
    page.goto(base_url + "finder/")
    page.locator("#duty-finder-text").press_sequentially(typed, delay=5)
    visible = shown(page)
    assert visible == [duty for duty, text in row_texts(page).items() if has_words(text, typed)]
    assert {d.id for d in plan.duties if " ".join(words(typed)) in " ".join(words(d.text.vi))} <= set(visible)
    assert fold(parse_qs(urlsplit(page.url).query)["text"][0]) == fold(typed)


@pytest.mark.parametrize(("lang", "typed"), [("vi", "bao cao"), ("vi", "báo cáo"), ("en", "child protection")])
def test_text_filter_lists_words_next_to_each_other_first(page: Page, base_url: str, plan, lang: str,
                                                          typed: str) -> None:
    """Every duty holding the words is listed (and counted), those holding them next to each other first:
    unaccented "bao cao" is "báo cáo" (to report) there, and often "bảo … nâng cao" where they are apart."""
    page.goto(base_url + LANGS[lang] + "finder/")
    ids = [d.id for d in plan.duties]
    page.locator("#duty-finder-text").press_sequentially(typed, delay=5)
    texts = row_texts(page)
    holding = [duty for duty in ids if has_words(texts[duty], typed)]
    parts = row_parts(page)
    together = [duty for duty in holding if neighbours(parts[duty], typed)]
    apart = [duty for duty in holding if not neighbours(parts[duty], typed)]
    assert together and apart, "the data no longer has the words both together and apart"
    assert shown(page) == together + apart
    count_says(page, len(holding), len(ids))
    if lang == "vi":  # the readers' case: "bảo … nâng cao" after every "báo cáo"
        assert any("nâng cao" in texts[duty] for duty in apart)
    page.locator("#duty-finder-text").fill("")
    assert shown(page) == ids, "without words the list is in the plan's order again"


def test_a_shared_address_restores_the_filtered_view(page: Page, browser: Browser, base_url: str, plan) -> None:
    page.goto(base_url + "en/finder/")
    page.select_option("#duty-finder-role", "tham-muu")
    page.locator("#duty-finder-text").fill("plan")
    wanted = shown(page)
    assert 0 < len(wanted) < len(list(plan.duties))
    other = browser.new_context().new_page()
    other.goto(page.url)
    expect(other.locator("#duty-finder-role")).to_have_value("tham-muu")
    expect(other.locator("#duty-finder-text")).to_have_value("plan")
    assert shown(other) == wanted
    other.goto(base_url + "en/finder/?agency=no-such-agency&theme=tao-hon")
    expect(other.locator("#duty-finder-agency")).to_have_value("")
    assert shown(other) == [d.id for d in plan.duties if "tao-hon" in d.themes]
    other.context.close()


def test_each_row_leads_to_the_duty_on_its_agency_page(page: Page, base_url: str, plan) -> None:
    page.goto(base_url + "finder/?agency=cong-an-tinh")
    duty = plan.assignments[6].duties[2]
    page.locator(f'li[data-duty="{duty.id}"] a').first.click()
    expect(page).to_have_url(base_url + f"agencies/cong-an-tinh/#{duty.anchor}")
    expect(page.locator(f"#{duty.anchor}")).to_be_in_viewport()


def test_keyboard_alone(page: Page, base_url: str, plan) -> None:
    page.goto(base_url + "finder/")
    page.locator("#duty-finder-text").focus()
    page.keyboard.type("bao cao")
    page.keyboard.press("Tab")
    expect(page.locator("#duty-finder-agency")).to_be_focused()
    page.keyboard.press("ArrowDown")
    first = plan.assignments[0]
    expect(page.locator("#duty-finder-agency")).to_have_value(first.slug)
    expected = [d.id for d in first.duties if has_words(row_texts(page)[d.id], "bao cao")]
    assert shown(page) == ranked(page, expected, "bao cao")
    for _ in range(4):
        page.keyboard.press("Tab")
    expect(page.locator("#duty-finder-form button[type=reset]")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#duty-finder-text")).to_have_value("")
    total = len(list(plan.duties))
    count_says(page, total, total)
    assert len(shown(page)) == total


def test_fits_and_works_on_a_phone(phone: Page, base_url: str, plan) -> None:
    phone.goto(base_url + "finder/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.locator("#duty-finder-theme").select_option("moi-truong-mang")
    assert shown(phone) == [d.id for d in plan.duties if "moi-truong-mang" in d.themes]
    box = phone.locator("#duty-finder-text").bounding_box()
    assert box and box["height"] >= 40 and box["x"] >= 0 and box["x"] + box["width"] <= 390


def general_shown(page: Page) -> list[str]:
    """Ids of Part IV's paragraphs (every agency's) a reader can see."""
    return page.eval_on_selector_all("#duty-finder-general li[data-duty]",
                                     "rows => rows.filter(r => r.offsetParent !== null).map(r => r.dataset.duty)")


@pytest.mark.parametrize("lang", LANGS)
def test_the_reporting_filter_shows_the_reporting_every_agency_owes(page: Page, base_url: str, plan,
                                                                    lang: str) -> None:
    """Part IV.1 (report yearly, or when asked, to the Provincial People's Committee) binds every agency: it
    passes the reporting role and any agency, fails a key task or theme (it has none), and is not counted."""
    general = [p.id for part in plan.document.parts for p in part.paragraphs if p.reports]
    assert "IV.1" in general
    reporting = [r for r in plan.roles if all(r in d.roles for d in plan.duties if d.reports)]
    page.goto(base_url + LANGS[lang] + "finder/")
    total = len(list(plan.duties))
    assert general_shown(page) == general
    page.select_option("#duty-finder-role", reporting[0])
    expected = [d.id for d in plan.duties if reporting[0] in d.roles]
    assert shown(page) == expected and general_shown(page) == general
    count_says(page, len(expected), total)
    for assignment in (plan.assignments[6], plan.assignments[0]):
        page.select_option("#duty-finder-agency", assignment.slug)
        assert general_shown(page) == general, assignment.slug
    page.select_option("#duty-finder-role", "tham-muu")
    expect(page.locator("#duty-finder-general-block")).to_be_hidden()
    page.select_option("#duty-finder-role", "")
    page.select_option("#duty-finder-agency", "")
    page.select_option("#duty-finder-task", "II.5")
    assert general_shown(page) == []
    expect(page.locator("#duty-finder-general-block")).to_be_hidden()
