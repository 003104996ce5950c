#!/usr/bin/env bash
# Set up a fresh machine and serve the site locally: http://127.0.0.1:8000/ (English at /en/).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
exec .venv/bin/python scripts/plan.py serve --port "${PORT:-8000}"
