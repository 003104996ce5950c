"""Fuzzing the validator: whatever a data file holds, `plan.py validate` answers with located messages.

Hypothesis mutates the real data file and runs the command's own function on each result. It reshapes
the data (a list where a mapping belongs, a field dropped or renamed, a record repeated, a value moved
elsewhere), then inserts, deletes and replaces characters, lines and blocks of lines, shifts their
indentation, injects the hostile forms of the invalid cases (tests/data/invalid_cases.py) and
truncates. Every example must end with exit status 0 or 1, no exception (which the command would print
as a traceback), every message as `file:line:column: …`, within bounds on CPU and wall time. CI runs a
fixed, derandomized set of examples; FUZZ_EXAMPLES=N runs N fresh random ones.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plan_site.source.load import DATA_FILE

from ..conftest import script_module

ROOT = Path(__file__).resolve().parents[2]
ORIGINAL = DATA_FILE.read_bytes()
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "50"))
LOCATED = re.compile(r"^duties\.yaml:\d+:\d+: \S")
# Hang checks, not speed checks (the real file's CPU time: docs/maintainers/figures.md). CPU time is bounded
# tightly because other work on a shared machine does not stretch it; wall time only loosely, by Hypothesis's
# deadline. The bound is the validator's budget for any input, scripts/budgets.py.
BUDGETS = script_module("budgets")
CPU_SECONDS = BUDGETS.VALIDATE_ANY_CPU.limit
assert BUDGETS.VALIDATE_ANY_CPU.unit == "s" and BUDGETS.VALIDATE_ANY_CPU.tested_by == "tests/data/test_fuzz_validation.py"

_spec = importlib.util.spec_from_file_location("plan_cli", ROOT / "scripts" / "plan.py")
assert _spec and _spec.loader
CLI = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(CLI)

HOSTILE = [
    b"&a ", b"*a", b"a: &a [x, x]\nb: [*a, *a]\n", b"<<: *a\n", b"[" * 200, b"{a: " * 100, b"- " * 100,
    b"\x00", b"\x07", b"\x1b", b"\x7f", "\x85".encode(), "\u2028".encode(), "\ufeff".encode(),
    b"\xff", b"\xc3", b"\xed\xa0\x80", b"\r", b"\r\n", b"\t",
    b".inf", b"-.Inf", b".nan", b"1:30", b"1:30.5", b"0x1F", b"0b2", b"017", b"9" * 5000, b"1.0e+999",
    b"? [a, b]\n: c\n", b"? {a: b}\n", b"!!python/object/apply:os.system [x]", b"!!binary aGk=", b"!!set {a}",
    b"!!int x", b"!!bool maybe", b"!local ", b"! ", b"%YAML 1.1\n---\n", b"%TAG ! tag:x,2000:\n",
    b"---\n", b"...\n", b"~", b"null", b"yes", b"", b"'", b'"', b"#", b"|", b">-", b"\\", b": ", b"- ", b"? ",
    b"id: III.1.1", b"id: can-cu-1", b"x" * 20_001, b"'" + "ệ".encode() * 20_001 + b"'",
]
FRAGMENTS = st.one_of(
    st.sampled_from(HOSTILE),
    st.binary(max_size=12),
    st.text(max_size=12).map(lambda text: text.encode("utf-8", "surrogatepass")),
)


TREE = yaml.safe_load(ORIGINAL)  # the real data uses no anchors, so nothing in it is shared


def _paths(node: Any, path: tuple = ()) -> list[tuple]:
    """Every place in the data: keys and list indexes from the root."""
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    return [path] + [p for key, child in children for p in _paths(child, (*path, key))]


PLACES = _paths(TREE)
ODD_VALUES = [None, "", "x", "III.1.1", "cong-an-tinh", 0, -1, 1.5, True, [], {}, ["x"], [None], [[]],
              [{"id": "x"}], {"vi": "x", "en": "y"}, {"id": "can-cu-1"}, "https://[vbpl.vn", "2021-02-30"]


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # write a repeated value out in full, as a person would paste it


def _value_at(path: tuple) -> Any:
    node = TREE
    for key in path:
        node = node[key]
    return node


def _changed(node: Any, path: tuple, op: str, value: Any) -> Any:
    """A copy of ``node`` with ``op`` done at ``path``; only the containers on the way are copied."""
    if not path:
        return value
    copy = dict(node) if isinstance(node, dict) else list(node)
    key, rest = path[0], path[1:]
    if rest:
        copy[key] = _changed(node[key], rest, op, value)
    elif op == "replace":
        copy[key] = value
    elif op == "delete":
        del copy[key]
    elif isinstance(copy, list):  # repeat a record, as a careless paste would
        copy.insert(key, copy[key])
    else:  # rename a field
        copy[f"{key}x"] = copy.pop(key)
    return copy


@st.composite
def reshaped_data(draw: Callable) -> bytes:
    """The real data with one value replaced, moved, dropped, repeated or renamed, written back as YAML."""
    path = draw(st.sampled_from(PLACES))
    op = draw(st.sampled_from(["replace", "move", "delete", "repeat"]))
    value = _value_at(draw(st.sampled_from(PLACES))) if op == "move" else draw(st.sampled_from(ODD_VALUES))
    tree = _changed(TREE, path, "replace" if op == "move" else op, value)
    return yaml.dump(tree, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100).encode("utf-8")


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _insert(draw: Callable, data: bytes) -> bytes:
    at = draw(st.integers(0, len(data)))
    return data[:at] + draw(FRAGMENTS) + data[at:]


def _delete(draw: Callable, data: bytes) -> bytes:
    at = draw(st.integers(0, len(data)))
    return data[:at] + data[at + draw(st.integers(1, 80)):]


def _replace(draw: Callable, data: bytes) -> bytes:
    at = draw(st.integers(0, len(data)))
    return data[:at] + draw(FRAGMENTS) + data[at + draw(st.integers(1, 20)):]


def _truncate(draw: Callable, data: bytes) -> bytes:
    return data[: draw(st.integers(0, len(data)))]


def _line_ops(draw: Callable, data: bytes) -> bytes:
    """Delete, repeat, move or re-indent a block of lines: the shapes change while the YAML stays readable."""
    lines = _lines(data)
    start = draw(st.integers(0, len(lines) - 1))
    block = lines[start:start + draw(st.integers(1, 30))]
    rest = lines[:start] + lines[start + len(block):]
    op = draw(st.sampled_from(["delete", "repeat", "move", "indent", "dedent"]))
    if op == "delete":
        lines = rest
    elif op == "repeat":
        lines = lines[:start] + block + lines[start:]
    elif op == "move":
        at = draw(st.integers(0, len(rest)))
        lines = rest[:at] + block + rest[at:]
    elif op == "indent":
        lines = lines[:start] + [b"  " + line for line in block] + lines[start + len(block):]
    else:
        lines = lines[:start] + [line.removeprefix(b"  ") for line in block] + lines[start + len(block):]
    return b"\n".join(lines)


MUTATIONS = [_insert, _delete, _replace, _line_ops, _truncate]


@st.composite
def mutated_data(draw: Callable) -> bytes:
    """The real data file, reshaped or not, with up to three mutations of its text."""
    data = draw(st.one_of(st.just(ORIGINAL), reshaped_data()))
    for _ in range(draw(st.integers(1 if data == ORIGINAL else 0, 3))):
        data = draw(st.sampled_from(MUTATIONS))(draw, data)
    return data


def _validate(data: bytes) -> tuple[int, str, str]:
    """Run the command's validate function on ``data``, as `plan.py validate duties.yaml` would."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "duties.yaml"
        path.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        cwd = os.getcwd()
        os.chdir(folder)  # so the file is shown as duties.yaml
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                status = CLI.validate(path, None)  # `plan.py validate duties.yaml`: the data alone
        finally:
            os.chdir(cwd)
    return status, out.getvalue(), err.getvalue()


@settings(
    max_examples=EXAMPLES,
    derandomize="FUZZ_EXAMPLES" not in os.environ,
    database=None,
    deadline=timedelta(seconds=60),  # a hang, even one that waits without using the CPU
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_data())
def test_validator_answers_every_mutation_with_located_messages(data: bytes) -> None:
    cpu = time.process_time()
    status, out, err = _validate(data)
    assert time.process_time() - cpu < CPU_SECONDS
    assert status in (0, 1)
    if status == 0:
        assert out == "duties.yaml: valid\n" and err == ""
    else:
        *problems, summary = err.splitlines()
        assert summary == f"{len(problems)} problem(s) in duties.yaml"
        assert problems and all(LOCATED.match(line) for line in problems), problems


def test_the_real_file_passes_the_same_harness() -> None:
    """The harness itself: the unmutated file is valid, so a failure above is the mutation's doing."""
    assert _validate(ORIGINAL) == (0, "duties.yaml: valid\n", "")
