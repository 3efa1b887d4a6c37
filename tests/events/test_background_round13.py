"""Background events, round 13 (issue 5, "Round 13 — background" in docs/events.md): a
deed that the text itself puts before the story's own time is kept with
``background=True``. Every sentence is hand-written (none is from a benchmark or an
audited article); each rule has a case it must flag and a today's-news neighbour it must
leave alone."""

from __future__ import annotations

import pytest

from events.helpers import DEU, RUS, UKR, MakeDoc
from tidings.events import code_events
from tidings.records import Actor, Event

ACTORS: dict[str, Actor] = {"Germany": DEU, "Russia": RUS, "Ukraine": UKR}


def _event(make_doc: MakeDoc, text: str, root: str) -> Event:
    found = [e for e in code_events(make_doc(text, ACTORS))
             if e.root == root and not e.negated and not e.hypothetical]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "root"), [
    ("Germany had been in talks with Russia about gas.", "04"),
    ("Germany had been in secret negotiations with Russia.", "04"),
    ("Russia had been at war with Ukraine.", "19"),
])
def test_event_noun_under_a_past_perfect_verb_is_background(
        make_doc: MakeDoc, text: str, root: str) -> None:
    assert _event(make_doc, text, root).background


@pytest.mark.parametrize(("text", "root"), [
    ("Germany was in talks with Russia about gas.", "04"),
    ("Germany is in secret negotiations with Russia.", "04"),
    ("Russia is at war with Ukraine.", "19"),
])
def test_event_noun_under_a_simple_tense_is_todays_news(
        make_doc: MakeDoc, text: str, root: str) -> None:
    assert not _event(make_doc, text, root).background


def test_past_perfect_verb_itself_still_flagged(make_doc: MakeDoc) -> None:
    assert _event(make_doc, "Russia had launched an attack on Ukraine.", "19").background


@pytest.mark.parametrize("text", [
    "Germany agreed to sell gas to Russia in 2010.",
    "Germany promised to recognise Ukraine in 2012.",
])
def test_governor_of_an_infinitive_dated_in_a_past_year_is_background(
        make_doc: MakeDoc, text: str) -> None:
    event = _event(make_doc, text, "03")
    assert event.background
    assert event.event_date is not None and event.event_date.year < 2020


@pytest.mark.parametrize("text", [
    "Germany agreed to sell gas to Russia in 2030.",
    "Germany agreed to sell gas to Russia.",
])
def test_governor_of_an_infinitive_dated_ahead_or_undated_is_todays_news(
        make_doc: MakeDoc, text: str) -> None:
    assert not _event(make_doc, text, "03").background
