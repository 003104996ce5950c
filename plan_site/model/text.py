"""Heading ids that keep Vietnamese letters readable: "Điều tra" → ``dieu-tra``, not ``ieu-tra``.

Markdown's own slugify decomposes accents and drops what is not ASCII, and đ/Đ have no decomposition,
so they vanish. This one maps them to d/D first; mkdocs.yml names it as the toc extension's slugify,
so it serves both languages (English headings quote Vietnamese names too).
"""

from __future__ import annotations

import re
import unicodedata

_D_WITH_STROKE = str.maketrans({"đ": "d", "Đ": "D"})
_NOT_WORD = re.compile(r"[^\w\s-]")


def slugify(value: str, separator: str) -> str:
    """A heading's id: đ → d, accents dropped, lower case, words joined by ``separator``."""
    ascii_text = unicodedata.normalize("NFKD", value.translate(_D_WITH_STROKE)).encode("ascii", "ignore").decode()
    words = _NOT_WORD.sub("", ascii_text).strip().lower()
    return re.sub(rf"[{re.escape(separator)}\s]+", separator, words)
