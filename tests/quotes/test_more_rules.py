"""Hand-built inputs for the later rules: lead-ins, dropped reopening marks,
commissives, charges, colon leads, misparsed objects of "say"."""

from __future__ import annotations

from tidings.quotes.marks import find_marked_spans
from tidings.records import Quote

from .conftest import Run


def _kind(quotes: tuple[Quote, ...], kind: str) -> list[Quote]:
    return [q for q in quotes if q.kind == kind]


def test_lead_in_statement_gives_the_speaker(run_quotes: Run) -> None:
    text = (
        "After the meeting, Kurilla issued this statement:\n\n"
        '"We remain committed to the defeat of ISIS throughout the region."'
    )
    (q,) = _kind(run_quotes(text).quotes, "direct")
    assert q.rule == "direct-lead-in" and q.cue == "issued"
    assert q.speaker is not None and "Kurilla" in q.speaker.name


def test_attributable_to_header(run_quotes: Run) -> None:
    text = (
        "(Attributable to Pentagon Press Secretary John Kirby)\n\n"
        '"U.S. forces conducted airstrikes against militant groups in eastern Syria tonight."'
    )
    (q,) = _kind(run_quotes(text).quotes, "direct")
    assert q.cue == "Attributable"
    assert q.speaker is not None and q.speaker.name.endswith("Kirby")


def test_dropped_reopening_mark_continues_the_quote() -> None:
    text = "“At first we waited.\n\nThen the strikes were authorized.”\n\nDone."
    first, second = find_marked_spans(text)
    assert first.continues and second.continued
    assert text[second.start : second.end] == "Then the strikes were authorized."


def test_unclosed_quote_without_continuation_ends_at_paragraph() -> None:
    text = '"We will never accept this, the minister said.\n\nTalks resume on Monday.'
    (span,) = find_marked_spans(text)
    assert not span.continues
    assert text[span.start : span.end] == "We will never accept this, the minister said."


def test_commissive_to_clause(run_quotes: Run) -> None:
    text = "The Pakistani government vowed to deport all undocumented migrants by November."
    (q,) = _kind(run_quotes(text).quotes, "indirect")
    assert q.rule == "indirect-commissive" and q.cue == "vowed"
    assert q.text.startswith("to deport all undocumented migrants")


def test_charge_with_gerund(run_quotes: Run) -> None:
    text = "Hassan Kazemi Qomi accused Washington of destabilising the whole region."
    (q,) = _kind(run_quotes(text).quotes, "indirect")
    assert q.rule == "indirect-charge" and q.cue == "accused"
    assert q.text == "destabilising the whole region"


def test_directive_with_object_and_to_clause(run_quotes: Run) -> None:
    text = "Islamabad urged the Taliban authorities to boost security at diplomatic premises."
    (q,) = _kind(run_quotes(text).quotes, "indirect")
    assert q.rule == "indirect-directive"
    assert q.text.startswith("to boost security")


def test_noun_phrase_object_is_a_stance_not_reported_speech(run_quotes: Run) -> None:
    # An NP object is an attributed stance (rule indirect-np), never a reported clause;
    # "reaffirm" is not a stance verb, so only the condemnation is reported.
    text = "The Secretary condemned the attack on the embassy and reaffirmed the partnership."
    quotes = run_quotes(text).quotes
    assert [(q.rule, q.cue, q.text) for q in quotes] == [
        ("indirect-np", "condemned", "the attack on the embassy")
    ]


def test_weak_cue_needs_that(run_quotes: Run) -> None:
    with_that = run_quotes("The inquiry found that the convoy had been hit by a drone.").quotes
    assert [q.cue for q in with_that] == ["found"]
    without = run_quotes("The soldiers found the convoy was hit by a drone.").quotes
    assert without == ()


def test_clause_mostly_in_quote_marks_is_left_to_direct(run_quotes: Run) -> None:
    text = 'He said that "the border will stay closed until the attackers are punished."'
    quotes = run_quotes(text).quotes
    assert [q.kind for q in quotes] == ["direct"]


def test_colon_lead_headline(run_quotes: Run) -> None:
    text = "Senator Ames: Voter anger rewards the loudest voices in the race"
    (q,) = _kind(run_quotes(text).quotes, "indirect")
    assert q.rule == "indirect-colon" and q.cue == ":"
    assert q.text.startswith("Voter anger rewards")
    assert q.speaker is not None and "Ames" in q.speaker.name


def test_noun_cue_with_that_clause(run_quotes: Run) -> None:
    text = "Secretary Austin shared his view that humanitarian aid must increase."
    (q,) = _kind(run_quotes(text).quotes, "indirect")
    assert q.rule == "indirect-noun" and q.cue == "view"
    assert q.text == "that humanitarian aid must increase"
    assert q.speaker is not None and "Austin" in q.speaker.name


def test_call_on_is_a_directive_but_call_alone_is_not(run_quotes: Run) -> None:
    (q,) = run_quotes("Pakistan called on the Taliban to arrest the attackers.").quotes
    assert q.rule == "indirect-directive" and q.text == "to arrest the attackers"
    # "called X a Y" is not reported speech; it is an attributed stance (indirect-naming)
    quotes = run_quotes("Pakistan called the attack a cowardly act of terror.").quotes
    assert [(q.rule, q.text) for q in quotes] == [
        ("indirect-naming", "the attack a cowardly act of terror")
    ]


def test_writer_first_person_is_not_reported_speech(run_quotes: Run) -> None:
    assert run_quotes("We call on Iran to release the tanker and its crew at once.").quotes == ()


def test_relative_clause_speaker_is_the_antecedent(run_quotes: Run) -> None:
    text = "Maria Ortiz, who has pledged to close the old coal plant, spoke on Monday."
    (q,) = run_quotes(text).quotes
    assert q.cue == "pledged" and q.speaker is not None and q.speaker.name == "Maria Ortiz"


def test_title_ending_a_sentence_inside_marks_is_not_a_quote(run_quotes: Run) -> None:
    text = 'Clinton spoke about the campaign on "Fox News Sunday."'
    assert [q for q in run_quotes(text).quotes if q.kind == "direct"] == []
