#!/usr/bin/env python3
"""The validator's time and memory on the real data and on the worst inputs found.

    python scripts/bench_validate.py [--runs N]

Each input is validated in a fresh Python process, as `plan.py validate` would be, N times (default 3);
the figures are medians. Time is validate_file alone (the interpreter and imports excluded); memory is
the peak of Python's allocations during validation (tracemalloc, a second pass) and the process's peak
resident size. The hostile inputs are each as large as the reader's limits allow. Prints a table and
writes it, with the budgets of scripts/budgets.py, to docs/maintainers/figures.md (scripts/figures.py).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import figures  # noqa: E402
import yaml  # noqa: E402

from plan_site.source.checker import MAX_NAMES  # noqa: E402
from plan_site.source.load import DATA_FILE  # noqa: E402
from plan_site.source.yaml_source import MAX_DEPTH, MAX_FILE_BYTES, MAX_KEY_CHARS, MAX_NODES, MAX_TEXT_CHARS  # noqa: E402

CHILD = """
import json, resource, sys, time, tracemalloc
from pathlib import Path
from plan_site.source.schema import schema
from plan_site.source.validate import validate_file
path = Path(sys.argv[1])
schema()
start, cpu = time.perf_counter(), time.process_time()
_, problems = validate_file(path)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
tracemalloc.start()
validate_file(path)
peak = tracemalloc.get_traced_memory()[1]
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak": peak, "rss": rss, "problems": len(problems),
                  "first": str(problems[0]) if problems else "valid"}))
"""


def _real() -> bytes:
    return DATA_FILE.read_bytes()


def _alias_bomb() -> bytes:
    from tests.data.invalid_cases import BY_NAME  # the test suite's alias bomb, made from its minimal fixture

    return BY_NAME["alias-expansion"].document()


def _deep_nesting() -> bytes:
    return b"[" * MAX_FILE_BYTES


def _comments() -> bytes:
    return (b"#" + b"c" * 98 + b"\n") * (MAX_FILE_BYTES // 100)


def _flat_list() -> bytes:
    return b"- a\n" * (MAX_NODES - 1)


def _many_keys() -> bytes:
    return b"".join(b"k%d: 1\n" % n for n in range(MAX_NODES // 2 - 1))


def _long_texts() -> bytes:
    text = "ệ" * (MAX_TEXT_CHARS - 10)
    count = MAX_FILE_BYTES // (len(text.encode()) + 10)
    return "".join(f"- {text}\n" for _ in range(count)).encode()


def _problem_flood() -> bytes:
    """A list of one name repeated: each item is both of the wrong type and a repeat."""
    return b"themes:\n" + b"- x\n" * (MAX_NODES - 3)


def _nodes(text: str) -> int:
    return sum(isinstance(event, yaml.NodeEvent) for event in yaml.parse(text, Loader=_LOADER))


def _filled(head: str, block: str, tail: str) -> bytes:
    """``block`` repeated between ``head`` and ``tail`` as often as the size and node limits allow."""
    fixed, each = _nodes(head + tail), _nodes(head + block + tail) - _nodes(head + tail)
    count = min((MAX_FILE_BYTES - len((head + tail).encode())) // len(block.encode()), (MAX_NODES - fixed) // each)
    return (head + block * count + tail).encode()


def _names_times_texts() -> bytes:
    """The real data with 200 instrument aliases and as many legal bases as the limits allow: each text
    is searched for every alias."""
    data = DATA_FILE.read_text(encoding="utf-8")
    aliases = ", ".join(f"Luật số {n}" for n in range(MAX_NAMES - 26))
    data = data.replace("    vi: [Luật Trẻ em]", f"    vi: [{aliases}, Luật Trẻ em]", 1)
    at = data.index("  bases:\n") + len("  bases:\n")
    basis = ("  - id: can-cu\n    text: {vi: Căn cứ Luật Trẻ em và các văn bản liên quan;, "
             "en: Pursuant to the Law on Children and related instruments;}\n")
    return _filled(data[:at], basis, data[at:])


def _repeated_records() -> bytes:
    """The real data with its Part III assignments repeated as often as the limits allow: every id a repeat."""
    data = DATA_FILE.read_text(encoding="utf-8")
    start = data.index("    assignments:\n") + len("    assignments:\n")
    end = data.index("\n  - id: IV\n") + 1
    return _filled(data[:end], data[start:end], data[end:])


def _long_deep_keys() -> bytes:
    """Keys at the length limit nested to the depth limit, then a list up to the node limit: every value's
    path repeats every key above it."""
    head = "".join(f"{' ' * level}{chr(97 + level % 26) * MAX_KEY_CHARS}:\n" for level in range(MAX_DEPTH - 2))
    return _filled(head, f"{' ' * (MAX_DEPTH - 2)}- 1\n", "")


def _unnamed_instruments_times_passages() -> bytes:
    """The real data with thousands of instruments that have no name and as many legal bases: were every
    instrument searched for in every text, this would be quadratic."""
    data = DATA_FILE.read_text(encoding="utf-8")
    count = (MAX_NODES - _nodes(data)) // 12
    instruments = "".join(f"- id: khong-ten-{n}\n" for n in range(count))
    bases = "".join(f"  - id: can-cu-them-{n}\n    text: {{vi: Căn cứ {n};, en: Pursuant to {n};}}\n"
                    for n in range(count))
    at = data.index("\ninstruments:\n") + len("\ninstruments:\n")
    data = data[:at] + instruments + data[at:]
    at = data.index("  bases:\n") + len("  bases:\n")
    return (data[:at] + bases + data[at:]).encode()


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

INPUTS: dict[str, Callable[[], bytes]] = {
    "real data (data/duties.yaml)": _real,
    "alias bomb (case alias-expansion, tests/data/invalid_cases.py)": _alias_bomb,
    f"{MAX_FILE_BYTES:,} bytes of '[' (depth limit {MAX_DEPTH})": _deep_nesting,
    f"{MAX_FILE_BYTES:,} bytes of comments": _comments,
    f"a list of {MAX_NODES - 1:,} one-letter texts": _flat_list,
    f"a mapping of {MAX_NODES // 2 - 1:,} unknown fields": _many_keys,
    f"texts of {MAX_TEXT_CHARS - 10:,} characters up to the size limit": _long_texts,
    "one name repeated up to the node limit": _problem_flood,
    f"real data with {MAX_NAMES} aliases and bases up to the limits": _names_times_texts,
    "real data with Part III repeated": _repeated_records,
    f"keys of {MAX_KEY_CHARS} characters {MAX_DEPTH - 2} deep over a long list": _long_deep_keys,
    "real data with thousands of unnamed instruments and legal bases": _unnamed_instruments_times_passages,
}


def measure(path: Path, runs: int) -> dict[str, float | int | str]:
    """Medians of ``runs`` fresh processes validating ``path``."""
    results = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", CHILD, str(path)], cwd=ROOT, capture_output=True, text=True,
                              check=True, timeout=600)
        results.append(json.loads(done.stdout))
    return {key: statistics.median(r[key] for r in results) if key not in ("first",) else results[0][key]
            for key in results[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    columns = ["input", "size", "problems", "time", "CPU time (budget)", "Python peak", "process peak RSS (budget)"]
    print(f"Medians of {args.runs} runs.\n")
    print("| " + " | ".join(columns) + " |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, make in INPUTS.items():
            path = Path(folder) / "input.yaml"
            path.write_bytes(make())
            result = measure(path, args.runs)
            cpu_budget = "VALIDATE_REAL_CPU" if make is _real else "VALIDATE_ANY_CPU"
            row = [name, f"{path.stat().st_size / 1000:,.0f} kB", f"{result['problems']:,}",
                   f"{result['seconds']:.2f} s", figures.cell(result["cpu"], cpu_budget),
                   f"{result['peak'] / 1e6:.1f} MB", figures.cell(result["rss"] / 1e6, "VALIDATE_ANY_RSS")]
            rows.append(row)
            print("| " + " | ".join(figures._show(item) for item in row) + " |", flush=True)
            print(f"    first: {result['first'][:150]}", file=sys.stderr)
    written = figures.record("bench_validate", {"validate": {
        "title": "The validator on real and hostile data", "columns": columns, "rows": rows,
        "about": f"Each input validated in a fresh process, as `plan.py validate` would be; medians of {args.runs} "
                 "runs. Time and CPU time are `validate_file` alone (interpreter and imports excluded); wall time "
                 "runs longer than CPU time when the cores are shared. Python peak: tracemalloc, a second pass. "
                 "The hostile inputs are each as large as the reader's limits allow."}})
    print(f"written: {written.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
