"""Every built page, the 404 page too, carries a Content-Security-Policy that allows the site's own
origin only, and its inline code by hash, set before anything it governs; and a referrer policy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plan_site.outputs.csp import REFERRER_POLICY, content_security_policy, inline_code, source_hash

from .html import pages, soup


def policy_of(page: Path) -> dict[str, list[str]]:
    meta = soup(page).head.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert meta is not None, page
    return {name: values for name, *values in (d.split() for d in meta["content"].split(";"))}


def test_every_page_has_a_policy_of_its_own_origin_and_its_inline_code(site: Path) -> None:
    checked = 0
    for page in pages(site):
        text = page.read_text(encoding="utf-8")
        policy = policy_of(page)
        sources = {value for values in policy.values() for value in values}
        assert sources <= {"'self'", "'none'", "data:", "'unsafe-hashes'"} | {s for s in sources if
                                                                            s.startswith("'sha256-")}, page
        assert policy["default-src"] == ["'self'"] and policy["object-src"] == ["'none'"]
        code = inline_code(text)
        assert {source_hash(script) for script in code.scripts} <= set(policy["script-src"]), page
        assert {source_hash(style) for style in code.styles + code.style_attributes} <= set(policy["style-src"])
        checked += bool(code.scripts)
    assert checked == len(pages(site)), "every page has inline scripts (the theme's, the 404 page's)"


def test_the_policy_comes_before_anything_it_governs(site: Path) -> None:
    for page in pages(site):
        head = soup(page).head
        first = head.find(True)
        assert first.name == "meta" and first.get("charset") == "utf-8", page
        policy, referrer = first.find_next_siblings(True, limit=2)
        assert policy.get("http-equiv") == "Content-Security-Policy", page
        assert referrer.get("name") == "referrer" and referrer["content"] == REFERRER_POLICY


@pytest.mark.parametrize(("markup", "directive", "expected"), [
    ("<script>alert(1)</script>", "script-src", "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"),
    ('<p style="text-align: right;">x</p>', "style-src", "'unsafe-hashes'"),
    ('<script type="application/ld+json">{"a": 1}</script>', "script-src", None),
])
def test_the_policy_follows_the_page(markup: str, directive: str, expected: str | None) -> None:
    """Hashes are computed from the finished page: what it holds is allowed, nothing else."""
    policy = dict(re.match(r"([\w-]+) (.*)", d.strip()).groups() for d in content_security_policy(markup).split(";"))
    if expected is None:
        assert policy[directive] == "'self'"
    else:
        assert expected in policy[directive].split()
