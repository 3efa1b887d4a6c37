"""Sentence starts at headline, date-line and paragraph breaks (``tidings_paragraphs``)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.config import load_settings
from tidings.nlp import COMPONENT, load_nlp, paragraph_starts
from tidings.records import Article

HEADLINE = (
    "Iran Says Regional Security Rests on Its Neighbours\n2024-02-14\n\n"
    "Iran's Special Envoy for Afghanistan Hassan Kazemi Qomi accused the United States "
    "of destabilising the region."
)
WRAPPED = (
    "Kazemi Qomi told reporters in Kabul that regional\n"
    "security rests on collective action by Iran,\n"
    "Pakistan and Afghanistan, and that the United\n"
    "States had destabilised the region."
)


def _sentences(nlp: Any, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def _presets(nlp: Any, text: str) -> dict[str, bool | None]:
    """The component's presets on the tokeniser's output, by token text."""
    doc = paragraph_starts(nlp.make_doc(text))
    return {t.text: t.is_sent_start for t in doc if t.i > 0 and not t.is_space}


def test_component_runs_before_the_parser(nlp: Any) -> None:
    names = list(nlp.pipe_names)
    assert names.index(COMPONENT) == names.index("parser") - 1


def test_headline_date_and_body_are_separate_sentences(nlp: Any) -> None:
    assert _sentences(nlp, HEADLINE) == [
        "Iran Says Regional Security Rests on Its Neighbours",
        "2024-02-14",
        "Iran's Special Envoy for Afghanistan Hassan Kazemi Qomi accused the United States "
        "of destabilising the region.",
    ]


def test_dateline_paragraph_starts_after_the_headline(nlp: Any) -> None:
    text = ("Risch Condemns Russian Strikes\n\n"
            "BOISE, Idaho – U.S. Senator Jim Risch condemned Russia's strikes on Kyiv.")
    sents = _sentences(nlp, text)
    assert sents[0] == "Risch Condemns Russian Strikes"
    assert sents[1].startswith("BOISE, Idaho –")


def test_paragraph_without_final_stop_is_not_joined_to_the_next(nlp: Any) -> None:
    text = ("Iranian and Taliban officials met in Kabul on Tuesday\n\n"
            "The foreign ministers discussed trade and border security.")
    assert _sentences(nlp, text) == [
        "Iranian and Taliban officials met in Kabul on Tuesday",
        "The foreign ministers discussed trade and border security.",
    ]


def test_hard_wrapped_lines_stay_in_their_sentence(nlp: Any) -> None:
    presets = _presets(nlp, WRAPPED)
    assert presets["security"] is False  # a line continuing in lower case
    # A capital after a wrap may be a name: the parser decides, not the line break.
    assert presets["Pakistan"] is None and presets["States"] is None
    assert _sentences(nlp, WRAPPED) == [WRAPPED]


def test_single_line_breaks_in_unwrapped_text(nlp: Any) -> None:
    # One paragraph per line (no blank lines), as some feeds and JSON bodies give it.
    text = ("Pakistan recalled its ambassador from Tehran\n"
            "The foreign office said Iran had violated its airspace.\n"
            "Iran said it struck militants, not Pakistanis.")
    presets = _presets(nlp, text)
    assert presets["The"] is True and presets["Iran"] is True
    assert len(_sentences(nlp, text)) == 3


@pytest.mark.parametrize("text", ["", "\n\n", "No line break at all.", "Ends with a break.\n\n"])
def test_texts_without_inner_breaks(nlp: Any, text: str) -> None:
    doc = nlp(text)
    assert doc.text == text
    assert all(t.is_sent_start in (True, False) for t in doc)


def test_setting_turns_the_component_off(settings: Any) -> None:
    assert settings.paragraph_breaks is True
    assert load_settings(paragraph_breaks="0").paragraph_breaks is False
    off = load_nlp(settings.spacy_model, False)
    assert COMPONENT not in off.pipe_names
    assert "Neighbours\n2024" in next(off(HEADLINE).sents).text


def test_component_registered_on_import_of_tidings_nlp() -> None:
    """A worker or Spark executor that only imports ``tidings.nlp`` can build the pipe."""
    code = ("import spacy, tidings.nlp; nlp = spacy.blank('en'); "
            "nlp.add_pipe('tidings_paragraphs'); "
            "print([t.is_sent_start for t in nlp('A title\\n\\nThe body.')][-3])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_event_sentence_excludes_the_headline(pipeline: Any) -> None:
    doc = pipeline.process(Article(id="seg", text=HEADLINE, published=date(2024, 2, 14)))
    body = HEADLINE.index("Iran's Special")
    assert doc.events, "the accusation should be coded"
    for ev in doc.events:
        assert ev.start >= body and "Neighbours" not in ev.sentence


def test_quote_ends_at_its_paragraph(pipeline: Any) -> None:
    # Without a preset start the parser joins the two unpunctuated paragraphs and cuts
    # the first reported clause short ("the talks were").
    text = ("Kabul talks\n\nMuttaqi said the talks were useful\n\n"
            "Iran's envoy said the region needed collective security.")
    doc = pipeline.process(Article(id="seg-q", text=text, published=date(2024, 2, 14)))
    assert [(q.text, q.speaker_text) for q in doc.quotes] == [
        ("the talks were useful", "Muttaqi"),
        ("the region needed collective security", "Iran's envoy"),
    ]


def test_event_of_a_quote_excludes_the_headline(pipeline: Any) -> None:
    text = ("Qomi Blames Washington\n\n"
            "\"The Americans and Daesh attacked Pakistan,\" Kazemi Qomi said.")
    doc = pipeline.process(Article(id="seg-e", text=text, published=date(2024, 2, 14)))
    # (a deed with a target: co-subjects alone, "X and Y destabilise the region", are no dyad)
    assert {ev.target.country for ev in doc.events} == {"PAK"}
    assert all(not ev.sentence.startswith("Qomi Blames") for ev in doc.events)
    assert [q.speaker_text for q in doc.quotes] == ["Kazemi Qomi"]


_WORD = st.text(alphabet="abcdefghij.,ABC", min_size=1, max_size=8)
_LINE = st.lists(_WORD, min_size=1, max_size=6).map(" ".join)
_PARAGRAPH = st.lists(_LINE, min_size=1, max_size=3).map("\n".join)


@settings(max_examples=60, deadline=None)
@given(paragraphs=st.lists(_PARAGRAPH, min_size=1, max_size=5))
def test_every_paragraph_starts_a_sentence(nlp: Any, paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    doc = paragraph_starts(nlp.make_doc(text))
    assert doc.text == text
    at = 0
    for paragraph in paragraphs:
        first = next(t for t in doc if t.idx >= at and not t.is_space)
        assert first.idx == at and (first.i == 0 or first.is_sent_start is True)
        at += len(paragraph) + 2
