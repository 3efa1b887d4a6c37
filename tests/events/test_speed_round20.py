"""Round 20 (speed): the per-article memo of children, sentence text and entity tokens
gives what spaCy's own accessors give, and starts again for another article."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from tidings.events.doc_memo import children, columns, entity_tokens, sentence_text


def _doc(words: list[str], heads: list[int], deps: list[str], starts: list[bool | int | None],
         ents: list[str]) -> Doc:
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, sent_starts=starts, ents=ents)


def _sample() -> Doc:
    # "The council met on Monday . Did rebels attack ?" (two sentences)
    words = ["The", "council", "met", "on", "Monday", ".", "Did", "rebels", "attack", "?"]
    heads = [1, 2, 2, 2, 3, 2, 8, 8, 8, 8]
    deps = ["det", "nsubj", "ROOT", "prep", "pobj", "punct", "aux", "nsubj", "ROOT",
            "punct"]
    starts: list[bool | int | None] = [True, False, False, False, False, False, True, False,
                                       False, False]
    ents = ["O", "O", "O", "O", "B-DATE", "O", "O", "O", "O", "O"]
    return _doc(words, heads, deps, starts, ents)


def test_children_are_spacys_in_order_and_shared() -> None:
    doc = _sample()
    for tok in doc:
        assert [c.i for c in children(tok)] == [c.i for c in tok.children]
    assert children(doc[2]) is children(doc[2])


def test_sentence_text_is_the_spans_text() -> None:
    doc = _sample()
    assert [sentence_text(t) for t in doc] == [t.sent.text for t in doc]
    assert sentence_text(doc[8]) == "Did rebels attack ?"


def test_entity_tokens_of_a_sentence() -> None:
    doc = _sample()
    first, second = list(doc.sents)
    assert [t.i for t in entity_tokens(first, "DATE")] == [4]
    assert entity_tokens(second, "DATE") == []


def test_another_article_starts_a_new_memo() -> None:
    one, two = _sample(), _doc(["Rebels", "fled", "."], [1, 1, 1],
                               ["nsubj", "ROOT", "punct"], [True, False, False],
                               ["O", "O", "O"])
    assert [c.i for c in children(one[2])] == [1, 3, 5]
    assert [c.i for c in children(two[1])] == [0, 2]
    assert [c.i for c in children(one[2])] == [1, 3, 5]
    assert sentence_text(two[0]) == "Rebels fled ."


def test_another_article_of_the_same_length_starts_a_new_memo() -> None:
    # the memo is the article's, not its length's: two parses of three words each
    one = _doc(["Rebels", "fled", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"],
               [True, False, False], ["O", "O", "O"])
    two = _doc(["Fled", "the", "rebels"], [0, 2, 0], ["ROOT", "det", "dobj"],
               [True, False, False], ["O", "O", "O"])
    assert [c.i for c in children(one[1])] == [0, 2]
    assert [c.i for c in children(two[1])] == []
    assert sentence_text(two[0]) == "Fled the rebels"


def test_columns_hold_each_tokens_label_ids() -> None:
    doc = _sample()
    cols = columns(doc)
    assert cols.dep == [t.dep for t in doc]
    assert cols.pos == [t.pos for t in doc]
    assert cols.orth == [t.orth for t in doc]
