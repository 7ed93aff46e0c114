"""The two kinds of text the engine ranks: challenges (problem statements) and applications.

A challenge may carry its statement in more than one language (``versions``); an application is
matched against every version and the best one counts.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Version:
    """One language version of a challenge's statement."""

    lang: str
    title: str
    description: str

    @property
    def text(self) -> str:
        """Title and description, as one text."""
        return f"{self.title}\n{self.description}".strip()


@dataclass(frozen=True)
class Challenge:
    """A problem statement, in its own language and any other versions."""

    id: str
    title: str
    description: str
    lang: str | None = None
    versions: tuple[Version, ...] = field(default=())

    @property
    def text(self) -> str:
        """Title and description, as one text."""
        return f"{self.title}\n{self.description}".strip()

    def all_versions(self) -> list[Version]:
        """The main statement first, then every other language version."""
        main = Version(lang=self.lang or "", title=self.title, description=self.description)
        return [main, *self.versions]

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Challenge:
        """A challenge from a plain mapping (id, title, description, lang, versions)."""
        versions = tuple(
            Version(
                lang=str(item.get("lang") or ""),
                title=str(item.get("title") or ""),
                description=str(item.get("description") or ""),
            )
            for item in data.get("versions") or ()
        )
        return cls(
            id=str(data["id"]),
            title=str(data.get("title") or ""),
            description=str(data.get("description") or ""),
            lang=data.get("lang"),
            versions=versions,
        )


@dataclass(frozen=True)
class Application:
    """A startup's application: a title and a text."""

    id: str
    title: str
    text: str
    lang: str | None = None

    @property
    def full_text(self) -> str:
        """Title and text, as one text."""
        return f"{self.title}\n{self.text}".strip()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Application:
        """An application from a plain mapping (id, title, text, lang)."""
        return cls(
            id=str(data["id"]),
            title=str(data.get("title") or ""),
            text=str(data.get("text") or ""),
            lang=data.get("lang"),
        )


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON-lines file, one per non-empty line."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not a JSON line ({error.msg})") from error


def _load(path: Path, make: Callable[[Mapping[str, Any]], T]) -> list[T]:
    items = []
    for number, item in enumerate(read_jsonl(path), start=1):
        if not isinstance(item, dict) or "id" not in item:
            raise ValueError(f'{path}: record {number} has no "id"')
        items.append(make(item))
    return items


def load_challenges(path: Path) -> list[Challenge]:
    """Challenges from a JSON-lines file."""
    return _load(path, Challenge.from_mapping)


def load_applications(path: Path) -> list[Application]:
    """Applications from a JSON-lines file."""
    return _load(path, Application.from_mapping)
