"""A title as the subject with the person's name in apposition: the person speaks."""

from __future__ import annotations

from .conftest import Run


def test_person_in_apposition_to_a_title_subject(run_quotes: Run) -> None:
    text = (
        "Pakistan's foreign office spokesperson, Mumtaz Zahra Baloch, said that Islamabad "
        "would raise the border closures with Kabul."
    )
    (q,) = [q for q in run_quotes(text).quotes if q.kind == "indirect"]
    assert q.speaker is not None and q.speaker.name == "Mumtaz Zahra Baloch"
    assert q.speaker_text == "Mumtaz Zahra Baloch"
    assert text[q.speaker_start : q.speaker_end] == q.speaker_text


def test_an_organisation_in_apposition_is_not_taken_for_a_person(run_quotes: Run) -> None:
    text = "The group, Human Rights Watch, said that the detentions were unlawful."
    (q,) = [q for q in run_quotes(text).quotes if q.kind == "indirect"]
    assert q.speaker is None or q.speaker.name != "The group"
