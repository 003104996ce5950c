"""A generated page: where it lives, its title and description, and its Markdown body."""

from __future__ import annotations

from dataclasses import dataclass, field

from plan_site.site.render.markup import front_matter


@dataclass(frozen=True)
class Page:
    """A generated page: where it lives and what it says."""

    path: str
    title: str
    description: str
    body: str
    settings: dict[str, object] = field(default_factory=dict)  # theme page settings, e.g. {"hide": ["toc"]}

    @property
    def markdown(self) -> str:
        return front_matter(self.title, self.description, self.settings) + self.body
