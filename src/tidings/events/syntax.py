"""Dependency-tree helpers of the coder: who is the subject (active or passive, inherited
through control, coordination and relative clauses), prepositional objects (with repairs
for the small parser's usual errors), agents, and the actors of tokens."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from tidings.events.control import controller
from tidings.events.cues import cues
from tidings.events.doc_memo import children
from tidings.records import Actor

__all__ = ["ActorLookup", "actors_of", "agent", "counted_noun", "counted_object",
           "gapped_object", "group", "infinitival_acl", "intent_complement", "is_located",
           "is_passive", "is_when", "misparsed_object", "noun_agent", "pobjs", "small_clause",
           "small_clause_conjunct", "small_clause_object", "subject", "under_condition"]

ActorLookup = Callable[[Token], list[Actor]]

SUBJ = frozenset({"nsubj", "csubj"})
PASS_SUBJ = frozenset({"nsubjpass", "csubjpass"})
MODIFIERS = frozenset({"poss", "compound", "amod", "nmod"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})


def is_when(tok: Token) -> bool:
    """A time phrase ("on Thursday", "last week"): never part of an event pattern."""
    if tok.dep_ == "npadvmod" or tok.ent_type_ in {"DATE", "TIME"}:
        return True
    return tok.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} for g in children(tok))


def subject(verb: Token) -> tuple[Token | None, bool]:
    """(subject token, is_passive_subject), inherited through xcomp/conj/relcl heads."""
    subj, passive = own_or_inherited_subject(verb)
    if subj is not None and subj.head.i != verb.i and is_passive(verb):
        # "Navalny died while imprisoned by Putin", "a Texan who remains detained by X":
        # a passive verb's borrowed subject is what is done to, whatever the head's voice.
        return subj, True
    return subj, passive


def is_passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ in {"agent", "auxpass"} for c in children(verb))


def own_or_inherited_subject(verb: Token) -> tuple[Token | None, bool]:
    node = verb
    for _ in range(4):
        node = small_clause_conjunct(node)
        for c in children(node):
            if c.dep_ in SUBJ and is_dateline(c):
                # "Kyiv, UKRAINE – US Senators Rob Portman ... issued": the place of the
                # dateline glued to the lead sentence is no subject; the name after it is.
                after = next((g for g in children(c) if g.dep_ == "appos"
                              and is_dateline(c, before=g)), None)
                if after is not None:
                    return after, False
                continue
            if c.dep_ in SUBJ and c != misparsed_object(node):
                return c, False
            if c.dep_ in PASS_SUBJ:
                if c.tag_ in {"WP", "WDT"} and node.dep_ == "relcl":
                    # "a Texan who remains detained by X": the relative pronoun is the
                    # noun (passive only: active relative clauses are often background).
                    return node.head, True
                return c, True
        if node.dep_ == "relcl" and node.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return node.head, False
        if infinitival_acl(node) and node.head.dep_ == "dobj" and not any(
                c.dep_ in MODIFIERS for c in children(node.head)):
            # "Russia announced a plan to attack Ukraine": who has the plan attacks.
            node = node.head.head
            continue
        if node.dep_ == "acl" and node.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            # "forces boarding a tanker" (active) / "a tanker seized by Iran" (passive)
            return node.head, node.tag_ == "VBN"
        ctrl = controller(node)
        if ctrl is not None:
            return ctrl, False  # "urged Iran to release": Iran would release
        if node.dep_ in {"xcomp", "conj", "advcl", "acomp"} and node.head.i != node.i:
            node = node.head
            continue
        gov = intent_complement(node)
        if gov is not None:
            node = gov  # "Iran is committed to supporting X": who is committed supports
            continue
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.tag_ == "VBG" \
                and node.head.lower_ in cues("shared_subject_prep"):
            # "issued a statement after traveling to Ukraine": who issued, travelled (not
            # "prevented the conflict from expanding": the conflict expands).
            node = node.head.head
            continue
        break
    return None, False


def small_clause_conjunct(verb: Token) -> Token:
    """"to hold Aliyev's regime accountable and to support Armenia", "must hold Russia
    accountable and support Ukraine": the parser joins the second verb to the adjective of
    the small clause; it is the governor's conjunct (same subject, same modal), so the
    governor stands in for the adjective."""
    adj = verb.head
    if verb.dep_ == "conj" and verb.pos_ in {"VERB", "AUX"} and adj.pos_ == "ADJ" \
            and adj.dep_ in {"ccomp", "oprd", "xcomp"} and adj.head.i != adj.i \
            and any(c.dep_ in SUBJ for c in children(adj)) \
            and not any(c.dep_ in SUBJ | PASS_SUBJ for c in children(verb)):
        return adj.head
    return verb


def infinitival_acl(verb: Token) -> bool:
    """"efforts to support Ukraine", "a plan to attack": an infinitive on a common noun."""
    return verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))


def is_dateline(tok: Token, before: Token | None = None) -> bool:
    """A subject opening its sentence and followed, within a few words, by a dash that
    comes before ``before`` (if given): "Washington, D.C. – Today, Representative ..."."""
    # ``Token.sent`` builds the sentence's Span on each call: most subjects are ruled out
    # by their own sentence-start flag first (the first token of a Doc starts a sentence).
    if not (tok.i == 0 or tok.is_sent_start):
        return False
    dash = next((t for t in tok.doc[tok.i + 1:min(tok.i + 6, tok.sent.end)]
                 if t.text in {"–", "—", "--"} or (t.text == "-" and t.whitespace_
                                                   and tok.doc[t.i - 1].whitespace_)), None)
    return dash is not None and (before is None or dash.i < before.i)


def misparsed_object(verb: Token) -> Token | None:
    """"Iranian Foreign Minister Amir-Abdollahian met Taliban foreign minister Muttaqi in
    Kabul": the small English model parses a long object name after the verb as a second
    ``nsubj``. A subject after the verb when another stands before it is the object."""
    subjects = [c for c in children(verb) if c.dep_ in SUBJ]
    if len(subjects) < 2 or subjects[0].i > verb.i:
        return None
    return next((c for c in subjects if c.i > verb.i and c.pos_ in {"PROPN", "NOUN"}), None)


def agent(verb: Token) -> Token | None:
    for c in children(verb):
        if c.dep_ == "agent":
            return next((g for g in children(c) if g.dep_ == "pobj"), None)
    if not any(c.dep_ == "auxpass" for c in children(verb)):
        return None
    hands = _at_the_hands(verb)
    if hands is not None:
        return hands  # "were killed at the hands of Iranian forces"
    # "were granted asylum by France", "were denied visas by the State Department": after
    # a passive verb's retained object the parser makes the agent a plain "by" phrase, on
    # the verb or on that object; a time ("by the end of the day") is none.
    heads = [verb, *(c for c in children(verb) if c.dep_ in {"dobj", "dative"})]
    return next((g for h in heads for c in children(h)
                 if c.dep_ == "prep" and c.lower_ == "by" and not is_when(c)
                 for g in children(c) if g.dep_ == "pobj"), None)


def _at_the_hands(head: Token) -> Token | None:
    """X in "at the hands of X" on ``head``."""
    return next((of for c in children(head) if c.dep_ == "prep" and c.lower_ == "at"
                 for g in children(c) if g.dep_ == "pobj" and g.lower_ == "hands"
                 for _, of in pobjs(g, frozenset({"of"}))), None)


def noun_agent(noun: Token) -> Token | None:
    """The agent phrase of an event noun: "strikes by Iran", "the beating of X at the hands
    of the regime"."""
    hands = _at_the_hands(noun)
    if hands is not None:
        return hands
    for c in children(noun):
        if c.dep_ == "prep" and c.lower_ == "by":
            pobj = next((g for g in children(c) if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    # "the arrest of the opposition leader by Russian police": the parser often hangs the
    # agent phrase on the noun of the "of" phrase instead of on the event noun.
    for _, inner in pobjs(noun, frozenset({"of"})):
        for _, agent in pobjs(inner, frozenset({"by"})):
            return agent
    return None


def gapped_object(verb: Token) -> Token | None:
    """The noun a relative clause is about when it is the clause's object: "the support
    they have received from Iran", "a talk Zelenskyy had with senators", "the aid that
    Russia sent to Syria" (the clause has its own subject; its object, if any, is only the
    relative pronoun)."""
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ != "NOUN" or is_passive(verb):
        return None
    if any(c.dep_ == "dobj" and c.tag_ not in {"WDT", "WP"} for c in children(verb)):
        return None
    if not any(c.dep_ in SUBJ and c.tag_ not in {"WDT", "WP"} for c in children(verb)):
        return None
    return head


def group(tok: Token) -> list[Token]:
    return [tok, *tok.conjuncts]


def pobjs(head: Token, preps: frozenset[str]) -> list[tuple[str, Token]]:
    out: list[tuple[str, Token]] = []
    for c in children(head):
        # "call on the Biden Administration to ...": the parser may label the preposition
        # a particle and still hang its object on it.
        if c.dep_ in {"prep", "dative", "prt"} and c.lower_ in preps:
            found = [g for g in children(c) if g.dep_ == "pobj"]
            if not found and c.dep_ != "prt":
                found = stranded_object(c)
            out.extend((c.lower_, g) for g in found)
        elif c.dep_ == "dative" and c.pos_ in {"PROPN", "NOUN", "PRON"}:
            out.append(("", c))
    return out


def stranded_object(prep: Token) -> list[Token]:
    """"granted asylum to five Panamanian army officers holed up in a residence": before a
    reduced relative clause the small parser makes the preposition's object the subject
    of the participle and leaves the preposition empty."""
    doc = prep.doc
    if prep.i + 1 >= len(doc):
        return []
    nxt = doc[prep.i + 1]
    subj = next((t for t in [nxt, *nxt.ancestors] if t.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i != prep.i + 1 or subj.head.dep_ not in {"advcl", "acl"} \
            or subj.head.head.i != prep.head.i:
        return []
    return [subj]


def actors_of(lookup: ActorLookup, tokens: list[Token]) -> list[Actor]:
    out: list[Actor] = []
    for t in tokens:
        for a in lookup(t):
            if a not in out:
                out.append(a)
    return out


def is_located(actor: Actor) -> bool:
    """An actor with a country, or a specific code (``IGOUNO``, ``IMGMUSISI``)."""
    return bool(actor.country) or bool(actor.code and not actor.code.startswith("---"))


def counted_object(verb: Token) -> list[Token]:
    """"kidnapped up to 16 Russian advisers": the small parser may read "up to N" as a
    particle with a preposition, leaving the counted noun as the object of "to"."""
    return [g for c in children(verb) if c.dep_ == "prt" and c.lower_ == "up"
            for p in children(c) if p.dep_ == "prep" and p.lower_ == "to"
            for g in children(p) if g.dep_ == "pobj" and any(n.dep_ == "nummod"
                                                            for n in children(g))]


def under_condition(tok: Token, marks: frozenset[str] = CONDITION_MARKS) -> bool:
    """Whether ``tok`` or a clause above it is introduced by one of ``marks`` ("if Iran is
    responsible", "unless X withdraws, Y must ...")."""
    return any(c.dep_ == "mark" and c.lower_ in marks
               for anc in [tok, *tok.ancestors] for c in children(anc))


def intent_complement(verb: Token) -> Token | None:
    """The intent governor (cues ``intent``) of a complement the parser does not label
    ``xcomp``: a gerund after "to" ("is committed to supporting Ukraine", "pledged to
    rebuilding") or an infinitive made an adverbial clause ("is committed to strengthen
    ties"). Not an infinitive of purpose on any other verb ("went to Kabul to meet")."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "to" \
            and head.head.lemma_.lower() in cues("intent"):
        return head.head
    if verb.dep_ == "advcl" and head.lemma_.lower() in cues("intent") and head.i != verb.i \
            and head.pos_ in {"ADJ", "VERB"} and head.dep_ in {"acomp", "oprd"} \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
        return head
    return None


def small_clause(verb: Token) -> Token | None:
    """"holds Pakistan responsible", "will hold Russia accountable": the small parser
    makes the object complement a clause (an adjective ``ccomp``/``oprd`` with the object
    as its ``nsubj``). Returns the adjective."""
    return next((c for c in children(verb) if c.dep_ in {"ccomp", "oprd", "xcomp"}
                 and c.pos_ == "ADJ" and c.i > verb.i
                 and any(g.dep_ in SUBJ and g.i < c.i for g in children(c))), None)


def small_clause_object(verb: Token) -> list[Token]:
    """The object of a small clause read as a clause (see :func:`small_clause`)."""
    adj = small_clause(verb)
    if adj is None:
        return []
    return [g for g in children(adj) if g.dep_ in SUBJ and g.i > verb.i][:1]


def counted_noun(obj: Token) -> Token:
    """"a significant amount of security assistance", "thousands of troops": the noun
    counted by a quantity noun (cues ``amount``), else the token itself. "10 million euros
    in aid", "$5 million in assistance": a sum "in" a common noun is that thing."""
    amount = obj.lemma_.lower() in cues("amount") or obj.lower_ in cues("amount")
    if amount:
        counted = next((p for c in children(obj) if c.dep_ == "prep" and c.lower_ == "of"
                        for p in children(c) if p.dep_ == "pobj"), None)
        if counted is not None:
            return counted
    if amount or obj.pos_ == "NUM" or any(c.dep_ == "nummod" for c in children(obj)):
        return next((p for c in children(obj) if c.dep_ == "prep" and c.lower_ == "in"
                     for p in children(c) if p.dep_ == "pobj" and p.pos_ == "NOUN"
                     and not is_when(p)), obj)
    return obj
