"""Within-article clustering: resolved candidates -> mentions pointing at entities.

Rules, applied in text order (each leaves a line in the entity's evidence):

* names: a person resolved by the dictionary joins the entity of the same canonical name;
  an unknown one joins an earlier person whose name contains all its words ("Qomi" after
  "Hassan Kazemi Qomi"), also when NER mislabels the short form as ORG;
* pronouns he/she (him, his, her) and they/them/their: the antecedent rules of
  :mod:`tidings.actors.pronouns`; "it" is left alone;
* descriptions ("the Special Envoy", "the Iranian diplomat", "the minister"): the most recent
  person whose role or title fits and whose country (if the description names one) matches;
  otherwise a new entity resolved from the words themselves. A bare title joined to a titled
  name by "and" ("The Administrator and Executive Director Lowe") is such a description, and
  not the named person's title;
* groups, states and demonym+sector phrases: one entity per resolved code.

The clustering's state is in :mod:`tidings.actors.coref_state` and the rules for people and
descriptions in :mod:`tidings.actors.coref_people`; this module runs them in text order, then
the checks that need the whole article (party words, former officials only Phoenix knows,
kin of a dictionary person, the one country an article names).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache
from operator import methodcaller

from tidings.actors.candidates import Candidate
from tidings.actors.coref_people import (
    description_entity,
    headline_object,
    joined_titles,
    own_title,
    person_entity,
    person_entry,
    short_org_is_person,
    titled_person,
)
from tidings.actors.coref_state import Ent, Seen, State, from_dictionary, group_entity
from tidings.actors.kb import KB, norm, with_country
from tidings.actors.pronouns import pronoun_antecedent
from tidings.actors.resolve import resolve_with, scan
from tidings.actors.view import View
from tidings.records import Actor, Entity, Mention

__all__ = ["cluster"]

_ONES = b"\x01" * 256
_PARTY_LINE = methodcaller("startswith", "country party: ")


def _party_needs_context(st: State) -> None:
    """A party member word ("Republicans", "Democratic lawmakers") is also written of other
    countries' parties (Italy's, Kosovo's or South Korea's Democrats, Irish republicans):
    it keeps the country of the countries files' party form only when an actor of another
    kind in the article is of that country (a senator, "Washington", the White House);
    a wrong country is worse than none. A party-state tag ("D-Calif.") is no party word."""
    if not any(word in st.text for word in _party_words(st.kb)):
        return  # most articles: no capitalised party word, nothing to look through
    partisan = {e.id: e for e in st.ents if e.actor.country is not None
                and any(map(_PARTY_LINE, e.actor.evidence))}
    if not partisan:
        return
    named = {seen.ent.actor.country for seen in st.seen
             if seen.ent.id not in partisan and seen.cand.kind != "pronoun"}
    for ent in partisan.values():
        country = ent.actor.country or ""
        if country in named:
            continue
        code = ent.actor.code or ""
        ent.actor = replace(ent.actor, country=None,
                            code="---" + code[3:] if code.startswith(country) else code,
                            evidence=(*ent.actor.evidence, f"no other actor of {country} "
                                      "in the article: the party word gives no country"))


@lru_cache(maxsize=4)
def _party_words(kb: KB) -> tuple[str, ...]:
    """The party words of the countries files as written with a capital, none beginning with
    another kept one ("Democrat" covers "Democrats" and "Democratic")."""
    words = sorted({w.capitalize() for w in kb.parties}, key=len)
    return tuple(w for i, w in enumerate(words) if not any(map(w.startswith, words[:i])))


_PHOENIX_HORIZON = date(2016, 1, 1)


def _former_needs_context(st: State) -> None:
    """"George Wallace", "Michael Moore" in American news: a full name that only Phoenix
    knows, as a former official (ELI on the article's date) or on a date after Phoenix's
    dictionaries were written (2014; the curated files hold the people in office since), is
    often a namesake. It keeps the dictionary country only when the text
    corroborates it: a title or description written with the name, another actor of the
    article or a place it names is of that country ("Hosni Mubarak" in a story that names
    Egypt). Only when other actors of the article are placed, all elsewhere: a phrase or
    story naming no other country keeps it. A wrong country is worse than none."""
    stale = st.on >= _PHOENIX_HORIZON  # its open-ended offices are then out of date too
    suspect = [ent for ent in st.ents if ent.kind == "person" and ent.actor.country is not None
               and (stale or ent.actor.sector == "ELI") and ent.actor.evidence
               and ent.actor.evidence[0].startswith("dictionary:")
               and "(phoenix," in ent.actor.evidence[0]]
    if not suspect:
        return
    placed: dict[str, set[int]] = {}  # country -> the entities of it, pronouns left out
    for seen in st.seen:
        if seen.cand.kind != "pronoun" and seen.ent.actor.country is not None:
            placed.setdefault(seen.ent.actor.country, set()).add(seen.ent.id)
    places: frozenset[str] | None = None
    for ent in suspect:
        actor = ent.actor
        country = actor.country or ""
        others = {c for c, ids in placed.items() if ids - {ent.id}}
        if not others or country in others or any(
                seen.ent is ent and scan(st.kb, seen.cand.query, st.on).country == country
                for seen in st.seen):
            continue  # no other placed actor: nothing says the article is elsewhere
        if places is None:  # "in Jerusalem": places named outside actor mentions count too
            places = _place_countries(st)
        if country in places:
            continue
        placed.get(country, set()).discard(ent.id)
        first = next(seen.cand for seen in st.seen if seen.ent is ent)
        written = st.chars(max(first.name_start, first.start), first.end)
        ent.actor = Actor(written, None, None, None, None,
                          (*actor.evidence, f"no other actor of {country} in the article and "
                           "no title naming it: a former official known only to Phoenix may "
                           "be a namesake, no country"))


def _place_countries(st: State) -> frozenset[str]:
    """Countries of the places and peoples spaCy names in the article (GPE, LOC, NORP)."""
    found = set()
    for span in st.v.ents:
        if span.label_ in _PLACE_LABELS:
            actor = resolve_with(st.kb, span.text, st.on)
            if actor is not None and actor.country is not None:
                found.add(actor.country)
    return frozenset(found)


_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def _kin_country(st: State) -> None:
    """"Melania Trump", "Michelle Obama" in an article about Donald Trump or Barack Obama: a
    person the dictionary does not know (their given name is not the dictionary person's)
    who shares the surname of a dictionary person named in the same article takes that
    person's country (kin, usually), not the person's office. A namesake in an article
    without the dictionary person ("Barry Bennett") stays without a country."""
    known: dict[str, Actor] = {}
    for e in st.ents:
        if e.kind == "person" and e.actor.country is not None and from_dictionary(e.actor):
            known.setdefault(norm(e.actor.name).rsplit(" ", 1)[-1], e.actor)
    if not known:
        return
    for e in st.ents:
        if e.kind != "person" or e.actor.country is not None or from_dictionary(e.actor):
            continue
        *given, last = norm(e.actor.name).split() or [""]
        kin = known.get(last)
        # only a written given name ("T. Scott" may be Tim Scott himself: left to recall)
        if kin is not None and kin.country is not None and any(len(g) > 1 for g in given):
            e.actor = with_country(e.actor, kin.country, st.kb.iso3,
                                   f"shares the surname of '{kin.name}' named in the "
                                   "article: kin, the same country")


def _country_from_article(st: State) -> None:
    """A titled person the text gives no country ("Planning and Investment Minister Tran
    Xuan Gia said Vietnam is ...": ---GOV) takes the only country named as an actor in the
    sentence of their first mention, else the only one named in the whole article."""
    if not any((e.actor.code or "").startswith("---") for e in st.ents):
        return
    by_sent: dict[int, set[str]] = {}
    first: dict[int, int] = {}
    for seen in st.seen:
        first.setdefault(seen.ent.id, seen.cand.sent)
        country = seen.ent.actor.country
        # a company's or NGO's home country (MNCUSA: "Twitter") is not named in the text
        if country and seen.ent.kind != "person" and seen.cand.kind != "pronoun" \
                and (seen.ent.actor.code or "")[:3] not in ("MNC", "NGO"):
            by_sent.setdefault(seen.cand.sent, set()).add(country)
    everywhere = set().union(*by_sent.values()) if by_sent else set()
    for ent in st.ents:
        code = ent.actor.code or ""
        if not code.startswith("---") or ent.id not in first:
            continue
        here = by_sent.get(first[ent.id], set())
        where = "its sentence" if here else "the article"
        # a group ("Tamil civilian refugees") only from its own sentence: groups cross borders
        only = here or (everywhere if ent.kind == "person" else set())
        if len(only) == 1:
            country = next(iter(only))
            ent.actor = with_country(ent.actor, country, st.kb.iso3,
                                     f"country {country}: the only country named in {where}")


def cluster(kb: KB, v: View, cands: list[Candidate],
            on: date) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
    """Resolve and cluster candidates into mentions and per-article entities."""
    st = State(kb, on, v)
    mentions: list[Mention] = []
    for c in joined_titles(v, cands):
        ent: Ent | None
        kind = c.kind
        if c.label == "PERSON":
            c = headline_object(st, c)
            ent = person_entity(st, c)
            if ent is not None and c.end - c.name_start == 1 and len(ent.words) > 1:
                kind = "surname"
        elif c.kind == "pronoun":
            ent = pronoun_antecedent(st, c)
        elif c.kind == "description":
            ent = description_entity(st, c)
        else:
            ent = short_org_is_person(st, c) if c.label in ("ORG", "GPE", "NORP") else None
            if ent is not None:
                kind = "surname"
            else:
                actor = resolve_with(kb, c.query, on)
                if actor is not None and c.end - c.start <= 3 and \
                        person_entry(st, c.query, actor):
                    # NER calls some surnames places ("Muttaqi", GPE): the person, not
                    # the code's group (AFGGOV is also the Taliban)
                    c = c._replace(label="PERSON", name_start=c.start)
                    ent = person_entity(st, c)
                    if ent is not None and c.end - c.start == 1 and len(ent.words) > 1:
                        kind = "surname"
                elif actor is not None and (named := titled_person(st, c, actor)) is not None:
                    c, ent = named, person_entity(st, named)
                else:
                    ent = group_entity(st, actor, c.label) if actor is not None else None
        if ent is None:
            continue
        if c.kind in ("description", "name") and ent.kind == "person":
            ent.titles.append(own_title(c.query))
        st.seen.append(Seen(c, ent))
        if ent.kind == "person":
            st.person_words |= ent.words
        st.covered[c.start:c.end] = _ONES[:c.end - c.start] if c.end - c.start <= 256 \
            else b"\x01" * (c.end - c.start)
        a, b = st.idx[c.start], st.ends[c.end - 1]
        raw = st.text[a:b]
        a, b = a + len(raw) - len(raw.lstrip()), b - len(raw) + len(raw.rstrip())
        mentions.append(Mention(a, b, st.text[a:b], ent.id,
                                kind))  # type: ignore[arg-type]
    _party_needs_context(st)
    _former_needs_context(st)
    _kin_country(st)
    _country_from_article(st)
    used = {m.entity_id for m in mentions}
    entities = tuple(Entity(e.id, e.actor, e.kind) for e in st.ents if e.id in used)
    return tuple(mentions), entities

