"""Generic event sides (a sector, no country) take the country of the event's place."""

from __future__ import annotations

from datetime import date
from typing import Any

from tidings.actors.kb import code_sector, load_kb
from tidings.contract import event_json
from tidings.document import Document
from tidings.geo import exclusions, places_stage
from tidings.records import Actor, Article, Entity, Event, Mention
from tidings.store.rows import fold_key

POLICE = Actor("Police", None, "---COP", "COP", "police", ("sector word: 'police' -> COP",))
PROTESTERS = Actor("protesters", None, "---CVLOPP", "CVL", "protesters")
MILITANTS = Actor("Militants", None, "---REB", "REB", "militants")
PAK_POLICE = Actor("Pakistani police", "PAK", "PAKCOP", "COP", "police")
IRAN = Actor("Tehran", "IRN", "IRNGOV", "GOV")


def _event(text: str, source: Actor, target: Actor, cameo: str = "173", **kw: Any) -> Event:
    return Event(source=source, target=target, cameo=cameo, root=cameo[:2], quad_class=4,
                 goldstein=-5.0, sentence=text, start=0, end=len(text),
                 event_date=date(2024, 2, 14), **kw)


def _run(nlp: Any, text: str, *events: Event, **doc_kw: Any) -> tuple[Event, ...]:
    doc = Document(article=Article(id="g1", text=text, published=date(2024, 2, 14)),
                   spacy_doc=nlp(text), events=events, **doc_kw)
    return places_stage(doc).events


def test_police_in_a_city_take_that_country(nlp: Any) -> None:
    text = "Police arrested dozens of protesters in Lahore on Tuesday."
    (e,) = _run(nlp, text, _event(text, POLICE, PROTESTERS))
    assert (e.source.country, e.source.code) == ("PAK", "PAKCOP")
    assert (e.target.country, e.target.code) == ("PAK", "PAKCVLOPP")
    # the code is rebuilt as the actors stage builds it: country + role part, sector kept
    assert e.source.sector == "COP" == code_sector(e.source.code, load_kb().iso3)
    assert e.place is not None and e.place.name == "Lahore"
    assert "unlocated" not in e.extra and e.extra["country_from_place"] == "source,target"


def test_evidence_names_the_place_after_the_actors_own(nlp: Any) -> None:
    text = "Militants attacked a checkpoint near Peshawar."
    (e,) = _run(nlp, text, _event(text, MILITANTS, PAK_POLICE, cameo="190"))
    assert e.source.code == "PAKREB"
    assert e.source.evidence[-1] == "country from the event's place 'Peshawar' -> PAK"
    assert e.target == PAK_POLICE  # a side with its own country is untouched


def test_side_with_its_own_country_is_untouched(nlp: Any) -> None:
    text = "Pakistani police arrested Afghan refugees in Karachi."
    afghans = Actor("Afghan refugees", "AFG", "AFGREF", "REF")
    (e,) = _run(nlp, text, _event(text, PAK_POLICE, afghans))
    assert e.source == PAK_POLICE and e.target == afghans
    assert "country_from_place" not in e.extra


def test_excluded_kinds_keep_no_country(nlp: Any) -> None:
    text = "Foreign fighters attacked soldiers in Raqqa, and police detained refugees."
    fighters = Actor("Foreign fighters", None, "---REB", "REB", "fighters")
    refugees = Actor("refugees", None, "---REF", "REF", "refugees")
    e1, e2 = _run(nlp, text,
                  _event(text, fighters, Actor("soldiers", None, "---MIL", "MIL"), "190"),
                  _event(text, POLICE, refugees))
    assert e1.source == fighters and e1.target.code == "SYRMIL"
    assert e2.source.code == "SYRCOP" and e2.target == refugees
    assert exclusions().excludes(fighters) and exclusions().excludes(refugees)
    assert not exclusions().excludes(POLICE)


def test_place_that_is_an_actor_is_not_used(nlp: Any) -> None:
    text = "Tehran accused militants of attacking border guards."
    (e,) = _run(nlp, text, _event(text, IRAN, MILITANTS, cameo="112"))
    assert e.target == MILITANTS and e.extra == {}
    # the place read as the other side itself lends nothing either
    text2 = "Gunmen attacked Quetta."
    quetta = Actor("Quetta", "PAK", "PAK", None)
    gunmen = Actor("Gunmen", None, "---UAF", "UAF", "gunmen")
    (e2,) = _run(nlp, text2, _event(text2, gunmen, quetta, cameo="190"))
    assert e2.source == gunmen


def test_place_outside_the_sentence_is_not_used(nlp: Any) -> None:
    text = "KABUL - Police arrested protesters. They were taken away."
    sentence = "Police arrested protesters."
    start = text.index(sentence)
    e = _event(sentence, POLICE, PROTESTERS)
    (out,) = _run(nlp, text, Event(**{**_fields(e), "start": start,
                                      "end": start + len(sentence)}))
    assert out.place is not None and out.place.country == "AFG"  # the dateline places it
    assert out.source == POLICE and out.target == PROTESTERS  # but lends no country


def test_place_in_another_conjunct_is_not_used(nlp: Any) -> None:
    text = ("The government would cut all aid to the army in Haiti and would deny visas to "
            "all officials blocking elections.")
    us = Actor("The government", "USA", "USAGOV", "GOV")
    officials = Actor("officials", None, "---GOV", "GOV", "officials")
    (e,) = _run(nlp, text, _event(text, us, officials, cameo="1313", event_text="deny"))
    assert e.place is not None and e.place.name == "Haiti"  # the sentence's place ...
    assert e.target == officials  # ... is in the first conjunct: it places the army only


def test_place_inside_the_sides_own_phrase_is_used(nlp: Any) -> None:
    text = "A radio station based in western Kabul has defied a ban and criticised the government."
    station = Actor("radio station", None, "---MED", "MED", "radio station")
    gov = Actor("the government", "AFG", "AFGGOV", "GOV")
    (e,) = _run(nlp, text, _event(text, station, gov, cameo="111", event_text="criticised"))
    assert e.source.code == "AFGMED"


def test_hyphenated_place_modifier_is_not_the_location(nlp: Any) -> None:
    text = "At least 30 civilians were killed in raids by the US-led coalition on Sunday."
    coalition = Actor("US-led coalition", None, "---MIL", "MIL", "coalition")
    civilians = Actor("30 civilians", None, "---CVL", "CVL", "civilians")
    (e,) = _run(nlp, text, _event(text, coalition, civilians, cameo="190", event_text="raids"))
    assert e.target == civilians  # "US-led" says who leads, not where
    text2 = text.replace("on Sunday", "near Raqqa")
    (e2,) = _run(nlp, text2, _event(text2, coalition, civilians, cameo="190",
                                     event_text="raids"))
    assert e2.place is not None and e2.place.name == "Raqqa"
    assert e2.target.code == "SYRCVL" and e2.source == coalition  # excluded: multinational


def test_named_person_and_pronoun_are_not_generic(nlp: Any) -> None:
    text = "Spokesperson Jane Doe criticised protesters in Lahore."
    doe = Actor("Jane Doe", None, "---GOV", "GOV", "spokesperson")
    ents = (Entity(1, doe, "person"),)
    ments = (Mention(13, 21, "Jane Doe", 1, "name"),)
    (e,) = _run(nlp, text, _event(text, doe, PROTESTERS, cameo="111"),
                entities=ents, mentions=ments)
    assert e.source == doe and e.target.code == "PAKCVLOPP"
    text2 = "They clashed with protesters in Lahore."
    they = Actor("they", None, "---REB", "REB")
    (e2,) = _run(nlp, text2, _event(text2, they, PROTESTERS, cameo="190"))
    assert e2.source == they and e2.target.code == "PAKCVLOPP"


def test_refold_when_new_codes_make_two_events_one(nlp: Any) -> None:
    text = "Police arrested protesters in Lahore. Pakistani police arrested protesters there."
    cut = text.index("Pakistani")
    first = _event(text[:cut - 1], POLICE, PROTESTERS)
    second = Event(**{**_fields(first), "source": PAK_POLICE,
                      "target": Actor("protesters", "PAK", "PAKCVLOPP", "CVL"),
                      "sentence": text[cut:], "start": cut, "end": len(text)})
    events = _run(nlp, text, first, second)
    assert len(events) == 1 and events[0].num_mentions == 2
    assert events[0].source.code == "PAKCOP"
    # the store's fold key reads the final codes
    assert fold_key(events[0], None) == ("2024-02-14", "PAKCOP", "PAKCVLOPP", "173")


def test_pipeline_end_to_end(pipeline: Any) -> None:
    doc = pipeline.process(Article(id="g2", text="Militants attacked a police station in "
                                   "Peshawar on Monday.", published=date(2024, 2, 14)))
    sources = {e.source.code for e in doc.events}
    assert "PAKREB" in sources and "---REB" not in sources
    located = next(e for e in doc.events if e.source.code == "PAKREB")
    assert event_json(located)["country_from_place"] == "source"


def _fields(e: Event) -> dict[str, Any]:
    return {f: getattr(e, f) for f in e.__dataclass_fields__}
