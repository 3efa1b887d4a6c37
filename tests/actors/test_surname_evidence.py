"""A bare surname is weak evidence: the one dictionary person bearing it is not the one
meant when the words written with it give another country or sector. Hand-built phrases."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.actors import resolve
from tidings.pipeline import Pipeline

from .helpers import actors_only

ON = date(2024, 3, 1)


@pytest.mark.parametrize(("text", "code"), [
    ("Iranian deputy minister Mr. Amini", "IRNGOV"),   # the dictionary Amini is a civilian
    ("German diplomat Schultz", "DEUGOV"),             # the dictionary Schultz is American
    ("Mr. Schultz, a German diplomat", "DEUGOV"),      # an appositive outweighs the surname
    ("Ms. Porter, a teacher in Ohio", "USAEDU"),        # same country, another sector
])
def test_written_country_or_sector_outweighs_a_surname(text: str, code: str) -> None:
    actor = resolve(text, on=ON, dictionaries=())
    assert actor is not None and actor.code == code, (text, actor)


@pytest.mark.parametrize(("text", "name"), [
    ("Secretary Blinken", "Antony Blinken"),      # title agrees with the office: kept
    ("Rep. Porter", "Katie Porter"),
    ("Mr. Schultz", "Debbie Wasserman Schultz"),  # nothing written against it: kept
])
def test_agreeing_or_silent_context_keeps_the_person(text: str, name: str) -> None:
    actor = resolve(text, on=ON, dictionaries=())
    assert actor is not None and actor.name == name, (text, actor)


def test_stage_does_not_give_a_described_stranger_a_namesakes_office(
        pipeline: Pipeline) -> None:
    doc = actors_only(pipeline)(
        "Iranian deputy foreign minister Mr. Amini met the ambassador in Tehran on Monday.")
    people = [e.actor for e in doc.entities if "Amini" in e.actor.name]
    assert people and all(a.code != "IRNCVL" for a in people), people
