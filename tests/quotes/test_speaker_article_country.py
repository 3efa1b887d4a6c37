"""A speaker phrase the actors stage made no mention of takes the article's country.

Hand-written one-country stories: "the officials said" after the story's people were all
placed in the United States is a U.S. government speaker, with the evidence saying why, as
event sides resolved by the events stage already were. A phrase naming a place, another
country's story, or the setting switched off leave the speaker without a country.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tidings.pipeline import Pipeline
from tidings.records import Article, Quote

BODY = (
    "Governor Tom Ridley of Kansas met Senator Alice Brenner of Ohio in Washington on "
    "Tuesday to discuss farm subsidies.\n\nPresident Joe Biden said Congress would vote on "
    "the bill next month. House Speaker Mike Johnson said the Senate should wait.\n\n"
)


def _quote(pipeline: Pipeline, text: str, words: str) -> Quote:
    doc = pipeline.process(Article(id="t", text=text, published=date(2024, 3, 5)))
    found = [q for q in doc.quotes if words in q.text]
    assert len(found) == 1, [q.text for q in doc.quotes]
    return found[0]


def test_unmentioned_officials_take_the_articles_country(pipeline: Pipeline) -> None:
    text = BODY + '"We will not wait any longer," the officials said on Wednesday.\n'
    speaker = _quote(pipeline, text, "not wait").speaker
    assert speaker is not None
    assert (speaker.country, speaker.code) == ("USA", "USAGOV")
    assert any(line.startswith("article context: USA") for line in speaker.evidence)


def test_officials_of_a_named_place_are_not_lent(pipeline: Pipeline) -> None:
    text = BODY + '"We will not wait any longer," the officials in Kabul said on Wednesday.\n'
    speaker = _quote(pipeline, text, "not wait").speaker
    assert speaker is None or speaker.country != "USA"


def test_setting_off_lends_nothing(pipeline: Pipeline) -> None:
    off = Pipeline(replace(pipeline.settings, article_country=False))
    text = BODY + '"We will not wait any longer," the officials said on Wednesday.\n'
    speaker = _quote(off, text, "not wait").speaker
    assert speaker is None or speaker.country is None
