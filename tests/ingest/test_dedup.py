"""Exact duplicates are set aside; near duplicates (reprinted wire copy) are marked."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.config import Settings
from tidings.ingest import Deduplicator, Rejected, content_hash
from tidings.records import Article

from .helpers import SAMPLE, run

STORY = (SAMPLE / "003-pakistan-diplomat-kabul-assassination-attempt.txt").read_text("utf-8")
BODY = STORY.split("\n", 3)[3]


def _write(path: Path, title: str, body: str) -> Path:
    path.write_text(f"{title}\n2022-12-02\n\n{body}", encoding="utf-8")
    return path


def test_exact_duplicate_is_skipped_with_the_first_id(tmp_path: Path) -> None:
    first = _write(tmp_path / "a-original.txt", "Diplomat survives attack", BODY)
    # Same text, different layout (extra spaces, line endings) and title: still the same hash.
    copy = _write(tmp_path / "b-copy.txt", "Other headline",
                  BODY.replace(". ", ".  ").replace("\n", "\r\n"))
    outcome = run(first, copy)
    assert [a.id for a in outcome.articles] == ["a-original"]
    (dup,) = outcome.rejected
    assert (dup.reason, dup.status) == ("duplicate of a-original", "skipped")
    assert dup.source == str(copy)


def test_near_duplicate_is_kept_and_marked(tmp_path: Path) -> None:
    """The same wire story under another headline, with one sentence edited."""
    sentence = "No one immediately claimed responsibility for the attack."
    assert sentence in BODY
    edited = BODY.replace(sentence, "No group has yet claimed responsibility for the attack.")
    first = _write(tmp_path / "a-wire.txt", "Pakistan's Top Diplomat Survives Attack", BODY)
    reprint = _write(tmp_path / "b-reprint.txt", "Gunmen fire on Pakistan envoy in Kabul", edited)
    other = SAMPLE / "004-afghan-refugees-return-pakistan-deadline.txt"
    outcome = run(first, reprint, other)
    assert not outcome.rejected
    wire, copy, unrelated = outcome.articles
    assert wire.duplicate_of is None
    assert copy.duplicate_of == "a-wire"
    assert copy.text != wire.text and copy.content_hash != wire.content_hash
    assert unrelated.duplicate_of is None


def test_rewritten_story_is_not_a_near_duplicate(tmp_path: Path) -> None:
    paragraphs = BODY.split("\n\n")
    half = "\n\n".join(paragraphs[: len(paragraphs) // 2])
    first = _write(tmp_path / "a.txt", "Full story", BODY)
    short = _write(tmp_path / "b.txt", "Half the story", half)
    outcome = run(first, short)
    assert [a.duplicate_of for a in outcome.articles] == [None, None]


def test_add_existing_seeds_from_the_store() -> None:
    dedup = Deduplicator(0.9)
    dedup.add_existing("stored-1", BODY, content_hash(BODY))
    exact = dedup.check(Article(id="new", text=BODY, source="x.txt"))
    assert exact == Rejected("x.txt", "duplicate of stored-1", "skipped")
    near = dedup.check(Article(id="new", text=BODY.replace("Friday", "on Friday"), source="y"))
    assert isinstance(near, Article)
    assert near.duplicate_of == "stored-1"
    assert near.content_hash == content_hash(near.text)


def test_iter_articles_uses_the_given_deduplicator(tmp_path: Path) -> None:
    dedup = Deduplicator(Settings().near_duplicate_threshold)
    dedup.add_existing("already-stored", BODY)
    path = _write(tmp_path / "again.txt", "Diplomat survives attack", BODY)
    outcome = run(path, dedup=dedup)
    assert outcome.reasons() == ["duplicate of already-stored"]


def test_colliding_ids_are_made_unique(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = _write(tmp_path / "a" / "story.txt", "One", BODY)
    two = _write(tmp_path / "b" / "story.txt", "Two",
                 (SAMPLE / "004-afghan-refugees-return-pakistan-deadline.txt").read_text())
    ids = [a.id for a in run(one, two).articles]
    assert ids[0] == "story"
    assert ids[1].startswith("story-") and ids[1] != ids[0]
    assert ids == [a.id for a in run(one, two).articles]  # stable across runs


def test_threshold_one_turns_near_duplicate_detection_off() -> None:
    sentence = "No one immediately claimed responsibility for the attack."
    edited = BODY.replace(sentence, "No group has yet claimed responsibility for the attack.")
    dedup = Deduplicator(1.0)
    first = dedup.check(Article(id="wire", text=BODY))
    reprint = dedup.check(Article(id="reprint", text=edited))
    again = dedup.check(Article(id="again", text=BODY))
    assert isinstance(first, Article) and isinstance(reprint, Article)
    assert reprint.duplicate_of is None  # only exact copies are caught
    assert isinstance(again, Rejected) and again.reason == "duplicate of wire"


def test_stored_signature_stands_in_for_the_text() -> None:
    """A signature kept from an earlier run finds the same near copies as the text."""
    earlier = Deduplicator(0.9)
    assert isinstance(earlier.check(Article(id="stored-1", text=BODY)), Article)
    signature = earlier.signature("stored-1")
    assert signature is not None and len(signature) == 128 * 4

    later = Deduplicator(0.9)
    assert later.scheme == earlier.scheme
    later.add_existing("stored-1", None, content_hash(BODY), signature)
    near = later.check(Article(id="new", text=BODY.replace("Friday", "on Friday")))
    assert isinstance(near, Article) and near.duplicate_of == "stored-1"
    unrelated = later.check(Article(id="other", text=STORY.upper()[::-1]))
    assert isinstance(unrelated, Article) and unrelated.duplicate_of is None


def test_signature_of_another_size_is_refused() -> None:
    with pytest.raises(ValueError, match="128"):
        Deduplicator(0.9).add_existing("a", None, "h", b"\x00" * 64)
