"""Hand-built sentences for the mechanisms added in the error-analysis round (issue 5)."""

from __future__ import annotations

from datetime import date

from events.helpers import AFG, IRN, ISR, PAK, UN, USA, MakeDoc, dyads
from tidings.events import code_events
from tidings.events.evaluate import GoldEvent, GoldItem, score
from tidings.records import Actor, Article, Event

YEM = Actor("Yemen", "YEM", "YEM")
LBN = Actor("Lebanon", "LBN", "LBN")


def test_topic_of_a_talk_hung_on_the_verb_is_no_event(make_doc: MakeDoc) -> None:
    doc = make_doc("Israel and Lebanon renewed negotiations today on an Israeli pullback "
                   "from Lebanon.", {"Israel": ISR, "Israeli": ISR, "Lebanon": LBN})
    roots = {e.root for e in code_events(doc)}
    assert "08" not in roots  # the pullback is what is negotiated, not a deed


def test_time_clause_takes_the_date_it_hangs_on(make_doc: MakeDoc) -> None:
    doc = make_doc("The conflict began in 2014, when Yemen attacked Pakistan.",
                   {"Yemen": YEM, "Pakistan": PAK}, published=date(2024, 2, 14))
    (ev,) = code_events(doc)
    assert ev.background and ev.event_date is not None and ev.event_date.year == 2014
    now = code_events(make_doc("Yemen attacked Pakistan.", {"Yemen": YEM, "Pakistan": PAK}))
    assert not now[0].background


def test_place_on_a_coordinated_object_is_the_target(make_doc: MakeDoc) -> None:
    doc = make_doc("American forces destroyed three drones and one support vehicle in Yemen.",
                   {"American forces": USA, "Yemen": YEM})
    assert ("USA", "YEM", "19") in dyads(code_events(doc))


def test_nominal_force_from_a_place(make_doc: MakeDoc) -> None:
    doc = make_doc("The cross-border attacks from Lebanon into Israel continued.",
                   {"Lebanon": LBN, "Israel": ISR})
    found = dyads(code_events(doc))
    assert ("LBN", "ISR", "19") in found


def test_participle_of_force_does_not_borrow_a_peaceful_subject(make_doc: MakeDoc) -> None:
    actors = {"The UN team": UN, "Pakistani forces": PAK, "Iran": IRN}
    text = ("The UN team released the report amid a surge in attacks against Pakistani "
            "forces, killing hundreds of them.")
    assert not [e for e in code_events(make_doc(text, actors)) if e.root == "19"]
    jets = make_doc("Iran struck Pakistani forces, killing hundreds of them.", actors)
    assert ("IRN", "PAK", "19") in dyads(code_events(jets))


def test_reported_investigation_is_not_an_accusation(make_doc: MakeDoc) -> None:
    text = '"Afghanistan is investigating Pakistan," the Iranian envoy said.'
    doc = make_doc(text, {"Afghanistan": AFG, "Pakistan": PAK, "Iranian envoy": IRN})
    assert not [e for e in code_events(doc) if e.root == "11"]


def test_plover_scoring_ignores_same_country_predictions() -> None:
    gov = Actor("government", "ZWE", "ZWEGOV", "GOV")
    opp = Actor("opposition", "ZWE", "ZWEOPP", "OPP")
    event = Event(source=opp, target=gov, cameo="100", root="10", quad_class=3,
                  goldstein=-5.0, sentence="", start=0, end=0)
    gold = (GoldEvent("USA", "ZWE", frozenset({"10"})),)
    base = GoldItem("x", Article(id="x", text="t"), gold, "dev")
    plover = GoldItem("x", Article(id="x", text="t"), gold, "dev", domestic=False)
    assert score([base], [[event]])["predicted"] == 1
    assert score([plover], [[event]])["predicted"] == 0


def test_relations_strained_by_a_non_actor_are_no_event(make_doc: MakeDoc) -> None:
    text = "The deadly violence has strained relations between Islamabad and Kabul."
    assert not code_events(make_doc(text))
    acted = make_doc("Iran strained relations with Pakistan.")
    assert ("IRN", "PAK", "16") in dyads(code_events(acted))


def test_peacekeepers_arriving_protect_the_place(make_doc: MakeDoc) -> None:
    doc = make_doc("Pakistani peacekeeping troops arrived in Afghanistan on Tuesday.",
                   {"Pakistani peacekeeping troops": PAK, "Afghanistan": AFG})
    assert ("PAK", "AFG", "07") in dyads(code_events(doc))


def test_beneficiary_of_aid_named_in_the_object(make_doc: MakeDoc) -> None:
    doc = make_doc("Iran agreed on Saturday to provide 50 million dollars of aid for "
                   "Afghanistan and Pakistan.")
    assert dyads(code_events(doc)) == {("IRN", "AFG", "03"), ("IRN", "PAK", "03")}


def test_addressee_one_phrase_deeper_in_a_used_object(make_doc: MakeDoc) -> None:
    doc = make_doc("Pakistan agreed to lift sanctions on exports to Iran.")
    assert dyads(code_events(doc)) == {("PAK", "IRN", "03")}


def test_person_in_an_international_role_is_the_body(make_doc: MakeDoc) -> None:
    envoy = Actor("Diego Cordovez", "ECU", "ECUELI", "ELI")
    actors = {"Pakistan": PAK, "UN": Actor("United Nations", None, "IGOUNO"),
              "Diego Cordovez": envoy, "Cordovez": envoy}
    evs = code_events(make_doc("Pakistan met UN mediator Diego Cordovez on Monday.", actors))
    assert {(e.source.code, e.target.code, e.root) for e in evs} == {("PAK", "IGOUNO", "04")}
    plain = code_events(make_doc("Pakistan met Diego Cordovez on Monday.", actors))
    assert {e.target.code for e in plain} == {"ECUELI"}


def test_refusal_of_an_uncoded_act_is_a_rejection(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Pakistan refused to respond to a demand from Iran."))
    assert dyads(evs) == {("PAK", "IRN", "12")}
    vowed = code_events(make_doc("Iran vowed to stand with Afghanistan."))
    assert ("IRN", "AFG", "03") in dyads(vowed)


def test_a_state_with_an_international_modifier_stays_the_state(make_doc: MakeDoc) -> None:
    actors = {"Norway": Actor("Norway", "NOR", "NOR"), "NATO": Actor("NATO", None, "IGOWSTNAT"),
              "Pakistan": PAK}
    evs = code_events(make_doc("NATO-member Norway met Pakistan on Monday.", actors))
    assert {(e.source.code, e.target.code) for e in evs} == {("NOR", "PAK")}


def test_it_subject_is_the_previous_sentences_state(make_doc: MakeDoc) -> None:
    text = "Pakistan condemned the attack on its embassy. It demanded that Kabul arrest the gunmen."
    assert ("PAK", "AFG", "10") in dyads(code_events(make_doc(text)))
    other = "Pakistan condemned the attack.\n\nIt demanded that Kabul arrest the gunmen."
    assert not [e for e in code_events(make_doc(other)) if e.root == "10"]


def test_action_noun_subject_names_no_actor(make_doc: MakeDoc) -> None:
    text = "The capture of these Iran operatives will disrupt Pakistan."
    assert not code_events(make_doc(text, {"Iran": IRN, "Pakistan": PAK}))
    agent = make_doc("Iran will disrupt Pakistan.", {"Iran": IRN, "Pakistan": PAK})
    assert code_events(agent)


def test_mediation_mission_is_the_mediators_event(make_doc: MakeDoc) -> None:
    doc = make_doc("Iran undertook a mediation mission between Pakistan and Afghanistan.")
    assert dyads(code_events(doc)) == {("IRN", "PAK", "04"), ("IRN", "AFG", "04")}
    talks = make_doc("A meeting between Pakistan and Afghanistan took place on Monday.")
    assert {frozenset(d[:2]) for d in dyads(code_events(talks))} == {frozenset(("PAK", "AFG"))}
