"""Each page loads only the scripts and style sheets it uses.

mkdocs.yml lists the site's scripts and style sheets for every page (Material has no per-page list); a
few serve one kind of page only, and every other first visit would download them for nothing: the duty
finder's script and style sheet (2.2 kB gzip), the checklists' style sheet (0.6 kB gzip), the original
text's and the coordination figure's style sheets. They are taken out of every finished page that is not of
their kind (hooks/page_assets.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from plan_site.model.plan import Plan
from plan_site.site import routes

# An asset used by one kind of page only -> whether a page (by its source path) is of that kind.
FINDER_ASSETS = ("assets/javascripts/finder.js", "assets/stylesheets/finder.css")
CHECKLIST_ASSETS = ("assets/stylesheets/checklist.css",)
ORIGINAL_ASSETS = ("assets/stylesheets/original.css",)
COORDINATION_ASSETS = ("assets/stylesheets/coordination.css",)


def only_on(plan: Plan) -> dict[str, Callable[[str], bool]]:
    """Each page-kind asset and the test of the pages that load it (routes: the finder, the checklists, the
    original text, the coordination page)."""
    checklists = frozenset(route.path for route in routes.routes(plan) if route.kind == "checklist")
    return {**{asset: routes.FINDER.__eq__ for asset in FINDER_ASSETS},
            **{asset: checklists.__contains__ for asset in CHECKLIST_ASSETS},
            **{asset: routes.ORIGINAL.__eq__ for asset in ORIGINAL_ASSETS},
            **{asset: routes.COORDINATION.__eq__ for asset in COORDINATION_ASSETS}}


def page_assets(output: str, plan: Plan, source_path: str) -> str:
    """A finished page (or the 404 page) without the page-kind assets that pages of its kind do not use."""
    for asset, used_by in only_on(plan).items():
        if not used_by(source_path):
            output = _tag(asset).sub("", output)
    return output


@functools.cache
def _tag(asset: str) -> re.Pattern[str]:
    """The script or style sheet tag that Material writes for an asset of mkdocs.yml's extra_* lists. Each
    tag is on its own line: the pattern starts with that line's end, which keeps it fast."""
    path = re.escape(asset)
    return re.compile(rf'\n\s*(?:<script (?:defer )?src="[^"]*{path}"></script>'
                      rf'|<link rel="stylesheet" href="[^"]*{path}">)')
