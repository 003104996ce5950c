"""Interface words in both languages, from one data file (labels.yaml), so no label is a scattered literal.

``t`` gives a label; ``tn`` gives a label that counts something, in the plural form its number takes in
that language (Babel's CLDR rules: "1 duty", "2 duties"; Vietnamese nouns have one form).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

import yaml
from babel import Locale

from plan_site.model.types import Lang

LABELS_FILE = "labels.yaml"


@cache
def labels() -> dict[str, dict[Lang, Any]]:
    """Every label, read once: key → {vi: text, en: text or {one: …, other: …}}."""
    return yaml.safe_load(files(__package__).joinpath(LABELS_FILE).read_text(encoding="utf-8"))


def t(key: str, lang: Lang) -> str:
    """The label ``key`` in ``lang``; an unknown key fails loudly rather than rendering nothing."""
    value = _label(key, lang)
    if not isinstance(value, str):
        raise KeyError(f"Interface label {key!r} counts something: use tn()")
    return value


def tn(key: str, count: int, lang: Lang, shown: str | None = None, **fields: object) -> str:
    """A counting label in the form ``count`` takes in ``lang``, with {n} as ``shown`` (default: the number)."""
    value = _label(key, lang)
    form = value if isinstance(value, str) else value.get(_plural_form(count, lang), value["other"])
    return form.format(n=shown if shown is not None else count, **fields)


def _label(key: str, lang: Lang) -> Any:
    try:
        return labels()[key][lang]
    except KeyError:
        raise KeyError(f"Unknown interface label: {key!r}") from None


@cache
def _locale(lang: Lang) -> Locale:
    return Locale.parse(lang)


def _plural_form(count: int, lang: Lang) -> str:
    return _locale(lang).plural_form(count)

