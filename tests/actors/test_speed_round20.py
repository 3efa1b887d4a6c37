"""Shortcuts of the round-20 speed work agree with what they replace.

* ``View.right_links`` reads a token's right children of one dependency from the arrays:
  the same tokens, in the same order, as ``Token.rights`` filtered by that dependency.
* ``View.has_conjuncts`` is ``bool(Token.conjuncts)`` without making the conjuncts.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.strings import get_string_id

from tidings.actors.candidates import View

_SENTENCES = (
    "The mayor of Lakemoor and the governor of the northern province met the farmers.",
    "Dana Whitlock, a spokeswoman for the port authority, said the ferry and the barge "
    "from Kestrel Bay had left.",
    "Teachers, nurses and drivers in three towns walked out; the union's leader, Sam Oduya, "
    "spoke to reporters from the capital.",
    "Officials from Norway and Chile signed the accord in Oslo on Tuesday.",
)
_LINKS = ("prep", "appos", "conj", "pobj")


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
