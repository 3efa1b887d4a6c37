"""Events precision, round 17 (PREC17): hand-written sentences about invented situations."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.events.timing import verb_flags
from tidings.pipeline import Pipeline
from tidings.records import Article


def _flags_of(nlp: Any, text: str, word: str) -> tuple[bool, bool]:
    tok = next(t for t in nlp(text) if t.text == word)
    flags = verb_flags(tok)
    return flags.hypothetical, flags.future


# A participle or present-tense adverbial clause on a verb with "will" is as far ahead as
# that verb: nothing is done yet (timing._alongside_future).
@pytest.mark.parametrize(("text", "word", "hypothetical"), [
    ("The Iranian minister will tour the border towns on Friday, criticizing Pakistan "
     "over the new fence.", "criticizing", True),
    ("The French president will fly to Berlin on Sunday as he meets the German "
     "chancellor.", "meets", True),
    # The same clause on a verb in the past tense, and a past tense under "will", are done.
    ("The Iranian minister toured the border towns on Friday, criticizing Pakistan over "
     "the new fence.", "criticizing", False),
    ("The Iranian minister will resign because Pakistani troops attacked the border post.",
     "attacked", False),
    # A clause of the same time with a named doer of its own tells what goes on meanwhile
    # (timing._meanwhile); a clause of a later time keeps the future.
    ("The Kenyan foreign minister will fly to Addis Ababa as Ethiopian troops shell the "
     "border villages.", "shell", False),
    ("The Egyptian envoy will visit Doha on Monday while Israeli troops raid the northern "
     "towns.", "raid", False),
    ("Israel will not lift the blockade until the peacekeepers take positions along the "
     "border.", "take", True),
])
def test_a_clause_alongside_a_future_verb_is_not_done(nlp: Any, text: str, word: str,
                                                      hypothetical: bool) -> None:
    assert _flags_of(nlp, text, word)[0] is hypothetical


def test_future_participle_event_is_flagged_in_the_pipeline(pipeline: Pipeline) -> None:
    text = ("The Iranian foreign minister will visit Islamabad on Monday, criticizing "
            "Pakistan over the new border fence.")
    doc = pipeline.process(Article(id="p17", text=text, published=date(2024, 3, 1)))
    criticised = [e for e in doc.events if e.event_text == "criticizing"]
    assert criticised and all(e.hypothetical for e in criticised)
