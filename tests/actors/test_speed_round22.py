"""Shortcuts of the round-22 speed work agree with what they replace.

* ``candidates._place_of`` makes a ``Token`` for a noun only when one of its right
  prepositions is one that attaches a place ("in", "of", "from"), read from the arrays:
  ``_own_place`` finds nothing for the nouns it skips.
* ``recall_names.country_pairs`` resolves the second half of "X-Y" only when the first
  half is a country of the pair's own country and sector: the pair is split in the same
  cases as when both halves are always resolved.
* ``resolve._located``, ``_from_context`` and ``_implied_agent`` build their ``_Parts``
  with the constructor instead of ``_replace``: the fields keep their order and meaning.
* ``recall_nouns.uncovered_people`` tests the word before the covered characters.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.strings import get_string_id

from tidings.actors import extract, load_kb, resolve
from tidings.actors.candidates import View, _own_place, _place_of
from tidings.actors.kb import KB
from tidings.actors.resolve import _Parts
from tidings.document import Document
from tidings.records import Article

_PREP = get_string_id("prep")
_ON = date(2024, 1, 1)
_SENTENCES = (
    "Officials in Norway and the governor of the northern province met farmers from Chile.",
    "The ministers for trade, the envoys to Peru and the police at the border talked.",
    "The people and government of Chile thanked aid workers with the convoy.",
    "Soldiers of Korean descent and teachers in New Zealand signed letters to lawmakers.",
)


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb(())


def test_place_of_skips_only_prepositions_that_attach_no_place(nlp: Any) -> None:
    # the shortcut's premise: a noun whose right prepositions are none of in/of/from has
    # no place of its own (what the Token walk it skips returns), read from the same words
    places = skipped = 0
    for doc in nlp.pipe(_SENTENCES):
        v = View(doc)
        for tok in doc:
            preps = v.right_links(tok.i, _PREP)
            assert [v.lower(j) for j in preps] == [doc[j].lower_ for j in preps]
            if preps and not any(doc[j].lower_ in ("in", "of", "from") for j in preps):
                assert _own_place(tok)[0] == "", tok.text
                skipped += 1
            own = _own_place(tok)[0] if preps else ""
            # the shortcut keeps every place the Token walk finds ("of Chile", "from Chile")
            assert not own or _place_of(v, tok.i) == own, tok.text
            places += bool(own)
    # both branches are met: places found, and nouns whose prepositions attach none
    assert places >= 3 and skipped >= 3, (places, skipped)


def _mentions(nlp: Any, kb: KB, text: str) -> list[tuple[str, str | None]]:
    doc = Document(article=Article(id="t", text=text, published=_ON), spacy_doc=nlp(text))
    mentions, entities = extract(doc, kb)
    country = {e.id: e.actor.country for e in entities}
    return [(m.text, country.get(m.entity_id or -1)) for m in mentions]


@pytest.mark.parametrize(("text", "want"), [
    # both halves countries of the pair's sector: one mention each
    ("Joint Norway-Chile forces struck the camp on Monday.",
     [("Joint Norway", "NOR"), ("Chile forces", "CHL")]),
    # the first half names no country: the second half is not resolved, one mention
    ("Joint Kestrel-U.K. forces struck the camp on Monday.", [("Joint Kestrel-U.K.", None)]),
    # the second half names no country: one mention
    ("Joint U.S.-Kestrel forces struck the camp on Monday.", [("U.S.-Kestrel forces", "USA")]),
    # both halves the same country: one mention
    ("Joint U.S.-U.S. forces struck.", [("Joint U.S.-U.S. forces", "USA")]),
])
def test_country_pairs_split_only_when_both_halves_fit(nlp: Any, kb: KB, text: str,
                                                       want: list[tuple[str, str | None]],
                                                       ) -> None:
    assert _mentions(nlp, kb, text) == want


def test_parts_fields_keep_their_order() -> None:
    # the constructor calls in resolve.py pass the fields by position
    assert _Parts._fields == ("country", "how", "country_key", "agent", "agent_key", "body",
                              "evidence")


# the answers of the tree before the change (start commit cbd2460), evidence in full
@pytest.mark.parametrize(("phrase", "code", "evidence"), [
    ("Iranian officials", "IRNGOV", ("country name: 'iranian' -> IRN",
                                     "sector word: 'officials' -> GOV")),
    ("African leaders", "AFRGOV", ("region: 'african' -> AFR (several countries)",
                                   "sector word: 'leaders' -> GOV")),
    ("former Chilean ministers", "CHLELI", ("country name: 'chilean' -> CHL",
                                            "sector word: 'ministers' -> GOV",
                                            "'former' official -> ELI")),
    ("Afghans", "AFGCVL", ("country name: 'afghans' -> AFG",
                           "plural demonym: 'afghans' -> people (CVL)")),
    ("Kabul", "AFGGOV", ("capital as metonymy for the government: 'kabul' -> AFG",)),
])
def test_words_resolution_keeps_codes_and_evidence(phrase: str, code: str,
                                                   evidence: tuple[str, ...]) -> None:
    actor = resolve(phrase, _ON, dictionaries=())
    assert actor is not None and (actor.code, actor.evidence) == (code, evidence)
