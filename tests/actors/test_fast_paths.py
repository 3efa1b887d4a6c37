"""The shortcuts that keep the actors stage fast must agree with the slow definitions.

Candidate finding avoids spaCy ``Token``/``Span`` objects and most ``norm`` calls; each
shortcut is checked here against what it replaces, on real articles and on made-up text
full of the punctuation that ``norm`` treats specially.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.actors import load_kb
from tidings.actors.candidates import (
    View,
    _root,
    _word_ids,
    norm_word,
)
from tidings.actors.kb import KB, norm
from tidings.actors.missed_groups import _group_tables, _may_be_group, _span_limit
from tidings.actors.rules import rules

ARTICLES = Path(__file__).resolve().parents[2] / "src" / "tidings" / "data" / "sample" / "articles"


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb(())


@pytest.fixture(scope="module")
def docs(nlp: Any) -> list[Any]:
    texts = [p.read_text("utf-8") for p in sorted(ARTICLES.glob("*.txt"))[:12]]
    return list(nlp.pipe(texts))


def test_view_matches_spacy(docs: list[Any]) -> None:
    for doc in docs:
        v = View(doc, doc.text)
        for ent in [*doc.ents, *doc.noun_chunks]:
            assert v.chars(ent.start, ent.end) == ent.text
            assert _root(v, ent) == ent.root.i
            assert (v.sents[ent.start] == v.sents[ent.end - 1]) == \
                (ent.sent.start == doc[ent.end - 1].sent.start)
        assert v.heads == [t.head.i for t in doc]
        assert [v.lower(i) for i in range(len(doc))] == [t.lower_ for t in doc]
        assert (v.pos, v.tag, v.dep, v.ent) == ([t.pos for t in doc], [t.tag for t in doc],
                                               [t.dep for t in doc], [t.ent_type for t in doc])
        assert v.chars(3, 3) == ""


def test_marked_tokens_match_a_plain_lookup(kb: KB, docs: list[Any]) -> None:
    pronouns = set(rules().pronouns)
    # sector words and titles used alone ("the Secretary") may head a description
    heads = {k.rsplit(" ", 1)[-1] for k in [*kb.agents, *rules().bare_titles]}
    firsts = {k.split(" ", 1)[0] for k, v in kb.names.items() if any(e.kind == "group" for e in v)}
    for doc in docs:
        groups, sector_heads, prons = View(doc, doc.text).marked(_word_ids(kb))
        assert groups == [t.i for t in doc if t.lower_ in firsts and (t.is_title or t.is_upper)]
        assert sector_heads == [t.i for t in doc if t.lower_ in heads]
        assert prons == [t.i for t in doc if t.lower_ in pronouns]


WORDS = st.sampled_from(["Houthi", "Houthis", "al", "Qaeda", "Jr", "III", "J", "U.S", "the",
                         "Hezbollah", "Islamic", "State", "Taliban", "24", "F16", "Ansar",
                         "Allah", "Hamas", "chargé", "O'Neil"])
PUNCT = st.sampled_from(["", "", "", ".", ",", "'s", "-", ".,", ")", "(", ":", "...", "’s",
                         "\n", "'"])
SPACE = st.sampled_from([" ", " ", "", "\n\n", " - "])


def test_norm_word_is_norm_on_article_words(docs: list[Any]) -> None:
    words = {w for doc in docs for t in doc for w in (t.text, t.lemma_)}
    assert [norm_word(w) for w in sorted(words)] == [norm(w) for w in sorted(words)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, PUNCT, SPACE), min_size=1, max_size=6))
def test_norm_word_is_norm(parts: list[tuple[str, str, str]]) -> None:
    for word, punct, _ in parts:
        assert norm_word(word) == norm(word)
        assert norm_word(word + punct) == norm(word + punct)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, PUNCT, SPACE), min_size=1, max_size=6))
def test_group_filter_never_drops_a_group_name(nlp: Any, parts: list[tuple[str, str, str]]
                                               ) -> None:
    kb = load_kb(())
    text = "".join(w + p + s for w, p, s in parts)
    _spans_agree(kb, View(nlp.make_doc(text), text))


def test_group_filter_on_articles(kb: KB, docs: list[Any]) -> None:
    for doc in docs:
        _spans_agree(kb, View(doc, doc.text))


def _spans_agree(kb: KB, v: View) -> None:
    """Every span the filters reject normalises to no group-only dictionary name."""
    tables = _group_tables(kb)
    n = len(v.idx)
    for i in range(n):
        stop = min(n, i + 8)
        limit = _span_limit(v.text, v.idx, v.ends, i, stop, tables)
        for k in range(i, stop):
            if k >= limit or not _may_be_group(v.text, v.idx, v.ends, i, k, tables):
                raw = v.text[v.idx[i]:v.ends[k]]
                assert norm(raw) not in tables[0], raw
