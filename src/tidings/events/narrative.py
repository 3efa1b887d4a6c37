"""Narrative background (round 19): a past episode retold in an article.

GDELT's best-known flaw is to code a retold past ("In 1991 the rebels defeated the army.
They marched into the capital ...") as news of the day. A sentence dates only its own
verbs (:mod:`tidings.events.timing`); here a sentence whose main verbs are dated before the
article's time carries that time to the undated past verbs that follow it, across
paragraphs, until a sentence speaks from the article's own time: a recent or future date, a
present, perfect or future main verb ("has occupied it since 2014", "officials say"), or a
report ("X said", "according to X") that no earlier date puts in the past.
"""

from __future__ import annotations

from datetime import date
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from tidings.events.cues import cues
from tidings.events.doc_memo import children
from tidings.events.timing import event_date, is_background

__all__ = ["carried_date"]

# Tags of a finite verb or auxiliary: the word that tells a clause's tense.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Dependency labels by which a date phrase dates a verb (not a noun: "the 2012 attack").
_ADVERBIAL = frozenset({"npadvmod", "advmod", "tmod", "obl"})
_NOW = "now"
_Dated = tuple[date, str]  # a date and its precision (day, month, year)
# Per parsed article: sentence start -> the date carried to it (read once, on demand).
_CARRIED: WeakKeyDictionary[Doc, dict[int, _Dated]] = WeakKeyDictionary()


def carried_date(anchor: Token, published: date | None) -> _Dated | None:
    """The earlier date (and its precision) the narration carries to the undated past
    event at ``anchor``: that of the last sentence before it (or of its own sentence) whose
    main verbs are dated before the article's time, with no sentence from the article's
    time in between (nor the event's own sentence). ``None`` when the event's clause is
    not told in the past."""
    if published is None or not _past_clause(anchor):
        return None
    doc = anchor.doc
    if doc not in _CARRIED:
        _CARRIED[doc] = _carried(doc, published)
    return _CARRIED[doc].get(anchor.sent.start)


def _carried(doc: Doc, published: date) -> dict[int, _Dated]:
    out: dict[int, _Dated] = {}
    carried: _Dated | None = None
    for sent in doc.sents:
        state, when = _sentence_time(sent, published)
        carried = None if state == _NOW else when or carried
        if carried is not None:
            out[sent.start] = carried
    return out


def _past_clause(anchor: Token) -> bool:
    """The first finite verb at or above ``anchor`` is a past tense ("shot", "was
    targeted", "were giving"); an infinitive or participle takes the tense of its verb."""
    for v in (anchor, *anchor.ancestors):
        if v.pos_ not in {"VERB", "AUX"}:
            continue
        auxes = [c for c in children(v) if c.dep_ in {"aux", "auxpass"}]
        if _finite(v):
            return v.tag_ == "VBD" or (any(a.tag_ == "VBD" for a in auxes) and not any(
                a.tag_ in {"VBZ", "VBP", "MD"} for a in auxes))
    return False


def _sentence_time(sent: Span, published: date) -> tuple[str, _Dated | None]:
    """(_NOW, None) when the sentence speaks from the article's time; ("past", date) when
    its main verbs are dated before it (the latest such date); ("", None) otherwise."""
    root = sent.root
    if _present(root):
        return _NOW, None
    latest: _Dated | None = None
    for verb, phrase in _dated_verbs(sent):
        when, precision = event_date(verb, published)
        if when is None or precision is None:
            if any(t.lower_ in cues("recent_time") for t in phrase):
                return _NOW, None  # "last week", "in recent days": the article's own time
            continue  # a span of time ("for four years"), a time of day ("at dawn")
        if not (_finite(verb) and _past_clause(verb)) \
                or not is_background(when, precision, published, False):
            return _NOW, None
        if _main(verb, root):
            latest = max(latest or (when, precision), (when, precision))
    if latest is not None:
        return "past", latest
    if root.lemma_.lower() in cues("speech") or any(_tells_today(t) for t in sent):
        return _NOW, None  # "X said": a report of the day
    return "", None


def _tells_today(tok: Token) -> bool:
    """"according to X" (a report of the day) or "accused X of fresh shelling" (a new deed,
    not the retold one: only as a deed's modifier, "the raid was the latest of several"
    tells no new deed)."""
    low = tok.lower_
    return low in cues("report_phrase") or (tok.dep_ == "amod" and low in cues("fresh_deed"))


def _main(verb: Token, root: Token) -> bool:
    """``verb`` is the main verb, a conjunct of it, or the verb of a time clause on it
    ("taught there before he moved to Kenya in 2011": the main verb is at or before that
    time); a date in another subordinate clause ("X attacked Y, which it first invaded in
    2022") tells only that clause's time."""
    while verb.i != root.i and (verb.dep_ == "conj" or _time_clause(verb)):
        verb = verb.head
    return verb.i == root.i


def _time_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"}
                                        and c.lower_ in cues("time_clause")
                                        for c in children(verb))


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own: an infinitive's date ("offered to debate on April
    14") may lie after its governor's time."""
    return verb.tag_ in _FINITE or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE
                                       for c in children(verb))


def _present(verb: Token) -> bool:
    """A present, a perfect or a future ("say", "has occupied", "will meet")."""
    auxes = [c for c in children(verb) if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP", "MD"} for a in auxes)


def _dated_verbs(sent: Span) -> list[tuple[Token, Span]]:
    """The verbs a date or time phrase of ``sent`` modifies as an adverbial ("in 1991",
    "last year", "on Tuesday"), each with its phrase (a verb once per phrase)."""
    out: list[tuple[Token, Span]] = []
    for ent in sent.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        root = ent.root
        if root.dep_ == "pobj" and root.head.lower_ in cues("span_start"):
            continue  # "their fifth summit since 2017": when a span began, not a deed's date
        head = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" \
            else root.head if root.dep_ in _ADVERBIAL else None
        if head is not None and head.pos_ in {"VERB", "AUX"}:
            out.append((head, ent))
    return out
