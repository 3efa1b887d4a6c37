"""The article's country for country-less domestic actors (``Settings.article_country``).

Hand-written articles (no corpus text). Each case fails without
``tidings.actors.context_country``: with the setting on, bare domestic actors of a clearly
one-country article take its country; split articles, phrases naming a place and
international phrases keep none.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tidings.actors.context_country import ARTICLE_CONTEXT, article_country, rules
from tidings.actors.kb import load_kb
from tidings.actors.resolve import default_dictionaries
from tidings.document import Document
from tidings.pipeline import Pipeline
from tidings.records import Actor, Article

ON = date(2024, 3, 1)

US_TALKS = (
    "President Joe Biden met House Speaker Mike Johnson at the White House on Monday to "
    "discuss the budget. Vice President Kamala Harris joined the talks, and Biden later "
    "briefed Congress.\nOfficials said a deal was close. Police said protesters had gathered "
    "outside, and workers at the plant said the plan would cost jobs.\n"
)

SPLIT_TALKS = (
    "Officials said on Monday that a joint committee would meet soon. Iranian Foreign "
    "Minister Hossein Amir-Abdollahian met Pakistani Foreign Minister Jalil Abbas Jilani in "
    "Islamabad. Tehran and Islamabad agreed to work together on border security.\nPakistan "
    "said the talks were useful, and Iran said it would send a delegation next month.\n"
)

GUARDED = (
    "President Joe Biden met House Speaker Mike Johnson at the White House on Monday to "
    "discuss the budget. Vice President Kamala Harris joined the talks, and Biden later "
    "briefed Congress.\nWorld leaders welcomed the talks. Foreign journalists said the "
    "hearing was closed to them. Officials said the deal was close. Lakemoor County voters "
    "said they would wait.\n"
)

# American actors, a place abroad: the article is about Kabul, not the United States
ABROAD = (
    "Secretary of Defense Lloyd Austin told the Pentagon press corps on Friday that President "
    "Joe Biden had been briefed. Austin said Gen. Mark Milley and the White House were "
    "following the situation.\nThe blast near the airport in Kabul killed dozens, and "
    "civilians fled the area, Austin said.\n"
)

# Stories about another country that name the United States often (review probes): the
# other country, named once as an actor, a place or a dateline inside the text, keeps the
# share below the threshold; a summit names several.
PHILIPPINE_SENATOR = (
    "Senators said on Monday they would hold a hearing on the incident. The senator who "
    "chairs the committee said fishermen deserved protection. The Philippine Coast Guard said "
    "a vessel had been blocked. The United States said it stood by its ally, and Washington "
    "said the treaty was ironclad. The Pentagon said patrols would continue, and President "
    "Joe Biden said the US would defend its ally.\n"
)
WIRE_FROM_ISLAMABAD = (
    "ISLAMABAD (Reuters) - Officials said on Monday that the talks had stalled. The United "
    "States said it was concerned. US Secretary of State Antony Blinken called for calm, and "
    "the White House said President Joe Biden had been briefed. Washington urged restraint.\n"
)
SUMMIT = (
    "Leaders of China, India, Brazil, Russia and South Africa met in Johannesburg on "
    "Wednesday. Officials said the leaders agreed to expand the group. Chinese President Xi "
    "Jinping and Indian Prime Minister Narendra Modi held talks.\n"
)


def _run(pipeline: Pipeline, text: str, lend: bool, dateline: str | None = None) -> Document:
    settings = replace(pipeline.settings, article_country=lend)
    only_actors = Pipeline(settings, stages=("actors",))
    return only_actors.process(Article(id="t", text=text, published=ON, dateline=dateline))


def _actor(doc: Document, text: str) -> Actor:
    at = doc.text.index(text)
    hits = [m for m in doc.mentions if m.start < at + len(text) and at < m.end]
    assert hits, f"no mention over {text!r}"
    ent = doc.entity(hits[0].entity_id)
    assert ent is not None
    return ent.actor


def _lent(actor: Actor) -> bool:
    return any(e.startswith(ARTICLE_CONTEXT) for e in actor.evidence)


def test_us_article_lends_usa_with_evidence(pipeline: Pipeline) -> None:
    doc = _run(pipeline, US_TALKS, lend=True)
    for phrase, code in (("Officials", "USAGOV"), ("Police", "USACOP")):
        actor = _actor(doc, phrase)
        assert actor.code == code and actor.country == "USA", (phrase, actor)
        assert _lent(actor)
        why = next(e for e in actor.evidence if e.startswith(ARTICLE_CONTEXT))
        assert why.startswith(f"{ARTICLE_CONTEXT} USA, ") and "resolved mentions" in why
    # actors the text itself places keep their own evidence
    assert not _lent(_actor(doc, "Joe Biden"))


def test_setting_off_leaves_the_stage_unchanged(pipeline: Pipeline) -> None:
    off = _run(pipeline, US_TALKS, lend=False)
    on = _run(pipeline, US_TALKS, lend=True)
    assert off.mentions == on.mentions
    assert _actor(off, "Officials").code == "---GOV"
    assert not any(_lent(e.actor) for e in off.entities)
    changed = {e.id for e in on.entities} - {e.id for e in on.entities if e in off.entities}
    assert changed and all(_lent(e.actor) for e in on.entities if e.id in changed)


def test_split_article_lends_nothing(pipeline: Pipeline) -> None:
    doc = _run(pipeline, SPLIT_TALKS, lend=True)
    officials = _actor(doc, "Officials")
    assert officials.country is None and officials.code == "---GOV"
    assert not any(_lent(e.actor) for e in doc.entities)


def test_international_phrases_and_places_keep_no_country(pipeline: Pipeline) -> None:
    doc = _run(pipeline, GUARDED, lend=True)
    for phrase in ("World leaders", "Foreign journalists", "Lakemoor County voters"):
        actor = _actor(doc, phrase)
        assert actor.country is None and not _lent(actor), (phrase, actor)


def test_dateline_of_another_country_vetoes(pipeline: Pipeline) -> None:
    assert _actor(_run(pipeline, US_TALKS, lend=True, dateline="WASHINGTON"),
                  "Officials").code == "USAGOV"
    vetoed = _run(pipeline, US_TALKS, lend=True, dateline="KABUL")
    assert _actor(vetoed, "Officials").code == "---GOV"


@pytest.mark.parametrize("dateline", ["UNITED NATIONS", "United Nations, New York"])
def test_dateline_of_an_international_body_vetoes(pipeline: Pipeline, dateline: str) -> None:
    # a story filed from the UN is about several countries, although its actors are American
    vetoed = _run(pipeline, US_TALKS, lend=True, dateline=dateline)
    assert _actor(vetoed, "Officials").code == "---GOV"
    assert not any(_lent(e.actor) for e in vetoed.entities)
    # a dateline the resolver does not know (a small town) vetoes nothing
    kept = _run(pipeline, US_TALKS, lend=True, dateline="LAKEMOOR")
    assert _actor(kept, "Officials").code == "USAGOV"


@pytest.mark.parametrize(("text", "expected"),
                         [(US_TALKS, "USA"), (SPLIT_TALKS, None), (ABROAD, None)])
def test_article_country_needs_a_clear_majority(pipeline: Pipeline, text: str,
                                                expected: str | None) -> None:
    doc = _run(pipeline, text, lend=False)
    found = article_country(doc, doc.mentions, doc.entities, load_kb(default_dictionaries()))
    assert (found.country if found else None) == expected
    if found is not None:
        assert found.count >= rules().min_mentions
        assert found.count / found.total >= rules().min_share


def test_resolve_of_a_bare_phrase_is_unaffected(pipeline: Pipeline) -> None:
    from tidings.actors import resolve

    actor = resolve("officials", on=ON)
    assert actor is not None and actor.country is None


def test_default_on_and_environment_switch(pipeline: Pipeline,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.actors import extract
    from tidings.config import Settings, load_settings

    assert Settings().article_country
    sdoc = pipeline.nlp(US_TALKS)
    doc = Document(article=Article(id="t", text=US_TALKS, published=ON), spacy_doc=sdoc)
    monkeypatch.setenv("TIDINGS_ARTICLE_COUNTRY", "0")
    assert not load_settings().article_country
    officials = next(m for m in extract(doc)[0] if m.text == "Officials")
    off = {e.id: e for e in extract(doc)[1]}[officials.entity_id or -1]
    assert off.actor.code == "---GOV"
    monkeypatch.setenv("TIDINGS_ARTICLE_COUNTRY", "1")
    on = {e.id: e for e in extract(doc)[1]}[officials.entity_id or -1]
    assert on.actor.code == "USAGOV" and _lent(on.actor)


@pytest.mark.parametrize("text", [PHILIPPINE_SENATOR, WIRE_FROM_ISLAMABAD, SUMMIT])
def test_stories_about_another_country_lend_nothing(pipeline: Pipeline, text: str) -> None:
    doc = _run(pipeline, text, lend=True)
    assert not any(_lent(e.actor) for e in doc.entities)
    off = _run(pipeline, text, lend=False)
    assert article_country(off, off.mentions, off.entities,
                           load_kb(default_dictionaries())) is None
