"""The ``events`` stage: code every sentence, attach evidence, fold repeats.

Steps per article: the dependency coder (:mod:`tidings.events.coder`) proposes raw events;
events inside a quote become the speaker's (reported speech: a conflictual deed the speaker
attributes to a third party is coded as the speaker accusing that party); each event gets
its date and a ``background`` flag when the text dates it well before publication or puts it
in the past perfect; repeats of the same (source, target, code) are folded into one record
with ``num_mentions``. With ``Settings.one_sided_events`` an event may have a blank source or
target (:mod:`tidings.events.one_sided`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

from spacy.parts_of_speech import ADJ, AUX, NOUN, VERB
from spacy.tokens import Span, Token

from tidings.actors.resolve import current_kb
from tidings.config import running_settings, setting
from tidings.document import Document, stage
from tidings.events.actors_link import MentionLookup
from tidings.events.appeals import speaker_events
from tidings.events.codebook import data_rows, lookup
from tidings.events.coder import ActorLookup, RawEvent, code_sentence
from tidings.events.control import controller, partner
from tidings.events.cues import cues, remap
from tidings.events.doc_memo import columns
from tidings.events.narrative import carried_date
from tidings.events.one_sided import (
    PENALTY,
    able_source,
    accidental,
    allowed,
    construction,
    drop_subsumed,
    named_elsewhere,
)
from tidings.events.praise import approved
from tidings.events.senses import sensed_away
from tidings.events.syntax import intent_complement, is_located
from tidings.events.timing import event_date, is_background
from tidings.records import Actor, Event, Quote

__all__ = ["code_events", "events_settings", "events_stage", "fold"]

_LEGISLATIVE = "LEG"
_APPEAL_POS = frozenset({VERB, AUX, ADJ, NOUN})  # the words an appeal or a blame can be


# ``Pipeline(settings=...)`` reaches the stage through this context (Goldstein table,
# one-sided events); kept under this name as part of the package's API.
events_settings = running_settings


def _same(a: Actor, b: Actor) -> bool:
    return a == b or (a.name == b.name and a.code == b.code)


def _no_dyad(source: Actor, target: Actor, code: str = "") -> bool:
    """A country acting on itself as a bare country or place ("Afghan rebels attacked
    Kabul") says nothing about a dyad (force used in a home place on things or unnamed
    people never gets here: ``targets.verb_targets`` aims it at the place's people,
    ``XXXCVL``, as ICEWS does); a domestic event between two sectors (government
    and rebels of one country) is kept, and so is the state, named as a bare country,
    acting on a sector of its own ("Turkey attacked Kurdish rebels", "Iran arrested
    protesters"): ICEWS and GDELT code it as the government's deed. Words of a bare
    country about its own people or parties ("America rejected the Republicans", "the
    United States distrusts its voters"; ``state_publics.tsv``) are the nation's as a
    public, no deed of its state, and stay no dyad."""
    if not source.country or source.country != target.country:
        return False
    if _LEGISLATIVE in (source.code or "") and _LEGISLATIVE in (target.code or ""):
        # A senator addressing the Senate or a fellow member (USALEG, USAGOVLEG): one body.
        return True
    # Compare the whole role part of the codes: a legislator (USAGOVLEG, sector GOV)
    # appealing to the administration (USAGOV) is a domestic dyad.
    own, other = _role_part(source), _role_part(target)
    if not own and other and source.code == source.country and _named_state(source):
        segments = {other[i:i + 3] for i in range(0, len(other), 3)}
        return bool(segments & _sectors("state_organs.tsv")) or (
            segments <= _sectors("state_publics.tsv")
            and (not code or lookup(code).quad_class in _VERBAL_QUADS))
    return not (own and other and own != other)


def _named_state(actor: Actor) -> bool:
    """Whether the actor is named by its country's own name ("Iran", "the United States",
    "U.S."): a person or thing of unknown kind that the actors stage could only place in a
    country ("a Florida-based strategist", "Working America") also has a bare country code,
    and is no state."""
    kb = current_kb()
    name = actor.name.strip().replace(".", "")
    bare = name[4:] if name.lower().startswith("the ") else name
    return actor.country in (kb.countries.get(bare.lower()), kb.country_acronyms.get(bare))


# Verbal cooperation and verbal conflict (CAMEO quad classes 1 and 3).
_VERBAL_QUADS = frozenset({1, 3})


@cache
def _sectors(name: str) -> frozenset[str]:
    return frozenset(row["sector"] for _, row in data_rows(name))


def _role_part(actor: Actor) -> str:
    if actor.code and actor.country and actor.code.startswith(actor.country):
        return actor.code[len(actor.country):]
    return actor.sector or ""


def _known(actor: Actor) -> bool:
    """An actor of which at least the kind is known (``---GOV``: "the police", "the
    government" of an unnamed country). An event with a side of which nothing is known
    (``---UNK``, no code: "provided by the countries of the region") is not emitted: it
    places nothing in a dyad, and on the dev texts such sides were no actors at all. A
    side with a kind but no country is kept and flagged (``extra["unlocated"]``), as GDELT
    keeps events with a blank actor country: the code-only ICEWS examples ("police
    arrested demonstrators") are real events."""
    return is_located(actor) or (bool(actor.code) and actor.sector != "UNK"
                               and actor.code != "---UNK")


def _speakers_own_words(quote: Quote, doc: Document) -> bool:
    """A direct quote, or reported speech the speaker's cue introduces ("adding that Daesh
    was destabilising the region"); not a trailing source attribution ("..., officials
    said"), where the journalist reports the deed, nor the noun phrase a stance is about
    ("condemned the continued attacks from Lebanon"): the attacks are the journalist's
    report, and the condemnation is coded from the verb."""
    if quote.kind == "direct":
        return True
    if quote.cue_start is None or quote.cue_start >= quote.start:
        return False
    span = doc.spacy_doc.char_span(quote.start, quote.end, alignment_mode="expand") \
        if doc.spacy_doc is not None else None
    return span is None or span.root.pos_ not in {"NOUN", "PROPN"}


def _quote_at(quotes: tuple[Quote, ...], offset: int) -> int | None:
    for i, q in enumerate(quotes):
        if q.start <= offset < q.end:
            return i
    return None


def _confidence(raw: RawEvent, unlocated: bool = False, one_sided: bool = False) -> float:
    """Specific patterns (with context words) are more reliable than bare verb defaults;
    an event with a side without country, or with a blank side, is less useful and less
    often right."""
    base = 0.6 if raw.pattern.startswith("N") else 0.7
    if raw.pattern.startswith("P") or raw.pattern.startswith("C"):
        base = 0.8
    if raw.flags.hypothetical:
        base -= 0.2
    if unlocated:
        base -= 0.2
    if one_sided:
        base -= PENALTY
    return round(max(base, 0.1), 2)


def _to_events(doc: Document, raw: RawEvent, table: str,
               speaker_of: Callable[[int], Actor | None],
               one_sided: ActorLookup | None = None) -> list[Event]:
    """The raw event as records: a conflictual deed that a speaker attributes, in their own
    words, to another country gives the speaker's accusation (11x) and the deed itself,
    flagged reported (the news gold codes both: "I condemn Azerbaijan's assault").
    ``one_sided``: the actor lookup when one-sided events are on."""
    qi = _quote_at(doc.quotes, raw.anchor.idx)
    speaker = speaker_of(qi) if qi is not None else None
    own_words = speaker is not None and qi is not None \
        and _speakers_own_words(doc.quotes[qi], doc)
    out: list[Event] = []
    if speaker is not None and own_words and raw.source is not None \
            and _accuses(raw, raw.source, speaker):
        accusation = remap("reported", raw.code)
        if accusation is not None:
            extra: dict[str, object] = {**raw.extra, "embedded_code": raw.code,
                                        "embedded_source": raw.source.name}
            made = _to_event(doc, raw, table, qi, (speaker, raw.source, accusation), extra,
                             one_sided)
            if made is not None and made.cameo == raw.code:
                return [made]  # the accusation code is the deed's own
            out += [made] if made is not None else []
    if "thing_subject" in raw.extra:
        return out  # "CCP policies threaten U.S. interests": no threat by the owner
    deed_extra: dict[str, object] = dict(raw.extra)
    if speaker is not None and own_words:
        deed_extra["asserted_by"] = speaker.name
    deed = _to_event(doc, raw, table, qi, (raw.source, raw.target, raw.code), deed_extra,
                     one_sided)
    return out + ([deed] if deed is not None else [])


def _accuses(raw: RawEvent, source: Actor, speaker: Actor) -> bool:
    """Only a speaker's own words about another country's conflictual deed accuse; "X said
    Y attacked Z" in indirect speech stays Y's deed, reported. Not the speaker's partners
    ("joined the AU in condemning the coup"), nor an event only named by a noun ("the 78th
    day of Russia's war on Ukraine"): the speaker dates or mentions it; accusations are
    told in clauses."""
    return (lookup(raw.code).quad_class >= 3 and not _same(speaker, source)
            and speaker.country != source.country and not approved(raw.anchor)
            and partner(raw.anchor) is None and raw.anchor.pos_ != "NOUN"
            and not _identifying(raw.anchor))


def _identifying(anchor: Token) -> bool:
    """A restrictive relative clause or participle ("return a helicopter that was captured
    by Sudan", "the activity the UN sanctioned") picks out what the speaker talks about; it
    presupposes the deed rather than charging anyone with it. A non-restrictive one, set off
    by a comma ("Russia, which invaded Ukraine, ...") or on an apposition ("Mark Swidan, a
    Texan who remains detained by X"), asserts it."""
    if anchor.dep_ not in {"relcl", "acl"} or anchor.head.pos_ not in {"NOUN", "PROPN"} \
            or anchor.head.dep_ == "appos":
        return False
    first = anchor.left_edge
    before = anchor.doc[first.i - 1] if first.i > 0 else None
    return before is None or before.text not in {",", "(", "\u2014", "\u2013", "-"}


def _sides(raw: RawEvent, dyad: tuple[Actor | None, Actor | None, str],
           one_sided: ActorLookup | None) -> tuple[Actor | None, Actor | None, str | None] | None:
    """The event's (source, target, one-sided construction), or ``None`` when it is not
    emitted: two known sides in a dyad; or, with ``one_sided`` (the actor lookup), one known
    side and one blank (or of unknown kind), for a construction and root listed in
    ``one_sided.tsv``, with a source able to act alone (``one_sided_sides.tsv``), no party of
    the blank side named nearby, and no disaster or accident for a use of force without a
    doer."""
    source, target, code = dyad
    if source is not None and target is not None and _known(source) and _known(target):
        return None if _no_dyad(source, target, code) else (source, target, None)
    if one_sided is None:
        return None
    kept = [a if a is not None and _known(a) else None for a in (source, target)]
    if (kept[0] is None) == (kept[1] is None):
        return None  # no actor at all
    name = construction(raw, kept[0] is None)
    if not allowed(name, code) or (kept[0] is not None and not able_source(kept[0], code)):
        return None
    if accidental(raw, code, kept[0] is None) or named_elsewhere(raw, one_sided):
        return None
    return kept[0], kept[1], name


def _to_event(doc: Document, raw: RawEvent, table: str, qi: int | None,
              dyad: tuple[Actor | None, Actor | None, str], extra: dict[str, object],
              one_sided: ActorLookup | None = None) -> Event | None:
    code = dyad[2]
    sides = _sides(raw, dyad, one_sided)
    if sides is None:
        return None
    source, target, blank = sides
    sent = raw.anchor.sent
    if blank is not None:
        extra["one_sided"] = blank
    unlocated = [side for side, a in (("source", source), ("target", target))
                 if a is not None and not is_located(a)]
    if unlocated:
        extra["unlocated"] = ",".join(unlocated)
    if target is not None and target.code and target.code[:3] in {"IGO", "NGO"}:
        # "forced the UN refugee agency out": expelling an agency or mission is CAMEO 166,
        # expelling persons 174.
        code = remap("organisation_target", code) or code
    entry = lookup(code)
    when, precision = event_date(raw.anchor, doc.article.published)
    background = is_background(when, precision, doc.article.published, raw.flags.past_perfect)
    if when is None and not background and qi is None:
        carried = carried_date(raw.anchor, doc.article.published)
        if carried is not None:  # the earlier date a retold past carries (round 19)
            (when, precision), background = carried, True
            extra["date_from"] = "narration"
    if precision:
        extra["date_precision"] = precision
    toks = [sent.doc[i] for i in raw.words]
    lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1])
    return Event(
        source=source, target=target, cameo=code, root=entry.root, quad_class=entry.quad_class,
        goldstein=entry.goldstein(table), sentence=doc.text[sent.start_char:sent.end_char],
        start=sent.start_char,
        end=sent.end_char, event_text=doc.text[lo:hi], pattern=raw.pattern,
        confidence=_confidence(raw, bool(unlocated), blank is not None), negated=raw.flags.negated,
        hypothetical=raw.flags.hypothetical, reported=qi is not None, background=background,
        event_date=when if when is not None else (None if background else doc.article.published),
        quote_index=qi, plover=entry.plover, extra=extra,
    )


def _appeals(doc: Document, sent: Span, lookup_fn: ActorLookup,
             speaker_of: Callable[[int], Actor | None], verbless: bool) -> list[RawEvent]:
    """Appeals, demands ("Putin should withdraw") and blame of sponsors ("Iran-backed
    Houthis") in a speaker's own words."""
    out: list[RawEvent] = []
    if not any(q.start < sent.end_char and sent.start_char < q.end for q in doc.quotes):
        return out  # no quote in the sentence: no token to scan
    speakers: dict[int, Actor | None] = {}  # quote index -> located speaker in own words
    cols = columns(sent.doc)
    for i in range(sent.start, sent.end):
        if cols.pos[i] not in _APPEAL_POS:
            continue
        tok = sent.doc[i]
        qi = _quote_at(doc.quotes, tok.idx)
        if qi is None:
            continue
        if qi not in speakers:
            found = speaker_of(qi) if _speakers_own_words(doc.quotes[qi], doc) else None
            speakers[qi] = found if found is not None and is_located(found) else None
        speaker = speakers[qi]
        if speaker is not None:
            out.extend(speaker_events(tok, speaker, lookup_fn, verbless))
    return out


def _intent_of_no_deed(governor: Token) -> bool:
    """An intent governor (cues ``intent``) whose complement's pattern a sense row reads as
    no event ("plans to leave the building with the party": leaving a venue is no meeting).
    The intent was of no coded deed, so the bare governor's own code (030 "plan") is no
    intent to cooperate with whoever the complement names."""
    if governor.lemma_.lower() not in cues("intent"):
        return False
    for comp in governor.subtree:
        own = comp.dep_ == "xcomp" and comp.head.i == governor.i and controller(comp) is None
        wrapped = (g := intent_complement(comp)) is not None and g.i == governor.i
        if (own or wrapped) and comp.pos_ == "VERB" and sensed_away(comp):
            return True
    return False


def _key(e: Event) -> tuple[object, ...]:
    def who(a: Actor | None) -> str | None:
        # A blank side is its own value: a one-sided event never folds into a two-sided one.
        return None if a is None else a.code or a.name

    return (who(e.source), who(e.target), e.cameo, e.negated, e.hypothetical, e.background)


def fold(events: list[Event]) -> tuple[Event, ...]:
    """One record per (source code, target code, CAMEO code, flags); repeats add mentions."""
    kept: dict[tuple[object, ...], Event] = {}
    for e in events:
        k = _key(e)
        if k in kept:
            first = kept[k]
            kept[k] = replace(first, num_mentions=first.num_mentions + e.num_mentions)
        else:
            kept[k] = e
    return tuple(kept.values())


def _drop_allied_accusations(events: list[Event]) -> list[Event]:
    """A speaker whose country supports a party elsewhere in the article (praise, help,
    cooperation: cues ``supportive_root``) recounts that party's deeds, not accuses it:
    "we thank Ukraine ..." and "Ukraine is still fighting for its freedom" is no
    accusation of Ukraine (the deed itself stays, flagged reported)."""
    roots = cues("supportive_root")
    def dyad(e: Event) -> tuple[str | None, str | None]:
        return (e.source.country if e.source else None, e.target.country if e.target else None)

    allies = {dyad(e) for e in events
              if e.root in roots and not e.negated and "embedded_code" not in e.extra
              and all(dyad(e))}
    return [e for e in events if "embedded_code" not in e.extra or dyad(e) not in allies]


def code_events(doc: Document, table: str | None = None,
                actor_lookup: ActorLookup | None = None,
                verbless: bool = False, one_sided: bool | None = None) -> tuple[Event, ...]:
    """All events of ``doc`` (its spaCy parse, mentions, entities and quotes).

    ``verbless=True`` adds a speaker's verbless accusations ("X is a threat",
    :mod:`tidings.events.characterise`); off in the stage: it raised news dev but added
    false positives on the sample articles, below the evaluation gate (docs/events.md).
    ``table`` and ``one_sided`` default to the settings of the running pipeline
    (:func:`events_settings`), else of the environment; ``one_sided`` also emits events
    with a blank source or target (:mod:`tidings.events.one_sided`)."""
    if doc.spacy_doc is None:
        return ()
    lookup_fn = actor_lookup or MentionLookup(doc)
    speaker_of = lookup_fn.speaker if isinstance(lookup_fn, MentionLookup) \
        else (lambda i: doc.quotes[i].speaker)
    table = table or str(setting("goldstein_table"))
    one_sided = bool(setting("one_sided_events")) if one_sided is None else one_sided
    out: list[Event] = []
    for sent in doc.spacy_doc.sents:
        raws = [r for r in code_sentence(sent, lookup_fn, one_sided=one_sided)
                if not _intent_of_no_deed(r.anchor)] \
            + _appeals(doc, sent, lookup_fn, speaker_of, verbless)
        for raw in raws:
            out.extend(_to_events(doc, raw, table, speaker_of,
                                  lookup_fn if one_sided else None))
    return fold(_drop_allied_accusations(drop_subsumed(out) if one_sided else out))


@stage("events", requires=("spacy_doc", "mentions", "entities", "quotes"), assigns=("events",))
def events_stage(doc: Document) -> Document:
    return doc.replace(events=code_events(doc))
