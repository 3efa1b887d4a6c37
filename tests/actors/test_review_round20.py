"""Review of actors round 20 (RV3): a guard of recall._kin_name that no test reached.

Hand-written texts about generic situations (no corpus text).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tidings.pipeline import Pipeline
from tidings.records import Article


def test_an_epithet_before_the_surname_ner_gave_the_one_bearer_stays_that_person(
        pipeline: Pipeline) -> None:
    # With one person bearing the surname, NER's surname-only span keeps its reading: the
    # capitalised word before it is an epithet, not the given name of kin of his
    # (recall._kin_name's guard on what is already taken there).
    only_actors = Pipeline(replace(pipeline.settings), stages=("actors",))
    doc = only_actors.process(Article(
        id="rv20", published=date(2024, 3, 1),
        text="Donald Trump spoke in Ohio on Monday. Later, Populist Trump told donors he "
             "would win."))
    people = [doc.entity(m.entity_id) for m in doc.mentions
              if m.entity_id is not None and "Trump" in m.text]
    assert {p.actor.name for p in people if p is not None} == {"Donald Trump"}
    assert len(people) == 2
