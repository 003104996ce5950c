"""The published data files: they parse, match data/duties.yaml, and validate against the schema."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest
import yaml

from ..conftest import ROOT
from .html import LANGS, base_path, resolve, soup

ISSUE_CITATION_VI = ("gạch đầu dòng thứ 3, mục 7, phần III Kế hoạch ban hành kèm theo Quyết định số 145/QĐ-UBND "
                     "ngày 02/02/2021 của UBND tỉnh Bắc Kạn")
ISSUE_CITATION_EN = ("third indent, item 7, Part III of the Plan issued with Decision No. 145/QĐ-UBND of "
                     "2 February 2021 of the Bắc Kạn Provincial People's Committee")


def _iso_dates(value):
    """YAML reads unquoted dates as dates; the data's meaning (and its JSON form) is the ISO string."""
    if isinstance(value, dict):
        return {k: _iso_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso_dates(v) for v in value]
    return value.isoformat() if isinstance(value, datetime.date) else value


@pytest.fixture(scope="module")
def source() -> dict:
    """data/duties.yaml read independently of plan_site."""
    return _iso_dates(yaml.safe_load((ROOT / "data" / "duties.yaml").read_text(encoding="utf-8")))


def yaml_duties(source: dict) -> list[dict]:
    part = next(p for p in source["plan"]["parts"] if p["id"] == "III")
    return [dict(d, assignment=a["id"], slug=a["slug"]) for a in part["assignments"] for d in a["duties"]]


def assignment_bodies(source: dict, slug: str) -> list[str]:
    part = next(p for p in source["plan"]["parts"] if p["id"] == "III")
    return next(a["bodies"] for a in part["assignments"] if a["slug"] == slug)


def read_csv(path: Path, bom: bool = False) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == bom, path
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("lang", LANGS)
def test_plan_json_is_the_yaml_and_valid_against_the_schema(site: Path, source: dict, lang: str) -> None:
    """The YAML as JSON; its relations are followed by the decision's own, derived from its text."""
    published = json.loads((site / LANGS[lang] / "data" / "plan.json").read_text(encoding="utf-8"))
    schema = json.loads((site / LANGS[lang] / "data" / "schema.json").read_text(encoding="utf-8"))
    assert schema == json.loads((ROOT / "data" / "schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(published)
    # The build adds the permanent identifiers (tests/site/test_akn.py); the rest is the YAML as it stands.
    assert "identifiers" in published and "identifiers" not in source
    del published["identifiers"]
    recorded = source["relations"]
    assert published == dict(source, relations=recorded + published["relations"][len(recorded):])
    derived = published["relations"][len(recorded):]
    assert derived and all(r["from"] == {"decision": "145/QĐ-UBND"} and r["origin"] == "text" for r in derived)


def test_duties_csv_has_one_row_per_duty_matching_the_yaml(site: Path, source: dict) -> None:
    rows = read_csv(site / "data" / "duties.csv", bom=True)
    duties = yaml_duties(source)
    assert [r["id"] for r in rows] == [d["id"] for d in duties]
    names = {b["id"]: b["name"] for b in source["bodies"]}
    for row, duty in zip(rows, duties, strict=True):
        editorial = duty.get("editorial", {})
        assert row["assignment"] == duty["assignment"]
        assert row["agency"] == duty["body"]
        assert (row["agency_vi"], row["agency_en"]) == (names[duty["body"]]["vi"], names[duty["body"]]["en"])
        assert (row["text_vi"], row["text_en"]) == (duty["text"]["vi"], duty["text"]["en"])
        for column, expected in (
            ("roles", duty["roles"]),
            ("partners", duty.get("partners", [])),
            ("instruments", list(dict.fromkeys(c["instrument"] for c in duty.get("cites", [])))),
            ("key_tasks", editorial.get("key_tasks", [])),
            ("themes", editorial.get("themes", [])),
        ):
            assert (row[column].split(";") if row[column] else []) == expected, (duty["id"], column)
        targets = [f"{t['comparator']}{t['value']:g} {t['unit']}" for t in duty.get("targets", [])]
        assert (row["targets"].split(";") if row["targets"] else []) == targets
    cited = {r["id"]: r for r in rows}["III.7.3"]
    assert (cited["citation_vi"], cited["citation_en"]) == (ISSUE_CITATION_VI, ISSUE_CITATION_EN)
    assert {r["id"]: r["targets"] for r in rows}["III.12.1"] == ">90 percent"


def test_duty_urls_in_the_csv_lead_to_the_duty(site: Path) -> None:
    root = base_path(site)
    for row in read_csv(site / "data" / "duties.csv", bom=True):
        for column, prefix in (("url_vi", ""), ("url_en", "en/")):
            path = urlsplit(row[column]).path
            assert path.startswith(root + prefix + "agencies/"), row[column]
            target, fragment = resolve(site / "index.html", path + "#" + urlsplit(row[column]).fragment, site)
            assert target.is_file() and soup(target).find(id=fragment) is not None, row[column]


@pytest.mark.parametrize("lang", LANGS)
def test_datapackage_describes_the_files_and_every_checklist(site: Path, lang: str) -> None:
    data = site / LANGS[lang] / "data"
    package = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    for resource in package["resources"]:
        assert (data / resource["path"]).is_file(), resource["path"]
    tables = {r["path"]: r for r in package["resources"] if r["format"] == "csv"}
    published = {"duties.csv"} | {f"checklists/{p.name}" for p in (data / "checklists").glob("*.csv")}
    assert set(tables) == published and len(published) > 10
    for path, resource in tables.items():
        header = next(csv.reader(io.StringIO((data / path).read_text(encoding="utf-8-sig"))))
        assert [f["name"] for f in resource["schema"]["fields"]] == header, path


@pytest.mark.parametrize("lang", LANGS)
def test_each_agency_has_a_checklist_csv_to_track_its_duties(site: Path, source: dict, lang: str) -> None:
    duties = yaml_duties(source)
    for slug in dict.fromkeys(d["slug"] for d in duties):
        rows = read_csv(site / LANGS[lang] / "data" / "checklists" / f"{slug}.csv", bom=True)
        own = [d for d in duties if d["slug"] == slug]
        # then Part IV's paragraphs whose reports name a recipient other than the agency itself
        bodies = set(assignment_bodies(source, slug))
        general = [p for part in source["plan"]["parts"] for p in part.get("paragraphs", [])
                   if any(set(r["to"]) - bodies for r in p.get("reports", []))]
        assert general, "every agency reports (Part IV)"
        header = list(rows[0]) if rows else []
        status, notes = ("Tình trạng thực hiện", "Ghi chú") if lang == "vi" else ("Status", "Notes")
        assert status in header and notes in header
        assert [r[header[0]] for r in rows] == [d["id"] for d in own + general]
        text = "Nội dung nhiệm vụ" if lang == "vi" else "Duty text"
        assert [r[text] for r in rows] == [d["text"][lang] for d in own + general]
        assert all(r[status] == "" and r[notes] == "" for r in rows), "left blank to fill in"
        if lang == "en":
            assert [r["Vietnamese original"] for r in rows] == [d["text"]["vi"] for d in own + general]


@pytest.mark.parametrize("lang", LANGS)
def test_download_page_links_every_file_and_states_the_licences(site: Path, source: dict, lang: str) -> None:
    page = site / LANGS[lang] / "data" / "index.html"
    tree = soup(page)
    targets = {resolve(page, a["href"], site)[0] for a in tree.select("article a[href]") if resolve(page, a["href"], site)}
    data = site / LANGS[lang] / "data"
    for name in ("plan.json", "duties.csv", "duties.xlsx", "schema.json", "datapackage.json"):
        assert data / name in targets, name
    for assignment in next(p for p in source["plan"]["parts"] if p["id"] == "III")["assignments"]:
        assert data / "checklists" / f"{assignment['slug']}.csv" in targets
    text = tree.select_one("article").get_text(" ")
    assert ("Điều 15" if lang == "vi" else "Article 15") in text
    assert "CC BY 4.0" in text
    licence = tree.select_one('a[rel="license"]')
    assert licence["href"] == "https://creativecommons.org/licenses/by/4.0/"
    home = site / LANGS[lang] / "index.html"
    nav = [resolve(home, a["href"], site) for a in soup(home).select("nav.md-nav--primary a[href]")]
    nav = [target for target, _ in filter(None, nav)]
    assert page in nav, "the download page is in the navigation"


@pytest.mark.parametrize("lang", LANGS)
def test_download_page_links_the_language_feed_and_says_what_it_is_for(site: Path, lang: str) -> None:
    page = site / LANGS[lang] / "data" / "index.html"
    links = [a for a in soup(page).select("article a[href]") if a.get("type") == "application/atom+xml"]
    assert len(links) == 1
    target, _ = resolve(page, links[0]["href"], site)
    assert target == site / LANGS[lang] / "feed.xml" and target.is_file()
    assert f'xml:lang="{lang}"' in target.read_text(encoding="utf-8"), "the page's own language's feed"
    line = links[0].find_parent("p").get_text(" ")
    assert ("trình đọc tin" if lang == "vi" else "feed reader") in line


def test_plan_json_holds_every_typed_relation(site: Path) -> None:
    """The document's lược đồ as data: its bases and what it implements and cites, and what replaced what."""
    relations = json.loads((site / "data" / "plan.json").read_text(encoding="utf-8"))["relations"]
    found = {(r["type"], next(iter(r["from"].values())), next(iter(r["to"].values())), r["date"], r["origin"])
             for r in relations}
    assert ("basis", "145/QĐ-UBND", "luat-to-chuc-chinh-quyen-dia-phuong-2015", "2021-02-02", "text") in found
    assert ("implements", "145/QĐ-UBND", "qd-1472-qd-ttg-2020", "2021-02-02", "text") in found
    assert ("implements", "qd-1472-qd-ttg-2020", "nq-121-2020-qh14", "2020-09-28", "text") in found
    assert ("replaced-by", "luat-phong-chong-bao-luc-gia-dinh-2007", "luat-13-2022-qh15", "2023-07-01",
            "editorial") in found
    assert ("succeeded-by", "so-y-te", "so-y-te-tinh-thai-nguyen", "2025-07-01", "editorial") in found
    cites = next(r for r in relations if r["to"] == {"instrument": "luat-tre-em-2016"} and "decision" in r["from"])
    assert {"passage": "III.14.4", "quote": {"vi": "Luật Trẻ em", "en": "Law on Children"},
            "pinpoint": {"vi": "khoản 3 Điều 90", "en": "Article 90(3)"}} in cites["stated_in"]
