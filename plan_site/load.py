"""Load the plan: validate the data file, then build the typed model, or fail with every problem."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from .model import Plan, build_plan
from .problems import DataError
from .validate import validate_file

ROOT = Path(__file__).resolve().parent.parent
# PLAN_DATA_FILE lets tests build the real site from a fixture; normal builds use the project's data.
DATA_FILE = Path(os.environ.get("PLAN_DATA_FILE", ROOT / "data" / "duties.yaml")).resolve()


def display_path(path: Path) -> str:
    """The path as a reader would type it: relative to the working folder where possible."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def load_plan(path: Path = DATA_FILE) -> Plan:
    """The validated plan; raises DataError listing every problem."""
    data, problems = validate_file(path, display_path(path))
    if problems:
        raise DataError(problems)
    return build_plan(data)


@cache
def load_plan_once(path: Path = DATA_FILE, mtime: float = 0.0) -> Plan:
    """load_plan, cached per file version, so the hooks and macros of one build share one load."""
    return load_plan(path)


def current_plan(path: Path = DATA_FILE) -> Plan:
    """The plan for this build (reloaded when the file changes, as under `mkdocs serve`)."""
    return load_plan_once(path, path.stat().st_mtime)
