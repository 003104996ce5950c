"""Opening files in a real office suite: LibreOffice, headless, with a profile of its own per run.

Used by the tests marked ``office`` (tests/site/test_reports.py: the report templates through Writer;
tests/site/test_workbook.py and tests/outputs/test_workbook.py: the duties workbook through Calc).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

# Calc's CSV export: comma, double quote, UTF-8 (76), from line 1; cells as shown (so a formula would show its
# result, never its text), formulas not exported; the first sheet.
CALC_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false"


def tool(name: str, package: str) -> str:
    """The path of a command the test needs; the test fails, naming the Debian package, if it is missing."""
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"needs `{name}` (Debian package {package}; scripts/test.sh installs it)")
    return found


def convert(sources: list[Path], to: str, outdir: Path, package: str, timeout: int = 300) -> subprocess.CompletedProcess:
    """One soffice run converting every source (each start costs seconds) into ``outdir``, under its own profile
    so no other LibreOffice running on the machine gets in the way; ``package`` names what provides the filter."""
    soffice = tool("soffice", package)
    profile = (outdir.parent / f"{outdir.name}-profile").as_uri()
    return subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", to,
         "--outdir", str(outdir), *sorted(str(p) for p in sources)],
        capture_output=True, text=True, timeout=timeout, check=False,
    )
