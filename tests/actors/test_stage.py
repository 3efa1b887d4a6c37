"""The actors stage on a parsed article: mentions, entities, coreference, place rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tidings.actors import mentions_in
from tidings.document import Document
from tidings.records import Article, Mention

TEXT = (
    "TEHRAN - Iran's Special Envoy for Afghanistan Hassan Kazemi Qomi says regional "
    "stability rests on collective security by Iran, Pakistan and Afghanistan. "
    "Qomi accused the US and Daesh of destabilising the region. "
    "He defended Iran's strikes in Iraq and Pakistan. "
    "The Special Envoy said Tehran would support talks between Kabul and Islamabad. "
    "Iranian and Taliban officials met in Islamabad on Tuesday. "
    "Afghan Foreign Minister Amir Khan Muttaqi told the Iranian diplomat that the Taliban "
    "government wanted good relations. The minister said they would cooperate. "
    "Pakistani officials said they had not been informed."
)


@pytest.fixture(scope="module")
def doc(pipeline) -> Document:  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline

    only_actors = Pipeline(pipeline.settings, stages=("actors",))
    return only_actors.process(Article(id="t", text=TEXT, published=date(2024, 2, 14)))


def _at(doc: Document, text: str, nth: int = 0) -> Mention:
    hits = [m for m in doc.mentions if m.text == text]
    assert len(hits) > nth, f"no mention {text!r} (#{nth}) in {[m.text for m in doc.mentions]}"
    return hits[nth]


def _actor(doc: Document, m: Mention):  # type: ignore[no-untyped-def]
    ent = doc.entity(m.entity_id)
    assert ent is not None
    return ent.actor


def test_offsets_point_into_the_text(doc: Document) -> None:
    assert doc.mentions
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
        assert m.text == m.text.strip()
        assert doc.entity(m.entity_id) is not None


def test_appositive_person_and_surname_coreference(doc: Document) -> None:
    full = _at(doc, "Hassan Kazemi Qomi")
    short = _at(doc, "Qomi")
    assert short.entity_id == full.entity_id and short.kind == "surname"
    actor = _actor(doc, full)
    assert (actor.name, actor.country, actor.code) == ("Hassan Kazemi Qomi", "IRN", "IRNGOV")
    assert "envoy" in (actor.role or "").lower()


def test_pronoun_and_descriptions_corefer_with_the_person(doc: Document) -> None:
    qomi = _at(doc, "Hassan Kazemi Qomi").entity_id
    assert _at(doc, "He").entity_id == qomi
    assert _at(doc, "Special Envoy").entity_id == qomi
    assert _at(doc, "Iranian diplomat").entity_id == qomi


def test_known_minister_and_the_minister(doc: Document) -> None:
    muttaqi = _at(doc, "Amir Khan Muttaqi")
    actor = _actor(doc, muttaqi)
    assert actor.code == "AFGGOV" and "Foreign Minister" in (actor.role or "")
    assert _at(doc, "minister").entity_id == muttaqi.entity_id


def test_capitals_as_agents_but_not_as_places(doc: Document) -> None:
    kabul = _at(doc, "Kabul")
    assert kabul.kind == "capital" and _actor(doc, kabul).code == "AFGGOV"
    assert _actor(doc, _at(doc, "Tehran")).code == "IRNGOV"
    islamabad = [m for m in doc.mentions if m.text == "Islamabad"]
    assert len(islamabad) == 1  # "talks between Kabul and Islamabad", not "met in Islamabad"
    assert [m.text for m in doc.mentions if m.text == "Iraq"] == []  # "strikes in Iraq"


def test_demonym_with_sector_and_plural_pronoun(doc: Document) -> None:
    officials = _at(doc, "Pakistani officials")
    assert officials.kind == "demonym" and _actor(doc, officials).code == "PAKGOV"
    last_they = [m for m in doc.mentions if m.text == "they"][-1]
    assert last_they.entity_id == officials.entity_id


def test_conjoined_demonyms_are_separate_actors(doc: Document) -> None:
    iranian = _actor(doc, _at(doc, "Iranian"))
    taliban = _actor(doc, _at(doc, "Taliban officials"))
    assert iranian.code == "IRNGOV" and taliban.code == "AFGGOV"


def test_groups_and_states(doc: Document) -> None:
    assert _actor(doc, _at(doc, "Daesh")).code == "IMGMUSISI"
    us = doc.entity(_at(doc, "US").entity_id)
    assert us is not None and us.kind == "state" and us.actor.country == "USA"


def test_one_entity_per_person(doc: Document) -> None:
    people = [e for e in doc.entities if e.kind == "person"]
    names = [e.actor.name for e in people]
    assert len(names) == len(set(names))
    assert {"Hassan Kazemi Qomi", "Amir Khan Muttaqi"} <= set(names)


def test_mentions_in_a_range(doc: Document) -> None:
    start = doc.text.index("Qomi accused")
    end = doc.text.index(" of destabilising")
    assert [m.text for m in mentions_in(doc, start, end)] == ["Qomi", "US", "Daesh"]


def test_organisation_inside_an_appositive_is_its_own_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline

    p = Pipeline(pipeline.settings, stages=("actors",))
    text = ("The briefing belongs to General McKenzie, the commander of U.S. Central Command.\n\n"
            "U.S. Central Command said the strike was over.")
    doc = p.process(Article(id="c", text=text, published=date(2021, 8, 27)))
    centcom = [m for m in doc.mentions if m.text == "U.S. Central Command"]
    assert len(centcom) == 2 and centcom[0].entity_id == centcom[1].entity_id
    mckenzie = next(m for m in doc.mentions if m.text == "McKenzie")
    person = doc.entity(mckenzie.entity_id)
    assert person is not None and person.actor.code == "USAMIL"
    assert person.id != centcom[0].entity_id


def test_group_mislabelled_as_person_is_a_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline

    p = Pipeline(pipeline.settings, stages=("actors",))
    text = ("The Houthis' detention of Yemeni staff continues. "
            "The Houthis must release their captives.")
    doc = p.process(Article(id="h", text=text, published=date(2021, 11, 19)))
    houthis = [m for m in doc.mentions if m.text == "Houthis"]
    assert houthis
    ent = doc.entity(houthis[0].entity_id)
    assert ent is not None and ent.kind == "group" and ent.actor.code == "YEMREB"
    assert all(m.entity_id == ent.id for m in houthis)


def test_international_bodies_sharing_a_code_stay_apart(pipeline) -> None:  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline

    p = Pipeline(pipeline.settings, stages=("actors",))
    text = "UNAMA said the Security Council should act. The United Nations said UNAMA would stay."
    doc = p.process(Article(id="u", text=text, published=date(2023, 5, 1)))
    ids = {m.text: m.entity_id for m in doc.mentions}
    assert len({ids["UNAMA"], ids["the Security Council"], ids["The United Nations"]}) == 3
    assert [m.entity_id for m in doc.mentions if m.text == "UNAMA"] == [ids["UNAMA"]] * 2


def test_date_changes_the_resolution(pipeline) -> None:  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline

    p = Pipeline(pipeline.settings, stages=("actors",))
    text = "The Taliban said they would attend the talks."
    before = p.process(Article(id="a", text=text, published=date(2020, 3, 1)))
    after = p.process(Article(id="b", text=text, published=date(2022, 3, 1)))
    assert before.entities[0].actor.code == "AFGREB"
    assert after.entities[0].actor.code == "AFGGOV"


def test_stage_without_parse_is_empty() -> None:
    from tidings.actors import actors_stage

    out = actors_stage(Document(article=Article(id="x", text="Iran said.")))
    assert out.mentions == () and out.entities == () and "actors" in out.done


def _user_dictionary(tmp_path: Path, code: str) -> Path:
    user = tmp_path / f"{code}.tsv"
    user.write_text("patterns\tname\tcode\tstart\tend\trole\torigin\tsource\n"
                    f"Ayaz Gul\tAyaz Gul\t{code}\t\t\treporter\tuser\tVOA\n", "utf-8")
    return user


def _gul(p: Any) -> str:
    out = p.process(Article(id="g", text="Ayaz Gul reported from Islamabad.",
                            published=date(2023, 1, 1)))
    return str(out.entities[0].actor.code) if out.entities else ""


def test_user_dictionary_from_settings_env(pipeline: Any, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.config import load_settings
    from tidings.pipeline import Pipeline

    monkeypatch.setenv("TIDINGS_ACTOR_DICTIONARIES", str(_user_dictionary(tmp_path, "USAMED")))
    settings = replace(load_settings(), spacy_model=pipeline.settings.spacy_model)
    assert _gul(Pipeline(settings, stages=("actors",))) == "USAMED"


def test_pipeline_settings_choose_the_user_dictionary_over_the_environment(
        pipeline: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.pipeline import Pipeline

    monkeypatch.setenv("TIDINGS_ACTOR_DICTIONARIES", str(_user_dictionary(tmp_path, "USAMED")))
    mine = (str(_user_dictionary(tmp_path, "PAKMED")),)
    p = Pipeline(replace(pipeline.settings, actor_dictionaries=mine), stages=("actors",))
    assert _gul(p) == "PAKMED"
    # a pipeline whose settings name no user file resolves with the shipped ones only
    p = Pipeline(replace(pipeline.settings, actor_dictionaries=()), stages=("actors",))
    assert _gul(p) != "USAMED"
