"""Sense conditions: is a verb of conflict or consultation used in its literal sense?

A pattern matches a verb by its lemma and a few context words, so "attacked her record",
"beat him 58% to 40%" and "called him a liar" match rows made for force and telephone
calls. The rows of ``data/senses.tsv`` (word classes in ``data/sense_words.tsv``) name,
for a code prefix and verb lemmas, tests on the verb's dependents that show another sense;
the first row whose tests all hold re-codes the match to the verbal code CAMEO gives that
act (111 for a verbal attack) or drops it. A verb no row fires on keeps its match. Noun
rows do the same for nominal events ("harsh attacks on X").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from spacy.tokens import Span, Token

from tidings.errors import TidingsError
from tidings.events import syntax as tree
from tidings.events.codebook import codebook, data_rows
from tidings.events.doc_memo import children
from tidings.events.patterns import NounRule, PatternMatch, noun_rules, verb_lemma
from tidings.events.verb_match import pattern_of

__all__ = ["SenseRule", "noun_sense", "sense_rules", "sense_words", "sensed", "sensed_away",
           "sensed_noun", "verbal_sense"]

DROP = "drop"
_NON_TOPIC_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON", "DATE", "TIME",
                             "CARDINAL", "ORDINAL", "QUANTITY"})
_FORCE_NOUN_ROOTS = frozenset({"15", "17", "18", "19", "20"})
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "PRON"})
_PERSONAL = frozenset({"he", "she", "him", "her"})
_OWN_WORDS_SKIP = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "ccomp", "advcl",
                             "relcl", "conj", "cc", "punct", "parataxis", "mark", "aux"})


class SenseDataError(TidingsError):
    """A malformed row of ``senses.tsv``."""


@dataclass(frozen=True, slots=True)
class SenseRule:
    id: str
    word: str  # "verb" or "noun"
    codes: tuple[str, ...]
    lemmas: frozenset[str]  # empty: any verb
    tests: tuple[tuple[str, tuple[str, ...]], ...]
    action: str  # DROP or a CAMEO code


@cache
def sense_words() -> dict[str, frozenset[str]]:
    """Word class name -> its lemmas (``sense_words.tsv``)."""
    out: dict[str, set[str]] = defaultdict(set)
    for _, row in data_rows("sense_words.tsv"):
        out[row["class"]].add(row["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _class_union(names: str) -> frozenset[str]:
    words = sense_words()
    unknown = [n for n in names.split("|") if n not in words]
    if unknown:
        raise SenseDataError(f"unknown word class {unknown} in senses.tsv")
    return frozenset().union(*(words[n] for n in names.split("|")))


@cache
def sense_rules() -> tuple[SenseRule, ...]:
    known = codebook()
    rules: list[SenseRule] = []
    for line, row in data_rows("senses.tsv"):
        tests = tuple((parts[0], tuple(parts[1:])) for t in row["when"].split("&")
                      if (parts := t.split()))
        bad = [name for name, _ in tests if name.removeprefix("!") not in _TESTS]
        if bad or row["word"] not in {"verb", "noun"} \
                or (row["action"] != DROP and row["action"] not in known):
            raise SenseDataError(f"senses.tsv line {line}: bad test {bad} or action")
        for arg in (a for _, args in tests for a in args if a[:1].isupper()):
            _class_union(arg)  # fail at load time on a misspelt class
        lemmas = frozenset() if row["lemmas"] == "*" else frozenset(row["lemmas"].split("|"))
        rules.append(SenseRule(row["id"], row["word"], tuple(row["codes"].split("|")),
                               lemmas, tests, row["action"]))
    return tuple(rules)


def _forms(tok: Token) -> Iterator[str]:
    """The word and its compound modifiers ("ad buy": buy, ad), lemma and surface; a
    building or post named by its kind keeps only what makes it a place (:func:`_site`)."""
    compounds = [c for c in children(tok) if c.dep_ == "compound"]
    for t in _site(tok, compounds) if compounds and _lemma_in(tok, "SITE") else \
            (tok, *compounds):
        yield t.lemma_.lower()
        yield t.lower_


def _lemma_in(tok: Token, classes: str) -> bool:
    words = _class_union(classes)
    return tok.lemma_.lower() in words or tok.lower_ in words


def _site(tok: Token, compounds: list[Token]) -> list[Token]:
    """A compound before a building or post says what kind of place it is: "a television
    station" or "the newspaper's offices" are no medium, "a border post" or "a police post"
    no post online; a medium before "post" ("a Facebook post") keeps it a medium."""
    if _lemma_in(tok, "MEDIUM|VERBAL") and not any(_lemma_in(c, "PHYSICAL|ARMED")
                                                   for c in compounds):
        return [tok, *compounds]
    return [t for t in (tok, *compounds) if not _lemma_in(t, "MEDIUM|VERBAL")]


def _in(tok: Token, classes: str) -> bool:
    words = _class_union(classes)
    return any(f in words for f in _forms(tok))


def _with_conjuncts(tokens: Iterator[Token]) -> Iterator[Token]:
    for t in tokens:
        yield t
        yield from (c for c in children(t) if c.dep_ == "conj")


def _objects(verb: Token) -> list[Token]:
    direct = [c for c in children(verb) if c.dep_ in {"dobj", "oprd"}
              or (c.dep_ == "nsubjpass")]
    aimed = [g for c in children(verb) if c.dep_ == "prep" and c.lower_ in {"against", "at"}
             for g in children(c) if g.dep_ == "pobj"]
    objs = list(_with_conjuncts(iter(direct + aimed)))
    return objs + [n for o in objs if (n := tree.counted_noun(o)) is not o]


def _prep_objects(verb: Token, preps: str, on_object: bool = False) -> Iterator[Token]:
    wanted = set(preps.split("|"))
    heads = [verb, *(c for c in children(verb) if c.dep_ == "dobj")] if on_object else [verb]
    for c in (c for h in heads for c in children(h)):
        if c.dep_ in {"prep", "agent"} and c.lower_ in wanted and not tree.is_when(c):
            yield from _with_conjuncts(g for g in children(c) if g.dep_ in {"pobj", "pcomp"})


def _doers(verb: Token) -> list[Token]:
    subj = [c for c in children(verb) if c.dep_ in tree.SUBJ]
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        subj.append(verb.head)  # "an ad buy targeting farmers"
    return subj


def _object_in(verb: Token, classes: str) -> bool:
    return any(_in(o, classes) for o in _objects(verb))


def _objects_all_in(verb: Token, classes: str) -> bool:
    """Every object is in ``classes`` ("undermining the rules"), not one of several
    ("detained the activists protesting against the amendments", round 15)."""
    objs = _objects(verb)
    return bool(objs) and all(_in(o, classes) for o in objs)


def _object_not_in(verb: Token, classes: str) -> bool:
    objs = _objects(verb)
    return bool(objs) and not any(_in(o, classes) for o in objs)


def _doer_in(verb: Token, classes: str) -> bool:
    return any(_in(d, classes) for d in _doers(verb))


def _prep_object(verb: Token, preps: str, classes: str) -> bool:
    # "targeting farmers on the radio": the parser may hang the phrase on the object.
    return any(_in(g, classes) for g in _prep_objects(verb, preps, on_object=True))


def _is_topic(obj: Token) -> bool:
    if obj.dep_ == "pcomp":
        return obj.pos_ in {"VERB", "AUX"}  # "attacked him for saying ..."
    if obj.pos_ != "NOUN" or obj.ent_type_ in _NON_TOPIC_ENTS:
        return False
    rule = noun_rules().get(obj.lemma_.lower())
    if rule is not None and rule.code[:2] in _FORCE_NOUN_ROOTS:
        return False  # "targeted for assassination": a use of force is no topic
    return not _in(obj, "PHYSICAL|TIME|WEAPON")


def _topic_prep(verb: Token, preps: str) -> bool:
    return any(_is_topic(g) for g in _prep_objects(verb, preps))


def _complement(verb: Token, preps: str) -> bool:
    # The parser labels the one object of "called Prime Minister X today" oprd, so an
    # object complement needs a second object, quotes or an adjective.
    objs = [c for c in children(verb) if c.dep_ in {"dobj", "oprd"}]
    if len(objs) > 1 or any(_quoted(o) for o in objs):
        return True  # "calling him a very smart man", "called his rival 'Senator Cruz'"
    for c in children(verb):
        if c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} and c.pos_ == "ADJ":
            return True
        if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"NOUN", "PROPN"}:
            return True
    # "pummeled him as weak": the parser may hang the adjective on "as" as a modifier;
    # "attacked them as usual" is an adverbial (AS_ADVERBIAL), no judgment of them.
    if any(c.dep_ == "prep" and c.lower_ in preps.split("|") and any(
            g.pos_ == "ADJ" and not _in(g, "AS_ADVERBIAL") for g in children(c))
            for c in children(verb)):
        return True
    # "attacked her as being too weak": a gerund after "as" is a predicate too.
    return any(g.pos_ in _NOMINAL or (g.dep_ == "pcomp" and g.tag_ == "VBG")
               for g in _prep_objects(verb, preps))


def _quoted(obj: Token) -> bool:
    """The object, a name in apposition to it or a participle on it ("called X, Y,
    'incredibly driven'") opens with a quote mark."""
    doc = obj.doc
    return any(any(_is_quote(c) and c.i < t.i for c in children(t))
               or (t.left_edge.i > 0 and _is_quote(doc[t.left_edge.i - 1]))
               for t in (obj, *(a for a in children(obj) if a.dep_ in {"appos", "acl"})))


def _is_quote(tok: Token) -> bool:
    return tok.is_quote or tok.tag_ in {"``", "''"}


def _near(verb: Token, classes: str) -> bool:
    return any(_in(t, classes) for c in children(verb) if c.dep_ not in _OWN_WORDS_SKIP
               for t in c.subtree)


def _governor_in(verb: Token, classes: str) -> bool:
    return verb.dep_ in {"advcl", "conj", "acl", "xcomp"} and verb.head.i != verb.i \
        and _in(verb.head, classes)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
               for c in children(verb))


def _clause(verb: Token) -> bool:
    return any(c.dep_ == "ccomp" for c in children(verb))


def _question(verb: Token) -> bool:
    """An indirect question ("asked if ...", "asked what ... is wrong")."""
    return any(c.dep_ == "ccomp" and any(
        (g.dep_ == "mark" and g.lower_ in {"if", "whether"})
        or (g.tag_ in {"WDT", "WP", "WP$", "WRB"} and g.i < c.i) for g in c.subtree)
        for c in children(verb))


def _noun_object_only(verb: Token) -> bool:
    """A noun object and no verbal complement ("we need strong leadership")."""
    return any(c.dep_ == "dobj" for c in children(verb)) and not any(
        c.dep_ in {"xcomp", "ccomp", "oprd"} for c in children(verb))


def _modifier_in(word: Token, classes: str) -> bool:
    return any(c.dep_ in {"amod", "advmod"} and _in(c, classes) for c in children(word))


def _no_prep(verb: Token, preps: str) -> bool:
    wanted = set(preps.split("|"))
    heads = [verb, *(c for c in children(verb) if c.dep_ == "dobj")]
    return not any(c.dep_ == "prep" and c.lower_ in wanted for h in heads for c in children(h))


def _has_prep(verb: Token, preps: str) -> bool:
    # A time phrase ("recognised Ukraine in 2012", "campaigned on Monday") is none of the
    # constructions the rows look for (round 15; as _prep_objects).
    wanted = set(preps.split("|"))
    return any(c.dep_ == "prep" and c.lower_ in wanted and not tree.is_when(c)
               for c in children(verb))


def _person(tok: Token, pronouns: bool = False) -> bool:
    """A named person: spaCy's entity type, or a title or name compound before one; with
    ``pronouns``, also "he"/"she" (round 14), which only ever stand for a person."""
    if pronouns and tok.pos_ == "PRON" and tok.lower_ in _PERSONAL:
        return True
    return tok.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.ent_type_ == "PERSON"
                                            for c in children(tok))


def _person_vs_person(verb: Token) -> bool:
    """A named person does the verb to a named person ("Smith beat Jones in Ohio")."""
    return any(_person(d, pronouns=True) for d in _doers(verb)) and any(
        _person(o, pronouns=True) for o in _objects(verb) if o.dep_ != "nsubjpass")


def _prep_person(verb: Token, preps: str) -> bool:
    """A named person after a preposition in ``preps`` on the verb ("spoke to Trump"),
    not a group or an audience ("spoke to reporters")."""
    return any(_person(g) for g in _prep_objects(verb, preps))


def _noun_in(verb: Token, classes: str) -> bool:
    """The verb describes a noun in ``classes`` whose deed it is not: a passive participle
    on it ("a debate sponsored by a network") or a relative clause whose object the noun is
    ("an interview he gave to X": the clause has a subject and no object of its own)."""
    if verb.head.i == verb.i or not _in(verb.head, classes):
        return False
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN"
    return verb.dep_ == "relcl" and any(c.dep_ in tree.SUBJ for c in children(verb)) \
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in children(verb))


def _attributive(verb: Token) -> bool:
    """The verb is a participle used as an adjective before its noun ("pledged delegates",
    "committed supporters"): it names a kind of thing, no deed."""
    return verb.dep_ == "amod" and verb.head.i > verb.i


def _predicting_clause(verb: Token) -> bool:
    """A that-clause of a future or a future of the past ("suggested the court would rule
    against her"): a claim about what will happen, not a request ("should", "must")."""
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in {"will", "would", "'ll"}
                                         for a in children(c)) for c in children(verb))


def _to_complements(verb: Token) -> list[Token]:
    """The verb's to-infinitive complements ("sought to rally X", "plans to leave X")."""
    return [c for c in children(verb) if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))]


def sensed_away(comp: Token) -> bool:
    """``comp`` matches a verb pattern that a sense row drops ("leave the building")."""
    match = pattern_of(comp, None)
    rule = verbal_sense(comp, match.pattern.code) if match is not None else None
    return rule is not None and rule.action == DROP


def _complement_sensed_away(verb: Token) -> bool:
    """A to-infinitive complement matches a pattern that a sense row drops ("sought to
    rally the party leaders behind his plan", round 15): the wish to do what is no event
    is no event either; without this the governor's own intent pattern codes it."""
    return any(sensed_away(c) for c in _to_complements(verb))


def _complement_no_event(verb: Token) -> bool:
    """A to-infinitive complement that matches no pattern, or only one a sense row drops
    ("decided to sell his yacht", "plans to reprint an editorial", round 15)."""
    comps = _to_complements(verb)
    return bool(comps) and all(pattern_of(c, None) is None or sensed_away(c) for c in comps)


def _poll_reported(verb: Token) -> bool:
    """A clause reported by a poll ("the survey found that most voters back X", "a poll
    noted that 73% of those who had supported X ...", round 15): the finding of a poll,
    no deed of a party. Any verb above the event whose doer is a poll counts."""
    return any(_doer_in(a, "POLL_FRAME") for a in verb.ancestors if a.pos_ in {"VERB", "AUX"})


def _particle(verb: Token, words: str) -> bool:
    wanted = set(words.split("|"))
    return any(c.dep_ in {"prt", "advmod"} and c.lower_ in wanted for c in children(verb))


def _present(verb: Token) -> bool:
    """A simple present ("voters support him"): a state or a habit, no occurrence."""
    return verb.tag_ in {"VBZ", "VBP"}


def _has_object(verb: Token) -> bool:
    return bool(_objects(verb))


def _indicative_clause(verb: Token) -> bool:
    """A that-clause stating a fact ("suggested he was biased"), not one asking for a deed
    ("suggested he resign", "suggested Iran should withdraw")."""
    for c in (c for c in children(verb) if c.dep_ == "ccomp"):
        auxes = [a for a in children(c) if a.dep_ in {"aux", "auxpass"}]
        if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
            continue
        if any(t.tag_ in {"VBD", "VBZ", "VBP"} for t in (c, *auxes)):
            return True
    return False


def _complement_verb_in(verb: Token, classes: str) -> bool:
    return any(c.dep_ == "xcomp" and _in(c, classes) for c in children(verb))


def _of_objects(tok: Token) -> list[Token]:
    return [g for p in children(tok) if p.dep_ == "prep" and p.lower_ == "of"
            for g in children(p) if g.dep_ == "pobj"]


def _counts_people(tok: Token) -> bool:
    """A share of people: "40 percent of voters", "a majority", "six in 10"."""
    if any(_in(h, "POLL") for h in (tok, *_of_objects(tok))):
        return True
    # "three in 10 (voters)": the parser hangs "three in" on the 10 as quantmods.
    nums = [tok, *(c for c in children(tok) if c.dep_ == "nummod")]
    return any(n.like_num and any(q.dep_ in {"quantmod", "prep"} and q.lower_ == "in"
                                  for q in children(n)) for n in nums)


def _counted_doer(verb: Token) -> bool:
    """The doer is a count of people ("only two senators back the bill", "few of them
    support her", "most members oppose it"; class COUNT, round 16): a tally of held
    positions, like a poll's, not a deed of a party. A count of states is none ("both China
    and Russia support the resolution", "many countries oppose the plan"): each state's
    stance is an act of that state."""
    def counted(tok: Token) -> bool:
        return _counts_people(tok) or _in(tok, "COUNT") or any(
            (c.dep_ == "nummod" and c.like_num and c.ent_type_ not in {"DATE", "MONEY"})
            or (c.dep_ in {"amod", "det"} and _in(c, "COUNT")) for c in children(tok))
    return any(counted(d) and not _states(d) for d in _doers(verb))


def _states(tok: Token) -> bool:
    """The phrase names a country or is headed by a noun of states (class POLITY)."""
    return _in(tok, "POLITY") or any(t.ent_type_ == "GPE" for t in tok.subtree)


def _describes_doer(verb: Token) -> bool:
    """An active participle describing its doer ("voters backing the senator", "the
    farmers opposing the dam", "with older voters backing the governor", round 16): what a
    group is, no deed it did."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return any(c.dep_ == "nsubj" for c in children(verb))
    return verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}


def _poll(verb: Token) -> bool:
    """An opinion counted by a poll: the doer (or the doer of the verb of saying it is
    reported under) or the object is a share of people, or a poll is the verb's frame."""
    sayer = [verb.head] if verb.dep_ == "ccomp" and verb.head.i != verb.i else []
    doers = [*_doers(verb), *(d for s in sayer for d in _doers(s))]
    # An object counts only through its owner ("the backing of 30%"): "supplied 94% of
    # the equipment" is a share of a thing.
    owners = [g for c in children(verb) if c.dep_ == "dobj" for g in _of_objects(c)]
    if any(_counts_people(t) for t in (*doers, *owners)):
        return True
    return any(_in(t, "POLL_FRAME") for p in children(verb) if p.dep_ == "prep"
               and p.lower_ in {"in", "according"} for t in p.subtree)


def _in_sentence(word: Token, classes: str) -> bool:
    index = _sentence_index(word.sent)
    return any(i != word.i for f in _class_union(classes) for i in index.get(f, ()))


@lru_cache(maxsize=32)
def _sentence_index(sent: Span) -> dict[str, tuple[int, ...]]:
    """Each form of the sentence's words -> the tokens that have it: the armed-side and
    election guards of several rows ask the same sentence again and again (round 15)."""
    out: dict[str, list[int]] = defaultdict(list)
    for t in sent:
        for f in set(_forms(t)):
            out[f].append(t.i)
    return {f: tuple(v) for f, v in out.items()}


def _head_prep_object(noun: Token, preps: str, classes: str) -> bool:
    """The verb whose object the noun is has a preposition in ``preps`` with an object in
    ``classes`` ("ran an attack on X in an ad")."""
    return noun.dep_ == "dobj" and _prep_object(noun.head, preps, classes)


_TESTS: dict[str, Callable[..., bool]] = {
    "object_in": _object_in, "object_not_in": _object_not_in, "doer_in": _doer_in,
    "objects_all_in": _objects_all_in,
    "prep_object": _prep_object, "topic_prep": _topic_prep, "complement": _complement,
    "near": _near, "governor_in": _governor_in, "infinitive": _infinitive,
    "clause": _clause, "no_prep": _no_prep, "question": _question,
    "noun_object_only": _noun_object_only, "modifier_in": _modifier_in,
    "has_object": _has_object, "indicative_clause": _indicative_clause,
    "complement_verb_in": _complement_verb_in, "poll": _poll, "in_sentence": _in_sentence,
    "head_prep_object": _head_prep_object, "has_prep": _has_prep,
    "person_vs_person": _person_vs_person, "particle": _particle, "present": _present,
    "prep_person": _prep_person, "noun_in": _noun_in, "predicting_clause": _predicting_clause,
    "attributive": _attributive, "complement_sensed_away": _complement_sensed_away,
    "complement_no_event": _complement_no_event, "poll_reported": _poll_reported,
    "counted_doer": _counted_doer, "describes_doer": _describes_doer,
}


@cache
def _candidates(word: str, code: str) -> tuple[SenseRule, ...]:
    """The rows for ``word`` whose code prefixes match ``code``, in file order: asked once per
    code, so a match is not compared with every row (round 15: the rows had grown to ~140)."""
    return tuple(r for r in sense_rules() if r.word == word and code.startswith(r.codes))


def _fires(rule: SenseRule, verb: Token, code: str, lemmas: frozenset[str],
           word: str = "verb") -> bool:
    if rule.word != word or not code.startswith(rule.codes) \
            or (rule.lemmas and not rule.lemmas & lemmas):
        return False
    # "!test" holds when the test does not ("mean" is an intent only with "to V").
    return all(_TESTS[name.removeprefix("!")](verb, *args) != name.startswith("!")
               for name, args in rule.tests)


def verbal_sense(verb: Token, code: str) -> SenseRule | None:
    """The first rule of ``senses.tsv`` that says ``verb``, coded ``code``, is used in
    another sense than the code's; None when it keeps its literal sense."""
    lemmas = frozenset({verb.lemma_.lower(), verb_lemma(verb)})
    return next((r for r in _candidates("verb", code) if _fires(r, verb, code, lemmas)), None)


def sensed(verb: Token, match: PatternMatch | None) -> PatternMatch | None:
    """``match`` as the verb's sense has it: unchanged, re-coded, or None (dropped)."""
    if match is None:
        return None
    rule = verbal_sense(verb, match.pattern.code)
    if rule is None:
        return match
    if rule.action == DROP:
        return None
    pattern = replace(match.pattern, code=rule.action, id=f"{match.pattern.id}~{rule.id}")
    return replace(match, pattern=pattern)


def noun_sense(noun: Token, code: str) -> SenseRule | None:
    """The first noun row of ``senses.tsv`` that fires on the nominal event ``noun``."""
    lemmas = frozenset({noun.lemma_.lower()})
    return next((r for r in _candidates("noun", code) if _fires(r, noun, code, lemmas, "noun")),
                None)


def sensed_noun(noun: Token, rule: NounRule | None) -> NounRule | None:
    """A nominal event's rule as the noun's sense has it ("harsh attacks on X": 111)."""
    if rule is None:
        return None
    sense = noun_sense(noun, rule.code)
    if sense is None:
        return rule
    if sense.action == DROP:
        return None
    return replace(rule, code=sense.action, id=f"{rule.id}~{sense.id}")
