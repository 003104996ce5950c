"""The figures file is written, not typed: docs/maintainers/figures.md is exactly what scripts/figures.py
renders from the figures the scripts recorded and the budgets in scripts/budgets.py."""

from __future__ import annotations

import json

import pytest

from ..conftest import ROOT, script_module

figures = script_module("figures")
budgets = figures.budgets


def test_the_figures_file_is_what_the_scripts_recorded_with_the_budgets_as_they_are() -> None:
    written = (ROOT / "docs" / "maintainers" / "figures.md").read_text(encoding="utf-8")
    assert written == figures.render(), "edited by hand, or a budget changed: run python scripts/figures.py"


def test_every_recorded_part_belongs_to_its_script_and_names_existing_budgets() -> None:
    recorded = sorted(figures.FOLDER.glob("*.json"))
    assert {path.stem for path in recorded} <= set(figures.SCRIPTS)
    for path in recorded:
        parts = json.loads(path.read_text(encoding="utf-8"))
        assert set(parts) <= set(figures.SCRIPTS[path.stem][1]), path.name
        for name, part in parts.items():
            assert {"title", "about", "columns", "rows", "date", "cores", "load"} <= set(part), (path.name, name)
            assert len(part["load"]) == 2 and part["cores"] >= 1, (path.name, name)
            for row in part["rows"]:
                assert len(row) == len(part["columns"]), (path.name, name, row)
                for item in row:
                    if isinstance(item, dict):
                        assert isinstance(figures.budget(item["budget"]), budgets.Budget), item


def test_a_figure_over_its_budget_is_shown_as_over() -> None:
    over = figures._show(figures.cell(budgets.BYTES["search index: vi"].limit + 1, "BYTES[search index: vi]"))
    within = figures._show(figures.cell(budgets.BYTES["search index: vi"].limit, "BYTES[search index: vi]"))
    assert "OVER BUDGET" in over and "OVER BUDGET" not in within
    score = budgets.LIGHTHOUSE["performance"]
    assert score.met(score.limit) and not score.met(score.limit - 1)


def test_an_unknown_budget_is_refused_when_recorded() -> None:
    with pytest.raises((AttributeError, KeyError)):
        figures.cell(1.0, "BYTES[no such figure]")
    with pytest.raises(AttributeError):
        figures.cell(1.0, "NO_SUCH_BUDGET")


def test_every_budget_a_test_enforces_names_an_existing_test_file() -> None:
    for name, budget in figures._named_budgets():
        if budget.tested_by:
            assert (ROOT / budget.tested_by).is_file(), name
