"""A speech verb's "to" phrase naming an actor is the addressee, not what was said
(data/addressee_verbs.tsv)."""

from __future__ import annotations

from typing import Any

from .conftest import Run


def test_spoken_to_actor_is_no_content(run_quotes: Run) -> None:
    text = ("Speaking to reporters in Islamabad, the minister said the border would reopen. "
            "Later she talked to Afghan officials in Kabul.")
    texts = [q.text for q in run_quotes(text).quotes]
    assert any(t.startswith("the border would reopen") for t in texts), texts
    assert not any("reporters" in t or "Afghan officials" in t for t in texts), texts


def test_spoken_to_topic_stays_content(run_quotes: Run) -> None:
    text = "The senator spoke to the rising cost of food imports during the hearing."
    texts = [q.text for q in run_quotes(text).quotes]
    assert any("the rising cost of food imports" in t for t in texts), texts


def test_threatened_actor_is_the_target_not_content(run_quotes: Run) -> None:
    texts = [q.text for q in run_quotes(
        "The militants threatened Kenyan villagers near the border. "
        "The president threatened a veto of the spending bill.").quotes]
    assert not any("villagers" in t for t in texts), texts
    assert any("a veto of the spending bill" in t for t in texts), texts



def test_nouns_spelled_like_stance_verbs_are_no_frame_words(nlp: Any) -> None:
    from tidings.quotes.reported import _frame_word

    # "order" and "report" are stance verbs (np_cues.tsv); as nouns they are reported words
    doc = nlp("They ignored the order and the report.")
    assert not _frame_word(doc[3]) and not _frame_word(doc[6])
    verb = nlp("The court will order a review.")
    assert _frame_word(verb[3])
