"""Which instruments a text names: every alias the data records for them, longest first."""

from __future__ import annotations

import re
from collections.abc import Iterable

from plan_site.model.types import Instrument, Lang


def mention_pattern(instruments: Iterable[Instrument], lang: Lang) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for every way the text names an instrument, longest names first."""
    names: dict[str, str] = {}
    for instrument in instruments:
        for alias in instrument.aliases[lang]:
            names[alias.lower()] = instrument.id
    ordered = sorted(names, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(name) for name in ordered), re.IGNORECASE)
    return pattern, names


def mentioned_instruments(text: str, lang: Lang, instruments: Iterable[Instrument]) -> list[str]:
    """Ids of the instruments a text names, in order of first mention."""
    pattern, names = mention_pattern(instruments, lang)
    found: list[str] = []
    for match in pattern.finditer(text):
        ident = names[match.group(0).lower()]
        if ident not in found:
            found.append(ident)
    return found
