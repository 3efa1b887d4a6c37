"""The events of one matched verb: its flags, its code re-coded by what governs it
(refusal, threat, intent, a polite performative, an "if" condition) or by a modifier of its
object, and one :class:`RawEvent` per participant pair. Split from
:mod:`tidings.events.coder`."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from tidings.events import syntax as tree
from tidings.events.codebook import data_rows
from tidings.events.control import controller, joined_in
from tidings.events.cues import cues, remap
from tidings.events.doc_memo import children
from tidings.events.issuers import joint_pledge
from tidings.events.object_nouns import MATERIAL_CONFLICT_ROOTS, modifier_code, noun_rule
from tidings.events.owners import is_thing
from tidings.events.participants import verb_participants
from tidings.events.patterns import NO_EVENT, PatternMatch, VerbTable
from tidings.events.raw import RawEvent
from tidings.events.refusals import stated_refusal
from tidings.events.senses import sensed
from tidings.events.targets import CONFLICT_ROOTS
from tidings.events.timing import Flags, verb_flags
from tidings.events.verb_match import pattern_of
from tidings.records import Actor

__all__ = ["VERBAL_ROOTS", "code_verb", "wrapped_code"]

ActorLookup = tree.ActorLookup

_SPEECH_ACT_ROOTS = frozenset({"01", "02", "05"})
# Verbal cooperation and verbal conflict (quad classes 1 and 3) plus investigation.
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"})


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


_INTENT_ROOT = "03"  # express intent to cooperate


def wrapped_code(verb: Token, code: str, flags: Flags) -> tuple[str, Token | None, str]:
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
    if intent and gov_lemma in cues("cooperative_intent"):
        # "offered to send troops to Haiti": an offer is no threat, whatever the deed.
        offered = remap("cooperative_intent", code) or remap("intent", code) or code
        return offered, gov, gov_lemma
    if intent or flags.future:
        return remap("intent", code) or code, gov, gov_lemma if intent else ""
    considered = remap("considered", code)
    if considered is not None and gov is not None and gov.i == verb.head.i \
            and _considers(gov):
        # Only a deed the map recodes: a considered statement (01, no row) stays a
        # weighed deed, flagged hypothetical, not a statement made.
        return considered, gov, _CONSIDERED
    return code, gov, ""


_CONSIDER_CODE = "014"  # CAMEO "Consider policy option"
_CONSIDERED = "considered"  # the wrapper mark of a deed under a 014 governor


def _considers(gov: Token) -> bool:
    """A governor whose own pattern is "consider policy option" ("is considering sending
    troops to X", "weighs imposing sanctions on X"), stated in a clause of its own: under
    a refusal, a wish or a call ("refused to consider", "ruled out considering", "wants to
    consider", "calls to consider") no consideration is under way, and the deed stays
    flagged as weighed, not done."""
    if gov.dep_ not in _CLAUSE_DEPS and not any(c.dep_ in tree.SUBJ for c in children(gov)):
        return False
    match = pattern_of(gov, None)
    return match is not None and match.pattern.code == _CONSIDER_CODE


# Dependencies of a verb heading a clause of its own (a main, reported or coordinated one).
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "parataxis"})


def _object_modified(verb: Token, match: PatternMatch) -> str:
    """The pattern's code, re-coded by a modifier of the object noun it used ("carried out
    a terrorist attack": 180, as the noun alone is)."""
    code = match.pattern.code
    for obj in (c for c in children(verb) if c.dep_ == "dobj"
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
        and any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in children(gov))


def _threatened_consequence(verb: Token, code: str, flags: Flags) -> bool:
    """A use of force or sanctions (roots 14-20) whose own clause has an "if"/"unless"
    condition, neither negated nor asked nor itself inside a condition."""
    if code[:2] not in MATERIAL_CONFLICT_ROOTS or flags.negated:
        return False
    marks = cues("hypothetical") - {"whether", "should"}
    if tree.under_condition(verb, marks) or not any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks
                                      for m in children(c)) for c in children(verb)):
        return False
    # Last: ``Token.sent.text`` builds the sentence and joins its words on each call.
    return not verb.sent.text.rstrip().rstrip('"\u201d').endswith("?")


def _carries_noun_event(verb: Token, match: PatternMatch) -> bool:
    """A light verb with no pattern for its object ("intensified attacks against X", "paid
    a visit to Y"): the object noun is the event, coded on its own."""
    if match.words or verb.lemma_.lower() not in cues("light"):
        return False
    return any(c.dep_ == "dobj" and (r := noun_rule(c)) is not None and r.code != NO_EVENT
               for c in children(verb))


@cache
def _place_targets() -> tuple[frozenset[str], frozenset[str]]:
    """(code prefixes, place nouns) of ``place_targets.tsv``."""
    rows = [row for _, row in data_rows("place_targets.tsv")]
    return (frozenset(r["value"] for r in rows if r["kind"] == "code"),
            frozenset(r["value"] for r in rows if r["kind"] == "noun"))


def _territory(source: Actor | None, actor: Actor | None, verb: Token, code: str,
               lookup: ActorLookup) -> Actor | None:
    """The target of an event on a foreign territory ("took control of the Ukrainian town of
    X"): an actor named by a place noun (its sector word, or a noun below the verb outside
    its subject) stands for its country's land, not its civilians (``place_targets.tsv``).
    A town of the source's own country ("the army retook the city") is no foreign land:
    its people keep the target, or the event would be the state against itself."""
    codes, nouns = _place_targets()
    if actor is None or not actor.country or actor.code == actor.country \
            or (source is not None and source.country == actor.country) \
            or not any(code.startswith(c) for c in codes):
        return actor
    subject = {t.i for c in children(verb) if c.dep_ in tree.SUBJ for t in c.subtree}
    places = [t for t in verb.subtree if t.i not in subject and t.pos_ == "NOUN"
              and t.lemma_.lower() in nouns and actor in lookup(t)]
    if (actor.role or "").lower() not in nouns and not places:
        return actor
    return replace(actor, code=actor.country, sector=None, role=None, evidence=(
        *actor.evidence, f"a place: the territory of {actor.country}"))


def _ability_auxiliary(verb: Token) -> Token | None:
    """The "can" (cues ``ability``) of the verb's clause: on the verb, or on the verb it is
    the infinitive or subjectless conjunct of ("can build and launch drones")."""
    node = verb
    for _ in range(3):
        aux = next((c for c in children(node) if c.dep_ == "aux"
                    and c.lemma_.lower() in cues("ability")), None)
        if aux is not None or node.dep_ not in {"xcomp", "conj"} \
                or any(c.dep_ in tree.SUBJ for c in children(node)):
            return aux
        node = node.head
    return None


def _offered(verb: Token) -> bool:
    """A "can" deed its doer puts forward itself: the speaker's own "we can help" (cues
    ``first_person``), or a pronoun doer in a clause reported by a verb of saying ("X said
    it can supply Y": the pronoun is mostly the speaker)."""
    subj, passive = tree.subject(verb)
    if subj is None or passive:
        return False
    if subj.lower_ in cues("first_person"):
        return True
    clause = next((a for a in [verb, *verb.ancestors] if a.dep_ == "ccomp"), None)
    return subj.pos_ == "PRON" and clause is not None \
        and clause.head.lemma_.lower() in cues("speech")


def _ability_flags(verb: Token, flags: Flags) -> tuple[Flags, bool]:
    """"X can strike Y's cities", "people can report posts": a capacity, neither a deed
    done nor an intent, so hypothetical; the doer's own "we can help Y" is an offer, read
    as a stated intent (the intent map makes it 03, a force posture 13), as "will" is.
    The second value: whether the deed is so offered."""
    if flags.negated or flags.hypothetical or _ability_auxiliary(verb) is None:
        return flags, False
    if _offered(verb):
        return replace(flags, future=True), True
    return replace(flags, hypothetical=True), False


def code_verb(verb: Token, match: PatternMatch | None, lookup: ActorLookup,
              table: VerbTable | None = None, one_sided: bool = False) -> list[RawEvent]:
    match = sensed(verb, match)  # "attacked her record": another sense (senses.tsv)
    if match is None or (table is None and _carries_noun_event(verb, match)) \
            or joined_in(verb):
        return []
    code, flags, gov, wrapper = _governed_code(verb, match)
    code, flags = _stated_code(verb, match.pattern.code, code, flags)
    # A particle the parser made an adverb ("rolled back") is part of the phrase when the
    # pattern used it.
    words = [verb.i] + [t.i for t in children(verb) if t.dep_ in {"prt", "neg"} or (
        t.dep_ == "advmod" and t.lower_ in match.pattern.particles)]
    if gov is not None:
        words.append(gov.i)
    extra = _extra(verb, code, wrapper)
    pattern = f"{match.pattern.id}@{match.pattern.source}"
    # "Iran and Pakistan vowed to fight terrorism": co-subjects of a pledged conflict act
    # pledge it together, against neither of them.
    return [RawEvent(s, _territory(s, t, verb, code, lookup), code, verb, pattern, flags,
                     tuple(sorted(words)), match.words, extra)
            for s, t in verb_participants(verb, match, lookup, one_sided)
            if s is None or not joint_pledge(verb, code, wrapper, (s, t), lookup)]


def _own_flags(verb: Token, match: PatternMatch) -> tuple[Flags, bool]:
    """The verb's flags, read through an intent governor and a polite performative; the
    second value: whether the deed is offered ("said it can send troops")."""
    flags, offered = _ability_flags(verb, verb_flags(verb))
    gov = tree.intent_complement(verb)
    if gov is not None:
        # "is committed to supporting Ukraine": the complement has the governor's
        # modality, not that of a wish (which is how the flags read the "to" phrase).
        own = verb_flags(gov)
        flags = replace(own, negated=own.negated or flags.negated)
    if _performative(verb, match.pattern.code):
        # "I would like to thank President Tsai": the thanks is given now, not intended.
        flags = replace(flags, future=False, hypothetical=False)
    return flags, offered


def _governed_code(verb: Token, match: PatternMatch) -> tuple[str, Flags, Token | None, str]:
    """(code, flags, governor, wrapper mark) of the deed as its governor re-codes it."""
    flags, offered = _own_flags(verb, match)
    deed = _object_modified(verb, match)
    code, gov, wrapper = wrapped_code(verb, deed, flags)
    if offered and not wrapper:
        # "Turkey said it can send troops to X": a deed one offers one can do is offered,
        # as under "offered to" (map cooperative_intent: troops 0334, not 138).
        code = remap("cooperative_intent", deed) or code
    if wrapper == _CONSIDERED and gov is not None:
        # "X is considering sending troops": the consideration is under way (the
        # governor's modality), though the deed is not.
        own = verb_flags(gov)
        flags = replace(own, negated=own.negated or flags.negated)
    if wrapper in cues("intent") and code == deed and deed[:2] != _INTENT_ROOT:
        # "committed to raising the issue with Israel": an intent with no intent row for
        # the deed (CAMEO 03 has none for disapproval) leaves the deed intended, not done.
        # A bare future ("they will make demands", "will investigate X") is not so
        # flagged: announcing a verbal act is coded as that act (docs/events.md, round 18).
        flags = replace(flags, hypothetical=True)
    return code, flags, gov, wrapper


def _stated_code(verb: Token, own: str, code: str, flags: Flags) -> tuple[str, Flags]:
    """The code and flags of a refusal or a conditional threat stated now, else as given
    (``own``: the pattern's code)."""
    refused = remap("refusal", own) if stated_refusal(verb, flags) \
        and not tree.under_condition(verb, cues("hypothetical")) else None
    if refused is not None:
        # "Iran will not negotiate with the United States": a stated refusal (CAMEO 12),
        # not a negated deed; refusals of force have no row and stay negated.
        return refused, replace(flags, negated=False, hypothetical=False)
    if _threatened_consequence(verb, own, flags):
        # "If not, the United States should impose sanctions against the Tatmadaw",
        # "Iran would strike Israel if Israel attacked": force or sanctions made to
        # depend on a condition are a threat (13), stated now, not a hypothetical deed.
        return remap("intent", code) or code, replace(flags, hypothetical=False)
    return code, flags


def _extra(verb: Token, code: str, wrapper: str) -> dict[str, str]:
    """The event's extra marks: its governor's, and a thing as the subject of a verbal act."""
    extra = {"governor": wrapper} if wrapper else {}
    subj, passive = tree.subject(verb)
    if not passive and subj is not None and is_thing(subj) and code[:2] in VERBAL_ROOTS:
        # "Chinese Communist Party policies threaten U.S. interests", "Russian attacks
        # endanger lives": things do not speak, so this is no threat of the owner's; a
        # speaker saying it still charges the owner (the stage keeps only that).
        extra["thing_subject"] = subj.text
    return extra
