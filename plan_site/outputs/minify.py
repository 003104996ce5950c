"""The site's own style sheets as readers receive them: without comments or spare white space.

The sources (overrides/assets/stylesheets) keep their comments, which say why each rule is there; readers
need none of them, and every page loads site.css and reuse.css, so a first visit transfers about 1.3 kB
(gzip) less. rcssmin, the minifier of its kind (pinned), only drops what CSS ignores. Scripts are left
as they are: a minifier that is not a JavaScript parser can misread a regular expression or a template
string, and a broken script costs more than the bytes.
"""

from __future__ import annotations

from pathlib import Path

import rcssmin


def minified_css(text: str) -> str:
    """A style sheet with the same rules and nothing else."""
    return rcssmin.cssmin(text)


def minify_style_sheets(site_dir: Path, paths: list[str]) -> list[Path]:
    """Minify, in the built site, each style sheet the configuration lists (``extra_css``); return those
    written. A listed path the build did not write is left alone."""
    written = []
    for path in paths:
        file = site_dir / path
        if file.suffix == ".css" and file.is_file():
            file.write_text(minified_css(file.read_text(encoding="utf-8")), encoding="utf-8")
            written.append(file)
    return written
