"""The layers hold: imports run one way (pyproject.toml's import-linter contracts), modules stay small."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
MAX_LINES = 400  # one job per module: past this, a module is doing two

pytestmark = pytest.mark.unit


def test_imports_run_one_way() -> None:
    result = subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken." in result.stdout


def test_the_contract_catches_an_import_up_the_layers(tmp_path: Path) -> None:
    """A model module that imports a renderer breaks the contract (so the contract is not vacuous)."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT / "plan_site", copy / "plan_site", ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8")
    wrong = copy / "plan_site" / "model" / "wrong_way.py"
    wrong.write_text("from plan_site.site.render import pages  # noqa: F401\n", encoding="utf-8")
    result = subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=copy, capture_output=True, text=True, check=False,
                            env={"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin"})
    assert result.returncode != 0
    assert "plan_site.model.wrong_way -> plan_site.site.render.pages" in result.stdout


def test_no_module_is_over_400_lines() -> None:
    long = {str(path.relative_to(ROOT)): n for path in (ROOT / "plan_site").rglob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
