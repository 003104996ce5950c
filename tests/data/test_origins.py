"""The builder's origins: every typed record knows the data path it was read from, so the validator's checks
run on typed records and still point at the file (plan_site/model/origins.py, plan_site/source/validate.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import plan_site.source.validate as validate
from plan_site.model.build import build_plan
from plan_site.model.origins import Origins
from plan_site.model.plan import Plan
from plan_site.model.types import End
from plan_site.source.load import CHANGELOG_FILE, DATA_FILE, load_plan
from plan_site.source.yaml_source import read_yaml

from .invalid_cases import BASE

pytestmark = pytest.mark.unit
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _at(data: Any, path: str) -> Any:
    """The raw value a data path names."""
    for key, index in _STEP.findall(path):
        data = data[int(index)] if index else data[key]
    return data


def _records(plan: Plan) -> list[Any]:
    """The records of every kind the checks look at, with an id or not."""
    document, decision = plan.document, plan.decision
    parts = document.parts
    found: list[Any] = [decision, *decision.bases, *decision.articles, document.preamble, *parts]
    found += [x for part in parts for section in part.sections for x in (section, *section.items)]
    found += [x for part in parts for x in (*part.key_tasks, *part.paragraphs, *part.assignments)]
    found += [duty for part in parts for a in part.assignments for duty in a.duties]
    found += [*plan.bodies.values(), *plan.instruments.values(), *plan.roles.values(), *plan.themes.values(),
              *plan.glossary, *plan.terms, *plan.recorded_relations]
    found += [end for r in plan.recorded_relations for end in (r.source, r.target)]
    found += [s for r in plan.recorded_relations for s in r.stated_in]
    found += [c for p in [*decision.articles, *plan.passages()] for c in p.cites]
    found += [r for p in plan.passages() for r in p.reports]
    return found


@pytest.mark.parametrize("path", [DATA_FILE, BASE], ids=["real data", "minimal fixture"])
def test_every_record_is_read_from_the_place_its_origin_names(path: Path) -> None:
    data, _, problems = read_yaml(path)
    assert problems == []
    origins = Origins()
    plan = build_plan(data, origins=origins)
    records = _records(plan)
    assert len(records) > 30
    for record in records:
        raw = _at(data, origins[record])
        assert isinstance(raw, dict)
        for field in ("id", "passage", "instrument", "body"):
            if hasattr(record, field) and field in raw:
                assert getattr(record, field) == raw[field], origins[record]
        if isinstance(record, End):
            assert raw[record.kind] == record.id, origins[record]


def test_every_note_is_read_from_the_place_its_origin_names() -> None:
    data, _, _ = read_yaml(DATA_FILE)
    origins = Origins()
    plan = build_plan(data, origins=origins)
    notes = [*plan.meta.notes.values(), plan.decision.status, *(b.since_2025 for b in plan.bodies.values()),
             *(n for i in plan.instruments.values() for n in (i.status, i.identification)),
             *(r.note for r in plan.recorded_relations)]
    notes = [note for note in notes if note is not None]
    assert len(notes) > 20
    for note in notes:
        raw = _at(data, origins[note])
        assert (raw["as_of"], raw["confidence"], raw["text"]["en"]) == (note.as_of, note.confidence, note.text.en)


def test_a_described_end_carries_its_record_and_names_the_same_record_as_a_plain_end() -> None:
    plan = load_plan(BASE)
    described = [end for r in plan.recorded_relations for end in (r.source, r.target) if end.details is not None]
    assert described, "the minimal fixture describes a record outside the registries"
    for end in described:
        assert end == type(end)(end.kind, end.id)
        assert plan.instrument(end.id) is end.details if end.kind == "instrument" else plan.body(end.id) is end.details


def test_one_validation_builds_the_plan_once_and_the_load_returns_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks, the fidelity proof and the build all use one plan: load_plan builds nothing of its own."""
    built: list[Plan] = []

    def counting(*args: Any, **kwargs: Any) -> Plan:
        built.append(build_plan(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(validate, "build_plan", counting)
    plan = load_plan(DATA_FILE, CHANGELOG_FILE)
    assert len(built) == 1
    assert plan.document is built[0].document and plan.changelog and not built[0].changelog
