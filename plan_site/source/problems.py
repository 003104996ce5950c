"""Problem records: what is wrong with the data, and where, kept apart from printing them."""

from __future__ import annotations

from dataclasses import dataclass

# A problem prints as one line, whatever text it quotes: line breaks and tabs show as escapes.
_ONE_LINE = str.maketrans({c: repr(c)[1:-1] for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})


@dataclass(frozen=True, order=True)
class Problem:
    """One fault in a data file, located like a linter would locate it."""

    file: str
    line: int
    column: int
    message: str
    path: str = ""

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        return f"{self.file}:{self.line}:{self.column}: {self.message}{where}".translate(_ONE_LINE)


class DataError(Exception):
    """Raised when data cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
