"""Hand-built sentences for the fifth error-analysis round (issue 5): one test per rule,
each also showing the case the rule must leave alone."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from events.helpers import (
    AFG,
    FRA,
    IRN,
    ISR,
    PAK,
    PUTIN,
    RISCH,
    RUS,
    UKR,
    MakeDoc,
    direct_quote,
)
from tidings.events import code_events
from tidings.records import Actor, Event

DEU = Actor("Germany", "DEU", "DEU")
ITA = Actor("Italy", "ITA", "ITA")
TWN = Actor("Taiwan", "TWN", "TWN")
EU = Actor("European Union", None, "IGOEUREEC", "GOV")
NAVALNY = Actor("Alexei Navalny", "RUS", "RUSOPP", "OPP")
CHN = Actor("Chinese Communist Party", "CHN", "CHNGOV", "GOV")
SWIDAN = Actor("Texan", "USA", "USACVL", "CVL")


def _triples(events: tuple[Event, ...], counted: bool = True) -> set[tuple[str, str, str]]:
    return {(e.source.code or "", e.target.code or "", e.root) for e in events
            if not counted or not (e.negated or e.hypothetical)}


def _by_root(events: tuple[Event, ...], root: str) -> list[Event]:
    return [e for e in events if e.root == root]


def test_object_control_governor_is_its_own_appeal(make_doc: MakeDoc) -> None:
    actors = {"Germany": DEU, "Russia": RUS, "Pakistan": PAK, "Iran": IRN}
    events = code_events(make_doc("Germany asked Russia to withdraw its troops from Ukraine.",
                                  {**actors, "Ukraine": UKR}))
    # The request is Germany's appeal to Russia (02), counted; the withdrawal is Russia's,
    # asked for and not done.
    assert ("DEU", "RUS", "02") in _triples(events)
    withdrawals = _by_root(events, "08")
    assert withdrawals and all(e.source.code == "RUS" and e.hypothetical for e in withdrawals)
    assert not any(e.source.code == "DEU" and e.root == "08" for e in events)
    urged = code_events(make_doc("Pakistan urged Iran to release the prisoners.", actors))
    assert ("PAK", "IRN", "02") in _triples(urged)
    assert not any(e.source.code == "PAK" and e.root != "02" for e in urged)


def test_governor_without_object_still_wraps_its_deed(make_doc: MakeDoc) -> None:
    # "agreed to hold talks": one event of intent by the subject, no bare "agree" beside
    # it; "asked to hold talks" (no object) is the subject's own request, not an appeal.
    actors = {"Iran": IRN, "Pakistan": PAK}
    agreed = code_events(make_doc("Iran agreed to hold talks with Pakistan.", actors))
    assert _triples(agreed) == {("IRN", "PAK", "03")}
    asked = code_events(make_doc("Iran asked to hold talks with Pakistan.", actors))
    assert asked and all(e.source.code == "IRN" and e.target.code == "PAK" for e in asked)
    assert not any(e.root == "02" for e in asked)


def test_borrowed_subject_of_a_passive_verb_is_its_target(make_doc: MakeDoc) -> None:
    actors = {"Alexei Navalny": NAVALNY, "Vladimir Putin": PUTIN}
    text = "Alexei Navalny died while imprisoned by Vladimir Putin."
    assert ("RUSGOV", "RUSOPP", "17") in _triples(code_events(make_doc(text, actors)))
    # An active clause keeps its borrowed subject as the doer.
    active = code_events(make_doc("Vladimir Putin spoke after imprisoning Alexei Navalny.",
                                  actors))
    assert ("RUSGOV", "RUSOPP", "17") in _triples(active)
    coordinated = code_events(make_doc(
        "Russia invaded Ukraine and was sanctioned by the European Union.",
        {"Russia": RUS, "Ukraine": UKR, "European Union": EU}))
    pairs = _triples(coordinated)
    assert ("IGOEUREEC", "RUS", "16") in pairs
    assert not any(s == "RUS" and t == "IGOEUREEC" for s, t, _ in pairs)


def test_passive_relative_pronoun_stands_for_its_noun(make_doc: MakeDoc) -> None:
    actors = {"Texan": SWIDAN, "Chinese Communist Party": CHN}
    text = "Swidan, a Texan who remains detained by the Chinese Communist Party, is in prison."
    assert ("CHNGOV", "USACVL", "17") in _triples(code_events(make_doc(text, actors)))


def test_statement_object_is_content_not_addressee(make_doc: MakeDoc) -> None:
    actors = {"Risch": RISCH, "Russia": RUS, "Ukraine": UKR, "Iran": IRN, "Pakistan": PAK}
    text = ("Risch released the following statement ahead of the anniversary of Russia's "
            "invasion of Ukraine.")
    pairs = _triples(code_events(make_doc(text, actors)))
    assert not any(s == "USALEG" and r == "01" for s, _, r in pairs)
    assert not any(t in {"RUS", "UKR"} for _, t, _ in pairs)
    # A statement addressed "to" someone keeps its target.
    to = code_events(make_doc("Iran issued a statement to Pakistan on the border.", actors))
    assert ("IRN", "PAK", "01") in _triples(to)


def test_joined_party_is_a_co_author(make_doc: MakeDoc) -> None:
    actors = {"Germany": DEU, "France": FRA, "Italy": ITA, "Russia": RUS}
    events = code_events(make_doc("Germany joined France in imposing sanctions on Russia.",
                                  actors))
    pairs = _triples(events)
    assert {("DEU", "RUS", "16"), ("FRA", "RUS", "16")} <= pairs
    assert not any(t == "FRA" for _, t, _ in pairs)
    # Joining without an "in V-ing" complement is still an event with the joined party.
    plain = code_events(make_doc("Germany joined France and Italy.", actors))
    assert {("DEU", "FRA"), ("DEU", "ITA")} <= {(s, t) for s, t, _ in _triples(plain)}


def test_deed_told_with_approval_is_no_accusation(make_doc: MakeDoc) -> None:
    actors = {"Risch": RISCH, "Ukraine": UKR, "Ukrainians": UKR, "Russia": RUS}
    for deed in ("The Ukrainians are fighting bravely against Russia.",
                 "Ukraine has succeeded in decimating the army of Russia.",
                 "Ukraine's brave defenders attacked Russia."):
        text = f'Risch said: "{deed}"'
        events = code_events(make_doc(text, actors, quotes=(direct_quote(text, deed, RISCH),)))
        assert not any(e.root == "11" and e.target.code == "UKR" for e in events), deed
        # The deed itself stays, as the speaker's report.
        assert any(e.source.code == "UKR" and e.quad_class == 4 and e.reported
                   for e in events), deed
    # Without a word of approval the speaker accuses the doer.
    plain = 'Risch said: "Russia attacked Ukraine."'
    events = code_events(make_doc(plain, actors,
                                  quotes=(direct_quote(plain, "Russia attacked Ukraine.", RISCH),)))
    assert ("USALEG", "RUS", "11") in _triples(events)


def test_demand_to_release_goes_to_the_holder(make_doc: MakeDoc) -> None:
    actors = {"Risch": RISCH, "Americans": Actor("Americans", "USA", "USACVL", "CVL"),
              "Iran": IRN}
    inner = "The Americans held by Iran must be released immediately."
    text = f'"{inner}" Risch said.'
    events = code_events(make_doc(text, actors, quotes=(direct_quote(text, inner, RISCH),)))
    assert ("USALEG", "IRN", "10") in _triples(events)
    # Without a named holder the demand has no addressee (not the held themselves).
    bare = "The Americans must be released immediately."
    text = f'"{bare}" Risch said.'
    events = code_events(make_doc(text, actors, quotes=(direct_quote(text, bare, RISCH),)))
    assert not any(e.root == "10" for e in events)


def test_up_to_n_misparsed_as_particle_still_gives_the_object(nlp: Any) -> None:
    from tidings.events.syntax import counted_object as _counted_object

    # The small model's reading of "rebels have kidnapped up to 16 Russian advisers"
    # inside a longer sentence: "up" a particle, "to" a preposition on it.
    words = ["rebels", "have", "kidnapped", "up", "to", "16", "Russian", "advisers"]
    heads = [2, 2, 2, 2, 3, 7, 7, 4]
    deps = ["nsubj", "aux", "ROOT", "prt", "prep", "nummod", "amod", "pobj"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert [t.text for t in _counted_object(doc[2])] == ["advisers"]
    # "gave up to the police": no counted noun, no object.
    words = ["he", "gave", "up", "to", "the", "police"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 2, 5, 3],
              deps=["nsubj", "ROOT", "prt", "prep", "det", "pobj"])
    assert _counted_object(doc[1]) == []


def test_call_on_parsed_as_particle_keeps_its_addressee(make_doc: MakeDoc) -> None:
    biden = Actor("Biden Administration", "USA", "USAGOV", "GOV")
    actors = {"I": RISCH, "Risch": RISCH, "Biden Administration": biden}
    inner = "I continue to call on the Biden Administration to name a special envoy."
    text = f'Risch said: "{inner}"'
    doc = make_doc(text, actors, quotes=(direct_quote(text, inner, RISCH),))
    on = next(t for t in doc.spacy_doc if t.lower_ == "on")
    assert on.dep_ == "prt"  # the parse this test is about
    events = code_events(doc)
    assert ("USALEG", "USAGOV", "02") in _triples(events)
    # The envoy would be named by the administration, not by the speaker.
    assert not any(e.source.code == "USALEG" and e.root != "02" for e in events)


def test_essential_frame_without_that_is_no_deed(make_doc: MakeDoc) -> None:
    congress = Actor("United States Congress", "USA", "USALEG", "LEG")
    actors = {"Congress": congress, "Ukraine": UKR, "Murray": RISCH}
    text = ("In his remarks, Senator Murray explained why it’s essential Congress deliver "
            "aid to Ukraine.")
    doc = make_doc(text, actors)
    essential = next(t for t in doc.spacy_doc if t.lower_ == "essential")
    assert essential.dep_ == "amod"  # the parse this test is about
    aid = [e for e in code_events(doc) if e.target.code == "UKR"]
    assert aid and all(e.hypothetical for e in aid)
    done = code_events(make_doc("Congress delivered aid to Ukraine.", actors))
    assert ("USALEG", "UKR", "07") in _triples(done)


def test_infinitive_on_a_noun_is_a_goal_or_an_intent(make_doc: MakeDoc) -> None:
    actors = {"U.S.": Actor("United States", "USA", "USA"), "America": Actor(
        "United States", "USA", "USA"), "Ukraine": UKR, "Taiwan": TWN, "Russia": RUS}
    goal = code_events(make_doc("The hearing examined U.S. efforts to support Ukraine.",
                                actors))
    assert goal and all(e.hypothetical for e in goal if e.target.code == "UKR")
    intent = code_events(make_doc("The visit showed America's determination to help Taiwan.",
                                  actors))
    assert ("USA", "TWN", "03") in _triples(intent)
    plan = code_events(make_doc("Russia announced a plan to attack Ukraine.", actors))
    assert ("RUS", "UKR", "13") in _triples(plan)
    assert not any(e.quad_class == 4 for e in plan)


def test_modal_on_a_state_or_undergoing_is_no_appeal(make_doc: MakeDoc) -> None:
    sdn = Actor("Sudanese Armed Forces", "SDN", "SDNMIL", "MIL")
    actors = {"Risch": RISCH, "Israel": ISR, "Sudanese Armed Forces": sdn, "Putin": PUTIN,
              "US": Actor("United States", "USA", "USA")}
    for inner in ("The safety of Israel must always be our priority.",
                  "The Sudanese Armed Forces should face sanctions.",
                  "The people of Israel should know the US stands with them."):
        text = f'Risch said: "{inner}"'
        events = code_events(make_doc(text, actors, quotes=(direct_quote(text, inner, RISCH),)))
        assert not any(e.source.code == "USALEG" and e.root in {"02", "10"} for e in events)
    inner = "Putin must withdraw. Israel must be ready to negotiate."
    text = f'Risch said: "{inner}"'
    events = code_events(make_doc(text, actors, quotes=(direct_quote(text, inner, RISCH),)))
    assert {("USALEG", "RUSGOV", "10"), ("USALEG", "ISR", "10")} <= _triples(events)


def test_conditional_force_or_sanctions_is_a_threat(make_doc: MakeDoc) -> None:
    actors = {"Israel": ISR, "Iran": IRN, "Russia": RUS, "Ukraine": UKR,
              "United States": Actor("United States", "USA", "USA")}
    text = "If Russia invades Ukraine, the United States would impose sanctions on Russia."
    events = code_events(make_doc(text, actors))
    assert ("USA", "RUS", "13") in _triples(events)
    # The condition itself stays hypothetical.
    assert not any(e.source.code == "RUS" and e.target.code == "UKR"
                   for e in events if not e.hypothetical)
    strike = code_events(make_doc("Iran would strike Israel unless Israel withdrew.", actors))
    assert ("IRN", "ISR", "13") in _triples(strike)
    # Negated, asked, or without a condition: no threat is counted.
    for other in ("Israel would not strike Iran if Iran stopped enrichment.",
                  "Would Israel strike Iran if Iran attacked?",
                  "Israel would strike Iran."):
        assert not any(e.root == "13" for e in code_events(make_doc(other, actors))
                       if not e.hypothetical), other


def test_passive_subject_suffers_the_force_in_its_phrase(make_doc: MakeDoc) -> None:
    pse = Actor("Palestinians", "PSE", "PSECVL", "CVL")
    actors = {"Palestinians": pse, "Israeli": ISR, "Russian": RUS, "Ukrenergo": Actor(
        "Ukrenergo", "UKR", "UKRBUS", "BUS")}
    killed = code_events(make_doc("Three Palestinians were killed in an Israeli strike.",
                                  actors))
    assert ("ISR", "PSECVL", "19") in _triples(killed)
    damaged = code_events(make_doc("Ukrenergo was damaged in an attack by Russian forces.",
                                   actors))
    assert any(s.startswith("RUS") and t == "UKRBUS" and r == "19"
               for s, t, r in _triples(damaged))
    # An active verb's "in" phrase is no victim: the subject did something else.
    active = code_events(make_doc("Palestinians protested in an Israeli strike zone.", actors))
    assert not any(t == "PSECVL" and r == "19" for _, t, r in _triples(active))


def test_proper_noun_modifier_owns_the_event_noun(make_doc: MakeDoc) -> None:
    idf = Actor("Israel Defense Forces", "ISR", "ISRMIL", "MIL")
    wfp = Actor("World Food Programme", None, "IGOUNOWFP", "IGO")
    actors = {"IDF": idf, "WFP": wfp, "Power": RISCH}
    text = "Power discussed yesterday's IDF attack on a clearly marked WFP vehicle."
    assert ("ISRMIL", "IGOUNOWFP", "19") in _triples(code_events(make_doc(text, actors)))


def test_object_stranded_before_a_reduced_relative_clause(nlp: Any) -> None:
    from tidings.events.syntax import pobjs as _pobjs

    # The small model's reading of "granted asylum to five officers holed up in a house":
    # "officers" the subject of "holed", the preposition left without an object.
    words = ["Peru", "granted", "asylum", "to", "five", "officers", "holed", "up", "in",
             "a", "house"]
    heads = [1, 1, 1, 1, 5, 6, 1, 6, 6, 10, 8]
    deps = ["nsubj", "ROOT", "dobj", "prep", "nummod", "nsubj", "advcl", "prt", "prep",
            "det", "pobj"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert [(p, t.text) for p, t in _pobjs(doc[1], frozenset({"to"}))] == [("to", "officers")]
    # A preposition followed by a clause with its own, later subject is left alone.
    words = ["Iran", "agreed", "to", ",", "officials", "said"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 5, 1, 5, 5, 5],
              deps=["nsubj", "ccomp", "prep", "punct", "nsubj", "ROOT"])
    assert _pobjs(doc[1], frozenset({"to"})) == []


def test_negated_future_cooperation_is_a_refusal(make_doc: MakeDoc) -> None:
    actors = {"Iran": IRN, "Pakistan": PAK, "Afghanistan": AFG,
              "United States": Actor("United States", "USA", "USA")}
    events = code_events(make_doc("Iran will not meet with the United States.", actors))
    assert any(s == "IRN" and t == "USA" and r == "12" for s, t, r in _triples(events))
    # A past negation is a deed that did not happen; a refusal of force stays negated.
    past = code_events(make_doc("Iran did not meet with the United States.", actors))
    assert not any(r == "12" for _, _, r in _triples(past))
    assert all(e.negated for e in past)
    force = code_events(make_doc("Pakistan will not attack Afghanistan.", actors))
    assert force and all(e.negated for e in force)


def test_relative_clause_states_a_fact_under_a_wish(make_doc: MakeDoc) -> None:
    actors = {"Pakistan": PAK, "Iran": IRN, "Iranian": IRN,
              "Pakistani": PAK}
    text = "Pakistan demanded that Iran free the Pakistani fishermen who were seized by Iran."
    events = code_events(make_doc(text, actors))
    seized = [e for e in events if e.source.code == "IRN" and e.root == "17"]
    assert seized and not any(e.hypothetical for e in seized)
    # The demanded deed itself stays asked for.
    assert all(e.hypothetical for e in events if e.source.code == "IRN" and e.root == "08")


def test_joined_party_without_a_target_is_no_dyad(make_doc: MakeDoc) -> None:
    au = Actor("African Union", None, "IGOAFRAFU", "IGO")
    actors = {"Risch": RISCH, "We": RISCH, "African Union": au}
    inner = "We join the African Union in condemning the coup."
    text = f'Risch said: "{inner}"'
    events = code_events(make_doc(text, actors, quotes=(direct_quote(text, inner, RISCH),)))
    assert not any(e.target.code == "IGOAFRAFU" for e in events)


def test_appeal_goes_to_the_object_not_its_targets(make_doc: MakeDoc) -> None:
    senators = Actor("senators", None, "---LEG", "LEG")
    actors = {"Risch": RISCH, "senators": senators, "Iran": IRN}
    events = code_events(make_doc("Risch asked the senators to send aid to Iran.", actors))
    appeals = [e for e in events if e.root == "02"]
    assert appeals and all(e.target.code == "---LEG" for e in appeals)


def test_would_like_to_thank_is_thanks_given(make_doc: MakeDoc) -> None:
    tsai = Actor("Tsai Ing-wen", "TWN", "TWNGOV", "GOV", "president")
    actors = {"Risch": RISCH, "I": RISCH, "President Tsai": tsai}
    inner = "I would like to thank President Tsai for hosting me."
    text = f'Risch said: "{inner}"'
    events = code_events(make_doc(text, actors, quotes=(direct_quote(text, inner, RISCH),)))
    assert ("USALEG", "TWNGOV", "05") in _triples(events)
    # Wanting to meet is still no meeting.
    inner = "I would like to meet President Tsai."
    text = f'Risch said: "{inner}"'
    events = code_events(make_doc(text, actors, quotes=(direct_quote(text, inner, RISCH),)))
    assert not any(e.root == "04" for e in events if not e.hypothetical)


def test_joint_statement_is_no_statement_to_each_other(make_doc: MakeDoc) -> None:
    actors = {"Iraq": Actor("Iraq", "IRQ", "IRQ"),
              "United States": Actor("United States", "USA", "USA"), "Pakistan": PAK}
    text = "Iraq and the United States announced the transition."
    assert not code_events(make_doc(text, actors))
    agreed = code_events(make_doc("Iraq and Pakistan agreed to hold talks.", actors))
    assert {("IRQ", "PAK"), ("PAK", "IRQ")} & {(s, t) for s, t, _ in _triples(agreed)}


def test_conjoined_clause_with_its_own_subject_keeps_its_own_mood(make_doc: MakeDoc) -> None:
    actors = {"Risch": RISCH, "I": RISCH, "Pakistan": PAK, "Iran": IRN, "Iraq": Actor(
        "Iraq", "IRQ", "IRQ")}
    inner = "The world must not be silent, and I urge Pakistan to release the prisoners."
    text = f'Risch said: "{inner}"'
    events = code_events(make_doc(text, actors, quotes=(direct_quote(text, inner, RISCH),)))
    assert ("USALEG", "PAK", "02") in _triples(events)
    # A conjoined verb without its own subject shares the negation.
    shared = code_events(make_doc("Iran did not attack Iraq and threaten Pakistan.", actors))
    assert shared and all(e.negated for e in shared)


def test_listed_event_takes_the_author_of_the_event_it_elaborates(make_doc: MakeDoc) -> None:
    houthis = Actor("Houthis", "YEM", "YEMREB", "REB")
    actors = {"Houthis": houthis, "U.S.": Actor("United States", "USA", "USA"),
              "Israel": ISR}
    text = ("The Houthis launched 27 attacks on ships in the Red Sea, including "
            "attacks on U.S. warships and on Israel.")
    pairs = _triples(code_events(make_doc(text, actors)))
    assert any(s == "YEMREB" and t.startswith("USA") and r == "19" for s, t, r in pairs)
    # A listed issue of a discussion has no author.
    talk = code_events(make_doc("Israel discussed several issues, including attacks on "
                                "U.S. warships.", actors))
    assert not any(e.source.code == "ISR" and e.root == "19" for e in talk)


def test_led_modifier_names_the_owner_of_the_event_noun(make_doc: MakeDoc) -> None:
    ttp = Actor("Tehrik-i-Taliban Pakistan", "PAK", "PAKREB", "REB")
    army = Actor("Pakistani security forces", "PAK", "PAKMIL", "MIL")
    actors = {"TTP": ttp, "Pakistani security forces": army, "Iran": IRN, "Israel": ISR}
    text = "The report noted a surge in TTP-led attacks against Pakistani security forces."
    assert ("PAKREB", "PAKMIL", "19") in _triples(code_events(make_doc(text, actors)))
    # A sponsor is not the author: "Iran-backed attacks on Israel" are not Iran's.
    backed = code_events(make_doc("The report noted Iran-backed attacks on Israel.", actors))
    assert not any(e.source.code == "IRN" for e in backed)


def test_event_named_by_a_noun_in_speech_is_no_accusation(make_doc: MakeDoc) -> None:
    actors = {"Risch": RISCH, "Russia": RUS, "Ukraine": UKR}
    inner = "Today marks the 78th day of Russia's war on Ukraine."
    text = f'Risch said: "{inner}"'
    events = code_events(make_doc(text, actors, quotes=(direct_quote(text, inner, RISCH),)))
    assert not any(e.root == "11" for e in events)
    assert any(e.source.code == "RUS" and e.target.code == "UKR" and e.reported
               for e in events)
    # The same deed told in a clause is the speaker's accusation.
    inner = "Russia attacked Ukraine."
    text = f'Risch said: "{inner}"'
    events = code_events(make_doc(text, actors, quotes=(direct_quote(text, inner, RISCH),)))
    assert ("USALEG", "RUS", "11") in _triples(events)
