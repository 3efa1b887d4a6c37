"""Force on things is force on the place they are in, for nominal events as for verbs
("Iran's strikes on targets in Iraq"). Hand-built sentences."""

from __future__ import annotations

from events.helpers import AFG, IRN, PAK, USA, MakeDoc, dyads
from tidings.events import code_events
from tidings.records import Actor

IRQ = Actor("Iraq", "IRQ", "IRQ", None)
ACTORS = {"Iran": IRN, "Pakistan": PAK, "Afghanistan": AFG, "United States": USA,
          "Iraq": IRQ}


def test_a_force_nouns_unnamed_target_takes_its_place(make_doc: MakeDoc) -> None:
    found = code_events(make_doc("He defended Iran's recent strikes on targets in Iraq "
                                 "and Pakistan.", ACTORS))
    assert {("IRN", "IRQ", "19"), ("IRN", "PAK", "19")} <= dyads(found)


def test_a_named_target_is_kept_and_cooperation_takes_no_place(make_doc: MakeDoc) -> None:
    named = code_events(make_doc("He defended Iran's strikes on the Taliban in Afghanistan.",
                                 {**ACTORS, "Taliban": Actor("the Taliban", "AFG", "AFGREB",
                                                              "REB")}))
    assert all(e.target is None or e.target.code == "AFGREB" for e in named
               if e.root == "19")
    # a cooperative noun's "in" phrase is where it happens, not a party
    talks = code_events(make_doc("He welcomed Iran's aid to refugees in Pakistan.", ACTORS))
    assert not any(e.target is not None and e.target.country == "PAK" and e.root == "07"
                   for e in talks)
