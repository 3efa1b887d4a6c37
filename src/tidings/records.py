"""Small frozen records: what the pipeline produces.

Every record carries character offsets (``start``, ``end``) into the article
text it came from, so any number in the store can be traced back to a sentence.
Records are plain frozen dataclasses: cheap to create, hashable, picklable
(needed by worker processes and Spark) and trivially serialisable.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

__all__ = [
    "Actor",
    "Article",
    "Entity",
    "Event",
    "Mention",
    "Place",
    "Quote",
    "Span",
    "to_dict",
]

QuoteKind = Literal["direct", "indirect"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` in the article text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested: metadata plus the text all offsets point into."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    dateline: str | None = None
    url: str | None = None
    source: str | None = None  # where it was read from: path, URL, WARC record
    language: str = "en"
    content_hash: str = ""
    duplicate_of: str | None = None  # near-duplicate: id of the first copy


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: who someone is, as of the article's date.

    ``code`` is the CAMEO-style actor code (``IRNGOV``, ``AFGREB``, ``IGOUNO``,
    ``IMGMUSISI``). ``country`` is ISO 3166-1 alpha-3 or ``None`` for IGOs and
    transnational groups. ``evidence`` lists, in order, why it was resolved so.
    """

    name: str
    country: str | None
    code: str | None
    sector: str | None = None
    role: str | None = None
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical actor of one article: all its mentions point to it."""

    id: int
    actor: Actor
    kind: Literal["person", "group", "state", "organisation", "other"] = "other"


@dataclass(frozen=True, slots=True)
class Mention:
    """A place in the text that names or refers to an entity."""

    start: int
    end: int
    text: str
    entity_id: int | None
    kind: Literal[
        "name", "surname", "title", "pronoun", "description", "demonym", "capital", "group", "other"
    ] = "name"


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote or a piece of reported speech, with its cue and speaker."""

    kind: QuoteKind
    text: str
    start: int
    end: int
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: Actor | None = None
    speaker_text: str | None = None  # the mention as written ("he", "the Special Envoy")
    speaker_start: int | None = None
    speaker_end: int | None = None
    rule: str = ""
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention resolved to coordinates and a country."""

    name: str
    start: int
    end: int
    country: str | None
    lat: float | None
    lon: float | None
    feature: str = ""  # city, admin1, country (centroid fallback)
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded CAMEO event with the sentence behind it and the rule that fired.

    An event may be one-sided, as GDELT's blank Actor1/Actor2 ("thousands
    demonstrated in Kabul", "a car bomb killed ten"): ``source`` or ``target``
    is ``None``, never both.
    """

    source: Actor | None
    target: Actor | None
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    sentence: str
    start: int
    end: int
    event_text: str = ""
    pattern: str = ""
    confidence: float = 1.0
    negated: bool = False
    hypothetical: bool = False
    reported: bool = False  # asserted by a speaker (quote), not by the journalist
    background: bool = False
    event_date: date | None = None
    quote_index: int | None = None  # index into the document's quotes
    place: Place | None = None
    num_mentions: int = 1
    plover: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.source is None and self.target is None:
            raise ValueError(
                f"event {self.cameo!r} at [{self.start}, {self.end}) has neither a source "
                "nor a target actor; at least one side must be set"
            )

    @property
    def one_sided(self) -> bool:
        """True when the source or the target actor is unknown (``None``)."""
        return self.source is None or self.target is None


def to_dict(record: object) -> dict[str, Any]:
    """A JSON-ready dict of a record (dates as ISO strings)."""
    raw = asdict(record)  # type: ignore[call-overload]
    return _jsonable(raw)  # type: ignore[no-any-return]


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
