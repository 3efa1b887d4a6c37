"""The coder's raw event: one (source, target) pair of an event word, before reported
speech, folding and record building. Split from :mod:`tidings.events.coder` so the verb and
noun modules can build it without importing the sentence driver."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from tidings.events.timing import Flags
from tidings.records import Actor

__all__ = ["RawEvent"]


@dataclass(frozen=True)
class RawEvent:
    # None: a blank side. A blank target comes of an intransitive verb or an object that is
    # no actor; a blank source of an agentless passive or an event noun without a doer,
    # proposed only when the coder is asked for one-sided events (tidings.events.one_sided).
    source: Actor | None
    target: Actor | None
    code: str
    anchor: Token
    pattern: str
    flags: Flags
    words: tuple[int, ...] = ()  # token indices of the event phrase
    consumed: frozenset[str] = frozenset()  # context lemmas the pattern used
    extra: dict[str, str] = field(default_factory=dict, compare=False)
