"""Sense conditions (issue 5, "Round 11 — senses" in docs/events.md): a verb of force or
consultation used in a verbal or other sense is re-coded or dropped (``senses.tsv``).
Every sentence is hand-written (none is from a benchmark or the audited articles); each
rule has a case it must fix and a literal neighbour it must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from events.helpers import DEU, IRN, ISR, JONES, OBAMA, RUS, SMITH, UKR, USA, VOTERS, MakeDoc
from tidings.errors import TidingsError
from tidings.events import code_events
from tidings.events.codebook import codebook
from tidings.events.senses import sense_rules, sense_words, verbal_sense
from tidings.records import Actor

PUTIN = Actor("Vladimir Putin", "RUS", "RUSGOV", "GOV", "president")
HAMAS = Actor("Hamas", "PSE", "PSEREB", "REB")
REFUGEES = Actor("Syrian refugees", "SYR", "SYRREF", "REF")
LATINOS = Actor("Latinos", "USA", "USACVL", "CVL")
POLICE = Actor("police", "USA", "USACOP", "COP")
PROTESTERS = Actor("protesters", "USA", "USACVL", "CVL")
RUSMIL = Actor("Russian forces", "RUS", "RUSMIL", "MIL")
UKRMIL = Actor("Ukrainian army", "UKR", "UKRMIL", "MIL")
FOX = Actor("Fox News", "USA", "USAMED", "MED")
ACTORS: dict[str, Actor] = {
    "Smith": SMITH, "Jones": JONES, "Obama": OBAMA, "Putin": PUTIN, "Hamas": HAMAS,
    "Israel": ISR, "Iran": IRN, "Russia": RUS, "Ukraine": UKR, "Washington": USA,
    "Germany": DEU, "Syrian refugees": REFUGEES, "Latinos": LATINOS, "voters": VOTERS,
    "Police": POLICE, "protesters": PROTESTERS, "Russian forces": RUSMIL,
    "Ukrainian army": UKRMIL, "Fox News": FOX}


def _codes(make_doc: MakeDoc, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source code, target code, CAMEO code) of the counted events of ``text``; actor
    codes cut to country and sector (the actors stage may add a group code, PSEREBHMS)."""
    return {((e.source.code or "")[:6], (e.target.code or "")[:6], e.cameo)
            for e in code_events(make_doc(text, ACTORS))
            if not e.negated and not e.hypothetical}


def _roots(make_doc: MakeDoc, text: str) -> set[str]:
    return {code[:2] for _, _, code in _codes(make_doc, text)}


# A verbal attack is criticism (CAMEO 111), whatever sign shows the verbal sense.
VERBAL_ATTACKS = [
    "Smith attacked Jones's record on taxes.",  # S03: the object is a record
    "Smith attacked Jones in a television interview.",  # S04: a medium
    "Smith attacked Jones as a weak leader.",  # S05: a predicative "as"
    "Smith attacked Jones over her handling of the budget.",  # S06: a topic
]


@pytest.mark.parametrize("text", VERBAL_ATTACKS)
def test_a_verbal_attack_is_criticism(make_doc: MakeDoc, text: str) -> None:
    found = _codes(make_doc, text)
    assert ("USALEG", "USAGOV", "111") in found, (text, found)
    assert not {c[:2] for _, _, c in found} & {"18", "19", "20"}, (text, found)


def test_a_participle_under_a_verb_of_speech_is_criticism(make_doc: MakeDoc) -> None:
    # S07: "spoke ..., attacking X" is what was said, coded as criticism.
    assert ("USALEG", "USAGOV", "111") in _codes(
        make_doc, "Smith spoke in Ohio, attacking Jones.")


@pytest.mark.parametrize("text,code", [
    ("Russia attacked Ukraine on Tuesday.", ("RUS", "UKR", "190")),
    ("Russian forces attacked the Ukrainian army for hours.", ("RUSMIL", "UKRMIL", "190")),
    ("Israel attacked Hamas positions over the weekend.", ("ISR", "PSEREB", "190")),
    ("Israel targeted Hamas commanders in an airstrike.", ("ISR", "PSEREB", "190")),
    ("Israel targeted Hamas leaders for assassination.", ("ISR", "PSEREB", "190")),
])
def test_a_physical_attack_keeps_force(make_doc: MakeDoc, text: str,
                                       code: tuple[str, str, str]) -> None:
    assert code in _codes(make_doc, text), text


def test_hit_with_sanctions_is_a_sanction_not_force(make_doc: MakeDoc) -> None:
    # S08: CAMEO 163; "hit with airstrikes" stays force.
    assert _codes(make_doc, "Washington hit Russia with new sanctions.") == {
        ("USA", "RUS", "163")}
    assert ("ISR", "PSEREB", "190") in _codes(make_doc, "Israel hit Hamas with airstrikes.")


@pytest.mark.parametrize("text", [
    "Smith killed Jones's bill.",  # S09: what is killed is a bill
    "Jones shot down Smith's proposal.",
    "Smith targeted Jones in an ad.",  # S01b: an audience reached through a medium
    "Smith's campaign is targeting farmers on the radio.",
    "Smith and Jones clashed over the budget.",  # S10: a dispute over a topic
])
def test_force_verbs_in_another_sense_are_dropped(make_doc: MakeDoc, text: str) -> None:
    assert not _roots(make_doc, text) & {"18", "19", "20"}, text


def test_a_fight_over_a_place_keeps_force(make_doc: MakeDoc) -> None:
    assert ("RUS", "UKR", "190") in _codes(make_doc, "Russia fought Ukraine over Crimea.")


@pytest.mark.parametrize("text", [
    "Jones beat Smith 58% to 40% in the primary.",  # S11: an electoral contest
    "Jones battled against the Republican electorate.",
    "Jones is capturing the anger of voters.",  # S12: nothing is seized
    "Jones seized the moment against Smith.",
])
def test_contests_and_figurative_seizures_are_no_force(make_doc: MakeDoc,
                                                       text: str) -> None:
    assert not _roots(make_doc, text) & {"17", "18", "19"}, text


@pytest.mark.parametrize("text,code", [
    ("Israel defeated Hamas in the war.", ("ISR", "PSEREB", "190")),
    ("Police beat protesters in the capital.", ("USACOP", "USACVL", "190")),
    ("Russia seized Ukrainian ships.", ("RUS", "UKR", "171")),
])
def test_military_defeats_beatings_and_seizures_stay(make_doc: MakeDoc, text: str,
                                                      code: tuple[str, str, str]) -> None:
    assert code in _codes(make_doc, text), text


def test_dismissal_is_no_gunfire(make_doc: MakeDoc) -> None:
    # S22: "fired" a person without a weapon or an "at"/"on" target.
    assert not _roots(make_doc, "Obama fired Smith.") & {"19"}
    assert ("RUS", "UKR", "190") in _codes(make_doc, "Russia fired missiles at Ukraine.")
    assert ("ISR", "PSEREB", "190") in _codes(make_doc, "Israel fired on Hamas.")



@pytest.mark.parametrize("text,fired", [
    ("The army fired small arms along the border.", False),
    ("The army fired tear gas into the crowd.", False),
    ("The company fired its chief executive.", True),
])
def test_fire_needs_a_weapon_or_a_target_phrase(nlp: Any, text: str, fired: bool) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == "fire")
    rule = verbal_sense(verb, "190")
    assert (rule is not None and rule.action == "drop") == fired, (text, rule)


@pytest.mark.parametrize("text", [
    "Smith called Jones's plan a disaster.",  # S14b: the object is a plan
    "Smith praised Jones, calling her a very smart woman.",  # S14: two objects
    'Smith called his rival "Senator Jones" instead.',  # S14: a quoted name
    'Smith called Jones, his old rival, "incredibly driven".',  # S14: a quoted judgment
])
def test_naming_is_no_phone_call(make_doc: MakeDoc, text: str) -> None:
    assert "04" not in _roots(make_doc, text), text


@pytest.mark.parametrize("text", [
    "Obama called Putin to discuss Syria.",
    # The parser makes a titled name an object complement (oprd): still a call.
    "Obama called Russian President Putin today to discuss Syria.",
    "Obama called Putin, the Russian leader, on Monday to discuss Syria.",
])
def test_a_phone_call_stays(make_doc: MakeDoc, text: str) -> None:
    assert ("USAGOV", "RUSGOV", "041") in _codes(make_doc, text), text


@pytest.mark.parametrize("text", [
    "Obama met the expectations of Putin.",  # S13: expectations are no party
    "Trump is going to work with Russia.",  # S15: a future, not a visit
    "Syrian refugees came to Germany as asylum seekers.",  # S16: migrants
    "Smith came to Germany as a refugee.",  # S17
    "Obama went to Fox News to complain about Putin.",  # S16b: a medium, no host
    "Germany is hosting thousands of Syrian refugees.",  # S18
    "Jones amassed 300 delegates in the southern primaries.",  # S20
    "Smith introduced Jones as his little sister.",  # S21
])
def test_consultation_verbs_in_another_sense_are_dropped(make_doc: MakeDoc,
                                                         text: str) -> None:
    assert "04" not in _roots(make_doc, text), text


@pytest.mark.parametrize("text,code", [
    ("Obama met Putin in Helsinki.", ("USAGOV", "RUSGOV", "040")),
    ("Obama came to Israel for talks.", ("USAGOV", "ISR", "040")),
    ("Obama went to Russia to meet Putin.", ("USAGOV", "RUS", "040")),
    ("Germany hosted Obama for talks.", ("DEU", "USAGOV", "043")),
])
def test_meetings_and_visits_stay(make_doc: MakeDoc, text: str,
                                  code: tuple[str, str, str]) -> None:
    assert code in _codes(make_doc, text), text


@pytest.mark.parametrize("text", [
    "Smith asked Jones if she would run.",  # S23: a question, no appeal
    "Smith asked Jones what was wrong with the plan.",
    "Iran needs strong leadership.",  # S24: a want, no demand
])
def test_questions_and_wants_are_no_appeals_or_demands(make_doc: MakeDoc,
                                                       text: str) -> None:
    assert not _roots(make_doc, text) & {"02", "10"}, text


def test_a_request_stays_an_appeal(make_doc: MakeDoc) -> None:
    assert ("USALEG", "USAGOV", "020") in _codes(make_doc, "Smith asked Jones to withdraw.")


@pytest.mark.parametrize("text", [
    "Smith made harsh attacks on Jones.",  # N01: an adjective of words
    "Smith led an assault on Jones's record.",  # N03: the object is a record
])
def test_a_verbal_attack_noun_is_criticism(make_doc: MakeDoc, text: str) -> None:
    found = _codes(make_doc, text)
    assert ("USALEG", "USAGOV", "111") in found, (text, found)
    assert not {c[:2] for _, _, c in found} & {"18", "19", "20"}, (text, found)


def test_a_fierce_assault_keeps_force(make_doc: MakeDoc) -> None:
    assert ("RUS", "UKR", "190") in _codes(
        make_doc, "Russia carried out a fierce assault on Ukraine.")


def test_rules_name_known_codes_and_classes() -> None:
    rules = sense_rules()
    assert len({r.id for r in rules}) == len(rules)
    known = codebook()
    assert all(r.action == "drop" or r.action in known for r in rules)
    assert {"VERBAL", "MEDIUM", "ELECTION", "MIGRANT", "WEAPON"} <= set(sense_words())


def test_an_unknown_word_class_is_an_error() -> None:
    from tidings.events import senses

    with pytest.raises(TidingsError):
        senses._class_union("NO_SUCH_CLASS")
