"""Accuracy rules of issue 4, round 8: causes of error shared by at least two gold sets or
following from a documented sector convention. Each test writes its own phrases and
sentences; none is taken from a benchmark set."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.actors import resolve

ON = date(2024, 3, 1)


def _resolved(text: str) -> tuple[str | None, str | None]:
    actor = resolve(text, ON, dictionaries=())
    assert actor is not None, text
    return actor.country, actor.sector


# 1. the head's sector word, not one inside a complement after "in", "based in", "for", ...
@pytest.mark.parametrize(("text", "country", "sector"), [
    ("a television channel based in Shiite south Lebanon", "LBN", "JRN"),  # not REL
    ("detainees in Syria's capital Damascus", "SYR", "CVL"),  # not GOV by "capital"
    ("the Office of the Special Envoy for Refugee Affairs", None, "GOV"),  # not REF
])
def test_head_sector_word_outweighs_the_complement(text: str, country: str | None,
                                                   sector: str) -> None:
    assert _resolved(text) == (country, sector)


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("soldiers stationed in Mali", "MLI", "MIL"),  # the head's word is also the last one
    ("a radio station in Kurdish northern Iraq", "IRQ", "JRN"),
    ("Minister for Defence", None, "GOV"),  # one sector phrase across the preposition
])
def test_head_rule_leaves_phrases_whose_sector_word_is_the_head(text: str,
                                                                country: str | None,
                                                                sector: str) -> None:
    assert _resolved(text) == (country, sector)
