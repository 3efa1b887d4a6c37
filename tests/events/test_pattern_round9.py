"""Pattern data, round 9 (issue 5): causes counted on the large ConfliBERT training-sentence
dev set, fixed with rows grounded in CAMEO definitions and PETRARCH rows, and a generated
form alias for verbs spaCy's rule lemmatizer files under another verb. Every sentence here
is hand-written (none is a benchmark sentence); each test also shows the neighbouring case
the change must leave alone."""

from __future__ import annotations

from typing import Any

from events.helpers import MakeDoc
from events.helpers import pattern_code as _code_of
from events.test_pattern_round6 import _codes
from tidings.events.convert import form_aliases
from tidings.events.patterns import verb_lemma


def test_violating_a_ceasefire_is_196(make_doc: MakeDoc) -> None:
    for noun in ("ceasefire", "truce", "armistice"):
        assert _code_of("violate", noun) == "196", noun
    assert "196" in _codes(make_doc, "Pakistani troops violated the truce with Afghanistan "
                                     "on Monday.")
    # The synset's "cease fire" leaves the bare word "fire": no 196 on it.
    assert _code_of("violate", "fire") != "196"
    # PETRARCH's airspace row and the uncoded bare verb are unchanged.
    assert _code_of("violate", "airspace") == "150"
    assert _code_of("violate") is None


def test_violating_a_ban_defies_a_norm(make_doc: MakeDoc) -> None:
    assert _code_of("violate", "ban") == "128"
    assert "128" in _codes(make_doc, "Iran violated the ban on oil sales to Iraq.")
    # Lifting a ban stays PETRARCH's 081 (ease administrative sanctions).
    assert _code_of("lift", "ban") == "081"


def test_lifting_sanctions_is_the_act_not_the_intent(make_doc: MakeDoc) -> None:
    # PETRARCH lists LIFT * SANCTIONS twice, first as 0351 (express intent to ease).
    assert _code_of("lift", "sanction") == "085"
    assert "085" in _codes(make_doc, "The United States lifted sanctions on Pakistan in 2001.")
    assert "0351" not in _codes(make_doc, "The United States lifted sanctions on Pakistan.")
    # Other objects of "lift" keep their rows.
    assert _code_of("lift", "curfew") == "0813"
    assert _code_of("lift", "blockade") == "0872"


def test_returning_people_or_property_is_084(make_doc: MakeDoc) -> None:
    for noun in ("prisoner", "hostage", "detainee", "refugee"):
        assert _code_of("return", noun) == "0841", noun
    for noun in ("artifact", "antiquity", "painting", "sculpture", "manuscript"):
        assert _code_of("return", noun) == "0842", noun
    assert "0841" in _codes(make_doc, "Iran returned forty Afghan prisoners to Afghanistan.")
    assert "0842" in _codes(make_doc, "Pakistan returned the stolen sculptures to Afghanistan.")
    # Going back somewhere is no release; PETRARCH's "return from" (042) stays.
    assert not {c for c in _codes(make_doc, "The Iranian envoy returned to Pakistan on "
                                            "Sunday.") if c.startswith("084")}
    assert _code_of("return", "from") == "042"


def test_generated_form_aliases(nlp: Any) -> None:
    # Built from a toy dictionary: the generator, not the shipped file, is under test.
    rows = {form: (lemma, spacy) for form, lemma, spacy in form_aliases(nlp, ["hope", "wage"])}
    assert rows["hoped"] == ("hope", "hop")
    assert rows["waged"] == ("wage", "wag")
    # "hopped" is hop's own past (spaCy's exception table): never an alias.
    assert "hopped" not in rows
    # A verb spaCy lemmatises correctly needs none.
    assert not form_aliases(nlp, ["use", "seek"])


def test_mislemmatised_forms_reach_their_verb(nlp: Any) -> None:
    doc = nlp("Iran hoped that Pakistan would help. The rabbit hopped away. "
              "Their hopes faded.")
    lemmas = {t.lower_: verb_lemma(t) for t in doc}
    assert lemmas["hoped"] == "hope"
    assert lemmas["hopped"] == "hop"
    assert lemmas["hopes"] == "hope"  # the noun: spaCy's own lemma
    # "hoped" now finds PETRARCH's HOPE block (020) instead of JUMP's.
    assert _code_of(lemmas["hoped"]) == "020"


def test_considering_a_policy_is_014_not_a_meeting(make_doc: MakeDoc) -> None:
    # The CONSIDER block's default was 040 (consult): a deliberation coded as a meeting.
    for verb in ("consider", "contemplate", "mull", "weigh"):
        assert _code_of(verb) == "014", verb
    assert _code_of("explore", "possibility", "of") == "014"
    text = "Pakistan is considering new tariffs on Afghan goods."
    assert "040" not in _codes(make_doc, text)
    # Rows with their own objects keep their codes; bare "explore" stays an inquiry.
    assert _code_of("weigh", "aid") == "1311"
    assert _code_of("consider", "unreliable") == "012"
    assert _code_of("explore") == "090"
