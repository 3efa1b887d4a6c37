"""A force "led" by a country is one mention, resolved as that country's military
(rules.yaml ``leader_participles``); other hyphenated participles keep the country apart."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.records import Article


@pytest.fixture(scope="module")
def mentions(pipeline):  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline

    only_actors = Pipeline(pipeline.settings, stages=("actors",))

    def go(text: str) -> dict[str, Any]:
        doc = only_actors.process(Article(id="t", text=text, published=date(2022, 5, 1)))
        actors = {e.id: e.actor for e in doc.entities}
        return {m.text: actors[m.entity_id] for m in doc.mentions}

    return go


@pytest.mark.parametrize("text, mention, code", [
    ("Rebels said the Saudi-led coalition struck a fuel depot.", "Saudi-led coalition", "SAUMIL"),
    ("French-led forces left the town on Sunday.", "French-led forces", "FRAMIL"),
    ("The US-led military coalition ended its mission.", "US-led military coalition", "USAMIL"),
])
def test_led_force_is_one_mention_of_the_leaders_military(mentions, text: str,  # type: ignore[no-untyped-def]
                                                           mention: str, code: str) -> None:
    found = mentions(text)
    assert mention in found, found
    assert found[mention].code == code


def test_led_non_force_keeps_the_country_apart(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The Qatar-led talks ended without a deal.")
    assert "Qatar-led talks" not in found


def test_backed_is_not_led(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Iran-backed militias fired rockets at the base.")
    assert not any(text.startswith("Iran-backed") for text in found), found
