"""Hand-built inputs for the rules added from the PolNeAR train error analysis:
doubled-apostrophe quote marks, raising verbs, stance extents, to-infinitive stances."""

from __future__ import annotations

from tidings.quotes.marks import find_marked_spans
from tidings.records import Quote

from .conftest import Run


def _kind(quotes: tuple[Quote, ...], kind: str) -> list[Quote]:
    return [q for q in quotes if q.kind == kind]


def test_doubled_apostrophes_are_double_marks() -> None:
    text = "''We will not leave anyone behind,'' Mr. Kerry said. ''That is the rule.''"
    first, second = find_marked_spans(text)
    assert text[first.start : first.end] == "We will not leave anyone behind"
    assert text[second.start : second.end] == "That is the rule."


def test_tripled_apostrophes_close_a_nested_quote_too() -> None:
    text = "''He told me, 'You are one of us,''' she said. '''No,' I said.''"
    first, second = find_marked_spans(text)
    assert text[first.start : first.end] == "He told me, 'You are one of us,'"
    assert text[second.start : second.end] == "'No,' I said."


def test_contractions_are_not_marks() -> None:
    assert find_marked_spans("He didn't say it's over, and we won't ask.") == []


def test_doubled_apostrophe_quote_is_direct(run_quotes: Run) -> None:
    text = "''We are ready to talk to anyone who will listen,'' Mr. Lindqvist said."
    (q,) = _kind(run_quotes(text).quotes, "direct")
    assert q.text == "We are ready to talk to anyone who will listen"
    assert q.cue == "said"


def test_raising_verb_subject_and_complement(run_quotes: Run) -> None:
    text = "The senator seemed to be losing ground in the rural counties."
    (q,) = _kind(run_quotes(text).quotes, "indirect")
    assert q.rule == "indirect-raising" and q.cue == "seemed"
    assert q.text == "The senator seemed to be losing ground in the rural counties"
    assert q.speaker is None  # an impression, nobody's words


def test_raising_verb_with_expletive_it_takes_the_clause(run_quotes: Run) -> None:
    text = "It appears that the talks between the two parties have collapsed."
    (q,) = _kind(run_quotes(text).quotes, "indirect")
    assert q.rule == "indirect-raising"
    assert q.text == "that the talks between the two parties have collapsed"


def test_raising_verb_without_complement_is_not_a_report(run_quotes: Run) -> None:
    text = "The senator appeared on stage in Des Moines on Tuesday."
    assert _kind(run_quotes(text).quotes, "indirect") == []


def test_stance_content_takes_its_as_phrase(run_quotes: Run) -> None:
    text = "Senator Warren criticized the tax plan as a giveaway to wealthy donors."
    (q,) = _kind(run_quotes(text).quotes, "indirect")
    assert q.rule == "indirect-np"
    assert q.text == "the tax plan as a giveaway to wealthy donors"


def test_stance_content_leaves_out_time_phrases(run_quotes: Run) -> None:
    text = "Senator Warren criticized the tax plan after the debate."
    (q,) = _kind(run_quotes(text).quotes, "indirect")
    assert q.text == "the tax plan"


def test_to_infinitive_stance_from_the_data_file(run_quotes: Run) -> None:
    text = "The governor declined to comment on the federal investigation."
    quotes = _kind(run_quotes(text).quotes, "indirect")
    (q,) = [q for q in quotes if q.cue == "declined"]
    assert q.rule == "indirect-np"
    assert q.text == "to comment on the federal investigation"


def test_to_infinitive_stance_needs_an_actor(run_quotes: Run) -> None:
    text = "Prices declined to their lowest level in a decade."
    assert _kind(run_quotes(text).quotes, "indirect") == []


def test_report_with_a_partial_quote_keeps_both(run_quotes: Run) -> None:
    text = 'She predicted the debate would "turn quickly to the price of bread."'
    quotes = run_quotes(text).quotes
    (direct,) = _kind(quotes, "direct")
    (indirect,) = _kind(quotes, "indirect")
    assert direct.text == "turn quickly to the price of bread."
    assert indirect.rule == "indirect-ccomp" and indirect.text.startswith("the debate would")


def test_clause_that_is_all_quote_stays_direct(run_quotes: Run) -> None:
    text = 'The minister said that "we will never accept this occupation."'
    quotes = run_quotes(text).quotes
    assert [q.kind for q in quotes] == ["direct"]


def test_nested_reporting_frame_adds_no_reported_words(run_quotes: Run) -> None:
    text = (
        'It was agreed that "the perpetrators must be brought to justice urgently,"'
        " the statement said."
    )
    quotes = run_quotes(text).quotes
    assert _kind(quotes, "indirect") == []
    assert len(_kind(quotes, "direct")) == 1


def test_passive_expectation_subject_is_the_content(run_quotes: Run) -> None:
    text = "Senator Cruz is expected to win the Texas primary easily."
    (q,) = _kind(run_quotes(text).quotes, "indirect")
    assert q.rule == "indirect-passive" and q.cue == "expected"
    assert q.text == "Senator Cruz is expected to win the Texas primary easily"
    assert q.speaker is None  # nobody named holds the expectation


def test_passive_judgement_speaker_is_the_agent(run_quotes: Run) -> None:
    text = "The agreement was criticized by Senator Graham as a giveaway to Tehran."
    (q,) = _kind(run_quotes(text).quotes, "indirect")
    assert q.rule == "indirect-passive"
    assert q.speaker_text is not None and "Graham" in q.speaker_text


def test_passive_of_an_unlisted_verb_is_not_a_report(run_quotes: Run) -> None:
    text = "The bridge was built by the army engineers in 1952."
    assert _kind(run_quotes(text).quotes, "indirect") == []


def test_noun_content_of_an_inanimate_holder_is_not_reported(run_quotes: Run) -> None:
    text = "The bill's support for the drought-hit farmers surprised nobody."
    assert [q for q in run_quotes(text).quotes if q.rule == "indirect-noun-np"] == []


def test_prepositional_stance_takes_its_as_phrase(run_quotes: Run) -> None:
    text = "Donald Trump referred to the senator as a loser in the interview."
    quotes = [q for q in run_quotes(text).quotes if q.cue == "referred"]
    (q,) = quotes
    assert q.text.startswith("the senator as a loser")


def test_conjoined_that_clause_is_part_of_the_report(run_quotes: Run) -> None:
    text = (
        "Okafor believes there are no easy answers, but that sometimes a partial"
        " deal will have to do."
    )
    (q,) = [q for q in run_quotes(text).quotes if q.cue == "believes"]
    assert q.text.startswith("there are no easy answers")
    assert q.text.rstrip(".").endswith("will have to do")


def test_evidential_adverb_marks_a_report(run_quotes: Run) -> None:
    text = "Trump reportedly told his aides to prepare for a long primary fight."
    quotes = [q for q in run_quotes(text).quotes if q.rule == "indirect-evidential"]
    (q,) = quotes
    assert q.cue == "reportedly" and q.speaker is None
    # one span: the adverb inside the clause stays in it
    assert q.text.rstrip(".") == text.rstrip(".")


def test_ordinary_adverb_is_not_evidential(run_quotes: Run) -> None:
    text = "Trump quickly left the stage after the rally in Ohio."
    assert [q for q in run_quotes(text).quotes if q.rule == "indirect-evidential"] == []


def test_short_quote_after_the_attribution_continues_it(run_quotes: Run) -> None:
    text = (
        '"One of us ran for governor in 2010," Moreno said, recalling that race.'
        ' "It was my brother."'
    )
    first, second = _kind(run_quotes(text).quotes, "direct")
    assert second.text == "It was my brother."
    assert second.rule == "direct-continued" and second.cue_start == first.cue_start
    assert second.speaker_text == first.speaker_text


def test_short_quote_after_another_sentence_is_not_resumed(run_quotes: Run) -> None:
    text = (
        '"We will win this state by a wide margin," Sanders said.'
        ' Critics mocked his economic plans. "Free stuff."'
    )
    assert len(_kind(run_quotes(text).quotes, "direct")) == 1


def test_content_fragments_leave_out_the_enclosed_cue_and_speaker() -> None:
    from tidings.quotes.evaluate import content_fragments, univocal

    text = "This election, he says, is different."
    q = Quote(
        "indirect", text[:-1], 0, len(text) - 1, cue="says", cue_start=18, cue_end=22,
        speaker_text="he", speaker_start=15, speaker_end=17,
    )
    pieces = [text[a:b] for a, b in content_fragments(q)]
    assert [p for p in pieces if p.strip()] == ["This election, ", ", is different"]
    assert univocal([q]) == [content_fragments(q)]


def test_content_fragments_of_a_quote_without_enclosed_cue_is_its_span() -> None:
    from tidings.quotes.evaluate import content_fragments

    q = Quote("direct", "We will win", 1, 12, cue="said", cue_start=15, cue_end=19)
    assert content_fragments(q) == [(1, 12)]


def test_short_object_of_say_is_what_was_said(run_quotes: Run) -> None:
    text = "Asked whether he would run again, the senator said yes."
    (q,) = [q for q in run_quotes(text).quotes if q.cue == "said"]
    assert q.rule == "indirect-say-short" and q.text == "yes"
    text = "Half of the voters said the same about Sanders."
    (q,) = [q for q in run_quotes(text).quotes if q.cue == "said"]
    assert q.text == "the same about Sanders"


def test_question_cue_takes_its_if_clause(run_quotes: Run) -> None:
    text = "HuffPost asked the senator if he has been preparing for the possibility."
    (q,) = [q for q in run_quotes(text).quotes if q.cue == "asked"]
    assert q.rule == "indirect-ccomp"
    assert q.text == "if he has been preparing for the possibility"


def test_condition_of_an_ordinary_speech_verb_is_not_its_content(run_quotes: Run) -> None:
    text = "The minister will resign if the parliament rejects the budget, aides said."
    assert [q for q in run_quotes(text).quotes if q.text.startswith("if ")] == []


def test_quoted_sentence_with_an_adverbial_lead_in_stays_direct(run_quotes: Run) -> None:
    text = (
        'If Russia decided to use such a weapon, "you would see a very significant'
        ' response from the international community," Austin emphasized.'
    )
    quotes = run_quotes(text).quotes
    assert [q.rule for q in quotes if q.cue == "emphasized"] == ["direct-cue"]


def test_first_person_belief_is_an_attribution(run_quotes: Run) -> None:
    text = "I think the nuclear deal is a disaster for the whole region."
    (q,) = [q for q in run_quotes(text).quotes if q.cue == "think"]
    assert q.rule == "indirect-ccomp"
    assert q.text == "the nuclear deal is a disaster for the whole region"
    assert q.speaker is None  # "I" is nobody we can name


def test_first_person_call_is_not_a_report(run_quotes: Run) -> None:
    text = "We call on Iran to release the detained sailors immediately."
    assert [q for q in run_quotes(text).quotes if q.cue == "call"] == []


def test_stance_in_a_purpose_clause_is_an_attribution(run_quotes: Run) -> None:
    text = "Senator Sanders traveled to Iowa to criticize the trade deal with China."
    (q,) = [q for q in run_quotes(text).quotes if q.cue == "criticize"]
    assert q.rule == "indirect-np" and q.text.startswith("the trade deal")


def test_documents_and_groups_hold_stances(run_quotes: Run) -> None:
    text = "The campaign criticized the senator for missing votes in the Senate."
    (q,) = [q for q in run_quotes(text).quotes if q.cue == "criticized"]
    assert q.rule == "indirect-np" and q.text == "the senator for missing votes in the Senate"


def test_first_person_stance_is_an_attribution(run_quotes: Run) -> None:
    text = "We strongly oppose the new tax plan for small farmers."
    (q,) = [q for q in run_quotes(text).quotes if q.cue == "oppose"]
    assert q.rule == "indirect-np" and q.text == "the new tax plan for small farmers"
