"""Byte budgets: what a first visit transfers and the search index size stay within the budgets of
scripts/budgets.py, measured by the functions scripts/measure.py uses for docs/maintainers/figures.md.
Bytes only: times vary from machine to machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import script_module


@pytest.fixture(scope="module")
def measure():
    """scripts/measure.py, the same code that writes the figures file."""
    return script_module("measure")


@pytest.fixture(scope="module")
def figures(measure, site: Path, browser) -> dict[str, int]:
    return measure.byte_figures(site, browser)


def test_every_byte_figure_has_a_budget(measure, figures: dict[str, int]) -> None:
    assert sorted(figures) == sorted(measure.budgets.BYTES)


@pytest.mark.parametrize("name", ["first visit: home", "first visit: agency", "search index: vi", "search index: en"])
def test_within_budget(measure, figures: dict[str, int], name: str) -> None:
    budget = measure.budgets.BYTES[name]
    assert budget.tested_by == "tests/e2e/test_budgets.py" and budget.unit == "B" and not budget.at_least
    assert budget.met(figures[name]), f"{name}: {figures[name]} bytes, budget {budget.limit:.0f}"


def test_a_first_visit_counts_every_resource(measure, figures: dict[str, int]) -> None:
    """Page, styles, scripts and the search index all count: far more than the HTML alone."""
    assert figures["first visit: home"] > 60_000
    assert figures["first visit: agency"] > figures["search index: vi"]
