"""Property tests: arbitrary text (stray quote marks included) never crashes the stage,
and every offset it reports points at the text it claims."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.quotes.marks import find_marked_spans

from .conftest import Run

_PIECES = st.sampled_from(
    ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "\n", "\n\n", " ", ",", ".", ":",
     " he said", " said the minister", " according to Iran", " told reporters that",
     "Qomi", "We will win", "the so-called", " Taliban", "Pakistan’s", "—"]
)
_TEXT = st.one_of(
    st.lists(_PIECES, max_size=40).map("".join),
    st.text(max_size=200),
)


@given(_TEXT)
@settings(max_examples=300, deadline=None)
def test_marked_spans_are_valid(text: str) -> None:
    for span in find_marked_spans(text):
        assert 0 <= span.open_mark < span.start <= span.end <= len(text)
        assert span.close_mark is None or span.end <= span.close_mark < len(text)
        assert "\n" not in text[span.start : span.end]


@given(_TEXT)
@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_stage_never_crashes_and_offsets_hold(run_quotes: Run, text: str) -> None:
    doc = run_quotes(text)
    for q in doc.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        if q.cue_start is not None and q.cue_end is not None:
            assert text[q.cue_start : q.cue_end] == q.cue
        if q.speaker_start is not None and q.speaker_end is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text
        assert q.kind in ("direct", "indirect")
