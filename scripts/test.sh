#!/usr/bin/env bash
# Set up a fresh machine and run every test: data, site HTML, and browser tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true

# Chromium for the browser tests; Java (17+) for the Nu Html Checker (vnu-jar, from npm); Node for npm;
# poppler's pdftotext and pdfinfo to read what Chromium prints (tests/e2e/test_print.py); LibreOffice's
# soffice to open the report templates as an official would (tests/site/test_reports.py), and its spreadsheet
# (Calc) to open the duties workbook (tests/site/test_workbook.py).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
[ -e /usr/lib/libreoffice/program/libsclo.so ] || missing+=(libreoffice-calc-nogui)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then apt_get=(apt-get); else apt_get=(sudo apt-get); fi
  "${apt_get[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq "${missing[@]}" >/dev/null
fi

python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -r requirements-test.txt
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; fi

# Two workers (pytest-xdist); what several tests share is still made once per run, by the first worker that
# needs it: each built site (tests/conftest.py) and the pass over every page in Chromium (tests/e2e/conftest.py).
# (Not --dist loadgroup: with pytest 9.2, pytest-xdist 3.8 no longer groups by xdist_group, pytest-xdist#1386.)
# TEST_WORKERS=0 runs in one process.
exec .venv/bin/python -m pytest -n "${TEST_WORKERS:-2}" "$@"
