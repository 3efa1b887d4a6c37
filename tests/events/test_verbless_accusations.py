"""Verbless accusations (issue 5): a copular clause whose predicate is a pejorative noun or
adjective, in a speaker's own words, is the speaker accusing (112) or denouncing (111) the
subject. Invented sentences; each rule also shows a case it must leave alone."""

from __future__ import annotations

from events.helpers import IRN, PAK, QOMI, RUS, USA, MakeDoc, direct_quote
from tidings.events import code_events
from tidings.records import Actor, Event, Quote

TALIBAN = Actor("Taliban", "AFG", "AFGREB", "REB")
SENATOR = Actor("Jane Doe", "USA", "USALEG", "LEG", "senator")
ACTORS = {"Doe": SENATOR, "Qomi": QOMI, "Iran": IRN, "Russia": RUS, "Pakistan": PAK,
          "Taliban": TALIBAN, "United States": USA}


def _said(make_doc: MakeDoc, inner: str, speaker: Actor = SENATOR,
          name: str = "Doe") -> tuple[Event, ...]:
    text = f'{name} said: "{inner}"'
    return code_events(make_doc(text, ACTORS, quotes=(direct_quote(text, inner, speaker),)),
                       verbless=True)


def _charges(events: tuple[Event, ...]) -> set[tuple[str, str, str]]:
    return {(e.source.code or "", e.target.code or "", e.cameo) for e in events
            if e.root == "11" and not (e.negated or e.hypothetical)}


def test_pejorative_predicate_noun_is_an_accusation(make_doc: MakeDoc) -> None:
    events = _said(make_doc, "Iran is the world's top state sponsor of terrorism.")
    assert _charges(events) == {("USALEG", "IRN", "112")}
    (event,) = [e for e in events if e.root == "11"]
    assert event.reported and event.quote_index == 0
    assert event.pattern.endswith(tuple(f"cues.tsv:{n}" for n in range(1, 1000)))
    # A sponsor of something else is no charge.
    assert not _charges(_said(make_doc, "Iran is the main sponsor of the conference."))


def test_denunciation_nouns_and_modifiers(make_doc: MakeDoc) -> None:
    assert _charges(_said(make_doc, "Russia remains a threat to European security.")) \
        == {("USALEG", "RUS", "111")}
    assert ("USALEG", "AFGREB", "112") in _charges(
        _said(make_doc, "The Taliban remain a terrorist group."))
    # A neutral predicate noun, even of a listed modifier's neighbour, says nothing.
    assert not _charges(_said(make_doc, "The Taliban remain a powerful group."))
    assert not _charges(_said(make_doc, "Pakistan is an important partner."))


def test_responsible_needs_a_harmful_deed(make_doc: MakeDoc) -> None:
    assert _charges(_said(make_doc, "Russia is responsible for the attacks.")) \
        == {("USALEG", "RUS", "112")}
    assert not _charges(_said(make_doc, "Pakistan is responsible for border security."))


def test_negated_or_doubted_predicate_is_no_accusation(make_doc: MakeDoc) -> None:
    for inner in ("Iran is not a threat to the region.",
                  "Iran is no threat to the region.",
                  "Iran could become a threat to the region.",
                  "If Russia is responsible for the attacks, we will respond."):
        assert not _charges(_said(make_doc, inner)), inner


def test_speakers_own_side_is_not_accused(make_doc: MakeDoc) -> None:
    # An Iranian envoy calling Iran a threat (to its enemies) accuses nobody; the same
    # words about the United States are an accusation.
    assert not _charges(_said(make_doc, "Iran is a threat to terrorists.", QOMI, "Qomi"))
    assert _charges(_said(make_doc, "The United States is a threat to the region.", QOMI,
                          "Qomi")) == {("IRNGOV", "USA", "111")}


def test_outside_quotes_the_journalist_accuses_nobody(make_doc: MakeDoc) -> None:
    events = code_events(make_doc("Iran is a threat to the region.", ACTORS), verbless=True)
    assert not _charges(events)


def test_off_by_default(make_doc: MakeDoc) -> None:
    inner = "Iran is a threat to the region."
    text = f'Doe said: "{inner}"'
    start = text.index(inner)
    quote = Quote(kind="direct", text=inner, start=start, end=start + len(inner), cue="said",
                  speaker=SENATOR)
    assert not _charges(code_events(make_doc(text, ACTORS, quotes=(quote,))))


def test_apposition_and_coordinated_predicates(make_doc: MakeDoc) -> None:
    events = _said(make_doc, "Iran, the world's top state sponsor of terrorism, must be stopped.")
    assert ("USALEG", "IRN", "112") in _charges(events)
    # An apposition of a neutral noun is no charge.
    neutral = "Iran, the world's top sponsor of the games, must be heard."
    assert not _charges(_said(make_doc, neutral))
    both = _charges(_said(make_doc, "Russia is an aggressor and a pariah."))
    assert both == {("USALEG", "RUS", "1123"), ("USALEG", "RUS", "111")}

