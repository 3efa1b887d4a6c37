"""Targets of an event verb: objects, prepositional objects (with the prepositions each
kind of event admits), the addressee of a "that" clause, a condition's subject, the target
named by an event noun in the verb's phrase, and the place where force was used. Split from
:mod:`tidings.events.coder`, which finds sources and codes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from tidings.events import syntax as tree
from tidings.events.actors_link import phrase_text
from tidings.events.codebook import data_rows
from tidings.events.control import controller, for_addressee
from tidings.events.cues import cues, remap
from tidings.events.doc_memo import children
from tidings.events.object_nouns import (
    MATERIAL_CONFLICT_ROOTS,
    noun_rule,
    object_clause_targets,
    object_reading,
)
from tidings.events.owners import FORCE_ROOTS, noun_owner
from tidings.events.patterns import NO_EVENT
from tidings.events.topics import TOPIC_TARGET_ROOTS, topic_aware, topic_complement
from tidings.events.verb_match import pattern_of
from tidings.records import Actor

__all__ = ["CONFLICT_ROOTS", "FORCE_ROOTS", "PLACE_PREPS", "PLACE_ROOTS", "STANCE_ROOTS",
           "STATEMENT_ROOT", "condition_marks", "places_below", "verb_targets"]

ActorLookup = tree.ActorLookup

_TARGET_PREPS = frozenset({"with", "to", "against", "on", "toward", "towards", "upon", "into",
                           "over", "between", "among"})
# Targets only for (threatened) force; "struck targets near Damascus", "attacked a convoy
# outside Kandahar": force used close to a place is used on it, as inside it.
PLACE_PREPS = frozenset({"in", "at", "inside", "near", "outside"})
PLACE_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})
# "arrived in Amman": the place is the host; "peacekeepers arrived in Bosnia": the place
# receives the protection (074).
_VISIT_CODES = frozenset({"042", "044", "074"})
_FROM_ROOTS = frozenset({"08", "16"})
_FROM_CODES = frozenset({"041", "043"})  # a call or a visitor received from X
# "sought help from Pakistan": what is asked for is asked of the one it comes from (CAMEO
# 02 appeals); a demand (10) only for a thing its pattern names ("demanded an apology from
# Iran"), not a bare verb ("pushed insurgents from Ghazni" is no demand on Ghazni).
_APPEAL_ROOT = "02"
_DEMAND_ROOT = "10"
# A rejection (12) of a thing its pattern names answers whom it came from ("rejected the
# proposal from X"), as a demand for one is made of whom it is to come from.
_OFFERED_ROOTS = frozenset({_DEMAND_ROOT, "12"})
_BENEFIT_ROOTS = frozenset({"03", "05", "06", "07"})  # "aid for Romania": the beneficiary
_ABOUT_PREPS = frozenset({"over", "about", "against"})
_FOR = frozenset({"for"})  # the deed a responsibility is claimed for
STATEMENT_ROOT = "01"
# Acknowledging or denying responsibility (CAMEO 015, 016) answers someone's charge: "denied
# Israel's accusations" is aimed at Israel, though a statement's common-noun object is
# otherwise only what was said.
_RESPONSE_CODES = frozenset({"015", "016"})
# Restrictions a state puts on (or lifts from) its own population: curfew (1723, 0813)
# and state of emergency or martial law (1724, 0814). Their target is the people.
_POPULATION_CODES = frozenset({"1723", "1724", "0813", "0814"})
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
_POPULATION_PREPS = frozenset({"in", "on", "upon"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})  # spaCy entity labels of named places
_CIVILIANS = "CVL"
_TOPIC_PREPS = frozenset({"on", "over", "about", "upon", "regarding", "concerning"})
# Roots of speech acts whose addressee may be the subject of a "that" clause, and of
# permissions ("allowed UN planes to land"), whose beneficiary may be.
_ADDRESSED_ROOTS = frozenset({"02", "08", "10", "11", "12", "13"})
# Praise of a deed goes to its doer ("I appreciate that President Biden has committed to a
# review"); only praise proper (CAMEO 051), not the generic cooperation default of verbs
# such as "admit" or "unveil" (050), nor a verb of saying ("said that ... support").
_PRAISE_CODE = "051"
_THREAT_ROOT = "13"
_PLACE_SECTORS = frozenset({"GOV", "CVL"})  # capitals as metonymy, cities as their people
# Praise and criticism of an event ("condemned the attack on Israel") are aimed at its
# author, not at the event's own target.
STANCE_ROOTS = frozenset({"05", "11"})
# Conflict, verbal and material (quad classes 3 and 4).
CONFLICT_ROOTS = frozenset(f"{r:02d}" for r in range(9, 21))
_FIRST_PERSON = frozenset({"i", "we", "my", "our"})
_TRUCE_CODE = "0871"
_FORCE_SECTORS = frozenset({"MIL", "COP"})
# Offers (03), aid (06, 07), yielding (08), posture (15) and cuts (16): what moves here are
# the source's own forces; the other party is where they go or whom the aid was for.
_MOVED_FORCE_ROOTS = frozenset({"03", "06", "07", "08", "15", "16"})
_IN = frozenset({"in"})
_ANY_PREP = frozenset({"for", "of", "in", "to", "with", "against", "on", "into", "over"})


def verb_targets(verb: Token, code: str, consumed: frozenset[str],
                 lookup: ActorLookup, sources: tuple[Actor, ...] = (), reverse: bool = False,
                 particles: frozenset[str] = frozenset()) -> tuple[list[Actor], bool]:
    """Target actors of ``verb`` and whether they came from a "between X and Y" pair.

    Candidates are tried in order (objects, prepositional objects, the addressee of a
    "that" clause, the complement's targets); the first with a located actor (one with a
    country or group code) wins, else the first non-empty one. Prepositions on the object
    count only when the pattern consumed the object ("held talks with X"); otherwise
    "defended its strikes on Iraq" would make Iraq the target of "defended". The
    prepositions the pattern itself declares (``particles``: "stands behind X") introduce
    a target too.
    """
    if code[:2] in TOPIC_TARGET_ROOTS:
        lookup = topic_aware(lookup)
    if code in _POPULATION_CODES:
        people = _population(verb, lookup, sources)
        if people:
            return people, False
    fallback: tuple[list[Actor], bool] = ([], False)
    own: tuple[list[Actor], bool] = ([], False)
    home: tuple[list[Actor], bool] = ([], False)
    for found, between in _target_candidates(verb, code, consumed, lookup, reverse,
                                             particles, sources):
        # "put limits on its own job market for EU workers": the source's own
        # things are no target.
        found = [a for a in found if a not in sources]
        if found and all(_home_country(a, sources) for a in found):
            # "lifted the US embargo on arms sales to Vietnam": the source's own country
            # named bare makes no dyad (the stage drops it); a later located party wins.
            home = home if home[0] else (found, between)
            continue
        if home[0] and not any(a.country and all(s.country != a.country for s in sources)
                               for a in found):
            if found and not fallback[0]:
                fallback = (found, between)  # a named party after it: no domestic force
            continue  # only a party of another country replaces it
        if found and all(_own_forces(a, sources, code) for a in found):
            # "will withdraw all U.S. troops from Afghanistan", "sent its soldiers to
            # Poland": the source's own forces are moved; the target is where they go.
            own = own if own[0] else (found, between)
            continue
        if any(tree.is_located(a) for a in found):
            return found, between
        if found and not fallback[0]:
            fallback = (found, between)
    if home[0]:
        if code[:2] in FORCE_ROOTS and all(a.sector == _CIVILIANS for a in fallback[0]) \
                and not _struck_itself(verb, home[0], lookup):
            # "Iraqi troops seized a mosque in Mosul", "shelled villages in X": force used
            # in a place of one's own country on things or unnamed people is aimed at the
            # place's people, as ICEWS codes domestic force (Citizen (<country>)); the bare
            # country made no dyad. Not "attacked coalition forces at Erbil": a party
            # without a country was named.
            return _home_victims(home[0], sources), home[1]
        return home
    if own[0] and not fallback[0]:
        return own
    if code[:2] in FORCE_ROOTS and not any(tree.is_located(a) for a in fallback[0]):
        # "killed nine people when a bomb went off at a bus stop in Kabul": unnamed victims
        # are of the place where the force was used (CAMEO's location convention).
        places = [a for a in _clause_places(verb, lookup) if a not in sources]
        if places:
            return places, False
    return fallback


def _population(verb: Token, lookup: ActorLookup, sources: tuple[Actor, ...]) -> list[Actor]:
    """The people a state of emergency or a curfew is declared over (or lifted from): people
    named after on/upon ("a curfew on Palestinians"), else those of the place named
    ("ordered a curfew in the hill district", "a curfew on Basra"), else those of the
    declaring government's (army's, police's) own country. The object ("a state of
    emergency") is no party, though the actors stage may read "state" as a government."""
    objs = [c for c in children(verb) if c.dep_ == "dobj"]
    named = ""  # a place written in the text that the lookup placed nowhere ("in Tarija")
    for head in [*objs, verb]:
        for prep, pobj in tree.pobjs(head, _POPULATION_PREPS):
            # "in parts of Kashmir": a part of a place (cues ``quantity``); not "on the
            # orders of X", whose "of" phrase names an owner.
            nodes = [pobj, *(g for _, g in tree.pobjs(pobj, frozenset({"of"}))
                             if pobj.lemma_.lower() in cues("quantity"))]
            found = [a for n in nodes for a in _place_or_actors(lookup, prep, n) if a.country]
            people = [a for a in found if a.sector and a.sector not in _STATE_SECTORS]
            if people and prep != "in":
                return people  # "a curfew on Palestinians"
            # After "on", a named place, not a thing's owner ("on the orders of X").
            places = found if prep == "in" else [
                a for n in nodes if n.pos_ == "PROPN" or n.ent_type_ in _PLACE_ENTS
                for a in _place_or_actors(lookup, prep, n) if a.country]
            if places:
                return [_people_of(places[0].country or "", phrase_text(pobj))]
            if not named and any(n.ent_type_ in _PLACE_ENTS for n in nodes):
                named = phrase_text(pobj)
    own = {s.country for s in sources if s.country and s.sector in _STATE_SECTORS}
    return [_people_of(c, named or c) for c in sorted(own)]


def _people_of(country: str, place: str) -> Actor:
    """The people of ``place`` (named as written: the phrase is their mention)."""
    return Actor(name=place, country=country, code=country + _CIVILIANS, sector=_CIVILIANS,
                 evidence=(f"the people of {place}, where the measure applies",))


def _own_forces(actor: Actor, sources: tuple[Actor, ...], code: str) -> bool:
    """Armed forces of a source's own country (not a military source's: "U.S. forces
    fired on U.S. forces" keeps its target). Forces of no country that a named source
    sends, moves, offers or cuts ("is willing to withdraw its troops from X", "mobilized
    troops", "suspended military aid to X") are its own too: only force and verbal
    conflict are done to unnamed troops ("killed 26 soldiers", "accused police"). A
    named force (a UN mission) is a party of its own."""
    if actor.sector not in _FORCE_SECTORS:
        return False
    if not tree.is_located(actor):
        return code[:2] in _MOVED_FORCE_ROOTS and any(
            tree.is_located(s) and s.sector not in _FORCE_SECTORS for s in sources)
    return actor.sector == "MIL" and bool(actor.country) and any(
        s.country == actor.country and s.sector != "MIL" for s in sources)


def _home_country(actor: Actor, sources: tuple[Actor, ...]) -> bool:
    """The bare country of a source: no party to its own event."""
    return bool(actor.country) and actor.code == actor.country and any(
        s.country == actor.country for s in sources)


def _clause_places(verb: Token, lookup: ActorLookup) -> list[Actor]:
    """Located actors of "in"/"at" phrases on the verb or on its adverbial clauses."""
    heads = [verb, *(c for c in children(verb) if c.dep_ == "advcl")]
    for head in heads:
        for prep, pobj in tree.pobjs(head, PLACE_PREPS):
            found = [a for a in _place_or_actors(lookup, prep, pobj) if tree.is_located(a)]
            if found:
                return found
    return []


def _np_lemmas(obj: Token) -> frozenset[str]:
    """The object's head and its "of" noun: "dollars of aid" is aid."""
    out = {obj.lemma_.lower()}
    for _, pobj in tree.pobjs(obj, frozenset({"of"})):
        out.add(pobj.lemma_.lower())
    return frozenset(out)


def _target_preps(code: str, consumed: frozenset[str], reverse: bool,
                  particles: frozenset[str] = frozenset()) -> frozenset[str]:
    """The prepositions that introduce a target for an event of ``code``; a pattern's own
    prepositions ("stand behind", "side with") always do."""
    preps = _TARGET_PREPS | particles | (
        PLACE_PREPS if code[:2] in PLACE_ROOTS or code in _VISIT_CODES else frozenset())
    if code[:2] == STATEMENT_ROOT:
        # "released a statement on the anniversary of Ukraine's independence": a
        # statement's "on"/"over" phrase is its topic; it is addressed "to" someone.
        preps -= _TOPIC_PREPS
    if code[:2] in _FROM_ROOTS or code in _FROM_CODES or (reverse and consumed) \
            or code[:2] == _APPEAL_ROOT or (code[:2] in _OFFERED_ROOTS and consumed):
        # "withdraw its troops from Lebanon", "expel from", "received a delegation from X";
        # a reversed pattern's "from" names its doer ("received a loan from X")
        preps |= {"from"}
    if code[:2] in _BENEFIT_ROOTS and consumed:
        preps |= {"for"}  # "provide aid for Romania": the pattern's object has a beneficiary
    return preps


def _target_candidates(verb: Token, code: str, consumed: frozenset[str],
                       lookup: ActorLookup, reverse: bool = False,
                       particles: frozenset[str] = frozenset(), sources: tuple[Actor, ...] = ()
                       ) -> Iterator[tuple[list[Actor], bool]]:
    preps = _target_preps(code, consumed, reverse, particles)
    first = _first_person(verb)
    objs = _objects(verb, code, first)
    if verb.lemma_.lower() in cues("topic_object"):
        # "discussed the Houthi detention of UN staff", "Beijing's goal": a common-noun
        # object is the issue, its modifiers no party (one discusses issues with parties).
        topics = [o for o in objs if o.dep_ == "dobj" and o.pos_ == "NOUN"]
        objs = [o for o in objs if o not in topics]
        for topic in topics:
            # "discussed the attacks with X": the parser often hangs "with" on the issue.
            for _, pobj in tree.pobjs(topic, frozenset({"with"})):
                yield tree.actors_of(lookup, tree.group(pobj)), False
    for obj in objs:
        yield from _object_targets(obj, code, consumed, lookup)
    if code[:3] in _RESPONSE_CODES:
        yield from _charge_authors(verb, consumed, lookup)
        yield from _claimed_deed_targets(verb, consumed, lookup, sources)
    asked = for_addressee(verb) if code[:2] == _APPEAL_ROOT else None
    if asked is not None:
        # "called for Pakistan to reopen the border": the infinitive's doer is appealed to
        # (not "pushed for": PETRARCH's bare PUSH is a demand, no appeal).
        yield tree.actors_of(lookup, tree.group(asked)), False
    yield from _object_phrase_targets(verb, objs, code, consumed, preps, lookup)
    yield from _verb_phrase_targets(verb, code, preps, first, lookup)
    yield from _event_noun_targets(verb, objs, code, lookup)
    yield from _clause_targets(verb, code, consumed, lookup, objs, reverse)
    reading = object_reading(code)
    # Most codes read nothing below their object: the carriers are gathered only for those
    # that do (round 15's early return, lost when the noun reading came in round 16).
    if reading.reads_below:
        carriers = [c for c in children(verb) if c.dep_ == "dobj"] + _used_pobjs(verb, consumed)
        yield from object_clause_targets(verb, carriers, code, reading, consumed, lookup)
    yield from _summoned_addressees(verb, code, lookup)


# Speech acts addressed to someone: appeals, demands, disapproval, rejection, threats.
_SPOKEN_TO_ROOTS = _ADDRESSED_ROOTS - {"08"}


@cache
def _addressing_governors() -> frozenset[str]:
    return frozenset(row["lemma"] for _, row in data_rows("addressing_governors.tsv"))


def _summoned_addressees(verb: Token, code: str,
                         lookup: ActorLookup) -> Iterator[tuple[list[Actor], bool]]:
    """"summoned France's ambassador to complain about X": a speech act in the purpose
    infinitive of a governor that brings its object before the subject
    (``addressing_governors.tsv``; not "inspired Russians to demand", where the object
    speaks) is addressed to the governor's object."""
    if code[:2] not in _SPOKEN_TO_ROOTS or verb.dep_ not in {"xcomp", "advcl"} \
            or verb.head.lemma_.lower() not in _addressing_governors() \
            or controller(verb) is not None \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
        return
    for obj in (c for c in children(verb.head) if c.dep_ == "dobj" and c.i < verb.i):
        yield tree.actors_of(lookup, tree.group(obj)), False


def _objects(verb: Token, code: str, first: bool) -> list[Token]:
    """The verb's object nouns that may name its target."""
    objs = [c for c in children(verb) if c.dep_ in {"dobj", "iobj", "dative", "attr", "oprd"}
            or c == tree.misparsed_object(verb)] + tree.counted_object(verb) \
        + tree.small_clause_object(verb) + [g for g in [tree.gapped_object(verb)] if g is not None]
    # "I thank the members of our military", "we evacuate our citizens": one's own side
    # is no other party.
    objs = [o for o in objs if not (first and _ours(o))]
    if code[:2] == STATEMENT_ROOT:
        # "released the following statement ahead of the anniversary of Russia's invasion":
        # a common-noun object is what was said, and the actors named inside it are its
        # topic; the addressee is a named object or a "to" phrase ("told Iran").
        objs = [o for o in objs if o.pos_ != "NOUN"]
    return objs


def _object_targets(obj: Token, code: str, consumed: frozenset[str],
                    lookup: ActorLookup) -> Iterator[tuple[list[Actor], bool]]:
    """The actors an object names itself."""
    if code[:2] in STANCE_ROOTS and (rule := noun_rule(obj)) is not None \
            and rule.code != NO_EVENT and rule.code[:2] not in STANCE_ROOTS:
        # "condemned the bombing of Gaza by Israel", "praised the release of the
        # hostages": blame or praise of an event goes to its author; an "of" phrase the
        # event takes as its target is who suffered it, never the one blamed.
        owner = noun_owner(obj, lookup)
        if owner or "of" in rule.preps:
            yield owner, False
            return
    if not _names_the_event(obj, code, consumed):
        yield tree.actors_of(lookup, tree.group(obj)), False
    else:
        # "welcomed the visit of Pakistan's prime minister": only the noun's own owner is
        # dropped; its "of" phrase names the other party.
        for _, pobj in tree.pobjs(obj, frozenset({"of"})):
            yield tree.actors_of(lookup, tree.group(pobj)), False


def _charge_authors(verb: Token, consumed: frozenset[str],
                    lookup: ActorLookup) -> Iterator[tuple[list[Actor], bool]]:
    """Who made the charge a response (``_RESPONSE_CODES``) is about: the owner of the
    object the pattern used ("rejected Israel's accusations", "accusations by Israel"), its
    "from" phrase ("charges from X") or the agent of a participle on it ("accusations made
    by X"). Not what the charge is about ("denied accusations against its army")."""
    for obj in (c for c in children(verb) if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        if not _np_lemmas(obj) & consumed:
            continue
        yield noun_owner(obj, lookup), False
        for _, pobj in tree.pobjs(obj, frozenset({"from"})):
            yield tree.actors_of(lookup, tree.group(pobj)), False
        for clause in (c for c in children(obj) if c.dep_ == "acl" and c.tag_ == "VBN"):
            agent = tree.agent(clause)
            if agent is not None:
                yield tree.actors_of(lookup, tree.group(agent)), False
        if not tree.is_passive(verb):
            # "denied charges by X that ...": an active verb has no agent, so its "by"
            # phrase is the charge's, hung on the verb by the parser.
            for _, pobj in tree.pobjs(verb, _BY):
                yield tree.actors_of(lookup, tree.group(pobj)), False


@cache
def _liability_preps() -> dict[str, frozenset[str]]:
    return {row["lemma"]: frozenset(row["preps"].split("|"))
            for _, row in data_rows("liability_nouns.tsv")}


def _claimed_deeds(verb: Token, consumed: frozenset[str]) -> list[Token]:
    """The event nouns naming the deed a responsibility is claimed or denied for: in a
    "for" phrase of the verb or of the object the pattern used, in the phrase of a noun of
    one's share in a deed (``liability_nouns.tsv``: "denied involvement in the raid"),
    or the used object itself when it is force ("denied the attack on X")."""
    objs = [c for c in children(verb) if c.dep_ == "dobj"]
    heads = [(verb, _FOR), *((o, (_FOR if _np_lemmas(o) & consumed else frozenset())
                              | _liability_preps().get(o.lemma_.lower(), frozenset()))
                             for o in objs)]
    deeds = [deed for head, preps in heads for _, deed in tree.pobjs(head, preps)]
    return deeds + [o for o in objs if o.lemma_.lower() in consumed and (
        (rule := noun_rule(o)) is not None and rule.code[:2] in MATERIAL_CONFLICT_ROOTS)]


def _claimed_deed_targets(verb: Token, consumed: frozenset[str], lookup: ActorLookup,
                          sources: tuple[Actor, ...]) -> Iterator[tuple[list[Actor], bool]]:
    """Whom the deed a responsibility is claimed (or denied) for was done to: "claimed
    responsibility for Friday's attack on X", "for two bombings in X", "for raids that
    killed X" (the deeds: ``_claimed_deeds``); the deed's own target prepositions name
    the target, force the place it struck (its people in the claimant's own country:
    ``_home_victims``), a relative clause on it whom it hit."""
    for deed in _claimed_deeds(verb, consumed):
        rule = noun_rule(deed)
        if rule is None or rule.code == NO_EVENT:
            continue
        yield from _nested_targets(deed, lookup)
        force = rule.code[:2] in PLACE_ROOTS
        if force:
            yield from ((_home_victims(found, sources), False)
                        for found in places_below(lookup, deed))
        for clause in (c for c in children(deed) if c.dep_ == "relcl"):
            for act in (clause, *(c for c in children(clause) if c.dep_ == "conj")):
                for obj in (c for c in children(act) if c.dep_ == "dobj"):
                    yield tree.actors_of(lookup, tree.group(obj)), False
                if force:
                    yield from ((found, False) for found in places_below(lookup, act))


def _struck_itself(verb: Token, found: list[Actor], lookup: ActorLookup) -> bool:
    """"Afghan rebels attacked Kabul": the home place is itself the object, a country
    acting on its own territory (no dyad, ``stage._no_dyad``); only a place where things
    or unnamed people were struck stands for its people."""
    return any(a in found for o in children(verb) if o.dep_ == "dobj"
               for a in tree.actors_of(lookup, tree.group(o)))


def _home_victims(found: list[Actor], sources: tuple[Actor, ...]) -> list[Actor]:
    """"claimed responsibility for the bombing in <a city of its own country>": the place
    named bare would make no dyad (the stage drops a sector acting on its own country);
    the claim answers for what was done to the place's people, as force on unnamed victims
    in a place is force on that place (CAMEO's location convention) and a curfew there is
    put on its people."""
    return [_people_of(a.country or "", a.name) if _home_country(a, sources) else a
            for a in found]


def _object_phrase_targets(verb: Token, objs: list[Token], code: str,
                           consumed: frozenset[str], preps: frozenset[str],
                           lookup: ActorLookup) -> Iterator[tuple[list[Actor], bool]]:
    """Targets in the prepositional phrases of the objects."""
    place = code[:2] in PLACE_ROOTS
    # "destroyed three drones and one vehicle in Yemen": the place may hang on a conjunct;
    # "provided a significant amount of assistance to Ukraine": the phrase hangs on the
    # noun counted by a quantity; "came under attack from X": on the pattern's own noun
    # in a phrase of the verb.
    conjuncts = [o for head in objs for o in tree.group(head)]
    counted = [c for o in conjuncts if (c := tree.counted_noun(o)) != o]
    for obj in [*conjuncts, *counted, *_used_pobjs(verb, consumed)]:
        # The object's own prepositions count when the pattern used the object or the
        # preposition ("held talks with X", "break off relations with X"), and for force
        # used on unnamed objects, the place ("destroyed vehicles in Yemen").
        # "support for Israel", "aid for Romania": a used object's beneficiary.
        used = _np_lemmas(obj) & consumed
        allowed = preps if used else preps & (
            consumed | (PLACE_PREPS if place else frozenset()))
        if used and _truce(obj):
            allowed |= _IN  # "agreed to a ceasefire in X": the war it halts is in X
        for prep, pobj in tree.pobjs(obj, allowed):
            yield _place_or_actors(lookup, prep, pobj), prep in {"between", "among"}
            if used:
                # "lifted sanctions on exports to Iran": the addressee one phrase deeper.
                for deeper, inner in tree.pobjs(pobj, allowed):
                    yield tree.actors_of(lookup, tree.group(inner)), deeper in {"between", "among"}


def _truce(noun: Token) -> bool:
    """A truce noun (its noun rule is CAMEO 0871: ceasefire, truce, armistice): agreed or
    kept with the side fighting in the place it covers, not held in a venue as talks are."""
    rule = noun_rule(noun)
    return rule is not None and rule.code == _TRUCE_CODE


def _verb_phrase_targets(verb: Token, code: str, preps: frozenset[str], first: bool,
                         lookup: ActorLookup) -> Iterator[tuple[list[Actor], bool]]:
    """Targets in the verb's own prepositional phrases."""
    if code[:2] == "11":
        # "complained to the UN over Israeli raids": the complaint is about Israel.
        for _, pobj in tree.pobjs(verb, _ABOUT_PREPS):
            yield tree.actors_of(lookup, tree.group(pobj)), False
    place = code[:2] in PLACE_ROOTS
    for prep, pobj in tree.pobjs(verb, preps):
        if first and _ours(pobj):
            continue
        yield _place_or_actors(lookup, prep, pobj), prep in {"between", "among"}
        if place:
            for found in places_below(lookup, pobj):
                yield found, False


def _event_noun_targets(verb: Token, objs: list[Token], code: str,
                        lookup: ActorLookup) -> Iterator[tuple[list[Actor], bool]]:
    """Targets named through an event noun the verb governs."""
    if code[:2] in STANCE_ROOTS:
        # "acknowledged the roles played by Israel and Qatar", "condemned the attacks
        # carried out by militias": praise or blame goes to who did what is named, also
        # in a later conjunct ("condemned the raids and the threats made by X").
        for obj in (o for head in objs for o in tree.group(head)):
            for act in (c for c in children(obj) if c.dep_ == "acl"):
                agent = tree.agent(act)
                if agent is not None:
                    yield tree.actors_of(lookup, tree.group(agent)), False
        return
    # "mobilized reservists for a war against Iraq", "tighten the blockade of Serbia":
    # an event noun in the verb's phrase names the target of its own event.
    for _, pobj in tree.pobjs(verb, _ANY_PREP):
        objs.append(pobj)
    for obj in objs:
        yield from _nested_targets(obj, lookup)


def _names_the_event(obj: Token, code: str, consumed: frozenset[str]) -> bool:
    """An object that is the pattern's own event noun, of the event's root ("emphasized the
    U.S. commitment to the people of Yemen", "relay Ukraine's gratitude to the American
    people"): its modifiers and the things listed with it name its owner and topics, not
    the other party, who stands in its own phrase ("to the people of Yemen"). Not a
    stance on another event ("condemned Russia's invasion": the invasion is no 11), nor a
    joint event, whose owner is a party ("attended a meeting hosted by X")."""
    if obj.lemma_.lower() not in consumed:
        return False
    rule = noun_rule(obj)
    return rule is not None and rule.code != NO_EVENT and rule.code[:2] == code[:2] \
        and not rule.joint


def _used_pobjs(verb: Token, consumed: frozenset[str]) -> list[Token]:
    """Nouns of the verb's prepositional phrases that the pattern used ("came under
    attack", "engaged in talks"): their own prepositions name the other party."""
    return [pobj for prep in children(verb) if prep.dep_ == "prep" and not tree.is_when(prep)
            for pobj in children(prep) if pobj.dep_ == "pobj" and _np_lemmas(pobj) & consumed]


def _first_person(verb: Token) -> bool:
    subj = tree.subject(verb)[0]
    return subj is not None and subj.lower_ in _FIRST_PERSON


def _ours(obj: Token) -> bool:
    """A phrase owned by the first person ("our military", "the members of our military",
    "my colleagues")."""
    heads = [obj, *(p for _, p in tree.pobjs(obj, frozenset({"of"})))]
    # Not "our allies", "our partners": the other party of a relation (cues relational_noun).
    return any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON for h in heads for c in children(h)
               if h.lemma_.lower() not in cues("relational_noun"))


_BY = frozenset({"by"})
_COMPLEMENTS = frozenset({"dobj", "iobj", "dative", "attr", "oprd", "ccomp", "xcomp"})


def _clause_targets(verb: Token, code: str, consumed: frozenset[str], lookup: ActorLookup,
                    objs: list[Token], reverse: bool) -> Iterator[tuple[list[Actor], bool]]:
    """Targets found in the verb's clauses and, without an object of its own (``objs``,
    including the event nouns of its phrases), in the object of a coordinated verb."""
    yield from _condition_doers(verb, condition_marks(verb, code), lookup)
    for comp in children(verb):
        if comp.dep_ == "ccomp" and (code[:2] in _ADDRESSED_ROOTS or (
                code.startswith(_PRAISE_CODE) and verb.lemma_.lower() not in cues("speech"))):
            subj = next((c for c in children(comp) if c.dep_ in tree.SUBJ), None)
            if subj is not None:
                yield tree.actors_of(lookup, tree.group(subj)), False
        if comp.dep_ in {"ccomp", "xcomp"} and code[:3] in _RESPONSE_CODES \
                and comp.lemma_.lower() in consumed:
            # "claimed that they had attacked X", "claimed to have attacked X": the
            # claimed deed's own target.
            yield from _target_candidates(comp, _deed_code(comp, code), consumed, lookup)
        if comp.dep_ == "advcl" and _threat(verb, code) and _conditional(comp):
            # "threatened to strike unless Israel rescinded ...": the condition's subject
            # is who is threatened.
            subj = next((c for c in children(comp) if c.dep_ in tree.SUBJ), None)
            if subj is not None:
                yield tree.actors_of(lookup, tree.group(subj)), False
        if comp.dep_ == "xcomp" and controller(comp) is None \
                and not topic_complement(verb, comp, code, lookup):
            # Not "asked this body to give these families peace": one appeals to the
            # object, not to the object's own targets.
            yield from _target_candidates(comp, code, consumed, lookup, reverse)
    if not objs:
        # "Iran condemned and rejected the decision": coordinated verbs share the object
        # written after the last of them; not when the verb has an object of its own and
        # the partner's object is whom it asks to act ("noted concern ... and urged the UN
        # to act": the statement's topic, dropped from ``objs``, is its own object).
        own = _own_complement(verb)
        for conj in (c for c in children(verb) if c.dep_ == "conj" and c.pos_ == "VERB"
                     and not any(g.dep_ in tree.SUBJ for g in children(c))
                     and not (own and any(g.dep_ == "xcomp" for g in children(c)))):
            for obj in (g for g in children(conj) if g.dep_ == "dobj"):
                yield tree.actors_of(lookup, tree.group(obj)), False


def _deed_code(deed: Token, code: str) -> str:
    """The code of a claimed deed's own pattern (its prepositions of force: "attacked
    targets in X"), else the claim's."""
    own = pattern_of(deed, None)
    return own.pattern.code if own is not None else code


def _condition_doers(verb: Token, marks: frozenset[str],
                     lookup: ActorLookup) -> Iterator[tuple[list[Actor], bool]]:
    """The subjects of the conditions on ``verb`` opened by ``marks`` ("will not lift the
    curbs on trade until X frees the sailors": the refusal is aimed at whoever must act
    first); an infinitive's condition may hang on its governor ("refused to resume talks
    unless X apologised")."""
    if not marks:
        return
    heads = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    for comp in (c for head in heads for c in children(head) if c.dep_ == "advcl"):
        mark = next((m for m in children(comp) if m.dep_ == "mark" and m.lower_ in marks), None)
        subj = next((c for c in children(comp) if c.dep_ in tree.SUBJ), None)
        # The subject opens the clause; a parse that puts words between the mark and it
        # has lost the clause (a speaker's name read as the subject of a misparsed verb).
        if mark is not None and subj is not None and subj.left_edge.i == mark.i + 1:
            yield tree.actors_of(lookup, tree.group(subj)), False


@cache
def _condition_table() -> dict[str, frozenset[str]]:
    return {row["root"]: frozenset(row["marks"].split("|"))
            for _, row in data_rows("condition_targets.tsv")}


def condition_marks(verb: Token, code: str) -> frozenset[str]:
    """The marks of a condition whose subject is the target of ``verb``'s event of ``code``
    (``condition_targets.tsv``; none for an unlisted root). A refused deed ("will not lift
    the embargo", "refused to resume talks") is coded as a refusal (12) after its targets
    are found, so it reads the refusal's row."""
    table = _condition_table()
    marks = table.get(code[:2], frozenset())
    return marks | table.get(_REFUSAL_ROOT, frozenset()) if _refused(verb, code) else marks


_REFUSAL_ROOT = "12"


def _refused(verb: Token, code: str) -> bool:
    """A deed with a refusal code (cues map ``refusal``), negated or under a refusal
    governor."""
    if remap("refusal", code) is None:
        return False
    governor = verb.head.lemma_.lower() if verb.dep_ == "xcomp" else ""
    return governor in cues("refusal") or any(c.dep_ == "neg" for c in children(verb))


def _own_complement(verb: Token) -> bool:
    return any(c.dep_ in _COMPLEMENTS for c in children(verb))


def _threat(verb: Token, code: str) -> bool:
    """A threat, or a deed under a threat governor ("threatened to hold a strike")."""
    gov = verb.head.lemma_.lower() if verb.dep_ == "xcomp" else ""
    return code[:2] == _THREAT_ROOT or gov in cues("threat")


def _place_or_actors(lookup: ActorLookup, prep: str, pobj: Token) -> list[Actor]:
    """Actors of a prepositional object; after "in"/"at" a named city is the place, not its
    government or people ("attacked coalition forces at Erbil" is no attack on either)."""
    found = tree.actors_of(lookup, tree.group(pobj))
    if prep not in PLACE_PREPS:
        return found
    return [replace(a, code=a.country, sector=None, role=None)
            if a.country and a.sector in _PLACE_SECTORS and pobj.pos_ == "PROPN" else a
            for a in found]


def places_below(lookup: ActorLookup, thing: Token) -> Iterator[list[Actor]]:
    """"fired shells at targets in Jericho", "strikes on targets in Iraq": force on things
    is force on the place they are in."""
    for prep, where in tree.pobjs(thing, PLACE_PREPS):
        yield _place_or_actors(lookup, prep, where)


def _conditional(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in cues("hypothetical") for c in children(clause))


def _nested_targets(obj: Token, lookup: ActorLookup) -> Iterator[tuple[list[Actor], bool]]:
    """The target of an event noun ("war against Iraq") standing in a verb's phrase."""
    rule = noun_rule(obj)
    if rule is None or rule.code == NO_EVENT:
        return
    for prep, pobj in tree.pobjs(obj, rule.preps - PLACE_PREPS):
        yield tree.actors_of(lookup, tree.group(pobj)), prep in {"between", "among"}
