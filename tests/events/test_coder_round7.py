"""Hand-built sentences for the seventh round of the coder (issue 5): the constructions the
pattern round left to coder logic, one test each, with the case each rule must leave alone."""

from __future__ import annotations

from events.helpers import AFG, IRN, PAK, RUS, UKR, USA, MakeDoc, dyads, triples
from tidings.events import code_events
from tidings.records import Actor

TALIBAN = Actor("the Taliban", "AFG", "AFGREB", "REB")
ACTORS = {"Iran": IRN, "Pakistan": PAK, "Afghanistan": AFG, "United States": USA,
          "Ukraine": UKR, "Russia": RUS, "Taliban": TALIBAN}


def test_a_preposition_the_pattern_names_introduces_the_target(make_doc: MakeDoc) -> None:
    behind = code_events(make_doc("The United States stands squarely behind Ukraine.", ACTORS))
    assert ("USA", "UKR", "05") in dyads(behind)
    firm = code_events(make_doc("Iran stood firmly behind Pakistan.", ACTORS))
    assert ("IRN", "PAK", "05") in dyads(firm)
    # A preposition no pattern names stays no target ("stood near Ukraine").
    near = code_events(make_doc("Russia stood near Ukraine.", ACTORS))
    assert not any(e.target is not None and e.target.code == "UKR" for e in near)


def test_an_object_complement_parsed_as_a_clause_is_read(make_doc: MakeDoc) -> None:
    for text, target in (("Iran holds Pakistan responsible for the attack.", "PAK"),
                         ("The United States will hold Russia accountable.", "RUS")):
        found = code_events(make_doc(text, ACTORS))
        assert {(e.target.country, e.cameo) for e in found if e.target} == {(target, "112")}, text
    # "hold" with a plain object stays uncoded (bare HOLD has no code).
    plain = code_events(make_doc("Iran holds Pakistan in high regard.", ACTORS))
    assert not any(e.root == "11" for e in plain)


def test_a_target_below_a_quantity_noun(make_doc: MakeDoc) -> None:
    amount = code_events(make_doc("The United States provided a significant amount of "
                                  "security assistance to Ukraine.", ACTORS))
    assert ("USA", "UKR", "07") in dyads(amount)
    lots = code_events(make_doc("Iran provided dozens of drones to Russia.", ACTORS))
    assert {(e.source.country, e.target.country) for e in lots if e.target} == {("IRN", "RUS")}
    # A noun that is no quantity keeps its phrases to itself ("the cost of aid to Ukraine"
    # is what was debated, not an aid event of the debater).
    cost = code_events(make_doc("Russia criticised the cost of security assistance to "
                                "Ukraine.", ACTORS))
    assert not any(e.root == "07" for e in cost)


def test_from_on_the_pattern_noun_is_the_source(make_doc: MakeDoc) -> None:
    attacked = code_events(make_doc("Pakistan came under attack from Afghanistan.", ACTORS))
    assert triples(attacked) == {("AFG", "PAK", "19")}
    # Without a "from" phrase nobody is named as the attacker.
    alone = code_events(make_doc("Pakistan came under attack.", ACTORS))
    assert not alone


def test_a_terrorist_attack_is_unconventional_violence(make_doc: MakeDoc) -> None:
    verb = code_events(make_doc("Russia launched a terrorist attack against Ukraine.", ACTORS))
    assert {e.cameo for e in verb} == {"180"}
    noun = code_events(make_doc("Pakistan blamed the Taliban for a terror attack on Iran.",
                                ACTORS))
    assert all(e.cameo != "190" for e in noun)
    # A plain or military attack stays conventional force (190), and a modifier of a
    # non-force event re-codes nothing.
    plain = code_events(make_doc("Russia launched an attack against Ukraine.", ACTORS))
    assert {e.cameo for e in plain} == {"190"}
    talks = code_events(make_doc("Iran held terror talks with Pakistan.", ACTORS))
    assert all(e.root != "18" for e in talks)


def test_committed_to_a_gerund_is_intent(make_doc: MakeDoc) -> None:
    gerund = code_events(make_doc("The United States is committed to supporting Ukraine.",
                                  ACTORS))
    assert triples(gerund) == {("USA", "UKR", "03")}
    infinitive = code_events(make_doc("Iran is committed to strengthen its ties with "
                                      "Pakistan.", ACTORS))
    assert triples(infinitive) == {("IRN", "PAK", "03")}
    negated = code_events(make_doc("Iran is not committed to supporting Pakistan.", ACTORS))
    assert all(e.negated for e in negated)
    # An infinitive of purpose on any other verb stays a goal, not an intent.
    purpose = code_events(make_doc("Iran sent envoys to Kabul to support Afghanistan.", ACTORS))
    assert not any(e.root == "03" for e in purpose)
