"""Resolve one noun phrase to an :class:`Actor`, as of a date.

Order (the first that applies wins; each step leaves a line in ``Actor.evidence``):

1. the whole phrase is a dictionary name (person, group, organisation) valid on the date;
2. an appositive ``"NAME, Iran's Special Envoy for Afghanistan"``: a known NAME wins, an
   unknown one takes the country and sector of the description;
3. a scan for the longest dictionary names inside the phrase: a person or group found
   inside a title (``"Armenian Prime Minister Nikol Pashinyan"``) is the actor (``_named``);
4. otherwise country (name, demonym, possessive, capital) + sector word:
   ``"Pakistani officials"`` -> PAKGOV, ``"Tehran"`` -> IRNGOV (capital as metonymy),
   ``"Iran"`` -> IRN; a sector word alone takes the country from ``context``
   (``_from_words``).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from tidings.actors.kb import (
    CAMEO_TO_PLOVER,
    KB,
    Entry,
    code_country,
    code_sector,
    load_kb,
    norm,
)
from tidings.actors.resolve_people import (
    by_title,
    city_namesake,
    entry_actor,
    given_name_clash,
    surname_contradicted,
    title_out_of_date,
    titled_out_of_office,
    titled_surname,
    weaker_than,
)
from tidings.actors.rules import rules
from tidings.actors.scanner import Scan, pick, role_only, scan
from tidings.records import Actor

_ORG_WORDS = rules().organisation_words

__all__ = ["Scan", "current_kb", "default_dictionaries", "resolve", "resolve_with", "scan"]

_LEADING = rules().leading_words
_GENERIC = rules().generic_heads
_TITLE_WORDS = rules().honorifics | rules().bare_titles
_NAME_HEADS = rules().name_heads
_GOVERNMENT_BODIES = rules().government_bodies
_COMPLEMENT = rules().complement_openers
_ALLY_NOUNS = rules().ally_nouns
_STANCE = rules().stance_prefixes
_POSSESSIVE = re.compile(r"['’]s\s+")
_OPPOSING = rules().opposing_heads
_OPPOSED_SECTORS = rules().opposed_sectors
_ARTICLES = frozenset({"the", "a", "an"})  # "The Hague": the scan reads it without "the"
_ARMED = rules().party_excluded_sectors
_PARTY_EXCLUDED = rules().party_excluded_heads
_TAG_PARTIES = rules().party_tag_parties
_TAG_STATES = rules().party_tag_states
_OF = re.compile(r"\s+of\s+", re.IGNORECASE)


def _strip_leading(kb: KB, text: str) -> str:
    words = text.split()
    while len(words) > 1 and (words[0].lower() in _LEADING or words[0].isdigit()):
        if words[0][:1].isupper() and words[0].lower() not in _ARTICLES \
                and _place_start(kb, words):
            break  # "New Mexico officials" are not "Mexico officials"
        words = words[1:]
    return " ".join(words)


def _place_start(kb: KB, words: list[str]) -> bool:
    """Whether the first two or three words name a place or a dictionary actor ("New York",
    "New South Wales", "New Zealand"): a capitalised leading word is then part of a name."""
    for n in (2, 3):
        if len(words) >= n and (key := norm(" ".join(words[:n]))) and (
                key in kb.countries or key in kb.capitals or key in kb.cities
                or key in kb.names):
            return True
    return False


@lru_cache(maxsize=131_072)
def resolve_with(kb: KB, text: str, on: date, context: str | None = None) -> Actor | None:
    """:func:`resolve` against an explicit knowledge base (cached: the same phrase recurs)."""
    text = _strip_leading(kb, text.strip().strip(",;:"))
    if not text:
        return None
    whole = _whole(kb, text, on)
    if whole is not None:
        return whole
    opposing = _opposing(kb, text, on) if " of " in text.lower() else None
    if opposing is not None:
        return opposing
    if "," in text:
        head, _, desc = text.partition(",")
        app = _appositive(kb, head.strip(), desc.strip(), on)
        if app is not None:
            return app
    composed = _compose(kb, text, on, context)
    if composed is not None and (composed.code or "").startswith("---") and composed.sector:
        return titled_surname(kb, text, on, composed) or composed
    return composed


def _whole(kb: KB, text: str, on: date) -> Actor | None:
    key = norm(text)
    cased = norm(text, lower=False)
    entries = kb.names.get(key) or (kb.acronyms.get(cased) if cased.isupper() else None)
    if entries and " " not in key and not cased[:1].isupper() and entries[0].kind != "country":
        return None  # "borne" is a word, "Borne" a prime minister; "congress" is no Congress
    if not entries and key.count(" ") >= 1 and text[:1].isupper():
        words = key.split()  # "Carlos Menem" for the dictionary's "Carlos Saul Menem"
        entries = kb.first_last.get(f"{words[0]} {words[-1]}")
    if not entries:
        return None
    entry, when = pick(entries, on)
    if entry is None or entry.kind == "country" or role_only(kb, entry):
        return None  # countries and capitals are composed with sector words in _compose
    if entry.kind == "person" and (when or code_sector(entry.code, kb.iso3) == "ELI"):
        titled = title_out_of_date(kb, entry, when, text, on)
        if titled is not None:
            return titled
    return entry_actor(kb, entry, when, key, on)


def _appositive(kb: KB, head: str, desc: str, on: date) -> Actor | None:
    known = _whole(kb, head, on)
    if known is None:
        found = scan(kb, head, on)
        if found.entry is not None and found.entry.kind == "person" and found.entry_final:
            known = _compose(kb, head, on, None)  # "Gen. Frank McKenzie, the commander ..."
    described = _compose(kb, desc, on, None)
    if known is not None and not (described is not None and weaker_than(kb, head, known,
                                                                          described, on)):
        return known
    if described is None or (described.country is None and described.sector is None):
        return None
    if described.country is not None and known is None and (described.sector is None or (
            described.sector == "PTY" and (described.role or "") in kb.parties)):
        titled = _compose(kb, head, on, None)  # "Rep. X, D-Calif.": the title's sector
        if titled is not None and titled.country is None and titled.sector is not None \
                and (titled.code or "").startswith("---"):
            code = described.country + (titled.code or "")[3:]
            return Actor(head, described.country, code, titled.sector, titled.role,
                         (f"appositive: '{head}' described as '{desc}'", *described.evidence,
                          *titled.evidence))
    if described.country is None and described.code and described.code.startswith("---"):
        titled = _compose(kb, head, on, None)  # "Iraqi Air Force Maj. Gen. X, commander"
        if titled is not None and titled.country is not None:
            code = titled.country + described.code[3:]
            return Actor(head, titled.country, code, code_sector(code, kb.iso3), desc,
                         (f"appositive: '{head}' described as '{desc}'", *described.evidence,
                          f"country written in the name's own title -> {titled.country}"))
    return Actor(head, described.country, described.code, described.sector, desc,
                 (f"appositive: '{head}' described as '{desc}'", *described.evidence))


def _opposing(kb: KB, text: str, on: date) -> Actor | None:
    """"critics of the Iranian government", "opponents of President Putin": people opposed
    to a state's power are its opposition (OPP), not the governing actor the scanner finds
    after "of". A head with a country or a name of its own ("Iranian critics of the deal")
    and an appositive are left to the other steps."""
    if "," in text:
        return None
    parts = _OF.split(text, maxsplit=1)
    if len(parts) != 2 or norm(parts[0]).rsplit(" ", 1)[-1] not in _OPPOSING:
        return None
    head = scan(kb, parts[0], on)
    if head.agent != "OPP" or head.country is not None or head.entry is not None:
        return None
    opposed = resolve_with(kb, parts[1], on)
    country = opposed.country if opposed is not None and (opposed.sector is None or (
        opposed.sector in _OPPOSED_SECTORS and not (opposed.code or "").startswith(
            ("IGO", "NGO", "MNC")))) else None
    code = f"{country or '---'}OPP"
    why = f"'{head.agent_key}' of '{parts[1]}' ({opposed.code if opposed else 'unresolved'})"
    return Actor(text, country, code, "OPP", head.agent_key,
                 (f"{why}: people opposed to it -> {code}",))


def _generic_of(kb: KB, found: Scan) -> bool:
    """"Chile's Defense Department": a dictionary organisation whose name is only
    institution words belongs to the country written before it, not its dictionary one."""
    if found.country is None or found.entry is None or found.entry.kind != "group":
        return False
    if found.entry.code[:3] == found.country:
        return False
    return all(w in _ORG_WORDS or w in kb.agents or w in kb.agent_words
               for w in found.entry_key.split())


def _led_by(kb: KB, entry: Entry, found: Scan, text: str) -> Actor | None:
    """"the Obama administration", "the Netanyahu government": the government a person
    led, not the person (and not a former official when the person has left office)."""
    if entry.kind != "person" or not found.entry_then_agent \
            or found.agent_key not in _GOVERNMENT_BODIES:
        return None
    country = code_country(entry.code, kb.iso3)
    if country is None:
        return None
    code = f"{country}GOV"
    return Actor(text, country, code, "GOV", found.agent_key,
                 (f"'{found.agent_key}' of '{found.entry_key}' ({entry.code}): the government "
                  f"that person leads or led -> {code}",))


def _people_of(kb: KB, text: str, actor: Actor, kind: str, found: Scan) -> Actor | None:
    """"Kasich's parents", "Putin's family": civilians written as a person's (a possessive,
    then a CVL sector word) are other people of the person's country, not the person.
    Offices and retinues ("Putin's spokesman", "Putin's aides") keep the person's code."""
    if kind != "person" or found.agent != "CVL" or actor.country is None \
            or _POSSESSIVE.search(text) is None:
        return None
    code = actor.country + "CVL"
    return Actor(text, actor.country, code, "CVL", found.agent_key,
                 (*actor.evidence, f"'{found.agent_key}' written as the person's: other "
                  f"people of the person's country -> {code}"))


def _with_agent(kb: KB, actor: Actor, kind: str, found: Scan) -> Actor:
    """An organisation followed by a sector word: "UN peacekeepers", "a former White House
    official" (the sector word adds the sector the organisation's code lacks)."""
    if not actor.code or (kind == "person" and not (
            actor.sector is None and actor.code.startswith("IGO") and found.agent)):
        return actor  # a titled international official: "UN Secretary-General Kofi Annan"
    if found.former and actor.sector in ("GOV", "MIL", "LEG", "JUD", "SPY", "COP"):
        base = actor.country or actor.code
        return Actor(actor.name, actor.country, f"{base}ELI", "ELI", actor.role,
                     (*actor.evidence, "'former' member -> ELI"))
    if not found.agent:
        return actor
    agent = found.agent
    if actor.sector is not None and agent != "ELI":
        return actor
    base = actor.country or actor.code
    code = base + agent
    return Actor(actor.name, actor.country, code, code_sector(code, kb.iso3), found.agent_key,
                 (*actor.evidence, f"sector word: '{found.agent_key}' -> {agent}"))


def _head_sector(kb: KB, text: str, on: date, found: Scan) -> Scan:
    """"newspaper based in Christian east Beirut", "prisoners in Dili": a sector word only
    in the complement (after ``complement_openers``) gives way to one in the head before it;
    the scanner takes the last sector word, which there describes the complement. A member
    word as head ("spokesman for the army", ``generic_heads``) and a named actor keep theirs."""
    if found.agent is None or found.entry is not None:
        return found  # a named actor's own sector is read in _compose
    words = norm(text).split()
    cut = next((i for i, w in enumerate(words) if i > 0 and w in _COMPLEMENT), 0)
    key = found.agent_key.split()
    if not cut or any(words[i:i + len(key)] == key for i in range(cut)):
        return found  # no complement, or the sector word starts in the head
    head = scan(kb, " ".join(words[:cut]), on)
    if head.agent is None or head.agent == "NON" or head.agent_key in _GENERIC:
        return found  # "spokesman for the army": a member word takes the body's sector
    return found._replace(agent=head.agent, agent_key=head.agent_key)


def _portfolio(kb: KB, text: str, on: date, found: Scan) -> Scan:
    """"Minister of Trade and Industry", "Minister of Defence and Military Affairs": the
    scanner takes the last sector word, which after "and" is the second half of the office's
    portfolio; the office written before "and" ("minister of trade": a sector word with
    "of") keeps its sector. Lists of people ("police and soldiers") have no "of" office."""
    if found.agent is None or found.entry is not None or " and " not in text.lower():
        return found
    words, key = norm(text).split(), found.agent_key.split()
    starts = [i for i in range(1, len(words) - len(key) + 1) if words[i:i + len(key)] == key]
    if not starts or words[starts[-1] - 1] != "and":
        return found
    head = scan(kb, " ".join(words[:starts[-1] - 1]), on)
    office = head.agent_key.split()
    if head.agent is None or head.entry is not None or "of" not in office[1:-1] or \
            words[starts[-1] - 1 - len(office):starts[-1] - 1] != office:
        return found  # the office must end right before "and"
    return found._replace(agent=head.agent, agent_key=head.agent_key)


def _opposed(text: str, found: Scan) -> Scan:
    """"Anti-Regime Protests", "pro-government rallies": a sector word right after a
    ``stance_prefixes`` word names what is opposed or supported, not who acts, so it gives
    no sector (the scanner reads "anti-regime" as "anti regime")."""
    if found.agent is None or ("anti" not in (low := text.lower()) and "pro" not in low):
        return found
    words, key = norm(text).split(), found.agent_key.split()
    hits = [i for i in range(1, len(words) - len(key) + 1) if words[i:i + len(key)] == key]
    if hits and words[hits[-1] - 1] in _STANCE:
        return found._replace(agent=None, agent_key="")
    return found


def _allied_with(kb: KB, text: str, on: date, found: Scan) -> tuple[bool, Actor | None]:
    """"Israel's militia ally in southern Lebanon", "Iran's proxies": the possessor of an
    ``ally_nouns`` head is the one allied with, not the actor's country; the words after
    it are resolved alone (None when they name no country or sector). (False, None): no
    such possessor."""
    hit = _POSSESSIVE.search(text) if found.country is not None and found.entry is None \
        else None
    if hit is None or f" {found.country_key} " not in f" {norm(text[:hit.start()])} ":
        return False, None
    rest = text[hit.end():]
    words = norm(rest).split()
    cut = next((i for i, w in enumerate(words) if i > 0 and w in _COMPLEMENT), len(words))
    if not words or words[cut - 1] not in _ALLY_NOUNS:
        return False, None
    inner = _compose(kb, rest, on, None)
    if inner is None:
        return True, None
    why = f"'{text[:hit.start()]}' is the one allied with, not its country"
    return True, Actor(text, inner.country, inner.code, inner.sector, inner.role,
                       (*inner.evidence, why))


class _Parts(NamedTuple):
    """What the words of a phrase that names no dictionary entry say (``_from_words``)."""

    country: str | None
    how: str  # how the country was read ("capital", "city", "party tag", ...)
    country_key: str
    agent: str | None
    agent_key: str
    body: str = ""  # an international body's or a region's code, in place of a country
    evidence: tuple[str, ...] = ()


def _compose(kb: KB, text: str, on: date, context: str | None) -> Actor | None:
    """Steps 3 and 4 of the module's order, on the scan of the phrase's dictionary words."""
    found = _opposed(text, _portfolio(kb, text, on,
                                      _head_sector(kb, text, on, scan(kb, text, on))))
    applies, allied = _allied_with(kb, text, on, found)
    if applies:
        return allied
    named = _named(kb, text, found, on)
    if named is not None:
        return named
    member = _member_of(kb, found, on)
    if member is not None:
        return _titled_name(kb, text, found.entry_key, member)
    return _from_words(kb, text, on, context, found)


def _named(kb: KB, text: str, found: Scan, on: date) -> Actor | None:
    """The dictionary entry the phrase ends with, valid on the date and not contradicted by
    its other words (a surname, a given name, a city of the same name), read with the
    sector words around it; None when the phrase is to be composed of its words."""
    if found.entry is None or not found.entry_final or _generic_of(kb, found):
        return None
    entry, when = pick(by_title(kb, kb.names.get(found.entry_key)
                                 or kb.surnames.get(found.entry_key) or (found.entry,),
                                 found.agent), on)
    if entry is None or entry.kind == "country" \
            or surname_contradicted(kb, entry, found.entry_key, found, on) \
            or given_name_clash(kb, entry, found.entry_key, text) \
            or city_namesake(kb, entry, found.entry_key, text):
        return None
    led = _led_by(kb, entry, found, text)
    if led is not None:
        return led
    titled = titled_out_of_office(kb, entry, when, found, on)
    if titled is not None:
        return titled
    actor = entry_actor(kb, entry, when, found.entry_key, on)
    return _people_of(kb, text, actor, entry.kind, found) \
        or _with_agent(kb, actor, entry.kind, found)


def _from_words(kb: KB, text: str, on: date, context: str | None,
                found: Scan) -> Actor | None:
    """An actor made of the phrase's country, sector, party and body words, the context's
    country when the phrase names none, and the sector its kind of place or people gives."""
    parts = _written(kb, text, found, context)
    parts = _from_context(kb, text, on, context, _located(kb, text, found, parts))
    parts = _implied_agent(kb, text, found, parts)
    code = f"{parts.body or parts.country or '---'}{parts.agent or ''}"
    if parts.agent is not None and parts.agent.startswith("NGO") and not parts.body:
        # CAMEO writes NGO first, then the home country ("NGOUSAHRI"): a generic "human
        # rights group" is NGOHRI, an "Iranian human rights group" NGOIRNHRI (country IRN)
        code = f"NGO{parts.country or ''}{parts.agent[3:]}"
    sector = code_sector(code, kb.iso3) if parts.agent else None
    if parts.country is None and sector is None:
        if found.entry is not None and found.entry.kind == "group":
            # a group modifying a noun that is no sector word ("Israeli army bulldozers")
            entry, when = pick(kb.names.get(found.entry_key) or (found.entry,), on)
            if entry is not None:
                actor = entry_actor(kb, entry, when, found.entry_key, on)
                return _titled_name(kb, text, found.entry_key, actor)
        return None
    return Actor(text, parts.country, code, sector, parts.agent_key or None, parts.evidence)


def _written(kb: KB, text: str, found: Scan, context: str | None) -> _Parts:
    """The country and sector of the phrase's own words: the scan's, less a nationals or
    activity word that names no actor, with a party word's country and members, a generic
    institution's sector, or the kind of body an unknown name ends with."""
    country, how, agent = found.country, found.country_how, found.agent
    country_key, agent_key = found.country_key, found.agent_key
    if agent_key in rules().head_only_agents and norm(text).rsplit(" ", 1)[-1] != agent_key:
        agent, agent_key = None, ""  # "National Defense Committee": no nationals
    if country is None and found.entry is None and agent_key and \
            agent_key.rsplit(" ", 1)[-1] in rules().activity_heads and \
            norm(text).endswith(agent_key):
        agent, agent_key = None, ""  # "an agreement on border security": a topic, no actor
    party = _party(kb, text, agent, agent_key) if kb.parties and found.entry is None \
        else None
    if party is not None and country in (None, party[0]):
        tag = party[1] not in kb.parties
        # a tag ("D-Calif.") names the country; a party word is written of other countries'
        # parties too: given a context, the context's country (none if it names none)
        if country is None and (tag or not context):
            country, country_key = party[0], party[1]
            how = "party tag" if tag else "party"
        if agent is None and party[2]:
            agent, agent_key = "PTY", party[1]  # "Republicans": the party's members
    if agent is None and found.entry is not None and _generic_of(kb, found):
        # "Chile's Defense Department": the institution's sector, the written country; the
        # sector table's code where it has the name (GOVMIL: a ministry, not the army)
        agent = kb.agents.get(found.entry_key) or found.entry.code[3:] or None
        agent_key = found.entry_key
    if agent is None and found.entry is None:
        agent, agent_key = _name_head(text)
    return _Parts(country, how, country_key, agent, agent_key)


def _located(kb: KB, text: str, found: Scan, parts: _Parts) -> _Parts:
    """The country of a named group the sector word follows ("Taliban Foreign Ministry"),
    or the international body it belongs to; a region of several countries in place of
    one ("African leaders"); then the evidence of the country and sector words."""
    country, how, agent = parts.country, parts.how, parts.agent
    body, evidence = "", list(parts.evidence)
    if country is None and found.entry is not None and found.entry_then_agent:
        country = code_country(found.entry.code, kb.iso3)
        how = f"of '{found.entry_key}'"
        if country is None and found.entry.kind == "group" and agent is not None:
            # "Arab League Secretary-General Chedli Klibi": the body's code
            body = _body_code(kb, found.entry.code)
            if body:
                evidence.append(f"member of '{found.entry_key}' -> {body}")
    region, region_key = _region(text)
    if region and not body and (not country or f" {parts.country_key} " in f" {region_key} "):
        # "African leaders", "Latin American diplomats": several countries, none named
        country, how = None, ""
        body = region
        evidence.append(f"region: '{region_key}' -> {region} (several countries)")
    if country:
        label = "capital as metonymy for the government" if how == "capital" and not agent \
            else "city" if how == "city" else f"country {how}"
        evidence.append(f"{label}: '{parts.country_key}' -> {country}")
    if agent:
        evidence.append(f"sector word: '{parts.agent_key}' -> {agent}")
    # the constructor, not NamedTuple._replace (a Python-level _make per call): this runs
    # for every phrase resolved that names no dictionary entry
    return _Parts(country, how, parts.country_key, agent, parts.agent_key, body,
                  tuple(evidence))


def _from_context(kb: KB, text: str, on: date, context: str | None,
                  parts: _Parts) -> _Parts:
    """A sector word or a name with no country takes the country (and, lacking one, the
    sector) of its context phrase; an arbitrary noun takes none."""
    if parts.country is not None or not context \
            or (parts.agent is None and not _name_like(text)):
        return parts
    country, agent, evidence = parts.country, parts.agent, list(parts.evidence)
    ctx = scan(kb, context, on)
    if ctx.country or ctx.entry:
        country = ctx.country or code_country(ctx.entry.code if ctx.entry else None, kb.iso3)
        if country:
            evidence.append(f"country from context: '{context}' -> {country}")
    if agent is None and ctx.agent:
        agent = ctx.agent
        evidence.append(f"sector from context: '{ctx.agent_key}' -> {agent}")
    return _Parts(country, parts.how, parts.country_key, agent, parts.agent_key, parts.body,
                  tuple(evidence))


def _implied_agent(kb: KB, text: str, found: Scan, parts: _Parts) -> _Parts:
    """The sector a phrase's kind of word implies when it has none of its own: a former
    official is an elite, a capital the government, a city or a people its civilians."""
    agent, agent_key, evidence = parts.agent, parts.agent_key, list(parts.evidence)
    if found.former and agent is not None and agent.startswith("GOV"):
        agent = "ELI"
        evidence.append("'former' official -> ELI")
    if agent is None and parts.how == "capital":
        agent = "GOV"
    if agent is None and parts.how == "city":  # PLOVER GSR: "cities in general go to sector CVL"
        agent = "CVL"
        evidence.append("a city named as an actor: its people (CVL)")
    if agent is None and found.last_people:  # "Bosnian Serbs": the people of the country
        agent = "CVL"
        evidence.append("ends with a people's name -> people of the country (CVL)")
    if agent is None and found.country_key in kb.peoples:
        agent = "CVL"  # "Afghans", "ordinary Kazakhs": people of the country
        evidence.append(f"plural demonym: '{found.country_key}' -> people (CVL)")
    elif agent is None and kb.agents.get(found.country_key) == "CVL" \
            and norm(text).endswith(found.country_key):
        # "the Rohingya", "the Yoruba": a people's name that is also a sector word (the
        # scan read it as the country), written as the head: the people
        agent, agent_key = kb.agents[found.country_key], found.country_key
        evidence.append(f"a people's name as head: '{agent_key}' -> {agent}")
    return _Parts(parts.country, parts.how, parts.country_key, agent, agent_key, parts.body,
                  tuple(evidence))


def _party(kb: KB, text: str, agent: str | None, agent_key: str,
           ) -> tuple[str, str, bool] | None:
    """(country, word, is the head) of a capitalised party member word (``parties`` of the
    KB: "Republicans", "Democratic lawmakers" -> USA). The word must be the head or stand
    before a sector word that is not an armed one, and a capitalised word right before it
    must belong to the same country ("Iowa Democrats"; "Social Democrats" are another
    party)."""
    words = [w.strip(".,;:'’\"") for w in text.split()]
    words = words[:next((i for i, w in enumerate(words) if i and w in _COMPLEMENT),
                        len(words))]  # "the Republican from Ohio": the head ends at "from"
    for i, word in enumerate(words):
        iso3 = kb.parties.get(word.lower()) if word[:1].isupper() else None
        if iso3 is None:
            tagged = party_tag(word)  # "D-Calif.": a country, no party sector
            if tagged is not None:
                return tagged, word, False
            continue
        head = i == len(words) - 1
        if not head and (agent is None or any(
                agent[j:j + 3] in _ARMED for j in range(0, len(agent), 3))
                or agent_key.rsplit(" ", 1)[-1] in _PARTY_EXCLUDED):
            return None
        if i and words[i - 1][:1].isupper() and not _same_country(kb, words[i - 1], iso3):
            return None
        return iso3, word.lower(), head
    return None


def party_tag(word: str) -> str | None:
    """The country of a party-state tag ("D-Calif.", "R-Texas", "I-VT"; ``party_tags`` in
    rules.yaml), or None."""
    party, dash, state = word.strip("(),;:").partition("-")
    country = _TAG_PARTIES.get(party) if dash else None
    if country is None or not state:
        return None
    return country if state in _TAG_STATES or f"{state}." in _TAG_STATES else None


def _same_country(kb: KB, word: str, iso3: str) -> bool:
    """Whether a word names a place or a body of the country ``iso3`` ("Iowa", "House")."""
    key = norm(word)
    return kb.countries.get(key) == iso3 or any(
        code_country(e.code, kb.iso3) == iso3 for e in kb.names.get(key, ()))


# lower-case stems of the region words: a phrase without any is no region (one regex
# search in C rather than a substring test per stem)
_REGION_MARKS = re.compile("|".join(sorted(re.escape(k.split()[0][:5])
                                           for k, _ in rules().regions)) or "(?!)")


def _region(text: str) -> tuple[str, str]:
    """The CAMEO region code of a region adjective in ``text`` (rules.yaml ``regions``)."""
    regions = rules().regions
    low = text.lower()
    if not regions or _REGION_MARKS.search(low) is None:
        return "", ""  # most phrases: no region word at all
    words = f" {norm(text)} "
    for key, code in regions:
        if f" {key} " in words:
            return code, key
    return "", ""


def _titled_name(kb: KB, text: str, entry_key: str, actor: Actor) -> Actor:
    """"House Foreign Affairs Committee Chairman Michael McCaul": an organisation, a title,
    then a personal name. The person keeps the name; the organisation gives code, country
    and sector; the words before the name are the role."""
    words = text.split()
    at = max((i for i, w in enumerate(words)
              if w.lower().strip(".,") in _TITLE_WORDS or norm(w) in kb.agents), default=-1)
    name = words[at + 1:]
    if at < 1 or len(name) < 2 or not all(w[:1].isupper() for w in name) \
            or set(norm(" ".join(name)).split()) & set(entry_key.split()):
        return actor
    title = " ".join(words[:at + 1])
    return Actor(" ".join(name), actor.country, actor.code, actor.sector, title,
                 (f"title: '{title}' names the organisation '{actor.name}' (code, country, "
                  f"sector); the person keeps the name written in the text", *actor.evidence))


def _member_of(kb: KB, found: Scan, on: date) -> Actor | None:
    """"Northern Fleet's Arctic Group": a part of a named body, written with a generic member
    word ("group", "unit", "official"), is the body when the body has a sector of its own."""
    entry = found.entry
    if entry is None or not found.entry_then_agent or found.agent_key not in _GENERIC \
            or entry.kind != "group" or code_sector(entry.code, kb.iso3) is None \
            or found.country not in (None, code_country(entry.code, kb.iso3)):
        return None
    actor = entry_actor(kb, entry, "", found.entry_key, on)
    return Actor(actor.name, actor.country, actor.code, actor.sector, found.agent_key,
                 (*actor.evidence, f"'{found.agent_key}' of '{found.entry_key}': a part of it"))


def _body_code(kb: KB, code: str) -> str:
    """The organisation part of an IGO/NGO code without its own sector ("IGOMEAARL" of
    "IGOMEAARL", "IGOUNO" of "IGOUNOGOV"), or '' for a code of some other kind."""
    if not code.startswith(("IGO", "NGO")):
        return ""
    sector = code_sector(code, kb.iso3)
    if sector is None:
        return code
    for cameo, plover in [*((k, v) for k, v in CAMEO_TO_PLOVER.items()), (sector, sector)]:
        if plover == sector and code.endswith(cameo):
            return code[: -len(cameo)]
    return code


def _name_head(text: str) -> tuple[str | None, str]:
    """The kind of body an unknown proper name ends with ("Kabul News" -> MED, "Acme
    Holdings Ltd." -> BUS; ``name_heads`` in rules.yaml), or (None, '')."""
    words = text.split()
    last = words[-1].strip(".,") if len(words) >= 2 else ""
    code = _NAME_HEADS.get(last.lower()) if last[:1].isupper() else None
    if code is None or not _name_like(text):
        return None, ""
    return code, last.lower()


def _name_like(text: str) -> bool:
    """A phrase written like a proper name ("Diego Molano"): context may give its country;
    an arbitrary noun ("the report") never takes one from context."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() for w in words)


def _cached(text: str, on: date, context: str | None, user: tuple[str, ...]) -> Actor | None:
    return resolve_with(load_kb(user), text, on, context)


def resolve(text: str, on: date | None = None, context: str | None = None,
            dictionaries: tuple[str, ...] | None = None) -> Actor | None:
    """Resolve a noun phrase (``"Pakistani officials"``, ``"Tehran"``, ``"Muttaqi"``).

    ``on`` is the article's date (default: today); ``context`` is optional extra text whose
    country/sector fill what the phrase lacks; ``dictionaries`` are user files overriding the
    shipped ones (default: ``Settings.actor_dictionaries``).
    """
    if dictionaries is None:
        dictionaries = default_dictionaries()
    return _cached(text, on or date.today(), context, tuple(dictionaries))


def default_dictionaries() -> tuple[str, ...]:
    """``actor_dictionaries`` of the running pipeline's settings, so that
    ``Pipeline(settings=...)`` decides; outside a pipeline, the environment and config file,
    re-read only when their variables change (two of them, not every setting: this is asked
    for each actor the events stage checks)."""
    from tidings.config import setting

    return tuple(setting("actor_dictionaries"))


def current_kb() -> KB:
    """The knowledge base of the shipped dictionaries and the user's
    (:func:`default_dictionaries`): the one every stage resolves with."""
    return load_kb(default_dictionaries())
