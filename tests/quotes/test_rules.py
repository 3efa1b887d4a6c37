"""One hand-built input per attribution rule of the quotes stage."""

from __future__ import annotations

from tidings.quotes.marks import find_marked_spans
from tidings.records import Actor, Entity, Mention, Quote

from .conftest import Run


def _direct(quotes: tuple[Quote, ...]) -> list[Quote]:
    return [q for q in quotes if q.kind == "direct"]


def _indirect(quotes: tuple[Quote, ...]) -> list[Quote]:
    return [q for q in quotes if q.kind == "indirect"]


def test_speaker_after_quote(run_quotes: Run) -> None:
    text = (
        "“We will not allow any attack on our neighbours,” "
        "Foreign Minister Amir Khan Muttaqi said."
    )
    (q,) = _direct(run_quotes(text).quotes)
    assert q.text == "We will not allow any attack on our neighbours"
    assert text[q.start : q.end] == q.text
    assert q.cue == "said" and text[q.cue_start : q.cue_end] == "said"
    assert q.speaker is not None and q.speaker.name == "Amir Khan Muttaqi"
    assert q.speaker_text is not None and "Muttaqi" in q.speaker_text


def test_speaker_before_quote_with_colon(run_quotes: Run) -> None:
    text = 'Hassan Kazemi Qomi told reporters: "Regional stability rests on collective security."'
    (q,) = _direct(run_quotes(text).quotes)
    assert q.cue == "told"
    assert q.speaker is not None and q.speaker.name == "Hassan Kazemi Qomi"


def test_pronoun_speaker_resolved_through_mentions(run_quotes: Run) -> None:
    text = (
        "Hassan Kazemi Qomi met Taliban officials in Kabul on Tuesday.\n\n"
        '"The United States is destabilising the region," he said.'
    )
    he = text.index(" he ") + 1
    qomi = Actor("Hassan Kazemi Qomi", "IRN", "IRNGOV", "government", "Special Envoy")
    mentions = (
        Mention(0, 18, "Hassan Kazemi Qomi", 1, "name"),
        Mention(he, he + 2, "he", 1, "pronoun"),
    )
    doc = run_quotes(text, mentions, (Entity(1, qomi, "person"),))
    (q,) = _direct(doc.quotes)
    assert q.speaker == qomi  # the entity's actor, never the bare pronoun
    assert q.speaker_text == "he" and (q.speaker_start, q.speaker_end) == (he, he + 2)


def test_pronoun_without_antecedent_is_unresolved(run_quotes: Run) -> None:
    doc = run_quotes('"The border will stay closed until further notice," she said.')
    (q,) = _direct(doc.quotes)
    assert q.speaker is None  # nobody named earlier: not guessed
    assert q.speaker_text == "she"


def test_continuation_paragraph_keeps_speaker(run_quotes: Run) -> None:
    text = (
        '"Iran, Pakistan and Afghanistan must guarantee security together," '
        "Qomi said on Monday.\n\n"
        '"Foreign forces have only brought instability to this region for twenty years."'
    )
    first, second = _direct(run_quotes(text).quotes)
    # one attribution in two pieces: same speaker and cue (gold guideline 2)
    assert second.rule == "direct-continued" and second.cue_start == first.cue_start
    assert first.speaker is not None and second.speaker == first.speaker


def test_unclosed_paragraph_continues_into_next(run_quotes: Run) -> None:
    text = (
        'Balkhi said: "Our security agencies will investigate the attack.\n\n'
        '"They will bring the perpetrators to justice."'
    )
    spans = find_marked_spans(text)
    assert [s.continues for s in spans] == [True, False]
    assert spans[1].continued
    first, second = _direct(run_quotes(text).quotes)
    assert first.text == "Our security agencies will investigate the attack."
    assert second.speaker is not None and second.speaker == first.speaker
    assert first.speaker is not None and first.speaker.name == "Balkhi"


def test_nested_single_quotes_stay_inside(run_quotes: Run) -> None:
    text = "“They called it ‘a new era’ of cooperation, but nothing changed,” the envoy said."
    quotes = _direct(run_quotes(text).quotes)
    assert len(quotes) == 1
    assert quotes[0].text == "They called it ‘a new era’ of cooperation, but nothing changed"


def test_scare_quotes_and_titles_are_not_quotes(run_quotes: Run) -> None:
    text = (
        'The so-called "Islamic State" claimed the attack. Militants "liberated" the district. '
        'The army launched Operation "Zarb-e-Azb" in 2014. She wrote the book "Kabul Nights".'
    )
    assert _direct(run_quotes(text).quotes) == []


def test_partial_quote_goes_to_the_subject(run_quotes: Run) -> None:
    text = 'Pakistani Prime Minister Shehbaz Sharif called the strike "a violation" of sovereignty.'
    (q,) = _direct(run_quotes(text).quotes)
    assert q.text == "a violation" and q.rule == "direct-partial"
    assert q.speaker is not None and q.speaker.name == "Shehbaz Sharif"


def test_unbalanced_marks_do_not_break_offsets(run_quotes: Run) -> None:
    text = 'He said" nothing. "The talks failed because the Taliban refused to compromise\n\nEnd.'
    doc = run_quotes(text)
    for q in doc.quotes:
        assert text[q.start : q.end] == q.text


def test_empty_text(run_quotes: Run) -> None:
    assert run_quotes("").quotes == ()
    assert run_quotes("   \n\n ").quotes == ()


def test_reported_speech_with_that_clause(run_quotes: Run) -> None:
    text = "Qomi averred that regional stability rests on collective security by Iran and Pakistan."
    (q,) = _indirect(run_quotes(text).quotes)
    assert q.cue == "averred"
    assert "regional stability rests on collective security" in q.text
    assert q.speaker is not None and q.speaker.name == "Qomi"


def test_reported_speech_bare_clause(run_quotes: Run) -> None:
    text = "The minister warned the United States was destabilising the whole region."
    (q,) = _indirect(run_quotes(text).quotes)
    assert q.cue == "warned" and q.text.startswith("the United States was destabilising")
    assert q.speaker_text == "The minister"


def test_speaker_after_reported_clause(run_quotes: Run) -> None:
    text = (
        "Pakistan will close the Torkham crossing on Friday, "
        "Interior Minister Sarfraz Bugti said."
    )
    (q,) = _indirect(run_quotes(text).quotes)
    assert q.cue == "said" and q.text.startswith("Pakistan will close the Torkham crossing")
    assert q.speaker is not None and q.speaker.name == "Sarfraz Bugti"


def test_according_to(run_quotes: Run) -> None:
    text = (
        "More than 3,000 Afghans crossed the border on Thursday, "
        "according to the United Nations."
    )
    (q,) = _indirect(run_quotes(text).quotes)
    assert q.rule == "indirect-according-to"
    assert q.text.startswith("More than 3,000 Afghans crossed the border")
    assert "according" not in q.text
    assert q.speaker_text is not None and "United Nations" in q.speaker_text


def test_x_told_y(run_quotes: Run) -> None:
    text = "Zabihullah Mujahid told VOA the Taliban would not allow attacks on Pakistan."
    (q,) = _indirect(run_quotes(text).quotes)
    assert q.cue == "told"
    assert q.text.startswith("the Taliban would not allow attacks")
    assert q.speaker is not None and q.speaker.name == "Zabihullah Mujahid"


def test_surname_resolves_to_full_name_named_earlier(run_quotes: Run) -> None:
    text = (
        "Taliban spokesman Zabihullah Mujahid spoke in Kabul.\n\n"
        '"We want good relations with all our neighbours," Mujahid said.'
    )
    (q,) = _direct(run_quotes(text).quotes)
    assert q.speaker is not None and q.speaker.name == "Zabihullah Mujahid"


def test_description_resolves_to_titled_person(run_quotes: Run) -> None:
    text = (
        "Taliban spokesman Zabihullah Mujahid spoke in Kabul on Monday.\n\n"
        '"We want good relations with all our neighbours," the spokesman said.'
    )
    (q,) = _direct(run_quotes(text).quotes)
    assert q.speaker_text == "the spokesman"
    assert q.speaker is not None and q.speaker.name == "Zabihullah Mujahid"
