"""Reported (indirect) speech: a cue verb with a clause, or "according to X".

Patterns, all read off the dependency parse:

* ``X said/warned/noted (that) CLAUSE`` and ``X told Y (that) CLAUSE``: a cue
  verb with a ``ccomp``; "weak" cues (find, ensure, ...) need an explicit
  "that".
* ``CLAUSE, the minister said.``: the parser attaches the clause as the cue's
  ``ccomp`` or the cue as a ``parataxis`` of the clause.
* ``X urged Y to ...``: a directive cue with an object and a to-clause.
* ``according to X, CLAUSE``: the sentence minus the "according to" phrase.

Content that is mostly inside quote marks is left to the direct-quote rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
from spacy.attrs import DEP, LOWER, POS
from spacy.strings import get_string_id

from tidings.quotes.lexicon import (
    CueClass,
    CueNoun,
    addressee_verbs,
    cue_nouns,
    evidence_nouns,
    evidential_adverbs,
    lead_labels,
    np_cues,
    question_cues,
)
from tidings.quotes.speaker import Speaker, SpeakerResolver
from tidings.quotes.stance import (
    adj_content,
    animate,
    as_report,
    in_purpose_clause,
    np_content,
    passive_content,
    raised_content,
)
from tidings.quotes.syntax import cue_of, inside, subject_of, tokens_in
from tidings.records import Quote

__all__ = ["reported_speech"]

_MIN_CONTENT_TOKENS = 3
# a stance may be about a single name: "endorsed Clinton", "criticized Trump"
_MIN_WORDS = {"indirect-np": 1, "indirect-noun-np": 1, "indirect-adj": 1, "indirect-say-short": 1}
_THAT = ("that", "whether", "if")
_ALL_QUOTED_SHARE = 0.34  # of its words outside the marks, or it is a direct quote
# A clause is left to the direct-quote rules unless this many of its words (besides
# 'that') are outside the marks: 'predicted the debate would "turn to ..."'
# is a report with a partial quote in it, and both are kept.
_MIN_UNQUOTED = 2
_CLAUSE_CLASSES: tuple[CueClass, ...] = (
    "speech", "cognition", "weak", "directive", "commissive", "naming", "intention"
)
_LEAD_IN_DEPS = frozenset({"advcl", "prep", "npadvmod", "advmod", "mark", "cc"})
_FRAME_DEPS = ("nsubj", "nsubjpass", "aux", "auxpass", "neg")
_FRAME_CUES: tuple[CueClass, ...] = ("speech", "cognition", "weak")
_FIRST_PERSON = frozenset({"i", "we"})
# In a purpose clause ("travelled to Iowa to praise the governor / to say that ...") a cue
# is an attribution PolNeAR annotates; only a call made there ("will travel to the region
# to urge the parties to ...") is not yet a report.
_NOT_IN_PURPOSE = frozenset({"indirect-directive"})
_MISREAD_OBJECT = 5  # tokens
_MAX_LEAD_CHARS = 60  # "Pakistan's Foreign Minister Bilawal Bhutto Zardari:"
_MAX_LEAD_TOKENS = 6
# Rules whose cue needs an actor as subject: stances, intentions, commitments
# Every rule of _candidates needs its cue to be one of these (cue_of takes a verb or a
# ROOT; the others: an adjective, a cue noun, an evidential adverb, "according"); the
# other tokens are skipped on spaCy's integer columns, without a Token object each.
_CUE_POS = [get_string_id(p) for p in ("VERB", "AUX", "ADJ", "NOUN")]
_CUE_DEPS = [get_string_id(d) for d in ("ROOT", "advmod")]
_ACCORDING = get_string_id("according")
_ACTOR_RULES = frozenset(
    {"indirect-np", "indirect-intention", "indirect-commissive", "indirect-noun-to",
     "indirect-noun-np", "indirect-adj", "indirect-naming"}
)


def _span(tokens: list[Any]) -> tuple[int, int]:
    """Char span of a token list, trimmed of edge punctuation (commas, quote marks)."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_space or (toks[-1].is_punct and toks[-1].text not in ".?!”\"")):
        toks = toks[:-1]
    if not toks:
        return 0, 0
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _clause(verb: Any) -> tuple[Any, str] | None:
    """The reported clause of a cue verb and the rule that found it."""
    cls = cue_of(verb, _CLAUSE_CLASSES)
    if cls is None:
        return None
    if cls == "naming":  # "call on X to ...", or "called Cruz a liar"
        comps = [c for c in verb.children if c.dep_ == "xcomp"]
        on = any(c.lower_ == "on" for c in verb.children)
        if comps and on:
            return comps[0], "indirect-directive"
        objs = _naming_objects(verb)
        return (objs[0], "indirect-naming") if objs else None
    # a clause after the cue first: in "In a statement released after X suspended his
    # campaign, Cruz said he is certain ...", the parser also hangs the opener on "said"
    ccomps = sorted((c for c in verb.children if c.dep_ == "ccomp"), key=lambda c: c.i < verb.i)
    if verb.lemma_.lower() in question_cues():  # "asked if she had ever been warned"
        ccomps += [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
            g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in c.children)]
    for child in ccomps:
        has_that = any(g.dep_ == "mark" and g.lower_ in _THAT for g in child.children)
        # "condemned what it called an attack": a free relative is an object, not a report
        free_relative = child.left_edge.lower_ == "what" and cls != "cognition"
        if (cls != "weak" or has_that or _evidence(verb)) and not free_relative:
            return child, "indirect-ccomp"
    if verb.lemma_ == "say":
        # "say" takes a clause; a long "object" is a clause the parser misread
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        if objs and len(list(objs[0].subtree)) >= _MISREAD_OBJECT:
            return objs[0], "indirect-say-object"
        # "75 percent said yes", "half said so", "he said the same": a pro-form of what was said
        short = objs or [c for c in verb.children if c.dep_ == "intj" and c.i > verb.i]
        if short:
            return short[0], "indirect-say-short"
        # "She said taxing it could bring ...": a gerund subject misread as an xcomp
        gerunds = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
        if gerunds and gerunds[0].i > verb.i and len(list(verb.subtree)) >= _MISREAD_OBJECT:
            return gerunds[0], "indirect-say-object"
    if cls == "weak" and verb.lemma_ in ("show", "find") and _evidence(verb):
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        if objs:  # "a Fox News poll shows Sanders with 47 percent"
            return objs[0], "indirect-evidence"
    comps = [c for c in verb.children if c.dep_ == "xcomp"]
    if cls == "directive":
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if objs and comps:
            return comps[0], "indirect-directive"
    if cls == "commissive" and comps:  # "vowed to deport", "threatened to retaliate"
        return comps[0], "indirect-commissive"
    if cls in ("intention", "cognition") and comps:  # "wants to ...", "hopes to ..."
        return comps[0], "indirect-intention"
    if cls == "speech":  # "accused Washington of destabilising the region"
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
                gerunds = [c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
                if gerunds:
                    return gerunds[0], "indirect-charge"
    return None


def _more_clauses(verb: Any, clause: Any) -> list[Any]:
    """Further reported clauses the parser hung on the cue as conjuncts: "believes there
    are no options, but that sometimes ..." (a conjunct introduced by "that"), and the
    conjunction before each."""
    out: list[Any] = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < clause.i or cue_of(conj, _CLAUSE_CLASSES):
            continue
        if any(g.dep_ == "mark" and g.lower_ == "that" for g in conj.children):
            out.extend(c for c in verb.children if c.dep_ == "cc" and clause.i < c.i < conj.i)
            out.append(conj)
    return out


def _naming_objects(verb: Any) -> list[Any]:
    """The object and the name of "called the plan a disaster" (the parser gives the
    name as ``oprd`` or as a second ``dobj``), or []."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i]
    return objs if len(objs) >= 2 else []


def _evidence(verb: Any) -> bool:
    """Is the subject of ``verb`` a documentary source ("the poll", "FEC records")?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in evidence_nouns()


def _possible_cues(sdoc: Any) -> Iterator[Any]:
    """The tokens of ``sdoc`` that any rule of :func:`_candidates` could take as a cue."""
    arr = sdoc.to_array([POS, DEP, LOWER])
    # one comparison per label: cheaper than np.isin on an article's few hundred tokens
    keep = arr[:, 2] == _ACCORDING
    for column, labels in ((0, _CUE_POS), (1, _CUE_DEPS)):
        for label in labels:
            keep |= arr[:, column] == label
    for i in np.flatnonzero(keep).tolist():
        yield sdoc[i]


def _candidates(sdoc: Any) -> Iterator[tuple[Any, list[Any], str]]:
    """(cue token, content tokens, rule) triples."""
    for tok in _possible_cues(sdoc):
        speech_advcl = tok.dep_ == "advcl" and cue_of(tok, ("speech",))
        as_content = as_report(tok) if speech_advcl else None
        if as_content is not None:
            yield tok, as_content, "indirect-as"
            continue
        raised = raised_content(tok)
        if raised is not None:
            yield tok, raised, "indirect-raising"
            continue
        passive = passive_content(tok)
        if passive is not None:
            yield tok, passive, "indirect-passive"
            continue
        found = _clause(tok)
        np = np_content(tok) if found is None else None
        adj = adj_content(tok) if tok.pos_ == "ADJ" else None
        if np is not None:
            yield tok, np, "indirect-np"
        elif adj is not None:
            yield tok, adj, "indirect-adj"
        elif found is not None:
            clause, rule = found
            content = list(clause.subtree)
            if rule == "indirect-ccomp":
                content.extend(t for c in _more_clauses(tok, clause) for t in c.subtree)
            if rule in ("indirect-say-object", "indirect-evidence"):  # the rest follows
                content = [t for t in tok.subtree if t.i >= clause.left_edge.i]
            if rule == "indirect-naming":  # "Cruz a liar": both objects
                last = _naming_objects(tok)[-1]
                content = [t for t in tok.subtree
                           if clause.left_edge.i <= t.i <= last.right_edge.i]
            yield tok, content, rule
        elif tok.dep_ == "parataxis" and cue_of(tok, ("speech", "cognition")):
            # "This election, he says, is different.": the clause around the cue
            skip = {t.i for t in tok.subtree}
            content = [t for t in tok.head.subtree if t.i not in skip]
            yield tok, content, "indirect-parataxis"
        elif tok.dep_ == "advmod" and tok.lower_ in evidential_adverbs():
            # "Trump reportedly told aides ...": the clause, without the adverb
            yield tok, [t for t in tok.head.subtree if t.i != tok.i], "indirect-evidential"
        elif tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            yield tok, [], "indirect-according-to"
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in cue_nouns():
            yield from _noun_contents(tok, cue_nouns()[tok.lemma_.lower()])


def _noun_contents(tok: Any, how: CueNoun) -> Iterator[tuple[Any, list[Any], str]]:
    for child in tok.children:
        marks = [g for g in child.children if g.dep_ == "mark" and g.lower_ == "that"]
        if child.dep_ in ("acl", "ccomp") and marks:
            yield tok, list(child.subtree), "indirect-noun"
        elif child.dep_ == "acl" and how.to_clause and any(
            g.dep_ == "aux" and g.tag_ == "TO" for g in child.children
        ):  # "his proposal to ban ...", "the vow to retaliate"
            yield tok, list(child.subtree), "indirect-noun-to"
        elif child.dep_ == "prep" and child.lower_ in how.preps and child.i == tok.i + 1:
            content = [t for t in child.subtree if t.i != child.i]
            if content:  # "his call for a ceasefire", "her criticism of the deal"
                yield tok, content, "indirect-noun-np"


def _noun_owner(noun: Any) -> Any:
    """Whose view: the subject of the verb that takes the noun, else its possessor."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        subj = subject_of(noun.head)
        if subj is not None:
            return subj
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _agent(verb: Any) -> Any:
    """The object of a passive verb's "by" phrase, or None."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _according_to(tok: Any) -> tuple[list[Any], Any]:
    to = next(c for c in tok.children if c.lower_ == "to")
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    phrase = list(tok.subtree)
    lo, hi = phrase[0].i, phrase[-1].i
    sent = tok.sent
    # The clause is on one side of the phrase: "X, according to Y." or "According to Y, X."
    before = [t for t in sent if t.i < lo]
    after = [t for t in sent if t.i > hi]
    content = before if len(before) >= len(after) else after
    return content, source


def _colon_leads(sdoc: Any, text: str) -> Iterator[tuple[Any, list[Any], Any]]:
    """'Senator Ames: Voter anger rewards the loudest voices' (headlines, interview turns).

    A paragraph that opens with a short name (a PERSON or ORG entity and at most
    a title before it) and a colon reports what follows as that source's words.
    """
    from tidings.quotes.marks import paragraphs

    names: list[Any] | None = None  # spaCy builds Doc.ents anew on each access
    for start, end in paragraphs(text):
        colon = text.find(":", start, min(end, start + _MAX_LEAD_CHARS))
        if colon < 0:
            continue
        lead = [t for t in tokens_in(sdoc, start, colon) if not t.is_space]
        if names is None:
            names = [e for e in sdoc.ents if e.label_ in ("PERSON", "ORG")]
        ents = [e for e in names if start <= e.start_char and e.end_char <= colon]
        if not lead or len(lead) > _MAX_LEAD_TOKENS:
            continue
        if ents and ents[-1].end_char == lead[-1].idx + len(lead[-1].text):
            head = ents[-1].root
        elif _headline_source(lead):  # "Poll:", "NY Daily News:", "Graham:"
            head = lead[-1]
        else:
            continue
        cue = next(iter(tokens_in(sdoc, colon, colon + 1)), None)
        content = [t for t in tokens_in(sdoc, colon + 1, end) if not t.is_space]
        if cue is not None:
            yield cue, content, head


def _headline_source(lead: list[Any]) -> bool:
    """A capitalised name-like lead (no digits, no verb, not a section label)."""
    words = [t for t in lead if not t.is_punct]
    if not words or " ".join(t.lower_ for t in words) in lead_labels():
        return False
    if words[0].pos_ in ("ADP", "SCONJ"):  # "In Syria:", a list header, not a source
        return False
    for t in words:
        if t.like_num or any(c.isdigit() for c in t.text) or t.pos_ in ("VERB", "AUX", "PRON"):
            return False
    content_words = [t for t in words if not t.is_stop]
    return bool(content_words) and all(t.text[0].isupper() for t in content_words)


def _content_span(
    text: str, cue: Any, content: list[Any], quoted: list[tuple[int, int]], min_words: int = 0,
    mixed: bool = False,
) -> tuple[int, int] | None:
    """The reported span, or None when it is too short or really a direct quote.

    ``mixed``: the content is the cue's own clause, which may be a report with a
    partial quote in it (kept when enough of its words are outside the marks).
    """
    # The parser may run a clause over a paragraph break; a report ends with its paragraph.
    para_start = text.rfind("\n", 0, cue.idx) + 1
    para_end = text.find("\n", cue.idx)
    para_end = len(text) if para_end < 0 else para_end
    content = [t for t in content if para_start <= t.idx < para_end]
    words = [t for t in content if not t.is_punct and not t.is_space]
    start, end = _span(content)
    if end <= start or len(words) < (min_words or _MIN_CONTENT_TOKENS):
        return None
    # A clause that is (nearly) all inside quote marks is a direct quote, reported there.
    outside = [
        t for t in words
        if not inside(t.idx, quoted) and t.lower_ not in _THAT and not _frame_word(t)
    ]
    if len(outside) < (_MIN_UNQUOTED if mixed else _ALL_QUOTED_SHARE * len(words)):
        return None
    if mixed and not _clause_outside(content, quoted):
        return None
    return start, end


def _clause_outside(content: list[Any], quoted: list[tuple[int, int]]) -> bool:
    """Is the reported clause the writer's, with only a part of it quoted ('the debate
    would "turn to"'), rather than a quoted sentence with an unquoted adverbial
    lead-in ('If Russia did that, "you would see ..."')?"""
    ids = {t.i for t in content}
    roots = [t for t in content if t.head.i not in ids or t.head.i == t.i]
    if not roots or not inside(roots[0].idx, quoted):
        return bool(roots)
    lead_in = {t.i for c in roots[0].children if c.dep_ in _LEAD_IN_DEPS for t in c.subtree}
    return any(
        not inside(t.idx, quoted) and t.i not in lead_in and not (t.is_punct or t.is_space)
        and t.lower_ not in _THAT
        for t in content
    )


def _a_call(cue: Any, rule: str) -> bool:
    """A call or appeal ("urged", "called on/for"), as opposed to a claim or a stance."""
    return rule == "indirect-directive" or cue_of(cue, ("directive", "naming")) is not None


def _frame_word(tok: Any) -> bool:
    """A word of a nested reporting frame ('it was underscored that "..."'): a cue verb or
    its subject or auxiliary, which adds no reported words of its own."""
    verb = tok.head if tok.dep_ in _FRAME_DEPS else tok
    if cue_of(verb, _FRAME_CUES) is not None:
        return True
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in np_cues():
        return True  # a stance verb; the noun "order" or "report" is reported words
    # "it was agreed / underscored that ...", whatever the tagger makes of the participle
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)


def reported_speech(
    sdoc: Any, text: str, quoted: list[tuple[int, int]], resolver: SpeakerResolver
) -> list[Quote]:
    """Indirect quotes found in ``sdoc``; ``quoted`` are the direct quotes' mark ranges."""
    out: list[Quote] = []
    for cue, content, rule in _candidates(sdoc):
        if inside(cue.idx, quoted) or (rule in _NOT_IN_PURPOSE and in_purpose_clause(cue)):
            continue
        noun = rule.startswith("indirect-noun")
        subj = _noun_owner(cue) if noun else subject_of(cue)
        if rule == "indirect-adj":  # "Clinton is confident ...": the copula's subject
            subj = subject_of(cue.head)
        if subj is None and cue.dep_ == "acl" and cue.tag_ == "VBG" and not noun:
            subj = cue.head  # "Trump, vowing to ...", "officials saying that ..."
        if rule == "indirect-according-to":
            content, subj = _according_to(cue)
        if rule in ("indirect-raising", "indirect-evidential"):
            subj = None  # the impression is the writer's: the subject is not a speaker
        if rule == "indirect-passive":  # the subject is the content; the "by" agent holds it
            subj = _agent(cue)
        # a stance, an intention or a commitment ("threaten", "vow") needs an actor holding it
        needs_actor = rule in _ACTOR_RULES or cue_of(cue, ("commissive", "intention"))
        if needs_actor and (subj is None or not animate(subj, resolver)):
            continue
        if rule == "indirect-np" and _addressee_only(cue, content, resolver):
            continue
        # "We call on Iran to ...", "we urge ...": a press release's own call, not a report;
        # the writer's other beliefs, claims and stances ("I think the deal ...", "we oppose
        # the plan") are attributions, as PolNeAR annotates them
        if subj is not None and subj.lower_ in _FIRST_PERSON and _a_call(cue, rule):
            continue
        mixed = rule == "indirect-ccomp"
        span = _content_span(text, cue, content, quoted, _MIN_WORDS.get(rule, 0), mixed)
        if span is not None:
            speaker = resolver.resolve(subj) if subj is not None else None
            out.append(_quote(text, cue, span, speaker, rule))
    for cue, content, head in _colon_leads(sdoc, text):
        span = _content_span(text, cue, content, quoted)
        if span is not None:
            out.append(_quote(text, cue, span, resolver.resolve(head), "indirect-colon"))
    return out


def _addressee_only(cue: Any, content: list[Any], resolver: SpeakerResolver) -> bool:
    """"Speaking to reporters in Tehran", "threatened Iranian citizens": a phrase naming an
    actor is who was spoken to or threatened, not what was said (data/addressee_verbs.tsv)."""
    lemma = cue.lemma_.lower()
    obj = next((t for t in content if t.dep_ == "dobj" and t.head.i == cue.i), None)
    if obj is not None:
        return (lemma, "-") in addressee_verbs() and animate(obj, resolver)
    prep = content[0].head if content else None
    if prep is None or prep.dep_ != "prep" or prep.head.i != cue.i or \
            (lemma, prep.lower_) not in addressee_verbs():
        return False
    addressee = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return addressee is not None and animate(addressee, resolver)


def _quote(
    text: str, cue: Any, span: tuple[int, int], speaker: Speaker | None, rule: str
) -> Quote:
    start, end = span
    # "according to": the cue is the two-word phrase
    cue_end = cue.idx + len(cue.text)
    if rule == "indirect-according-to":
        to = next(c for c in cue.children if c.lower_ == "to")
        cue_end = to.idx + len(to.text)
    return Quote(
        kind="indirect",
        text=text[start:end],
        start=start,
        end=end,
        cue=text[cue.idx : cue_end],
        cue_start=cue.idx,
        cue_end=cue_end,
        speaker=speaker.actor if speaker else None,
        speaker_text=speaker.text if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        rule=rule,
        confidence=speaker.confidence if speaker and speaker.actor else 0.5,
    )
