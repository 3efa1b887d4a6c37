"""Shortcuts of the round-5 speed work agree with what they replace.

* ``View.lower`` slices a once-lower-cased text: equal to spaCy's ``Token.lower_`` on real
  articles and on texts whose lower-casing changes length ("İ") or depends on context
  (final sigma), where the view falls back to lower-casing each token.
* ``_sector_at`` and ``_sector_modified`` read the arrays instead of ``Token`` objects:
  equal to the ``Token``-based tests on every token of real articles.
* The missed-group search skips a marked word by two set tests (``_starts_no_group``):
  whenever it does, the full search (``_group_at``) finds no group there either.
* The scanner skips words that start no key without calling ``_match_at`` and tests
  "first last" runs through an index of last words: both agree with the tables.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tidings.actors import load_kb
from tidings.actors.candidates import (
    View,
    _sector_at,
    _sector_head,
    _sector_modified,
    _word_ids,
)
from tidings.actors.kb import KB
from tidings.actors.missed_groups import _group_at, _group_tables, _starts_no_group
from tidings.actors.scanner import _first_last_index, _lookup_keys, _match_at

ARTICLES = Path(__file__).resolve().parents[2] / "src" / "tidings" / "data" / "sample" / "articles"
_COMPOUND = frozenset({"compound", "amod"})


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb(())


@pytest.fixture(scope="module")
def docs(nlp: Any) -> list[Any]:
    texts = [p.read_text("utf-8") for p in sorted(ARTICLES.glob("*.txt"))[:25]]
    return list(nlp.pipe(texts))


def test_view_lower_is_spacys_lower(docs: list[Any], nlp: Any) -> None:
    odd = nlp("İSTANBUL — ΟΔΥΣΣΕΑΣ met the KELVIN (K) panel. Σ was there; ÉCOLE said so.")
    assert View(odd).low is None  # "İ" lower-cases to two characters: per-token fallback
    # final sigma depends on the next characters: "ΟΔΥΣΣΕΑΣ" alone ends in "ς", followed by
    # "'s" in the whole text in "σ"
    sigma = nlp("ΟΔΥΣΣΕΑΣ's delegation met the ΣΥΡΙΖΑ team in Athens.")
    assert View(sigma).low is None
    kelvin = nlp("The KELVIN (K) panel met in Zürich.")
    assert View(kelvin).low is not None
    plain = nlp("Iran’s envoy met Pakistani officials in Kabul.")
    assert View(plain).low is not None  # curly quotes: one character each, text lowered once
    for doc in [*docs, odd, sigma, kelvin, plain]:
        v = View(doc)
        assert [v.lower(t.i) for t in doc] == [t.lower_ for t in doc]


def test_sector_tests_from_arrays_equal_token_tests(kb: KB, docs: list[Any]) -> None:
    checked = 0
    for doc in docs:
        v = View(doc)
        for tok in doc:
            assert _sector_at(kb, v, tok.i) == _sector_head(kb, tok)
            for after in {max(tok.i - 3, 0), max(tok.i - 1, 0), 0}:
                reference = tok.pos_ in ("NOUN", "PROPN") and any(
                    c.i >= after and c.dep_ in _COMPOUND and _sector_head(kb, c)
                    for c in tok.lefts)
                assert _sector_modified(kb, v, tok.i, after) == reference
                checked += reference
    assert checked > 20  # the positive case does occur


def test_skipped_group_starts_are_no_groups(kb: KB, docs: list[Any]) -> None:
    tables = _group_tables(kb)
    skipped = 0
    for doc in docs:
        v = View(doc)
        groups, _, _ = v.marked(_word_ids(kb))
        taken = [False] * len(doc)
        for i in groups:
            if _starts_no_group(kb, v, i, taken, tables):
                skipped += 1
                assert _group_at(kb, v, i, taken, tables, {}) is None, doc[i].text
    assert skipped > 50


def test_scanner_shortcuts_agree_with_the_tables(kb: KB, docs: list[Any]) -> None:
    index = _first_last_index(kb)
    assert {f"{first} {last}" for first, lasts in index.items() for last in lasts} \
        == set(kb.first_last)
    keys = _lookup_keys(kb)
    assert "" not in keys  # a run with no lower-case key is looked up as ""
    on = date(2024, 1, 1)
    for doc in docs[:10]:
        words = [t.lower_ for t in doc if not t.is_space]
        cased = [t.text for t in doc if not t.is_space]
        for i, word in enumerate(words):
            if word not in kb.first_len and word not in kb.surnames and not cased[i].isupper():
                assert _match_at(kb, words, cased, i, on, keys)[2] == "unknown"
