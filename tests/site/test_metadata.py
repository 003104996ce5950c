"""Structured metadata: Open Graph on every page, schema.org Legislation JSON-LD on the legal pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from plan_site.model.identifiers import instrument_work_uri
from plan_site.outputs.metadata import json_ld_script

from ..conftest import FIXTURES
from .html import LANGS, pages, soup

LOCALES = {"vi": "vi_VN", "en": "en_GB"}


def json_ld(page: Path) -> list[dict]:
    """Every JSON-LD block of a built page, parsed."""
    return [json.loads(s.string) for s in soup(page).find_all("script", type="application/ld+json")]


def nodes(page: Path) -> dict[str, dict]:
    """The page's JSON-LD nodes by @id."""
    return {n["@id"]: n for block in json_ld(page) for n in block["@graph"]}


def og(page: Path) -> dict[str, str]:
    return {m["property"]: m["content"] for m in soup(page).head.find_all("meta", property=True)}


def test_every_page_has_open_graph_title_description_url_and_locale(site: Path) -> None:
    for page in pages(site):
        if page.name == "404.html":
            continue
        lang = "en" if page.relative_to(site).as_posix().startswith("en/") else "vi"
        tags = og(page)
        head = soup(page).head
        assert tags["og:title"].strip() and tags["og:description"].strip(), page
        assert tags["og:type"] in ("website", "article"), page
        assert tags["og:url"] == head.find("link", rel="canonical")["href"], page
        assert tags["og:locale"] == LOCALES[lang], page
        assert tags["og:description"] == head.find("meta", attrs={"name": "description"})["content"], page


def test_open_graph_title_is_the_page_title_unescaped_once(site: Path, plan) -> None:
    police = og(site / "en" / "agencies" / "cong-an-tinh" / "index.html")
    assert police["og:title"] == "7. Provincial Police"
    procuracy = og(site / "en" / "agencies" / "vien-kiem-sat-nhan-dan-tinh" / "index.html")
    assert "People's Procuracy" in procuracy["og:title"], "an apostrophe, not &#x27;"


@pytest.mark.parametrize("lang", LANGS)
def test_original_text_is_described_as_legislation(site: Path, plan, lang: str) -> None:
    page = site / LANGS[lang] / "original" / "index.html"
    graph = nodes(page)
    decision = next(n for n in graph.values() if n.get("identifier") == "145/QĐ-UBND")
    assert decision["@type"] == "Legislation"
    assert decision["legislationIdentifier"] == ["145/QĐ-UBND", "/akn/vn-53/act/decision/2021-02-02/145"]
    code = {"vi": "vie", "en": "eng"}[lang]
    assert decision["encoding"]["identifier"] == f"/akn/vn-53/act/decision/2021-02-02/145/{code}@2021-02-02"
    assert decision["encoding"]["encodingFormat"] == "application/akn+xml"
    assert decision["encoding"]["contentUrl"].endswith(f"/{LANGS[lang]}data/akn/145-qd-ubnd-2021.{code}.xml")
    assert decision["legislationDate"] == "2021-02-02" == plan.decision.date
    assert decision["inLanguage"] == lang
    assert decision["legislationPassedBy"]["name"] == plan.bodies["ubnd-tinh"].name[lang]
    assert decision["url"] == og(page)["og:url"]
    assert soup(page).find(id=decision["@id"].rsplit("#", 1)[1]) is not None, "the node's id is an anchor on the page"
    def ids(key: str) -> set[str]:
        return {n["@id"].split("/instruments/")[1].split("/")[0] for n in decision[key]}

    # The two "Căn cứ" lines; in the second, Resolution 121 is named only as what Decision 1472 implements,
    # and the submission is named in "Theo đề nghị", the proposal: both are cited, not bases.
    assert ids("isBasedOn") == {"luat-to-chuc-chinh-quyen-dia-phuong-2015", "qd-1472-qd-ttg-2020"}
    assert ids("legislationApplies") == {"qd-1472-qd-ttg-2020"}
    assert {"nq-121-2020-qh14", "ttr-113-ttr-ldtbxh-2021", "luat-tre-em-2016"} <= ids("citation")
    if lang == "en":
        assert decision["translationOfWork"]["@id"].endswith("/original/#decision")
        assert "/en/" not in decision["translationOfWork"]["@id"]


def test_legal_force_is_stated_where_known(plan) -> None:
    """The 2007 domestic violence law was replaced in 2023; Decree 56/2017's status is not verified."""
    assert plan.instruments["luat-phong-chong-bao-luc-gia-dinh-2007"].legal_force == "not-in-force"
    assert plan.instruments["nd-56-2017-nd-cp"].legal_force == "unknown"


@pytest.mark.parametrize("lang", LANGS)
def test_each_instrument_page_is_described_as_legislation(site: Path, plan, lang: str) -> None:
    for instrument in plan.instruments.values():
        page = site / LANGS[lang] / "instruments" / instrument.id / "index.html"
        graph = nodes(page)
        node = next(n for n in graph.values() if f"/instruments/{instrument.id}/" in n["@id"])
        assert node["@type"] == "Legislation" and node["name"] == instrument.title[lang]
        work = instrument_work_uri(plan, instrument)
        assert node.get("identifier") == instrument.number
        assert node.get("legislationIdentifier") == ([instrument.number, work] if work else instrument.number)
        assert node.get("legislationDate") == instrument.date
        if instrument.issuer:
            assert node["legislationPassedBy"]["name"] == plan.bodies[instrument.issuer].name[lang]
        force = {"in-force": "InForce", "not-in-force": "NotInForce", "partially-in-force": "PartiallyInForce"}
        expected_force = force.get(instrument.legal_force)
        assert node.get("legislationLegalForce") == (expected_force and "https://schema.org/" + expected_force)
        decision = next(n for n in graph.values() if n["@id"].endswith("/original/#decision"))
        related = [k for k in ("isBasedOn", "legislationApplies", "citation") if decision.get(k) == {"@id": node["@id"]}]
        assert related, f"{instrument.id}: the decision's relation to it"


def test_json_ld_cannot_close_its_script_element() -> None:
    hostile = {"name": "</script><script>alert(1)</script> <!-- & \u2028"}
    script = json_ld_script(hostile)
    inner = script.removeprefix('<script type="application/ld+json">').removesuffix("</script>\n")
    assert "<" not in inner and ">" not in inner and "&" not in inner
    assert json.loads(inner) == hostile


def test_markup_in_data_stays_inert_in_the_head(markup_site: Path) -> None:
    """Instrument titles and body names with markup reach JSON-LD and Open Graph as text."""
    data = yaml.safe_load((FIXTURES / "valid" / "markup.yaml").read_text(encoding="utf-8"))
    for lang, root in LANGS.items():
        page = markup_site / root / "instruments" / "luat-tre-em-2016" / "index.html"
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html
        node = next(n for n in nodes(page).values() if "/instruments/" in n["@id"])
        assert node["name"] == data["instruments"][0]["title"][lang]
        assert node["legislationPassedBy"]["name"] == data["bodies"][1]["name"][lang]
        assert og(page)["og:description"] == data["instruments"][0]["title"][lang], "shown as typed, escaped once"
