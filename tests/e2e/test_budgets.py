"""Byte budgets: what a first visit transfers (home and agency page, both languages) and the search index
stay within the budgets of scripts/budgets.py, measured by the functions scripts/measure.py uses for
docs/maintainers/figures.md; a first visit does not fetch search at all. Bytes only: times vary from
machine to machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import script_module

measure = script_module("measure")  # the same code that writes the figures file
BYTES = measure.budgets.BYTES


@pytest.fixture(scope="module")
def visits(site: Path, browser) -> dict[str, dict[str, int]]:
    """Every resource of each measured page's first visit, with its gzip bytes."""
    with measure.serve(site) as base_url:
        return measure.first_visits(base_url, measure.PAGES, browser)


@pytest.fixture(scope="module")
def figures(site: Path, visits: dict[str, dict[str, int]]) -> dict[str, int]:
    return measure.byte_figures(site, visits=visits)


def test_every_byte_figure_has_a_budget(figures: dict[str, int]) -> None:
    assert sorted(figures) == sorted(BYTES)


def test_a_first_visit_budget_holds_for_every_page_kind_and_language() -> None:
    assert set(measure.PAGES) == {"home, vi", "agency, vi", "home, en", "agency, en"}
    assert {BYTES[f"first visit: {name}"].limit for name in measure.PAGES} == {85_000}
    assert {BYTES[f"search index: {lang}"].limit for lang in ("vi", "en")} == {40_000}


@pytest.mark.parametrize("name", sorted(BYTES))
def test_within_budget(figures: dict[str, int], name: str) -> None:
    budget = BYTES[name]
    assert budget.tested_by == "tests/e2e/test_budgets.py" and budget.unit == "B" and not budget.at_least
    assert budget.met(figures[name]), f"{name}: {figures[name]} bytes, budget {budget.limit:.0f}"


@pytest.mark.parametrize("name", sorted(measure.PAGES))
def test_a_first_visit_counts_every_resource(visits: dict[str, dict[str, int]], name: str) -> None:
    """The page, its styles, Material's bundle and the icon all count: far more than the HTML alone."""
    loaded = visits[name]
    page = measure.PAGES[name]
    assert page in loaded, f"{name}: the page itself was not counted"
    assert any(url.endswith(".css") for url in loaded)
    assert any("assets/javascripts/bundle." in url for url in loaded)
    assert sum(loaded.values()) > 3 * loaded[page]


@pytest.mark.parametrize("name", sorted(measure.PAGES))
def test_a_first_visit_does_not_fetch_search(visits: dict[str, dict[str, int]], name: str) -> None:
    """Neither the index nor the worker loads before the reader reaches for search, however long the
    page stays open (the visit is counted until the network has been idle for a few seconds)."""
    assert measure.SEARCH_ON_USE == ("search/search_index.json", "assets/javascripts/search-worker.js")
    fetched = [url for url in visits[name] if url.endswith(measure.SEARCH_ON_USE)]
    assert fetched == [], f"{name}: a first visit fetched {fetched}"
