"""Hand-built sentences for the cases that decide accuracy (issue 5)."""

from __future__ import annotations

from datetime import date

from events.helpers import AFG, IRN, IRQ, PAK, QOMI, USA, MakeDoc, dyads
from tidings.events import code_events
from tidings.records import Actor, Event, Quote


def test_compound_actors_give_one_event_per_pair(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Tehran, Islamabad and Kabul held talks on regional security."))
    pairs = {frozenset((e.source.country, e.target.country)) for e in evs}
    assert pairs == {frozenset(p) for p in [("IRN", "PAK"), ("IRN", "AFG"), ("PAK", "AFG")]}
    assert {e.root for e in evs} == {"04"}


def test_compound_target(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Iran launched missile strikes on Iraq and Pakistan on Tuesday."))
    assert dyads(evs) == {("IRN", "IRQ", "19"), ("IRN", "PAK", "19")}


def test_passive_voice_takes_the_agent_as_source(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Pakistan was attacked by Iran on Tuesday."))
    assert dyads(evs) == {("IRN", "PAK", "19")}


def test_negation_is_flagged(make_doc: MakeDoc) -> None:
    (ev,) = code_events(make_doc("Iran did not attack Pakistan."))
    assert ev.negated and ev.root == "19"
    (pos,) = code_events(make_doc("Iran attacked Pakistan."))
    assert not pos.negated


def test_intent_is_coded_as_03_not_06(make_doc: MakeDoc) -> None:
    (ev,) = code_events(make_doc("Iran is prepared to strengthen cooperation with Pakistan."))
    assert (ev.source, ev.target) == (IRN, PAK)
    assert ev.root == "03" and ev.quad_class == 1
    (future,) = code_events(make_doc("Iran will send humanitarian aid to Afghanistan."))
    assert future.root == "03" and future.target == AFG


def test_refusal_becomes_rejection(make_doc: MakeDoc) -> None:
    (ev,) = code_events(make_doc("Pakistan refused to meet Iran."))
    assert ev.root == "12" and not ev.negated


def test_conditionals_and_questions_are_hypothetical(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("If Iran attacks Pakistan, the region will suffer."))
    assert evs and all(e.hypothetical for e in evs)
    (q,) = code_events(make_doc("Will Iran attack Pakistan?"))
    assert q.hypothetical
    (m,) = code_events(make_doc("Iran could attack Pakistan."))
    assert m.hypothetical


def _quoted(make_doc: MakeDoc, inner: str, after: str) -> tuple[Event, ...]:
    text = f'"{inner}," {after}'
    quote = Quote(kind="direct", text=inner, start=1, end=1 + len(inner), cue="said",
                  speaker=QOMI, speaker_text="Qomi")
    return code_events(make_doc(text, quotes=(quote,)))


def test_reported_speech_is_the_speaker_accusing(make_doc: MakeDoc) -> None:
    evs = _quoted(make_doc, "Americans are seeking to exploit the lands of neighbouring countries",
                  "Qomi said.")
    # The deed's target ("the lands of neighbouring countries") is no identified actor, so
    # only the accusation is an event.
    assert len(evs) == 1
    ev = evs[0]
    assert ev.source == QOMI and ev.target == USA
    assert ev.root == "11" and ev.reported and ev.quote_index == 0


def test_reported_cooperation_stays_with_its_actors(make_doc: MakeDoc) -> None:
    (ev,) = _quoted(make_doc, "Pakistan will send aid to Afghanistan", "Qomi said.")
    assert (ev.source, ev.target) == (PAK, AFG)
    assert ev.reported and ev.quote_index == 0 and ev.root == "03"


def test_event_outside_quote_is_not_reported(make_doc: MakeDoc) -> None:
    (ev,) = code_events(make_doc("Iran attacked Pakistan."))
    assert not ev.reported and ev.quote_index is None


def test_background_events_get_their_own_date(make_doc: MakeDoc) -> None:
    (ev,) = code_events(make_doc("Iran attacked Pakistan in 2021."))
    assert ev.background and ev.event_date == date(2021, 1, 1)
    (ly,) = code_events(make_doc("Iran attacked Pakistan last year."))
    assert ly.background and ly.event_date == date(2023, 1, 1)
    (jan,) = code_events(make_doc("Iran attacked Pakistan on Jan. 16."))
    assert jan.background and jan.event_date == date(2024, 1, 16)
    (pp,) = code_events(make_doc("Iran had attacked Pakistan."))
    assert pp.background
    (lm,) = code_events(make_doc("Iran attacked Pakistan last month."))
    assert lm.background and lm.event_date == date(2024, 1, 1)
    assert lm.extra["date_precision"] == "month"


def test_current_events_carry_the_publication_date(make_doc: MakeDoc) -> None:
    (ev,) = code_events(make_doc("Iran attacked Pakistan on Tuesday."))
    assert not ev.background and ev.event_date == date(2024, 2, 13)


def test_repeats_fold_with_num_mentions(make_doc: MakeDoc) -> None:
    text = ("Iran attacked Pakistan on Tuesday. Officials said Iran attacked Pakistan again. "
            "Iraq met Pakistan.")
    evs = code_events(make_doc(text))
    attacks = [e for e in evs if e.root == "19"]
    assert len(attacks) == 1 and attacks[0].num_mentions == 2
    assert any(e.root == "04" and e.num_mentions == 1 for e in evs)


def test_nominal_events(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("A meeting between Iran and Pakistan took place on Monday."))
    assert {frozenset((e.source.country, e.target.country)) for e in evs} == {
        frozenset(("IRN", "PAK"))}
    assert {e.cameo for e in evs} == {"040"}
    (visit,) = code_events(make_doc("Iran's official visit to Islamabad ended on Monday."))
    assert (visit.source, visit.target, visit.cameo) == (IRN, PAK, "042")
    (strikes,) = code_events(make_doc("Iran defended its strikes on Iraq."))
    assert strikes.target == IRQ and strikes.root == "19"


def test_record_evidence(make_doc: MakeDoc) -> None:
    doc = make_doc("Yesterday was calm. Iran is prepared to strengthen cooperation with Pakistan.")
    (ev,) = code_events(doc)
    assert doc.text[ev.start:ev.end] == ev.sentence
    assert ev.sentence.startswith("Iran is prepared")
    assert "strengthen" in ev.event_text
    assert ev.pattern.startswith("C") and "curated_patterns.tsv:" in ev.pattern
    assert ev.goldstein == 5.2 and ev.plover == "AGREE"
    assert 0 < ev.confidence <= 1


def test_goldstein_table_setting(make_doc: MakeDoc) -> None:
    doc = make_doc("Iran denied responsibility for the attack.", )
    doc = make_doc("Iran accused Pakistan of terrorism.")
    assert code_events(doc, table="gdelt")[0].goldstein == code_events(doc, table="icews")[
        0].goldstein == -2.0
    text = "Iran halted negotiations with Pakistan."
    g = code_events(make_doc(text), table="gdelt")
    i = code_events(make_doc(text), table="icews")
    assert [e.cameo for e in g] == [e.cameo for e in i]
    if g and g[0].cameo == "164":
        assert (g[0].goldstein, i[0].goldstein) == (-7.0, -6.5)


def test_no_actor_no_event(make_doc: MakeDoc) -> None:
    assert code_events(make_doc("The weather attacked everyone.", actors={})) == ()


def test_threat_governor_codes_a_threat(make_doc: MakeDoc) -> None:
    (ev,) = code_events(make_doc("Iran threatened to attack Pakistan."))
    assert ev.root == "13" and (ev.source, ev.target) == (IRN, PAK)


def test_must_clause_is_a_demand_to_its_subject(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Iran said on Tuesday that Pakistan must release the prisoners."))
    asserted = {(e.source, e.target, e.root) for e in evs if not e.hypothetical}
    assert asserted == {(IRN, PAK, "10")}
    # The demanded deed itself has not happened.
    assert all(e.hypothetical for e in evs if e.root == "08")


def test_joint_nominal_event_of_compound_subject(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Iran and Pakistan renewed negotiations on Monday."))
    assert {frozenset((e.source.country, e.target.country)) for e in evs} == {
        frozenset(("IRN", "PAK"))}
    assert {e.root for e in evs} == {"04"}


def test_time_phrases_do_not_trigger_patterns(make_doc: MakeDoc) -> None:
    # PETRARCH's "PRESS * ON [190]" must not fire on "demanded ... on Thursday".
    evs = code_events(make_doc("Iran on Thursday demanded that Pakistan close the border."))
    assert all(e.root != "19" for e in evs)


def test_coordinated_modifiers_are_several_actors(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Iranian and Pakistani officials met on Tuesday.",
                               actors={"Iranian": IRN, "Pakistani": PAK}))
    assert {frozenset((e.source.country, e.target.country)) for e in evs} == {
        frozenset(("IRN", "PAK"))}


def test_a_country_acting_on_its_own_territory_is_no_dyad(make_doc: MakeDoc) -> None:
    rebels = Actor("Afghan rebels", "AFG", "AFGREB", "REB")
    gov = Actor("Afghan government", "AFG", "AFGGOV", "GOV")
    actors = {"Afghan rebels": rebels, "Kabul": AFG, "the government": gov}
    assert code_events(make_doc("Afghan rebels attacked Kabul.", actors=actors)) == ()
    (ev,) = code_events(make_doc("Afghan rebels attacked the government.", actors=actors))
    assert (ev.source, ev.target) == (rebels, gov)


def test_pronoun_subject_of_reported_clause_is_the_speaker(make_doc: MakeDoc) -> None:
    (ev,) = code_events(make_doc("Iran said on Tuesday it had halted economic aid to Pakistan."))
    assert (ev.source, ev.target, ev.root) == (IRN, PAK, "16")
    (w,) = code_events(make_doc("Iran says it is willing to withdraw its troops from Iraq."))
    assert (w.source, w.target, w.root) == (IRN, IRQ, "03")


def test_demanded_deeds_have_not_happened(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Iran demanded that Pakistan release the prisoners."))
    asserted = {(e.source, e.target, e.root) for e in evs if not e.hypothetical}
    assert asserted == {(IRN, PAK, "10")}
    evs = code_events(make_doc("Iran offered troops to help Iraq attack Pakistan."))
    assert all(e.hypothetical for e in evs if e.root == "19")


def test_purpose_infinitive_is_a_goal_not_a_deed(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Iran attacked Pakistan on Monday to punish Afghanistan."))
    assert {(e.source, e.target, e.root) for e in evs if not e.hypothetical} == {
        (IRN, PAK, "19")}


def test_reported_speech_with_leading_cue_is_an_accusation(make_doc: MakeDoc) -> None:
    text = "Qomi said that Americans attacked Iraq."
    inner = "Americans attacked Iraq"
    start = text.index(inner)
    quote = Quote(kind="indirect", text=inner, start=start, end=start + len(inner), cue="said",
                  cue_start=5, cue_end=9, speaker=QOMI, speaker_text="Qomi")
    ev, deed = code_events(make_doc(text, quotes=(quote,)))
    assert (ev.source, ev.target, ev.root, ev.reported) == (QOMI, USA, "11", True)
    # The deed stays too, as the speaker's report (not the journalist's).
    assert (deed.source, deed.target, deed.root, deed.reported) == (USA, IRQ, "19", True)
    assert deed.extra["asserted_by"] == QOMI.name
    # A trailing attribution reports the deed itself.
    text2 = "Americans attacked Iraq, Qomi said."
    quote2 = Quote(kind="indirect", text=inner, start=0, end=len(inner), cue="said",
                   cue_start=text2.index("said"), cue_end=text2.index("said") + 4,
                   speaker=QOMI, speaker_text="Qomi")
    (ev2,) = code_events(make_doc(text2, quotes=(quote2,)))
    assert (ev2.source, ev2.target, ev2.root, ev2.reported) == (USA, IRQ, "19", True)


def test_first_person_in_a_direct_quote_is_the_speaker(make_doc: MakeDoc) -> None:
    inner = "We will send humanitarian aid to Afghanistan"
    quote = Quote(kind="direct", text=inner, start=1, end=1 + len(inner), cue="said",
                  speaker=QOMI, speaker_text="Qomi")
    (ev,) = code_events(make_doc(f'"{inner}," Qomi said.', quotes=(quote,)))
    assert (ev.source, ev.target, ev.root, ev.reported) == (QOMI, AFG, "03", True)
