"""Dates as readers write them: 12/06/2025 in Vietnamese, 12 June 2025 in English.

The data, the feeds and the XML keep ISO 8601 (2025-06-12); everything a reader sees passes through
``reader_date``. A source may be dated by its year or month alone ("2025", "2025-06"): it is shown as
precisely as it is known ("2025", "06/2025"; "2025", "June 2025"), never padded to a day.
Month names come from Babel's CLDR data, with fixed patterns, so the form does not drift with the locale's
default ("Jun 12, 2025").
"""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_date

from plan_site.model.types import Lang

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# CLDR patterns: dd/MM/y and MM/y are how Vietnamese administrative writing dates things (Decree 30/2020
# writes the day and month of a document's date with two digits); English writes the month by name.
_PATTERNS: dict[Lang, dict[str, str]] = {
    "vi": {"day": "dd/MM/y", "month": "MM/y"},
    "en": {"day": "d MMMM y", "month": "MMMM y"},
}


def reader_date(iso: str, lang: Lang) -> str:
    """An ISO date, or a year or month of one, in the reader's language: "2025-06-12" → "12/06/2025" or
    "12 June 2025"; "2025-06" → "06/2025" or "June 2025"; "2025" → "2025". Anything else is an error."""
    match = _ISO.fullmatch(iso)
    if match is None:
        raise ValueError(f"not an ISO date, month or year: {iso!r}")
    year, month, day = match.groups()
    if month is None:
        return year
    precision = "day" if day else "month"
    when = date(int(year), int(month), int(day or 1))  # an impossible date (2025-02-30) raises here
    return format_date(when, _PATTERNS[lang][precision], locale=lang)
