"""The site's search: Material's search box, answered by the site's own worker, loaded when it is used,
from a lean index. hooks/search_index.py is the MkDocs adapter; this module knows nothing of MkDocs and
raises ValueError where the build must stop.

Material's lunr worker cannot find Vietnamese as people type it (no accent folding, no NFD, OR-ed
words); overrides/assets/javascripts/search-worker.js can, and speaks the same messages. Each page's
Material configuration is pointed at it (``use_site_worker``), and the Vietnamese original shown inside
English pages is kept out of the English index, so an English query finds English text.

**Search loads when it is used.** Material starts its search worker and fetches search_index.json as
every page loads: 40 kB gzip, a third of a first visit, for the few readers who search.
overrides/assets/javascripts/search-on-use.js is put at the head of Material's bundle (its comments left
out; one request less than a file of its own) and the bundle's two calls are routed through it
(``search_on_use``): the worker gets a stand-in, and the index fetch a promise, until the reader first
reaches for search. That is when Material opens its search overlay (its toggle, the #__search checkbox,
changes): focus on the search box, the search keys f, s and /, a tap on the search icon on phones, a ?q=
address. Then the worker and the index are fetched together, and Material sends the query typed meanwhile
as soon as the worker has the index. Until then the result count line, made a polite live region
(role="status", ``search_states``), says search is loading; if the index cannot be fetched it says so,
and the next reach for search tries again. A page opened from a result (?h=) fetches the index at once,
for Material's highlighting of the words searched for (the browser usually has it cached by then). No
request is made on idle time. The source map moves with the bundle (plan_site/outputs/source_map.py), so
the bundle's code still maps to Material's sources.

**The index holds each text once, and only what results show** (``lean_index``). A duty is indexed as
its own section of its agency page, not again where the original text or a theme's list repeats it
(``without_repeated_duties``; the duty finder, the side-by-side page and quoted duties are already left
out); the HTML block tags between paragraphs, which results show as spaces, are spaces; Material's lunr
settings, which the site's worker does not read, are dropped but for the word separator that Material's
page highlighting uses. There is no folded copy of the texts (the worker folds accents when it loads),
and letters are plain UTF-8: Material escapes every Vietnamese letter as \\uXXXX, 12% of the Vietnamese
index's gzip download.

**A search lists the pages people read before the pages that repeat them** (``search_settings``). The
changelog and the printable checklists (each repeats its agency page's duties) are given a search boost
below 1, Material's own page setting (``search: boost:``), which its indexer writes into each of their
sections and ``lean_index`` keeps; the worker lists them after every other page. The rest of the
ranking (the page named by the query first, then words next to each other) is the worker's.
"""

from __future__ import annotations

import functools
import json
import re
from html import escape
from pathlib import Path

from plan_site.model.plan import Plan
from plan_site.model.types import Lang
from plan_site.outputs import source_map
from plan_site.site import routes
from plan_site.site.labels import t

WORKER = "assets/javascripts/search-worker.js"
ON_USE_SCRIPT = "assets/javascripts/search-on-use.js"
BUNDLE = "assets/javascripts/bundle.*.min.js"
INDEX = "search/search_index.json"

# What the result count line says while the index loads, and if it cannot load: state -> label key
# (plan_site/site/labels.yaml).
SEARCH_STATES = {"loading": "search_loading", "failed": "search_failed"}

# Material's bundle makes two calls at every page load that search-on-use.js holds until search is used:
# the worker's start, and the index fetch (requestJSON(new URL("search/search_index.json", base))).
# Each is routed through that script's function: name -> (the call, the call routed).
BUNDLE_CALLS = {
    "search worker": (re.compile(r"\bnew Worker\(([\w$]+)\)"), r"self.searchWorkerOnUse(\1)"),
    "search index fetch": (re.compile(r'\b([\w$]+)\(new URL\("search/search_index\.json",([\w$]+)\.base\)\)'),
                           r'self.searchIndexOnUse(()=>\1(new URL("search/search_index.json",\2.base)))'),
}
# Comments of search-on-use.js that every first visit would download: its leading block and whole-line
# "//" comments (the source file keeps them).
_SCRIPT_COMMENTS = re.compile(r"\A/\*[\s\S]*?\*/\n|^[ \t]*//[^\n]*\n", re.MULTILINE)

_MATERIAL_WORKER = re.compile(r'("search":\s*")([^"]*?)assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"')
_ORIGINAL_VI = '<details class="original-vi"'
# Block tags in an index text: the worker shows each as a space (BLOCK_TAG in search-worker.js).
_BLOCK_TAGS = re.compile(r"(?:\s*</?(?:p|li|ol|ul|pre|h\d)\b[^>]*>)+\s*", re.IGNORECASE)
_META = '<div class="md-search-result__meta">'


# ---------------------------------------------------------------- what each page gives the index


def indexed_content(html: str, plan: Plan, source_path: str, lang: Lang) -> str:
    """A page's content as Material's indexer should read it: each duty once, and on English pages
    without the Vietnamese original (marked data-search-exclude, which the indexer skips)."""
    html = without_repeated_duties(html, plan, source_path)
    return html.replace(_ORIGINAL_VI, _ORIGINAL_VI + " data-search-exclude") if lang == "en" else html


# Kinds of page (routes.Route.kind) a search lists after all others, with the search boost that says so:
# the changelog, and the printable checklists, which repeat their agency pages' duties.
LISTED_LAST = frozenset({"changes", "checklist"})
LAST_BOOST = 0.5


def search_settings(plan: Plan, source_path: str) -> dict[str, object]:
    """Material's search settings for a page (its ``search`` page setting): the duty finder is left out,
    as it repeats every duty (search leads to the duty itself); the kinds LISTED_LAST get a boost below 1,
    so the worker lists them after the pages people read; other pages need none."""
    if source_path == routes.FINDER:
        return {"exclude": True}
    kinds = {route.path: route.kind for route in routes.routes(plan)}  # a few microseconds a page
    return {"boost": LAST_BOOST} if kinds.get(source_path) in LISTED_LAST else {}


def without_repeated_duties(html: str, plan: Plan, source_path: str) -> str:
    """Mark for the indexer the copies of a duty that are not its own section on its agency page: its
    paragraph in the original text (<p id="iii-1-1">) and a list entry that opens with a link to it (a
    theme's duties); search leads to the duty itself, once."""
    paragraph, listed = duty_copies(plan)
    if source_path == routes.ORIGINAL:
        return paragraph.sub(r'<p id="\1" data-search-exclude>', html)
    return listed.sub("<li data-search-exclude>", html)


_COPIES: dict[str, object] = {}


def duty_copies(plan: Plan) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a duty's paragraph in the original text and of a list entry linking to the duty on
    its agency page (routes.agency), made once per plan (the plan itself is too large to hash per page)."""
    if _COPIES.get("plan") is not plan:
        _COPIES.update(plan=plan, patterns=_duty_patterns(plan))
    return _COPIES["patterns"]  # type: ignore[return-value]


def _duty_patterns(plan: Plan) -> tuple[re.Pattern[str], re.Pattern[str]]:
    anchors = "|".join(re.escape(duty.anchor) for duty in plan.duties)
    addresses = "|".join(re.escape(routes.page_address("", routes.agency(plan.assignment_of(duty).slug), duty.anchor))
                         for duty in plan.duties)
    return re.compile(rf'<p id="({anchors})">'), re.compile(rf'<li>(?=<a href="[^"]*(?<![\w-])(?:{addresses})">)')


def lean_index(data: dict) -> dict:
    """The index as the site's worker reads it: each section's location, title and text (block tags as
    spaces) and its page's search boost if it has one, and of Material's settings only the word separator
    its page highlighting uses."""
    docs = [{"location": doc["location"], "title": doc.get("title") or "",
             "text": _BLOCK_TAGS.sub(" ", doc.get("text") or "").strip(),
             **({"boost": doc["boost"]} if "boost" in doc else {})} for doc in data["docs"]]
    return {"config": {"separator": data["config"]["separator"]}, "docs": docs}


def lean_index_json(written: str) -> str:
    """Material's search_index.json as the site publishes it: lean, and its letters as UTF-8."""
    return json.dumps(lean_index(json.loads(written)), ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------- each finished page


def finished_page(output: str, lang: Lang) -> str:
    """A finished page (or template) with Material's search pointed at the site's worker and the result
    count line given its loading states."""
    return search_states(use_site_worker(output), lang)


def use_site_worker(output: str) -> str:
    """Swap Material's worker URL for the site's, keeping its relative prefix; fail loudly if not found."""
    if 'id="__config"' not in output:
        return output
    swapped, count = _MATERIAL_WORKER.subn(lambda m: f'{m.group(1)}{m.group(2)}{WORKER}"', output)
    if count != 1:
        raise ValueError("Material's search worker URL not found; search would fall back to lunr")
    return swapped


def search_state_words(lang: Lang) -> dict[str, str]:
    """What the result count line says in each state (SEARCH_STATES), in ``lang``."""
    return {state: t(key, lang) for state, key in SEARCH_STATES.items()}


def search_states(output: str, lang: Lang) -> str:
    """Material's result count line becomes a polite live region that also carries the words for
    "loading" and "could not load", which search-on-use.js shows there while the index loads."""
    if 'data-md-component="search-result"' not in output:
        return output
    if output.count(_META) != 1:
        raise ValueError("Material's search result count not found: the loading state would not be shown")
    words = {state: escape(text) for state, text in search_state_words(lang).items()}
    return output.replace(_META, f'<div class="md-search-result__meta" role="status" '
                                 f'data-loading="{words["loading"]}" data-failed="{words["failed"]}">')


# ---------------------------------------------------------------- the built site


@functools.lru_cache(maxsize=1)  # both languages' builds patch the same bundle
def search_on_use(bundle: str, bundle_map: str, script: str) -> tuple[str, str]:
    """Material's bundle with search-on-use.js before it and its two search calls routed through it; the
    source map moved to match, so the bundle's own code still maps to Material's sources. Fails loudly
    unless each call is found exactly once."""
    found = []
    for name, (call, routed) in BUNDLE_CALLS.items():
        matches = list(call.finditer(bundle))
        if len(matches) != 1:
            raise ValueError(f"Material's {name} found {len(matches)} times in its bundle, not once: "
                             "search would load with every page")
        found.append((matches[0], matches[0].expand(routed)))
    script = _SCRIPT_COMMENTS.sub("", script).rstrip("\n") + "\n"
    return source_map.edit(bundle, bundle_map, found, before=script)


def publish_search(site: Path) -> None:
    """Finish one language's built site: search/search_index.json lean and as UTF-8, not \\u escapes;
    search-on-use.js put into Material's bundle (one request less on every first visit), so search
    loads when it is used."""
    index = site / INDEX
    if index.is_file():
        index.write_text(lean_index_json(index.read_text(encoding="utf-8")), encoding="utf-8")
    bundles = sorted(site.glob(BUNDLE))
    if len(bundles) != 1:
        raise ValueError(f"expected one Material bundle ({BUNDLE}), found {len(bundles)}")
    bundle, bundle_map = bundles[0], bundles[0].with_name(bundles[0].name + ".map")
    script = site / ON_USE_SCRIPT
    code, mapped = search_on_use(*(path.read_text(encoding="utf-8") for path in (bundle, bundle_map, script)))
    bundle.write_text(code, encoding="utf-8")
    bundle_map.write_text(mapped, encoding="utf-8")
    script.unlink()
