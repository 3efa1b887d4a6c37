"""Events precision, round 18 (PREC18): hand-written sentences about invented situations."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.events.timing import verb_flags
from tidings.pipeline import Pipeline
from tidings.records import Article


def _background(pipeline: Pipeline, text: str, word: str) -> bool:
    doc = pipeline.process(Article(id="p18", text=text, published=date(2024, 3, 1)))
    found = [e for e in doc.events if word in e.event_text]
    assert found, text
    return all(e.background for e in found)


# A former time told by the article alone, with no date (timing._recalled): a phrase of
# that time on the verb or on a past verb above it, or a past habit ("used to").
@pytest.mark.parametrize(("text", "word", "background"), [
    ("At the time, the Kenyan president accused Uganda of arming the rebels.", "accused", True),
    ("Back then, the Kenyan president accused Uganda of arming the rebels.", "accused", True),
    ("At that time, the local paper wrote that the Kenyan president accused Uganda of "
     "arming the rebels.", "accused", True),
    ("The Kenyan president used to accuse Uganda of arming the rebels.", "accuse", True),
    # A longer phrase with "at the time of" is no former time; a passive "was used to"
    # and "used drones to" are no habit.
    ("The Kenyan president accused Uganda of arming the rebels at the time of the summit.",
     "accused", False),
    ("The Kenyan president accused Uganda of arming the rebels.", "accused", False),
])
def test_a_former_time_told_by_the_article_is_background(pipeline: Pipeline, text: str,
                                                         word: str, background: bool) -> None:
    assert _background(pipeline, text, word) is background


def _hypothetical(nlp: Any, text: str, word: str) -> bool:
    tok = next(t for t in nlp(text) if t.text == word)
    return verb_flags(tok).hypothetical


# A clause alongside an infinitive that hangs on a future verb, directly or through its
# object noun ("will have a last opportunity to praise X as he visits Y"), is as far ahead as
# that verb (timing._infinitive_governors).
@pytest.mark.parametrize(("text", "word", "hypothetical"), [
    ("The Kenyan president will have a last opportunity on Friday to praise lawmakers as "
     "he visits Uganda.", "visits", True),
    ("The Kenyan president will have a chance to address lawmakers as he visits Uganda.",
     "visits", True),
    ("The Kenyan president will fly to Nairobi to address lawmakers, criticizing Uganda "
     "over the border.", "criticizing", True),
    # Under a past verb the clause is done; a clause with a named doer of its own tells
    # what goes on meanwhile.
    ("The Kenyan president got a chance to address lawmakers as he visited Uganda.",
     "visited", False),
    ("The Kenyan president flew to Nairobi to address lawmakers, criticizing Uganda over "
     "the border.", "criticizing", False),
    ("The Kenyan president will travel to Nairobi to address lawmakers as Ugandan troops "
     "shell the border.", "shell", False),
])
def test_a_clause_on_an_infinitive_of_a_future_verb_is_not_done(
        nlp: Any, text: str, word: str, hypothetical: bool) -> None:
    assert _hypothetical(nlp, text, word) is hypothetical



# An event noun in a phrase on a participle that is not done yet is not done either
# (nominal._raw_events reads the participle's hypothetical flag).
@pytest.mark.parametrize(("text", "hypothetical"), [
    ("Kenyan opposition leaders will march to the capital on Friday, leading to clashes "
     "with the Kenyan police.", True),
    ("Kenyan opposition leaders might march to the capital on Friday, leading to clashes "
     "with the Kenyan police.", True),
    ("Kenyan opposition leaders marched to the capital on Friday, leading to clashes with "
     "the Kenyan police.", False),
])
def test_an_event_noun_on_a_participle_of_a_future_verb_is_not_done(
        pipeline: Pipeline, text: str, hypothetical: bool) -> None:
    doc = pipeline.process(Article(id="p18n", text=text, published=date(2024, 3, 1)))
    clashes = [e for e in doc.events if e.event_text == "clashes"]
    assert clashes and all(e.hypothetical is hypothetical for e in clashes)



# A pseudo-cleft of a wish ("what is needed is that X do Y") asks for the deed, as "its
# demand that X do Y" does (timing._embedded_wish); one of another verb states a fact.
@pytest.mark.parametrize(("text", "word", "hypothetical"), [
    ("What is needed is that Uganda withdraw its troops from the Kenyan border.", "withdraw",
     True),
    ("What surprised Kenya is that Uganda withdrew its troops.", "withdrew", False),
])
def test_a_pseudo_cleft_of_a_wish_is_not_done(nlp: Any, text: str, word: str,
                                              hypothetical: bool) -> None:
    assert _hypothetical(nlp, text, word) is hypothetical
