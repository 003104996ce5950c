#!/usr/bin/env python3
"""How long the README's test command takes on a fresh clone, and the unit tier alone.

    python scripts/time_tests.py [--runs N]

Clones the repository's HEAD into a temporary folder, then times `bash scripts/test.sh -q` there (set-up
included: the virtual environment, pip and npm installs, then every test) and `pytest -m unit` (the inner
loop), as medians of N runs, and writes them with their budgets (scripts/budgets.py TESTS) to
docs/maintainers/figures.md. Debian packages the command installs are taken as already there, as on a
machine that ran it before. Not a test: times depend on the machine and on what else it is doing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import figures

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str], cwd: Path) -> tuple[float, str]:
    """Wall seconds of a command that must succeed, and the last line it printed (pytest's summary)."""
    start = time.monotonic()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.monotonic() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    return elapsed, lines[-1] if lines else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="fresh clones to time (median)")
    args = parser.parse_args(argv)
    whole, unit, summaries = [], [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            clone = Path(tmp) / "clone"
            subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
            seconds, summary = timed(["bash", "scripts/test.sh", "-q"], clone)
            whole.append(seconds)
            summaries.append(summary)
            seconds, _ = timed([str(clone / ".venv" / "bin" / "python"), "-m", "pytest", "-m", "unit", "-q", "-p",
                                "no:cacheprovider"], clone)
            unit.append(seconds)
    print(f"whole command {statistics.median(whole):.0f} s ({summaries[-1]}); unit tier {statistics.median(unit):.1f} s")
    rows = [["`bash scripts/test.sh -q`, fresh clone", figures.cell(statistics.median(whole), "TESTS[whole command]")],
            ["`pytest -m unit`", figures.cell(statistics.median(unit), "TESTS[unit tier]")]]
    written = figures.record("time_tests", {"tests": {
        "title": "The test command", "rows": rows, "columns": ["", "wall time (budget)"],
        "about": f"Medians of {args.runs} run(s) on a fresh clone of HEAD; the last run said: {summaries[-1]}."}})
    print(f"written: {written.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
