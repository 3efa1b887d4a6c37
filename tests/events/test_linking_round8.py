"""Hand-built sentences for the eighth round of the coder (issue 5): linking rules grounded
in syntax that choose which mention of a sentence is the source or the target, one test
each, with the case each rule must leave alone."""

from __future__ import annotations

from events.helpers import AFG, IRN, PAK, RUS, UKR, USA, MakeDoc, dyads, triples
from tidings.events import code_events
from tidings.records import Actor

TALIBAN = Actor("the Taliban", "AFG", "AFGREB", "REB")
BLR = Actor("Belarus", "BLR", "BLR")
BLINKEN = Actor("Antony Blinken", "USA", "USAGOV", "GOV", "Secretary of State")
ACTORS = {"Iran": IRN, "Pakistan": PAK, "Afghanistan": AFG, "U.S.": USA, "Ukraine": UKR,
          "Russia": RUS, "Taliban": TALIBAN, "Blinken": BLINKEN}


def test_an_agent_phrase_beats_the_possessor_of_an_event_noun(make_doc: MakeDoc) -> None:
    # "X's invasion by Y": Y invades, X is invaded.
    invaded = code_events(make_doc("Ukraine's invasion by Russia began two years ago.", ACTORS))
    assert triples(invaded) == {("RUS", "UKR", "19")}
    hands = code_events(make_doc("Ukraine's occupation at the hands of Russia continues.",
                                 ACTORS))
    assert triples(hands) == {("RUS", "UKR", "19")}
    # Without an agent phrase the possessor is still the doer.
    own = code_events(make_doc("Russia's invasion of Ukraine began two years ago.", ACTORS))
    assert triples(own) == {("RUS", "UKR", "19")}


def test_the_patterns_own_event_noun_names_its_owner_not_the_target(make_doc: MakeDoc) -> None:
    # Blinken's statement of the U.S. commitment is addressed to Ukraine, not to the U.S.
    found = code_events(make_doc("Blinken reaffirmed the U.S. commitment to Ukraine.", ACTORS))
    assert ("USA", "UKR", "03") in dyads(found)
    listed = code_events(make_doc("Blinken emphasized the U.S. commitment to Ukraine and the "
                                  "importance of Pakistan's support.", ACTORS))
    assert ("USA", "PAK", "03") not in dyads(listed)
    # A stance on another event still goes to that event's owner.
    stance = code_events(make_doc("Blinken condemned Russia's invasion of Ukraine.", ACTORS))
    assert ("USA", "RUS", "11") in dyads(stance)


def test_a_relative_clause_whose_object_is_its_noun(make_doc: MakeDoc) -> None:
    # "the support the Taliban received from Iran": receiving support from X is X's aid.
    support = code_events(make_doc("Pakistan condemned the support the Taliban received "
                                   "from Iran.", ACTORS))
    assert ("IRN", "AFG", "05") in dyads(support)
    # A light verb's relative clause names who held the talks and with whom.
    talks = code_events(make_doc("Russia criticised the talks Pakistan held with "
                                 "Afghanistan.", ACTORS))
    assert ("PAK", "AFG", "04") in dyads(talks)
    # A relative clause with a relative-pronoun subject has no gap: the noun is its doer.
    subject = code_events(make_doc("Russia criticised the talks that angered Afghanistan.",
                                   ACTORS))
    assert not any(e.root == "04" for e in subject)


def test_people_of_a_phrase_are_of_the_place_below_its_of_phrases(make_doc: MakeDoc) -> None:
    # CAMEO's location convention, one "of" phrase deeper than the phrase's own "in".
    deep = code_events(make_doc("Ukraine has decimated the military of one of its "
                                "adversaries in Russia.", ACTORS))
    assert ("UKR", "RUS", "19") in dyads(deep)
    # A phrase that names its country keeps it: the place is only the last resort.
    named = code_events(make_doc("Ukraine has decimated the military of Russia in Belarus.",
                                 {**ACTORS, "Belarus": BLR}))
    assert ("UKR", "RUS", "19") in dyads(named)
    assert not any(e.target.country == "BLR" for e in named)


def test_praise_of_a_deed_goes_to_its_doer(make_doc: MakeDoc) -> None:
    welcomed = code_events(make_doc("Pakistan welcomed that Iran had released the "
                                    "prisoners.", ACTORS))
    assert ("PAK", "IRN", "05") in dyads(welcomed)
    # Saying is no praise of the clause's subject.
    said = code_events(make_doc("Pakistan said that Iran supports Afghanistan.", ACTORS))
    assert ("PAK", "IRN", "05") not in dyads(said)


def test_what_something_is_kept_from_is_no_origin(make_doc: MakeDoc) -> None:
    # "shipping from Taliban attacks" is not the Taliban's shipping.
    kept = code_events(make_doc("Pakistan works to protect international shipping from "
                                "Taliban attacks.", ACTORS))
    assert not any(e.target.country == "AFG" for e in kept)
    # "individuals from Afghanistan" still are Afghans.
    origin = code_events(make_doc("Gunmen from Afghanistan attacked Pakistan.", ACTORS))
    assert ("AFG", "PAK", "19") in dyads(origin)


def test_blame_of_an_event_goes_to_its_author_not_its_victim(make_doc: MakeDoc) -> None:
    actors = {**ACTORS, "Gaza": Actor("Gaza", "PSE", "PSE"), "Israel": Actor("Israel", "ISR",
                                                                              "ISR")}
    bombing = code_events(make_doc("Iran denounced the blockade of Gaza by Israel.", actors))
    assert ("IRN", "ISR", "11") in dyads(bombing)
    assert ("IRN", "PSE", "11") not in dyads(bombing)
    # Without a named author nobody is blamed, least of all the victims.
    victims = code_events(make_doc("Pakistan condemned the killing of Afghanistan's "
                                   "civilians.", ACTORS))
    assert not any(e.root == "11" and e.target.country == "AFG" for e in victims)
    # The possessor of the event is its author, as before.
    owned = code_events(make_doc("Pakistan condemned Russia's invasion of Ukraine.", ACTORS))
    assert ("PAK", "RUS", "11") in dyads(owned)


def test_the_sources_own_side_of_a_between_pair_is_no_target(make_doc: MakeDoc) -> None:
    actors = {**ACTORS, "Israeli": Actor("Israelis", "ISR", "ISRCVL", "CVL"),
              "American": Actor("Americans", "USA", "USACVL", "CVL")}
    ties = code_events(make_doc("Blinken will strengthen the ties between the Israeli and "
                                "American people.", actors))
    assert {(e.source.country, e.target.country) for e in ties} == {("USA", "ISR")}
    # A pair without the source's country keeps both members.
    others = code_events(make_doc("Blinken will strengthen the ties between the Israeli and "
                                  "Afghan people.", {**actors, "Afghan": AFG}))
    assert {e.target.country for e in others} == {"ISR", "AFG"}
