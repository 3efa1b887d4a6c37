"""Resolve one noun phrase to an :class:`Actor`, as of a date.

Order (the first that applies wins; each step leaves a line in ``Actor.evidence``):

1. the whole phrase is a dictionary name (person, group, organisation) valid on the date;
2. an appositive ``"NAME, Iran's Special Envoy for Afghanistan"``: a known NAME wins, an
   unknown one takes the country and sector of the description;
3. a scan for the longest dictionary names inside the phrase: a person or group found
   inside a title (``"Armenian Prime Minister Nikol Pashinyan"``) is the actor;
4. otherwise country (name, demonym, possessive, capital) + sector word:
   ``"Pakistani officials"`` -> PAKGOV, ``"Tehran"`` -> IRNGOV (capital as metonymy),
   ``"Iran"`` -> IRN; a sector word alone takes the country from ``context``.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache

from tidings.actors.kb import (
    CAMEO_TO_PLOVER,
    KB,
    Entry,
    code_country,
    code_sector,
    load_kb,
    norm,
)
from tidings.actors.rules import rules
from tidings.actors.scanner import Scan, person_name, pick, role_only, scan
from tidings.records import Actor

_ORG_WORDS = rules().organisation_words

__all__ = ["Scan", "default_dictionaries", "resolve", "resolve_with", "scan"]

_LEADING = rules().leading_words
_FORMER = rules().former_words
_GENERIC = rules().generic_heads
_TITLE_WORDS = rules().honorifics | rules().bare_titles
_NAME_HEADS = rules().name_heads
_GOVERNMENT_BODIES = rules().government_bodies
_COMPLEMENT = rules().complement_openers
_ALLY_NOUNS = rules().ally_nouns
_POSSESSIVE = re.compile(r"['’]s\s+")


def _entry_actor(kb: KB, entry: Entry, when: str, key: str, on: date) -> Actor:
    country = code_country(entry.code, kb.iso3)
    name = person_name(kb, entry.name) if entry.kind == "person" else entry.name
    why = (f"dictionary: '{key}' -> {entry.code} ({entry.origin}, {entry.source}"
           f"{_range(entry)})")
    words = key.split()
    if key not in kb.names and key not in kb.surnames and key.upper() not in kb.acronyms \
            and f"{words[0]} {words[-1]}" not in kb.first_last:
        why += f"; '{key}' taken as a misspelling of '{entry.name}'"
    if when == "after" and entry.kind == "person":
        code = f"{country}ELI" if country else entry.code
        return Actor(name, country, code, "ELI", f"former {entry.role}".strip(),
                     (why, f"not in office on {on.isoformat()}: former official (ELI)"))
    if when == "before" and entry.kind == "person":
        sector = code_sector(entry.code, kb.iso3)
        return Actor(name, country, entry.code if sector else country, sector, None,
                     (why, f"role out of date: not yet in that office on {on.isoformat()}; "
                           f"country and the person's general sector kept"))
    return Actor(name, country, entry.code, code_sector(entry.code, kb.iso3),
                 entry.role or None, (why,))


def _range(entry: Entry) -> str:
    if entry.start is None and entry.end is None:
        return ""
    a = entry.start.isoformat() if entry.start else "…"
    b = entry.end.isoformat() if entry.end else "…"
    return f", valid {a}..{b}"


def _strip_leading(text: str) -> str:
    words = text.split()
    while len(words) > 1 and (words[0].lower() in _LEADING or words[0].isdigit()):
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=131_072)
def resolve_with(kb: KB, text: str, on: date, context: str | None = None) -> Actor | None:
    """:func:`resolve` against an explicit knowledge base (cached: the same phrase recurs)."""
    text = _strip_leading(text.strip().strip(",;:"))
    if not text:
        return None
    whole = _whole(kb, text, on)
    if whole is not None:
        return whole
    if "," in text:
        head, _, desc = text.partition(",")
        app = _appositive(kb, head.strip(), desc.strip(), on)
        if app is not None:
            return app
    composed = _compose(kb, text, on, context)
    if composed is not None and (composed.code or "").startswith("---") and composed.sector:
        return _titled_surname(kb, text, on, composed) or composed
    return composed


@cache
def _surname_bearers(kb: KB) -> dict[str, tuple[tuple[Entry, ...], ...]]:
    """Last name -> the dictionary people bearing it (each as its rows), whatever their
    countries: the knowledge base's own surname index keeps only names of one country."""
    people: dict[str, dict[str, list[Entry]]] = {}
    for entries in kb.names.values():
        for e in entries:
            words = norm(e.name).split() if e.kind == "person" else ()
            if len(words) > 1 and len(words[-1]) >= 4:
                rows = people.setdefault(words[-1], {}).setdefault(norm(e.name), [])
                if e not in rows:
                    rows.append(e)
    return {k: tuple(tuple(r) for r in v.values()) for k, v in people.items()}


def _titled_surname(kb: KB, text: str, on: date, titled: Actor) -> Actor | None:
    """"Senator Collins" when people of several countries are called Collins: the one
    dictionary person of that surname whose office on the date has the title's sector (none
    when two or more fit, or when the title alone is not all the words before the name)."""
    words = text.split()
    last = words[-1].strip(".,")
    if len(words) < 2 or not (last[:1].isupper() and last.isalpha()):
        return None
    if not all(_title_word(kb, w) for w in words[:-1]):
        return None  # "Planning Minister Karim Haddad": a first name, another person
    title = scan(kb, " ".join(words[:-1]), on)
    if title.agent is None or title.country is not None or title.entry is not None:
        return None
    fit, unsure = [], False
    for rows in _surname_bearers(kb).get(norm(last), ()):
        entry, when = pick(rows, on)
        if entry is None or when:
            continue
        sector = code_sector(entry.code, kb.iso3)
        unsure |= sector is None  # "UN Secretary-General": an office the code does not say
        if sector == titled.sector:
            fit.append(entry)
    if len(fit) != 1 or unsure:
        return None
    actor = _entry_actor(kb, fit[0], "", norm(fit[0].name), on)
    return replace(actor, evidence=(*actor.evidence, f"title '{titled.role}' + surname "
                                    f"'{last}': the only {titled.sector} of that name on "
                                    f"{on.isoformat()}"))


def _title_word(kb: KB, word: str) -> bool:
    key = norm(word)
    return key in _TITLE_WORDS or key in _LEADING or key in kb.agents or key in kb.agent_words


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
        titled = _title_out_of_date(kb, entry, when, text, on)
        if titled is not None:
            return titled
    return _entry_actor(kb, entry, when, key, on)


def _title_out_of_date(kb: KB, entry: Entry, when: str, text: str, on: date) -> Actor | None:
    """"President Bush" is itself a dictionary alias: out of office on ``on``, the title
    written in the phrase gives the sector, the dictionary the (stable) country."""
    words = norm(text).split()
    agent, agent_key = "", ""
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i:i + n])
            if key in kb.agents and key not in _GENERIC:
                agent, agent_key = kb.agents[key], key
        if agent:
            break
    country = code_country(entry.code, kb.iso3)
    if not agent or agent == "ELI" or country is None or any(w in _FORMER for w in words):
        return None
    code = country + agent
    return Actor(person_name(kb, entry.name), country, code, code_sector(code, kb.iso3),
                 agent_key,
                 (f"dictionary: '{norm(text)}' -> {entry.code} ({entry.origin}, "
                  f"{entry.source}{_range(entry)}), role out of date on {on.isoformat()}",
                  f"title in the text: '{agent_key}' -> {code}"))


def _appositive(kb: KB, head: str, desc: str, on: date) -> Actor | None:
    known = _whole(kb, head, on)
    if known is None:
        found = scan(kb, head, on)
        if found.entry is not None and found.entry.kind == "person" and found.entry_final:
            known = _compose(kb, head, on, None)  # "Gen. Frank McKenzie, the commander ..."
    described = _compose(kb, desc, on, None)
    if known is not None and not (described is not None and _weaker_than(kb, head, known,
                                                                          described, on)):
        return known
    if described is None or (described.country is None and described.sector is None):
        return None
    if described.country is None and described.code and described.code.startswith("---"):
        titled = _compose(kb, head, on, None)  # "Iraqi Air Force Maj. Gen. X, commander"
        if titled is not None and titled.country is not None:
            code = titled.country + described.code[3:]
            return Actor(head, titled.country, code, code_sector(code, kb.iso3), desc,
                         (f"appositive: '{head}' described as '{desc}'", *described.evidence,
                          f"country written in the name's own title -> {titled.country}"))
    return Actor(head, described.country, described.code, described.sector, desc,
                 (f"appositive: '{head}' described as '{desc}'", *described.evidence))


def _surname_only(kb: KB, key: str) -> bool:
    return key in kb.surnames and key not in kb.names


def _clashes(kb: KB, entry: Entry, country: str | None, sector: str | None, on: date) -> bool:
    """Whether a written country or sector disagrees with the entry's office on ``on``."""
    own_country = code_country(entry.code, kb.iso3)
    if country is not None and own_country is not None and country != own_country:
        return True
    if sector is None or sector == "ELI" or not entry.valid_on(on):
        return False  # an out-of-office title is read by _titled_out_of_office instead
    own = code_sector(entry.code, kb.iso3)
    return own is not None and own != sector


def _surname_contradicted(kb: KB, entry: Entry, key: str, found: Scan, on: date) -> bool:
    """"Iranian deputy minister Mr. Amini", "German diplomat Schultz": a bare surname is
    weak evidence, so the one dictionary person of that surname is not the one meant when
    the words written with it give another country or sector."""
    if entry.kind != "person" or not _surname_only(kb, key) or found.former:
        return False
    sector = code_sector(f"---{found.agent}", kb.iso3) if found.agent else None
    return _clashes(kb, entry, found.country, sector, on)


def _weaker_than(kb: KB, head: str, known: Actor, described: Actor, on: date) -> bool:
    """"Mr. Schultz, a German diplomat": the appositive outweighs a surname-only match."""
    found = scan(kb, head, on)
    if found.entry is None or found.entry.kind != "person" \
            or not _surname_only(kb, found.entry_key):
        return False
    if described.country is None and described.sector is None:
        return False
    entry, _ = pick(kb.surnames[found.entry_key], on)
    return entry is not None and known.code == entry.code \
        and _clashes(kb, entry, described.country, described.sector, on)


def _generic_of(kb: KB, found: Scan) -> bool:
    """"Chile's Defense Department": a dictionary organisation whose name is only
    institution words belongs to the country written before it, not its dictionary one."""
    if found.country is None or found.entry is None or found.entry.kind != "group":
        return False
    if found.entry.code[:3] == found.country:
        return False
    return all(w in _ORG_WORDS or w in kb.agents or w in kb.agent_words
               for w in found.entry_key.split())


def _titled_out_of_office(kb: KB, entry: Entry, when: str, found: Scan,
                          on: date) -> Actor | None:
    """"President Bush" on a date the dictionary has him out of office: the title written in
    the article is better evidence of his office then than the dictionary's dates."""
    out_of_office = bool(when) or code_sector(entry.code, kb.iso3) == "ELI"
    if not out_of_office or entry.kind != "person" or not found.agent or found.former \
            or found.entry_then_agent or found.agent == "ELI":
        return None
    country = found.country or code_country(entry.code, kb.iso3)
    if country is None:
        return None
    code = country + found.agent
    return Actor(person_name(kb, entry.name), country, code, code_sector(code, kb.iso3),
                 found.agent_key,
                 (f"dictionary: '{found.entry_key}' -> {entry.code} ({entry.origin}, "
                  f"{entry.source}{_range(entry)}), not valid on {on.isoformat()}",
                  f"title in the text: '{found.agent_key}' -> {code}"))


def _by_title(kb: KB, entries: tuple[Entry, ...], agent: str | None) -> tuple[Entry, ...]:
    """"Senator Sullivan" when the dictionary has a senator and an adviser of that surname:
    the people whose office fits the written title (only when the entries name several
    people; one person's rows are left to the date)."""
    if agent is None or len(entries) < 2 or len({norm(e.name) for e in entries}) < 2:
        return entries
    sector = code_sector(f"---{agent}", kb.iso3)
    fit = tuple(e for e in entries if code_sector(e.code, kb.iso3) == sector)
    return fit or entries


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


def _compose(kb: KB, text: str, on: date, context: str | None) -> Actor | None:
    found = _head_sector(kb, text, on, scan(kb, text, on))
    applies, allied = _allied_with(kb, text, on, found)
    if applies:
        return allied
    if found.entry is not None and found.entry_final and not _generic_of(kb, found):
        entry, when = pick(_by_title(kb, kb.names.get(found.entry_key)
                                     or kb.surnames.get(found.entry_key) or (found.entry,),
                                     found.agent), on)
        if entry is not None and entry.kind != "country" \
                and not _surname_contradicted(kb, entry, found.entry_key, found, on):
            led = _led_by(kb, entry, found, text)
            if led is not None:
                return led
            titled = _titled_out_of_office(kb, entry, when, found, on)
            if titled is not None:
                return titled
            return _with_agent(kb, _entry_actor(kb, entry, when, found.entry_key, on),
                               entry.kind, found)
    member = _member_of(kb, found, on)
    if member is not None:
        return _titled_name(kb, text, found.entry_key, member)
    country, how, agent = found.country, found.country_how, found.agent
    country_key, agent_key = found.country_key, found.agent_key
    if agent_key in rules().head_only_agents and norm(text).rsplit(" ", 1)[-1] != agent_key:
        agent, agent_key = None, ""  # "National Defense Committee": no nationals
    evidence: list[str] = []
    if agent is None and found.entry is not None and _generic_of(kb, found):
        # "Chile's Defense Department": the institution's sector, the written country
        agent, agent_key = found.entry.code[3:] or None, found.entry_key
    if agent is None and found.entry is None:
        agent, agent_key = _name_head(text)
    body = ""  # an international body's code: "Arab League Secretary-General Chedli Klibi"
    if country is None and found.entry is not None and found.entry_then_agent:
        country = code_country(found.entry.code, kb.iso3)  # "Taliban Foreign Ministry"
        how = f"of '{found.entry_key}'"
        if country is None and found.entry.kind == "group" and agent is not None:
            body = _body_code(kb, found.entry.code)
            if body:
                evidence.append(f"member of '{found.entry_key}' -> {body}")
    region, region_key = _region(text)
    if region and not body and (not country or f" {country_key} " in f" {region_key} "):
        # "African leaders", "Latin American diplomats": several countries, none named
        country, how = None, ""
        body = region
        evidence.append(f"region: '{region_key}' -> {region} (several countries)")
    if country:
        label = "capital as metonymy for the government" if how == "capital" and not agent \
            else "city" if how == "city" else f"country {how}"
        evidence.append(f"{label}: '{country_key}' -> {country}")
    if agent:
        evidence.append(f"sector word: '{agent_key}' -> {agent}")
    if country is None and context and (agent is not None or _name_like(text)):
        ctx = scan(kb, context, on)
        if ctx.country or ctx.entry:
            country = ctx.country or code_country(ctx.entry.code if ctx.entry else None, kb.iso3)
            if country:
                evidence.append(f"country from context: '{context}' -> {country}")
        if agent is None and ctx.agent:
            agent = ctx.agent
            evidence.append(f"sector from context: '{ctx.agent_key}' -> {agent}")
    if found.former and agent is not None and agent.startswith("GOV"):
        agent = "ELI"
        evidence.append("'former' official -> ELI")
    if agent is None and how == "capital":
        agent = "GOV"
    if agent is None and how == "city":  # PLOVER GSR: "cities in general go to sector CVL"
        agent = "CVL"
        evidence.append("a city named as an actor: its people (CVL)")
    if agent is None and found.last_people:  # "Bosnian Serbs": the people of the country
        agent = "CVL"
        evidence.append("ends with a people's name -> people of the country (CVL)")
    if agent is None and found.country_key in kb.peoples:
        agent = "CVL"  # "Afghans", "ordinary Kazakhs": people of the country
        evidence.append(f"plural demonym: '{found.country_key}' -> people (CVL)")
    code = f"{body or country or '---'}{agent or ''}"
    if agent is not None and agent.startswith("NGO") and not body:
        # CAMEO writes NGO first, then the home country ("NGOUSAHRI"): a generic "human
        # rights group" is NGOHRI, an "Iranian human rights group" NGOIRNHRI (country IRN)
        code = f"NGO{country or ''}{agent[3:]}"
    sector = code_sector(code, kb.iso3) if agent else None
    if country is None and sector is None:
        if found.entry is not None and found.entry.kind == "group":
            # a group modifying a noun that is no sector word ("Israeli army bulldozers")
            entry, when = pick(kb.names.get(found.entry_key) or (found.entry,), on)
            if entry is not None:
                actor = _entry_actor(kb, entry, when, found.entry_key, on)
                return _titled_name(kb, text, found.entry_key, actor)
        return None
    role = agent_key or None
    return Actor(text, country, code, sector, role, tuple(evidence))


# lower-case stems of the region words: a phrase without any is no region
_REGION_MARKS = frozenset(k.split()[0][:5] for k, _ in rules().regions)


def _region(text: str) -> tuple[str, str]:
    """The CAMEO region code of a region adjective in ``text`` (rules.yaml ``regions``)."""
    regions = rules().regions
    low = text.lower()
    if not regions or not any(m in low for m in _REGION_MARKS):
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
    actor = _entry_actor(kb, entry, "", found.entry_key, on)
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
    """``Settings.actor_dictionaries``, re-read only when the environment changes."""
    return _settings_dicts(os.environ.get("TIDINGS_ACTOR_DICTIONARIES", ""),
                           os.environ.get("TIDINGS_CONFIG", ""))


@lru_cache(maxsize=8)
def _settings_dicts(env: str, config: str) -> tuple[str, ...]:
    from tidings.config import load_settings

    return tuple(load_settings().actor_dictionaries)
