"""Event flags read off the parse: negation, modality, intent, past perfect, and the
event's own date when the text gives one ("in 2021", "last year", "on Jan. 16")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.strings import get_string_id
from spacy.tokens import Token

from tidings.events.cues import cue_values, cues
from tidings.events.doc_memo import children, columns, entity_tokens, sentence_text
from tidings.events.syntax import SUBJ, small_clause_conjunct

__all__ = ["Flags", "event_date", "is_background", "verb_flags"]

# Month names and their abbreviations; "decade" is no December, "marathon" no March.
_MONTHS = {m: i for i, m in enumerate(
    ["jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?",
     "aug(?:ust)?", "sep(?:t(?:ember)?)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?"],
    1)}
_WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
# A year, also as a decade ("in the 1960s") or abbreviated ("in '08": the century is the
# one that keeps it at or before the publication year).
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)(?:s\b|\b)")
_SHORT_YEAR = re.compile(r"(?:^|\s)['\u2019]\s?(\d\d)\b")
_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")


_BACKGROUND_DAYS = 7
_END_MARKS = frozenset({".", "!", "?"})
_END_IDS = frozenset(get_string_id(m) for m in _END_MARKS)  # as ``Columns.orth`` has them
_QUESTION = get_string_id("?")
_NOUN_DATE_DEPS = frozenset({"compound", "nummod", "amod", "nmod", "poss"})


@dataclass(frozen=True, slots=True)
class Flags:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    past_perfect: bool = False


def _clause_chain(tok: Token) -> list[Token]:
    """``tok`` and the verbs it hangs from within its clause (xcomp/conj chain)."""
    chain = [tok]
    while chain[-1].dep_ in {"xcomp", "conj", "acomp"} and chain[-1].head.i != chain[-1].i:
        governor = small_clause_conjunct(chain[-1])
        if governor is not chain[-1]:
            chain.append(governor)  # "must hold Russia accountable and support Ukraine"
            continue
        if chain[-1].dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"}
                                            for c in children(chain[-1])):
            break  # "The world must not be silent, and I urge ...": a clause of its own
        chain.append(chain[-1].head)
    return chain


def _aux_word(aux: Token) -> str:
    """An auxiliary as the cue lists spell it: a contracted modal by its lemma ("we'd meet
    X if ..." is "would", round 16); "'d" of "had" is no modal and keeps its form."""
    return aux.lemma_.lower() if aux.tag_ == "MD" else aux.lower_


def verb_flags(tok: Token) -> Flags:
    chain = _clause_chain(tok)
    neg_cues, failure = cues("negation"), cues("failure")
    negated = any(c.dep_ in neg_cues or c.lower_ in neg_cues for v in chain for c in children(v)
                  if c.dep_ in {"neg", "advmod", "det"})
    negated = negated or any(v.lemma_.lower() in failure for v in chain[1:])
    negated = negated or _none_taking_part(chain, neg_cues)
    hypo_marks, modals = cues("hypothetical"), cues("modal")
    auxes = {_aux_word(c) for v in chain for c in children(v) if c.dep_ == "aux"}
    # "announced it would prohibit aid": a reported "would" is the future of the past.
    reported_would = "would" in auxes and chain[-1].dep_ == "ccomp" and \
        chain[-1].head.lemma_.lower() in cues("speech")
    hypothetical = bool(auxes & modals) and not (reported_would and auxes & modals == {"would"})
    hypothetical = hypothetical or _modal_manner(tok, modals) or _said_if_at_all(chain, modals)
    for anc in [tok, *tok.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in hypo_marks for c in children(anc)):
            hypothetical = True
    if sentence_text(tok).rstrip().endswith("?") or _asked(tok) or _embedded_wish(tok) \
            or _purpose(chain) or _alongside_future(chain):
        hypothetical = True
    future = reported_would or any(c.dep_ == "aux" and c.lemma_.lower() in cues("future")
                                   for v in chain for c in children(v))
    future = future or any(c.lower_ == "going" for c in children(tok.head) if tok.dep_ == "xcomp")
    # "said they would meet X if he gave them a veto": a conditional intent is still an
    # intent stated now (the coder makes it 03).
    hypothetical = hypothetical or (not future and _consequent(tok))
    return Flags(negated, hypothetical, future, _past_perfect(tok))


# Verb forms of an adverbial clause that take their time from the verb they hang on (a
# participle, a present tense, a bare form); a past tense tells its own time.
_TENSELESS = frozenset({"VBG", "VBZ", "VBP", "VB"})


def _alongside_future(chain: list[Token]) -> bool:
    """A participle or present-tense adverbial clause on a verb with a future auxiliary is
    as far ahead as that verb ("the minister will tour the towns on Friday, criticizing
    Y", "will fly to Berlin as he meets Z"): nothing done yet. A past tense in the clause
    ("will resign after the rebels attacked the town") is a deed already done."""
    clause = chain[-1]
    if clause.dep_ != "advcl" or clause.tag_ not in _TENSELESS or clause.head.i == clause.i \
            or _meanwhile(clause):
        return False
    future = cues("future")
    return any(c.dep_ == "aux" and _aux_word(c) in future
               for v in _infinitive_governors(clause.head) for c in children(v))


def _infinitive_governors(verb: Token) -> list[Token]:
    """The clause chain of ``verb``, and, when it ends in an infinitive of purpose or one on
    an object noun ("will have a last opportunity to praise X as he visits Y", "will have a
    chance to meet X"), the chain of the verb that infinitive hangs on (round 18)."""
    chain = _clause_chain(verb)
    top = chain[-1]
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(top)):
        return chain
    if top.dep_ == "advcl" and top.head.i != top.i:
        return chain + _clause_chain(top.head)
    if top.dep_ == "acl" and top.head.dep_ in {"dobj", "attr"} and top.head.head.i != top.head.i:
        return chain + _clause_chain(top.head.head)
    return chain


def _meanwhile(clause: Token) -> bool:
    """"will meet on Friday as Russian forces shell Kharkiv": a clause of what goes on at
    the same time (cues ``concurrent_mark``) with a named doer of its own tells the present,
    not the future verb's doer's plan; a pronoun doer ("as he meets Z") is mostly that doer.
    A clause of another time keeps the future ("will not lift it until troops withdraw")."""
    marks = cues("concurrent_mark")
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in marks for c in children(clause)) \
        and any(c.dep_ in SUBJ and c.pos_ != "PRON" for c in children(clause))


def _past_perfect(tok: Token) -> bool:
    """The deed is told in the past perfect: its own verb ("had attacked"), or, for an
    event noun or a participle on a noun ("had been in talks with X brokered by Y"), the
    verb of the clause the noun stands in: the past perfect puts the deed before the
    story's own time."""
    verb = tok
    if tok.pos_ not in {"VERB", "AUX"} or tok.dep_ == "acl":
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), tok)
    if _former_time(verb) or _elapsed_when(verb) or _recalled(verb):
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in cues("background_aux") for c in children(verb))


def _told_past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in children(verb)))


def _present_indicative(verb: Token) -> bool:
    """A third-person present ("occupies", "is shelling", "has seized"): no subjunctive."""
    return verb.tag_ == "VBZ" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBZ"
                                     for c in children(verb))


def _former_time(verb: Token) -> bool:
    """A past deed put at a former time by an adverb before it ("was once humbled by X",
    "he once called her a liar"; cues ``former_time``, round 14); after the verb "once"
    counts occurrences ("met him once") and is left alone."""
    return _told_past(verb) and any(
        c.dep_ == "advmod" and c.i < verb.i and c.lower_ in cues("former_time")
        for c in children(verb))


def _recalled(verb: Token) -> bool:
    """A past told as a former time by the article alone, with no date (round 18): a phrase
    of that time on the verb or on a past verb above it ("At the time, the paper wrote that
    he held off supporting X", "back then, X accused Y"; cues ``former_phrase``), or a past
    habit ("X used to accuse Y"; cues ``habitual_past``; not the passive "drones were used
    to attack", nor "used drones to attack")."""
    phrases = cues("former_phrase")
    for v in (verb, *verb.ancestors):
        if v.dep_ == "xcomp" and v.head.tag_ == "VBD" \
                and v.head.lemma_.lower() in cues("habitual_past") \
                and not any(c.dep_ in {"dobj", "auxpass"} for c in children(v.head)):
            return True
        if _told_past(v) and any(c.dep_ in {"prep", "advmod"} and _short_phrase(c) in phrases
                                 for c in children(v)):
            return True
    return False


def _short_phrase(tok: Token) -> str:
    """The words of ``tok``'s phrase, lower-cased, when it has at most four (else "")."""
    if tok.right_edge.i - tok.left_edge.i > 3:
        return ""
    return " ".join(t.lower_ for t in tok.doc[tok.left_edge.i:tok.right_edge.i + 1])


def _said_if_at_all(chain: list[Token], modals: frozenset[str]) -> bool:
    """What a speaker only might say ("she might settle it by assuring X that troops leave",
    "she may announce that ...", round 15) has not been said: the reported clause shares
    the modal of its verb of saying ("would" excepted: the future of the past)."""
    top = chain[-1]
    speech = top.head
    if top.dep_ != "ccomp" or speech.i == top.i or speech.lemma_.lower() not in cues("speech"):
        return False
    own = {_aux_word(c) for c in children(speech) if c.dep_ == "aux"} & (modals - {"would"})
    return bool(own) or _modal_manner(speech, modals - {"would"})


def _elapsed_when(verb: Token) -> bool:
    """A past time clause on a phrase of elapsed time ("Monday marked 30 years since the
    war, when troops crossed the border", "the anniversary of the raid, when ..."; cues
    ``elapsed_time``, round 15): the clause tells the past episode the time is counted
    from, not the day the governor is dated by."""
    if verb.tag_ != "VBD" or verb.dep_ not in {"advcl", "relcl"} or not any(
            c.dep_ == "advmod" and c.lower_ in cues("time_clause") for c in children(verb)):
        return False
    elapsed = cues("elapsed_time")
    # The clause hangs on the governor ("marked 30 years since X, when ...") or on the noun
    # the elapsed time is counted from ("since the start of the war, when ..."): look at the
    # head, the words on it and up to three heads above it.
    heads = [verb.head, *list(verb.head.ancestors)[:3]]
    return any(t.lower_ in elapsed or t.lemma_.lower() in elapsed
               for h in heads for t in (h, *(c for c in children(h) if c.i != verb.i)))


def _modal_manner(tok: Token, modals: frozenset[str]) -> bool:
    """A gerund that says how a modal deed would be done ("might retaliate by striking X",
    "could respond, striking X") shares the modal: a by-gerund, or a participle clause with
    no subject or mark of its own."""
    if tok.tag_ != "VBG":
        return False
    by = tok.dep_ == "pcomp" and tok.head.lower_ == "by" and tok.head.head.i != tok.head.i
    bare = tok.dep_ == "advcl" and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"}
                                           for c in children(tok))
    governor = tok.head.head if by else tok.head if bare else None
    return governor is not None and any(c.dep_ == "aux" and _aux_word(c) in modals
                                        for c in children(governor))


def _asked(tok: Token) -> bool:
    """A question inside the sentence: the first end mark after the verb is "?" ('"Did
    Russia attack Ukraine?" she asked.'); the verb of asking after it is no question."""
    orth = columns(tok.doc).orth
    mark = next((orth[i] for i in range(tok.i + 1, tok.sent.end) if orth[i] in _END_IDS), None)
    return mark == _QUESTION


def _none_taking_part(chain: list[Token], neg_cues: frozenset[str]) -> bool:
    """"sent no troops", "had no praise for X", "No member state shall expel ...": a verb
    whose object or subject is quantified by "no" says the deed did not happen."""
    return any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} and any(
        d.dep_ == "det" and d.lower_ in neg_cues for d in children(c))
        for v in chain for c in children(v))


def _consequent(tok: Token) -> bool:
    """The main clause of a conditional ("if the reports are true, Turkey is violating the
    agreement", "if she is elected, he would be ..."): the deed depends on the condition.
    The "if" clause itself is flagged by its own mark. A conditional offer, threat or
    refusal ("is willing to withdraw if ...", "threatened to shell X if ...", "issued an
    ultimatum ... if ...") is stated now: the coder codes it as such."""
    path = _clause_path(tok)
    stances = cues("intent") | cues("threat") | cues("refusal") | cues("volition")
    if any(v.lemma_.lower() in stances or any(
            c.dep_ == "dobj" and c.lemma_.lower() in cues("conditional_stance")
            for c in children(v)) for v in path):
        return False
    for v in path:
        for c in children(v):
            if c.dep_ != "advcl":
                continue
            marks = [m for m in children(c) if m.dep_ == "mark"]
            # "even if" and "as if" concede or compare, and set no condition (cue concession)
            if any(m.lower_ in cues("condition_mark") for m in marks) and not any(
                    m.doc[m.i - 1].lower_ in cues("concession") for m in marks if m.i > 0):
                return True
    return False


def _clause_path(tok: Token) -> list[Token]:
    """``tok`` and its ancestors up to the top of its clause: a reporting verb above a
    ``ccomp`` is not part of it."""
    path = [tok]
    while path[-1].dep_ not in {"ROOT", "ccomp"} and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _purpose(chain: list[Token]) -> bool:
    """An infinitive of purpose ("strikes ... to protect navigation") states a goal, and
    so does one on a noun ("efforts to support Ukraine", "his engagement ... to open the
    crossing"), except on a noun of intent ("a plan to attack"), which the coder re-codes
    as intent (03 / 13)."""
    top = chain[-1]
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in children(top))
    if top.dep_ == "acl" and top.head.pos_ == "NOUN":
        return to and top.head.lemma_.lower() not in cues("intent_noun")
    return top.dep_ == "advcl" and to


def _embedded_wish(tok: Token) -> bool:
    """Inside what someone demands, plans or offers ("demanded that Israel ease ...",
    "offered troops to help him oust Aoun"), a deed has not happened. The direct
    complement of an intent, threat or refusal governor is exempt: the coder re-codes it
    (03 / 13 / 12) instead."""
    wrappers = cues("directive") | cues("intent") | cues("threat") | cues("refusal")
    refusals = cues("refusal")
    recoded = cues("intent") | cues("threat") | refusals
    node = tok
    for anc in tok.ancestors:
        lemma = anc.lemma_.lower()
        if node.dep_ == "ccomp" and any(
                (c.dep_ == "dobj" and c.pos_ == "NOUN")
                or (c.dep_ == "csubj" and not _told_past(node)
                    and not (_present_indicative(node) and c.lemma_.lower() in refusals))
                for c in children(anc) if c.lemma_.lower() in wrappers):
            # "reiterated its demand that Israel ease ...": the clause is the demand; so in
            # "what is needed is that Israel ease ..." (round 18), but a clause told in the
            # past is a fact the subject wants undone ("what X refused to accept is that Y
            # attacked Z"), and so is one told in the present under a refusal ("what X
            # rejects is that Y occupies Z", round 19)
            return True
        if (node.dep_ in {"ccomp", "relcl", "acl"} and lemma in cues("obligation_frame")) or any(
                c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in cues("obligation_frame")
                and node.dep_ == "ccomp" for c in children(anc)):
            return True  # "it is imperative that X provide ...", "it is time for X to ..."
        if node.dep_ == "ccomp" and _glued_frame(node, anc):
            return True
        if _foreseen(node, anc):
            return True
        if node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ == "VBN"):
            # "committed to advocating for a Texan who remains detained by X", "Americans
            # held by Iran": a relative clause or a past participle states a fact about
            # its noun, whatever is wished above it.
            return False
        if lemma in cues("deliberation") and node.dep_ == "xcomp" and node.tag_ == "VBG":
            return True  # "is considering sending aid": weighed, not yet done
        if lemma in wrappers:
            direct = node.i == tok.i and (tok.dep_ == "xcomp" or (
                tok.dep_ == "acl" and lemma in cues("intent_noun")))  # "a plan to attack"
            if not (direct and lemma in recoded):
                return True
        if anc.dep_ == "ROOT":
            break
        node = anc
    return False


def _foreseen(node: Token, anc: Token) -> bool:
    """A clause that is predicted ("predicted that the mayor will back the plan"), judged
    unlikely or possible ("it seems unlikely that the rebels can hold the town"), or an
    infinitive that must still be done ("we will have to talk to them again")."""
    lemma = anc.lemma_.lower()
    if node.dep_ == "ccomp" and lemma in cues("prediction"):
        return True
    if node.dep_ == "ccomp" and (lemma in cues("doubt_frame") or any(
            c.dep_ in {"acomp", "attr", "oprd"} and c.lemma_.lower() in cues("doubt_frame")
            for c in children(anc))):
        return True
    return node.dep_ == "xcomp" and lemma in cues("obligation_verb") and anc.tag_ != "VBD" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(node))


def _glued_frame(clause: Token, copula: Token) -> bool:
    """"it's essential Congress deliver aid": without "that" the small parser reads the
    frame adjective as a modifier of the clause's subject."""
    frames = cues("obligation_frame")
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children(copula)) and any(
        s.dep_ == "nsubj" and any(a.dep_ == "amod" and a.lemma_.lower() in frames
                                  for a in children(s))
        for s in children(clause))


def _date_tokens(tok: Token) -> list[Token]:
    """DATE entity tokens attached to ``tok``'s clause (not to an embedded clause)."""
    verb = next((v for v in [tok, *tok.ancestors] if v.pos_ in {"VERB", "AUX"}), tok)
    out = []
    for t in entity_tokens(tok.sent, "DATE"):
        head = t
        for _ in range(4):
            if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
                break
            head = head.head
        if head.i == verb.i:
            out.append(t)
    return out or _inherited_date_tokens(verb)


def _inherited_date_tokens(verb: Token) -> list[Token]:
    """The date of a clause without one of its own: its governor's, or its noun's."""
    if verb.dep_ == "conj" and verb.head.i != verb.i and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in children(verb)):
        # "In 1994 the army crossed the river and took the town": conjoined
        # verbs of one subject share the date adjunct of the first.
        return _date_tokens(verb.head)
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        # "Three years ago she rose to defeat him": an infinitive complement happens
        # when its governor does.
        return _date_tokens(verb.head)
    if verb.dep_ == "relcl":
        # "the 2012 crisis in which the envoys were attacked": a date on the noun the
        # relative clause describes dates the clause.
        dated = [t for c in children(verb.head) if c.dep_ in _NOUN_DATE_DEPS
                 for t in c.subtree if t.ent_type_ == "DATE"]
        if dated:
            return dated
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in cues("speech"):
        # "said in '08 that white voters backed Obama": what is said is no later than
        # the saying.
        return _date_tokens(verb.head)
    if any(c.dep_ == "advmod" and c.lower_ in cues("time_clause") for c in children(verb)):
        # "The conflict began in 2014, when the Houthis seized Sanaa": the time clause is
        # dated by the date it hangs on, or shares its governor's date.
        if verb.dep_ == "relcl" and verb.head.ent_type_ == "DATE":
            return [t for t in verb.head.subtree if t.ent_type_ == "DATE"]
        if verb.dep_ == "advcl":
            return _date_tokens(verb.head)
    return []


def event_date(tok: Token, published: date | None) -> tuple[date | None, str | None]:
    """(date, precision) of the event anchored at ``tok``; precision is day|month|year."""
    verb = next((v for v in [tok, *tok.ancestors] if v.pos_ in {"VERB", "AUX"}), tok)
    span = _span_before(verb)
    if span is not None:
        return _ago(span, published)
    tokens = _date_tokens(tok)
    if not tokens:
        return _infinitive_date(tok, published)
    return _resolve(tokens, tok, published)


def _span_before(verb: Token) -> str | None:
    """"Two years after the rebels attacked the town, the mayor still ...", "three weeks
    after pledging her support, she ..." (round 16): a clause or gerund after "after" with a
    span of time is that span before its governor, so no later than that span before
    publication unless the governor lies ahead ("a month after he takes office, he will
    ..."). The span as "N units ago" text, or None."""
    after = next((c for c in children(verb) if c.dep_ == "mark" and c.lower_ == "after"), None)
    if after is None and verb.dep_ == "pcomp" and verb.head.lower_ == "after":
        after = verb.head
    if after is None or after.head.i == after.i:
        return None
    governor = after.head if after.dep_ == "prep" else verb.head
    if verb.dep_ not in {"advcl", "pcomp"} or governor.i == verb.i or _ahead(governor):
        return None
    span = [t for h in (verb, after) for c in children(h) if c.dep_ == "npadvmod"
            and c.ent_type_ == "DATE" for t in c.subtree]
    text = " ".join(t.lower_ for t in sorted(span, key=lambda t: t.i))
    return f"{text} ago" if text and _AGO.search(f"{text} ago") else None


def _infinitive_date(tok: Token, published: date | None) -> tuple[date | None, str | None]:
    """An undated verb whose infinitive is dated in the past ("agreed to sell the plane in
    2010", "decided last year to leave"): the decision came no later than the deed. A
    future date is the deed's alone ("agreed to meet in 2030" is agreed now)."""
    if published is None:
        return None, None
    for c in children(tok):
        if c.dep_ != "xcomp" or not any(a.dep_ == "aux" and a.lower_ == "to"
                                        for a in children(c)):
            continue
        own = [t for t in c.subtree if t.ent_type_ == "DATE" and _verb_of(t).i == c.i]
        when, precision = _resolve(own, c, published) if own else (None, None)
        if when is not None and precision in {"year", "month"} and when < date(
                published.year, published.month, 1):
            return when, precision
    return None, None


def _verb_of(t: Token) -> Token:
    head = t
    for _ in range(4):
        if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
            break
        head = head.head
    return head


def is_background(when: date | None, precision: str | None, published: date | None,
                  past_perfect: bool) -> bool:
    """Whether an event so dated (or told in the past perfect) lies before the article's
    own time: an earlier year or month, or a day more than a week before publication."""
    if past_perfect:
        return True
    if when is None or published is None:
        return False
    if precision == "year":
        return when.year < published.year
    if precision == "month":
        return (when.year, when.month) < (published.year, published.month)
    return when < published - timedelta(days=_BACKGROUND_DAYS)


def _resolve(tokens: list[Token], tok: Token,
             published: date | None) -> tuple[date | None, str | None]:
    text = " ".join(t.lower_ for t in tokens)
    ref = published
    for phrase, offset in cue_values("relative_year").items():
        if phrase in text and ref is not None:
            return date(ref.year + int(offset), 1, 1), "year"
    for phrase, offset in cue_values("relative_month").items():
        if phrase in text and ref is not None:
            months = ref.year * 12 + ref.month - 1 + int(offset)
            return date(months // 12, months % 12 + 1, 1), "month"
    for word, offset in cue_values("relative_day").items():
        if word in text.split() and ref is not None:
            return ref + timedelta(days=int(offset)), "day"
    for word, wd in _WEEKDAYS.items():
        if word in text.split() and ref is not None:
            back = (ref.weekday() - wd) % 7
            return ref - timedelta(days=back), "day"
    ago = _ago(text, ref)
    return ago if ago[0] is not None else _absolute(text, ref, _ahead(tok))


def _ahead(tok: Token) -> bool:
    """Whether the clause looks forward (a future or modal auxiliary: "will meet in
    November", "must support her in November"): a month without a year is then not read
    back into the past year."""
    wanted = cues("future") | cues("modal")
    return any(c.dep_ == "aux" and _aux_word(c) in wanted for v in _clause_chain(tok)
               for c in children(v))


_AGO = re.compile(r"\b(\d+|[a-z]+(?: [a-z]+)?) (year|decade|month|week|day)s? ago\b")


def _ago(text: str, ref: date | None) -> tuple[date | None, str | None]:
    """"five years ago", "a decade ago", "three months ago", "two days ago" (counts in
    words are cue ``count_word``)."""
    found = _AGO.search(text)
    if found is None or ref is None:
        return None, None
    words, unit = found.group(1), found.group(2)
    counts = cue_values("count_word")
    raw = words if words.isdigit() else counts.get(words) or counts.get(words.split()[-1])
    if raw is None:
        return None, None
    n = int(raw)
    if unit in {"year", "decade"}:
        return date(ref.year - n * (10 if unit == "decade" else 1), 1, 1), "year"
    if unit == "month":
        months = ref.year * 12 + ref.month - 1 - n
        return date(months // 12, months % 12 + 1, 1), "month"
    return ref - timedelta(days=n * (7 if unit == "week" else 1)), "day"


def _year_in(text: str, ref: date | None) -> int | None:
    """The year written in ``text``: "2014", "the 1960s", or "'08" (read back from ``ref``)."""
    found = _YEAR.search(text)
    if found:
        return int(found.group(1))
    short = _SHORT_YEAR.search(text)
    if short is None:
        return None
    year = 2000 + int(short.group(1))
    return year - 100 if ref is not None and year > ref.year else year


def _absolute(text: str, ref: date | None,
              ahead: bool = False) -> tuple[date | None, str | None]:
    month = next((n for m, n in _MONTHS.items() if re.search(rf"\b{m}\b", text)), None)
    written = _year_in(text, ref)
    year_m = written is not None
    year = written if written is not None else (ref.year if ref else None)
    if year is None:
        return None, None
    if month is None:
        return (date(year, 1, 1), "year") if year_m else (None, None)
    day_m = _DAY.search(_SHORT_YEAR.sub(" ", _YEAR.sub(" ", text)))
    day = int(day_m.group(1)) if day_m and 1 <= int(day_m.group(1)) <= 31 else None
    try:
        found = date(year, month, day or 1)
    except ValueError:
        return None, None
    if not year_m and ref is not None and found > ref and not ahead:
        found = date(year - 1, month, day or 1)  # "on Jan. 16" in a February article
    return found, "day" if day else "month"
