"""The browser's own protections for a finished page: a Content-Security-Policy and a referrer policy.

GitHub Pages sets no response headers, so both travel as <meta> elements at the top of <head>. The
policy lets a page load, connect to and run only what comes from the site's own origin ('self').
Inline scripts and styles are allowed one by one, by the SHA-256 hash of their exact text, computed
here over the finished page, so any inline script added later is covered once the page is built
and an injected one is not. Style attributes (Markdown writes ``style="text-align: right;"`` for
aligned table columns) are allowed by hash too ('unsafe-hashes' applies the hashes to attributes).
"""

from __future__ import annotations

import base64
import hashlib
import html
from dataclasses import dataclass, field

import lxml.html

# Script types the browser runs; any other (application/json, application/ld+json) is inert data.
_SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}
REFERRER_POLICY = "no-referrer"
_HEAD_START = '<meta charset="utf-8">'


@dataclass
class InlineCode:
    """Everything in a page that runs or styles without a file of its own."""

    scripts: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    style_attributes: list[str] = field(default_factory=list)
    event_handlers: list[str] = field(default_factory=list)


def inline_code(page: str) -> InlineCode:
    """The page's inline scripts, style elements, style attributes and event handler attributes, read as the
    browser reads them (script and style text raw, attribute values decoded) by libxml2's HTML parser, which
    is several times quicker than the standard library's over every page of the site."""
    found = InlineCode()
    for element in lxml.html.document_fromstring(page).iter():
        if not isinstance(element.tag, str):  # comments and processing instructions
            continue
        values = element.attrib
        if "style" in values:
            found.style_attributes.append(values["style"])
        found.event_handlers += [value for name, value in values.items() if name.startswith("on")]
        if element.tag == "script" and "src" not in values and values.get("type", "").lower() in _SCRIPT_TYPES:
            found.scripts.append(element.text or "")
        elif element.tag == "style":
            found.styles.append(element.text or "")
    return found


def source_hash(text: str) -> str:
    """A CSP hash source: 'sha256-<base64 of the SHA-256 of the UTF-8 text>'."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _sources(*texts: list[str]) -> str:
    hashes = dict.fromkeys(source_hash(text) for group in texts for text in group)
    return "".join(f" {h}" for h in hashes)


def content_security_policy(page: str) -> str:
    """The policy for one finished page: the site's own origin, plus the page's inline code by hash."""
    code = inline_code(page)
    unsafe_hashes = " 'unsafe-hashes'"
    script = "'self'" + (unsafe_hashes if code.event_handlers else "") + _sources(code.scripts, code.event_handlers)
    style = "'self'" + (unsafe_hashes if code.style_attributes else "") + _sources(code.styles, code.style_attributes)
    return "; ".join([
        "default-src 'self'",
        f"script-src {script}",
        f"style-src {style}",
        "img-src 'self' data:",   # the theme's icons are data: URLs in its style sheets
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


def protect(page: str) -> str:
    """The page with its policy and referrer policy first in <head>, so they cover everything after."""
    if _HEAD_START not in page:
        raise ValueError(f"no {_HEAD_START} to put the policy after")
    policy = html.escape(content_security_policy(page), quote=False)  # holds no double quote
    meta = (f'\n<meta http-equiv="Content-Security-Policy" content="{policy}">'
            f'\n<meta name="referrer" content="{REFERRER_POLICY}">')
    return page.replace(_HEAD_START, _HEAD_START + meta, 1)
