"""Pattern data, round 10 (issue 5): material support, stopped supplies, human shields and
acceding to demands, counted on the large ConfliBERT training-sentence dev set and grounded
in CAMEO code names and PETRARCH rows. Every sentence here is hand-written (none is a
benchmark sentence); each test also shows the neighbouring case the rows must leave alone."""

from __future__ import annotations

from events.helpers import MakeDoc
from events.helpers import pattern_code as _code_of
from events.test_pattern_round6 import _code, _codes

WITH = frozenset({"with"})


def test_support_with_material_means_is_aid(make_doc: MakeDoc) -> None:
    assert _code_of("support", "weapon", particles=WITH) == "072"
    assert _code_of("back", "missile", particles=WITH) == "072"
    assert _code_of("support", "military", "aid", particles=WITH) == "072"
    assert _code_of("support", "loan", particles=WITH) == "071"
    assert _code_of("back", "dollar", particles=WITH) == "071"
    assert _code_of("support", "humanitarian", "aid", particles=WITH) == "073"
    assert _code_of("support", "troop", particles=WITH) == "062"
    assert _code(make_doc, "Iran supported Iraq with rockets and ammunition.") \
        == {("IRN", "IRQ", "072")}
    assert _code(make_doc, "The United States backed Pakistan with a large loan.") \
        == {("USA", "PAK", "071")}
    assert _code(make_doc, "The United States supported Afghanistan with troops.") \
        == {("USA", "AFG", "062")}


def test_support_without_material_means_stays_050(make_doc: MakeDoc) -> None:
    # The material noun must come with "with": backing a policy about weapons is no aid.
    assert _code_of("support", "weapon") == "050"
    assert _code(make_doc, "Iran supported Iraq with strong words.") == {("IRN", "IRQ", "050")}
    assert "072" not in _codes(make_doc, "Iran supported the Iraqi ban on chemical weapons.")


def test_stopping_supplies_is_reducing_material_aid(make_doc: MakeDoc) -> None:
    for verb in ("halt", "suspend", "stop", "freeze", "withhold"):
        assert _code_of(verb, "supply") == "162", verb
        assert _code_of(verb, "shipment") == "162", verb
    assert _code(make_doc, "Iran suspended fuel supplies to Afghanistan.") \
        == {("IRN", "AFG", "162")}
    assert _code(make_doc, "Pakistan halted wheat deliveries to Afghanistan.") \
        == {("PAK", "AFG", "162")}
    # Suspending talks keeps its own row (164); the bare verb is still no aid cut.
    assert _code_of("suspend", "talk") == "164"
    assert _code_of("suspend") != "162"


def test_holding_people_as_human_shields_is_184(make_doc: MakeDoc) -> None:
    assert _code_of("hold", "human", "shield") == "184"
    assert "184" in _codes(make_doc, "Pakistani militants held Afghan villagers as human "
                                     "shields.")
    # Holding people otherwise is no event (C97), holding hostages stays 181.
    assert not _codes(make_doc, "Pakistani police held Afghan villagers for two days.")
    assert _code_of("hold", "hostage") == "181"
    assert _code_of("hold", "shield") != "184"


def test_accepting_refugees_grants_asylum(make_doc: MakeDoc) -> None:
    assert _code_of("accept", "refugee") == "075"
    assert "075" in _codes(make_doc, "Iran accepted thousands of refugees from Afghanistan.")
    # The word itself, not &REFUGEE: "displaced person" must not make "person" a refugee.
    assert _code_of("accept", "person") != "075"


def test_handing_over_or_sending_supplies_is_aid(make_doc: MakeDoc) -> None:
    over = frozenset({"over"})
    for noun in ("aid", "assistance", "supply", "equipment", "vehicle"):
        assert _code_of("hand", noun, particles=over) == "070", noun
    assert _code_of("send", "supply") == "070"
    assert _code(make_doc, "Iran handed over medical supplies to Afghanistan.") \
        == {("IRN", "AFG", "070")}
    assert _code(make_doc, "The United States sent emergency supplies to Pakistan.") \
        == {("USA", "PAK", "070")}


def test_handing_over_people_or_delivering_food_keeps_its_code(make_doc: MakeDoc) -> None:
    # Persons handed over are no aid; "deliver" keeps PETRARCH's food row (073).
    assert "070" not in _codes(make_doc, "Iran handed over the two suspects to Pakistan.")
    assert _code_of("hand", "suspect", particles=frozenset({"over"})) != "070"
    assert _code(make_doc, "Iran delivered food supplies to Afghanistan.") \
        == {("IRN", "AFG", "073")}


def test_deploying_peacekeepers_is_074(make_doc: MakeDoc) -> None:
    assert _code_of("deploy", "peacekeeper") == "074"
    assert _code_of("send", "troop", "peacekeeping") == "074"
    assert _code(make_doc, "Pakistan deployed peacekeepers to Afghanistan.") \
        == {("PAK", "AFG", "074")}
    # Troops sent anywhere else keep C41's show of force (152).
    assert _code_of("send", "troop") == "152"
    assert _code(make_doc, "Pakistan sent troops to the Afghan border.") \
        == {("PAK", "AFG", "152")}


def test_training_soldiers_is_military_aid(make_doc: MakeDoc) -> None:
    for noun in ("soldier", "troop", "pilot"):
        assert _code_of("train", noun) == "072", noun
    assert _code(make_doc, "The United States trained Iraqi pilots.") == {("USA", "IRQ", "072")}
    # Bare "train" keeps PETRARCH's PREPARE default (030).
    assert _code_of("train") == "030"


def test_sending_forces_is_a_show_of_force_not_peacekeeping_intent(make_doc: MakeDoc) -> None:
    # &PKO's "peacekeeping force" left PETRARCH's SEND * &PKO (0334) firing on "forces".
    assert _code_of("send", "force") == "152"
    assert _code(make_doc, "Iran sent forces to Iraq.") == {("IRN", "IRQ", "152")}
    assert _code_of("deploy", "peacekeeping", "force") == "074"


def test_going_on_strike_is_protest(make_doc: MakeDoc) -> None:
    on = frozenset({"on"})
    assert _code_of("go", "strike", particles=on) == "143"
    assert _code_of("go", "hunger", "strike", particles=on) == "142"
    # "went on to Islamabad" is still travel.
    assert _code(make_doc, "The Iranian envoy went on to Islamabad.") == {("IRN", "PAK", "040")}


def test_declaring_a_state_of_emergency_is_1724(make_doc: MakeDoc) -> None:
    for words in (("state", "emergency"), ("state", "siege"), ("martial", "law")):
        assert _code_of("declare", *words) == "1724", words
    assert "1724" in _codes(make_doc, "The Pakistani army declared martial law in "
                                      "Afghan refugee camps.")
    # A bare "emergency" keeps PETRARCH's DECLARE * EMERGENCY (012).
    assert _code_of("declare", "emergency") == "012"


def test_synset_heads_that_name_something_else_are_dropped() -> None:
    # "displaced person" no longer makes anyone a refugee, "tear gas" gas a weapon,
    # "peacekeeping force" any force a peacekeeping force (synset_heads.tsv).
    assert _code_of("evacuate", "person") != "073"
    assert _code_of("buy", "gas") != "062"
    assert _code_of("approve", "force") != "0334"
    # The synsets' own words and the heads that belong ("armed force") still match.
    assert _code_of("evacuate", "refugee") == "073"
    # "cease-fire" is split into cease / - / fire: that head of &CEASEFIRE stays.
    assert _code_of("declare", "fire") == "0871"
    assert _code_of("buy", "tank") == "062"
    assert _code_of("cut", "peacekeeper") == "1661"
    assert _code_of("reinforce", "force") == "154"


def test_announcing_an_aid_suspension_is_162(make_doc: MakeDoc) -> None:
    assert _code_of("announce", "suspension", "aid") == "162"
    assert _code_of("announce", "cut", "assistance") == "162"
    assert _code(make_doc, "Germany announced a suspension of aid to Mali.") \
        == {("DEU", "MLI", "162")}
    # Announcing aid keeps PETRARCH's ANNOUNCE * AID (0331).
    assert _code_of("announce", "aid") == "0331"


def test_giving_a_warning_is_a_threat_not_aid(make_doc: MakeDoc) -> None:
    assert _code(make_doc, "Iran gave Pakistan a stern warning.") == {("IRN", "PAK", "130")}
    # Giving goods to a party stays C423's aid (070).
    assert _code(make_doc, "Iran gave Afghanistan twenty tons of wheat.") \
        == {("IRN", "AFG", "070")}
