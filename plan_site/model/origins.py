"""Where each typed record came from: the data path of the raw value the builder read it from.

The builder (plan_site.model.build) marks every record it makes (a passage, duty, assignment, body,
instrument, relation, relation end, statement, cite, report, target, note…) with the data path of the
mapping it read, in the form the YAML reader's source map uses (``plan.parts[2].assignments[0]``). The
checks of the validator run on the typed records and locate what they find through these paths, so no
check walks the raw data a second time. Nothing here reads a file: a path is only a name for a place.
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def join_path(parent: str, key: str | int) -> str:
    """Extend a data path by a mapping key or a list index."""
    if isinstance(key, int):
        return f"{parent}[{key}]"
    return f"{parent}.{key}" if parent else key


class Origins:
    """Record to data path, for the records of one built plan (by identity: equal records may stand apart)."""

    def __init__(self) -> None:
        # Each record is kept with its path, so its id() is not reused while the paths are in use.
        self._paths: dict[int, tuple[object, str]] = {}

    def mark(self, record: T, path: str) -> T:
        """Remember that ``record`` was read from ``path``; returns the record."""
        self._paths[id(record)] = (record, path)
        return record

    def __getitem__(self, record: object) -> str:
        """The data path ``record`` was read from; KeyError for a record the builder did not mark."""
        return self._paths[id(record)][1]

    def at(self, record: object, *keys: str | int) -> str:
        """The path of a field (or a field's item) of ``record``: ``at(duty, "roles", 0)``."""
        path = self[record]
        for key in keys:
            path = join_path(path, key)
        return path

    def __len__(self) -> int:
        return len(self._paths)
