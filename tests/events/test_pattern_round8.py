"""Pattern data, round 8 (issue 5): causes shared by the ConfliBERT dev set and the
other dev sets, fixed with verb and noun classes grounded in CAMEO definitions. Each test
uses its own hand-written sentences (none is a benchmark sentence) and shows the
neighbouring case the new rows must leave alone."""

from __future__ import annotations

from events.helpers import MakeDoc
from events.helpers import pattern_code as _code_of
from events.test_pattern_round6 import ACTORS, _code
from tidings.records import Actor

TALIBAN = Actor("Taliban", "AFG", "AFGREB", "REB")


def test_bare_take_is_no_seizure(make_doc: MakeDoc) -> None:
    # PETRARCH's APPREHEND block gives bare TAKE its default 171 (seize property).
    assert _code_of("take") == "---"
    for text in ("The Iranian delegation took a tour of Pakistan's new port on Sunday.",
                 "Afghan refugees took the bus from Pakistan to the border."):
        assert not any(c.startswith("17") for _, _, c in _code(make_doc, text)), text
    # The block's patterns with a seizable object still code.
    assert _code_of("take", "hostage") == "181"
    assert _code_of("take", "into", "custody") == "173"
    hostage = "The Taliban took two Iranian engineers hostage near the border."
    assert ("AFG", "IRN", "181") in _code(make_doc, hostage, {**ACTORS, "Taliban": TALIBAN})


def test_taking_a_jab_at_is_criticism(make_doc: MakeDoc) -> None:
    for noun in ("jab", "dig"):
        assert _code_of("take", noun, particles=frozenset({"at"})) == "111", noun
    text = "Pakistan's foreign minister took a dig at Iran over the gas pipeline."
    assert ("PAK", "IRN", "111") in _code(make_doc, text)
    # "over" hung on the verb must not make it "take over" (seize control, 171).
    assert not any(c.startswith("17") for _, _, c in _code(make_doc, text))
    # A shot at someone may be literal shooting: left to the other rows.
    assert _code_of("take", "shot", particles=frozenset({"at"})) != "111"


def test_denying_entry_or_visas_reduces_relations(make_doc: MakeDoc) -> None:
    # Was 1246, which CAMEO defines as refusing to de-escalate a military engagement.
    assert _code_of("deny", "entry") == "160"
    entry = "Pakistan denied entry to Afghan traders at the Torkham crossing."
    assert ("PAK", "AFG", "160") in _code(make_doc, entry)
    for verb in ("deny", "refuse"):
        assert _code_of(verb, "visa") == "160", verb
    text = "Pakistan denied visas to Afghan traders on Monday."
    assert ("PAK", "AFG", "160") in _code(make_doc, text)
    # Denying an allegation stays CAMEO 016 (deny responsibility).
    assert _code_of("deny") == "016"
    assert _code_of("deny", "allegation") == "016"


def test_a_killing_is_force(make_doc: MakeDoc) -> None:
    text = "Iran condemned the killing of Iranian pilgrims by Afghan border guards."
    assert ("AFG", "IRN", "190") in _code(make_doc, text)
    possessive = "Pakistan's killing of Afghan smugglers drew protests in Kabul."
    assert ("PAK", "AFG", "190") in _code(make_doc, possessive)
    # "made a killing" (a windfall) takes no "of" phrase: no force.
    windfall = "Afghan traders made a killing on Pakistani wheat sales."
    assert not any(c.startswith("19") for _, _, c in _code(make_doc, windfall))


def test_calling_for_sanctions_rallies_opposition(make_doc: MakeDoc) -> None:
    # PETRARCH codes CALL * FOR SANCTION as 1312, a threat by the caller.
    for verb in ("call", "press", "push"):
        for noun in ("sanction", "embargo", "boycott"):
            assert _code_of(verb, noun, particles=frozenset({"for"})) == "113", (verb, noun)
    text = "Pakistan called for sanctions against Afghanistan over the border attacks."
    assert ("PAK", "AFG", "113") in _code(make_doc, text)
    # Calling for talks is still an intent to negotiate (036).
    assert ("PAK", "AFG", "036") in _code(make_doc, "Pakistan called for talks with Afghanistan.")
