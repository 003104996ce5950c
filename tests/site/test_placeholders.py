"""No link to an account that is not the project's: the repository link is REPO_URL (which the Pages
workflow takes from its own context) or nothing."""

from __future__ import annotations

import os
from pathlib import Path

from .html import pages, soup


def repository_links(site: Path) -> set[str]:
    return {a["href"] for page in pages(site) for a in soup(page).select("a.md-source")}


def test_no_page_links_to_a_placeholder_account(site: Path, fork_site: Path) -> None:
    for built in (site, fork_site):
        found = [p for p in built.rglob("*") if p.is_file() and p.suffix in (".html", ".xml", ".json", ".csv")
                 and "github.com/example" in p.read_text(encoding="utf-8")]
        assert found == []


def test_without_repo_url_there_is_no_repository_link(fork_site: Path) -> None:
    assert repository_links(fork_site) == set()


def test_the_repository_link_is_repo_url(site: Path) -> None:
    """The session site is built in this environment: with REPO_URL (as in the Pages workflow) or without."""
    expected = {os.environ["REPO_URL"]} if os.environ.get("REPO_URL") else set()
    assert repository_links(site) == expected
