"""Hand-built documents saved through the real store, for analysis and API tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from tidings.document import Document
from tidings.records import Actor, Article, Entity, Event, Mention, Place, Quote
from tidings.store import Store, open_store

ACTORS = {
    "IRN": Actor("Iran", "IRN", "IRN", "GOV"),
    "IRNGOV": Actor("Hassan Kazemi Qomi", "IRN", "IRNGOV", "GOV", "Special Envoy"),
    "PAK": Actor("Pakistan", "PAK", "PAK", "GOV"),
    "AFG": Actor("Amir Khan Muttaqi", "AFG", "AFGGOV", "GOV", "foreign minister"),
    "USA": Actor("United States", "USA", "USA", "GOV"),
    "IGOUNO": Actor("United Nations", None, "IGOUNO", "IGO"),
    "IMGMUSISI": Actor("Daesh", None, "IMGMUSISI", "IMG"),
}
MONDAY = date(2024, 1, 1)  # weekly periods start on a Monday


def week(n: int, day: int = 0) -> date:
    """Day ``day`` of the ``n``-th week after :data:`MONDAY` (weekly series and alerts)."""
    return MONDAY + timedelta(weeks=n, days=day)


QUAD = {"01": 1, "02": 1, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2,
        "09": 3, "10": 3, "11": 3, "12": 3, "13": 3, "14": 3, "15": 4, "16": 3,
        "17": 4, "18": 4, "19": 4, "20": 4}


def event(source: str | None, target: str | None, cameo: str, goldstein: float,
          when: date | None,
          sentence: str = "", start: int = 0, place: Place | None = None,
          mentions: int = 1, negated: bool = False, hypothetical: bool = False) -> Event:
    root = cameo[:2]
    text = sentence or f"{source} and {target} ({cameo})."
    # None: the blank side of a one-sided event (issue #5)
    return Event(source=ACTORS[source] if source else None,
                 target=ACTORS[target] if target else None, cameo=cameo, root=root,
                 quad_class=QUAD[root], goldstein=goldstein, sentence=text, start=start,
                 end=start + len(text), event_date=when, place=place, num_mentions=mentions,
                 negated=negated, hypothetical=hypothetical)


def document(article_id: str, published: date | None, events: Sequence[Event] = (),
             text: str | None = None, title: str | None = None,
             quotes: tuple[Quote, ...] = (), places: tuple[Place, ...] = (),
             url: str | None = None) -> Document:
    body = text or " ".join(e.sentence for e in events) or f"Article {article_id}."
    entities = tuple(Entity(i, a, "state") for i, a in enumerate(
        {a for e in events for a in (e.source, e.target) if a is not None}))
    mentions = tuple(Mention(0, min(4, len(body)), body[:4], ent.id) for ent in entities[:1])
    art = Article(id=article_id, text=body, title=title or f"Title {article_id}",
                  published=published, url=url or f"https://example.org/{article_id}",
                  content_hash=f"hash-{article_id}")
    return Document(article=art, entities=entities, mentions=mentions, events=tuple(events),
                    quotes=quotes, places=places)


def save(store: Store, *docs: Document) -> None:
    assert all(store.save_many(list(docs)))


def saved_db(url: str, *docs: Document) -> str:
    """``url`` after saving ``docs`` to its store (for API and CLI tests that reopen it)."""
    with open_store(url) as store:
        save(store, *docs)
    return url


def rows(store: Store, sql: str, *params: Any) -> list[dict[str, Any]]:
    return store.query(sql, params)
