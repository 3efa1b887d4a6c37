"""Properties that must hold for any input, not just the fixtures."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.ingest import content_hash, normalise_date, parse_plain_text

_WORD = st.text(alphabet=st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=8)
_SENTENCE = st.lists(_WORD, min_size=1, max_size=12).map(lambda w: " ".join(w) + ".")
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(title=_SENTENCE, paragraphs=st.lists(_PARAGRAPH, min_size=1, max_size=5))
def test_plain_text_body_is_an_exact_slice_of_the_file(title: str, paragraphs: list[str]) -> None:
    raw = f"{title}\n2024-02-14\n\n" + "\n\n".join(paragraphs) + "\n"
    parsed = parse_plain_text(raw)
    assert parsed.title == title
    start = raw.index(parsed.text)
    # Offsets into Article.text are offsets into the file shifted by one constant.
    assert raw[start : start + len(parsed.text)] == parsed.text
    assert parsed.text.split("\n\n")[-1] == paragraphs[-1]
    if parsed.dateline is None:
        assert parsed.text == "\n\n".join(paragraphs)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_normalise_date_never_raises(value: str) -> None:
    result = normalise_date(value)
    assert result is None or 1800 <= result.year <= 2200


@settings(max_examples=100, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=30), st.sampled_from([" ", "  ", "\n", "\t", " \n "]))
def test_content_hash_ignores_layout(words: list[str], gap: str) -> None:
    assert content_hash(" ".join(words)) == content_hash(gap.join(words) + "\n")
