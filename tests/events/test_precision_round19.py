"""Events precision, round 19 (PREC19): hand-written articles about invented situations."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.events.timing import verb_flags
from tidings.pipeline import Pipeline
from tidings.records import Article, Event

_EARLIER = "In 2011, Kenyan troops attacked rebel camps in Somalia."
_DEED = "Somali militants ambushed a Kenyan army convoy near the border."


def _events(pipeline: Pipeline, text: str, word: str) -> list[Event]:
    doc = pipeline.process(Article(id="p19", text=text, published=date(2024, 3, 1)))
    found = [e for e in doc.events if word in e.event_text]
    assert found, text
    return found


# A sentence whose main verbs are dated before the article's time carries that time to the
# undated past verbs after it, also in the next paragraphs (narrative.carried_date): a past
# episode retold.
@pytest.mark.parametrize("text", [
    f"{_EARLIER} {_DEED}",
    f"{_EARLIER} The rebels fled north. {_DEED}",
    f"{_EARLIER}\n\nThe rebels fled north.\n\n{_DEED}",
    f"Last year, Kenyan troops attacked rebel camps in Somalia. {_DEED}",
])
def test_a_retold_past_carries_its_date(pipeline: Pipeline, text: str) -> None:
    for e in _events(pipeline, text, "ambushed"):
        assert e.background, text
        assert e.event_date is not None and e.event_date.year < 2024
        assert e.extra.get("date_from") == "narration"


# Not carried: backwards, past a sentence told from the article's time (a present, a
# perfect, a report of the day, a recent date), to a sentence of its own time, to a perfect.
@pytest.mark.parametrize("text", [
    f"{_DEED} {_EARLIER}",
    f"{_EARLIER} Kenya says the camps remain. {_DEED}",
    f"{_EARLIER} Kenya has sent more troops since then. {_DEED}",
    f"{_EARLIER}\n\nThe camps were empty, a Kenyan officer said.\n\n{_DEED}",
    f"Since 2011, Kenyan troops have fought rebels in Somalia. {_DEED}",
    f"{_EARLIER} Somali militants ambushed a Kenyan army convoy, officials said on Tuesday.",
    f"{_EARLIER} Somali militants have ambushed a Kenyan army convoy near the border.",
])
def test_a_retold_past_carries_no_date_to_news(pipeline: Pipeline, text: str) -> None:
    for e in _events(pipeline, text, "ambushed"):
        assert e.extra.get("date_from") is None, text
        assert not e.background or e.event_date is None or e.event_date.year != 2011, text


def _hypothetical(nlp: Any, text: str, word: str) -> bool:
    tok = next(t for t in nlp(text) if t.text == word)
    return verb_flags(tok).hypothetical


# A pseudo-cleft of a refusal over a clause told in the present states a fact the subject
# wants undone (timing._embedded_wish); one of a demand stays asked for, whatever the form.
@pytest.mark.parametrize(("text", "word", "hypothetical"), [
    ("What Chile rejects is that Peru occupies Bolivian border towns.", "occupies", False),
    ("What Chile refuses to accept is that Peru is shelling Bolivian towns.", "shelling", False),
    ("What Chile demands is that Peru withdraw its troops from Bolivia.", "withdraw", True),
    ("What Chile demands is that Peru withdraws its troops from Bolivia.", "withdraws", True),
])
def test_a_pseudo_cleft_of_a_refusal_over_a_present_states_a_fact(
        nlp: Any, text: str, word: str, hypothetical: bool) -> None:
    assert _hypothetical(nlp, text, word) is hypothetical
