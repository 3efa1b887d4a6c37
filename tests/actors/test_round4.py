"""Accuracy rules of issue 4, round 4 (actors accuracy). Each test builds its own phrases;
none is taken from a benchmark set."""

from __future__ import annotations

from datetime import date
from typing import Any

from tidings.actors import resolve

ON = date(2023, 6, 1)


# 1. an international organisation's office holder named without a title has no sector (our
# gold's convention; PLOVER's "U.N. Secretary-General Kofi Annan" IGO/GOV comes from the title)
def test_igo_office_holder_sector_comes_from_the_title() -> None:
    bare = resolve("Antonio Guterres", on=ON, dictionaries=())
    titled = resolve("UN Secretary-General Antonio Guterres", on=ON, dictionaries=())
    assert bare is not None and bare.code == "IGOUNO" and bare.sector is None
    assert titled is not None and titled.code == "IGOUNOGOV" and titled.sector == "GOV"


def test_igo_office_holder_out_of_office_is_not_igo() -> None:
    # Stoltenberg left NATO in October 2024: in 2012 he was Norway's prime minister
    actor = resolve("Jens Stoltenberg", on=date(2012, 1, 1), dictionaries=())
    assert actor is not None and actor.code == "NORGOV"


# 2. companies: CAMEO MNC + home country; the country is the home country (as for NGOs)
def test_company_has_home_country_and_bus_sector() -> None:
    for text, country in (("Gazprom", "RUS"), ("Huawei Technologies", "CHN"),
                          ("Taiwan Semiconductor Manufacturing Company", "TWN")):
        actor = resolve(text, on=ON, dictionaries=())
        assert actor is not None, text
        assert (actor.code, actor.country, actor.sector) == (f"MNC{country}", country, "BUS")


def test_ngo_code_with_home_country_gives_the_country() -> None:
    from tidings.actors.kb import code_country, load_kb

    iso3 = load_kb(()).iso3
    assert code_country("NGOGBRHRI", iso3) == "GBR"
    assert code_country("MNCUSA", iso3) == "USA"
    assert code_country("NGOHRI", iso3) is None  # no home country written
    assert code_country("IGOUNO", iso3) is None


def test_company_name_that_is_an_english_word_needs_its_capital() -> None:
    assert resolve("shell", on=ON, dictionaries=()) is None
    assert resolve("Amazon", on=ON, dictionaries=()) is None  # the river: long form only


def test_business_leader_with_dated_government_post() -> None:
    before = resolve("Elon Musk", on=date(2024, 6, 1), dictionaries=())
    during = resolve("Elon Musk", on=date(2025, 3, 1), dictionaries=())
    assert before is not None and before.code == "USABUS"
    assert during is not None and during.code == "USAGOV"


# 3. an unknown company named with its legal-form suffix
def test_unknown_company_by_legal_suffix() -> None:
    for text in ("Zarghun Logistics Ltd.", "Acme Holdings", "Blue Harbor Trading LLC"):
        actor = resolve(text, on=ON, dictionaries=())
        assert actor is not None and actor.sector == "BUS", text


def test_legal_suffix_needs_a_proper_name() -> None:
    assert resolve("limited", on=ON, dictionaries=()) is None
    assert resolve("some limited", on=ON, dictionaries=()) is None
    group = resolve("a group of holdings", on=ON, dictionaries=())
    assert group is None or group.sector != "BUS"  # lower-case: no company name


def test_legal_suffix_keeps_a_written_country() -> None:
    actor = resolve("Pakistani firm Indus Holdings", on=ON, dictionaries=())
    assert actor is not None and actor.country == "PAK" and actor.sector == "BUS"


# 4. business vocabulary class: sector words for companies and their people
def test_business_nouns_are_bus() -> None:
    for text, country in (("Chinese firms", "CHN"), ("Russian oligarchs", "RUS"),
                          ("American defense contractors", "USA"), ("a German lender", "DEU")):
        actor = resolve(text, on=ON, dictionaries=())
        assert actor is not None and (actor.country, actor.sector) == (country, "BUS"), text


def test_river_bank_is_no_business() -> None:
    assert resolve("the river bank", on=ON, dictionaries=()) is None


# 5. members and committees of the U.S. Congress are the legislature (USALEG), by date
def test_senator_and_committee_are_legislature() -> None:
    for text in ("Senator Chris Coons", "Chuck Grassley", "House Armed Services Committee",
                 "the Senate Select Committee on Intelligence"):
        actor = resolve(text, on=ON, dictionaries=())
        assert actor is not None and (actor.country, actor.sector) == ("USA", "LEG"), text


def test_member_of_congress_out_of_office_is_former() -> None:
    gone = resolve("Joe Manchin", on=date(2025, 6, 1), dictionaries=())
    assert gone is not None and gone.country == "USA" and gone.sector == "ELI"


def test_member_who_changed_chamber_keeps_legislature() -> None:
    for on in (date(2023, 1, 1), date(2025, 6, 1)):  # House, then Senate
        actor = resolve("Adam Schiff", on=on, dictionaries=())
        assert actor is not None and actor.code == "USALEG"
        assert not any("not in office" in e for e in actor.evidence)


# 6. CAMEO's legislature inside government (GOV LEG) is PLOVER's LEG sector
def test_govleg_code_reads_as_legislature() -> None:
    from tidings.actors.kb import code_sector, load_kb

    iso3 = load_kb(()).iso3
    assert code_sector("USAGOVLEG", iso3) == "LEG"
    assert code_sector("PAKGOVMIL", iso3) == "GOV"  # other GOV codes keep GOV
    assert code_sector("USALEG", iso3) == "LEG"


def test_delegation_of_legislators_and_led_coalition() -> None:
    dele = resolve("a bipartisan congressional delegation", on=ON, dictionaries=())
    assert dele is not None and dele.sector == "LEG"
    gov = resolve("the Iraqi delegation", on=ON, dictionaries=())
    assert gov is not None and (gov.country, gov.sector) == ("IRQ", "GOV")
    led = resolve("the Saudi-led coalition", on=ON, dictionaries=())
    assert led is not None and (led.country, led.sector) == ("SAU", "MIL")


# 7. U.S. officials below cabinet rank, with their terms
def test_sub_cabinet_official_in_and_out_of_office() -> None:
    during = resolve("Victoria Nuland", on=date(2022, 3, 1), dictionaries=())
    after = resolve("Victoria Nuland", on=date(2025, 3, 1), dictionaries=())
    assert during is not None and during.code == "USAGOV"
    assert after is not None and (after.country, after.sector) == ("USA", "ELI")


def test_titled_envoy_found_by_name() -> None:
    actor = resolve("U.S. envoy Amos Hochstein", on=date(2024, 9, 1), dictionaries=())
    assert actor is not None and actor.name == "Amos Hochstein" and actor.code == "USAGOV"


# 8. armed forces, services and armed wings known by their own names
def test_forces_known_by_own_name() -> None:
    for text, code in (("the Tatmadaw", "MMRMIL"), ("SBU", "UKRSPY"),
                       ("the al-Qassam Brigades", "PSEREBHMS")):
        actor = resolve(text, on=ON, dictionaries=())
        assert actor is not None and actor.code == code, text


# 9. "the X administration": the government a person leads or led, not the person
def test_administration_of_a_person_is_the_government() -> None:
    for text, code in (("the Obama administration", "USAGOV"), ("the Assad regime", "SYRGOV")):
        actor = resolve(text, on=date(2024, 6, 1), dictionaries=())
        assert actor is not None and actor.code == code and actor.sector == "GOV", text
    person = resolve("Barack Obama", on=date(2024, 6, 1), dictionaries=())
    assert person is not None and person.sector == "ELI"  # the man himself is out of office


# 10. an unknown person's country written in the title before the name, with an appositive
def test_appositive_takes_country_from_the_heads_title() -> None:
    actor = resolve("Iraqi Air Force Maj. Gen. Kadhim Jassim, commander of the air base",
                    on=ON, dictionaries=())
    assert actor is not None and (actor.country, actor.sector) == ("IRQ", "MIL")
    described = resolve("Hassan Kazemi Qomi, Iran's Special Envoy for Afghanistan", on=ON,
                        dictionaries=())
    assert described is not None and described.code == "IRNGOV"


# 11. a company's home country is not a country named in the sentence
def test_company_does_not_block_the_sentence_country(pipeline: Any) -> None:
    from tidings.pipeline import Pipeline
    from tidings.records import Article

    actors_only = Pipeline(pipeline.settings, stages=("actors",))
    text = ("“The talks went well,” Planning Minister Karim Haddad said in Baghdad, in a video "
            "he posted to Twitter as Iraq prepared for the vote.")
    doc = actors_only.process(Article(id="t", text=text, published=ON))
    hits = [m for m in doc.mentions if m.text == "Karim Haddad"]
    assert hits, [m.text for m in doc.mentions]
    ent = doc.entity(hits[0].entity_id)
    assert ent is not None and ent.actor.country == "IRQ"


# 12. opposition and party leaders, with the offices they held in between
def test_opposition_leader_and_later_office() -> None:
    opp = resolve("Ekrem Imamoglu", on=date(2025, 6, 1), dictionaries=())
    mayor = resolve("Ekrem Imamoglu", on=date(2022, 6, 1), dictionaries=())
    assert opp is not None and opp.code == "TUROPP"
    assert mayor is not None and mayor.code == "TURGOV"
    leader = resolve("Jeremy Corbyn", on=date(2018, 1, 1), dictionaries=())
    assert leader is not None and leader.code == "GBROPP"


# 13. U.S. military chiefs and defence officials, with their terms
def test_service_chief_terms() -> None:
    chief = resolve("Adm. Lisa Franchetti", on=date(2024, 1, 10), dictionaries=())
    assert chief is not None and chief.code == "USAMIL"
    secretary = resolve("Army Secretary Christine Wormuth", on=date(2023, 1, 10),
                        dictionaries=())
    assert secretary is not None and (secretary.country, secretary.sector) == ("USA", "GOV")


# 14. heads of legislatures are LEG, with later offices dated
def test_speakers_of_parliament() -> None:
    speaker = resolve("Speaker Om Birla", on=date(2024, 7, 1), dictionaries=())
    assert speaker is not None and speaker.code == "INDLEG"
    president = resolve("Roberta Metsola", on=date(2023, 1, 1), dictionaries=())
    assert president is not None and president.sector == "LEG"
    minister = resolve("Thandi Modise", on=date(2022, 1, 1), dictionaries=())
    assert minister is not None and minister.code == "ZAFGOVMIL"


# 15. a surname shared by two dictionary people: the written title picks the one it fits
def test_title_picks_between_people_of_one_surname() -> None:
    senator = resolve("Senator Sullivan", on=date(2023, 6, 1), dictionaries=())
    adviser = resolve("National Security Adviser Sullivan", on=date(2023, 6, 1),
                      dictionaries=())
    assert senator is not None and senator.code == "USALEG" and senator.name == "Dan Sullivan"
    assert adviser is not None and adviser.code == "USAGOV"


def test_title_does_not_split_one_persons_rows() -> None:
    # Guterres' Portuguese rows and UN row are one person: the date decides, not the title
    actor = resolve("UN Secretary-General António Guterres", on=date(2023, 6, 1),
                    dictionaries=())
    assert actor is not None and actor.code == "IGOUNOGOV"
