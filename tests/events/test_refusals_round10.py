"""Refusals and appeals, round 10 (issue 5): coder logic, not pattern rows.

A yield (CAMEO 08) its doer says it will not make, or is not prepared, willing or going to
make, is a stated refusal (124x, code map ``refusal``), not a negated deed; a plain past
negation stays a negated 08x. An appeal addressed with a preposition ("appealed to X to
reopen") names its addressee as the doer of the infinitive, so the appeal is not dropped as
a bare wrapper of its complement. Every sentence here is hand-written (none is a benchmark
sentence); each test also shows the neighbouring case the rule must leave alone."""

from __future__ import annotations

from events.helpers import MakeDoc
from tidings.events import code_events
from tidings.events.codebook import codebook, data_rows
from tidings.events.cues import remap
from tidings.records import Event


def _events(make_doc: MakeDoc, text: str) -> list[Event]:
    return list(code_events(make_doc(text)))


def _counted(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in events
            if not e.negated and not e.hypothetical}


def test_unwilling_yield_is_refusal_to_yield(make_doc: MakeDoc) -> None:
    for text in ["Iran is not prepared to lift the ban on Pakistan.",
                 "Iran is not going to lift the ban on Pakistan.",
                 "Iran does not intend to lift the ban on Pakistan."]:
        events = _events(make_doc, text)
        assert _counted(events) == {("IRN", "PAK", "1241")}, text
        # The trace of the yield pattern that fired stays in the evidence.
        assert all("petrarch_patterns.tsv" in e.pattern for e in events), text
    assert ("IRN", "IRQ", "1246") in {
        (e.source.code, e.target.code, e.cameo) for e in
        _events(make_doc, "Iran is not willing to withdraw its forces from Iraq.")
        if not e.negated and e.target.country == "IRQ"}


def test_future_negation_still_refuses(make_doc: MakeDoc) -> None:
    assert _counted(_events(make_doc, "Iran will not lift the ban on Pakistan.")) \
        == {("IRN", "PAK", "1241")}


def test_past_negation_stays_a_negated_yield(make_doc: MakeDoc) -> None:
    for text in ["Iran did not lift the ban on Pakistan.",
                 "Iran was not prepared to lift the ban on Pakistan."]:
        events = _events(make_doc, text)
        assert not _counted(events), text
        assert {e.cameo[:2] for e in events} <= {"03", "08"}, text
        assert all(e.negated for e in events), text


def test_negated_expectation_or_force_is_no_refusal(make_doc: MakeDoc) -> None:
    # "expect" is an intent governor but no volition: its negation refuses nothing.
    events = _events(make_doc, "Iran does not expect to lift the ban on Pakistan.")
    assert not any(e.cameo.startswith("12") for e in events)
    # CAMEO pairs no refusal with force: an unwilling attack stays a negated event.
    events = _events(make_doc, "Iran is not going to attack Pakistan.")
    assert events and all(e.negated for e in events)
    assert not any(e.cameo.startswith("12") for e in events)


def test_refusal_map_pairs_yields_by_codebook_name() -> None:
    book = codebook()
    assert remap("refusal", "082") == "1242"
    yields = [row for _, row in data_rows("code_maps.tsv")
              if row["map"] == "refusal" and row["from"].startswith("08")]
    for row in yields:
        deed, refusal = book[row["from"]], book[row["to"]]
        assert refusal.code.startswith("124"), row
        if refusal.code != "124":
            # The sub-code names the same yield: "Ease political dissent" and "Refuse to
            # ease popular dissent" share "dissent".
            words = {w.strip(",").lower() for w in deed.name.split() if len(w) > 5}
            assert words & {w.strip(",").lower() for w in refusal.name.split()}, row
    # The codebook has no "refuse to accede to reform": 083 falls back to the root 124.
    assert remap("refusal", "083") == "124"


def test_appeal_to_addressee_is_kept(make_doc: MakeDoc) -> None:
    events = _events(make_doc, "Iran appealed to Pakistan to reopen the border.")
    assert ("IRN", "PAK", "020") in _counted(events)


def test_preposition_of_a_non_appeal_names_no_addressee(make_doc: MakeDoc) -> None:
    # "went to Pakistan to discuss": "go" asks nobody, so the visit's infinitive is
    # still the subject's own purpose.
    events = _events(make_doc, "Iran went to Pakistan to discuss the border.")
    assert not any(e.cameo.startswith("02") for e in events)
    assert ("IRN", "PAK") in {(e.source.code, e.target.code) for e in events}


def test_unwillingness_under_a_condition_is_no_refusal(make_doc: MakeDoc) -> None:
    events = _events(make_doc,
                     "If Iran is not willing to lift the ban on Pakistan, talks will fail.")
    assert not any(e.cameo.startswith("12") for e in events)
    # "does not want Pakistan to lift": the unwilling party is not the doer of the lift.
    events = _events(make_doc, "Iran does not want Pakistan to lift the ban on Iraq.")
    assert not any(e.cameo.startswith("12") for e in events)
