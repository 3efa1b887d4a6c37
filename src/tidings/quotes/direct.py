"""Direct quotes: marked spans that are speech, with their cue and speaker.

A marked span is speech unless it is a name or title (prefix words such as
"so-called", "Operation", "the film"; or short and title-cased) or a short
phrase with no cue (scare quotes). Short spans are kept when a cue verb outside
the quote governs them: that is the partial quote ('called the strike "a
violation"', 'condemned "the failed attack"').

The cue is the cue verb that governs the quote in the parse or, failing that,
the nearest cue verb next to the quote in the same sentences. A quote without a
cue inherits the speaker of the quote before it when it continues that quote
or opens a paragraph right after it (news convention).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tidings.quotes.lexicon import CueClass, cue_nouns, scare_rules
from tidings.quotes.marks import MarkedSpan, paragraphs
from tidings.quotes.speaker import Speaker, SpeakerResolver
from tidings.quotes.syntax import cue_of, inside, subject_of, tokens_in
from tidings.records import Quote

__all__ = ["direct_quotes"]

_CUES: tuple[CueClass, ...] = ("speech", "cognition", "directive", "commissive", "weak")
_ADJACENT = 4  # tokens between a mark and its cue ('," the Iranian minister said')
_WINDOW_CHARS = 300  # how far around the marks to look for those tokens
# A short quote right after another one's attribution continues it ('"A," he said. "B."')
_MIN_RESUMED_WORDS = 2
_MAX_ATTRIBUTION_CHARS = 120  # '," said Ana Ruiz, the head of the council's budget panel. "'


@dataclass(frozen=True, slots=True)
class _Found:
    span: MarkedSpan
    cue: Any  # spaCy token or None
    rule: str


def _tokens(sdoc: Any, start: int, end: int) -> list[Any]:
    return tokens_in(sdoc, start, end)


def _named_by_prefix(text: str, span: MarkedSpan) -> bool:
    before = " " + " ".join(text[max(0, span.open_mark - 40) : span.open_mark].lower().split())
    return any(before.endswith(" " + " ".join(p)) for p in scare_rules().prefixes)


def _title_like(toks: list[Any]) -> bool:
    words = [t for t in toks if t.is_alpha and len(t) > 3]
    return bool(words) and len(toks) <= scare_rules().max_title_tokens and all(
        t.text[0].isupper() for t in words
    )


def _governing_cue(toks: list[Any], quoted: list[tuple[int, int]]) -> Any:
    """The outermost cue verb outside any quote that the quote's words depend on.

    Outermost, because in 'X said his government condemns "the attack"' the
    quoted words are X's. A naming cue ("called it "a violation"") counts only
    when it governs the quote directly.
    """
    inner = {t.i for t in toks}
    best: Any = None
    for tok in toks:
        head, child = tok.head, tok
        if head.i in inner:
            continue
        steps = 0
        while steps < 10 and not inside(head.idx, quoted):
            naming = cue_of(head, ("naming",)) and child.i in inner
            if (naming or cue_of(head, _CUES)) and subject_of(head) is not None:
                best = head
            if head.head is head:
                break
            head, child, steps = head.head, head, steps + 1
        if best is not None:
            return best
    return best


def _adjacent_cue(sdoc: Any, span: MarkedSpan, quoted: list[tuple[int, int]]) -> Any:
    """The nearest cue verb right after the closing or right before the opening mark."""
    close = span.close_mark if span.close_mark is not None else span.end
    window = _WINDOW_CHARS
    after = [t for t in tokens_in(sdoc, close + 1, close + window) if not inside(t.idx, quoted)]
    after = after[: _ADJACENT + 2]
    before = [
        t for t in tokens_in(sdoc, span.open_mark - window, span.open_mark)
        if not inside(t.idx, quoted)
    ]
    before = before[-(_ADJACENT + 3) :][::-1]
    for group in (after, before):
        for tok in group:
            if "\n" in tok.text or (tok.is_sent_end and tok.text in ".!?"):
                break
            if cue_of(tok, _CUES):
                return tok
    return None


def _classify(
    sdoc: Any, text: str, span: MarkedSpan, quoted: list[tuple[int, int]], para_start: bool,
    resumes: bool = False,
) -> _Found | None:
    toks = _tokens(sdoc, span.start, span.end)
    if not toks or _named_by_prefix(text, span):
        return None
    rules = scare_rules()
    words = [t for t in toks if not t.is_punct]
    short = len(words) < rules.min_tokens_without_cue
    # Speech hands over to its cue with punctuation inside the marks: '"We refuse," he said.'
    last = text[span.close_mark - 1] if span.close_mark is not None else ""
    punctuated = last in ",.?!"
    # A title may end a sentence inside the marks (US style: 'on "Fox News Sunday."'), but
    # a comma, ? or ! hands speech over to its cue ('"Death to America," they chanted').
    if short and last not in ",?!" and _title_like(toks):
        return None
    governing = _governing_cue(toks, quoted)
    if governing is not None:
        return _Found(span, governing, "direct-partial" if short else "direct-cue")
    adjacent = _adjacent_cue(sdoc, span, quoted)
    if adjacent is not None and (punctuated or not short):
        return _Found(span, adjacent, "direct-cue")
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in toks)
    if (not short and has_verb) or ((para_start or span.continued) and len(words) >= 3):
        return _Found(span, None, "direct-uncued")
    if resumes and len(words) >= _MIN_RESUMED_WORDS:  # '"A," he said. "I was not there."'
        return _Found(span, None, "direct-uncued")
    return None


def _header_cue(sdoc: Any, text: str, span: MarkedSpan, paras: list[tuple[int, int]]) -> Any:
    """The cue of a lead-in paragraph: 'Kurilla issued this statement:' or '(Attributable to X)'.

    Press releases and statements introduce a quote that fills the next paragraph
    this way; the cue is the lead-in's main verb (or "attributable"), and its
    subject (or the object of "to") is the speaker.
    """
    if span.paragraph == 0 or span.continued:
        return None
    start, end = paras[span.paragraph - 1]
    lead = text[start:end].strip()
    toks = tokens_in(sdoc, start, end)
    if not (lead.endswith(":") or (lead.startswith("(") and lead.endswith(")"))):
        # 'X today issued the following statement in response to ...' needs no colon.
        return _statement_announcer(toks)
    for tok in toks:
        if tok.lower_ == "attributable":
            return tok
    # The parser may run the lead-in and the quote together: take the lead-in's own verbs.
    roots = [t for t in toks if (t.head.i == t.i or not start <= t.head.idx < end)
             and t.pos_ == "VERB"]
    return next((r for r in roots if _speaker_head(r) is not None), None)


def _colon_lead_cue(sdoc: Any, text: str, span: MarkedSpan) -> Any:
    """'X issued the following statement on ...: "<quote>' within one paragraph: the
    sentence ending in the colon right before the quote is its lead-in."""
    if not text[: span.open_mark].rstrip().endswith(":"):
        return None
    colon = text.rindex(":", 0, span.open_mark)
    mark = tokens_in(sdoc, colon, colon + 1)
    if not mark:
        return None
    return _statement_announcer([t for t in mark[0].sent if t.idx < colon])


def _statement_announcer(toks: Iterable[Any]) -> Any:
    """The first of ``toks`` that announces a statement and has someone announcing it."""
    return next((t for t in toks if _announces_statement(t) and _speaker_head(t) is not None),
                None)


# Words that point a statement noun at the text that follows ("the following statement").
_ANNOUNCING = frozenset({"following", "below", "this", "these"})


def _announces_statement(verb: Any) -> bool:
    """'issued/released/made the following statement' (or just 'the following'): a verb
    whose object is a statement noun (data/cue_nouns.tsv) pointed at what follows."""
    if verb.pos_ != "VERB":
        return False
    nouns = cue_nouns()
    return any(
        obj.dep_ == "dobj" and (
            obj.lower_ == "following"  # "released the following:"
            or (obj.lemma_.lower() in nouns
                and any(w.lower_ in _ANNOUNCING for w in obj.children)))
        for obj in verb.children
    )


def _speaker_head(cue: Any) -> Any:
    if cue.lower_ == "attributable":
        for to in cue.children:
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if to.lower_ == "to" and objs:
                return objs[0]
        return None
    subject = subject_of(cue)
    if subject is None and _announces_statement(cue):
        # 'Sen. X (D-VA), incoming Chairman of ..., released the following:' - the small
        # model may hang the name on the apposition instead; the announcer is the last
        # subject before the verb in its sentence.
        subject = next((t for t in reversed(cue.sent[: cue.i - cue.sent.start])
                        if t.dep_ == "nsubj"), None)
    return subject


def direct_quotes(
    sdoc: Any, text: str, spans: list[MarkedSpan], resolver: SpeakerResolver
) -> list[Quote]:
    """Quotes for the marked spans that are speech, in text order."""
    quoted = [s.marked for s in spans]
    para_starts = _paragraph_starts(text)
    paras = list(paragraphs(text))
    out: list[Quote] = []
    last: Quote | None = None
    last_para = -2
    for span in spans:
        resumes = (last is not None and span.paragraph == last_para
                   and _resumes(sdoc, text, last, span))
        found = _classify(sdoc, text, span, quoted, span.open_mark in para_starts, resumes)
        if found is None:
            continue
        if found.cue is None:
            header = (_header_cue(sdoc, text, span, paras) if span.open_mark in para_starts
                      else _colon_lead_cue(sdoc, text, span))
            if header is not None:
                found = _Found(span, header, "direct-lead-in")
        speaker: Speaker | None = None
        if found.cue is not None:
            subj = _speaker_head(found.cue)
            speaker = resolver.resolve(subj) if subj is not None else None
        quote = _make(text, found, speaker)
        at_para_start = span.open_mark in para_starts
        follows = span.paragraph == last_para or (at_para_start and span.paragraph == last_para + 1)
        if found.cue is None and last is not None and (span.continued or follows):
            quote = _inherit(quote, last)
        out.append(quote)
        last, last_para = quote, span.paragraph
    return out


def _resumes(sdoc: Any, text: str, last: Quote, span: MarkedSpan) -> bool:
    """Does ``span`` resume the cued quote ``last`` right after its attribution, as in
    '"A," Sanders said. "I was not that candidate."'? Only the cue's sentence may stand
    between the two (a short stretch, no other sentence)."""
    if last.cue_start is None or not last.end <= last.cue_start < span.open_mark:
        return False
    between = text[last.end : span.open_mark]
    if len(between) > _MAX_ATTRIBUTION_CHARS or "\n" in between:
        return False
    cue = tokens_in(sdoc, last.cue_start, last.cue_start + 1)
    first = tokens_in(sdoc, span.start, span.end)
    # the quote opens in the cue's sentence or the one right after it
    return bool(cue and first) and first[0].sent.start <= cue[0].sent.end


def _paragraph_starts(text: str) -> set[int]:
    starts = set()
    for start, end in paragraphs(text):
        while start < end and text[start].isspace():
            start += 1
        starts.add(start)
    return starts


def _make(text: str, found: _Found, speaker: Speaker | None) -> Quote:
    cue = found.cue
    return Quote(
        kind="direct",
        text=text[found.span.start : found.span.end],
        start=found.span.start,
        end=found.span.end,
        cue=cue.text if cue is not None else None,
        cue_start=cue.idx if cue is not None else None,
        cue_end=cue.idx + len(cue.text) if cue is not None else None,
        speaker=speaker.actor if speaker else None,
        speaker_text=speaker.text if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        rule=found.rule,
        confidence=speaker.confidence if speaker and speaker.actor else 0.5,
    )


def _inherit(quote: Quote, last: Quote) -> Quote:
    """A continuation shares the speaker and the cue of the quote it continues (one
    attribution in several pieces)."""
    from dataclasses import replace

    return replace(
        quote,
        cue=last.cue, cue_start=last.cue_start, cue_end=last.cue_end,
        speaker=last.speaker, speaker_text=last.speaker_text,
        speaker_start=last.speaker_start, speaker_end=last.speaker_end,
        rule="direct-continued", confidence=min(last.confidence, 0.8),
    )
