"""Hand-built inputs for the rules added from the PolNeAR train error analysis:
doubled-apostrophe quote marks, ..."""

from __future__ import annotations

from tidings.quotes.marks import find_marked_spans
from tidings.records import Quote

from .conftest import Run


def _kind(quotes: tuple[Quote, ...], kind: str) -> list[Quote]:
    return [q for q in quotes if q.kind == kind]


def test_doubled_apostrophes_are_double_marks() -> None:
    text = "''We will not leave anyone behind,'' Mr. Kerry said. ''That is the rule.''"
    first, second = find_marked_spans(text)
    assert text[first.start : first.end] == "We will not leave anyone behind"
    assert text[second.start : second.end] == "That is the rule."


def test_tripled_apostrophes_close_a_nested_quote_too() -> None:
    text = "''He told me, 'You are one of us,''' she said. '''No,' I said.''"
    first, second = find_marked_spans(text)
    assert text[first.start : first.end] == "He told me, 'You are one of us,'"
    assert text[second.start : second.end] == "'No,' I said."


def test_contractions_are_not_marks() -> None:
    assert find_marked_spans("He didn't say it's over, and we won't ask.") == []


def test_doubled_apostrophe_quote_is_direct(run_quotes: Run) -> None:
    text = "''I'm O.K. with negotiations and getting them back,'' Mr. Hoekstra said."
    (q,) = _kind(run_quotes(text).quotes, "direct")
    assert q.text == "I'm O.K. with negotiations and getting them back"
    assert q.cue == "said"
