"""The edits that make invalid cases (tests/data/edits.py): each changes the text where its path says, only there."""

from __future__ import annotations

import re

import pytest
import yaml

from .edits import After, Drop, Put, Raw, Rename, apply
from .invalid_cases import CASES, CHANGELOG_CASES, HOSTILE

pytestmark = pytest.mark.unit

DOC = """\
# a comment stays
top:
  name: {vi: Tên, en: Name}
  date: "2021-02-02"
  nested:
    a: 1
    b: [x, y]
  after: 2
items:
  - id: one
    kind: k
  - id: two
"""


def test_put_replaces_the_exact_text_of_a_value() -> None:
    assert apply(DOC, (Put("top.date", '"02/02/2021"'),)).decode() == DOC.replace('"2021-02-02"', '"02/02/2021"')
    assert apply(DOC, (Put("top.name.en", "Other"),)).decode() == DOC.replace("en: Name", "en: Other")
    assert apply(DOC, (Put("top.name", "{vi: Tên}"),)).decode() == DOC.replace("{vi: Tên, en: Name}", "{vi: Tên}")
    assert apply(DOC, (Put("top.nested.b[1]", "z"),)).decode() == DOC.replace("[x, y]", "[x, z]")


def test_rename_changes_the_key_alone() -> None:
    assert apply(DOC, (Rename("top.nested", "nestled"),)).decode() == DOC.replace("  nested:", "  nestled:")
    with pytest.raises(ValueError):
        apply(DOC, (Rename("items[0]", "x"),))


def test_drop_removes_every_line_of_an_entry() -> None:
    assert apply(DOC, (Drop("top.nested"),)).decode() == DOC.replace("  nested:\n    a: 1\n    b: [x, y]\n", "")
    assert apply(DOC, (Drop("items[0]"),)).decode() == DOC.replace("  - id: one\n    kind: k\n", "")
    with pytest.raises(ValueError):  # the key shares its line with the item's dash
        apply(DOC, (Drop("items[0].id"),))


def test_after_adds_lines_indented_as_the_entry() -> None:
    added = apply(DOC, (After("top.nested", "extra: 3\nmore:\n  c: 4"),)).decode()
    assert added == DOC.replace("  after: 2\n", "  extra: 3\n  more:\n    c: 4\n  after: 2\n")
    added = apply(DOC, (After("items[0]", "- id: new"),)).decode()
    assert added == DOC.replace("  - id: two\n", "  - id: new\n  - id: two\n")
    assert apply(DOC, (After("", "---\nx: 1"),)).decode() == DOC + "---\nx: 1\n"


def test_raw_replaces_exactly_one_occurrence_with_any_bytes() -> None:
    assert apply(DOC, (Raw("Tên", b"T\xff"),)) == DOC.encode().replace("Tên".encode(), b"T\xff")
    with pytest.raises(ValueError, match="2 times"):
        apply(DOC, (Raw("id: ", "x"),))
    with pytest.raises(ValueError, match="0 times"):
        apply(DOC, (Raw("absent", "x"),))
    with pytest.raises(ValueError, match="after"):
        apply(DOC, (Raw("Tên", "T"), Put("top.date", "x")))


def test_a_path_that_is_not_there_is_an_error() -> None:
    for path in ("top.missing", "items[2]", "top.name[0]"):
        with pytest.raises(KeyError):
            apply(DOC, (Put(path, "x"),))


def _at(data: object, path: str) -> object:
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path):
        data = data[int(index)] if index else data[name]  # type: ignore[index]
    return data


@pytest.mark.parametrize("case", [c for c in CASES + CHANGELOG_CASES
                                  if c.name not in HOSTILE and all(isinstance(e, Put) for e in c.edits)],
                         ids=lambda c: c.name)
def test_each_put_of_a_case_lands_at_its_path(case) -> None:
    """Read back with PyYAML, the edited file holds each new value at its path (hostile values aside: PyYAML
    itself would recurse, overflow or run code on them)."""
    data = yaml.safe_load(case.document())
    for edit in case.edits:
        assert _at(data, edit.path) == yaml.safe_load(edit.text), edit.path
