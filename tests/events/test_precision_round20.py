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


_EARLIER = "In 2011, Kenyan troops attacked rebel camps in Somalia."
_DEED = "Somali militants ambushed a Kenyan army convoy near the border"


# A date in a time clause on an undated past main verb dates the main verb (narrative._main):
# "when/while/before/until X in 2011" places it at or before that time.
@pytest.mark.parametrize("text", [
    f"{_DEED} when the war broke out in 2011.",
    f"The rebel leader taught at a school in Mogadishu before he moved to Kenya in 2011. {_DEED}.",
])
def test_a_dated_time_clause_starts_a_retold_past(pipeline: Pipeline, text: str) -> None:
    found = _events(pipeline, text, "ambushed")
    assert found, text
    for e in found:
        assert e.background and e.extra.get("date_from") == "narration", text
        assert e.event_date is not None and e.event_date.year == 2011


# "after"/"since" leave the main verb free to be today's news, and a "since" date names when a
# span began (narrative._dated_verbs); a fresh deed after a retold past is news of the
# article's time (RV4's "accused X of fresh shelling").
@pytest.mark.parametrize(("text", "word"), [
    (f"{_DEED} after the talks collapsed in 2011.", "ambushed"),
    ("The presidents of Kenya and Uganda met in Nairobi before they opened the third round "
     "of talks since 2011.", "met"),
    (f"{_EARLIER} Kenya accused Somalia of fresh attacks on its border towns.", "accused"),
    (f"{_EARLIER} Somali militants launched renewed attacks on a Kenyan army convoy.",
     "launched"),
])
def test_no_retold_past_after_after_or_a_fresh_deed(pipeline: Pipeline, text: str,
                                                    word: str) -> None:
    found = _events(pipeline, text, word)
    assert found, text
    assert all(e.extra.get("date_from") is None for e in found), text


# A fresh-deed word ends a retold past only as a deed's modifier: "the latest of several"
# says where the retold deed stands, and the narration goes on.
def test_latest_as_no_modifier_keeps_the_retold_past(pipeline: Pipeline) -> None:
    text = (f"{_EARLIER} The raid was the latest of several border wars. "
            "Kenyan jets bombed the port of Kismayo.")
    found = _events(pipeline, text, "bombed")
    assert found and all(e.extra.get("date_from") == "narration" for e in found), text
