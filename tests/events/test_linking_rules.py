"""Hand-built sentences for the linking and nominal-event rules of the second error-analysis
round (issue 5): one test per rule, each also showing the case the rule must leave alone."""

from __future__ import annotations

from events.helpers import AFG, FRA, IRN, IRQ, ISR, PAK, UN, USA, MakeDoc, triples
from tidings.events import code_events
from tidings.events.patterns import match_verb
from tidings.records import Actor, Event, Quote

GBR = Actor("United Kingdom", "GBR", "GBR")
SYR = Actor("Syria", "SYR", "SYR")
PRK = Actor("North Korea", "PRK", "PRK")
KOR = Actor("South Korea", "KOR", "KOR")
KH = Actor("Kataib Hezbollah", "IRQ", "IRQREB", "REB")
ERBIL = Actor("Erbil", "IRQ", "IRQGOV", "GOV")

ACTORS = {"Iran": IRN, "Iranian": IRN, "Pakistan": PAK, "Pakistani": PAK, "Kabul": AFG,
          "Afghanistan": AFG, "Iraq": IRQ, "United States": USA, "Britain": GBR, "Syria": SYR,
          "Israel": ISR, "French": FRA, "North Korea": PRK, "South Korea": KOR,
          "United Nations": UN, "Kataib Hezbollah": KH, "Erbil": ERBIL}


def coded(make_doc: MakeDoc, text: str) -> tuple[Event, ...]:
    return code_events(make_doc(text, ACTORS))


def test_event_noun_in_a_verbs_phrase_names_its_target(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "Britain mobilized army reservists for a war against Iraq.")
    assert ("GBR", "IRQ", "15") in triples(events)
    assert ("GBR", "IRQ", "19") in triples(events)


def test_unrealised_event_noun_is_hypothetical(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "Britain mobilized army reservists for a possible war against Iraq.")
    war = [e for e in events if e.root == "19"]
    assert war and all(e.hypothetical for e in war)
    assert ("GBR", "IRQ", "15") in triples(events)


def test_threat_targets_the_subject_of_its_condition(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "Syria threatened to hold a general strike unless Israel "
                             "rescinded the annexation.")
    assert ("SYR", "ISR", "13") in triples(events)


def test_stative_passive_is_the_subjects_own_stance(make_doc: MakeDoc) -> None:
    stance = coded(make_doc, "Israel is opposed to French mediation.")
    # Opposing mediation is CAMEO 126 (reject mediation), round 6 pattern data.
    assert ("ISR", "FRA", "12") in triples(stance)
    # A true passive keeps its subject as the target.
    assert ("IRN", "PAK", "11") in triples(coded(make_doc, "Pakistan was condemned by Iran."))


def test_attempted_deed_is_coded_as_the_deed(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "North Korea tried to hack the computers of South Korea.")
    assert ("PRK", "KOR", "17") in triples(events)


def test_capital_after_at_is_a_place_not_its_government(make_doc: MakeDoc) -> None:
    # A group attacking forces in its own country's city is no dyad, whether the city is
    # resolved as its government or as its people.
    assert not coded(make_doc, "Kataib Hezbollah attacked coalition forces at Erbil.")
    people = {**ACTORS, "Erbil": Actor("Erbil", "IRQ", "IRQCVL", "CVL")}
    assert not code_events(make_doc("Kataib Hezbollah attacked coalition forces at Erbil.",
                                    people))
    # As the object itself, the capital stands for its government.
    direct = coded(make_doc, "Kataib Hezbollah attacked Erbil.")
    assert ("IRQREB", "IRQGOV", "19") in triples(direct)


def test_light_verb_yields_to_its_event_noun(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "Pakistan intensified attacks against Afghanistan.")
    assert triples(events) == {("PAK", "AFG", "19")}


def test_praise_or_blame_leaves_the_event_noun_to_be_coded(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "Iran condemned the continued cross-border attacks from Pakistan "
                             "into Afghanistan.")
    assert {("IRN", "PAK", "11"), ("PAK", "AFG", "19")} <= triples(events)
    # Whoever condemns an attack did not make it.
    unowned = coded(make_doc, "Iran condemned the attack on Pakistan.")
    assert not [e for e in unowned if e.root == "19"]


def test_offer_or_threat_of_an_event_noun_is_not_the_event(make_doc: MakeDoc) -> None:
    assert {e.root for e in coded(make_doc, "Iran offered aid to Pakistan.")} == {"03"}
    assert {e.root for e in coded(make_doc, "Iran threatened a blockade of Pakistan.")} == {"13"}


def test_event_noun_takes_its_carrying_verbs_intent_and_future(make_doc: MakeDoc) -> None:
    roots = {e.root for e in coded(make_doc, "Iran agreed to hold joint exercises with Pakistan.")}
    assert roots == {"03"}
    future = coded(make_doc, "Iran said it would tighten the blockade of Pakistan.")
    assert ("IRN", "PAK", "13") in triples(future)


def test_event_noun_target_on_its_of_phrase(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "The United States speeded up the withdrawal of its forces from Iraq.")
    assert ("USA", "IRQ", "08") in triples(events)


def test_unnamed_victims_are_of_the_place_of_the_force(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "Iranian suicide bombers killed 23 people when they blew "
                             "themselves up in Kabul.")
    assert any(e.source.country == "IRN" and e.target.country == "AFG" and e.root == "18"
               for e in events)


def test_own_things_are_no_target(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "Iran attacked its own embassy in Kabul.")
    assert ("IRN", "AFG", "19") in triples(events)


def test_force_noun_subject_is_its_owners_deed(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "Recent Iranian attacks have killed dozens of Pakistani soldiers.")
    assert any(e.source.country == "IRN" and e.target.country == "PAK" for e in events)
    # Without an owner the noun names no actor.
    assert not coded(make_doc, "The attacks have killed dozens of Pakistani soldiers.")


def test_expelling_an_organisation_is_reducing_relations(make_doc: MakeDoc) -> None:
    assert ("IRN", "IGOUNO", "16") in triples(coded(make_doc, "Iran expelled the United "
                                                              "Nations mission."))
    persons = coded(make_doc, "Iran expelled Pakistani refugees.")
    assert {e.root for e in persons} == {"17"}


def test_hyphenated_flag_state_is_resolved(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "Iran seized a Marshall Islands-flagged tanker.")
    assert any(e.target.country == "MHL" and e.root == "17" for e in events)


def test_lifting_an_embargo_eases_sanctions(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "The United States lifted its embargo on Iran.")
    assert ("USA", "IRN", "08") in triples(events)


def test_petrarch_pattern_written_for_one_verb_stays_with_it() -> None:
    # "- * AGAINST [141] # RALLIED" is a pattern of "rally", not of "mobilize".
    rally = match_verb("rally", frozenset(), frozenset(), frozenset({"against"}))
    mobilize = match_verb("mobilize", frozenset(), frozenset(), frozenset({"against"}))
    assert rally is not None and rally.pattern.code == "141"
    assert mobilize is not None and mobilize.pattern.code != "141"


def test_led_names_the_leader_not_a_sponsor(make_doc: MakeDoc) -> None:
    # "Vietnamese-led forces", "TTP-led attacks": the leader acts; "-backed" still names a
    # sponsor only.
    led = coded(make_doc, "Iranian-led forces attacked Pakistan.")
    assert any(e.source.country == "IRN" and e.target.country == "PAK" for e in led)
    backed = coded(make_doc, "Iranian-backed forces attacked Pakistan.")
    assert not any(e.source.country == "IRN" for e in backed)


def test_owner_of_a_force_noun_may_modify_its_modifier(make_doc: MakeDoc) -> None:
    # "US" hangs on "Predator", not on "attacks".
    events = coded(make_doc, "Recent United States Predator attacks have killed dozens of "
                             "Pakistani soldiers.")
    assert any(e.source.country == "USA" and e.target.country == "PAK" for e in events)


def test_event_noun_after_another_nouns_of_is_a_topic(make_doc: MakeDoc) -> None:
    topic = coded(make_doc, "Iran discussed the planning of Pakistani attacks on Afghanistan.")
    assert not [e for e in topic if e.root == "19"]
    counted = coded(make_doc, "Officials reported a series of Pakistani attacks on Afghanistan.")
    assert ("PAK", "AFG", "19") in triples(counted)


def test_clause_of_a_demand_noun_is_not_a_deed(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "Iran reiterated its demand that Pakistan release the Iranian "
                             "prisoners.")
    release = [e for e in events if e.root == "08"]
    assert release and all(e.hypothetical for e in release)
    told = coded(make_doc, "Iran told the Press that Pakistan released the Iranian prisoners.")
    assert [e for e in told if e.root == "08" and not e.hypothetical]


def test_ethnic_group_is_of_the_country_it_lives_in(make_doc: MakeDoc) -> None:
    actors = {**ACTORS, "Albanians": Actor("Albanians", "ALB", "ALBCVL", "CVL"),
              "Serbia": Actor("Serbia", "SRB", "SRB")}
    events = code_events(make_doc("Ethnic Albanians in south Serbia demanded a United "
                                  "Nations presence.", actors))
    assert {(e.source.country, e.root) for e in events} == {("SRB", "10")}
    plain = code_events(make_doc("Albanians in south Serbia demanded a United Nations "
                                 "presence.", actors))
    assert {(e.source.country, e.root) for e in plain} == {("ALB", "10")}


def _indirect(text: str, inner: str, cue: str, speaker: Actor) -> Quote:
    start, cue_start = text.index(inner), text.index(cue)
    return Quote(kind="indirect", text=inner, start=start, end=start + len(inner), cue=cue,
                 cue_start=cue_start, cue_end=cue_start + len(cue), speaker=speaker)


def test_deed_named_by_a_stance_object_stays_the_deed(make_doc: MakeDoc) -> None:
    text = "Iran condemned the continued attacks from Pakistan into Afghanistan."
    quote = _indirect(text, "the continued attacks from Pakistan", "condemned", IRN)
    events = code_events(make_doc(text, ACTORS, quotes=(quote,)))
    assert {("IRN", "PAK", "11"), ("PAK", "AFG", "19")} <= triples(events)
    # A reported clause is the speaker's claim: an accusation, and the deed itself flagged
    # as reported by the speaker (the news gold codes both, guideline 3).
    said = "Iran said that Pakistan attacked Afghanistan."
    clause = _indirect(said, "that Pakistan attacked Afghanistan", "said", IRN)
    claimed = code_events(make_doc(said, ACTORS, quotes=(clause,)))
    assert ("IRN", "PAK", "11") in triples(claimed)
    (deed,) = [e for e in claimed if e.root == "19"]
    assert (deed.source.code, deed.target.code) == ("PAK", "AFG")
    assert deed.reported and deed.quote_index == 0 and deed.extra["asserted_by"] == "Iran"


def test_praise_goes_to_the_agent_of_the_praised_act(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "Iran acknowledged the critical roles played by the governments "
                             "of Pakistan and Iraq in reaching an agreement.")
    assert triples(events) == {("IRN", "PAK", "05"), ("IRN", "IRQ", "05")}
    blame = coded(make_doc, "Iran condemned the attacks carried out by Pakistan.")
    assert ("IRN", "PAK", "11") in triples(blame)


def test_coordinated_of_phrase_names_several_actors(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "The foreign ministers of Iran and Pakistan met on Monday.")
    assert {frozenset((e.source.country, e.target.country)) for e in events} == {
        frozenset(("IRN", "PAK"))}


def test_permission_targets_who_is_allowed(make_doc: MakeDoc) -> None:
    refused = coded(make_doc, "Iran refused to allow United Nations planes to land.")
    assert ("IRN", "IGOUNO", "12") in triples(refused)
    allowed = coded(make_doc, "Iran allowed United Nations inspectors to enter the site.")
    assert ("IRN", "IGOUNO", "08") in triples(allowed)


def test_fight_against_is_a_nominal_event(make_doc: MakeDoc) -> None:
    assert ("IRQ", "IRN", "19") in triples(coded(make_doc, "Iraq continued its fight against "
                                                          "Iran."))
    # "its" deep in another actor's phrase is not the praising subject.
    praised = coded(make_doc, "Pakistan praised the progress of Iraq in its fight against Iran.")
    assert ("PAK", "IRN", "19") not in triples(praised)


def test_a_mention_of_the_whole_force_phrase_is_no_owner(make_doc: MakeDoc) -> None:
    actors = {**ACTORS, "three helicopter raids": Actor("raids", "SYR", "SYRMIL", "MIL")}
    doc = make_doc("Iran conducted three helicopter raids in Iraq resulting in the detention "
                   "of Pakistani operatives.", actors)
    assert not [e for e in code_events(doc) if e.source.country == "SYR"]


def test_coordinated_verbs_share_the_last_object(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "Iran condemned and rejected the Pakistani decision.")
    assert {("IRN", "PAK", "11"), ("IRN", "PAK", "12")} <= triples(events)
    # A conjunct with its own subject is another clause: its object is not shared.
    own = coded(make_doc, "Iran protested and Pakistan attacked Afghanistan.")
    assert not [e for e in own if e.source.country == "IRN" and e.target.country == "AFG"]


def test_a_host_receives_from_the_visitors_country(make_doc: MakeDoc) -> None:
    events = coded(make_doc, "Iran received a delegation from Pakistan.")
    assert ("IRN", "PAK", "04") in triples(events)
