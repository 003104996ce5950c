"""Shared fixtures: the real site, built once per test run by the same command users run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def build_site(site_dir: Path, data_file: Path | None = None,
               changelog_file: Path | None = None,
               environ: dict[str, str | None] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `scripts/plan.py build` into ``site_dir``, optionally from another data file and its changelog;
    ``environ`` sets (or, with None, removes) environment variables such as SITE_URL for this build."""
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
        [sys.executable, str(ROOT / "scripts" / "plan.py"), "build", "--site-dir", str(site_dir)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
    )


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
    result = build_site(site_dir, FIXTURES / "valid" / "markup.yaml", FIXTURES / "changelog" / "markup.yaml")
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def plan():
    from plan_site.load import CHANGELOG_FILE, load_plan

    return load_plan(changelog=CHANGELOG_FILE)
