"""Recall rules of round 14 (issue 5): hand-written sentences; each rule has a case it must
fix (no event on the commit before the round) and a neighbour it must leave alone."""

from __future__ import annotations

from events.helpers import MakeDoc, triples
from tidings.events import code_events
from tidings.records import Actor, Event

TUR = Actor("Turkey", "TUR", "TUR")
TUR_REB = Actor("Kurdish rebels", "TUR", "TURREB", "REB")
TUR_MIL = Actor("the Turkish army", "TUR", "TURMIL", "MIL")
VEN = Actor("Venezuela", "VEN", "VEN")
VEN_OPP = Actor("the opposition", "VEN", "VENOPP", "OPP")
BRA_GOV = Actor("the Brazilian government", "BRA", "BRAGOV", "GOV")
CHL = Actor("Chile", "CHL", "CHL")
CHL_GOV = Actor("the Chilean foreign minister", "CHL", "CHLGOV", "GOV")
PER_GOV = Actor("the Peruvian government", "PER", "PERGOV", "GOV")


# Rule 1 (stage._no_dyad): the state, named as a bare country, acting on a sector of its own.

def test_a_bare_state_acting_on_its_own_rebels_is_a_domestic_dyad(make_doc: MakeDoc) -> None:
    actors = {"Turkey": TUR, "Kurdish rebels": TUR_REB}
    evs = code_events(make_doc("Turkey attacked Kurdish rebels near the border.", actors))
    assert triples(evs) == {("TUR", "TURREB", "19")}


def test_a_bare_state_banning_its_opposition_is_a_domestic_dyad(make_doc: MakeDoc) -> None:
    actors = {"Venezuela": VEN, "the opposition": VEN_OPP}
    evs = code_events(make_doc("Venezuela banned the opposition from the elections.", actors))
    assert {(s, t) for s, t, _ in triples(evs)} == {("VEN", "VENOPP")}


def test_a_sector_acting_on_its_own_country_as_a_place_stays_no_dyad(
        make_doc: MakeDoc) -> None:
    # The reverse: rebels (a sector) attacking their own country named bare (a place).
    actors = {"Kurdish rebels": TUR_REB, "Turkey": TUR}
    assert code_events(make_doc("Kurdish rebels attacked Turkey.", actors)) == ()


def test_a_bare_state_acting_on_an_organ_of_its_own_stays_no_dyad(
        make_doc: MakeDoc) -> None:
    # The state named bare is its government: praising its own parliament is no dyad
    # (state_organs.tsv).
    parliament = Actor("the Turkish parliament", "TUR", "TURLEG", "LEG")
    actors = {"Turkey": TUR, "the Turkish parliament": parliament}
    assert code_events(make_doc("Turkey praised the Turkish parliament.", actors)) == ()


def test_a_bare_country_acting_on_itself_stays_no_dyad(make_doc: MakeDoc) -> None:
    actors = {"Turkey": TUR, "Ankara": TUR}
    assert code_events(make_doc("Turkey praised Ankara.", actors)) == ()


def test_two_sectors_of_one_country_are_still_a_dyad(make_doc: MakeDoc) -> None:
    actors = {"the Turkish army": TUR_MIL, "Kurdish rebels": TUR_REB}
    evs = code_events(make_doc("the Turkish army attacked Kurdish rebels.", actors))
    assert triples(evs) == {("TURMIL", "TURREB", "19")}


# Rule 2 (participants._statement_addressees): a statement carried by its noun is addressed
# to the "to" phrase on that noun.

def test_condolences_to_a_country_are_addressed_to_it(make_doc: MakeDoc) -> None:
    actors = {"the Brazilian government": BRA_GOV, "Chile": CHL}
    evs = code_events(make_doc(
        "the Brazilian government expressed condolences to Chile after the floods.", actors))
    assert triples(evs) == {("BRAGOV", "CHL", "01")}


def test_concern_expressed_to_a_government_is_addressed_to_it(make_doc: MakeDoc) -> None:
    actors = {"the Chilean foreign minister": CHL_GOV, "the Peruvian government": PER_GOV}
    evs = code_events(make_doc("the Chilean foreign minister expressed deep concern to the "
                               "Peruvian government about the incident.", actors))
    assert {(s, t, r) for s, t, r in triples(evs)} == {("CHLGOV", "PERGOV", "01")}


def test_concern_about_a_party_is_no_address_to_it(make_doc: MakeDoc) -> None:
    # The actor named in what the concern is about is its topic, not its addressee.
    actors = {"the Chilean foreign minister": CHL_GOV, "the Peruvian government": PER_GOV}
    evs = code_events(make_doc("the Chilean foreign minister expressed deep concern about "
                               "the attack on the Peruvian government.", actors))
    assert not any(e.target is not None and e.target.country == "PER" and e.root == "01"
                   for e in evs)


# Rule 3 (verb_events.wrapped_code, code_maps.tsv map=considered): a deed under a governor
# whose own pattern is CAMEO 014 is that consideration, aimed at the deed's target.

CAN = Actor("Canada", "CAN", "CAN")
HTI = Actor("Haiti", "HTI", "HTI")
DEU = Actor("Germany", "DEU", "DEU")
UKR = Actor("Ukraine", "UKR", "UKR")


def test_considering_sending_aid_is_a_considered_policy_option(make_doc: MakeDoc) -> None:
    actors = {"Canada": CAN, "Haiti": HTI}
    evs = code_events(make_doc("Canada is considering sending aid to Haiti.", actors))
    assert {(e.source.code, e.target.code, e.cameo) for e in evs
            if e.source and e.target and not e.hypothetical and not e.negated} == {
        ("CAN", "HTI", "014")}


def test_a_considered_option_keeps_the_governors_modality(make_doc: MakeDoc) -> None:
    actors = {"Germany": DEU, "Ukraine": UKR}
    (may,) = code_events(make_doc("Germany may consider sending tanks to Ukraine.", actors))
    assert (may.cameo, may.hypothetical) == ("014", True)
    (neg,) = code_events(make_doc("Germany is not considering sending tanks to Ukraine.",
                                  actors))
    assert (neg.cameo, neg.negated) == ("014", True)


def test_a_decided_deed_is_no_considered_option(make_doc: MakeDoc) -> None:
    actors = {"Germany": DEU, "Ukraine": UKR}
    evs = code_events(make_doc("Germany decided to send tanks to Ukraine.", actors))
    assert "014" not in {e.cameo for e in evs}
    assert {e.root for e in evs} == {"07"}


def test_a_person_of_unknown_kind_placed_in_a_country_is_no_state(make_doc: MakeDoc) -> None:
    # The actors stage gives a bare country code to a person it can only place in a
    # country; that is no state acting on its own society.
    smith = Actor("Al Smith", "TUR", "TUR")
    actors = {"Al Smith": smith, "Kurdish rebels": TUR_REB}
    assert code_events(make_doc("Al Smith praised Kurdish rebels.", actors)) == ()


def test_a_blow_dealt_to_a_party_is_no_statement_to_it(make_doc: MakeDoc) -> None:
    actors = {"the Chilean foreign minister": CHL_GOV, "the Peruvian government": PER_GOV}
    evs = code_events(make_doc("the Chilean foreign minister dealt a blow to the Peruvian "
                               "government.", actors))
    assert not any(e.root == "01" and e.target is not None for e in evs)


# Round 14b: pattern rows (curated_patterns.tsv C624, C634), each against a bare default.

RUS = Actor("Russia", "RUS", "RUS")
EST = Actor("Estonia", "EST", "EST")
CHN = Actor("China", "CHN", "CHN")
USA = Actor("the United States", "USA", "USA")
PER_LAB = Actor("the miners", "PER", "PERLAB", "LAB")


def _codes(evs: tuple[Event, ...]) -> set[str]:
    return {e.cameo for e in evs if not e.negated and not e.hypothetical}


def test_starting_electronic_warfare_is_force(make_doc: MakeDoc) -> None:
    actors = {"Russia": RUS, "Estonia": EST}
    # "unleash" has its own PETRARCH row (UNLEASH, 190); "launch" and "start" had none.
    evs = code_events(make_doc("Russia has started electronic warfare against Estonia.",
                               actors))
    assert triples(evs) == {("RUS", "EST", "19")}


def test_launching_a_trade_war_is_no_force(make_doc: MakeDoc) -> None:
    actors = {"China": CHN, "the United States": USA}
    # The noun "war" may still be coded as a nominal event; the verb row must not read it.
    evs = code_events(make_doc("China launched a trade war against the United States.",
                               actors))
    assert not any((e.pattern or "").startswith("C624@") for e in evs)


def test_accepting_demands_is_yielding(make_doc: MakeDoc) -> None:
    actors = {"the Peruvian government": PER_GOV, "the miners": PER_LAB}
    evs = code_events(make_doc("the Peruvian government accepted the demands of the miners.",
                               actors))
    assert _codes(evs) == {"080"}


def test_accepting_an_invitation_is_no_yielding(make_doc: MakeDoc) -> None:
    actors = {"the Peruvian government": PER_GOV, "the miners": PER_LAB}
    evs = code_events(make_doc("the Peruvian government accepted the invitation of the "
                               "miners.", actors))
    assert "08" not in {e.root for e in evs}
