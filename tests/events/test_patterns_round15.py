"""Pattern rows of round 15 (issue 5): hand-written sentences; each group has cases it must
fix (no such event on the commit before the round) and neighbours it must leave alone."""

from __future__ import annotations

from events.helpers import MakeDoc
from tidings.events import code_events
from tidings.records import Actor, Event

GBR = Actor("Britain", "GBR", "GBR")
FRA = Actor("France", "FRA", "FRA")
SRB = Actor("Serbia", "SRB", "SRB")
XKX = Actor("Kosovo", "XKX", "XKX")
USA = Actor("the United States", "USA", "USA")
CHN = Actor("Chinese goods", "CHN", "CHN")
JPN = Actor("Japan", "JPN", "JPN")
PRK = Actor("North Korea", "PRK", "PRK")
AUS = Actor("Australian wine", "AUS", "AUS")
IND = Actor("India", "IND", "IND")


def counted(events: tuple[Event, ...]) -> set[tuple[str | None, str | None, str]]:
    """(source code, target code, full CAMEO code) of the events that count."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None,
             e.cameo) for e in events if not e.negated and not e.hypothetical}


def codes(events: tuple[Event, ...]) -> set[str]:
    return {e.cameo for e in events if not e.negated and not e.hypothetical}


# Group 1: failing to reach an agreement is CAMEO 164 (halt negotiations), read through
# the complement of "fail" (C635-C640, verb_match._through_complement).

def test_failing_to_reach_an_agreement_is_a_failed_negotiation(make_doc: MakeDoc) -> None:
    actors = {"Britain": GBR, "France": FRA}
    evs = code_events(make_doc(
        "Britain and France failed to reach an agreement on fishing quotas.", actors))
    assert ("GBR", "FRA", "164") in counted(evs)


def test_failing_to_reach_a_deal_with_a_partner_is_a_failed_negotiation(
        make_doc: MakeDoc) -> None:
    actors = {"Serbia": SRB, "Kosovo": XKX}
    evs = code_events(make_doc("Serbia failed to reach a deal with Kosovo on Monday.", actors))
    assert ("SRB", "XKX", "164") in counted(evs)


def test_failing_to_agree_is_a_failed_negotiation(make_doc: MakeDoc) -> None:
    actors = {"Serbia": SRB, "Kosovo": XKX}
    evs = code_events(make_doc("Serbia and Kosovo failed to agree on a border deal.", actors))
    assert "164" in codes(evs)


def test_reaching_an_agreement_stays_cooperation(make_doc: MakeDoc) -> None:
    actors = {"Britain": GBR, "France": FRA}
    evs = code_events(make_doc(
        "Britain and France reached an agreement on fishing quotas.", actors))
    assert codes(evs) and not any(c.startswith("16") for c in codes(evs))


def test_failing_to_honour_an_agreement_is_no_failed_negotiation(make_doc: MakeDoc) -> None:
    # The complement's verb is no reaching of an agreement: C635 needs "reach".
    actors = {"Serbia": SRB, "Kosovo": XKX}
    evs = code_events(make_doc(
        "Serbia failed to honour the agreement with Kosovo.", actors))
    assert "164" not in codes(evs)


def test_a_verb_with_an_event_of_its_own_does_not_read_its_complement(
        make_doc: MakeDoc) -> None:
    # "refuse" codes a rejection itself; only verbs whose bare row is '---' read the
    # complement, so this stays a refusal (12), not a failed negotiation.
    actors = {"Serbia": SRB, "Kosovo": XKX}
    evs = code_events(make_doc(
        "Serbia refused to reach an agreement with Kosovo.", actors))
    assert "164" not in codes(evs)
    assert any(c.startswith("12") for c in codes(evs))


# Group 2: easing tariffs is CAMEO 085, lifting or ending curbs and restrictions 081
# (C641-C644).

def test_cutting_tariffs_eases_economic_penalties(make_doc: MakeDoc) -> None:
    actors = {"the United States": USA, "Chinese goods": CHN}
    evs = code_events(make_doc("the United States cut tariffs on Chinese goods.", actors))
    assert counted(evs) == {("USA", "CHN", "085")}


def test_rolling_back_tariffs_eases_economic_penalties(make_doc: MakeDoc) -> None:
    actors = {"Japan": JPN, "India": IND}
    evs = code_events(make_doc("Japan rolled back the tariffs it had put on India.", actors))
    assert counted(evs) == {("JPN", "IND", "085")}


def test_lifting_curbs_eases_administrative_sanctions(make_doc: MakeDoc) -> None:
    actors = {"Japan": JPN, "North Korea": PRK}
    evs = code_events(make_doc("Japan lifted travel curbs on North Korea.", actors))
    assert counted(evs) == {("JPN", "PRK", "081")}


def test_ending_restrictions_eases_administrative_sanctions(make_doc: MakeDoc) -> None:
    actors = {"Japan": JPN, "Australian wine": AUS}
    evs = code_events(make_doc("Japan ended restrictions on Australian wine.", actors))
    assert counted(evs) == {("JPN", "AUS", "081")}


def test_imposing_tariffs_is_no_easing(make_doc: MakeDoc) -> None:
    actors = {"the United States": USA, "Chinese goods": CHN}
    evs = code_events(make_doc("the United States imposed tariffs on Chinese goods.", actors))
    assert not any(c.startswith("08") for c in codes(evs))


def test_cutting_a_deficit_is_no_easing(make_doc: MakeDoc) -> None:
    actors = {"India": IND}
    evs = code_events(make_doc("India cut its budget deficit sharply.", actors))
    assert not any(c.startswith("08") for c in codes(evs))


# Group 3 (CASE dev, wrong code on a PETRARCH tie): taking control is CAMEO 192, also when
# the tying PETRARCH row TAKE * PART [030] came first ("took control of parts of X"; C645).

AFG_REB = Actor("Taliban fighters", "AFG", "AFGREB", "REB")
TUR_MIL = Actor("Turkish troops", "TUR", "TURMIL", "MIL")
AFRIN = Actor("Afrin", "SYR", "SYR")
PAK = Actor("Pakistan", "PAK", "PAK")


def test_taking_control_of_parts_of_a_city_is_occupying_territory(make_doc: MakeDoc) -> None:
    actors = {"Turkish troops": TUR_MIL, "Afrin": AFRIN}
    evs = code_events(make_doc("Turkish troops took control of parts of Afrin.", actors))
    assert counted(evs) == {("TURMIL", "SYR", "192")}


def test_taking_part_in_talks_is_no_occupation(make_doc: MakeDoc) -> None:
    actors = {"Taliban fighters": AFG_REB, "Pakistan": PAK}
    evs = code_events(make_doc("Taliban fighters took part in the talks with Pakistan.", actors))
    assert not any(c.startswith("19") for c in codes(evs))
