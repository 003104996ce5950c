"""MkDocs hook: Material's search box, matched by the site's own worker, loaded when it is used.

Material's lunr worker cannot find Vietnamese as people type it (no accent folding, no NFD, OR-ed
words); overrides/assets/javascripts/search-worker.js can, and speaks the same messages. This hook
points each page's Material configuration at it, and keeps the Vietnamese original shown inside
English pages out of the English index, so an English query finds English text.

**Search loads when it is used.** Material starts its search worker and fetches search_index.json
as every page loads: 40 kB gzip, a third of a first visit, for the few readers who search. This
hook puts overrides/assets/javascripts/search-on-use.js at the head of Material's bundle (its
comments left out; one request less than a file of its own) and routes the bundle's two calls
through it: the worker gets a stand-in, and the index fetch a promise, until the reader first
reaches for search. That is when Material opens its search overlay (its toggle, the #__search
checkbox, changes): focus on the search box, the search keys f, s and /, a tap on the search icon
on phones, a ?q= address. Then the worker and the index are fetched together, and Material sends
the query typed meanwhile as soon as the worker has the index. Until then the result count line,
made a polite live region (role="status"), says search is loading; if the index cannot be
fetched it says so, and the next reach for search tries again. A page opened from a result (?h=)
fetches the index at once, for Material's highlighting of the words searched for (the browser
usually has it cached by then). No request is made on idle time. The source map moves with the
bundle, so the bundle's code still maps to Material's sources.

**The index holds each text once, and only what results show.** A duty is indexed as its own
section of its agency page, not again where the original text or a theme's list repeats it (the
duty finder, the side-by-side page and quoted duties are already left out); the HTML block tags
between paragraphs, which results show as spaces, are spaces; Material's lunr settings, which the
site's worker does not read, are dropped but for the word separator that Material's page
highlighting uses. There is no folded copy of the texts (the worker folds accents when it loads),
and letters are plain UTF-8: Material escapes every Vietnamese letter as \\uXXXX, 12% of the
Vietnamese index's gzip download.

The duty finder's script and style sheet (listed for every page in mkdocs.yml) are kept on the
finder page only, 2.2 kB gzip less on every other first visit.
"""

from __future__ import annotations

import functools
import json
import re
from html import escape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from plan_site.site import routes
from plan_site.source.load import current_plan

WORKER = "assets/javascripts/search-worker.js"
_MATERIAL_WORKER = re.compile(r'("search":\s*")([^"]*?)assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"')
_ORIGINAL_VI = '<details class="original-vi"'

# Material's bundle makes two calls at every page load that search-on-use.js holds until search is used:
# the worker's start, and the index fetch (requestJSON(new URL("search/search_index.json", base))).
# Each is routed through that script's function.
_BUNDLE_CALLS = {
    "search worker": (re.compile(r"\bnew Worker\(([\w$]+)\)"), r"self.searchWorkerOnUse(\1)"),
    "search index fetch": (re.compile(r'\b([\w$]+)\(new URL\("search/search_index\.json",([\w$]+)\.base\)\)'),
                           r'self.searchIndexOnUse(()=>\1(new URL("search/search_index.json",\2.base)))'),
}
# Comments of search-on-use.js that every first visit would download: its leading block and whole-line
# "//" comments (the source file keeps them).
_SCRIPT_COMMENTS = re.compile(r"\A/\*[\s\S]*?\*/\n|^[ \t]*//[^\n]*\n", re.MULTILINE)
_BUNDLE = "assets/javascripts/bundle.*.min.js"
ON_USE_SCRIPT = "assets/javascripts/search-on-use.js"

# Block tags in an index text: the worker shows each as a space (BLOCK_TAG in search-worker.js).
_BLOCK_TAGS = re.compile(r"(?:\s*</?(?:p|li|ol|ul|pre|h\d)\b[^>]*>)+\s*", re.IGNORECASE)

# What the site's search shows while the index loads, and if it cannot load (search-on-use.js).
SEARCH_STATES = {
    "vi": {"loading": "Đang tải dữ liệu tìm kiếm…", "failed": "Không tải được dữ liệu tìm kiếm. Hãy thử lại sau."},
    "en": {"loading": "Loading search…", "failed": "Search could not be loaded. Please try again later."},
}
_META = '<div class="md-search-result__meta">'
# The duty finder's own script and style sheet, as Material writes them from mkdocs.yml's extra_* lists.
# (Each on its own line; the pattern starts with that line's end, which keeps it fast.)
_FINDER_ASSETS = re.compile(r'\n\s*(?:<script (?:defer )?src="[^"]*assets/javascripts/finder\.js"></script>'
                            r'|<link rel="stylesheet" href="[^"]*assets/stylesheets/finder\.css">)')


def on_page_content(html: str, page, config: MkDocsConfig, files) -> str:
    """Keep the duty finder out of the index (it repeats every duty; search leads to the duty
    itself), and so every duty the original text or a list repeats; on English pages, mark the
    Vietnamese original so Material's indexer skips it."""
    if page.file.src_uri == routes.FINDER:
        page.meta["search"] = {"exclude": True}
    html = _without_repeated_duties(html, page.file.src_uri)
    if config["theme"]["language"] == "en":
        html = html.replace(_ORIGINAL_VI, _ORIGINAL_VI + " data-search-exclude")
    return html


def _without_repeated_duties(html: str, src_uri: str) -> str:
    """Mark for the indexer the copies of a duty that are not its own section on its agency page:
    its paragraph in the original text (<p id="iii-1-1">) and a list entry that opens with a link
    to it (a theme's duties); search leads to the duty itself, once."""
    paragraph, listed = _duty_copies(current_plan())
    if src_uri == routes.ORIGINAL:
        return paragraph.sub(r'<p id="\1" data-search-exclude>', html)
    return listed.sub("<li data-search-exclude>", html)


_COPIES: dict[str, object] = {}


def _duty_copies(plan) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a duty's paragraph in the original text and of a list entry linking to it,
    made once per plan."""
    if _COPIES.get("plan") is not plan:
        anchors = "|".join(re.escape(duty.anchor) for duty in plan.duties)
        _COPIES.update(plan=plan, patterns=(re.compile(rf'<p id="({anchors})">'),
                                            re.compile(rf'<li>(?=<a href="[^"]*agencies/[^"/]+/#(?:{anchors})">)')))
    return _COPIES["patterns"]  # type: ignore[return-value]


def on_post_page(output: str, page, config: MkDocsConfig) -> str:
    """Point Material's search at the site's worker; give the result count its loading states; load
    the duty finder's script and styles on the finder page only."""
    output = search_states(use_site_worker(output, page.file.src_uri), config["theme"]["language"])
    return output if page.file.src_uri == routes.FINDER else without_finder_assets(output)


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """The same for pages rendered from templates alone (404.html)."""
    if not template_name.endswith(".html"):
        return output
    return search_states(use_site_worker(output, template_name), config["theme"]["language"])


def use_site_worker(output: str, where: str) -> str:
    """Swap Material's worker URL for ours, keeping its relative prefix; fail loudly if not found."""
    if 'id="__config"' not in output:
        return output
    swapped, count = _MATERIAL_WORKER.subn(lambda m: f'{m.group(1)}{m.group(2)}{WORKER}"', output)
    if count != 1:
        raise PluginError(f"{where}: Material's search worker URL not found; search would fall back to lunr")
    return swapped


def without_finder_assets(output: str) -> str:
    """The page without the duty finder's script and style sheet, which only the finder page uses
    (mkdocs.yml lists them for every page): 2.2 kB gzip less on every other first visit."""
    return _FINDER_ASSETS.sub("", output)


def search_states(output: str, lang: str) -> str:
    """Material's result count line becomes a polite live region that also carries the words for
    "loading" and "could not load", which search-on-use.js shows there while the index loads."""
    if 'data-md-component="search-result"' not in output:
        return output
    if output.count(_META) != 1:
        raise PluginError("Material's search result count not found: the loading state would not be shown")
    states = {key: escape(text) for key, text in SEARCH_STATES[lang].items()}
    return output.replace(_META, f'<div class="md-search-result__meta" role="status" '
                                 f'data-loading="{states["loading"]}" data-failed="{states["failed"]}">')


@functools.lru_cache(maxsize=1)  # both languages' builds patch the same bundle
def search_on_use(bundle: str, source_map: str, script: str) -> tuple[str, str]:
    """Material's bundle with search-on-use.js before it and its two search calls routed through it;
    the source map moved to match, so the bundle's own code still maps to Material's sources. Fails
    loudly unless each call is found exactly once."""
    found = []
    for name, (call, routed) in _BUNDLE_CALLS.items():
        matches = list(call.finditer(bundle))
        if len(matches) != 1:
            raise PluginError(f"Material's {name} found {len(matches)} times in its bundle, not once: "
                              "search would load with every page")
        found.append((matches[0], matches[0].expand(routed)))
    mappings = _MAPPINGS.search(source_map)
    if mappings is None:
        raise PluginError("Material's bundle source map has no mappings")
    lines = mappings.group(2).split(";")
    for match, routed in sorted(found, key=lambda item: -item[0].start()):  # the last first: offsets stay valid
        line = bundle.count("\n", 0, match.start())
        line_start = bundle.rfind("\n", 0, match.start()) + 1
        end_column = _utf16_length(bundle[line_start:match.end()])
        lines[line] = _shift_columns(lines[line], end_column, _utf16_length(routed) - _utf16_length(match.group()))
        bundle = bundle[:match.start()] + routed + bundle[match.end():]
    script = _SCRIPT_COMMENTS.sub("", script).rstrip("\n") + "\n"
    moved = ";" * script.count("\n") + ";".join(lines)
    return script + bundle, source_map[:mappings.start(2)] + moved + source_map[mappings.end(2):]


def _utf16_length(text: str) -> int:
    """Length in UTF-16 code units, the unit of source map columns."""
    return len(text.encode("utf-16-le")) // 2


_BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_DIGITS = {char: digit for digit, char in enumerate(_BASE64)}
# The first number of every segment of a line: base64 digits with the continuation bit (g-z, 0-9, +, /), then one without.
_FIRST_NUMBERS = re.compile(r"(?:^|,)([g-z0-9+/]*[A-Za-f])")
_MAPPINGS = re.compile(r'("mappings":\s*")([A-Za-z0-9+/,;]*)"')


def _shift_columns(line: str, at: int, delta: int) -> str:
    """One line of source map mappings with every segment at column `at` or later moved by `delta`.
    Columns are relative to the previous segment of the line, so only the first such segment changes;
    a segment's column is its first number."""
    column = 0
    for first in _FIRST_NUMBERS.finditer(line):
        value = _vlq_decode(first.group(1))[0]
        column += value
        if column >= at:
            return line[:first.start(1)] + _vlq_encode([value + delta]) + line[first.end(1):]
    return line


def _vlq_decode(segment: str) -> list[int]:
    """The numbers of one source map segment (base64 VLQ)."""
    values, value, shift = [], 0, 0
    for char in segment:
        digit = _DIGITS[char]
        value += (digit & 31) << shift
        if digit & 32:
            shift += 5
            continue
        values.append(-(value >> 1) if value & 1 else value >> 1)
        value, shift = 0, 0
    return values


def _vlq_encode(values: list[int]) -> str:
    """One source map segment (base64 VLQ) of these numbers."""
    out = []
    for number in values:
        value = (-number << 1) | 1 if number < 0 else number << 1
        while True:
            digit, value = value & 31, value >> 5
            out.append(_BASE64[digit | (32 if value else 0)])
            if not value:
                break
    return "".join(out)


def lean_index(data: dict) -> dict:
    """The index as the site's worker reads it: each section's location, title and text (block tags
    as spaces), and of Material's settings only the word separator its page highlighting uses."""
    docs = [{"location": doc["location"], "title": doc.get("title") or "",
             "text": _BLOCK_TAGS.sub(" ", doc.get("text") or "").strip()} for doc in data["docs"]]
    return {"config": {"separator": data["config"]["separator"]}, "docs": docs}


@event_priority(-100)  # after Material's search plugin has written the index
def on_post_build(config: MkDocsConfig) -> None:
    """Rewrite search/search_index.json lean and as UTF-8, not \\u escapes; put search-on-use.js into
    Material's bundle (one request less on every first visit), so search loads when it is used."""
    site = Path(config["site_dir"])
    index = site / "search" / "search_index.json"
    if index.is_file():
        data = lean_index(json.loads(index.read_text(encoding="utf-8")))
        index.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    bundles = sorted(site.glob(_BUNDLE))
    if len(bundles) != 1:
        raise PluginError(f"expected one Material bundle ({_BUNDLE}), found {len(bundles)}")
    bundle, source_map = bundles[0], bundles[0].with_name(bundles[0].name + ".map")
    script = site / ON_USE_SCRIPT
    code, mapped = search_on_use(*(path.read_text(encoding="utf-8") for path in (bundle, source_map, script)))
    bundle.write_text(code, encoding="utf-8")
    source_map.write_text(mapped, encoding="utf-8")
    script.unlink()
