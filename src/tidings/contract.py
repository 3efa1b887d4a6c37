"""The extraction contract: one JSON object per article (kept stable for users)."""

from __future__ import annotations

from typing import Any

from tidings.document import Document
from tidings.provenance import (
    country_from_article,
    country_from_place,
    speaker_country_from_article,
)
from tidings.records import Actor, Event, Quote, to_dict

__all__ = ["actor_json", "document_json", "event_json", "quote_json"]


def actor_json(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "name": actor.name,
        "country": actor.country,
        "code": actor.code,
        "sector": actor.sector,
        "role": actor.role,
    }


def quote_json(q: Quote) -> dict[str, Any]:
    return {
        "kind": q.kind,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "cue": q.cue,
        "cue_start": q.cue_start,
        "cue_end": q.cue_end,
        "speaker": actor_json(q.speaker),
        "speaker_text": q.speaker_text,
        "speaker_start": q.speaker_start,
        "speaker_end": q.speaker_end,
        "rule": q.rule,
        # the speaker's country was lent from the article's context (tidings.provenance)
        "speaker_country_from_article": speaker_country_from_article(q),
    }


def event_json(e: Event) -> dict[str, Any]:
    return {
        "source": actor_json(e.source),
        "target": actor_json(e.target),
        "cameo": e.cameo,
        "root": e.root,
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "plover": e.plover,
        "sentence": e.sentence,
        "start": e.start,
        "end": e.end,
        "event_text": e.event_text,
        "pattern": e.pattern,
        "confidence": e.confidence,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "reported": e.reported,
        "background": e.background,
        "event_date": e.event_date.isoformat() if e.event_date else None,
        "quote_index": e.quote_index,
        "place": to_dict(e.place) if e.place else None,
        "num_mentions": e.num_mentions,
        # "source", "target" or "source,target": a side whose country was inferred from the
        # event's place (tidings.geo.generic), not written in the text
        "country_from_place": country_from_place(e),
        # the same shape: sides whose country was lent from the article's context
        "country_from_article": country_from_article(e),
    }


def document_json(doc: Document) -> dict[str, Any]:
    """The contract object for one processed document."""
    art = doc.article
    actors = []
    for ent in doc.entities:
        item = actor_json(ent.actor) or {}
        item.update(
            id=ent.id,
            kind=ent.kind,
            evidence=list(ent.actor.evidence),
            mentions=[
                {"text": m.text, "start": m.start, "end": m.end, "kind": m.kind}
                for m in doc.mentions
                if m.entity_id == ent.id
            ],
        )
        actors.append(item)
    return {
        "id": art.id,
        "title": art.title,
        "published": art.published.isoformat() if art.published else None,
        "dateline": art.dateline,
        "url": art.url,
        "quotes": [quote_json(q) for q in doc.quotes],
        "events": [event_json(e) for e in doc.events],
        "actors": actors,
        "places": [to_dict(p) for p in doc.places],
    }
