"""Load the plan: validate the data file, then build the typed model, or fail with every problem."""

from __future__ import annotations

import os
from dataclasses import replace
from functools import cache
from pathlib import Path

from plan_site.model.plan import Plan
from plan_site.source.changelog import validate_changelog
from plan_site.source.problems import DataError
from plan_site.source.validate import check_file

ROOT = Path(__file__).resolve().parents[2]
# PLAN_DATA_FILE lets tests build the real site from a fixture; normal builds use the project's data.
DATA_FILE = Path(os.environ.get("PLAN_DATA_FILE", ROOT / "data" / "duties.yaml")).resolve()
# The changelog of that data (PLAN_CHANGELOG_FILE goes with PLAN_DATA_FILE: its records must be in that data).
CHANGELOG_FILE = Path(os.environ.get("PLAN_CHANGELOG_FILE", ROOT / "data" / "changelog.yaml")).resolve()


def display_path(path: Path) -> str:
    """The path as a reader would type it: relative to the working folder where possible."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def load_plan(path: Path = DATA_FILE, changelog: Path | None = None) -> Plan:
    """The validated plan, with its checked changelog if one is given; raises DataError listing every problem."""
    checked = check_file(path, display_path(path))
    problems, changes = checked.problems, ()
    if changelog is not None and checked.data is not None and not problems:  # judged against valid data only
        changes, more = validate_changelog(changelog, checked.data, display_path(changelog))
        problems += more
    if problems or checked.plan is None:
        raise DataError(problems)
    return replace(checked.plan, changelog=changes)  # the plan the checks ran on, not a second build


@cache
def load_plan_once(path: Path, mtime: float, changelog: Path, changelog_mtime: float) -> Plan:
    """load_plan, cached per file version, so the hooks and macros of one build share one load."""
    return load_plan(path, changelog)


def current_plan(path: Path = DATA_FILE, changelog: Path = CHANGELOG_FILE) -> Plan:
    """The plan and changelog for this build (reloaded when a file changes, as under `mkdocs serve`)."""
    return load_plan_once(path, _mtime(path), changelog, _mtime(changelog))


def _mtime(path: Path) -> float:
    """When the file last changed; 0 if it cannot be read, which load_plan then reports with its name."""
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
