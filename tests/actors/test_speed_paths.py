"""Shortcuts of the speed work (round 4) agree with what they replace.

* ``norm`` runs a regex only when the phrase holds the character the regex needs; checked
  against the full chain of regexes on made-up phrases full of those characters and on
  the entity texts of real articles.
* A person's name is scanned for a dictionary group only when one of its words starts a
  group's name (``coref_people._group_starts``); checked by scanning names: every scan that finds a
  group does contain such a word.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.actors import load_kb
from tidings.actors.coref_people import _group_starts
from tidings.actors.kb import KB, norm
from tidings.actors.rules import rules
from tidings.actors.scanner import scan

ARTICLES = Path(__file__).resolve().parents[2] / "src" / "tidings" / "data" / "sample" / "articles"

_SUFFIXES = rules().name_suffixes


def _norm_reference(text: str, lower: bool = True) -> str:
    """``norm`` as it was written before the shortcuts: every regex on every phrase."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"(?<![.\w])[A-Za-z]\.(?=\s|$)", " ", text)
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"['.]", "", text)
    text = re.sub(r"[^\w]+", " ", text)
    out = " ".join(w for w in text.split() if w.lower() not in _SUFFIXES)
    return out.lower() if lower else out


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb(())


@pytest.fixture(scope="module")
def entity_texts(nlp: Any) -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted(ARTICLES.glob("*.txt"))[:20]]
    return sorted({e.text for doc in nlp.pipe(texts) for e in doc.ents})


PIECES = st.sampled_from(["Lloyd", "J.", "Austin", "III", "U.S.", "Iran", "'s", "’s", "(", ")",
                          "(R-Idaho)", "Amir-Abdollahian", "O'Neil", "al-Qaeda", "Jr.", "A.",
                          "chargé", "Ḥamās", "ʼ", ".", "'", " ", "-", "\n", "Dept.", "a.m.",
                          "F-16", "Mr", "s", "ISIS", "x."])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=8), st.sampled_from(["", " ", ""]))
def test_norm_equals_the_full_regex_chain(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    assert norm(text) == _norm_reference(text)
    assert norm(text, lower=False) == _norm_reference(text, lower=False)


def test_norm_on_article_entities(entity_texts: list[str]) -> None:
    assert len(entity_texts) > 100
    for text in entity_texts:
        assert norm(text) == _norm_reference(text), text
        assert norm(text, lower=False) == _norm_reference(text, lower=False), text


def test_a_scan_finds_a_group_only_with_a_group_start_word(kb: KB,
                                                           entity_texts: list[str]) -> None:
    starts = _group_starts(kb)
    on = date(2024, 1, 1)
    groups = [k for k, v in kb.names.items() if any(e.kind == "group" for e in v)][::40]
    found_groups = 0
    for text in [*entity_texts, *groups, *kb.acronyms]:
        found = scan(kb, text, on)
        if found.entry is not None and found.entry.kind == "group":
            found_groups += 1
            assert not set(norm(text).split()).isdisjoint(starts), text
    assert found_groups > 50  # the check above was exercised


def test_group_starts_skip_plain_personal_names(kb: KB) -> None:
    # the point of the shortcut: most names need no scan; group names always do
    starts = _group_starts(kb)
    assert {"kazemi", "qomi", "lloyd", "austin"}.isdisjoint(starts)
    assert "hezbollah" in starts and "taliban" in starts


def test_lexical_flags_from_the_text_are_spacys(nlp: Any) -> None:
    # candidates read is_punct / is_space / is_title / is_upper / lemma_ without a Token
    from spacy.lang.lex_attrs import is_punct

    from tidings.actors.candidates import View

    texts = [p.read_text("utf-8") for p in sorted(ARTICLES.glob("*.txt"))[:12]]
    for doc in nlp.pipe(texts):
        v = View(doc, doc.text)
        for t in doc:
            word = v.chars(t.i, t.i + 1)
            assert (is_punct(word), word.isspace(), word.istitle(), word.isupper()) == \
                (t.is_punct, t.is_space, t.is_title, t.is_upper), word
            assert v.lemma(t.i) == t.lemma_
