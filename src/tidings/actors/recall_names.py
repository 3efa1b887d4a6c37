"""Recall of names: countries acting as the argument of a noun of action or stance, names
after a style of address ("The Honorable ..."), and committees of a legislature named in a
legislator's statement (see :mod:`tidings.actors.recall`; descriptions are in
:mod:`tidings.actors.recall_desc`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache
from itertools import pairwise
from operator import attrgetter

from spacy.strings import get_string_id

from tidings.actors.candidates import is_agent_use
from tidings.actors.coref_state import from_dictionary
from tidings.actors.kb import COUNTRY_FILES, DATA, norm, read_rows
from tidings.actors.recall import Work, recall_words
from tidings.actors.recall_desc import home_country, home_legislature
from tidings.actors.resolve import resolve_with, scan
from tidings.actors.rules import rules
from tidings.records import Actor, Entity

__all__ = ["adjacent_names", "country_pairs", "hyphenated_names", "legislative_bodies",
           "party_arguments", "styled_names"]

_GPE = get_string_id("GPE")
# labels NER gives to names of bodies (a committee's name is also tagged as an event or work)
_BODY_LABELS = frozenset(get_string_id(x) for x in ("ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW"))
_POBJ = get_string_id("pobj")
_COMPOUND = get_string_id("compound")
_CONJ = get_string_id("conj")
_VERB = get_string_id("VERB")
_NOUN = get_string_id("NOUN")
_BENEFICIARY = frozenset({"for"})  # "praying for Israel": the one acted for
_MOTION = rules().motion_verbs
_DEFINITE = rules().definite_determiners
# "U.S.-U.K.", "U.S.–Mexico": two names joined by a hyphen or dash, each its own actor
_NAME_KINDS = frozenset({"name", "group", "capital"})
_DASH = re.compile(r"(?<=\S)[-–—](?=\S)")
_START = attrgetter("start")  # a C sort key: no Python call per mention


@cache
def _country_names() -> frozenset[str]:
    """The lower-case one-word country names (form ``name`` of the country files, dotted
    acronyms as written: "u.s.", "u.k."), not demonyms."""
    names: set[str] = set()
    for f in COUNTRY_FILES:
        for row in read_rows(DATA / f):
            raw = row["text"].strip()
            if row["form"].strip() != "name" or " " in raw or not raw:
                continue
            names.add(raw.lower())
            if raw.isupper() and raw.isalpha() and len(raw) <= 3:
                names.add(".".join(raw.lower()) + ".")
    return frozenset(names)


@cache
def _country_name_ids() -> frozenset[int]:
    """spaCy ids of :func:`_country_names`: a token NER left untagged is looked at again only
    when it is one of them."""
    return frozenset(get_string_id(n) for n in _country_names())


def _untagged_countries(w: Work) -> list[tuple[int, int]]:
    """One-token country names NER missed in the title line, where title case defeats it
    ("Support Ukraine Against Russian Aggression", "Sanctions Against Iran"), written with a
    capital. Only the first line is read: in running text NER finds them (and a scan of every
    token cost a twentieth of the stage)."""
    v = w.v
    newline = v.text.find("\n")
    n = bisect_left(v.idx, newline) if newline >= 0 else len(v.idx)
    ids = _country_name_ids()
    return [(i, i + 1) for i, x in enumerate(v.arr[:n, 0].tolist())
            if x in ids and v.ent[i] == 0 and v.chars(i, i + 1)[:1].isupper()]


def _party_noun(w: Work, noun: int) -> bool:
    """A noun of action or stance, or conjoined with one ("the safety and security of")."""
    v, words = w.v, recall_words()
    nouns = [noun, *(k for k in range(noun + 1, min(noun + 6, len(v.idx)))
                     if v.heads[k] == noun and v.dep[k] == _CONJ)]
    return any(v.lower(k) in words.party_nouns or v.lemma(k).lower() in words.party_nouns
               for k in nouns)


def _acting_use(w: Work, start: int, end: int, tagged: bool) -> str:
    """Why the country at tokens ``[start, end)`` acts, or '' when it does not: the argument
    of a noun of action or stance; a possessor ("Ukraine's independence"); the beneficiary
    of "for" after a verb that is no verb of movement ("advocating for Taiwan"); for a name
    NER missed, also the uses the candidate finder accepts (subject, object, ...)."""
    v, words = w.v, recall_words()
    root = end - 1
    if end < len(v.idx) and v.lower(end) in ("'s", "’s"):
        return "possessor"
    if not tagged and is_agent_use(v, root):
        return f"'{v.chars(root, end)}' used as an actor (NER missed the name)"
    if v.dep[root] == _POBJ and v.lower(v.heads[root]) in _BENEFICIARY and \
            v.pos[v.heads[v.heads[root]]] == _VERB:
        verb = v.heads[v.heads[root]]
        if v.lemma(verb).lower() in _MOTION:  # "left for Israel": a place
            return ""
        return f"beneficiary of '{v.chars(verb, verb + 1)}'"
    if v.dep[root] == _COMPOUND:  # "U.S. support", "U.S. efforts"
        noun = prep = v.heads[root]
    elif v.dep[root] == _POBJ and v.lower(v.heads[root]) in words.party_prepositions:
        prep = v.heads[root]
        noun = v.heads[prep]
        if v.pos[noun] == _VERB and prep > 0 and v.pos[prep - 1] == _NOUN:
            # "made a statement on the invasion into Ukraine": the parser hangs the
            # preposition on the verb; the noun of action right before it is what it
            # completes
            noun = prep - 1
    else:
        return ""
    if not _party_noun(w, noun):
        return ""
    return f"argument of '{v.chars(noun, noun + 1)}' ('{v.lower(prep)}')"


def party_arguments(w: Work) -> None:
    """A country written as the argument of a noun of action or stance ("the invasion of
    Ukraine", "support for Israel", "sanctions against Iran"), as a possessor or as the
    beneficiary of "for" is that country acting; so is a country name NER missed in a use
    the candidate finder takes as acting."""
    v = w.v
    spans = [(ent.start, ent.end, True) for ent in v.ents
             if ent.label == _GPE and ent.end - ent.start <= 4]
    spans += [(a, b, False) for a, b in _untagged_countries(w)]
    for start, end, tagged in spans:
        a, b = v.idx[start], v.ends[end - 1]
        if not w.free(a, b):
            continue  # most: already a mention (the candidate finder took them as actors)
        why = _acting_use(w, start, end, tagged)
        if why:
            _add_state(w, a, b, why)
    for i in _untagged_pairs(w):
        why = _acting_use(w, i, i + 1, False)
        if why:
            a = v.idx[i]
            for part in _DASH.split(v.chars(i, i + 1)):
                _add_state(w, a, a + len(part), why)
                a += len(part) + 1


def _add_state(w: Work, a: int, b: int, why: str) -> None:
    """A mention of the country written at characters ``[a, b)``, acting for ``why``."""
    actor = resolve_with(w.kb, w.v.text[a:b], w.on)
    if actor is None or actor.country is None or actor.sector is not None:
        return
    actor = Actor(actor.name, actor.country, actor.code, None, actor.role,
                  (*actor.evidence, f"{why}: the country acts"))
    w.add(a, b, w.new_entity(actor, "state"), "name")


def _untagged_pairs(w: Work) -> list[int]:
    """Tokens of the title line NER left untagged that join country names with a hyphen
    or dash ("Joint U.S.-U.K. Strike on ..."): each name is a country of its own."""
    v = w.v
    newline = v.text.find("\n")
    if _DASH.search(v.text, 0, newline if newline >= 0 else len(v.text)) is None:
        return []  # most title lines: no dash between two characters, no token can have one
    n = bisect_left(v.idx, newline) if newline >= 0 else len(v.idx)
    names = _country_names()
    out = []
    for i in range(n):
        text = v.chars(i, i + 1)
        if v.ent[i] == 0 and _DASH.search(text) and w.free(v.idx[i], v.ends[i]):
            parts = _DASH.split(text)
            if all(p.lower() in names for p in parts):
                out.append(i)
    return out


@cache
def _style_pattern() -> re.Pattern[str]:
    """"The Honorable Jane Doe": a style (rules.yaml recall.person_styles) and up to four
    capitalised words of a name."""
    styles = "|".join(re.escape(s) for s in recall_words().person_styles)
    return re.compile(rf"(?<!\w)(?:[Tt]he\s+)?(?:{styles})\s+"
                      rf"((?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’-]+)")


_PORTFOLIO = re.compile(r"\s(?:for|to)\s")  # "secretary of State | for political affairs"


def _styled_actor(w: Work, name: str, end: int) -> Actor:
    """The actor of a styled name: the dictionary person, else the appositive after it
    (its portfolio, "for political-military affairs", left out: it names no sector), else
    the article's home country (the style is given to officials of the author's side)."""
    text = w.v.text
    desc = ""
    if text[end:end + 2] == ", ":
        desc = re.split(r"[,.;:\n]", text[end + 2:end + 120], maxsplit=1)[0]
        desc = _PORTFOLIO.split(desc, maxsplit=1)[0].strip()
    actor = resolve_with(w.kb, f"{name}, {desc}" if desc else name, w.on)
    if actor is not None and actor.country is not None:
        return actor
    country, why = home_country(w)
    if country is None:
        return actor or Actor(name, None, None, None, None, ("unresolved person name",))
    sector = actor.sector if actor is not None else None
    code = country + ((actor.code or "")[3:] if actor is not None else "")
    return Actor(name, country, code, sector, desc or None,
                 (*(actor.evidence if actor else ()),
                  f"styled name: {why.replace(chr(39) + 'our' + chr(39), 'the style')}"))


def styled_names(w: Work) -> None:
    """"The Honorable Jane Doe, assistant secretary of State": the name after a style of
    address is a person, also where NER tagged it as something else or missed it."""
    if not any(s in w.v.text for s in recall_words().person_styles):
        return  # most articles: no regex scan
    for hit in _style_pattern().finditer(w.v.text):
        a, b = hit.span(1)
        over = w.overlapping(a, b)
        if any(m.start < hit.start() or m.end > b for m in over):
            continue  # the name runs into another mention: leave it
        if any((ent := w.ents.get(m.entity_id or -1)) is not None and ent.kind == "person"
               and m.start == a and m.end == b for m in over):
            continue  # already the person
        actor = _styled_actor(w, hit.group(1), b)
        for m in over:
            w.remove(m)
        eid = next((e.id for e in w.ents.values() if e.kind == "person" and
                    e.actor.name == actor.name and e.actor.country == actor.country), 0)
        w.add(a, b, eid or w.new_entity(actor, "person"), "name")


def _committee_shaped(w: Work, text: str) -> bool:
    """"Foreign Relations Committee", "the Subcommittee on Africa", "China Task Force":
    a body named by a committee word, at its end or opening an "on"/"of" topic. A country
    written in it is the topic unless it is the owner ("Taiwan's ... Committee")."""
    words = [x for x in norm(text).split() if x not in _DEFINITE]
    if not words or "'s" in text or "’s" in text:
        return False
    bodies = recall_words().committee_words
    joined = " ".join(words)
    if any(joined.endswith(f" {b}") for b in bodies):
        return True
    return any(joined.startswith(f"{b} ") and joined[len(b) + 1:].split()[0] in ("on", "of")
               for b in bodies)


def _topic_country_only(w: Work, text: str, actor: Actor) -> bool:
    """The country the resolver found is only a topic written in the name ("China Task Force",
    "Subcommittee on Africa"): the name has no demonym or possessive before the body."""
    words = [x for x in norm(text).split() if x not in _DEFINITE]
    if actor.country is None or any(" ".join(words).startswith(f"{b} ")
                                    for b in recall_words().committee_words):
        return True  # "Subcommittee on Africa": what follows the body word is its topic
    found = scan(w.kb, text, w.on)
    return found.entry is None and found.country_key in _country_names()


def legislative_bodies(w: Work) -> None:
    """A committee, subcommittee, caucus or task force the dictionary does not know, named in
    a legislator's statement (its first placed person a legislator): a body of that
    legislature, LEG. A country in its name is its topic ("China Task Force": the House task
    force on China; "Subcommittee on Africa"), not its owner."""
    home, why = home_legislature(w)
    if home is None:
        return
    v = w.v
    for ent in v.ents:
        if ent.label in _BODY_LABELS and w.free(v.idx[ent.start], v.ends[ent.end - 1]) and \
                _committee_shaped(w, v.chars(ent.start, ent.end)):
            actor = Actor(v.chars(ent.start, ent.end), None, None, None, None, ())
            w.add(v.idx[ent.start], v.ends[ent.end - 1], w.new_entity(actor, "group"), "name")
    bodies: dict[str, int] = {}  # one entity per committee name
    for m in list(w.mentions):
        ent = w.ents.get(m.entity_id or -1)
        if ent is None or ent.kind not in ("group", "state") or from_dictionary(ent.actor) or \
                ent.actor.sector == "LEG" or not _committee_shaped(w, m.text) or \
                not _topic_country_only(w, m.text, ent.actor):
            continue
        name = " ".join(x for x in m.text.split() if x.lower() not in _DEFINITE)
        owner = _owning_legislature(w, m.end)
        if owner is not None:  # "the Defense Committee of the Legislative Yuan"
            name = f"{name} ({owner.actor.name})"
            country, because = owner.actor.country, f"a committee of '{owner.actor.name}'"
        else:
            country, because = home, f"committee named in a legislator's statement: {why}"
        if name not in bodies:
            bodies[name] = w.new_entity(Actor(
                name, country, f"{country}GOVLEG", "LEG", None,
                (*ent.actor.evidence, because)), "group")
        w.remove(m)  # the mention's old entity (a topic country) may have other mentions
        w.add(m.start, m.end, bodies[name], m.kind)


_OWNED_BY = re.compile(r"\s+(?:of|from|in)\s+")


def _owning_legislature(w: Work, end: int) -> Entity | None:
    """The legislature named right after a committee ("... Committee from the Legislative
    Yuan"): its entity, if it has a country."""
    hit = _OWNED_BY.match(w.v.text, end)
    if hit is None:
        return None
    for m in w.overlapping(hit.end(), hit.end() + 5):
        ent = w.ents.get(m.entity_id or -1)
        if ent is not None and ent.actor.sector == "LEG" and ent.actor.country and \
                m.start - hit.end() <= 4:  # "the " at most between
            return ent
    return None


def _country_of(w: Work, text: str, sector: str | None) -> Actor | None:
    """``text`` resolved, if it is a country with the pair's sector (or with none)."""
    actor = resolve_with(w.kb, text, w.on)
    if actor is None or actor.country is None or actor.sector != sector or \
            (actor.code or "")[:3] != actor.country:
        return None
    return actor


def country_pairs(w: Work) -> None:
    """"A joint U.S.-U.K. strike": a mention of two countries joined by a hyphen is two
    mentions, one per country, not the first country alone (a name with a hyphen of its
    own, "Guinea-Bissau", is one country whose first part names another, and stays)."""
    for m in [m for m in w.mentions if m.kind != "pronoun" and
              ("-" in m.text or "–" in m.text or "—" in m.text)]:
        ent = w.ents.get(m.entity_id or -1)
        dash = _DASH.search(m.text)
        if ent is None or dash is None:
            continue
        left, right = m.text[:dash.start()], m.text[dash.end():]
        head, _, a = left.rpartition(" ")
        b, _, tail = right.partition(" ")
        prefix, suffix = head + " " if head else "", " " + tail if tail else ""
        # "U.S.-U.K. forces": both countries' forces
        first = _country_of(w, prefix + a + suffix, ent.actor.sector)
        if first is None or ent.actor.country != first.country:
            continue  # the second half is resolved only when the first one fits
        second = _country_of(w, prefix + b + suffix, ent.actor.sector)
        if second is None or first.country == second.country:
            continue
        w.remove(m)  # the pair's entity becomes the first country's
        kind = "state" if ent.actor.sector is None else ent.kind
        spans = ((m.start, m.start + dash.start()), (m.start + dash.end(), m.end))
        for (start, end), actor in zip(spans, (first, second), strict=True):
            if kind != "state":  # "U.K. military", not a phrase the text never wrote
                actor = replace(actor, name=w.v.text[start:end])
            eid = ent.id if start == m.start else w.new_entity(actor, kind)
            w.ents[ent.id] = replace(ent, actor=actor) if eid == ent.id else w.ents[ent.id]
            w.add(start, end, eid, "name" if kind == "state" else m.kind)


# the hyphenated words before a name NER cut out of a longer one ("Tehrik-e-" of
# "Tehrik-e-Taliban Pakistan")
_HYPHEN_LEAD = re.compile(r"(?:[A-Za-z]+-)+$")


def hyphenated_names(w: Work) -> None:
    """"Tehrik-e-Taliban Pakistan": a dictionary group whose hyphenated name NER split into
    other actors ("Taliban", "Pakistan") is one mention of that group. Only when the joined
    text is a dictionary group name and the pieces are not it."""
    text = w.v.text
    if "-" not in text:
        return
    ordered = sorted(w.mentions, key=_START)
    for m1, m2 in pairwise(ordered):
        if m1.start < 2 or text[m1.start - 1] != "-":
            continue  # most mentions: no hyphenated word before them
        lead = _HYPHEN_LEAD.search(text, max(0, m1.start - 40), m1.start)
        if lead is None or lead.end() != m1.start or text[m1.end:m2.start] != " ":
            continue
        start, end = lead.start(), m2.end
        actor = resolve_with(w.kb, text[start:end], w.on)
        first = w.ents.get(m1.entity_id or -1)
        if actor is None or not from_dictionary(actor) or actor.sector is None or \
                (first is not None and first.actor.code == actor.code):
            continue
        for m in (m1, m2):
            w.remove(m)
        same = next((e.id for e in w.ents.values() if e.actor.code == actor.code and
                     e.actor.name == actor.name), 0)
        w.add(start, end, same or w.new_entity(actor, "group"), "group")


def adjacent_names(w: Work) -> None:
    """"the United States Senate" tagged as two names ("the United States", "Senate"): two
    name mentions one space apart whose joined text is a dictionary group with a sector, other
    than the one either piece names, are one mention of that group."""
    text = w.v.text
    ordered = sorted(w.mentions, key=_START)
    for m1, m2 in pairwise(ordered):
        if text[m1.end:m2.start] != " " or m1.kind not in _NAME_KINDS or \
                m2.kind not in _NAME_KINDS:
            continue
        start = m1.start + (4 if text[m1.start:m1.start + 4].lower() == "the " else 0)
        actor = resolve_with(w.kb, text[start:m2.end], w.on)
        if actor is None or not from_dictionary(actor) or actor.sector is None:
            continue
        ents = [e for m in (m1, m2) if (e := w.ents.get(m.entity_id or -1)) is not None]
        if any(e.kind == "person" or e.actor.code == actor.code for e in ents):
            continue  # two people named in a row; or a piece already names the group
        for m in (m1, m2):
            w.remove(m)
        w.add(start, m2.end, w.new_entity(actor, "group"), "group")
