"""Hand-built sentences for the fourth error-analysis round (issue 5, news/dev): one test per
rule, each also showing the case the rule must leave alone."""

from __future__ import annotations

from events.helpers import RISCH, RUS, UKR, MakeDoc, direct_quote
from tidings.events import code_events
from tidings.records import Actor, Event, Quote

YEM_REB = Actor("Houthis", "YEM", "YEMREB", "REB")
GUTERRES = Actor("Guterres", None, "IGOUNO", "GOV", "secretary-general")


def _quoted(text: str, inner: tuple[str, ...], speaker: Actor) -> tuple[Quote, ...]:
    return tuple(direct_quote(text, part, speaker) for part in inner)


def _accusations(events: tuple[Event, ...]) -> set[tuple[str | None, str | None]]:
    return {(e.source.code, e.target.code) for e in events if e.root == "11"}


def test_no_accusation_of_a_party_the_speaker_supports(make_doc: MakeDoc) -> None:
    deed = "Ukraine attacked Russian positions. Russia bombed Kyiv"
    thanks = "We thank Ukraine for its help"
    actors = {"Jim Risch": RISCH, "We": RISCH, "Ukraine": UKR, "Russia": RUS,
              "Russian": RUS, "Kyiv": UKR}
    alone = f'"{deed}," said Jim Risch.'
    before = code_events(make_doc(alone, actors, quotes=_quoted(alone, (deed,), RISCH)))
    # Without a sign of support, both deeds are the speaker's accusations.
    assert {("USALEG", "UKR"), ("USALEG", "RUS")} <= _accusations(before)
    text = f'"{thanks}. {deed}," said Jim Risch.'
    events = code_events(make_doc(text, actors, quotes=_quoted(text, (thanks, deed), RISCH)))
    assert ("USALEG", "UKR", "05") in {(e.source.code, e.target.code, e.root) for e in events}
    assert ("USALEG", "UKR") not in _accusations(events)
    # The supported party's deed is kept as its own, and the other party is still accused.
    assert ("USALEG", "RUS") in _accusations(events)
    assert any(e.source.code == "UKR" and e.target.code == "RUS" and e.quad_class == 4
               for e in events)


def test_discussed_issue_is_no_party(make_doc: MakeDoc) -> None:
    actors = {"Risch": RISCH, "Guterres": GUTERRES, "Houthi": YEM_REB, "Houthis": YEM_REB}
    text = "Risch discussed the Houthi detention of aid workers with Guterres."
    pairs = {(e.source.code, e.target.code, e.root) for e in code_events(make_doc(text, actors))}
    assert ("USALEG", "IGOUNO", "04") in pairs
    assert not any(t == "YEMREB" for _, t, _ in pairs)
    # A party named as the object is still the one consulted.
    direct = code_events(make_doc("Risch discussed the ceasefire with the Houthis.", actors))
    assert ("USALEG", "YEMREB", "04") in {(e.source.code, e.target.code, e.root) for e in direct}
