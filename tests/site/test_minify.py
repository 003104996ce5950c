"""The site's own style sheets reach readers without comments or spare white space, rule for rule as their
sources say (plan_site/outputs/minify.py); the browser tests then run against what readers receive."""

from __future__ import annotations

from pathlib import Path

import yaml

from plan_site.outputs.minify import minified_css

from ..conftest import ROOT
from .html import LANGS


def style_sheets() -> list[str]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return [path for path in config["extra_css"] if path.endswith(".css")]


def test_every_own_style_sheet_is_served_minified_in_both_languages(site: Path) -> None:
    sheets = style_sheets()
    assert "assets/stylesheets/site.css" in sheets
    for path in sheets:
        source = (ROOT / "overrides" / path).read_text(encoding="utf-8")
        assert "/*" in source, f"{path}: the source keeps its comments"
        for lang in LANGS:
            served = (site / LANGS[lang] / path).read_text(encoding="utf-8")
            assert served == minified_css(source), (lang, path)
            assert "/*" not in served and len(served) < len(source), (lang, path)


def test_minifying_keeps_every_rule_and_at_rule() -> None:
    source = """/* why */
html { container-type: inline-size; }
@container (max-width: 17.99rem) {
  .md-header__inner { flex-wrap: wrap; }  /* a second row */
}
.a::after { content: "/* not a comment */"; }
"""
    assert minified_css(source) == ('html{container-type:inline-size}@container (max-width:17.99rem){'
                                    '.md-header__inner{flex-wrap:wrap}}.a::after{content:"/* not a comment */"}')
