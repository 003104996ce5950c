"""Search and finder in the built HTML: every page uses the site's search worker, the English index
holds English, and the finder's data is safely embedded. (The index's byte budget is checked with
the other byte budgets, in tests/e2e/test_budgets.py.)"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import material
import pytest
from mkdocs.exceptions import PluginError

from hooks.search_index import on_page_content, on_post_build
from plan_site.outputs.metadata import script_json
from plan_site.outputs.search_index import (
    BUNDLE_CALLS,
    LISTED_LAST,
    lean_index,
    search_on_use,
    search_settings,
    search_state_words,
)
from plan_site.outputs.source_map import edit, vlq_decode, vlq_encode
from plan_site.site import routes
from plan_site.site.labels import t
from tests.conftest import ROOT

from .html import LANGS, pages, soup


def index_of(site: Path, lang: str) -> Path:
    return site / LANGS[lang] / "search" / "search_index.json"


def test_every_page_uses_the_site_search_worker(site: Path) -> None:
    for page in pages(site):
        config = soup(page).select_one("script#__config")
        if config is None:
            continue
        worker = json.loads(config.string)["search"]
        assert worker.endswith("assets/javascripts/search-worker.js"), f"{page}: {worker}"
        if not worker.startswith("/"):
            assert (page.parent / worker).resolve().is_file(), f"{page}: {worker} missing"


def indexed_text(site: Path, lang: str) -> str:
    """All the text an index holds, tags removed and escapes read."""
    docs = json.loads(index_of(site, lang).read_text(encoding="utf-8"))["docs"]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", d["title"] + " " + d["text"])) for d in docs)


def test_english_index_holds_english_not_the_vietnamese_original(site: Path, plan) -> None:
    english, vietnamese = indexed_text(site, "en"), indexed_text(site, "vi")
    for duty in plan.duties:
        opening = " ".join(duty.text.vi.split()[:8])
        assert opening not in english, duty.id
        assert opening in vietnamese, duty.id
        assert " ".join(duty.text.en.split()[:8]) in english, duty.id


def test_the_index_carries_vietnamese_letters_as_utf8_not_escapes(site: Path, plan) -> None:
    """Material writes every letter outside ASCII as \\uXXXX; the hook rewrites it as the same JSON in
    UTF-8, 12% fewer bytes to download in Vietnamese."""
    raw = index_of(site, "vi").read_text(encoding="utf-8")
    assert plan.meta.title["vi"] in raw
    assert not re.search(r"\\u[0-9a-fA-F]{4}", raw)
    assert json.loads(raw)["docs"]


@pytest.mark.parametrize("lang", LANGS)
def test_duties_are_indexed_by_their_anchor_and_the_finder_is_not(site: Path, plan, lang: str) -> None:
    locations = {doc["location"] for doc in json.loads(index_of(site, lang).read_text(encoding="utf-8"))["docs"]}
    for duty in plan.duties:
        assert f"agencies/{plan.assignment_of(duty).slug}/#{duty.anchor}" in locations, duty.id
    assert not any(loc.startswith("finder/") for loc in locations)


@pytest.mark.parametrize("lang", LANGS)
def test_finder_lists_every_duty_with_its_facts_embedded_safely(site: Path, plan, lang: str) -> None:
    page = site / LANGS[lang] / "finder" / "index.html"
    doc = soup(page)
    block = doc.select_one("script#duty-finder-data")
    assert block["type"] == "application/json"
    assert "<" not in block.string
    facts = json.loads(block.string)
    # every duty, then Part IV's paragraphs that bind every agency (its reporting; test_finder.py)
    general = [p.id for part in plan.document.parts for p in part.paragraphs if p.reports]
    assert list(facts) == [d.id for d in plan.duties] + general
    for duty in plan.duties:
        assert facts[duty.id]["role"] == list(duty.roles)
        link = doc.select_one(f'#duty-finder-list li[data-duty="{duty.id}"] a')["href"]
        assert link.endswith(f"agencies/{plan.assignment_of(duty).slug}/#{duty.anchor}"), link
    for passage_id in general:
        assert facts[passage_id]["agency"] == [a.slug for a in plan.assignments]
        link = doc.select_one(f'#duty-finder-general li[data-duty="{passage_id}"] a')["href"]
        assert link.endswith(f"original/#{plan.passage_index[passage_id].anchor}"), link
    home = soup(site / LANGS[lang] / "index.html")
    nav = {a.get_text(strip=True): a.get("href") for a in home.select("nav.md-nav--primary a")}
    assert nav.get(t("finder", lang)) == "finder/", "the finder is not in the navigation"


def test_script_json_cannot_end_or_alter_its_script_block() -> None:
    hostile = {"a</script><script>alert(1)</script>": "<!-- </SCRIPT x & \u2028 \u2029 -->"}
    text = script_json(hostile)
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == hostile


# ---------------------------------------------------------------- a lean index, loaded when search is used


def index_docs(site: Path, lang: str) -> list[dict]:
    return json.loads(index_of(site, lang).read_text(encoding="utf-8"))["docs"]


def plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


@pytest.mark.parametrize("lang", LANGS)
def test_each_duty_is_indexed_once_as_its_own_section(site: Path, plan, lang: str) -> None:
    """Not again in the original text's paragraph or in a theme's list: search leads to the duty."""
    texts = [(doc["location"], plain(doc["text"])) for doc in index_docs(site, lang)]
    for duty in plan.duties:
        words = " ".join(duty.text[lang].split())
        found = [location for location, text in texts if words in text]
        assert found == [f"agencies/{plan.assignment_of(duty).slug}/#{duty.anchor}"], (duty.id, found)


@pytest.mark.parametrize("lang", LANGS)
def test_the_index_stores_only_what_results_show(site: Path, lang: str) -> None:
    """The worker reads each section's location, title and text, and shows block tags as spaces;
    Material reads only the word separator (to highlight the words on the page a result opens)."""
    data = json.loads(index_of(site, lang).read_text(encoding="utf-8"))
    assert data["config"] == {"separator": "[\\s\\-]+"}
    for doc in data["docs"]:
        assert sorted(doc) in (["location", "text", "title"], ["boost", "location", "text", "title"])
        assert not re.search(r"</?(p|li|ol|ul|pre|h\d)\b", doc["text"], re.IGNORECASE), doc["location"]
    assert sum(1 for doc in data["docs"] if "<code>" in doc["text"]) > 0, "inline markup was dropped too"


def test_the_changelog_and_checklists_are_boosted_below_the_rest_and_the_finder_left_out(plan) -> None:
    """Which pages a search lists last is decided by the page's kind, not its address."""
    kinds = {route.path: route.kind for route in routes.routes(plan)}
    assert {"changes", "checklist"} == set(LISTED_LAST) and set(LISTED_LAST) <= set(kinds.values())
    for path, kind in kinds.items():
        settings = search_settings(plan, path)
        if path == routes.FINDER:
            assert settings == {"exclude": True}
        elif kind in LISTED_LAST:
            assert set(settings) == {"boost"} and 0 < settings["boost"] < 1, path
        else:
            assert settings == {}, path
    assert search_settings(plan, "guides/a-new-guide.md") == {}, "a hand-written page is not lowered"


def test_the_hook_keeps_a_pages_own_search_settings(plan) -> None:
    """The boost is added to a page's front matter setting (``search:``), not put in its place."""
    class File:
        src_uri = routes.CHANGES

    class Page:
        file = File()
        meta = {"search": {"exclude": False}}

    page = Page()
    on_page_content("<p>x</p>", page, {"theme": {"language": "vi"}}, None)
    assert page.meta["search"] == {"exclude": False, **search_settings(plan, routes.CHANGES)}


@pytest.mark.parametrize("lang", LANGS)
def test_only_the_changelog_and_checklists_carry_a_boost_in_the_index(site: Path, plan, lang: str) -> None:
    lowered = {routes.page_address("", route.path) for route in routes.routes(plan) if route.kind in LISTED_LAST}
    for doc in index_docs(site, lang):
        page = doc["location"].split("#")[0]
        assert (doc.get("boost", 1) < 1) == (page in lowered), doc["location"]
    assert {doc["location"].split("#")[0] for doc in index_docs(site, lang) if "boost" in doc} == lowered


def test_lean_index_keeps_what_the_worker_shows() -> None:
    """Block tags become single spaces (as the worker renders them); inline tags and escapes stay."""
    data = {"config": {"lang": ["vi"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"]},
            "docs": [{"location": "a/#b", "title": "T", "text": "<p>Một <code>x</code> &amp; y</p> <ul> <li>z</li></ul>",
                      "tags": []}]}
    assert lean_index(data) == {"config": {"separator": "[\\s\\-]+"},
                                "docs": [{"location": "a/#b", "title": "T", "text": "Một <code>x</code> &amp; y z"}]}
    data["docs"][0]["boost"] = 0.5
    assert lean_index(data)["docs"][0]["boost"] == 0.5, "a page's search boost is what the worker ranks by"


@pytest.mark.parametrize("lang", LANGS)
def test_the_result_count_line_is_a_live_region_with_the_loading_words(site: Path, lang: str) -> None:
    words = search_state_words(lang)
    assert words == {"loading": t("search_loading", lang), "failed": t("search_failed", lang)}
    for page in pages(site):
        if not page.is_relative_to(site / "en") == (lang == "en"):
            continue
        meta = soup(page).select_one(".md-search-result__meta")
        if meta is None:
            continue
        assert meta["role"] == "status", page
        assert (meta["data-loading"], meta["data-failed"]) == (words["loading"], words["failed"]), page


def material_bundle() -> tuple[str, str]:
    """Material's own bundle and its source map, as installed."""
    folder = Path(material.__file__).parent / "templates" / "assets" / "javascripts"
    bundle = next(folder.glob("bundle.*.min.js"))
    return bundle.read_text(encoding="utf-8"), bundle.with_name(bundle.name + ".map").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_material_waits_for_search_to_be_used(site: Path, lang: str) -> None:
    """The built bundle starts with search-on-use.js (without its comments) and routes Material's worker
    start and index fetch through it; no copy of the script is published on its own."""
    folder = site / LANGS[lang] / "assets" / "javascripts"
    built = next(folder.glob("bundle.*.min.js")).read_text(encoding="utf-8")
    script = (ROOT / "overrides" / "assets" / "javascripts" / "search-on-use.js").read_text(encoding="utf-8")
    assert built.startswith("(function () {") and "self.searchIndexOnUse = function" in built.split("\n})();\n")[0]
    assert "/*" not in built.split("\n})();\n")[0] and script.startswith("/*")
    assert built.count("self.searchWorkerOnUse(") == 1 and built.count("self.searchIndexOnUse(()=>") == 1
    for call, _ in BUNDLE_CALLS.values():  # each call is found only where it is routed
        assert {built[m.start() - 26:m.start()] for m in call.finditer(built)} <= {"self.searchIndexOnUse(()=>"}
    assert not (folder / "search-on-use.js").exists()


def _mappings(source_map: str) -> dict[tuple[int, int], tuple[int, ...]]:
    """Generated (line, column) -> (source, line, column) of every segment of a source map."""
    out, source = {}, [0, 0, 0]
    for number, line in enumerate(json.loads(source_map)["mappings"].split(";")):
        column = 0
        for segment in filter(None, line.split(",")):
            values = vlq_decode(segment)
            column += values[0]
            for k, value in enumerate(values[1:4]):
                source[k] += value
            out[(number, column)] = tuple(source)
    return out


def _position(code: str, marker: str) -> tuple[int, int]:
    at = code.index(marker)
    line_start = code.rfind("\n", 0, at) + 1
    return code.count("\n", 0, at), len(code[line_start:at].encode("utf-16-le")) // 2


def test_the_bundle_still_maps_to_materials_sources(site: Path) -> None:
    """Material's code keeps its source positions before, between and after the two routed calls."""
    original, original_map = material_bundle()
    folder = site / "assets" / "javascripts"
    built = next(folder.glob("bundle.*.min.js"))
    built_code, built_map = built.read_text(encoding="utf-8"), built.with_name(built.name + ".map").read_text("utf-8")
    before, after = _mappings(original_map), _mappings(built_map)
    markers = re.findall(r"function [\w$]+\(", original)
    assert len(markers) > 200
    checked = 0
    for marker in markers:
        if original.count(marker) != 1:
            continue
        old, new = _position(original, marker), _position(built_code, marker)
        if old in before:
            assert after.get(new) == before[old], marker
            checked += 1
    assert checked > 100


def test_a_bundle_without_the_calls_fails_the_build() -> None:
    original, original_map = material_bundle()
    with pytest.raises(ValueError, match="search index fetch found 0 times"):
        search_on_use(original.replace('"search/search_index.json"', '"search/other.json"'), original_map, "")
    with pytest.raises(ValueError, match="search worker found 0 times"):
        search_on_use(original.replace("new Worker(", "new SharedWorker("), original_map, "")


def test_the_hook_stops_the_build_when_the_bundle_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(PluginError, match="expected one Material bundle"):
        on_post_build({"site_dir": str(tmp_path)})


def test_source_map_numbers_and_edits() -> None:
    """VLQ numbers read back as written; an edit moves the segments after it on its line by the change
    in length (in UTF-16 units), and every line down by the lines put before the code."""
    for values in ([0], [1, -1, 15, -16], [12345, -98765, 0, 31, 32]):
        assert vlq_decode(vlq_encode(values)) == values
    code = "a();\U0001d465b();c()\nd()"  # a, b and c at columns 0, 6 and 10: 𝑥 is two UTF-16 units
    line = ",".join(vlq_encode(segment) for segment in ([0, 0, 0, 0], [6, 0, 0, 6], [4, 0, 0, 4]))
    source = json.dumps({"version": 3, "mappings": line + ";AACA"})
    edited, moved = edit(code, source, [(re.search(r"b\(\)", code), "bee(1)")], before="x\ny\n")
    assert edited == "x\ny\na();\U0001d465bee(1);c()\nd()"
    positions = _mappings(moved)
    assert positions[(2, 0)] == (0, 0, 0) and positions[(2, 6)] == (0, 0, 6) and positions[(2, 13)] == (0, 0, 10)
    assert (3, 0) in positions and (2, 10) not in positions and len(positions) == 4
    with pytest.raises(ValueError, match="within its line"):
        edit(code, source, [(re.search(r"\)\n", code), ")")])


def test_scripts_run_once_the_page_is_parsed_in_materials_order(site: Path) -> None:
    """Material's bundle (with search-on-use.js at its head), then the site's scripts, all deferred:
    the first paint does not wait for them, and alternates.js still runs after the bundle."""
    for page in pages(site):
        scripts = soup(page).select("script[src]")
        if not scripts:
            continue
        assert all(script.has_attr("defer") for script in scripts), page
        names = [script["src"].rsplit("/", 1)[-1] for script in scripts]
        assert names[0].startswith("bundle.") and names.index("alternates.js") > 0, (page, names)
