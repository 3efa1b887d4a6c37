"""The article's country for country-less domestic actors (``Settings.article_country``).

After the stage has resolved and clustered an article, some actors keep a sector and no
country: "the senator" (``---LEG``), "officials" (``---GOV``), "voters" (``---CVL``). ICEWS
codes such actors with the country of the story; GDELT leaves them blank. This pass lends
the article's country, and only when the article's evidence is strong: one country holds a
clear majority (a share and a minimum count, ``data/context_country.yaml``) of the
country-resolved actor mentions, a dateline (when there is one) names no other country, the
actor's sector is domestic-typical, and no mention of it names a place or is international
("world leaders", "officials in Kabul"). The lent country is marked in the evidence
("article context: USA, 14 of 16 resolved mentions"). A long article short of that majority
whose actors and places are still mostly one country's (``role_*`` in the data file) lends
it to role words only: judges, lawmakers, police, officials, politicians, the media, elites
and the opposition, not people nouns. :func:`tidings.actors.resolve` reads
a bare phrase with no article and is unaffected.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import yaml
from spacy.tokens import Span, Token

from tidings.actors.kb import DATA, KB, with_country
from tidings.actors.resolve import current_kb, resolve_with
from tidings.config import running_settings, setting
from tidings.document import Document
from tidings.errors import ConfigError
from tidings.records import Actor, Entity, Mention

__all__ = ["ARTICLE_CONTEXT", "ArticleCountry", "actors_settings", "article_country",
           "article_home", "enabled", "lend_article_country", "lend_to_phrase", "lendable",
           "phrase_names_place", "rules"]

# the package's data directory, not this file's: compiled, this module is elsewhere
DATA_FILE = DATA / "context_country.yaml"
ARTICLE_CONTEXT = "article context:"  # the evidence prefix that marks a lent country

# What a dateline naming an international body ("UNITED NATIONS") gives: no country, and no
# one country's story (it matches no country code).
_INTERNATIONAL = "international dateline"
_WORD = re.compile(r"[A-Za-z][A-Za-z.']*")


@dataclass(frozen=True)
class Rules:
    sectors: frozenset[str]
    min_mentions: int
    min_share: float
    min_place_share: float
    min_mentions_with_dateline: int
    international_words: frozenset[str]
    place_prepositions: frozenset[str]
    place_labels: frozenset[str]
    seat_codes: tuple[str, ...]
    role_sectors: frozenset[str]
    role_min_share: float
    role_min_mentions: int
    role_min_place_share: float


@cache
def rules() -> Rules:
    """``data/context_country.yaml``, read once."""
    try:
        raw: dict[str, Any] = yaml.safe_load(DATA_FILE.read_text("utf-8"))
        return Rules(
            sectors=frozenset(str(s).upper() for s in raw["sectors"]),
            min_mentions=int(raw["min_mentions"]),
            min_share=float(raw["min_share"]),
            min_place_share=float(raw["min_place_share"]),
            min_mentions_with_dateline=int(raw["min_mentions_with_dateline"]),
            international_words=frozenset(str(w).lower() for w in raw["international_words"]),
            place_prepositions=frozenset(str(w).lower() for w in raw["place_prepositions"]),
            place_labels=frozenset(str(w) for w in raw["place_labels"]),
            seat_codes=tuple(str(c).upper() for c in raw["seat_codes"]),
            role_sectors=frozenset(str(s).upper() for s in raw["role_sectors"]),
            role_min_share=float(raw["role_min_share"]),
            role_min_mentions=int(raw["role_min_mentions"]),
            role_min_place_share=float(raw["role_min_place_share"]),
        )
    except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise ConfigError(f"{DATA_FILE}: {exc}") from exc


# ``Pipeline(settings=...)`` reaches the stage through this context; kept under this name
# as part of the package's API.
actors_settings = running_settings


def enabled() -> bool:
    """Whether the ``article_country`` setting of the running pipeline (else of the
    environment and config file) is on."""
    return bool(setting("article_country"))


@dataclass(frozen=True)
class ArticleCountry:
    country: str
    count: int
    total: int
    dateline: bool
    # only the looser majority of ``role_*`` in the data file: lent to role sectors only
    roles_only: bool = False

    def lends(self, actor: Actor) -> bool:
        """Whether this article country may be given to the lendable ``actor``."""
        return not self.roles_only or (actor.code or "")[3:6] in rules().role_sectors

    @property
    def evidence(self) -> str:
        where = ", dateline" if self.dateline else ""
        return (f"{ARTICLE_CONTEXT} {self.country}, {self.count} of {self.total} "
                f"resolved mentions{where}")


def article_country(doc: Document, mentions: Sequence[Mention], entities: Sequence[Entity],
                    kb: KB, ents: Sequence[Span] | None = None) -> ArticleCountry | None:
    """The article's country when its evidence is strong, else ``None`` (``ents``: the
    parse's ``Doc.ents`` when the caller has them: spaCy builds them anew per call)."""
    r = rules()
    by_id = {e.id: e for e in entities}
    counts: Counter[str] = Counter()
    for m in mentions:
        ent = by_id.get(m.entity_id) if m.entity_id is not None else None
        if ent is None or m.kind == "pronoun" or ent.actor.country is None \
                or (ent.actor.code or "")[:3] in r.seat_codes:
            continue
        counts[ent.actor.country] += 1
    places = _place_countries(doc, mentions, kb, r, ents)
    counts.update(places)
    if not counts:
        return None
    country, count = counts.most_common(1)[0]
    total = sum(counts.values())
    place_share = places[country] / places.total() if places else 1.0
    strong = count >= total * r.min_share and place_share >= r.min_place_share
    # A long article whose actors and places are mostly of one country: its own judges,
    # lawmakers, police and officials are that country's, its people need the strong test.
    roles = count >= total * r.role_min_share and count >= r.role_min_mentions \
        and place_share >= r.role_min_place_share
    if not strong and not roles:
        return None
    dated = _dateline_country(doc.article.dateline, kb, doc.article.published, r)
    if dated is not None and dated != country:
        return None
    needed = r.min_mentions_with_dateline if dated == country else r.min_mentions
    if count < needed:
        return None
    return ArticleCountry(country, count, total, dated == country, roles_only=not strong)


def _place_countries(doc: Document, mentions: Sequence[Mention], kb: KB, r: Rules,
                     ents: Sequence[Span] | None) -> Counter[str]:
    """Countries of the places and peoples the text names outside actor mentions ("in
    Kabul", "the Red Sea", "Iranian strikes"): a U.S. briefing about an attack abroad is
    not a one-country article, although its actors are mostly American."""
    found: Counter[str] = Counter()
    sdoc = doc.spacy_doc
    if sdoc is None:
        return found
    spans = sorted((m.start, m.end) for m in mentions)
    on = doc.article.published or date.today()
    for ent in sdoc.ents if ents is None else ents:
        if ent.label_ not in r.place_labels or _inside(spans, ent.start_char, ent.end_char):
            continue
        actor = resolve_with(kb, ent.text, on)
        if actor is not None and actor.country is not None \
                and (actor.code or "")[:3] not in r.seat_codes:
            found[actor.country] += 1
    return found


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    at = bisect_right(spans, (start, end)) - 1
    return any(a <= start and end <= b for a, b in spans[max(at - 2, 0):at + 3])


def _dateline_country(dateline: str | None, kb: KB, on: date | None, r: Rules) -> str | None:
    """The country a dateline names, ``None`` when it names nothing the resolver knows (a
    small town). A story filed from an international body's seat ("UNITED NATIONS") is about
    several countries: ``_INTERNATIONAL``, which vetoes every country."""
    if not dateline:
        return None
    actor = resolve_with(kb, dateline.title(), on or date.today())
    if actor is None:
        return None
    if actor.country is None or (actor.code or "")[:3] in r.seat_codes:
        return _INTERNATIONAL
    return actor.country


def article_home(doc: Document) -> ArticleCountry | None:
    """The article's country for actors a later stage resolves from its own phrase (event
    sides, quote speakers), decided as the actors stage decided it: the mentions of
    entities it already lent a country are left out, so the counts are those it saw.
    ``None`` when the setting is off or the evidence is weak."""
    if not enabled():
        return None
    lent = {e.id for e in doc.entities
            if any(w.startswith(ARTICLE_CONTEXT) for w in e.actor.evidence)}
    mentions = tuple(m for m in doc.mentions if m.entity_id not in lent)
    return article_country(doc, mentions, doc.entities, current_kb())


def lend_to_phrase(actor: Actor, home: ArticleCountry | None, head: Token,
                   span: Span) -> Actor:
    """``actor``, resolved by a later stage from the phrase ``span`` headed by ``head``,
    with the article's country ``home`` when it is lendable there (the actors stage's
    terms)."""
    # A common noun only: a proper name the resolver placed nowhere ("National" of a
    # convention's name) is no description of the article's people.
    if home is None or head.pos_ != "NOUN" or not lendable(actor) or not home.lends(actor) \
            or phrase_names_place(span.text, span):
        return actor
    return with_country(actor, home.country, current_kb().iso3, home.evidence)


def _names_place(doc: Document, m: Mention) -> bool:
    sdoc = doc.spacy_doc
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand") if sdoc is not None else None
    return phrase_names_place(m.text, span)


def phrase_names_place(text: str, span: Span | None) -> bool:
    """The phrase ``text`` (at ``span`` of the parse, when known) is international, or
    names a place in or right after it: such an actor is not the article's own."""
    r = rules()
    if {w.lower() for w in _WORD.findall(text)} & r.international_words:
        return True
    if span is None:
        return False
    if any(t.ent_type_ in r.place_labels for t in span):
        return True
    sdoc = span.doc
    after = span.end
    # "officials in Kabul", "voters across the region of Sindh": a place within a few words
    if after < len(sdoc) and sdoc[after].lower_ in r.place_prepositions:
        return any(t.ent_type_ in r.place_labels or t.lower_ in r.international_words
                   for t in sdoc[after + 1:min(after + 5, len(sdoc))])
    return False


def lendable(actor: Actor) -> bool:
    """A country-less actor of a domestic-typical sector (``sectors`` in the data file)."""
    code = actor.code or ""
    return actor.country is None and code.startswith("---") and code[3:6] in rules().sectors


def lend_article_country(doc: Document, mentions: Sequence[Mention],
                         entities: tuple[Entity, ...], kb: KB,
                         ents: Sequence[Span] | None = None) -> tuple[Entity, ...]:
    """``entities`` with the article's country given to eligible country-less ones (when
    the ``article_country`` setting is on; ``ents`` as for :func:`article_country`)."""
    open_ids = {e.id for e in entities if lendable(e.actor)}
    if not open_ids or not enabled():  # the setting is read from the environment: last
        return entities
    home = article_country(doc, mentions, entities, kb, ents)
    if home is None:
        return entities
    open_ids = {e.id for e in entities if e.id in open_ids and home.lends(e.actor)}
    placed = {m.entity_id for m in mentions if m.entity_id in open_ids and _names_place(doc, m)}
    return tuple(
        Entity(e.id, with_country(e.actor, home.country, kb.iso3, home.evidence), e.kind)
        if e.id in open_ids and e.id not in placed else e
        for e in entities)
