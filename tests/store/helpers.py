"""Hand-built documents for storage tests (no NLP needed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tidings.document import Document
from tidings.records import Actor, Article, Entity, Event, Mention, Place, Quote

IRAN = Actor("Iran", "IRN", "IRNGOV", "GOV")
PAKISTAN = Actor("Pakistan", "PAK", "PAKGOV", "GOV")
ENVOY = Actor("Hassan Kazemi Qomi", "IRN", "IRNGOV", "GOV", "Special Envoy for Afghanistan",
              ("title: Special Envoy", "country: Iran"))
DAESH = Actor("Daesh", None, "IMGMUSISI", "REB")

TEXT = (
    "Iran's Special Envoy for Afghanistan Hassan Kazemi Qomi said regional stability rests on "
    "collective security. He accused the United States and Daesh of destabilising the region. "
    "Iran and Pakistan held talks in Tehran."
)


def event(
    source: Actor | None = IRAN, target: Actor | None = PAKISTAN, cameo: str = "036", *,
    when: date | None = None, num_mentions: int = 1, start: int = 0,
    negated: bool = False, hypothetical: bool = False,
) -> Event:
    sentence = TEXT[start:start + 40]
    return Event(source, target, cameo, cameo[:2], 1, 4.0, sentence, start, start + 40,
                 event_text="held talks", pattern="test", event_date=when,
                 num_mentions=num_mentions, negated=negated, hypothetical=hypothetical,
                 place=Place("Tehran", 160, 166, "IRN", 35.69, 51.39, "city", 112931))


MakeDoc = Callable[..., Document]


def build_doc(
    article_id: str = "a1", *, text: str = TEXT, events: tuple[Event, ...] | None = None,
    published: date | None = date(2024, 2, 14), content_hash: str | None = None,
    duplicate_of: str | None = None,
) -> Document:
    art = Article(id=article_id, text=text, title=f"Title of {article_id}",
                  published=published, source=f"/corpus/{article_id}.txt",
                  url=f"https://example.org/{article_id}",
                  content_hash=content_hash if content_hash is not None else f"h-{article_id}",
                  duplicate_of=duplicate_of)
    entities = (Entity(1, ENVOY, "person"), Entity(2, DAESH, "group"))
    mentions = (Mention(38, 56, "Hassan Kazemi Qomi", 1, "name"),
                Mention(93, 95, "He", 1, "pronoun"), Mention(129, 134, "Daesh", 2, "group"))
    quotes = (Quote("indirect", "regional stability rests on collective security", 62, 110,
                    "said", 57, 61, ENVOY, "Hassan Kazemi Qomi", 38, 56, "indirect-ccomp",
                    0.9),)
    places = (Place("Tehran", 197, 203, "IRN", 35.69, 51.39, "city", 112931),)
    evs = (event(ENVOY, DAESH, "112"), event()) if events is None else events
    return Document(article=art, mentions=mentions, entities=entities, quotes=quotes,
                    events=evs, places=places)
