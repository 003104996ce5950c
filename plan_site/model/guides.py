"""Plain-language guidance for readers (editorial, not the plan): what to do, step by step.

A guide is placed on a hand-written page (docs/<lang>/guides/<id>.md) and linked from the home page by its
card. Each step is an editorial note (text, sources, as-of date, confidence) with a title, and names the
plan's duties it rests on, which the guide page shows plainly behind a "read the Plan's text" disclosure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plan_site.model.types import Note, Text


@dataclass(frozen=True)
class GuideStep(Note):
    """One step: what to do (``title``, ``text``), where that was read, and the duties behind it."""

    id: str = ""
    title: Text | None = None
    duties: tuple[str, ...] = ()

    @classmethod
    def of(cls, raw: dict[str, Any] | None) -> GuideStep | None:
        note = Note.of(raw)
        if note is None:
            return None
        return cls(note.text, note.sources, note.as_of, note.confidence, raw["id"], Text.of(raw["title"]),
                   tuple(raw.get("duties", ())))


@dataclass(frozen=True)
class Guide:
    """A guide: its page's name under guides/, the home page card (title, text), and its steps in order."""

    id: str
    card_title: Text
    card_text: Text
    steps: tuple[GuideStep, ...]
