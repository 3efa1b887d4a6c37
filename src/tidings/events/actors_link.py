"""Looking up the actors a token denotes, from the actors stage's mentions and entities."""

from __future__ import annotations

import importlib
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache, cached_property

from spacy.tokens import Span, Token

from tidings.actors.context_country import (
    ArticleCountry,
    article_home,
    lend_to_phrase,
    lendable,
)
from tidings.actors.coref_state import from_dictionary
from tidings.document import Document
from tidings.events.cues import cues
from tidings.events.doc_memo import children
from tidings.events.patterns import noun_rules
from tidings.events.syntax import is_located
from tidings.records import Actor, Mention, Quote

__all__ = ["MentionLookup", "phrase_text"]

Resolver = Callable[..., Actor | None]
_NP_SKIP = frozenset({"relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "ccomp"})
_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod"})
_COREF_KINDS = frozenset({"description", "title", "pronoun"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})


@cache
def _resolver() -> Resolver | None:
    """``tidings.actors.resolve`` when the actors package provides it (optional at run time)."""
    for name in ("tidings.actors", "tidings.actors.resolve"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        found = getattr(module, "resolve", None)
        if callable(found):
            return found  # type: ignore[no-any-return]
    return None


def phrase_text(tok: Token, hyphens: bool = False) -> str:
    """The noun phrase headed by ``tok`` without clauses, appositions or coordination;
    with ``hyphens``, hyphenated words keep their hyphen ("Marshall Islands-flagged")."""

    return "".join(t.text_with_ws for t in _phrase_tokens(tok, hyphens)).strip()


def _phrase_tokens(tok: Token, hyphens: bool = False) -> list[Token]:
    def _in_phrase(t: Token) -> bool:
        return t.dep_ not in _NP_SKIP or (hyphens and t.tag_ == "HYPH")

    keep = [tok]
    stack = [c for c in children(tok) if _in_phrase(c)]
    backers = cues("backer")
    while stack:
        node = stack.pop()
        if (node.dep_ == "prep" and node.lower_ != "of") or node.lemma_.lower() in backers \
                or node.lower_ in backers:
            continue
        keep.append(node)
        stack.extend(c for c in children(node) if _in_phrase(c))
    return sorted(keep, key=lambda t: t.i)


class MentionLookup:
    """Maps a token to the actors of the noun phrase it heads.

    Order of preference: the mention covering the token; mentions on its modifiers
    ("Iran's envoy", "Pakistani officials"); mentions inside an "of" phrase ("ministers of
    Iran"); then ``tidings.actors.resolve`` on the phrase text.
    """

    def __init__(self, doc: Document, use_resolver: bool = True) -> None:
        self._doc = doc
        self._mentions = sorted((m for m in doc.mentions if m.entity_id is not None),
                                key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self._mentions]
        self._resolve = _resolver() if use_resolver else None
        self._published: date | None = doc.article.published
        self._cache: dict[int, list[Actor]] = {}
        self._speakers: dict[int, Actor | None] = {}
        # ``Doc.sents`` and ``Doc.text`` rebuild from every token on each call: listed once.
        self._sents: list[Span] = []
        self._sent_starts: list[int] = []
        self._text = ""

    def _sentences(self, tok: Token) -> tuple[list[Span], int]:
        """The article's sentences and the index of ``tok``'s."""
        if not self._sents:
            self._sents = list(tok.doc.sents)
            self._sent_starts = [s.start for s in self._sents]
            self._text = tok.doc.text
        return self._sents, bisect_right(self._sent_starts, tok.i) - 1

    def _covering(self, tok: Token) -> Mention | None:
        pos = bisect_right(self._starts, tok.idx)
        for m in reversed(self._mentions[max(0, pos - 8):pos]):
            if m.start <= tok.idx < m.end:
                return m
        return None

    def _actor(self, mention: Mention) -> Actor | None:
        ent = self._doc.entity(mention.entity_id)
        return ent.actor if ent is not None else None

    def _person(self, mention: Mention) -> bool:
        ent = self._doc.entity(mention.entity_id)
        return ent is not None and ent.kind == "person"

    def __call__(self, tok: Token) -> list[Actor]:
        if tok.i not in self._cache:
            self._cache[tok.i] = []  # a phrase that points back into itself names nobody
            self._cache[tok.i] = self._lookup(tok)
        return self._cache[tok.i]

    def _lookup(self, tok: Token) -> list[Actor]:
        if tok.pos_ not in {"PROPN", "NOUN", "PRON", "ADJ", "NUM", "X"}:
            return []
        split = self._coordinated_modifiers(tok)
        if split:
            return split
        thing = _explained_object(tok)
        if thing is not None:
            return self(thing)
        direct = self._covering(tok)
        if direct is None and tok.tag_ == "NNS":
            named = self._examples(tok)
            if named:
                return named
        if direct is None and _points_to_a_list(tok):
            listed = self._listed_group(tok)
            if listed:
                return listed
        if direct is None and tok.lower_ in _FIRST_PERSON:
            speaker = self._quoted_speaker(tok)
            return [speaker] if speaker is not None else []
        if direct is None and tok.lower_ == "it" and tok.dep_ in {"nsubj", "nsubjpass"}:
            return self._antecedent(tok)
        if direct is None and tok.lemma_.lower() in cues("relational_noun"):
            # The resolver would read "Israel's allies" as Israel; "its old rival, Kenya's
            # President": the apposition names the other party itself.
            return self._inside(tok) or self._apposed(tok)
        whole = self._actor(direct) if direct is not None else self._resolved(tok)
        if direct is not None and (whole is None or not is_located(whole)):
            # The actors stage left the mention without a country ("a Marshall
            # Islands-flagged tanker" as a bare business); the phrase itself may have one.
            # A person's only from a dictionary entry: a country word in a name ("Mark
            # Cuban", a later "Jordan" for Michael Jordan) is part of it.
            again = self._resolved(tok)
            if again is not None and is_located(again) and (
                    not self._person(direct) or from_dictionary(again)):
                whole = again
        if direct is not None and whole is not None and (
                direct.kind in _COREF_KINDS or _has_backer(direct.text)):
            # A description resolved by coreference ("the president" -> Putin) loses to a
            # country written inside the phrase ("the president of Armenia"), and so does
            # a sponsor ("Iranian-backed Houthi forces" are Houthis).
            inner = self._inside(tok)
            if inner and all(a.country != whole.country for a in inner):
                return inner
        if whole is not None and whole.country and _is_ethnic(tok):
            resident = self._residence(tok, whole)
            if resident is not None:
                return [resident]
        if whole is not None and is_located(whole):
            # "U.N. mediator Diego Cordovez", "Kenzo Oshima, the UN relief coordinator":
            # a person acting for an international body is coded as that body (CAMEO).
            state = whole.code == whole.country  # "NATO-member Norway" stays Norway
            return (self._igo_role(tok) if not state else []) or [whole]
        # "its troops", "the president of Armenia", "Lebanon's new President Elias Hrawi":
        # the country sits on a modifier inside the phrase.
        found = self._inside(tok)
        if found:
            return found
        # "Lt. Gen. Aviv Kohavi, the outgoing IDF Chief of General Staff"
        found = self._apposed(tok)
        if found:
            return found
        # Last resort, as CAMEO coders do: people are of the place they are in ("a
        # peace-keeping force in Liberia") -- for phrases the resolver took for an agent
        # without a country, never for things ("its strikes in Iraq").
        if whole is not None and whole.sector:
            for pobj in _places_in(tok):
                found = [a for a in self(pobj) if is_located(a)]
                if found:
                    return found
        if whole is None or not whole.code:
            return []
        return [self._article_country(tok, whole) if direct is None else whole]

    def _article_country(self, tok: Token, actor: Actor) -> Actor:
        """A country-less domestic actor the events stage resolved from its own phrase
        ("lawmakers" the actors stage made no mention of) takes the article's country on
        the terms of the actors stage's pass (:mod:`tidings.actors.context_country`)."""
        if not lendable(actor):  # cheap, and most sides are placed: no phrase to build
            return actor
        kept = _phrase_tokens(tok)
        return lend_to_phrase(actor, self._article_home, tok,
                              tok.doc[kept[0].i:kept[-1].i + 1])

    @cached_property
    def _article_home(self) -> ArticleCountry | None:
        """The article's country, decided once per article as the actors stage decided it."""
        return article_home(self._doc)

    def _examples(self, tok: Token) -> list[Actor]:
        """"key allies such as Pakistan and Iraq", "partners like Kenya", "21 countries
        including Austria": a plural common noun that no mention covers stands for the
        located actors it lists as examples."""
        for prep in (c for c in children(tok) if c.dep_ == "prep" and (
                c.lower_ in cues("example_marker")
                or (c.lower_ == "as" and any(g.lower_ == "such" for g in children(c))))):
            pobj = next((g for g in children(prep) if g.dep_ == "pobj"), None)
            # Only examples that are mentions or proper names: "artifacts including a
            # Ming dynasty vase" are things, whatever place a modifier names.
            named = [t for t in ([pobj, *pobj.conjuncts] if pobj is not None else [])
                     if self._covering(t) is not None or _proper_name(t)]
            found = [a for t in named for a in self(t) if is_located(a)]
            if found:
                return list(dict.fromkeys(found))
        return []

    def _apposed(self, tok: Token) -> list[Actor]:
        """Located actors of the first apposition that has any."""
        for appos in (c for c in children(tok) if c.dep_ == "appos"):
            found = [a for a in self(appos) if is_located(a)]
            if found:
                return found
        return []

    def _residence(self, tok: Token, whole: Actor) -> Actor | None:
        """"Ethnic Albanians in south Serbia": an ethnic group is coded by the country it
        lives in (CAMEO), when the phrase names one."""
        for prep in (c for c in children(tok) if c.dep_ == "prep" and c.lower_ == "in"):
            for pobj in (g for g in children(prep) if g.dep_ == "pobj"):
                country = next((a.country for a in self(pobj) if a.country), None)
                if country is not None and country != whole.country:
                    return replace(whole, country=country, code=country + (whole.sector or ""),
                                   evidence=(*whole.evidence,
                                             f"ethnic group living in {pobj.text}"))
        return None

    def _igo_role(self, tok: Token) -> list[Actor]:
        if tok.pos_ != "PROPN":
            return []
        inner = self._inside(tok) + [a for c in children(tok) if c.dep_ == "appos"
                                     for a in self(c)]
        return [a for a in inner if a.code and a.code.startswith("IGO")][:1]

    def _resolved(self, tok: Token) -> Actor | None:
        """The resolver's reading of the phrase. No sentence context is passed: with it the
        resolver gives any noun ("a ceasefire") the sentence's country."""
        if self._resolve is None or tok.pos_ not in {"PROPN", "NOUN", "ADJ"}:
            return None
        found = self._resolve(phrase_text(tok), on=self._published)
        if found is not None and is_located(found):
            return found
        # "a Marshall Islands-flagged tanker": the joined form ("Islandsflagged") hides
        # the country, the hyphenated one shows it.
        hyphenated = phrase_text(tok, hyphens=True)
        if hyphenated != phrase_text(tok):
            again = self._resolve(hyphenated, on=self._published)
            if again is not None and is_located(again):
                return again
        return found

    def _antecedent(self, tok: Token) -> list[Actor]:
        """"Pakistan condemned the attack. It demanded ...": the actors stage resolves
        he/she/they, not "it"; an "it" subject is the main subject of the nearest earlier
        sentence (of its paragraph) when that is a state or an organisation."""
        sents, idx = self._sentences(tok)
        for sent in reversed(sents[max(0, idx - 2):idx]):
            last = max((t.idx + len(t) for t in sent if not t.is_space), default=sent.end_char)
            if "\n\n" in self._text[last:tok.idx]:
                break  # another paragraph
            subj = next((t for t in children(sent.root) if t.dep_ in {"nsubj", "nsubjpass"}),
                        None)
            if subj is None or subj.lower_ == "it":
                continue
            mention = self._covering(subj)
            ent = self._doc.entity(mention.entity_id) if mention is not None else None
            if ent is not None and ent.kind == "person":
                return []
            return [a for a in self(subj) if is_located(a)]
        return []

    def _listed_group(self, tok: Token) -> list[Actor]:
        """"met the prime minister of Qatar, the president of Egypt and the crown prince of
        Bahrain and called on these regional allies to ...": the nearest coordination of
        two or more located actors before ``tok``, in its sentence or the one before."""
        sents, idx = self._sentences(tok)
        start = sents[max(0, idx - 1)].start
        for head in reversed(tok.doc[start:tok.i]):
            if head.dep_ == "conj" or not head.conjuncts or head.pos_ not in {"PROPN", "NOUN"} \
                    or any(m.left_edge.i <= tok.i <= m.right_edge.i
                           for m in (head, *head.conjuncts)):
                continue  # not a list, or one that holds the phrase itself
            found: list[Actor] = []
            for member in (head, *head.conjuncts):
                found.extend(a for a in self(member) if is_located(a) and a not in found)
            if len(found) > 1:
                return found
        return []

    def _quoted_speaker(self, tok: Token) -> Actor | None:
        """"We will always protect our forces," said Kurilla: "we" is the speaker."""
        for i, q in enumerate(self._doc.quotes):
            if q.kind == "direct" and q.start <= tok.idx < q.end:
                return self.speaker(i)
        return None

    def speaker(self, index: int) -> Actor | None:
        """The speaker of quote ``index``, with a country when any mention of the
        speaker's entity has one: the actors stage may keep the entity of "U.S. Senator
        Jim Risch ... Risch said" without a country (``---GOV``) while the full title
        phrase resolves to ``USALEG``; an accusation or appeal without the speaker's
        country is no dyad."""
        if index not in self._speakers:
            quote = self._doc.quotes[index]
            found = self._located_speaker(quote)
            if found is None and index > 0 and quote.rule == "direct-continued":
                found = self.speaker(index - 1)  # the paragraph continues a quote
            self._speakers[index] = found
        return self._speakers[index]

    def _located_speaker(self, quote: Quote) -> Actor | None:
        actor = quote.speaker
        if actor is None or is_located(actor) or self._resolve is None \
                or quote.speaker_start is None:
            return actor
        at = next((m for m in self._mentions
                   if m.start <= quote.speaker_start < m.end), None)
        entity = at.entity_id if at is not None else None
        # Other mentions of the speaker's entity first, then (the actors stage may keep
        # "Ranking Member Risch" apart from "U.S. Senator Jim Risch") mentions of a
        # person whose name ends with the speaker's surname.
        surname = actor.name.split()[-1].lower() if actor.name.split() else ""
        same = [m for m in self._mentions if entity is not None and m.entity_id == entity]
        named = [m for m in self._mentions if m.entity_id != entity and surname
                 and m.text.lower().split()[-1:] == [surname] and len(surname) > 2]
        for m in same + named:
            found = self._phrase_country(m)
            if found is not None:
                return replace(found, name=actor.name, role=actor.role or found.role,
                               evidence=(*actor.evidence, f"country of {m.text!r}'s phrase"))
        return actor

    def _phrase_country(self, mention: Mention) -> Actor | None:
        """The located actor of the whole noun phrase of ``mention`` ("U.S. Senator Jim
        Risch", not only "Jim Risch")."""
        parsed = self._doc.spacy_doc
        span = parsed.char_span(mention.start, mention.end, alignment_mode="expand") \
            if parsed is not None else None
        if span is None or span.root.lower_ in _FIRST_PERSON:
            return None
        return next((a for a in self(span.root) if a.country), None)

    def _coordinated_modifiers(self, tok: Token) -> list[Actor]:
        """"Iranian and Taliban officials", "Senior Hungarian and Romanian officials", "the
        governments of Israel, Qatar and Egypt": one phrase, several actors."""
        owners = [g for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"
                  for g in children(c) if g.dep_ == "pobj"]
        for c in [*children(tok), *owners]:
            if (c.dep_ in _MODIFIERS or c in owners) and c.conjuncts:
                found: list[Actor] = []
                for t in [c, *c.conjuncts]:
                    found.extend(a for a in self(t) if is_located(a) and a not in found)
                if len(found) > 1:
                    return found
        return []

    def _inside(self, tok: Token) -> list[Actor]:
        """Located actors on the phrase's modifiers, nearest first (breadth-first)."""
        frontier = _inner(tok)
        while frontier:
            layer: list[Actor] = []
            for node in frontier:
                for t in ([node, *node.conjuncts] if node.dep_ == "pobj" else [node]):
                    if t.dep_ == "prep":
                        continue
                    layer.extend(a for a in self(t) if is_located(a) and a not in layer)
            if layer:
                return layer
            frontier = [g for n in frontier for g in _inner(n, pobj=True)]
        return []


def _inner(tok: Token, pobj: bool = False) -> list[Token]:
    """The modifiers (and "of" phrases) of ``tok`` that may name its actor: not a sponsor
    ("Iranian-backed"), nor the owner of a relation ("our allies", "America's adversaries",
    "the enemies of Israel" are the other party; "their Afghan allies" are still Afghan)."""
    backers = cues("backer")
    owned = tok.lemma_.lower() in cues("relational_noun")
    return [c for c in children(tok)
            if (c.dep_ in _MODIFIERS or _of(c) or (pobj and c.dep_ == "pobj"))
            and not (owned and (c.dep_ == "poss" or _of(c)))
            and c.lower_ not in backers and c.lemma_.lower() not in backers]


def _places_in(tok: Token, depth: int = 3) -> list[Token]:
    """Objects of "in" phrases on the phrase of ``tok`` and, nearest first, on the nouns
    of its "of"/"to" phrases ("the military of one of our adversaries in Putin's Russia",
    "parties to the conflict in Iraq"): where the people of the phrase are."""
    out: list[Token] = []
    frontier = [tok]
    for _ in range(depth):
        inner: list[Token] = []
        for node in frontier:
            for prep in (c for c in children(node) if c.dep_ == "prep"):
                pobjs = [g for g in children(prep) if g.dep_ == "pobj"]
                if prep.lower_ == "in":
                    out.extend(pobjs)
                elif prep.lower_ in {"of", "to"}:
                    inner.extend(pobjs)
        frontier = inner
    return out


def _explained_object(tok: Token) -> Token | None:
    """"Qomi defended Iran's missile strikes in Iraq, saying they targeted terrorist
    groups": a "they"/"it" subject of a speech participle's clause refers to the object of
    the verb the participle explains when the two agree in number -- the strikes, whatever
    the article-wide coreference says (it had picked the last group named, Daesh)."""
    if tok.lower_ not in {"they", "it"} or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = tok.head
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.dep_ != "advcl" or speech.tag_ != "VBG" \
            or speech.lemma_.lower() not in cues("speech"):
        return None
    plural = tok.lower_ == "they"
    return next((c for c in children(speech.head) if c.dep_ == "dobj"
                 and c.pos_ in {"NOUN", "PROPN"} and (c.tag_ in {"NNS", "NNPS"}) == plural),
                None)


def _points_to_a_list(tok: Token) -> bool:
    """"these regional allies", "those countries", "both leaders" (cues ``group_anaphor``,
    ``group_noun``): a plural phrase naming nobody itself."""
    return tok.tag_ in {"NNS", "NNPS"} and tok.lemma_.lower() in cues("group_noun") and any(
        c.dep_ in {"det", "predet"} and c.lower_ in cues("group_anaphor") for c in children(tok))


def _proper_name(tok: Token) -> bool:
    """A name of proper nouns only ("Saudi Arabia"; not "a Ming dynasty vase")."""
    return tok.pos_ == "PROPN" and all(
        c.pos_ == "PROPN" for c in children(tok) if c.dep_ in _MODIFIERS)


def _is_ethnic(tok: Token) -> bool:
    return any(c.dep_ == "amod" and c.lemma_.lower() in cues("ethnic") for c in children(tok))


def _has_backer(text: str) -> bool:
    words = set(text.lower().replace("-", " ").split())
    return bool(words & cues("backer"))


def _of(tok: Token) -> bool:
    """"ministers of Iran", "individuals from Yemen", "calls by Annan": whose phrase it is.
    Not "from" an event ("protect shipping from Houthi attacks", "civilians fleeing from
    Russian shelling"): what one is kept or taken from is no origin."""
    if tok.dep_ != "prep" or tok.lower_ not in {"of", "from", "by"}:
        return False
    return tok.lower_ != "from" or not any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in noun_rules()
        for g in children(tok))

