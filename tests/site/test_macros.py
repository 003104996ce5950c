"""Editors' macros on hand-written pages: each renders what the generated pages render, in the page's
language, with links relative to the page; a bad call stops the build naming the page, the call and
the nearest valid ids."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from plan_site.model.citation import duty_citation
from plan_site.site import routes
from plan_site.site.render.blocks import assignment_duties, duty_block, instrument_heading
from plan_site.site.render.markup import escape

from ..conftest import ROOT, project_copy
from .html import LANGS, content, resolve, soup

GUIDE = "guides/parents-and-teachers.md"


def guide_source(lang: str) -> str:
    return (ROOT / "docs" / lang / GUIDE).read_text(encoding="utf-8")


def calls(lang: str, macro: str) -> list[str]:
    """The ids a hand-written page passes to a macro, read from its source."""
    return re.findall(rf'{{{{ {macro}\("([^"]+)"\) }}}}', guide_source(lang))


def built_guide(site: Path, lang: str) -> Path:
    return site / LANGS[lang] / "guides" / "parents-and-teachers" / "index.html"


@pytest.mark.parametrize("lang", LANGS)
def test_duty_renders_as_on_its_agency_page_with_links_from_the_quoting_page(adapter, plan, lang: str) -> None:
    """duty() is the agency page's block, with its permalink and links made relative to the quoting page."""
    duty = plan.duty_index["III.7.3"]
    home = routes.agency(plan.assignment_of(duty).slug)
    quoted = macros_for(adapter, lang, "guides/x.md")["duty"]("III.7.3")
    assert quoted == duty_block(plan, duty, lang, "guides/x.md")
    assert quoted != duty_block(plan, duty, lang, home), "links are relative to the quoting page"
    assert f'href="../../agencies/{plan.assignment_of(duty).slug}/#{duty.anchor}"' in quoted
    assert escape(duty_citation(plan, duty, lang)) in quoted
    assert ('class="original-vi"' in quoted) == (lang == "en")


@pytest.mark.parametrize("lang", LANGS)
def test_agency_duties_lists_every_duty_of_the_assignment(adapter, plan, lang: str) -> None:
    assignment = plan.assignment_by_slug("so-giao-duc-va-dao-tao")
    quoted = macros_for(adapter, lang)["agency_duties"]("so-giao-duc-va-dao-tao")
    assert quoted == assignment_duties(plan, assignment, lang, "guides/x.md")
    anchors = re.findall(r"\{: #(iii-[0-9-]+) \.duty-heading", quoted)
    assert anchors == [d.anchor for d in assignment.duties]


@pytest.mark.parametrize("lang", LANGS)
def test_instrument_links_its_page_with_its_heading_name_and_number(site: Path, plan, lang: str) -> None:
    page_path = built_guide(site, lang)
    assert calls(lang, "instrument"), "the guide links no instrument"
    for instrument_id in calls(lang, "instrument"):
        instrument = plan.instruments[instrument_id]
        target = site / LANGS[lang] / "instruments" / instrument_id / "index.html"
        links = [a for a in content(page_path).select("a[href]")
                 if (resolve(page_path, a["href"], site) or (None,))[0] == target]
        assert instrument_heading(instrument, lang) in [a.get_text() for a in links]
        assert instrument.number in instrument_heading(instrument, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_cite_gives_the_formal_citation_as_text(site: Path, plan, lang: str) -> None:
    (duty_id,) = calls(lang, "cite")
    quote = content(built_guide(site, lang)).select_one("blockquote")
    assert quote.get_text().strip() == duty_citation(plan, plan.duty_index[duty_id], lang)


def test_hand_written_pages_exist_in_both_languages_and_guides_are_in_the_navigation(site: Path) -> None:
    pages = {lang: sorted(p.relative_to(ROOT / "docs" / lang).as_posix() for p in (ROOT / "docs" / lang).rglob("*.md"))
             for lang in LANGS}
    assert pages["vi"] == pages["en"]
    guides = [p for p in pages["vi"] if p.startswith("guides/")]
    assert GUIDE in guides
    for lang, root in LANGS.items():
        home = soup(site / root / "index.html")
        nav = {a["href"] for a in home.select("nav.md-nav--primary a[href]")}
        assert {g.removesuffix(".md") + "/" for g in guides} <= nav, lang


# ---------------------------------------------------------------- bad calls


@pytest.fixture(scope="module")
def adapter():
    """macros/main.py, the mkdocs-macros module, loaded as the plugin loads it."""
    spec = importlib.util.spec_from_file_location("plan_macros", ROOT / "macros" / "main.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeEnv:
    """What define_env uses of mkdocs-macros' environment: the config, the page, and macro registration."""

    def __init__(self, lang: str, page: str) -> None:
        self.conf = {"theme": {"language": lang}, "docs_dir": str(ROOT / "docs" / lang)}
        self.page = SimpleNamespace(file=SimpleNamespace(src_uri=page))
        self.macros: dict[str, object] = {}

    def macro(self, function, name: str = ""):
        self.macros[name or function.__name__] = function
        return function


def macros_for(adapter, lang: str, page: str = "guides/x.md") -> dict:
    env = FakeEnv(lang, page)
    adapter.define_env(env)
    return env.macros


def test_the_adapter_renders_with_the_generated_pages_renderer(adapter, plan) -> None:
    macros = macros_for(adapter, "en")
    duty = plan.duty_index["III.7.3"]
    assert macros["duty"]("III.7.3") == duty_block(plan, duty, "en", "guides/x.md")
    assert macros["cite"]("III.7.3") == escape(duty_citation(plan, duty, "en"))
    assert macros["instrument"]("luat-tre-em-2016") == (
        "[Law on Children No&#46; 102/2016/QH13](../instruments/luat-tre-em-2016.md)")
    adapter.on_post_page_macros(None)  # good calls leave nothing to report


BAD_CALLS = [
    ("duty", ("III.7.99",), "duty('III.7.99'): unknown duty id 'III.7.99'; did you mean 'III.7.9'"),
    ("agency_duties", ("cong-an",),
     "agency_duties('cong-an'): unknown agency slug 'cong-an'; did you mean 'cong-an-tinh'"),
    ("instrument", ("luat-tre-em",),
     "instrument('luat-tre-em'): unknown instrument id 'luat-tre-em'; did you mean 'luat-tre-em-2016'"),
    ("cite", ("iii.7.3",), "cite('iii.7.3'): unknown duty id 'iii.7.3'; did you mean 'III.7.3'"),
    ("cite", (373,), "cite(373): expects a duty id as text, like 'III.1.1'; got int 373"),
    ("duty", (), "duty(): wrong arguments (missing a required argument: 'duty_id')"),
    ("instrument", ("luat-tre-em-2016", "extra"), "instrument('luat-tre-em-2016', 'extra'): wrong arguments"),
]


@pytest.mark.parametrize(("name", "args", "message"), BAD_CALLS)
def test_a_bad_call_names_the_page_the_call_and_the_nearest_ids(adapter, name: str, args: tuple, message: str) -> None:
    macros = macros_for(adapter, "vi", "guides/briefing.md")
    assert macros[name](*args) == "", "a bad call renders nothing"
    with pytest.raises(PluginError) as raised:
        adapter.on_post_page_macros(None)
    assert str(raised.value).startswith(f"docs/vi/guides/briefing.md: {message}")
    adapter.on_post_page_macros(None)  # reported once, then cleared


def test_every_bad_call_of_a_page_is_reported_together(adapter) -> None:
    macros = macros_for(adapter, "en")
    macros["duty"]("III.99.1")
    macros["cite"]("III.7.3")
    macros["instrument"]("nd-56")
    with pytest.raises(PluginError) as raised:
        adapter.on_post_page_macros(None)
    reported = str(raised.value).splitlines()
    assert [line.split(": ")[1] for line in reported] == ["duty('III.99.1')", "instrument('nd-56')"]


def test_the_real_build_stops_on_a_bad_call_with_the_page_and_id(build, tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    (project / "docs" / "vi" / "guides" / "bad.md").write_text(
        '---\ntitle: Bad\nrender_macros: true\n---\n\n# Bad\n\n{{ duty("III.7.99") }}\n\n{{ agency_duties(7) }}\n',
        encoding="utf-8")
    result = build(tmp_path / "site", root=project)
    assert result.returncode != 0
    assert "docs/vi/guides/bad.md: duty('III.7.99'): unknown duty id 'III.7.99'; did you mean 'III.7.9'" \
        in result.stderr
    assert ("docs/vi/guides/bad.md: agency_duties(7): expects an agency slug as text, like "
            "'so-lao-dong-thuong-binh-va-xa-hoi'; got int 7" in result.stderr)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("lang", LANGS)
def test_the_guide_leaves_search_of_duties_to_their_agency_pages(site: Path, plan, lang: str) -> None:
    """Search finds the page's own words; the duties behind the guide are found on their agency pages."""
    docs = json.loads((site / LANGS[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    locations = {d["location"] for d in docs}
    page = GUIDE.removesuffix(".md") + "/"
    assert {page, f"{page}#what-to-do", f"{page}#cite"} <= locations
    (guide,) = plan.meta.guides
    for duty_id in {d for step in guide.steps for d in step.duties}:
        duty = plan.duty_index[duty_id]
        assert not any(location.startswith(page) and location.endswith(f"#{duty.anchor}") for location in locations)
        words = " ".join(duty.text[lang].split()[:8])
        found = [d["location"] for d in docs if words in " ".join(d.get("text", "").split())]
        assert f"agencies/{plan.assignment_of(duty).slug}/#{duty.anchor}" in found
        assert not [location for location in found if location.startswith(page)], (duty.id, found)
        assert f"agencies/{plan.assignment_of(duty).slug}/#{duty.anchor}" in locations
