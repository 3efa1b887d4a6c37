"""The ingest job with the real pipeline: batches, reruns, and per-input outcomes."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from tidings.config import Settings
from tidings.document import Document, Stage
from tidings.jobs import ALREADY_STORED, IngestItem, ingest
from tidings.pipeline import DEFAULT_STAGES, Pipeline
from tidings.store import open_store

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "tidings" / "data" / "sample" / "articles"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Six real sample articles in a fresh directory."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(SAMPLE.glob("*.txt"))[:6]:
        shutil.copy(path, folder / path.name)
    return folder


def db_settings(settings: Settings, tmp_path: Path, **changes: object) -> Settings:
    return replace(settings, db=f"sqlite:///{tmp_path / 'job.db'}", **changes)


def test_ingest_then_rerun_stores_each_article_once(
    corpus: Path, tmp_path: Path, settings: Settings, pipeline: Pipeline
) -> None:
    s = db_settings(settings, tmp_path, batch_size=4)
    first = ingest([str(corpus)], s, pipeline=pipeline)
    assert first.counts() == {"stored": 6, "skipped": 0, "failed": 0}
    assert not first.failed
    with open_store(s.db) as store:
        before = store.stats()
        quotes = store.scalar("SELECT count(*) FROM quotes")
    assert before["articles"] == 6 and quotes > 0
    ids = {i.article_id for i in first.items}
    assert ids == {p.stem for p in corpus.glob("*.txt")}

    second = ingest([str(corpus)], s, pipeline=pipeline)
    assert second.counts() == {"stored": 0, "skipped": 6, "failed": 0}
    assert all(i.reason.startswith(ALREADY_STORED) for i in second.items)
    with open_store(s.db) as store:
        after = store.stats()
        assert store.scalar("SELECT count(*) FROM quotes") == quotes
        assert store.scalar("SELECT count(*) FROM rejections") == 0
    assert after == before


def test_every_input_gets_an_outcome(
    corpus: Path, tmp_path: Path, settings: Settings, pipeline: Pipeline
) -> None:
    files = sorted(corpus.glob("*.txt"))
    (corpus / "empty.txt").write_text("")
    shutil.copy(files[0], tmp_path / "exact-copy.txt")
    lines = files[1].read_text("utf-8").splitlines()
    # A near-duplicate: the same story with one word changed.
    near = "\n".join(lines).replace(" the ", " this ", 1)
    (tmp_path / "near-copy.txt").write_text(near, "utf-8")
    sources = [str(corpus), str(tmp_path / "exact-copy.txt"), str(tmp_path / "near-copy.txt"),
               str(tmp_path / "missing.txt")]
    # Batches of 2: the original is committed before its exact copy is read,
    # and the copy must still be reported as a duplicate, not as "already stored".
    report = ingest(sources, db_settings(settings, tmp_path, batch_size=2), pipeline=pipeline)
    by_source = {Path(i.source).name: i for i in report.items}
    assert by_source["missing.txt"].status == "failed"
    assert by_source["empty.txt"].status == "skipped"
    assert by_source["exact-copy.txt"].status == "skipped"
    assert by_source["exact-copy.txt"].reason == f"duplicate of {files[0].stem}"
    assert by_source["near-copy.txt"].status == "stored"
    assert report.counts() == {"stored": 7, "skipped": 2, "failed": 1}
    assert report.failed
    with open_store(db_settings(settings, tmp_path).db) as store:
        dup = store.query("SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL")
        assert dup == [{"id": "near-copy", "duplicate_of": files[1].stem}]
        # A near-duplicate is kept but not analysed a second time.
        assert store.scalar("SELECT count(*) FROM quotes WHERE article_id = 'near-copy'") == 0
        reasons = {r["reason"] for r in store.query("SELECT reason FROM rejections")}
        assert f"duplicate of {files[0].stem}" in reasons


def _stage(name: str, func: object) -> Stage:
    return Stage(name=name, requires=("events",), assigns=("events",), func=func)  # type: ignore[arg-type]


def test_pipeline_and_store_failures_hit_only_their_article(
    corpus: Path, tmp_path: Path, settings: Settings, pipeline: Pipeline
) -> None:
    files = sorted(corpus.glob("*.txt"))
    crash_id, unsavable_id = files[1].stem, files[3].stem

    def sabotage(doc: Document) -> Document:
        if doc.article.id == crash_id:
            raise RuntimeError("stage exploded")
        if doc.article.id == unsavable_id:
            # An event the database refuses (cameo is NOT NULL) after the article row.
            from tidings.records import Actor, Event

            bad = Event(Actor("x", None, None), Actor("y", None, None), None,  # type: ignore[arg-type]
                        "01", 1, 0.0, "s", 0, 1)
            return doc.replace(events=(*doc.events, bad))
        return doc

    broken = Pipeline(settings, stages=(*DEFAULT_STAGES, _stage("sabotage", sabotage)))
    s = db_settings(settings, tmp_path, batch_size=3)
    report = ingest([str(corpus)], s, pipeline=broken)
    outcome = {i.article_id: i for i in report.items}
    assert outcome[crash_id].status == "failed"
    assert "RuntimeError: stage exploded" in outcome[crash_id].reason
    assert outcome[unsavable_id].status == "failed"
    assert outcome[unsavable_id].reason.startswith("store error")
    assert report.counts() == {"stored": 4, "skipped": 0, "failed": 2}
    with open_store(s.db) as store:
        stored = {r["id"] for r in store.query("SELECT id FROM articles")}
        assert stored == {p.stem for p in files} - {crash_id, unsavable_id}
        # No orphan rows of the article whose save was rolled back.
        for table in ("quotes", "events", "mentions", "places", "actors"):
            assert store.scalar(f"SELECT count(*) FROM {table} WHERE article_id = ?",
                                (unsavable_id,)) == 0
        assert store.scalar("SELECT count(*) FROM rejections WHERE status = 'failed'") == 2
    # A rerun with a working pipeline completes the work.
    rerun = ingest([str(corpus)], s, pipeline=pipeline)
    assert rerun.counts() == {"stored": 2, "skipped": 4, "failed": 0}


def test_each_batch_is_committed_before_the_next_runs(
    corpus: Path, tmp_path: Path, settings: Settings, pipeline: Pipeline
) -> None:
    s = db_settings(settings, tmp_path, batch_size=2)
    seen: list[tuple[IngestItem, int]] = []

    def progress(item: IngestItem) -> None:
        # Another connection sees what this run has committed so far.
        with sqlite3.connect(tmp_path / "job.db") as other:
            seen.append((item, other.execute("SELECT count(*) FROM articles").fetchone()[0]))

    ingest([str(corpus)], s, pipeline=pipeline, progress=progress)
    assert [n for _, n in seen] == [2, 2, 4, 4, 6, 6]


def test_later_runs_seed_dedup_from_stored_signatures(
    corpus: Path, tmp_path: Path, settings: Settings, pipeline: Pipeline,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tidings.ingest.dedup import Deduplicator

    hashed: list[int] = []
    real = Deduplicator._minhash

    def counting(self: Deduplicator, text: str) -> object:
        hashed.append(len(text))
        return real(self, text)

    monkeypatch.setattr(Deduplicator, "_minhash", counting)
    s = db_settings(settings, tmp_path)
    ingest([str(corpus)], s, pipeline=pipeline)
    assert len(hashed) == 6
    with open_store(s.db) as store:
        assert store.scalar("SELECT count(*) FROM article_signatures") == 6

    # A second run hashes only its new input, not the six stored texts, and still
    # finds that the new input is a near copy of a stored article.
    hashed.clear()
    first = sorted(corpus.glob("*.txt"))[0]
    head, _, tail = first.read_text("utf-8").rpartition(" the ")  # one word of the body
    (tmp_path / "near-copy.txt").write_text(f"{head} this {tail}", "utf-8")
    ingest([str(tmp_path / "near-copy.txt")], s, pipeline=pipeline)
    assert len(hashed) == 1
    with open_store(s.db) as store:
        assert store.query("SELECT duplicate_of FROM articles WHERE id = 'near-copy'") == [
            {"duplicate_of": first.stem}]


def test_articles_without_signatures_are_hashed_once_then_kept(
    corpus: Path, tmp_path: Path, settings: Settings, pipeline: Pipeline
) -> None:
    """A store filled before signatures were kept (or by an import) is backfilled."""
    s = db_settings(settings, tmp_path)
    ingest([str(corpus)], s, pipeline=pipeline)
    with open_store(s.db) as store:
        store.execute("DELETE FROM article_signatures")
    ingest([], s, pipeline=pipeline)
    with open_store(s.db) as store:
        assert store.scalar("SELECT count(*) FROM article_signatures") == 6


def test_exact_only_dedup_reads_no_stored_text(
    corpus: Path, tmp_path: Path, settings: Settings, pipeline: Pipeline
) -> None:
    s = db_settings(settings, tmp_path, near_duplicate_threshold=1.0)
    ingest([str(corpus)], s, pipeline=pipeline)
    with open_store(s.db) as store:
        assert store.scalar("SELECT count(*) FROM article_signatures") == 0
        assert all(k.text is None for k in store.known_articles(None))
    again = ingest([str(corpus)], s, pipeline=pipeline)
    assert again.counts() == {"stored": 0, "skipped": 6, "failed": 0}
