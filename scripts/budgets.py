"""Every budget the project holds itself to, in one place.

Read by the scripts that measure (scripts/measure.py, bench_search.py, bench_validate.py), by
scripts/figures.py, which renders docs/maintainers/figures.md beside the measured values, and by the
tests that enforce a budget (each Budget names its test in ``tested_by``; the others are reported only,
because times vary from machine to machine). Change a budget here, then run scripts/figures.py (or the
script that measures it) so the figures file shows the new value.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Budget:
    """A limit on one figure: at most ``limit`` (at least, for a score), in ``unit``."""

    limit: float
    unit: str  # "B" (bytes, gzip), "s" or "ms" (time), "MB" (memory), "" (a score out of 100)
    at_least: bool = False  # scores must reach the limit; everything else must stay at or under it
    tested_by: str = ""  # the test that fails when a figure breaks the budget; "" when only reported

    def met(self, value: float) -> bool:
        return value >= self.limit if self.at_least else value <= self.limit

    def show(self, value: float) -> str:
        """``value`` in this budget's unit, as the figures file prints it."""
        if self.unit == "B":
            return f"{value / 1000:.1f} kB"
        if self.unit == "s":
            return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"
        if self.unit == "ms":
            return f"{value:.0f} ms" if value >= 10 else f"{value:.1f} ms"
        if self.unit == "MB":
            return f"{value:.0f} MB"
        return f"{value:.0f}"

    def describe(self) -> str:
        """The budget itself: "at most 140 kB", "at least 95"."""
        limit = f"{self.limit / 1000:g} kB" if self.unit == "B" else f"{self.limit:g}{' ' + self.unit if self.unit else ''}"
        return f"{'at least' if self.at_least else 'at most'} {limit}"


# -- scripts/measure.py: the site as built and as a reader's browser fetches it -----------------------
# Bytes a first visit transfers: every resource the page loads in a phone-sized Chromium tab with an empty
# cache, until the network is idle, gzip-compressed as GitHub Pages serves it, headers excluded; one budget
# for every page kind measured, in both languages. A first visit does not fetch search (it loads when it is
# used). The search index: each language's search/ folder, gzip, fetched when search is first used.
BYTES = {
    **{f"first visit: {page}": Budget(85_000, "B", tested_by="tests/e2e/test_budgets.py")
       for page in ("home, vi", "agency, vi", "home, en", "agency, en")},
    **{f"search index: {lang}": Budget(40_000, "B", tested_by="tests/e2e/test_budgets.py") for lang in ("vi", "en")},
}
BUILD = Budget(5, "s")  # wall time of `scripts/plan.py build`, both languages
FIDELITY_CPU = Budget(50, "ms")  # the fidelity check on the real data, building the model included
AKN_CPU = Budget(100, "ms")  # rendering both Akoma Ntoso files (Vietnamese and English)
# Lighthouse, mobile, on the home page and an agency page: each category's score (0-100).
LIGHTHOUSE = {
    "performance": Budget(100, "", at_least=True),
    "accessibility": Budget(100, "", at_least=True),
    "best-practices": Budget(100, "", at_least=True),
    "seo": Budget(100, "", at_least=True),
}

# -- scripts/bench_search.py: search and the duty finder in Chromium, per language --------------------
SEARCH = {
    "worker setup": Budget(100, "ms"),  # the search worker folds the index, once per page that searches
    # A cold page (empty cache): the first keystroke in the search box to the first results, the worker and
    # the index loading meanwhile (search loads when it is used). A second is as long as a reader waits
    # without losing the thread.
    "cold: first key to results": Budget(1000, "ms"),
    # Once search has loaded: the last keystroke to the last change of the result list.
    "keystroke to results": Budget(50, "ms"),
    "finder filter": Budget(50, "ms"),  # the duty finder filters every duty on one input event, layout included
}

# -- scripts/bench_validate.py and the fuzz test: the validator, on real and hostile data --------------
VALIDATE_REAL_CPU = Budget(1, "s")  # data/duties.yaml, validate_file alone
VALIDATE_ANY_CPU = Budget(10, "s", tested_by="tests/data/test_fuzz_validation.py")  # any input at all
VALIDATE_ANY_RSS = Budget(256, "MB")  # the validating process's peak resident size, any input

# -- scripts/time_tests.py: the README's test command on a fresh clone -----------------------------------
TESTS = {
    "whole command": Budget(300, "s"),  # `bash scripts/test.sh` in a fresh clone: set-up and every test
    "unit tier": Budget(30, "s"),  # `pytest -m unit`, the inner loop (CONTRIBUTING.md)
}
