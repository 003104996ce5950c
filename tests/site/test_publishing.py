"""Publishing: the Pages workflow checks the site before it deploys, never cuts a deploy short, can do no
more than publish, and installs only packages pinned exactly (the build's whole dependency tree, not just
its top)."""

from __future__ import annotations

import importlib.metadata
import re
import shlex
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from ..conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
# What each job of the Pages workflow may do, and no more.
ALLOWED_PERMISSIONS = {"build": {"contents": "read"}, "deploy": {"pages": "write", "id-token": "write"}}
_PINNED_ACTION = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([0-9][0-9A-Za-z.+!-]*)$")


def pins(path: Path) -> dict[str, str]:
    """The exact pins of a requirements file and the files it includes; anything else fails."""
    found: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line == "-e .":
            continue
        if line.startswith("-r "):
            found |= pins(path.parent / line[3:].strip())
            continue
        match = _PIN.match(line)
        assert match, f"{path.name}: '{line}' is not pinned exactly (name==version)"
        found[canonicalize_name(match.group(1))] = match.group(2)
    return found


def required_by(name: str) -> set[str]:
    """What an installed package requires on this interpreter and platform (markers evaluated)."""
    wanted = set()
    for text in importlib.metadata.distribution(name).requires or []:
        requirement = Requirement(text)
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            wanted.add(canonicalize_name(requirement.name))
    return wanted


@pytest.mark.parametrize("requirements", ["requirements.txt", "requirements-test.txt"])
def test_every_package_and_everything_it_requires_is_pinned_at_the_installed_version(requirements: str) -> None:
    pinned = pins(ROOT / requirements)
    for name, version in pinned.items():
        assert importlib.metadata.version(name) == version, f"{name}: installed version differs from the pin"
        unpinned = required_by(name) - set(pinned)
        assert unpinned == set(), f"{name} requires packages {requirements} does not pin: {sorted(unpinned)}"


def test_the_site_tools_are_the_supported_series() -> None:
    pinned = pins(ROOT / "requirements.txt")
    assert pinned["mkdocs"].startswith("1.6.")
    assert pinned["mkdocs-material"].startswith("9.8.")
    assert pinned["mkdocs-macros-plugin"].startswith("1.5.")


def test_the_package_build_backend_is_pinned() -> None:
    backend = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]["requires"]
    assert backend and all(_PIN.match(requirement) for requirement in backend)


def test_the_pages_workflow_checks_the_site_before_it_deploys() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    runs = [step.get("run", "") for step in steps]
    upload = next(i for i, step in enumerate(steps) if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    check = next(i for i, run in enumerate(runs) if "pytest" in run)
    assert check < upload
    assert shlex.split(runs[check].split("pytest", 1)[1]) == ["-q", "-m", "not browser and not office"], \
        "the unit and site tiers run; the browser tier and LibreOffice need tools the runner lacks"
    build = next(step for step in steps if "plan.py build" in step.get("run", ""))
    assert steps[check]["env"] == build["env"], "the checked site is built with the published settings"
    installs = [line for run in runs for line in run.splitlines() if "pip install" in line]
    assert installs and all(re.fullmatch(r"python -m pip install -r requirements(-test)?\.txt", line.strip())
                            for line in installs)
    assert workflow["jobs"]["deploy"]["needs"] == "build"


def test_a_deploy_under_way_is_never_cancelled() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert workflow["concurrency"]["cancel-in-progress"] is False


def test_the_maintainers_pages_stay_out_of_the_published_site(site: Path) -> None:
    """docs/maintainers/ is for the repository's readers: neither language's docs_dir holds it, and no
    file of it reaches the built site."""
    from mkdocs.config import load_config

    maintainers = (ROOT / "docs" / "maintainers").resolve()
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        docs_dir = Path(load_config(str(ROOT / name))["docs_dir"]).resolve()
        assert not maintainers.is_relative_to(docs_dir) and not docs_dir.is_relative_to(maintainers), name
    files = [path for path in maintainers.rglob("*") if path.is_file()]
    pages = [path.relative_to(maintainers).with_suffix("") for path in files if path.suffix == ".md"]
    assert len(pages) > 1, "the maintainers' folder has pages"
    published = {path.relative_to(site) for path in site.rglob("*")}
    assert not any("maintainers" in path.parts for path in published)
    assert not {path.name for path in published} & {path.name for path in files}, "a maintainers' file was copied"
    built = {Path(prefix) / page / "index.html" for page in pages if page.name != "index" for prefix in ("", "en")}
    assert not built & published, "a maintainers' page was built"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_workflow_grants_no_permission_by_default(workflow: dict) -> None:
    assert workflow.get("permissions") == {}, "top-level permissions must be {} (each job asks for its own)"


def test_each_job_has_only_the_permissions_it_needs(workflow: dict) -> None:
    jobs = workflow["jobs"]
    assert set(jobs) == set(ALLOWED_PERMISSIONS), f"unexpected jobs: {sorted(jobs)}"
    for name, job in jobs.items():
        granted = job.get("permissions")
        assert isinstance(granted, dict), f"{name}: permissions must be listed one by one"
        for scope, level in granted.items():
            assert ALLOWED_PERMISSIONS[name].get(scope) == level, f"{name}: '{scope}: {level}' is not needed"


def test_every_action_is_pinned_to_a_commit(workflow: dict) -> None:
    steps = [step for job in workflow["jobs"].values() for step in job.get("steps", [])]
    used = [step["uses"] for step in steps if "uses" in step]
    assert used, "the workflow uses no actions?"
    unpinned = [action for action in used if not _PINNED_ACTION.match(action)]
    assert unpinned == [], "actions must be pinned to a full commit SHA"
    checkout = [step for step in steps if step.get("uses", "").startswith("actions/checkout@")]
    assert checkout and all(step.get("with", {}).get("persist-credentials") is False for step in checkout)
