"""Shared fixtures: the real site, built once per test run by the same command users run."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


# What a build reads besides the plan_site package (installed) and the data (PLAN_DATA_FILE or data/).
PROJECT_PARTS = ("mkdocs.yml", "mkdocs.en.yml", "docs", "hooks", "macros", "overrides", "scripts")
GUIDES = ("docs/vi/guides", "docs/en/guides")  # hand-written pages quoting the real data's ids


def script_module(name: str):  # type: ignore[no-untyped-def]
    """scripts/<name>.py as a module (scripts/ is no package), loaded once under its own name, as the
    scripts import one another (budgets, figures)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def build_site(site_dir: Path, data_file: Path | None = None, changelog_file: Path | None = None,
               environ: dict[str, str | None] | None = None, root: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run `scripts/plan.py build` of the project at ``root`` into ``site_dir``, optionally from another data
    file and its changelog; ``environ`` sets (or, with None, removes) environment variables such as SITE_URL
    for this build."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
    if data_file is not None:
        env["PLAN_DATA_FILE"] = str(data_file)
    if changelog_file is not None:
        env["PLAN_CHANGELOG_FILE"] = str(changelog_file)
    for name, value in (environ or {}).items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return subprocess.run(
        [sys.executable, str(root / "scripts" / "plan.py"), "build", "--site-dir", str(site_dir)],
        cwd=root, env=env, capture_output=True, text=True, timeout=600, check=False,
    )


def project_copy(destination: Path, without: tuple[str, ...] = ()) -> Path:
    """A copy of what the build reads, to build with changed pages; ``without`` drops paths from it."""
    destination.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, destination / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / part)
    for path in without:
        shutil.rmtree(destination / path)
    return destination


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real two-language site, built from data/duties.yaml."""
    site_dir = tmp_path_factory.mktemp("site")
    result = build_site(site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


FORK_URL = "https://someone.github.io/their-fork/"


@pytest.fixture(scope="session")
def fork_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site as a fork's Pages workflow would build it without REPO_URL: another host and sub-path."""
    site_dir = tmp_path_factory.mktemp("fork-site")
    result = build_site(site_dir, environ={"SITE_URL": FORK_URL, "REPO_URL": None})
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def markup_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built from valid data whose texts carry markup and template syntax."""
    site_dir = tmp_path_factory.mktemp("markup-site")
    project = project_copy(tmp_path_factory.mktemp("markup-project"), without=GUIDES)  # guides quote real ids
    result = build_site(site_dir, FIXTURES / "valid" / "markup.yaml", FIXTURES / "changelog" / "markup.yaml",
                        root=project)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def plan():
    from plan_site.source.load import CHANGELOG_FILE, load_plan

    return load_plan(changelog=CHANGELOG_FILE)
