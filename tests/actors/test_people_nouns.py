"""People nouns of the sector vocabulary (KB 2026.11.5, issue #4): service people, civilians
and their kin, detained people, reporters and officials get their sector, in the singular and
the generated plural, and a country from a demonym or a named country before them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from tidings.actors import resolve
from tidings.records import Actor, Article


@pytest.mark.parametrize("phrase, sector", [
    ("sailor", "MIL"), ("sailors", "MIL"), ("paratroopers", "MIL"), ("conscripts", "MIL"),
    ("fighter pilots", "MIL"),  # was REB through "fighter"
    ("loved ones", "CVL"), ("family members", "CVL"), ("widows", "CVL"), ("sons", "CVL"),
    ("mariners", "CVL"), ("seafarers", "CVL"), ("survivors", "CVL"), ("captives", "CVL"),
    ("veterans", "CVL"), ("war veterans", "CVL"),
    ("detainees", "CVL"), ("political prisoners", "CVL"),  # NGEC CVLOPP: sector CVL
    ("deportees", "REF"),
    ("photojournalists", "JRN"), ("editors", "JRN"),
    ("foreign service officers", "GOV"),  # was MIL through "officer"
    ("consular officers", "GOV"),
    ("critics", "OPP"), ("political opponents", "OPP"),
    ("religious minorities", "CVL"),
    ("parole officer", "COP"),  # was MIL through "officer"
    ("proxies", "REB"),
])
def test_people_noun_has_its_sector(phrase: str, sector: str) -> None:
    actor = resolve(phrase, on=date(2024, 2, 14))
    assert actor is not None, phrase
    assert actor.sector == sector
    assert actor.country is None  # a bare noun names no country


@pytest.mark.parametrize("phrase, code", [
    ("Iranian hostages", "IRNCVL"),
    ("American detainees", "USACVLOPP"),
    ("U.S. sailors", "USAMIL"),
    ("Ukrainian veterans", "UKRCVL"),
    ("Filipino seafarers", "PHLCVL"),
    ("Russian opponents", "RUSOPP"),
    ("Iranian-backed proxies", "IRNREB"),
])
def test_demonym_gives_the_country(phrase: str, code: str) -> None:
    actor = resolve(phrase, on=date(2024, 2, 14))
    assert actor is not None and actor.code == code, actor


def test_bare_prisoner_keeps_ngec_crm() -> None:
    # Only the political kinds are CVLOPP; a bare prisoner may be a criminal or a POW.
    actor = resolve("prisoners", on=date(2024, 2, 14))
    assert actor is not None and actor.sector == "CRM"


@pytest.fixture(scope="module")
def mentions(pipeline) -> Callable[[str], dict[str, Actor]]:  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline

    only_actors = Pipeline(pipeline.settings, stages=("actors",))

    def go(text: str) -> dict[str, Actor]:
        doc = only_actors.process(Article(id="t", text=text, published=date(2024, 2, 14)))
        actors = {e.id: e.actor for e in doc.entities}
        return {m.text: actors[m.entity_id] for m in doc.mentions if m.entity_id in actors}

    return go


def test_stage_mentions_people_nouns_with_demonyms(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Two U.S. sailors were wounded when Houthi fighters fired at the ship, "
                     "and Filipino seafarers were taken captive.")
    assert found["U.S. sailors"].code == "USAMIL", found
    assert found["Filipino seafarers"].code == "PHLCVL", found


def test_bare_civilian_noun_takes_the_nearby_country(mentions) -> None:  # type: ignore[no-untyped-def]
    # recall.yaml nearby_sectors: CVL descriptions take the nearest named actor's country.
    found = mentions("Iran has held detainees for years without trial.")
    assert found["detainees"].country == "IRN", found
    assert found["detainees"].sector == "CVL"


def test_bare_military_noun_takes_no_nearby_country(mentions) -> None:  # type: ignore[no-untyped-def]
    # MIL is deliberately not a nearby sector (docs/actors.md: withdrawn, reservists case).
    found = mentions("Britain said that sailors were on the way.")
    assert "sailors" not in found or found["sailors"].country is None, found
