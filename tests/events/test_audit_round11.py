"""Flags and dates fixed after the Round 11 audit (issue 5, "Round 11 — audit" in
docs/events.md): the main clause of a conditional, predicted and doubted clauses, "have
to", "require X to", "no" on an object or subject, "shall", and background dates written
as decades, as "'08", on a conjoined verb or on the verb that reports the clause. Every
sentence is hand-written (none is an audit or benchmark sentence); each rule has a case it
must fix and a neighbour it must leave alone."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from events.bench_scripts import load_script
from events.helpers import IRN, PAK, MakeDoc
from tidings.events import code_events
from tidings.records import Actor, Article, Event

ACTORS: dict[str, Actor] = {"Iran": IRN, "Pakistan": PAK}


def _events(make_doc: MakeDoc, text: str) -> list[Event]:
    """The events between Iran and Pakistan (either way)."""
    return [e for e in code_events(make_doc(text, ACTORS))
            if {a.code for a in (e.source, e.target) if a is not None} == {"IRN", "PAK"}]


def _counted(make_doc: MakeDoc, text: str) -> list[Event]:
    return [e for e in _events(make_doc, text) if not e.negated and not e.hypothetical]


def _flagged(make_doc: MakeDoc, text: str, flag: str) -> bool:
    events = _events(make_doc, text)
    assert events, text
    return all(getattr(e, flag) for e in events)


def test_the_main_clause_of_a_conditional_is_hypothetical(make_doc: MakeDoc) -> None:
    for text in ("If the report is true, Iran is accusing Pakistan of lying.",
                 "Unless the report is wrong, Iran is accusing Pakistan of lying."):
        assert _flagged(make_doc, text, "hypothetical"), text


def test_a_concession_or_a_plain_clause_is_no_condition(make_doc: MakeDoc) -> None:
    for text in ("Even if the report is true, Iran accused Pakistan of lying.",
                 "Iran accused Pakistan of lying after the report."):
        assert [e.root for e in _counted(make_doc, text)] == ["11"], text
    # A conditional intent or threat is stated now; the coder codes it as such (03 / 13).
    text = "Iran said it would meet Pakistan if Pakistan dropped its demands."
    assert "03" in {e.root for e in _counted(make_doc, text)}
    text = "Iran is willing to send aid to Pakistan if Pakistan asks for it."
    assert "03" in {e.root for e in _counted(make_doc, text)}


def test_a_predicted_or_doubted_clause_is_hypothetical(make_doc: MakeDoc) -> None:
    for text in ("Analysts predicted that Iran will accuse Pakistan of fraud.",
                 "It is unlikely that Iran accused Pakistan of fraud.",
                 "It seems possible that Iran praised Pakistan."):
        assert _flagged(make_doc, text, "hypothetical"), text


def test_a_reported_or_certain_clause_is_not(make_doc: MakeDoc) -> None:
    for text in ("Analysts said that Iran accused Pakistan of fraud.",
                 "It is clear that Iran accused Pakistan of fraud."):
        assert [e.root for e in _counted(make_doc, text)] == ["11"], text
    # "expects to" is an intent governor (CAMEO 03), not a prediction.
    assert "03" in {e.root for e in _counted(make_doc, "Iran expects to sign a deal with "
                                                        "Pakistan.")}


def test_a_deed_that_has_to_be_done_is_hypothetical(make_doc: MakeDoc) -> None:
    assert _flagged(make_doc, "Iran has to negotiate with Pakistan.", "hypothetical")


def test_a_deed_that_had_to_be_done_was_done(make_doc: MakeDoc) -> None:
    assert _counted(make_doc, "Iran had to negotiate with Pakistan.")


def test_a_required_pledge_is_not_made(make_doc: MakeDoc) -> None:
    text = "The council required Iran to pledge support for Pakistan."
    assert _flagged(make_doc, text, "hypothetical")
    assert "03" in {e.root for e in _counted(make_doc, "Iran pledged support for Pakistan.")}


def test_no_on_the_object_or_subject_negates(make_doc: MakeDoc) -> None:
    for text in ("Iran sent no troops to Pakistan.", "Iran had no praise for Pakistan."):
        assert _flagged(make_doc, text, "negated"), text
    for text in ("Iran sent troops to Pakistan.", "Iran had high praise for Pakistan."):
        assert _counted(make_doc, text), text


def test_shall_states_a_rule_not_a_deed(make_doc: MakeDoc) -> None:
    assert _flagged(make_doc, "Pakistan shall provide aid to Iran.", "hypothetical")
    assert _counted(make_doc, "Pakistan provided aid to Iran.")


def test_a_rule_for_nobody_is_no_refusal(make_doc: MakeDoc) -> None:
    # Negated by its subject's "no" and future by "shall": a rule, not a stated refusal (12).
    actors = {"Iran": IRN, "Pakistan": PAK, "state": Actor("state", None, "---GOV")}
    for text in ("No state shall lift the sanctions on Iran.",
                 "No state shall impose or lift the sanctions on Iran."):
        events = code_events(make_doc(text, actors))
        assert events and not any(e.root == "12" for e in events), text
        assert all(e.negated or e.hypothetical for e in events), text
    # A stated refusal by a named party stays one.
    text = "Pakistan will not lift the sanctions on Iran."
    assert "12" in {e.root for e in _counted(make_doc, text)}


def test_background_dates_written_as_decades_or_short_years(make_doc: MakeDoc) -> None:
    events = _events(make_doc, "In the 1990s, Iran signed an agreement with Pakistan.")
    assert events and all(e.background and e.event_date == date(1990, 1, 1) for e in events)
    events = _events(make_doc, "Iran accused Pakistan of fraud in '08.")
    assert events and all(e.background and e.event_date == date(2008, 1, 1) for e in events)


def test_spans_counted_back_from_the_publication_date(make_doc: MakeDoc) -> None:
    # Published 14 Feb 2024 (tests/events/helpers.build_doc).
    for text, year in (("Five years ago, Iran signed an agreement with Pakistan.", 2019),
                       ("A decade ago Iran accused Pakistan of fraud.", 2014)):
        events = _events(make_doc, text)
        assert events and all(e.background and e.event_date == date(year, 1, 1)
                              for e in events), text
    events = _events(make_doc, "Iran accused Pakistan of fraud two days ago.")
    assert events and all(not e.background and e.event_date == date(2024, 2, 12)
                          for e in events)


def test_a_month_ahead_in_a_forward_clause_stays_ahead(make_doc: MakeDoc) -> None:
    # Published 14 Feb 2024: "in November" is Nov 2024 after "will", Nov 2023 after "met".
    events = _events(make_doc, "Iran will meet Pakistan in November.")
    assert events and all(e.event_date == date(2024, 11, 1) and not e.background
                          for e in events)
    events = _events(make_doc, "Iran met Pakistan in November.")
    assert events and all(e.event_date == date(2023, 11, 1) and e.background for e in events)


def test_a_year_without_a_date_word_is_not_a_date(make_doc: MakeDoc) -> None:
    # Published 14 Feb 2024 (tests/events/helpers.build_doc): a same-year date is news.
    events = _events(make_doc, "In 2024, Iran signed an agreement with Pakistan.")
    assert events and not any(e.background for e in events)


def test_a_conjoined_verb_shares_the_date_of_the_first(make_doc: MakeDoc) -> None:
    text = "In 1998 Iran condemned Pakistan and recalled its ambassador from Pakistan."
    events = _events(make_doc, text)
    assert {e.root for e in events} >= {"11", "16"}, text
    assert all(e.background for e in events), text


def test_a_conjoined_clause_with_its_own_subject_keeps_its_own_time(make_doc: MakeDoc) -> None:
    text = "In 1998 Iran condemned Pakistan, and this week Iran praised Pakistan."
    by_root = {e.root: e for e in _events(make_doc, text)}
    assert by_root["11"].background and not by_root["05"].background


def test_a_reported_clause_is_no_later_than_its_report(make_doc: MakeDoc) -> None:
    events = _events(make_doc, "A diplomat said in 2009 that Iran backed Pakistan.")
    assert events and all(e.background for e in events)
    events = _events(make_doc, "A diplomat said on Monday that Iran backed Pakistan.")
    assert events and not any(e.background for e in events)


# The audit gate: dev sample A of benchmarks/gold/audit (PolNeAR train articles, read from
# the shared data at run time; skipped without them). Floors in
# benchmarks/gold/audit/gate.json, only ever raised.
GATE = Path(__file__).resolve().parents[2] / "benchmarks" / "gold" / "audit" / "gate.json"


def test_audit_sample_a_keeps_its_right_events(pipeline: Any, shared_data: Path) -> None:
    if not (shared_data / "polnear" / "data" / "train" / "text").is_dir():
        pytest.skip("PolNeAR train texts not found in the shared data")
    got = load_script("events_audit").gate_figures("A", pipeline)
    floors: dict[str, float] = json.loads(GATE.read_text("utf-8"))["A"]
    low = [f"{k}: {got[k]:.3f} < {v:.3f}" for k, v in floors.items() if got[k] < v]
    assert not low, "audit sample A fell below its floors: " + "; ".join(low) + \
        " (.venv/bin/python benchmarks/events_audit.py --score A shows which events)"


def test_a_blank_side_keys_the_same_in_the_files_and_the_code() -> None:
    # One-sided audit samples (events_audit.py --one-sided): a blank side is an empty code in
    # the verdict file and must match the key of the event the code produces, or every
    # one-sided row would count as "no longer produced".
    audit = load_script("events_audit")
    article = Article(id="a.txt", text="Five protesters were arrested on Friday.")
    event = Event(source=None, target=Actor("protesters", "KEN", "KENOPP"), cameo="173",
                  root="17", quad_class=4, goldstein=-5.0, sentence=article.text, start=0,
                  end=len(article.text), event_text="arrested",
                  extra={"one_sided": "agentless_passive"})
    drawn = audit.Drawn(article, event)
    row = {"article": "a.txt", "event_start": "21", "event_end": "29", "cameo": "173",
           "source_code": "", "target_code": "KENOPP"}
    assert audit.row_key(row) == drawn.key()
    assert audit.one_sided(event) and audit.construction(event) == "agentless_passive"
    two_sided = Event(source=IRN, target=PAK, cameo="173", root="17", quad_class=4,
                      goldstein=-5.0, sentence=article.text, start=0, end=len(article.text),
                      event_text="arrested")
    assert not audit.one_sided(two_sided) and audit.row_key(row) != audit.Drawn(
        article, two_sided).key()
    # The one-sided sample is marked as such (so --score turns the setting on); A is not.
    assert audit.is_one_sided("O") and not audit.is_one_sided("A")
