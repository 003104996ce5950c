"""Shared fixtures: the real site, built once per test run by the same command users run; and the tiers.

Every test is in one tier, marked by where it lives and what it asks for (pyproject.toml registers them):
- ``browser``: tests/e2e, in Chromium;
- ``site``: tests that read a built site or build one (they ask for ``site``, ``markup_site``, ``fork_site``
  or ``build``);
- ``unit``: everything else: the data, the validator and the renderers in memory; no build, no browser.
A unit test that runs a build anyway fails (see ``build_site``), so the tier stays fast.

Under pytest-xdist each built site is still built once per run: the first worker that needs it builds it
into the run's shared temporary folder while the others wait on a file lock.
"""

from __future__ import annotations

import fcntl
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"

TIERS = ("unit", "site", "browser")
BUILT = {"site", "markup_site", "fork_site", "build"}  # the fixtures that build (or are) a site
_tier_running: list[str] = []  # the tier of the test being set up or run


def tier_of(item: pytest.Item) -> str:
    """A test's tier: the one it is marked with (a test that asks for a site through ``getfixturevalue``
    says so), else browser under tests/e2e, site if it asks for a built site or a build, else unit."""
    marked = [mark.name for mark in item.iter_markers() if mark.name in TIERS]
    if marked:
        return marked[0]
    if TESTS / "e2e" in item.path.parents:
        return "browser"
    return "site" if BUILT & set(getattr(item, "fixturenames", ())) else "unit"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        tier = tier_of(item)
        if not item.get_closest_marker(tier):
            item.add_marker(tier)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    _tier_running[:] = [tier_of(item)]


def pytest_runtest_teardown(item: pytest.Item) -> None:
    _tier_running.clear()


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
    for this build. Tests ask for it through the ``build`` fixture (which puts them in the site tier)."""
    if _tier_running == ["unit"]:
        raise AssertionError("a unit test ran a build: ask for the `build` fixture, which makes it a site test")
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


@pytest.fixture
def build() -> Callable[..., subprocess.CompletedProcess[str]]:
    """``build_site``, for a test that runs a build of its own (a site-tier test)."""
    return build_site


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """A folder that ``make`` fills once per test run, shared by all pytest-xdist workers of the run."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        folder = tmp_path_factory.mktemp(name)
        make(folder)
        return folder
    shared = tmp_path_factory.getbasetemp().parent  # the run's own folder: each worker's basetemp is in it
    folder, done = shared / name, shared / f"{name}.done"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            done.touch()
    return folder


def _build_into(**arguments) -> Callable[[Path], None]:
    def make(site_dir: Path) -> None:
        result = build_site(site_dir, **arguments)
        assert result.returncode == 0, result.stderr
    return make


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real two-language site, built from data/duties.yaml."""
    return built_once(tmp_path_factory, "site", _build_into())


FORK_URL = "https://someone.github.io/their-fork/"


@pytest.fixture(scope="session")
def markup_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built from valid data whose texts carry markup and template syntax, as a fork's Pages
    workflow would build it: without REPO_URL, for another host and sub-path (FORK_URL)."""
    def make(site_dir: Path) -> None:
        project = site_dir.parent / f"{site_dir.name}-project"
        shutil.rmtree(project, ignore_errors=True)
        project_copy(project, without=GUIDES)  # the guides quote the real data's ids
        _build_into(data_file=FIXTURES / "valid" / "markup.yaml", changelog_file=FIXTURES / "changelog" / "markup.yaml",
                    environ={"SITE_URL": FORK_URL, "REPO_URL": None}, root=project)(site_dir)
    return built_once(tmp_path_factory, "markup-site", make)


@pytest.fixture(scope="session")
def fork_site(markup_site: Path) -> Path:
    """The site as a fork builds it: another address and no repository link. The markup site is built that
    way (what a fork changes comes from mkdocs.yml and the hooks, not from the data), so it costs no build."""
    return markup_site


@pytest.fixture(scope="session")
def plan():
    from plan_site.source.load import CHANGELOG_FILE, load_plan

    return load_plan(changelog=CHANGELOG_FILE)
