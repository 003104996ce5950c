"""The one Vietnamese text fold, for ids, heading anchors and search.

Readers type without accents, or in decomposed Unicode, so text is compared folded: decomposed (NFD),
combining marks dropped, lower case, and đ/Đ (which have no decomposition) as d. The search worker and
the finder fold in JavaScript the same way; tests/fixtures/fold-cases.json holds the cases that the
Python and the browser tests both check.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[a-z0-9]+")
_NOT_WORD = re.compile(r"[^\w\s-]")


def fold(text: str) -> str:
    """Text as compared: "Đảm bảo AN TOÀN" → "dam bao an toan"; NFD input folds the same as NFC."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().replace("đ", "d")


def slug(text: str) -> str:
    """An ASCII id from Vietnamese words: "Phạm Duy Hưng" → "pham-duy-hung", "145/QĐ-UBND" → "145-qd-ubnd"."""
    return "-".join(_WORD.findall(fold(text)))


def slugify(value: str, separator: str) -> str:
    """A heading's id for Markdown's toc extension (mkdocs.yml names it): "Điều tra" → ``dieu-tra``.

    Markdown's own slugify drops đ, which has no decomposition ("ieu-tra"). This keeps that extension's
    rules otherwise: punctuation inside a word is dropped rather than splitting it.
    """
    words = _NOT_WORD.sub("", fold(value)).strip()
    return re.sub(rf"[{re.escape(separator)}\s]+", separator, words)
