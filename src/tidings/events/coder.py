"""A dependency-based CAMEO coder over one spaCy sentence.

For each event word (a verb matched by a pattern, or a nominal event such as "talks with"
or "strikes on") it finds the source (subject, or the agent of a passive; inherited by
``xcomp``/``conj`` verbs and relative clauses) and the targets (object, prepositional
object, or the other members of a "between X and Y" pair), and returns one
:class:`RawEvent` per (source actor, target actor) pair. Actors are looked up through an
:class:`ActorLookup`, so the coder knows nothing about how names become actors.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import combinations

from spacy.tokens import Span, Token

from tidings.events import syntax as tree
from tidings.events.control import controller, for_addressee, joined_in, partner
from tidings.events.cues import cues, remap
from tidings.events.indirect import indirect_targets, purpose_clause
from tidings.events.issuers import joint_pledge, statement_issuers
from tidings.events.owners import (
    clause_subject,
    is_thing,
    light_relative,
    noun_owner,
    possessed_patient,
    relative_doer,
    subject_actors,
)
from tidings.events.patterns import (
    NO_EVENT,
    NounRule,
    PatternMatch,
    VerbTable,
    match_verb,
    noun_rules,
    verb_lemma,
)
from tidings.events.refusals import stated_refusal
from tidings.events.senses import sensed, sensed_noun
from tidings.events.targets import (
    CONFLICT_ROOTS,
    FORCE_ROOTS,
    MATERIAL_CONFLICT_ROOTS,
    PLACE_PREPS,
    PLACE_ROOTS,
    STANCE_ROOTS,
    STATEMENT_ROOT,
    modifier_code,
    noun_rule,
    places_below,
    verb_targets,
)
from tidings.events.timing import Flags, verb_flags
from tidings.records import Actor

__all__ = ["ActorLookup", "RawEvent", "clause_doers", "code_sentence", "noun_rule",
           "subject_actors", "undergoes"]

ActorLookup = tree.ActorLookup
_subject = tree.subject  # used by benchmarks/events.py --errors
_SUBJ = tree.SUBJ
_PASS_SUBJ = tree.PASS_SUBJ

_CLAUSAL = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "ccomp", "advcl", "conj", "cc",
                      "punct", "parataxis", "relcl", "mark", "aux", "auxpass", "neg", "xcomp",
                      "acl", "appos"})
_MEDIATE = "045"
_DEPTH = 3
_SPEECH_ACT_ROOTS = frozenset({"01", "02", "05"})
# Verbal cooperation and verbal conflict (quad classes 1 and 3) plus investigation.
_VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"})


@dataclass(frozen=True)
class RawEvent:
    source: Actor
    target: Actor | None  # None: only usable as the object of a reported accusation
    code: str
    anchor: Token
    pattern: str
    flags: Flags
    words: tuple[int, ...] = ()  # token indices of the event phrase
    consumed: frozenset[str] = frozenset()  # context lemmas the pattern used
    extra: dict[str, str] = field(default_factory=dict, compare=False)


def _context(tok: Token, skip: frozenset[str]) -> Iterator[Token]:
    frontier = [(c, 1) for c in tok.children if c.dep_ not in skip and not tree.is_when(c)]
    while frontier:
        node, depth = frontier.pop()
        yield node
        if depth < _DEPTH:
            frontier.extend((c, depth + 1) for c in node.children
                            if c.dep_ not in {"relcl", "ccomp", "advcl", "punct", "acl"})


def _lemmas(tokens: Iterator[Token]) -> frozenset[str]:
    out: set[str] = set()
    for t in tokens:
        out.add(t.lemma_.lower())
        out.add(t.lower_)
    return frozenset(out)


def _pairs(sources: list[Actor], targets: list[Actor],
           between: bool) -> list[tuple[Actor, Actor | None]]:
    if between and not sources:
        return [(a, b) for a, b in combinations(targets, 2) if a != b]
    if not targets and len(sources) > 1:
        return [(a, b) for a, b in combinations(sources, 2) if a != b]
    if not targets:
        return [(s, None) for s in sources]
    if between:
        # "strengthen the ties between the Israeli and American people": the source's own
        # country is its own side of the pair, not a target.
        own = {s.country for s in sources if s.country}
        targets = [t for t in targets if t.country not in own] or targets
    return [(s, t) for s in sources for t in targets if s != t]


def _governor_intent(verb: Token) -> tuple[Token | None, bool]:
    """The governor of an xcomp, and whether it marks intent ("prepared to", "vowed to");
    a noun of intent with an infinitive ("America's determination to help Taiwan")."""
    if tree.infinitival_acl(verb) and verb.head.lemma_.lower() in cues("intent_noun"):
        return verb.head, True
    gov = tree.intent_complement(verb)
    if gov is not None:
        return gov, True  # "is committed to supporting Ukraine"
    if verb.dep_ != "xcomp" or controller(verb) is not None:
        return None, False  # "urged Iran to release": the deed is no intent of the urger
    gov = verb.head
    return gov, gov.lemma_.lower() in cues("intent")


def _particles(verb: Token) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(free, bound) particle candidates of ``verb``. Free: ``prt`` children and the
    prepositions on the verb. Bound (to the object lemmas they go with): an adverb particle
    (cues ``adverb_particle``) heading its own object after the verb's direct object, which
    is an adjunct unless the pattern uses that object ("gave grants to farmers in Kenya",
    "took a swipe at X over Y"; a split particle without an object, "forced UNHCR out of
    the country", stays free), and the prepositions the parser hangs on the direct object
    ("took a jab at Iran": "at" under "jab")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    free: set[str] = set()
    bound: dict[str, set[str]] = {}
    for c in verb.children:
        if c.dep_ not in {"prt", "prep", "agent"} or tree.is_when(c):
            continue
        before = {o.lemma_.lower() for o in objs if o.i < c.i}
        if c.dep_ == "prep" and before and c.lower_ in cues("adverb_particle") \
                and any(g.dep_ == "pobj" for g in c.children):
            bound.setdefault(c.lower_, set()).update(before)
        else:
            free.add(c.lower_)
    for obj in objs:
        for c in obj.children:
            if c.dep_ == "prep" and not tree.is_when(c):
                bound.setdefault(c.lower_, set()).add(obj.lemma_.lower())
    if for_addressee(verb) is not None:
        free.add("for")  # "called for Pakistan to reopen": "for" marks the infinitive
    return frozenset(free), {p: frozenset(v) for p, v in bound.items() if p not in free}


def _match(verb: Token, table: VerbTable | None) -> PatternMatch | None:
    particles, bound = _particles(verb)
    before = _lemmas(t for c in verb.children if c.dep_ in _SUBJ | _PASS_SUBJ for t in c.subtree)
    # The modals of a reported clause ("said that Sudan must return ...") make the
    # speech act a demand; they are the only part of a "that" clause a pattern may see.
    modals = (a for c in verb.children if c.dep_ == "ccomp" for a in c.children
              if a.dep_ == "aux")
    after = _lemmas(_context(verb, _CLAUSAL)) | _lemmas(modals)
    gap = tree.gapped_object(verb)
    if gap is not None:
        after |= _lemmas(iter([gap]))  # "the support they received from Iran"
    adj = tree.small_clause(verb)
    if adj is not None:
        # "holds Pakistan responsible": the object complement the parser made a clause.
        after |= _lemmas(iter([adj]))
    match = match_verb(verb_lemma(verb), particles, before, after, table, bound)
    return None if match is None or match.pattern.code == NO_EVENT else match


_INTENT_ROOT = "03"  # express intent to cooperate


def _wrapped_code(verb: Token, code: str, flags: Flags) -> tuple[str, Token | None, str]:
    """The deed's code re-coded by its governor: refusal (12), threat (13), intent (03)."""
    gov, intent = _governor_intent(verb)
    gov_lemma = gov.lemma_.lower() if gov is not None else ""
    if gov_lemma in cues("refusal"):
        return remap("refusal", code) or code, gov, gov_lemma
    if gov_lemma in cues("threat") and code[:2] not in CONFLICT_ROOTS:
        # "vowed to support Ukraine", "warned it would stand by Israel": a pledge to
        # cooperate is intent (03); CAMEO's threats (13) announce conflictual acts.
        return remap("intent", code) or code, gov, gov_lemma
    if gov_lemma in cues("threat"):
        intended = remap("intent", code)
        return (intended if intended and intended.startswith("13") else "130"), gov, gov_lemma
    if intent or flags.future:
        return remap("intent", code) or code, gov, gov_lemma if intent else ""
    return code, gov, ""


def _object_modified(verb: Token, match: PatternMatch) -> str:
    """The pattern's code, re-coded by a modifier of the object noun it used ("carried out
    a terrorist attack": 180, as the noun alone is)."""
    code = match.pattern.code
    for obj in (c for c in verb.children if c.dep_ == "dobj"
                and c.lemma_.lower() in match.words):
        found = modifier_code(obj, code)
        if found is not None:
            return found[0]
    return code


def _performative(verb: Token, code: str) -> bool:
    """A speech act under a polite "would like to" (cues ``performative``) is done by
    saying it: thanks, praise, welcome, appeals (roots 01, 02, 05)."""
    gov = verb.head
    return verb.dep_ == "xcomp" and code[:2] in _SPEECH_ACT_ROOTS \
        and gov.lemma_.lower() in cues("performative") \
        and any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in gov.children)


def _threatened_consequence(verb: Token, code: str, flags: Flags) -> bool:
    """A use of force or sanctions (roots 14-20) whose own clause has an "if"/"unless"
    condition, neither negated nor asked nor itself inside a condition."""
    if code[:2] not in MATERIAL_CONFLICT_ROOTS or flags.negated \
            or verb.sent.text.rstrip().rstrip('"\u201d').endswith("?"):
        return False
    marks = cues("hypothetical") - {"whether", "should"}
    if tree.under_condition(verb, marks):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks
                                         for m in c.children) for c in verb.children)


def _borrowed_force(verb: Token, code: str) -> bool:
    """A participle of force that borrows its subject from a governor that is no use of
    force ("the team released the report amid a surge in attacks, killing hundreds"):
    whoever killed is not the governor's subject. "Jets struck the camp, killing ten"
    keeps it."""
    if code[:2] not in PLACE_ROOTS or verb.dep_ != "advcl" or verb.tag_ != "VBG" \
            or any(c.dep_ in _SUBJ | _PASS_SUBJ for c in verb.children):
        return False
    gov = _match(verb.head, None)
    if gov is not None and gov.pattern.code[:2] in CONFLICT_ROOTS:
        return False
    return not any(c.dep_ in {"dobj", "pobj"} and c.lemma_.lower() in noun_rules()
                   and noun_rules()[c.lemma_.lower()].code[:2] in PLACE_ROOTS
                   for c in verb.head.children)


def _participants(verb: Token, match: PatternMatch,
                  lookup: ActorLookup) -> list[tuple[Actor, Actor | None]]:
    if _borrowed_force(verb, match.pattern.code):
        return []
    subj, passive = tree.subject(verb)
    agent = tree.agent(verb)
    if passive and agent is None and verb.lemma_.lower() in cues("stative_passive"):
        passive = False  # "Israel is opposed to French mediation": Israel's own stance
    sources = tree.actors_of(lookup, tree.group(agent)) if agent is not None else []
    between = False
    if passive:
        targets = tree.actors_of(lookup, tree.group(subj)) if subj is not None else []
    elif match.words and match.words <= cues("modal"):
        sources = sources or subject_actors(subj, lookup)
        targets = _obliged(verb, lookup)
    else:
        sources = sources or subject_actors(subj, lookup) or statement_issuers(verb, lookup)
        # Prepositions follow the deed ("withdraw from"), not its intent/threat wrapper.
        targets, between = verb_targets(verb, match.pattern.code, match.words, lookup,
                                        tuple(sources), bool(match.pattern.reverse),
                                        _declared_preps(verb, match))
        if not targets:
            targets = _indirect(verb, match, lookup, tuple(sources))
    joint = partner(verb)
    if joint is not None and not passive:
        # "Germany joined France in imposing sanctions": both impose them.
        joined = tree.actors_of(lookup, tree.group(joint))
        if not any(tree.is_located(t) for t in targets):
            return []  # partners in a deed without a target are no dyad of each other
        sources = sources + [a for a in joined if a not in sources]
    if between and not sources and subj is not None and not passive:
        # "The violence has strained relations between Islamabad and Kabul": a subject
        # that is no actor describes a state of affairs, not a joint act of the pair.
        return []
    if match.pattern.reverse:
        sources, targets = targets, sources
    if len(sources) > 1 and not any(tree.is_located(t) for t in targets):
        if match.pattern.code[:2] == STATEMENT_ROOT:
            return []  # "Iraq and the United States announced ...": no statement to each other
        if match.pattern.code[:2] in CONFLICT_ROOTS and targets:
            # "Russia and China attacked the rebels": a deed of conflict aimed at an actor
            # (if one without a country) is done together, not to each other.
            return [(s, t) for s in sources for t in targets if s != t]
        targets = []  # "Jordan and Britain agreed to hold exercises": a joint event
    return _pairs(sources, targets, between)


def _indirect(verb: Token, match: PatternMatch, lookup: ActorLookup,
              sources: tuple[Actor, ...]) -> list[Actor]:
    """Targets one step beyond the objects (:mod:`tidings.events.indirect`); the purpose
    clause's own pattern tells help from a fight ("provided weapons to fight ISIS")."""
    purpose = purpose_clause(verb)
    own = _match(purpose, None) if purpose is not None else None
    return indirect_targets(verb, match.pattern.code, lookup, sources,
                            own.pattern.code if own is not None else None)


def _declared_preps(verb: Token, match: PatternMatch) -> frozenset[str]:
    """Prepositions the pattern names, as particles or as context words on the verb
    ("stand behind", "side with"): their objects are the targets."""
    named = frozenset(match.pattern.particles) | match.words
    on_verb = frozenset(c.lower_ for c in verb.children
                        if c.dep_ in {"prep", "prt", "dative"} and c.lower_ in named)
    # "took a jab at Iran": a pattern's particle may hang on the object it used (its
    # context words there stay the object's: "condemned the killing of X" blames no X).
    on_object = frozenset(g.lower_ for c in verb.children if c.dep_ == "dobj"
                          and c.lemma_.lower() in match.words for g in c.children
                          if g.dep_ == "prep" and g.lower_ in match.pattern.particles)
    return on_verb | on_object


def clause_doers(clause: Token, lookup: ActorLookup) -> list[Actor]:
    """Located actors who do ``clause``: its active subject or its passive agent; a
    first-person subject is nobody else's deed."""
    subj, passive = tree.subject(clause)
    doer = tree.agent(clause) if passive else subj
    if doer is None and passive and subj is not None:
        # "The Americans held by Iran must be released": who holds them is to release them;
        # also through a copula ("The Americans held by Iran are hostages who must be
        # released": the hostages are the subject's own noun).
        nouns = [subj, *(c for c in subj.head.children if c.dep_ in _SUBJ
                         and subj.dep_ in {"attr", "acomp"})]
        doer = next((a for n in nouns for c in n.children if c.dep_ in {"acl", "relcl"}
                     and (a := tree.agent(c)) is not None), None)
    if doer is None or doer.lower_ in {"i", "we"}:
        return []
    return [a for a in tree.actors_of(lookup, tree.group(doer)) if tree.is_located(a)]


def undergoes(verb: Token) -> bool:
    """A verb whose subject undergoes the deed ("should face sanctions", cues ``undergo``)
    or a copula stating what the subject is ("must always be our priority"; not "must be
    ready to mediate")."""
    if verb.lemma_.lower() in cues("undergo"):
        return True
    return verb.lemma_.lower() == "be" and not any(
        g.dep_ == "xcomp" for c in verb.children if c.dep_ in {"acomp", "attr"}
        for g in c.children)


def _obliged(verb: Token, lookup: ActorLookup) -> list[Actor]:
    """Who a "said that X must ..." demand is addressed to: the clause's subject, or the
    agent of a passive clause ("must be provided by the countries of the region"). Never
    the listener: "Qomi told reporters the region must ..." demands nothing of reporters."""
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        if undergoes(comp):
            continue  # "said the safety of Israel must be our priority": no one is asked
        if tree.subject(comp)[0] is not None:
            return clause_doers(comp, lookup)
    return []


def _carries_noun_event(verb: Token, match: PatternMatch) -> bool:
    """A light verb with no pattern for its object ("intensified attacks against X", "paid
    a visit to Y"): the object noun is the event, coded on its own."""
    if match.words or verb.lemma_.lower() not in cues("light"):
        return False
    return any(c.dep_ == "dobj" and (r := noun_rule(c)) is not None and r.code != NO_EVENT
               for c in verb.children)


def _code_verb(verb: Token, match: PatternMatch | None, lookup: ActorLookup,
               table: VerbTable | None = None) -> list[RawEvent]:
    match = sensed(verb, match)  # "attacked her record": another sense (senses.tsv)
    if match is None or (table is None and _carries_noun_event(verb, match)) \
            or joined_in(verb):
        return []
    flags = verb_flags(verb)
    gov = tree.intent_complement(verb)
    if gov is not None:
        # "is committed to supporting Ukraine": the complement has the governor's
        # modality, not that of a wish (which is how the flags read the "to" phrase).
        own = verb_flags(gov)
        flags = replace(own, negated=own.negated or flags.negated)
    if _performative(verb, match.pattern.code):
        # "I would like to thank President Tsai": the thanks is given now, not intended.
        flags = replace(flags, future=False, hypothetical=False)
    deed = _object_modified(verb, match)
    code, gov, wrapper = _wrapped_code(verb, deed, flags)
    if wrapper in cues("intent") and code == deed and deed[:2] != _INTENT_ROOT:
        # "committed to raising the issue with Israel": an intent with no intent row for
        # the deed (CAMEO 03 has none for disapproval) leaves the deed intended, not done.
        flags = replace(flags, hypothetical=True)
    refused = remap("refusal", match.pattern.code) if stated_refusal(verb, flags) \
        and not tree.under_condition(verb, cues("hypothetical")) else None
    if refused is not None:
        # "Iran will not negotiate with the United States": a stated refusal (CAMEO 12),
        # not a negated deed; refusals of force have no row and stay negated.
        code, flags = refused, replace(flags, negated=False, hypothetical=False)
    elif _threatened_consequence(verb, match.pattern.code, flags):
        # "If not, the United States should impose sanctions against the Tatmadaw",
        # "Iran would strike Israel if Israel attacked": force or sanctions made to
        # depend on a condition are a threat (13), stated now, not a hypothetical deed.
        code = remap("intent", code) or code
        flags = replace(flags, hypothetical=False)
    words = [verb.i] + [t.i for t in verb.children if t.dep_ in {"prt", "neg"}]
    if gov is not None:
        words.append(gov.i)
    extra = {"governor": wrapper} if wrapper else {}
    subj, passive = tree.subject(verb)
    if not passive and subj is not None and is_thing(subj) and code[:2] in _VERBAL_ROOTS:
        # "Chinese Communist Party policies threaten U.S. interests", "Russian attacks
        # endanger lives": things do not speak, so this is no threat of the owner's; a
        # speaker saying it still charges the owner (the stage keeps only that).
        extra["thing_subject"] = subj.text
    pattern = f"{match.pattern.id}@{match.pattern.source}"
    # "Iran and Pakistan vowed to fight terrorism": co-subjects of a pledged conflict act
    # pledge it together, against neither of them.
    return [RawEvent(s, t, code, verb, pattern, flags, tuple(sorted(words)), match.words, extra)
            for s, t in _participants(verb, match, lookup)
            if not joint_pledge(verb, code, wrapper, (s, t), lookup)]


def _noun_source(noun: Token, lookup: ActorLookup, code: str = "") -> list[Actor]:
    if code[:2] in PLACE_ROOTS:
        # "cross-border attacks from Lebanon into Israel": force comes from a place.
        for _, place in tree.pobjs(noun, frozenset({"from"})):
            found = [a for a in tree.actors_of(lookup, tree.group(place)) if tree.is_located(a)]
            if found:
                return found
    owner = noun_owner(noun, lookup) or relative_doer(noun, lookup)
    if owner:
        return owner
    if noun.dep_ == "pobj" and noun.head.lower_ in cues("elaboration"):
        # "launched 27 attacks on vessels ..., including direct attacks on U.S. sailors":
        # the listed event is one of the event it elaborates, by the same author.
        outer = next((a for a in noun.head.ancestors if a.pos_ == "NOUN"
                      and noun_rule(a) is not None), None)
        if outer is not None:
            return _noun_source(outer, lookup, code)
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if head.pos_ in {"VERB", "AUX"} and noun.dep_ in {"dobj", "pobj", "nsubjpass"} \
            and _lends_subject(head):
        # "NATO confirmed it would tighten the blockade": "it" is the speaker.
        return clause_subject(noun, lookup)
    return []


def _lends_subject(verb: Token) -> bool:
    """Whether the verb's subject does the event of its object noun: yes for light verbs
    ("held talks"), verbs without a pattern ("tightened the blockade") and deeds ("killed
    ten in attacks on Gaza"); no for what is said about it ("condemned the attack on
    Pakistan", "offered aid to Pakistan", "threatened a blockade")."""
    if verb.lemma_.lower() in cues("light"):
        return True
    match = _match(verb, None)
    return match is None or match.pattern.code[:2] not in _VERBAL_ROOTS


def _is_topic(noun: Token) -> bool:
    """"negotiations on an Israeli troop pullback": the pullback is what is talked about,
    also when the parser hangs the "on" phrase on the verb ("renewed negotiations today on
    a pullback")."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN":
        # "the planning and facilitation of ISIS attacks": what the other noun is about;
        # "a series of attacks on X" counts them.
        outer = prep.head.lemma_.lower()
        return outer not in cues("quantity") and outer not in noun_rules()
    if noun.dep_ != "pobj" or prep.lower_ not in {"on", "about", "over", "regarding"} \
            or any(c.dep_ == "poss" for c in noun.children):
        return False
    head = prep.head
    if head.pos_ in {"NOUN", "PROPN"}:
        return True
    rules = noun_rules()
    return head.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in rules for c in head.children)


def _noun_pobjs(noun: Token, rule: NounRule,
                verb_match: PatternMatch | None) -> list[tuple[str, Token]]:
    """The noun's target phrases; for an object noun also those the parser hung on its
    verb ("condemned the attacks from Lebanon into Israel"), unless the verb's own
    pattern (``verb_match``, the match of the noun's head) used that preposition."""
    out = tree.pobjs(noun, rule.preps)
    light = light_relative(noun)
    if light is not None:
        out += tree.pobjs(light, rule.preps - PLACE_PREPS)  # "a talk X had with Y"
    # "the withdrawal of some forces from Panama": the phrase may hang on the "of" noun.
    if "of" not in rule.preps:
        out += [pair for _, of in tree.pobjs(noun, frozenset({"of"})) if of.pos_ == "NOUN"
                for pair in tree.pobjs(of, rule.preps)]
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB":
        used = verb_match.words if verb_match is not None else frozenset()
        out += [(p, g) for p, g in tree.pobjs(verb, rule.preps - PLACE_PREPS - used)
                if not tree.is_when(g.head)]
    return out


def _sufferers(noun: Token, lookup: ActorLookup) -> list[Actor]:
    """"Three Palestinians were killed in an Israeli strike", "Ukrenergo, which was damaged
    in an attack by Russian forces": the subject of a passive verb is who the force in its
    "in"/"during" phrase was used on."""
    prep, rule = noun.head, noun_rule(noun)
    if noun.dep_ != "pobj" or prep.lower_ not in {"in", "during"} or rule is None \
            or rule.code[:2] not in FORCE_ROOTS or not tree.is_passive(prep.head):
        return []
    subj, passive = tree.subject(prep.head)
    return tree.actors_of(lookup, tree.group(subj)) if subj is not None and passive else []


def _code_noun(noun: Token, lookup: ActorLookup,
               verb_match: PatternMatch | None) -> list[RawEvent]:
    rule = sensed_noun(noun, noun_rule(noun))  # "harsh attacks on X": 111 (senses.tsv)
    if rule is None or rule.code == NO_EVENT or _is_topic(noun):
        return []
    targets: list[Actor] = []
    between = False
    for prep, pobj in _noun_pobjs(noun, rule, verb_match):
        targets = tree.actors_of(lookup, tree.group(pobj))
        if not targets and rule.code[:2] in PLACE_ROOTS:
            targets = next((found for found in places_below(lookup, pobj) if found), [])
        # CAMEO 045 "mediate": a third party between the two, who are its targets.
        between = prep == "between" and not rule.code.startswith(_MEDIATE)
        if targets:
            break
    if not targets:
        targets = _sufferers(noun, lookup) or possessed_patient(noun, lookup)
    if not targets:
        # "Israel and Lebanon renewed negotiations": a joint nominal event of the subjects.
        subjects = _noun_source(noun, lookup) if rule.joint else []
        if len(subjects) < 2:
            return []
        targets, between = subjects, True
    sources = [] if between else _noun_source(noun, lookup, rule.code)
    if not sources and not between and rule.joint:
        # "two soldiers were killed in a clash with Taliban fighters": the other party of
        # a clash that killed the passive subject used the force on it.
        sufferers = _sufferers(noun, lookup)
        sources, targets = (targets, sufferers) if sufferers else ([], targets)
    if not sources and not between:
        return []
    flags = verb_flags(noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun)
    if any(c.dep_ == "amod" and c.lemma_.lower() in cues("unrealised") for c in noun.children):
        flags = replace(flags, hypothetical=True)
    code = rule.code
    if noun.head.pos_ in {"VERB", "AUX"} and noun.dep_ == "dobj":
        # "agreed to hold exercises", "would tighten the blockade", "refused to hold talks":
        # the carrying verb's intent, threat, refusal or future re-codes the noun's event.
        code = _wrapped_code(noun.head, code, flags)[0]
    pairs = _pairs(sources, targets, between)
    return [RawEvent(s, t, code, noun, f"{rule.id}@{rule.source}", flags, (noun.i,))
            for s, t in pairs]


def code_sentence(sent: Span, lookup: ActorLookup,
                  table: VerbTable | None = None) -> list[RawEvent]:
    """Every event of one sentence (before reported-speech, folding and record building).

    With ``table`` (another verb dictionary) only verbs are coded, not nominal events."""
    out: list[RawEvent] = []
    covered: set[int] = set()
    matches: dict[int, PatternMatch | None] = {}  # verb index -> its match (default table)
    for tok in sent:
        if tok.pos_ in {"VERB", "AUX"} or (tok.pos_ == "ADJ" and tok.dep_ == "ROOT"):
            matches[tok.i] = _match(tok, table)
            found = _code_verb(tok, matches[tok.i], lookup, table)
            out.extend(found)
            if found and found[0].code[:2] not in STANCE_ROOTS:
                # Praise or blame of an event ("condemned the attacks from Lebanon into
                # Israel") leaves the event itself to be coded.
                # "the support they received from Iran": the relative clause's noun too.
                objs = [t for t in tok.children if t.dep_ in {"dobj", "attr"}]
                objs += [g for g in [tree.gapped_object(tok)] if g is not None]
                covered.update(t.i for t in objs if t.lemma_.lower() in found[0].consumed)
    for tok in sent:
        if table is None and tok.pos_ == "NOUN" and tok.i not in covered:
            # A noun's head verb is in this sentence, so its match is already known.
            out.extend(_code_noun(tok, lookup, matches.get(tok.head.i)))
    return _drop_bare_governors(out)


def _drop_bare_governors(events: list[RawEvent]) -> list[RawEvent]:
    """"agreed to cooperate" is one event (031), not an extra bare "agree" (050)."""
    governors = {e.anchor.head.i for e in events
                 if e.anchor.dep_ == "xcomp" and controller(e.anchor) is None}
    governors |= {g.i for e in events if (g := tree.intent_complement(e.anchor)) is not None}
    return [e for e in events if e.anchor.i not in governors]
