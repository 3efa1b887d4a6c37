"""Events precision, round 20 (PREC20): hand-written sentences about invented situations."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.pipeline import Pipeline
from tidings.records import Article, Event


def _events(pipeline: Pipeline, text: str, word: str) -> list[Event]:
    doc = pipeline.process(Article(id="p20", text=text, published=date(2024, 3, 1)))
    return [e for e in doc.events if word in e.event_text]


# A compound before a building or post names the kind of place (senses._site): force on a
# broadcaster's station or on a border post is force, not criticism of words or a medium.
@pytest.mark.parametrize(("text", "word"), [
    ("Gunmen attacked a television station in the northern city on Monday.", "attacked"),
    ("Militants stormed a radio station in the north of the province.", "stormed"),
    ("Rebels attacked a border post near the town, killing two guards.", "attacked"),
    ("Insurgents attacked a police post outside the provincial capital.", "attacked"),
])
def test_force_on_a_site_named_by_its_kind_stays_force(pipeline: Pipeline, text: str,
                                                       word: str) -> None:
    found = _events(pipeline, text, word)
    assert found, text
    assert all(e.cameo[:2] in {"18", "19", "20"} for e in found), [e.cameo for e in found]


# A medium before "post" keeps it a post online: attacking it is criticism (S03 stays).
def test_a_post_online_stays_words(pipeline: Pipeline) -> None:
    text = "The senator attacked the governor's Facebook post about the budget."
    found = _events(pipeline, text, "attacked")
    assert found and all(e.cameo.startswith("11") for e in found), [e.cameo for e in found]


# Admitting refugees or migrants lets people in; PETRARCH's "admit" (DISCLOSE, 050) is an
# admission of a fault (senses S101, S101b).
@pytest.mark.parametrize("text", [
    "The refugees admitted by Norway were given housing in three towns.",
    "Canada admitted 10,000 refugees from the region in the spring.",
    "Germany admitted several thousand migrants through its southern border.",
])
def test_admitting_migrants_is_no_admission(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text, "admitted") if e.cameo.startswith("05")]


def test_an_admission_to_a_party_stays(pipeline: Pipeline) -> None:
    text = "The defence minister admitted to Canada that the deal had failed."
    assert [e for e in _events(pipeline, text, "admitted") if e.cameo.startswith("05")]
