"""Shortcuts of the round-20 speed work agree with what they replace.

* ``View.right_links`` reads a token's right children of one dependency from the arrays:
  the same tokens, in the same order, as ``Token.rights`` filtered by that dependency.
* ``View.has_conjuncts`` is ``bool(Token.conjuncts)`` without making the conjuncts.
* The stage hands its ``Doc.ents`` to the article-country pass: the places it counts are
  those of the entities it is given, and the same as from the parse's own ``Doc.ents``.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest
from spacy.strings import get_string_id

from tidings.actors import extract, load_kb
from tidings.actors.candidates import View
from tidings.actors.context_country import _place_countries, rules
from tidings.actors.kb import KB
from tidings.document import Document
from tidings.records import Article

_SENTENCES = (
    "The mayor of Lakemoor and the governor of the northern province met the farmers.",
    "Dana Whitlock, a spokeswoman for the port authority, said the ferry and the barge "
    "from Kestrel Bay had left.",
    "Teachers, nurses and drivers in three towns walked out; the union's leader, Sam Oduya, "
    "spoke to reporters from the capital.",
    "Officials from Norway and Chile signed the accord in Oslo on Tuesday.",
)
_LINKS = ("prep", "appos", "conj", "pobj")


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb(())


def test_right_links_and_conjuncts_equal_the_token_tree(nlp: Any) -> None:
    found = Counter[str]()
    for doc in nlp.pipe(_SENTENCES):
        v = View(doc)
        for tok in doc:
            for name in _LINKS:
                dep = get_string_id(name)
                want = [c.i for c in tok.rights if c.dep == dep]
                assert v.right_links(tok.i, dep) == want, (tok.text, name)
                found[name] += len(want)
            assert v.has_conjuncts(tok.i) == bool(tok.conjuncts), tok.text
            found["conjuncts"] += bool(tok.conjuncts)
    # every kind of link occurs: the equalities above are not all of empty lists
    assert all(found[name] for name in (*_LINKS, "conjuncts")), found


def test_place_countries_read_the_entities_given(nlp: Any, kb: KB) -> None:
    text = ("Officials in Oslo and Bergen said the talks with Chile would go on. "
            "Norwegian ministers met them in Trondheim.")
    sdoc = nlp(text)
    doc = Document(article=Article(id="1", text=text, published=date(2024, 1, 1)),
                   spacy_doc=sdoc)
    mentions, _ = extract(doc, kb)
    own = _place_countries(doc, mentions, kb, rules(), None)
    assert own  # the text names places outside its actor mentions
    assert _place_countries(doc, mentions, kb, rules(), sdoc.ents) == own
    assert _place_countries(doc, mentions, kb, rules(), ()) == Counter()
