"""Edit generated JavaScript and keep its source map right (Source Map revision 3).

Used to patch Material's minified bundle (plan_site/outputs/search_index.py): a few calls are replaced
within their line, and lines are put before the code. The map's segments after each replacement move by
the change in length, and every line moves down by the lines put before, so the bundle's own code still
maps to Material's sources. Columns are counted in UTF-16 code units, as source maps count them.
"""

from __future__ import annotations

import re

BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_DIGITS = {char: digit for digit, char in enumerate(BASE64)}
# The first number of every segment of a line: base64 digits with the continuation bit (g-z, 0-9, +, /),
# then one without.
_FIRST_NUMBERS = re.compile(r"(?:^|,)([g-z0-9+/]*[A-Za-f])")
MAPPINGS = re.compile(r'("mappings":\s*")([A-Za-z0-9+/,;]*)"')


def vlq_decode(segment: str) -> list[int]:
    """The numbers of one source map segment (base64 VLQ)."""
    values, value, shift = [], 0, 0
    for char in segment:
        digit = _DIGITS[char]
        value += (digit & 31) << shift
        if digit & 32:
            shift += 5
            continue
        values.append(-(value >> 1) if value & 1 else value >> 1)
        value, shift = 0, 0
    return values


def vlq_encode(values: list[int]) -> str:
    """One source map segment (base64 VLQ) of these numbers."""
    out = []
    for number in values:
        value = (-number << 1) | 1 if number < 0 else number << 1
        while True:
            digit, value = value & 31, value >> 5
            out.append(BASE64[digit | (32 if value else 0)])
            if not value:
                break
    return "".join(out)


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, the unit of source map columns."""
    return len(text.encode("utf-16-le")) // 2


def shift_columns(line: str, at: int, delta: int) -> str:
    """One line of source map mappings with every segment at column ``at`` or later moved by ``delta``.
    Columns are relative to the previous segment of the line, so only the first such segment changes;
    a segment's column is its first number."""
    column = 0
    for first in _FIRST_NUMBERS.finditer(line):
        value = vlq_decode(first.group(1))[0]
        column += value
        if column >= at:
            return line[:first.start(1)] + vlq_encode([value + delta]) + line[first.end(1):]
    return line


def edit(code: str, source_map: str, replacements: list[tuple[re.Match[str], str]], before: str = "") -> tuple[str, str]:
    """``code`` with each match (found in ``code``) replaced by its text and ``before`` put ahead of it, and
    its source map moved to match. A replacement stays within its line; ``before`` is whole lines."""
    mappings = MAPPINGS.search(source_map)
    if mappings is None:
        raise ValueError("the source map has no mappings")
    if before and not before.endswith("\n"):
        raise ValueError("only whole lines can be put before the code")
    lines = mappings.group(2).split(";")
    for match, text in sorted(replacements, key=lambda item: -item[0].start()):  # the last first: offsets hold
        if "\n" in match.group() or "\n" in text:
            raise ValueError(f"a replacement must stay within its line: {match.group()!r}")
        line = code.count("\n", 0, match.start())
        line_start = code.rfind("\n", 0, match.start()) + 1
        end_column = utf16_length(code[line_start:match.end()])
        lines[line] = shift_columns(lines[line], end_column, utf16_length(text) - utf16_length(match.group()))
        code = code[:match.start()] + text + code[match.end():]
    moved = ";" * before.count("\n") + ";".join(lines)
    return before + code, source_map[:mappings.start(2)] + moved + source_map[mappings.end(2):]
