"""Recall of descriptions: appositive titles after a name, descriptions that take their
country from the article ("the administration", "our troops", "Putin's government"), definite
heads that refer back to a named body, addresses ("Mr. Chairman"), members of a body, nouns
after a backer ("Iran-backed proxies") and officials of the article's home side (see
:mod:`tidings.actors.recall`; names are in :mod:`tidings.actors.recall_names`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

import numpy as np
from spacy.strings import get_string_id

from tidings.actors.candidates import Candidate
from tidings.actors.kb import code_sector, norm, with_country
from tidings.actors.recall import Work, recall_words
from tidings.actors.resolve import Scan, scan
from tidings.actors.rules import rules
from tidings.records import Actor, Entity, Mention

__all__ = ["appositive_titles", "context_descriptions", "definite_heads", "home_country",
           "home_legislature", "home_officials", "vocatives"]

_TITLES = rules().bare_titles
_ORG_WORDS = rules().organisation_words
_NOUNISH = frozenset(get_string_id(p) for p in ("NOUN", "PROPN", "ADJ"))
_CARDINAL = get_string_id("CARDINAL")
_DET = get_string_id("det")
_PARTICIPLE = frozenset(get_string_id(t) for t in ("VBG", "VBN"))  # "ranking", "incoming"
_NOUN = frozenset(get_string_id(p) for p in ("NOUN", "PROPN"))
_CONJ = get_string_id("conj")
_AMOD = get_string_id("amod")
_PLACE_ENTS = frozenset(get_string_id(t) for t in ("GPE", "LOC"))
_SUBJECTS = frozenset(get_string_id(t) for t in ("nsubj", "nsubjpass"))
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})  # "its": not resolved
_DEFINITE = rules().definite_determiners
_PLURAL_TAGS = frozenset(get_string_id(t) for t in ("NNS", "NNPS"))
_NAME_TAGS = frozenset(get_string_id(t) for t in ("NNP", "NNPS"))
_RESTRICTING_TAGS = frozenset(get_string_id(t) for t in ("IN", "VBG", "VBN"))
_DETERMINER_IDS = np.array(sorted(get_string_id(d) for d in _DEFINITE), dtype=np.uint64)


def _people(w: Work, found: Scan) -> bool:
    """Whether a scanned description names people of some sector and no country."""
    if found.agent is None or found.country is not None or \
            found.agent_key in recall_words().place_words:
        return False
    return code_sector(f"---{found.agent}", w.kb.iso3) not in (None, "UNK")


def people_head(w: Work, query: str, head: str) -> bool:
    """Whether ``query`` (lower case) names people of some sector and no country by its head
    word ``head`` ("loved ones"; not "civilian casualties", "suspect sites")."""
    found = scan(w.kb, query, w.on)
    return _people(w, found) and found.agent_key.rsplit(" ", 1)[-1] == head


def _title_word(w: Work, word: str) -> bool:
    low = word.lower()
    return low in recall_words().appositive_heads or low in _TITLES or norm(low) in w.kb.agents


def _skip_tag(w: Work, i: int) -> int:
    """The token after a parenthesised tag starting at token ``i`` ("(R-Idaho)")."""
    v = w.v
    if i < len(v.idx) and v.lower(i) == "(":
        for k in range(i + 1, min(i + 12, len(v.idx))):
            if v.lower(k) == ")":
                return k + 1
    return i


def _title_phrase(w: Work, i: int) -> tuple[int, int]:
    """Tokens ``[a, b)`` of a title phrase starting at token ``i`` ("ranking member",
    "incoming Chairman", "Co-Chair"), up to the first preposition or punctuation; (i, i) if
    it does not end with a title word."""
    v, n = w.v, len(w.v.idx)
    while i < n and v.lower(i) in recall_words().appositive_openers:
        i += 1
    k = i
    while k < n and k - i < 5 and (v.pos[k] in _NOUNISH or v.tag[k] in _PARTICIPLE
                                    or v.lower(k) == "-" or (k > i and v.lower(k - 1) == "-")
                                    or (k == i and v.lower(k) in recall_words().title_particles)
                                    ) and "\n" not in v.chars(k, k + 1):
        k += 1
    while k > i and not _title_word(w, v.chars(k - 1, k)):
        k -= 1
    return i, k


def appositive_titles(w: Work) -> None:
    """"Jim Risch (R-Idaho), ranking member of the ... Committee": the title phrase after
    the comma is a mention of the person (and "… ranking member and chairman of …" gives
    both titles)."""
    v = w.v
    text = v.text
    for m in list(w.mentions):
        after = text[m.end:m.end + 40].lstrip(" ")
        if after[:1] == "(":
            after = after[after.find(")") + 1:].lstrip(" ")
        if after[:1] != "," or m.kind == "pronoun":  # most names: no appositive
            continue
        ent = w.ents.get(m.entity_id or -1)
        if ent is None or ent.kind != "person":
            continue
        i = _skip_tag(w, bisect_left(v.idx, m.end))  # the first token after the name
        if i >= len(v.idx) or v.lower(i) != ",":
            continue
        start = i + 1
        for _ in range(2):  # "ranking member and chairman of"
            a, b = _title_phrase(w, start)
            if b <= a:
                break
            ca, cb = v.idx[a], v.ends[b - 1]
            if w.free(ca, cb) and m.entity_id is not None:
                w.add(ca, cb, m.entity_id, "description")
            if b < len(v.idx) and v.lower(b) == "and":
                start = b + 1
                continue
            break


def _possessor(w: Work, c: Candidate) -> tuple[Mention, Entity] | None:
    """The mention and entity of a possessor with a country written before the description
    ("Putin's government"; "President Zelenskyy and his senior advisors": the pronoun's
    antecedent, as the clustering resolved it)."""
    v = w.v
    k = c.start - 1
    if k >= 1 and v.lower(k) in ("'s", "’s", "'", "’"):
        k -= 1
    elif k < 0 or v.lower(k) not in _POSSESSIVE_PRONOUNS:
        return None
    for m in w.overlapping(v.idx[k], v.ends[k]):
        ent = w.ents.get(m.entity_id or -1)
        if ent is not None and ent.actor.country:
            return m, ent
    return None


def _possessor_country(w: Work, c: Candidate) -> tuple[str | None, str]:
    """The country of a possessor written before the description ("Putin's government")."""
    found = _possessor(w, c)
    if found is None:
        return None, ""
    return found[1].actor.country, f"country of the possessor '{found[0].text}'"


def _retinue(w: Work, c: Candidate) -> None:
    """"his senior advisors", "the minister's aides": people with no sector of their own
    serving a possessor with a country and a sector take both (``retinue_nouns``)."""
    found = _possessor(w, c)
    if found is None:
        return
    m, ent = found
    sector, country = ent.actor.sector, ent.actor.country
    if sector is None or country is None:
        return
    v = w.v
    actor = Actor(v.chars(c.start, c.end), country, country + sector, sector, None,
                  (f"'{v.lower(c.end - 1)}' serves the possessor '{m.text}' -> "
                   f"{country}{sector}",))
    w.add(v.idx[c.start], v.ends[c.end - 1], w.new_entity(actor, "group"), "description")


def _head_antecedent(w: Work, c: Candidate) -> int:
    """A definite description whose head noun ends an earlier non-person mention ("the
    delegation" after "a bipartisan congressional delegation"): that entity, or 0."""
    v = w.v
    if (c.start == 0 or v.lower(c.start - 1) not in _DEFINITE) \
            and v.lower(c.start) not in _DEFINITE:
        return 0
    head = v.lower(c.end - 1)
    if any(v.ent[k] == _CARDINAL for k in range(c.start, c.end)):
        return 0  # "the two defense forces": not the one group named before
    if c.end < len(v.idx) and v.lower(c.end) == "of":
        return 0  # "the General Staff of the Turkish Armed Forces": its own complement
    at, n = v.idx[c.start], len(head)
    for m in w.backwards():
        if m.start >= at or m.text[-n:].lower() != head:
            continue
        ent = w.ents.get(m.entity_id or -1)
        if ent is not None and ent.kind != "person" and ent.actor.country is not None:
            return ent.id
    return 0


def home_legislature(w: Work) -> tuple[str | None, str]:
    """A legislative description with no country ("the senators", "a congressional
    delegation") in an article whose first placed person is a legislator: their legislature."""
    home = _home_person(w)
    if home is None or home.actor.sector != "LEG":
        return None, ""
    return home.actor.country, f"legislature of '{home.actor.name}', the article's first " \
                               f"placed person (a legislator)"


def _nearby_country(w: Work, c: Candidate) -> tuple[str | None, str]:
    """The country of the nearest named actor before a description ("Iran's crackdown on
    peaceful protesters"), in its sentence or the one before."""
    if _own_places_follow(w, c):
        return None, ""  # "individuals from Yemen, Syria, ...": their own places, not known
    if c.start > 0 and w.v.dep[c.start - 1] == _DET:
        return None, ""  # "the individuals": a definite group, not people in general
    for m, ent in _named_before(w, c):
        if ent.kind in ("state", "group"):
            if _other_conjunct(w, c, w.token_at(m.end - 1)):
                return None, ""
            return ent.actor.country, f"country of the nearest actor before it, '{m.text}'"
    return None, ""


def _own_places_follow(w: Work, c: Candidate) -> bool:
    """"troops from Chad and Niger", "people around the world", "mariners across the Red
    Sea", "activists worldwide": the description names its own places. "around the
    country" and "across all age groups" name none (``own_place_words`` and the rest)."""
    v, after, words = w.v, c.end, recall_words()
    if after >= len(v.idx):
        return False
    word = v.lower(after)
    if word in words.own_place_words or word in words.world_adverbs:
        return True
    if word not in words.world_prepositions:
        return False
    for k in range(after + 1, min(after + 4, len(v.idx))):
        if v.lower(k) in words.world_nouns or v.ent[k] in _PLACE_ENTS:
            return True
        if v.dep[k] != _DET:
            return False
    return False


def _other_conjunct(w: Work, c: Candidate, actor: int) -> bool:
    """Whether a description with an adjective of its own is coordinated with a proper
    name ("a threat to the United States Navy, innocent mariners, and ...", "Americans and
    freedom-loving people"): a list names other parties, so the name's country is not
    theirs. Left to the rule: a conjunct whose country is a modifier that may distribute
    ("U.S. citizens and legal permanent residents", "Ukrainian soldiers and civilians"), a
    noun of kind with no adjective ("the Associated Press and television networks"), and
    "other"/"fellow" (``kindred_words``, looked for anywhere between the two heads as the
    parse may start the candidate late: "Uyghur Muslims and other ethnic minorities")."""
    v, root = w.v, c.end - 1
    if v.tag[actor] not in _NAME_TAGS or \
            not any(v.dep[k] == _AMOD for k in range(c.start, root)):
        return False
    kindred = recall_words().kindred_words
    if any(v.lower(k) in kindred for k in range(min(actor + 1, c.start), root)):
        return False

    def top(i: int) -> int:  # the first conjunct of a coordination ``i`` belongs to
        for _ in range(8):
            if v.dep[i] != _CONJ or v.heads[i] == i:
                break
            i = v.heads[i]
        return i

    return top(root) == top(actor) and root != actor


def _named_before(w: Work, c: Candidate) -> Iterator[tuple[Mention, Entity]]:
    """Named (not pronoun) mentions of actors with a country before the description, nearest
    first, in its sentence or the one before."""
    at, sent = w.v.idx[c.start], w.v.sents[c.start]
    for m in w.backwards():
        if m.start >= at:
            continue
        if sent - w.sentence_of(m.start) > 1:
            return
        ent = w.ents.get(m.entity_id or -1)
        if ent is not None and m.kind != "pronoun" and ent.actor.country:
            yield m, ent


def _state_country(w: Work, c: Candidate) -> tuple[str | None, str]:
    """The country of the nearest state, or state body of the description's kind (GOV,
    MIL), named before a bare description of a state's forces ("the Tatmadaw must ...
    return troops to their barracks"), in its sentence or the one before."""
    if _own_places_follow(w, c):
        return None, ""
    root = c.end - 1
    for m, ent in _named_before(w, c):
        if ent.kind == "state" or (ent.kind == "group" and ent.actor.sector in ("GOV", "MIL")
                                   and ent.actor.code == f"{ent.actor.country}{ent.actor.sector}"):
            if _acts_on(w, w.token_at(m.end - 1), root):
                return None, ""  # "Ukraine has succeeded in decimating the military": a foe's
            return ent.actor.country, f"country of the nearest state actor before it, " \
                                      f"'{m.text}'"
    return None, ""


def _acts_on(w: Work, subject: int, root: int) -> bool:
    """Whether token ``subject`` is the subject of a verb that governs token ``root`` within
    one clause ("Belarus jailed ..., and the regime ignored ...": a clause of its own)."""
    v = w.v
    if v.dep[subject] not in _SUBJECTS:
        return False
    verb, i = v.heads[subject], root
    for _ in range(12):  # a parse tree's path up to its root is short
        if i == verb:
            return True
        if v.heads[i] == i or v.dep[i] == _CONJ:
            return False
        i = v.heads[i]
    return False


def _person_antecedent(w: Work, head: str, before: int) -> int:
    """The nearest person before character ``before`` titled with ``head`` ("the chairman"
    after "Bob Menendez (D-N.J.), Chairman of ..."), by a mention's words or the role."""
    if head not in _TITLES and head not in recall_words().appositive_heads:
        return 0
    for m in w.backwards():
        if m.start >= before:
            continue
        ent = w.ents.get(m.entity_id or -1)
        if ent is not None and ent.kind == "person" and ent.actor.country and (
                head in m.text.lower().split() or head in (ent.actor.role or "").lower().split()):
            return ent.id
    return 0


def _home_person(w: Work) -> Entity | None:
    """The first person of the article with a country: in statements and news the author
    or main speaker, whose side "our" names."""
    for m in reversed(w.backwards()):
        ent = w.ents.get(m.entity_id or -1)
        if ent is not None and ent.kind == "person" and ent.actor.country:
            return ent
    return None


def home_country(w: Work) -> tuple[str | None, str]:
    home = _home_person(w)
    if home is None:
        return None, ""
    return home.actor.country, (f"'our': the side of '{home.actor.name}', the article's "
                                f"first placed person")


def context_descriptions(w: Work) -> None:
    """Descriptions the clustering dropped for want of a country ("the administration",
    "our troops", "Putin's government", "the committee") take it from the article. (The
    object of a verb of possession, "Russia amassed 100,000 troops", was tried as the
    subject's and withdrawn: the events stage then took those troops as the target.)"""
    words = recall_words()
    for c in w.dropped:
        if c.kind != "description":
            continue
        v = w.v
        a, b = v.idx[c.start], v.ends[c.end - 1]
        if not w.free(a, b):
            continue
        eid = _person_antecedent(w, v.lower(c.end - 1), a) or _head_antecedent(w, c)
        if eid:
            w.add(a, b, eid, "description")
            continue
        found = scan(w.kb, c.query, w.on)
        if found.agent is None and v.lower(c.end - 1) in words.retinue_nouns:
            _retinue(w, c)
            continue
        if not _people(w, found):
            continue
        country, why = _possessor_country(w, c)
        if country is None and c.start > 0 and v.lower(c.start - 1) in \
                words.first_person_possessives:
            country, why = home_country(w)
        if any(v.ent[k] == _CARDINAL or v.lower(k) in words.multinational_words
               for k in range(max(0, c.start - 1), c.end)):
            # "regional officials", "coalition forces", "80,000 people": no one side, but
            # people of a sector all the same
            _sector_only(w, c, found, "several sides: no one country")
            continue
        sector = code_sector(f"---{found.agent}", w.kb.iso3)
        agent = found.agent
        if v.lower(c.end - 1) in words.delegation_words:
            home, home_why = home_legislature(w)
            if home is not None and country in (None, home):
                # "our delegation", "the bipartisan delegation" in a legislator's statement:
                # members of that legislature travelling, not the executive's envoys
                country, why, agent = home, f"delegation: {home_why}", "LEG"
        if country is None and v.lower(c.end - 1) in words.home_descriptions:
            country, why = home_country(w)
            why = why.replace("'our'", "no antecedent: the government")
        if country is None and sector == "LEG":
            country, why = home_legislature(w)
        if country is None and (sector or "").lower() in words.nearby_sectors:
            country, why = _nearby_country(w, c)
        if country is None and (sector or "").lower() in words.state_sectors:
            country, why = _state_country(w, c)
        if country is None:
            _sector_only(w, c, found, "no country in the article for it")
            continue
        code = country + (agent or "")
        actor = Actor(v.chars(c.start, c.end), country, code, code_sector(code, w.kb.iso3),
                      found.agent_key or None,
                      (f"sector word: '{found.agent_key}' -> {found.agent}", why))
        w.add(a, b, w.new_entity(actor, "group"), "description")


def _sector_only(w: Work, c: Candidate, found: Scan, why: str) -> None:
    """People of a sector whose country the article does not tell ("terrorists",
    "international leaders", "many people"): an actor with the sector and no country (a
    wrong country is worse than none). Definite and possessed ones are left out: they refer
    to someone the text names ("the troops", "his advisers") and a guess would mislead."""
    v = w.v
    if v.tag[c.end - 1] not in _PLURAL_TAGS or _determined(w, c) or \
            (c.start > 0 and v.tag[c.start - 1] in _NAME_TAGS):
        return  # "Ivory Coast rebels": the phrase names its own place
    if c.end < len(v.idx) and v.tag[c.end] in _RESTRICTING_TAGS and _place_after(w, c):
        # "rebels in Chad", "refugees fleeing Liberia": the phrase names its own place, which
        # the finder did not join to it (the parser may hang "in Chad" on the verb)
        _placed_after(w, c, found)
        return
    agent = found.agent or ""
    code = f"---{agent}"
    actor = Actor(w.v.chars(c.start, c.end), None, code, code_sector(code, w.kb.iso3),
                  found.agent_key or None, (f"sector word: '{found.agent_key}' -> {agent}", why))
    eid = w.new_entity(actor, "group")
    w.unplaced.add(eid)
    w.add(v.idx[c.start], v.ends[c.end - 1], eid, "description")


_BELONGING = rules().recall.belonging_prepositions


def _place_after(w: Work, c: Candidate) -> bool:
    """Whether the phrase right after a description may name a place ("in Chad", "fleeing
    Liberia") or the body the people belong to ("leaders of the teachers' union", "workers
    for the company"); "on Monday", "at the talks", "during the protest" name neither, and
    the description is then people of its sector like any other."""
    v = w.v
    if v.lower(c.end) in _BELONGING:
        return True
    end = min(v.doc[c.end].right_edge.i + 1, len(v.idx))
    if any(v.ent[k] in _PLACE_ENTS for k in range(c.end, end)):
        return True
    return scan(w.kb, v.chars(c.end, end), w.on).country is not None


def _placed_after(w: Work, c: Candidate, found: Scan) -> None:
    """"Police arrested protesters in Lahore": people of a sector followed by "in" and a
    place are of that place (ICEWS writes "Protester (Pakistan)"), unless they are people
    who are mostly from elsewhere (refugees)."""
    v = w.v
    sector = code_sector(f"---{found.agent}", w.kb.iso3) or ""
    if v.lower(c.end) != "in" or sector.lower() in recall_words().displaced_sectors:
        return
    end = v.doc[c.end].right_edge.i + 1
    placed = scan(w.kb, v.chars(c.start, end), w.on)
    if placed.country is None or placed.agent != found.agent:
        return
    code = placed.country + (found.agent or "")
    actor = Actor(v.chars(c.start, c.end), placed.country, code, code_sector(code, w.kb.iso3),
                  found.agent_key or None,
                  (f"sector word: '{found.agent_key}' -> {found.agent}",
                   f"place named after it: '{v.chars(c.end, end)}' -> {placed.country}"))
    w.add(v.idx[c.start], v.ends[c.end - 1], w.new_entity(actor, "group"), "description")


def _determined(w: Work, c: Candidate) -> bool:
    """Whether a definite determiner or a possessor is written before the description."""
    k = c.start - 1
    if k < 0:
        return False
    word = w.v.lower(k)
    return word in _DEFINITE or word in _POSSESSIVE_PRONOUNS or word in ("'s", "’s", "'", "’",
                                                                          "our", "its", "my")


def definite_heads(w: Work) -> None:
    """"The committee" after "the Senate Foreign Relations Committee": a definite noun phrase
    whose head ends an earlier named actor is that actor; "the administration" with no such
    antecedent is the government of the article's own side."""
    v = w.v
    words = recall_words()
    # keyed by the spaCy id of the lower-case head: no string per token looked at
    index: dict[int, list[tuple[int, int]]] = {}
    for m in w.mentions:
        ent = w.ents.get(m.entity_id or -1)
        if ent is None or ent.kind == "person" or ent.actor.country is None or " " not in m.text:
            continue
        last = m.text.lower().split()[-1]
        if last not in words.head_match_stop and (last in _ORG_WORDS or last in w.kb.agents):
            index.setdefault(get_string_id(last), []).append((m.start, ent.id))
    homes = _home_ids()
    if not index and not any(h in v.text for h in words.home_descriptions):
        return  # no name to refer back to
    lowers = v.arr[:, 0]
    definite = lowers == _DETERMINER_IDS[0]
    for d in _DETERMINER_IDS[1:]:  # a few equality tests: cheaper than np.isin
        definite |= lowers == d
    for i in np.flatnonzero(definite).tolist():
        j = v.heads[i]
        if not i < j <= i + 4 or v.pos[j] not in _NOUN:
            continue
        head = int(lowers[j])
        if head not in index and head not in homes:
            continue
        if j + 1 < len(v.idx) and v.lower(j + 1) == "of":
            continue  # "the General Staff of the Turkish Armed Forces": its own complement
        a, b = v.idx[i + 1], v.ends[j]
        if not w.free(a, b):
            continue
        before = [eid for start, eid in index.get(head, ()) if start < a]
        if before:
            w.add(a, b, before[-1], "description")
        elif head in homes:
            _home_description(w, i + 1, j + 1)


@cache
def _home_ids() -> frozenset[int]:
    return frozenset(get_string_id(h) for h in recall_words().home_descriptions)


def _home_description(w: Work, start: int, end: int) -> None:
    v = w.v
    country, why = home_country(w)
    found = scan(w.kb, v.chars(start, end), w.on)
    if country is None or not _people(w, found):
        return
    code = country + (found.agent or "")
    actor = Actor(v.chars(start, end), country, code, code_sector(code, w.kb.iso3),
                  found.agent_key or None,
                  (f"sector word: '{found.agent_key}' -> {found.agent}",
                   why.replace("'our'", "no antecedent: the government")))
    w.add(v.idx[start], v.ends[end - 1], w.new_entity(actor, "group"), "description")


def vocatives(w: Work) -> None:
    """"Thank you, Mr. Chairman": the chair of the speaker's body, a person of the speaker's
    country (LEG when the speaker is a legislator); later "the chairman" refers to them."""
    pattern, titles = _vocative_pattern()
    if not any(t in w.v.text for t in titles):  # most articles: no regex scan
        return
    for hit in pattern.finditer(w.v.text):
        a, b = hit.span(1)
        if not w.free(a, b):
            continue
        eid = _person_antecedent(w, hit.group(1).lower(), a)
        if not eid:
            eid = _chair_of_home(w, hit.group(1))
        if eid:
            w.add(a, b, eid, "title")


@cache
def _vocative_pattern() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The regex of an address ("Mr. Chairman") with rules.yaml recall.vocative_titles
    (capitalised, longest first), and those titles as written."""
    titles = tuple(sorted((t[:1].upper() + t[1:] for t in recall_words().vocative_titles),
                          key=lambda t: (-len(t), t)))
    alternatives = "|".join(re.escape(t) for t in titles)
    return re.compile(rf"(?:Mr\.?|Madam|Madame|Mister)\s+({alternatives})\b"), titles


def _chair_of_home(w: Work, title: str) -> int:
    home = _home_person(w)
    if home is None or home.actor.country is None:
        return 0
    country = home.actor.country
    sector = home.actor.sector if home.actor.sector == "LEG" else None
    actor = Actor(title, country, country + (sector or ""), sector, title.lower(),
                  (f"addressed as '{title}' in a speech of '{home.actor.name}': the chair of "
                   f"the speaker's body ({country}{', LEG' if sector else ''})",))
    return w.new_entity(actor, "person")


def home_officials(w: Work) -> None:
    """A titled official the article gives no country ("Spokesperson Jane Doe", "the Chairman
    of the Joint Chiefs": ``---GOV``, ``---MIL``), left so after the clustering's sentence and
    article rules, is an official of the article's home side: the country of its first placed
    person (the author or main speaker of a statement or readout)."""
    sectors = recall_words().home_official_sectors
    home: Entity | None = None
    for ent in list(w.ents.values()):
        actor = ent.actor
        if actor.country is not None or not (actor.code or "").startswith("---") or \
                (actor.sector or "").lower() not in sectors or \
                ent.kind not in ("person", "group") or ent.id in w.unplaced:
            continue
        home = home or _home_person(w)
        if home is None or home.actor.country is None:
            return
        w.ents[ent.id] = Entity(ent.id, with_country(
            actor, home.actor.country, w.kb.iso3,
            f"no country in the article for this official: the home side of "
            f"'{home.actor.name}', its first placed person"), ent.kind)
