#!/usr/bin/env python3
"""One command line for the project: validate the data, build both languages, serve the result.

    python scripts/plan.py validate [FILE] [--changelog FILE]
                                             check the data (and its changelog: by default, when FILE is not
                                             given); every problem as file:line:col, exit 1 if any
    python scripts/plan.py build             build Vietnamese into site/ and English into site/en/
    python scripts/plan.py serve [--port N]  build, then serve site/ on http://127.0.0.1:N/
"""

from __future__ import annotations

import argparse
import functools
import http.server
import logging
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Upstream notices about MkDocs 2.0 are noise for our users.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")

from plan_site.source.changelog import validate_changelog
from plan_site.source.load import CHANGELOG_FILE, DATA_FILE, display_path
from plan_site.source.validate import validate_file

CONFIGS = ("mkdocs.yml", "mkdocs.en.yml")  # Vietnamese first: its build cleans site/


def validate(path: Path, changelog: Path | None) -> int:
    """Check a data file, and the changelog of its revisions if given; print every problem; 0 when valid."""
    data, problems = validate_file(path, display_path(path))
    checked = [path]
    if changelog is not None and data is not None:
        problems += validate_changelog(changelog, data, display_path(changelog))[1]
        checked.append(changelog)
    names = " and ".join(display_path(p) for p in checked)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in {names}", file=sys.stderr)
        return 1
    print(f"{names}: valid")
    return 0


def build(site_dir: Path | None = None) -> int:
    """Build both languages with MkDocs (strict), in this process."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    os.chdir(ROOT)
    _pin_build_date()
    _show_mkdocs_messages()
    for config_file in CONFIGS:
        overrides = {}
        if site_dir is not None:
            overrides["site_dir"] = str(site_dir / ("en" if config_file.endswith(".en.yml") else ""))
        try:
            config = load_config(config_file, **overrides)
            mkdocs_build(config)
        except MkDocsException as error:
            print(f"Build failed ({config_file}): {error}", file=sys.stderr)
            return 1
    return 0


def _pin_build_date() -> None:
    """Date the build by its commit, so two builds of one commit are identical (sitemap dates too)."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return
    try:
        commit_time = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True,
                                     text=True, check=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return  # not a git checkout: MkDocs dates the build by the clock
    if commit_time.isdigit():
        os.environ["SOURCE_DATE_EPOCH"] = commit_time


def _show_mkdocs_messages() -> None:
    """MkDocs reports problems through logging; print its warnings and errors as its CLI would."""
    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)


def serve(port: int) -> int:
    """Build, then serve site/ locally (both languages, as GitHub Pages would)."""
    if build() != 0:
        return 1
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(ROOT / "site"))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"Serving on http://127.0.0.1:{port}/ (English at /en/); Ctrl+C to stop")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help="check a data file")
    check.add_argument("file", nargs="?", type=Path, default=None)
    check.add_argument("--changelog", type=Path, default=None,
                       help="the changelog to check with the data (default: data/changelog.yaml, without FILE)")
    built = commands.add_parser("build", help="build both languages into site/")
    built.add_argument("--site-dir", type=Path, default=None)
    served = commands.add_parser("serve", help="build and serve locally")
    served.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    if args.command == "validate":
        changelog = args.changelog or (CHANGELOG_FILE if args.file is None else None)
        return validate(args.file or DATA_FILE, changelog)
    if args.command == "build":
        return build(args.site_dir)
    return serve(args.port)


if __name__ == "__main__":
    sys.exit(main())
