"""The document that flows through the pipeline, and the stage contract.

A stage is a small named ``Document -> Document`` function that declares the
fields it reads (``requires``) and the fields it sets (``assigns``), in the way
spaCy components do. :func:`stage` registers it; :mod:`tidings.pipeline`
checks at composition time that every ``requires`` is assigned by an earlier
stage, so a mis-ordered pipeline fails before it reads any article.

``Document`` is frozen: a stage returns ``doc.replace(quotes=...)``. The spaCy
``Doc`` inside it is the one mutable object and stages must not modify it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from typing import Any

from tidings.records import Article, Entity, Event, Mention, Place, Quote

__all__ = ["STAGES", "Document", "Stage", "StageFunc", "stage"]

StageFunc = Callable[["Document"], "Document"]


@dataclass(frozen=True)
class Document:
    """An article and everything the stages have found in it."""

    article: Article
    spacy_doc: Any = None  # spacy.tokens.Doc; typed loosely so records stay spaCy-free
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    done: frozenset[str] = field(default_factory=frozenset)

    @property
    def text(self) -> str:
        return self.article.text

    def replace(self, **changes: Any) -> Document:
        return replace(self, **changes)

    def entity(self, entity_id: int | None) -> Entity | None:
        if entity_id is None:
            return None
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None


FIELDS = frozenset(f.name for f in fields(Document)) - {"done"}


@dataclass(frozen=True)
class Stage:
    """A registered pipeline stage."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    func: StageFunc

    def __call__(self, doc: Document) -> Document:
        out = self.func(doc)
        return replace(out, done=out.done | {self.name})


STAGES: dict[str, Stage] = {}


def stage(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()) -> Callable[
    [StageFunc], Stage
]:
    """Register ``func`` as the stage ``name``.

    ``requires``/``assigns`` name :class:`Document` fields; a typo fails at import.
    """
    unknown = (set(requires) | set(assigns)) - FIELDS
    if unknown:
        raise ValueError(f"stage {name!r} names unknown document fields: {sorted(unknown)}")

    def register(func: StageFunc) -> Stage:
        st = Stage(name=name, requires=tuple(requires), assigns=tuple(assigns), func=func)
        STAGES[name] = st
        return st

    return register
