"""Knowledge-base coverage and the resolver rules that use it: cities, office holders of the
wider world with dated terms, misspelt names after a title, officials of international
bodies, religion codes, and the scoring conventions of the gold sets."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tidings.actors.evaluate import country_plain, country_plover, plover_cases
from tidings.actors.kb import build_kb, code_sector, load_kb
from tidings.actors.resolve import resolve_with
from tidings.records import Actor


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_kb(())


def test_a_city_alone_is_its_people_and_gives_a_phrase_its_country(kb) -> None:  # type: ignore[no-untyped-def]
    day = date(2022, 1, 1)
    city = resolve_with(kb, "Cizre", day)
    assert city is not None and (city.country, city.sector) == ("TUR", "CVL")
    assert any("city" in e for e in city.evidence)
    police = resolve_with(kb, "Karachi police", day)
    assert police is not None and (police.country, police.sector) == ("PAK", "COP")
    # a city after "from" is where someone comes from, not who acts
    missionary = resolve_with(kb, "a Christian missionary from Calgary", day)
    assert missionary is not None and (missionary.country, missionary.sector) == ("CAN", "REL")
    # city names that are English words count only when capitalised
    assert resolve_with(kb, "a nice split", day) is None


@pytest.mark.parametrize(("text", "day", "code"), [
    ("Boyko Borisov", date(2019, 6, 1), "BGRGOV"),
    ("Boyko Borisov", date(2022, 6, 1), "BGROPP"),  # out of office: his undated row
    ("Andrej Babis", date(2020, 1, 1), "CZEGOV"),
    ("Andrej Babis", date(2023, 1, 1), "CZEELI"),
    ("Andrej Babis", date(2026, 1, 1), "CZEGOV"),
    ("Maduro", date(2025, 6, 1), "VENGOV"),
    ("Maduro", date(2026, 2, 1), "VENELI"),
    ("Thierry Burkhard", date(2022, 1, 1), "FRAMIL"),
    ("Jüri Ratas", date(2020, 1, 1), "ESTGOV"),
    ("Juri Ratas", date(2022, 1, 1), "ESTLEG"),
])
def test_office_holders_of_the_wider_world_by_date(kb, text: str, day: date, code: str) -> None:  # type: ignore[no-untyped-def]
    actor = resolve_with(kb, text, day)
    assert actor is not None and actor.code == code


def test_phoenix_offices_before_a_curated_person_first_office_are_kept(kb) -> None:  # type: ignore[no-untyped-def]
    pm = resolve_with(kb, "Alassane Ouattara", date(1991, 6, 1))
    between = resolve_with(kb, "Alassane Ouattara", date(2000, 1, 1))
    president = resolve_with(kb, "Alassane Ouattara", date(2022, 1, 1))
    assert pm is not None and pm.code == "CIVGOV" and "phoenix" in pm.evidence[0]
    assert between is not None and between.sector == "ELI"
    assert president is not None and president.code == "CIVGOV" and "curated" in \
        president.evidence[0]


def test_phoenix_kosovo_codes_read_as_iso(kb) -> None:  # type: ignore[no-untyped-def]
    actor = resolve_with(kb, "Hashim Thaci", date(2018, 1, 1))
    assert actor is not None and actor.country == "XKX" and actor.code == "XKXGOV"


def _user_kb(tmp_path: Path, rows: list[str]):  # type: ignore[no-untyped-def]
    path = tmp_path / "mine.tsv"
    path.write_text("patterns\tname\tcode\tstart\tend\tkind\n" + "\n".join(rows) + "\n", "utf-8")
    return build_kb((str(path),))


def test_a_misspelt_last_name_after_a_title(tmp_path: Path) -> None:
    kb = _user_kb(tmp_path, ["Ignatius Tarkovin\tIgnatius Tarkovin\tMLTGOV\t2001-01-01\t\tperson"])
    day = date(2005, 1, 1)
    for text in ("President Ignatius Tarkovinn", "President Ignatius Tarkovn",
                 "President Ignatius Tarkoivn"):
        actor = resolve_with(kb, text, day)
        assert actor is not None and actor.code == "MLTGOV", text
        assert actor.name == "Ignatius Tarkovin"
        assert any("misspelling" in e for e in actor.evidence)
    # no title: a different spelling may be a different person
    bare = resolve_with(kb, "Ignatius Tarkovinn", day)
    assert bare is None or bare.code != "MLTGOV"
    # two letters off, or a different first letter: not the same name
    for text in ("President Ignatius Tarkoxxn", "President Ignatius Markovin"):
        actor = resolve_with(kb, text, day)
        assert actor is None or actor.code != "MLTGOV", text


def test_a_misspelling_two_dictionary_people_fit_is_left_alone(tmp_path: Path) -> None:
    kb = _user_kb(tmp_path, ["Ignatius Tarkovin\tIgnatius Tarkovin\tMLTGOV\t\t\tperson",
                             "Ignatius Tarkovan\tIgnatius Tarkovan\tCYPGOV\t\t\tperson"])
    actor = resolve_with(kb, "President Ignatius Tarkovon", date(2005, 1, 1))
    assert actor is None or actor.code not in ("MLTGOV", "CYPGOV")


def test_officials_of_international_bodies(kb) -> None:  # type: ignore[no-untyped-def]
    day = date(2000, 1, 1)
    klibi = resolve_with(kb, "Arab League Secretary-General Chedli Klibi", day)
    assert klibi is not None and klibi.country is None and klibi.sector == "GOV"
    assert (klibi.code or "").startswith("IGO") and country_plain(klibi) == "IGO"
    annan = resolve_with(kb, "U.N. Secretary-General Kofi Annan", day)
    assert annan is not None and annan.code == "IGOUNOGOV" and country_plain(annan) == "UNO"
    # the body itself has no sector (our gold's convention; PLOVER's GSR writes GOV)
    council = resolve_with(kb, "the UN Security Council", day)
    assert council is not None and council.code == "IGOUNO" and council.sector is None


def test_religion_codes_are_the_religion_sector_unless_another_sector_is_given() -> None:
    iso3 = frozenset({"LBN", "IRQ"})
    assert code_sector("LBNCHR", iso3) == "REL"
    assert code_sector("IRQSHIREB", iso3) == "REB"
    assert code_sector("IRQ", iso3) is None


@pytest.mark.parametrize(("text", "code"), [
    ("BJP", "INDPTY"), ("the PRI", "MEXPTY"), ("the Zetas Cartel", "MEXCRM"),
    ("SANDF", "ZAFMIL"), ("Xinhua", "CHNGOVMED"), ("Northern Fleet", "RUSMIL"),
])
def test_parties_forces_media_and_groups_of_the_wider_world(kb, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    actor = resolve_with(kb, text, date(2022, 1, 1))
    assert actor is not None and actor.code == code


def test_plover_scoring_reads_its_spellings_and_pseudo_countries(tmp_path: Path) -> None:
    records = [{"DOCUMENT": "header"},
               {"text": "Italy protested.", "date": "2000-01-01",
                "source": [{"actorText": "Italy", "code": "ITL", "sector": ""}]},
               {"text": "Bosnian Serbs marched.", "date": "2000-01-01",
                "source": [{"actorText": "Bosnian Serbs", "code": "BIH", "sector": "CIV"}]}]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), "utf-8")
    cases = list(plover_cases(path))
    assert [(c.country, c.sector) for c in cases] == [("ITA", None), ("BIH", "CVL")]
    isis = Actor("Islamic State", None, "IMGMUSISI", "REB", None, ())
    assert country_plover(isis) == "IMG" and country_plain(isis) is None


@pytest.mark.parametrize(("text", "code"), [
    ("Northern Fleet's Arctic Group", "RUSMIL"),  # a unit of a named body is the body
    ("the rebel FDLR force", "RWAREB"),
    ("police force", "---COP"),  # a generic word yields to the sector word before it
    ("government of Sindh province", "PAKGOV"),
    ("president of the Riigikogu", "ESTLEG"),
    ("Rakhine rebels", "MMRREB"),  # a region gives its country
    ("USAID/Iraq Mission Director John Cardenas", "USAGOVDEV"),  # a posting, not a nationality
])
def test_parts_postings_regions_and_generic_words(kb, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    actor = resolve_with(kb, text, date(2022, 1, 1))
    assert actor is not None and actor.code == code


def test_a_title_alias_does_not_cut_a_longer_name_nor_a_fathers_name_win(kb) -> None:  # type: ignore[no-untyped-def]
    # "Sheikh Tamim" is an alias; "bin Hamad Al Thani" names his father (also in the
    # dictionary), not the person meant
    actor = resolve_with(kb, "Qatar Amir Sheikh Tamim bin Hamad Al Thani", date(2022, 1, 31))
    assert actor is not None and actor.name == "Tamim bin Hamad Al Thani"
    alias = resolve_with(kb, "Sheikh Tamim", date(2022, 1, 31))
    assert alias is not None and alias.name == "Tamim bin Hamad Al Thani"


def test_phoenix_non_actor_words_give_no_sector(kb) -> None:  # type: ignore[no-untyped-def]
    # Phoenix codes words like "Monday" and "power" NON (not an actor): no "IRNNON" codes
    for text in ("Iranian power", "Iran on Monday"):
        actor = resolve_with(kb, text, date(2022, 1, 1))
        assert actor is not None and (actor.code, actor.sector) == ("IRN", None)


def test_a_one_word_name_needs_a_capital(kb) -> None:  # type: ignore[no-untyped-def]
    day = date(2023, 1, 1)
    congress = resolve_with(kb, "the party congress", day)
    assert congress is None or congress.country is None
    borne = resolve_with(kb, "Borne", day)
    assert borne is not None and borne.code == "FRAGOV"
    assert resolve_with(kb, "borne", day) is None
    youths = resolve_with(kb, "car-borne youths", day)
    assert youths is not None and youths.country is None and youths.sector == "CVL"
