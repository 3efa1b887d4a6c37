"""Finding actor mentions in a parsed article (before they are resolved and clustered).

Sources, in the order they claim tokens (a token belongs to at most one mention):

1. ``PERSON`` entities, with the title in front of them ("Armenian Prime Minister Nikol
   Pashinyan") and an appositive after them ("Qomi, Iran's Special Envoy for Afghanistan")
   used as resolution text; the mention itself is the name.
2. ``ORG``/``NORP``/``GPE`` entities. A NORP or GPE that modifies a sector noun makes one
   mention with it ("Pakistani officials", "US troops"). A GPE alone is an actor only when it
   is used as an agent (see :func:`is_agent_use`); "in Islamabad" is a place, not an actor.
3. Noun chunks headed by a sector word ("the minister", "the Iranian diplomat").
4. Personal pronouns he/she/they and their object and possessive forms ("it" is skipped).

The per-token arrays these rules read, and the token tests shared with the clustering and
the recall pass, live in :mod:`tidings.actors.view` (re-exported here).
Between 2 and 3, dictionary group names NER missed claim their tokens
(:mod:`tidings.actors.missed_groups`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

from spacy.lang.lex_attrs import is_punct
from spacy.strings import get_string_id

from tidings.actors.kb import KB, norm
from tidings.actors.missed_groups import missed_group_spans
from tidings.actors.resolve import party_tag
from tidings.actors.rules import rules
from tidings.actors.view import View as View
from tidings.actors.view import _root as _root
from tidings.actors.view import _root_of
from tidings.actors.view import _sector_at as _sector_at
from tidings.actors.view import _sector_head as _sector_head
from tidings.actors.view import is_agent_use as is_agent_use
from tidings.actors.view import norm_word as norm_word

__all__ = ["Candidate", "View", "find_candidates", "is_agent_use"]

_R = rules()
_OPPOSING = _R.opposing_heads
_OWNED = _R.owned_heads
PRONOUNS = _R.pronouns
HONORIFICS = _R.honorifics
NOT_ACTOR_TYPES = _R.not_actor_entity_types
_TITLES = _R.bare_titles
_TITLE_WORDS = frozenset(w for t in _TITLES for w in t.split())


def _ids(*names: str) -> frozenset[int]:
    return frozenset(get_string_id(n) for n in names)


# spaCy stores labels as integer ids: comparing those avoids a string lookup per access
_NOT_ACTOR = frozenset(get_string_id(t) for t in NOT_ACTOR_TYPES)
_SUBJ = _ids("nsubj", "nsubjpass")
_MODIFIER = _ids("amod", "compound", "nmod", "poss")
_COMPOUND = _ids("compound", "amod")
_PREMOD = _ids("amod", "compound", "nmod", "nummod", "poss", "det")
_DET = _ids("det", "predet")
_NOUN = _ids("NOUN", "PROPN")
_PRON_TAGS = _ids("PRP", "PRP$")
_ORG_FAC = _ids("ORG", "FAC")
_NAME_TAIL = _ids("ORG", "GPE", "PERSON")
_WHEN = _ids("DATE", "TIME")
_OTHER_LABELS = _ids("ORG", "NORP", "GPE", "FAC")
_CONJ, _POBJ, _APPOS, _PREP = (get_string_id(s) for s in ("conj", "pobj", "appos", "prep"))
# the prepositions that attach a place to a sector noun ("officials in Pakistan")
_PLACE_PREPS = ("in", "of", "from")
_CC, _PERSON, _NORP, _GPE = (get_string_id(s) for s in ("cc", "PERSON", "NORP", "GPE"))
_NN, _POSS_TAG = get_string_id("NN"), get_string_id("PRP$")
_NOUN_POS = get_string_id("NOUN")


class Candidate(NamedTuple):  # immutable; a tuple is built 3x faster than a frozen dataclass
    """A span (token indices) that may refer to an actor, and how to resolve it."""

    start: int
    end: int
    kind: str  # name | surname | group | demonym | capital | description | pronoun
    query: str  # text handed to the resolver (may include title/appositive)
    label: str  # PERSON | ORG | NORP | GPE | CHUNK | PRON
    subject: bool
    sent: int
    name_start: int = -1  # first token of the bare name (PERSON only)




def _title_start(v: View, start: int, end: int, taken: list[bool]) -> int:
    """Extend a PERSON span leftwards over its title: tokens whose syntactic head chain
    passes through the span ("Armenian Prime Minister | Nikol Pashinyan")."""
    while start > 0 and not taken[start - 1] and _governed_by(v.heads, start - 1, start, end):
        # Token.is_punct / is_space, from the text (spaCy's lexical attributes)
        prev = v.chars(start - 1, start)
        if (is_punct(prev) and prev not in ("'s", "’s", "-", "/")) or prev.isspace() \
                or v.ent[start - 1] in _WHEN:  # "On Monday | Senate ... member X"
            break
        start -= 1
    return start


def _only_titles(v: View, start: int, end: int) -> bool:
    """Whether every word of a span is an honorific or a title ("Amir Sheikh")."""
    return all(v.lower(i).rstrip(".") in HONORIFICS or v.lower(i) in _TITLES
               for i in range(start, end))


def _rank_bridge(v: View, start: int, taken: list[bool]) -> int:
    """A rank abbreviation's dot splits the parse ("Joint Staff Spokesperson Navy Capt. |
    Jereal Dorsey"): the capitalised words before "<rank>." are the person's title too."""
    if start < 2 or v.lower(start - 1) != "." or \
            v.lower(start - 2).rstrip(".") not in HONORIFICS:
        return start
    i = start - 1
    while i > 0 and start - i < 10 and not taken[i - 1] and v.ent[i - 1] not in _WHEN:
        word = v.chars(i - 1, i)
        if not (word[:1].isupper() or word in ("of", "the")) or not any(ch.isalpha()
                                                                         for ch in word):
            break
        i -= 1
    return i


def _governed_by(heads: list[int], i: int, lo: int, hi: int) -> bool:
    """Whether an ancestor of token ``i`` lies in ``[lo, hi)``."""
    for _ in range(len(heads)):
        h = heads[i]
        if h == i:
            return False
        if lo <= h < hi:
            return True
        i = h
    return False


def _describes(kb: KB, tok: Any) -> bool:
    """A head that describes a person in apposition: a sector word, or a party member word
    written with a capital ("X, a Democrat"; the KB's ``parties``)."""
    if _sector_head(kb, tok):
        return True
    # a party word's clause may name other people ("a Republican who voted for X and Y")
    return tok.text[:1].isupper() and tok.lower_ in kb.parties and not any(
        t.dep_ in ("relcl", "acl") or t.ent_type_ == "PERSON" for t in tok.subtree)


def _appositive(kb: KB, v: View, start: int, end: int, r: int) -> tuple[str, int, int]:
    """The description in apposition to a PERSON ("X, Iran's envoy" / "Iran's envoy, X")
    whose name's root is token ``r``, with its token range, or ('', 0, 0). Only short,
    single-line descriptions in the same sentence count: a long one is usually a misparse
    of a headline or dateline."""
    span: tuple[int, int] | None = None
    doc = v.doc
    for j in v.right_links(r, _APPOS):  # a left child cannot lie after the name
        if j >= end and _describes(kb, doc[j]):
            sub = list(doc[j].subtree)
            span = (sub[0].i, sub[-1].i + 1)
            break
    head_i = v.heads[r]
    if span is None and v.dep[r] == _APPOS and head_i < start:
        head = doc[head_i]
        if _describes(kb, head):
            left = [t for t in head.subtree if t.i < start]
            if left:
                span = (left[0].i, head_i + 1)
    if span is None:
        return "", 0, 0
    desc = v.chars(*span)
    if v.dep[r] == _APPOS and v.lower(head_i) in _R.speaking_for:
        desc += _object_of(doc[head_i], "for")  # "A spokesman for the Taliban, X": whose
    if span[1] - span[0] > 12 or "\n" in desc \
            or "\n" in v.chars(min(span[1], end), max(span[0], start)) \
            or v.sents[span[0]] != v.sents[start]:
        return "", 0, 0
    return desc, span[0], span[1]


def _bare_name_start(v: View, start: int, end: int) -> int:
    """The first word of a PERSON span after honorifics and lower-case words."""
    i = start
    while i < end - 1:
        word = v.chars(i, i + 1)  # is_title / is_upper are str.istitle / str.isupper
        if not (word.lower().strip(".") in HONORIFICS or not (word.istitle() or word.isupper())):
            break
        i += 1
    return i


def _persons(kb: KB, v: View, ents: Any, taken: list[bool]) -> list[Candidate]:
    out = []
    n_ents = len(ents)
    for k, ent in enumerate(ents):
        start, end = ent.start, ent.end
        if ent.label != _PERSON or any(taken[start:end]) or (
                end - start <= 2 and _demonym(kb, v, start, end)):
            continue
        first = v.lower(start)
        if (first in _TITLE_WORDS or first.rstrip(".") in HONORIFICS) and \
                _only_titles(v, start, end):
            # "Qatar Amir Sheikh | Tamim bin Hamad Al Thani": NER's PERSON is a title
            if k + 1 < len(ents) and ents[k + 1].label == _PERSON and \
                    ents[k + 1].start == end and not any(taken[end:ents[k + 1].end]):
                continue  # the next name takes it as its title
            if start > 0 and v.lower(start - 1) == "the":  # "the Amir": a bare title
                bare = _bare_title(v, end - 1, taken)
                if bare is not None:
                    out.append(bare)
                continue
        if k + 1 < n_ents and ents[k + 1].start == end and _name_tail(kb, v, ents[k + 1], end):
            # "Amir Khan | Muttaqi": NER cut a surname off as a place or organisation
            end = ents[k + 1].end
        root = _root_of(v, start, end)
        title = _rank_bridge(v, _title_start(v, start, end, taken), taken)
        app, app_start, app_end = _appositive(kb, v, start, end, root)
        query = v.chars(title, end) + (f", {app}" if app else _party_tag_after(v, end))
        name_start = _bare_name_start(v, start, end)
        for i in range(title, end):
            taken[i] = True
        for i in range(app_start, app_end):
            # an organisation inside the appositive is an actor of its own ("Commander,
            # U.S. Central Command"); nationality words there only describe the person
            taken[i] = title <= i < end or v.ent[i] not in _ORG_FAC
        out.append(Candidate(name_start, end, "name", query, "PERSON", v.dep[root] in _SUBJ,
                             v.sents[start], name_start))
    return out


_TAG = re.compile(r"\s*[(,]\s*([RDI]-[A-Z][A-Za-z.]*)")


def _party_tag_after(v: View, end: int) -> str:
    """", D-Calif." for "Rep. X (D-Calif.)" or "Rep. X, D-Calif.,": the party-state tag
    after a name (``party_tags`` in rules.yaml) is handed to the resolver as an appositive;
    the name stays the mention."""
    at = v.ends[end - 1]
    hit = _TAG.match(v.text, at, at + 24)
    return f", {hit.group(1)}" if hit is not None and party_tag(hit.group(1)) else ""


def _name_tail(kb: KB, v: View, nxt: Any, end: int) -> bool:
    """Whether the entity ``nxt`` right after a PERSON ending at ``end`` is the rest of the
    name: ORG/GPE, one or two capitalised words joined by a space, and no place, country or
    dictionary group of its own."""
    if nxt.start != end or nxt.label not in _NAME_TAIL:
        return False
    doc = v.doc
    if doc[end - 1].whitespace_ != " ":
        return False
    if nxt.label == _PERSON:  # "Bandar Salem | Abdullah Al-Muzayan": one name cut in two
        return bool(nxt.end - nxt.start <= 4)
    if nxt.end - nxt.start > 2 or not all(doc[i].is_title and doc[i].is_alpha
                                          for i in range(nxt.start, nxt.end)):
        return False
    key = norm(v.chars(nxt.start, nxt.end))
    return not (key in kb.countries or key in kb.capitals or key in kb.cities
                or any(e.kind != "person" for e in kb.names.get(key, ())))


def _modified_noun(kb: KB, v: View, root: int, end: int) -> int:
    """End token index of the sector noun an entity modifies ("Pakistani officials"), or -1."""
    heads, deps = v.heads, v.dep
    led = _led_noun(v, end)
    if led > 0 and (_sector_at(kb, v, led - 1) or norm(v.chars(end + 1, led)) in kb.agents):
        return led  # "U.S.-led forces"; "Saudi-led coalition" (agents: "led coalition")
    while deps[root] == _CONJ and heads[root] < root:  # "Hungarian and Romanian officials"
        root = heads[root]
    if deps[root] not in _MODIFIER:
        return -1
    head = heads[root]
    if end <= head <= end + 4 and (_sector_at(kb, v, head) or v.ent[head] == _NORP
                                   or _sector_modified(kb, v, head, end)):
        return head + 1
    return -1


def _led_noun(v: View, end: int) -> int:
    """End of the noun in "Saudi-led coalition" (entity, hyphen, leader participle), or -1."""
    # the hyphen first, from the text: most entities are followed by something else
    if end + 2 >= len(v.heads) or v.text[v.idx[end]] != "-" or \
            v.ends[end] - v.idx[end] != 1 or v.lower(end + 1) not in _R.leader_participles:
        return -1
    head = v.heads[end + 1]
    return head + 1 if end + 1 < head <= end + 4 else -1


def _sector_modified(kb: KB, v: View, head: int, after: int) -> bool:
    """A noun (token ``head``) with a sector word among its modifiers from token ``after``
    on ("Ugandan *opposition* candidates"): its left children, read from the arrays."""
    heads, dep = v.heads, v.dep
    return v.pos[head] in _NOUN and any(
        heads[j] == head and dep[j] in _COMPOUND and _sector_at(kb, v, j)
        for j in range(after, head))


def _place_or_modifier(kb: KB, v: View, label: int, root: int, text: str) -> bool:
    """A GPE used as a place, or a nationality modifying a non-actor noun ("Iranian
    strikes"). A named group does act when it modifies an event noun ("the Houthi
    detention")."""
    if label == _GPE:
        return not is_agent_use(v, root)
    return bool(label == _NORP and v.dep[root] in _COMPOUND
                and not any(e.kind == "group" for e in kb.names.get(norm(text), ())))


def _others(kb: KB, v: View, ents: Any, taken: list[bool]) -> list[Candidate]:
    out = []
    for ent in ents:
        start, end, label = ent.start, ent.end, ent.label
        if label == _PERSON and not any(taken[start:end]) and _demonym(kb, v, start, end):
            label = _NORP  # "Ugandan" as a PERSON: a nationality
        if label not in _OTHER_LABELS or any(taken[start:end]):
            continue
        name = "NORP" if label == _NORP else ent.label_
        root = start if end - start == 1 else _root_of(v, start, end)  # one word: its own root
        span_end = _modified_noun(kb, v, root, end)
        text = v.chars(start, end)
        if span_end > 0 and not any(taken[end:span_end]):
            out.append(_with_noun(kb, v, ents, ent, span_end, name))
        elif _place_or_modifier(kb, v, label, root, text):
            continue
        else:
            key = norm(text)
            kind = "capital" if key in kb.capitals else "group" if label != _GPE else "name"
            query = _possessor_country(kb, v, start) + text if kind == "group" else text
            out.append(Candidate(start, end, kind, query, name, v.dep[root] in _SUBJ,
                                 v.sents[start]))
        for i in range(start, out[-1].end):
            taken[i] = True
    return out


def _possessor_country(kb: KB, v: View, start: int) -> str:
    """"Peru's " before "Defense Department": a country written as the possessor of an
    organisation is handed to the resolver with it (the dictionary's Defense Department is
    the U.S. one); the mention stays the organisation's name."""
    if start < 2 or v.lower(start - 1) not in ("'s", "’s"):
        return ""
    word = v.chars(start - 2, start - 1)
    return f"{word}'s " if norm_word(word) in kb.countries else ""


def _demonym(kb: KB, v: View, start: int, end: int) -> bool:
    """Whether a span is only a country name or demonym (NER calls some "Ugandan" PERSON)."""
    if end - start == 1:  # most: one plain word, normalised without norm's regexes
        return norm_word(v.chars(start, end)) in kb.countries
    return end - start == 2 and norm(v.chars(start, end)) in kb.countries


def _with_noun(kb: KB, v: View, ents: Any, ent: Any, end: int, label: str) -> Candidate:
    """A nationality or group with the sector noun it modifies ("Pakistani officials"); a
    place attached to the noun with in/of/from is handed to the resolver too ("Christian
    missionary from Calgary": the country; the mention stays the noun phrase)."""
    head = end - 1
    subj = v.dep[head] in _SUBJ
    start = ent.start
    # the few words up to the noun first: scanning every entity of a long article is slower
    if any(v.dep[k] == _CC or v.chars(k, k + 1) == "," for k in range(ent.end, end)) and \
            any(e.start >= ent.end and e.end < end for e in ents):
        # "Iranian and Taliban officials": each demonym with the shared noun
        left = v.doc[head].left_edge.i
        query = f"{v.chars(start, ent.end)} {v.chars(left, end).split()[-1]}"
        return Candidate(start, ent.end, "demonym", query, label, subj, v.sents[start])
    definite = start > 0 and v.lower(start - 1) in _R.definite_determiners
    kind = "description" if definite and v.tag[head] == _NN else "demonym"
    # only a people or religion without a country of its own ("Christian"), not a demonym
    # ("Pakistani officials in Kabul") or an organisation ("CENTCOM forces in Iraq")
    place = label == "NORP" and norm(v.chars(start, ent.end)) not in kb.countries
    return Candidate(start, end, kind,
                     v.chars(start, end) + (_place_of(v, head) if place else ""),
                     label, subj, v.sents[start])


def _chunks(kb: KB, v: View, taken: list[bool], where: list[int]) -> list[Candidate]:
    """Noun phrases headed by a sector word ("the minister", "the Iranian diplomat")."""
    out = []
    heads, pos, dep, tag = v.heads, v.pos, v.dep, v.tag
    title_only = _title_only(kb)
    for i in where:
        if taken[i] or pos[i] not in _NOUN or v.ent[i] in _NOT_ACTOR:
            continue
        if v.lower(i) in title_only or not _sector_at(kb, v, i):
            title = _bare_title(v, i, taken)
            if title is not None:
                out.append(title)
            continue
        if v.lower(i) in _OWNED:
            continue  # "his presidency": a term of office; "Egypt's presidency" is found above
        head = heads[i]
        if dep[i] in _COMPOUND:
            if head > i and _sector_at(kb, v, head):
                continue  # "police" in "a police spokesman": the head noun's chunk takes it
            if 0 < head - i <= 3 and not taken[head] and pos[head] in _NOUN:
                i = head  # "opposition candidates": the sector word's noun is the head
        start = i
        while start > 0 and heads[start - 1] == i and dep[start - 1] in _PREMOD:
            start -= 1
        # a possessive pronoun is a mention of its own ("their | family members")
        while start < i and (taken[start] or dep[start] in _DET or tag[start] == _POSS_TAG):
            start += 1
        if any(taken[start:i + 1]):
            continue
        low = v.lower(i)
        link = "of" if low in _OPPOSING else "for" if low in _R.speaking_for else ""
        tail = _object_of(v.doc[i], link) if link else ""
        query = v.chars(start, i + 1) + (tail or _place_of(v, i))
        out.append(Candidate(start, i + 1, "description", query, "CHUNK",
                             dep[i] in _SUBJ, v.sents[start]))
        for k in range(start, i + 1):
            taken[k] = True
    return out


@lru_cache(maxsize=8)
def _title_only(kb: KB) -> frozenset[str]:
    """One-word titles that are no sector word ("secretary", "chairman"): no need to look
    up their lemma among the sector words."""
    return frozenset(t for t in _TITLES if " " not in t and t not in kb.agents)


def _bare_title(v: View, i: int, taken: list[bool]) -> Candidate | None:
    """"The Secretary", "the Prime Minister": a title used alone after "the" (no sector word
    of its own); only coreference with an earlier titled person can resolve it."""
    start = i
    while start > 0 and v.heads[start - 1] == i and v.dep[start - 1] in _COMPOUND:
        start -= 1
    if start == 0 or v.lower(start - 1) != "the" or any(taken[start:i + 1]) \
            or v.dep[i] in _COMPOUND:
        return None
    title = " ".join(v.lower(k) for k in range(start, i + 1))
    if title not in _TITLES:
        return None
    for k in range(start, i + 1):
        taken[k] = True
    return Candidate(start, i + 1, "description", v.chars(start, i + 1), "CHUNK",
                     v.dep[i] in _SUBJ, v.sents[start])


def _place_of(v: View, i: int) -> str:
    """" in Pakistan" for "officials in Pakistan": a place attached to a sector noun (token
    ``i``) gives it its country (the chunk itself stays the mention). A place written once
    after coordinated common nouns is theirs together ("the people and government of Chile",
    "the government and people of Israel", wherever the parser hangs it)."""
    # the arrays first: most nouns have no preposition and no conjunct, and a ``Token``
    # (and those its ``rights`` and ``conjuncts`` make) costs more than the whole test
    own = _own_place(v.doc[i])[0] if any(
        v.lower(j) in _PLACE_PREPS for j in v.right_links(i, _PREP)) else ""
    if own or v.pos[i] != _NOUN_POS or not v.has_conjuncts(i):
        return own
    root = v.doc[i]
    for c in root.conjuncts:
        # "El-Sisi of Egypt, and Bahrain's Prime Minister": no Egypt for the minister
        if c.pos_ == "NOUN" and abs(c.i - root.i) <= 4:
            place, at = _own_place(c)
            if place and at > root.i:
                return place
    return ""


def _own_place(root: Any) -> tuple[str, int]:
    """The place phrase attached to ``root`` and the index of its preposition."""
    for prep in root.rights:
        if prep.dep == _PREP and prep.lower_ in _PLACE_PREPS:
            for obj in prep.children:
                if obj.dep != _POBJ:
                    continue
                # the place may be a modifier of the object: "of Sindh province", "in New
                # York" (the object itself is "province", "York"); "of Korean descent"
                # names people, not a place
                mods = [t for t in obj.lefts if t.dep_ == "compound" and t.i >= obj.i - 3]
                if obj.ent_type_ in ("GPE", "NORP") or any(t.ent_type_ == "GPE" for t in mods):
                    first = mods[0].i if mods else obj.i
                    return f" {prep.text} {obj.doc[first:obj.i + 1].text}", prep.i
    return "", -1


def _object_of(root: Any, link: str) -> str:
    """" of the Iranian government" for "critics of the Iranian government", " for the
    Taliban" for "a spokesman for the Taliban": the body an opposing head opposes or a
    spokesman speaks for is handed to the resolver (``resolve._opposing``, the scanner's
    ``speaking_for``); the chunk itself stays the mention. Long or listed objects: ''."""
    for prep in root.rights:
        if prep.dep == _PREP and prep.lower_ == link:
            for obj in prep.children:
                if obj.dep != _POBJ:
                    continue
                # up to a comma: "for the Red Cross, Jane Porter," names the Red Cross
                end = next((t.i for t in obj.subtree if t.text == "," and t.i > obj.i),
                           obj.right_edge.i + 1)
                span = obj.doc[obj.left_edge.i:end]
                if len(span) <= 8 and not any(t.text == "," for t in span):
                    return f" {link} {span.text}"
    return ""


def _pronouns(v: View, taken: list[bool], where: list[int]) -> list[Candidate]:
    out = []
    for i in where:
        if not taken[i] and v.tag[i] in _PRON_TAGS:
            out.append(Candidate(i, i + 1, "pronoun", v.lower(i), "PRON", v.dep[i] in _SUBJ,
                                 v.sents[i]))
    return out


def _missed_groups(kb: KB, v: View, taken: list[bool], where: list[int]) -> list[Candidate]:
    """Dictionary groups that NER missed ("the Houthi detention"), as group candidates (see
    :func:`tidings.actors.missed_groups.missed_group_spans`)."""
    return [Candidate(i, j, "group", v.text[v.idx[i]:v.ends[j - 1]], "ORG",
                      v.dep[_root_of(v, i, j)] in _SUBJ, v.sents[i])
            for i, j in missed_group_spans(kb, v, taken, where)]


@lru_cache(maxsize=4)
def _word_ids(kb: KB) -> dict[int, int]:
    """spaCy hash ids of the pronouns (flag 1), of the last word of every sector word (2)
    and of the first word of every dictionary group name (4) -> their flags (built once per
    knowledge base)."""
    flags: dict[int, int] = {}
    groups = {k.split(" ", 1)[0] for k, v in kb.names.items()
              if any(e.kind == "group" for e in v)}
    heads = {k.rsplit(" ", 1)[-1] for k in kb.agents} | {t.rsplit(" ", 1)[-1] for t in _TITLES}
    for flag, words in ((1, set(PRONOUNS)), (2, heads),
                        (4, groups)):
        for w in words:
            key = get_string_id(w)
            flags[key] = flags.get(key, 0) | flag
    return flags


def candidates_in(kb: KB, v: View) -> list[Candidate]:
    """Every candidate actor mention of a :class:`View`, in text order."""
    if not v.idx:
        return []
    group_at, head_at, pron_at = v.marked(_word_ids(kb))
    taken = [False] * len(v.idx)
    ents = v.ents
    found = _persons(kb, v, ents, taken)
    found += _others(kb, v, ents, taken)
    found += _missed_groups(kb, v, taken, group_at)
    found += _chunks(kb, v, taken, head_at)
    found += _pronouns(v, taken, pron_at)
    return sorted(found, key=_START)  # a C key function: no Python call per candidate


_START = itemgetter(0)  # Candidate.start


def find_candidates(kb: KB, doc: Any, text: str | None = None) -> list[Candidate]:
    """Every candidate actor mention in a spaCy ``Doc``, in text order (``text``: the text
    the doc was parsed from, if at hand)."""
    return candidates_in(kb, View(doc, text))
