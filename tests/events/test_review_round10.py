"""Coder faults left by the round 10 precision review (issue 5, "Round 10 — review
leftovers" in docs/events.md): the shared object of coordinated verbs and a deed under
"consider"/"weigh". Every sentence is hand-written (none is a benchmark sentence); each
test also shows a neighbouring case the rule must leave alone."""

from __future__ import annotations

from events.helpers import IRN, PAK, UN, MakeDoc
from tidings.events import code_events
from tidings.records import Actor, Event

ACTORS: dict[str, Actor] = {"Iran": IRN, "Pakistan": PAK, "UN": UN}


def _events(make_doc: MakeDoc, text: str) -> tuple[Event, ...]:
    return code_events(make_doc(text, ACTORS))


def _dyads(make_doc: MakeDoc, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo[:2])
            for e in _events(make_doc, text) if not e.hypothetical and not e.negated}


def test_a_verb_with_its_own_object_does_not_share_its_partners(make_doc: MakeDoc) -> None:
    # The statement "noted concern" has an object of its own; only the appeal is to the UN.
    text = "Iran noted concern about the talks and urged the UN to act."
    dyads = _dyads(make_doc, text)
    assert ("IRN", "IGOUNO", "02") in dyads
    assert ("IRN", "IGOUNO", "01") not in dyads


def test_coordinated_verbs_without_objects_still_share_one(make_doc: MakeDoc) -> None:
    dyads = _dyads(make_doc, "Iran condemned and rejected the UN decision.")
    assert {("IRN", "IGOUNO", "11"), ("IRN", "IGOUNO", "12")} <= dyads
    dyads = _dyads(make_doc, "Iran welcomed and praised Pakistan.")
    assert ("IRN", "PAK", "05") in dyads


def test_a_deed_being_considered_is_hypothetical(make_doc: MakeDoc) -> None:
    for text in ("Iran is considering sending aid to Pakistan.",
                 "Iran is weighing sending troops to Pakistan."):
        events = [e for e in _events(make_doc, text) if e.target == PAK]
        assert events, text
        # Round 14: the consideration itself is coded 014 (consider policy option) on the
        # deed's target; no aid or troops are counted as sent.
        assert all(e.hypothetical or e.cameo == "014" for e in events), text


def test_a_deed_beside_a_consideration_is_done(make_doc: MakeDoc) -> None:
    text = "Iran is considering the request and sent aid to Pakistan."
    assert ("IRN", "PAK", "07") in _dyads(make_doc, text)
    assert ("IRN", "PAK", "07") in _dyads(make_doc, "Iran sent aid to Pakistan.")
