"""The parallel and Spark paths give the same results as the plain pipeline."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from tidings.config import Settings
from tidings.contract import document_json
from tidings.ingest import Rejected, iter_articles
from tidings.records import Article
from tidings.scale import process_parallel
from tidings.scale.batch import run_local
from tidings.scale.tables import BATCH_TABLES, fold_events, stable_id

SAMPLE = Path(str(files("tidings") / "data" / "sample" / "articles"))
STAMP = "2026-01-01T00:00:00+00:00"


def sample_articles(settings: Settings, n: int) -> list[Article]:
    paths = sorted(SAMPLE.glob("*.txt"))[:n]
    return [a for a in iter_articles([str(p) for p in paths], settings)
            if not isinstance(a, Rejected)]


def write_jsonl(articles: list[Article], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for a in articles:
            record = {"id": a.id, "title": a.title, "text": a.text,
                      "published": a.published.isoformat() if a.published else None}
            out.write(json.dumps(record) + "\n")
    return path


def read_table(folder: Path) -> list[dict[str, Any]]:
    rows = pq.read_table(folder).to_pylist()
    for row in rows:
        row.pop("ingested_at", None)
        row.pop("source", None)  # a file path locally, the record's id on Spark
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))


def test_two_jobs_give_the_same_documents_as_one(settings: Settings) -> None:
    articles = sample_articles(settings, 4)
    one = [document_json(d) for d in process_parallel(articles, settings, jobs=1)]
    two = [document_json(d) for d in process_parallel(articles, settings, jobs=2)]
    assert [d["id"] for d in one] == [a.id for a in articles]  # input order kept
    assert one == two


def test_parallel_pulls_input_lazily(settings: Settings) -> None:
    pulled = 0

    def stream() -> Iterator[Article]:
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield Article(id=str(i), text="Iran and Pakistan held talks on Monday.")

    small = Settings(batch_size=2)
    it = process_parallel(stream(), small, jobs=1)
    next(it)
    assert pulled <= small.batch_size + 1  # one batch, not the whole stream


def test_fold_events_keeps_first_report_and_counts_mentions() -> None:
    base = {"event_date": "2024-01-17", "source_code": "IRNMIL", "target_code": "PAK",
            "source_name": "Iranian army", "target_name": "Pakistan",
            "cameo": "195", "num_mentions": 1, "folded_into": None,
            "negated": 0, "hypothetical": 0}
    # A denial ordered first is neither the first report nor folded (rows.fold_key).
    rows = [dict(base, article_id="0", idx=0, id=stable_id("0", 0), negated=1),
            dict(base, article_id="b", idx=0, id=stable_id("b", 0)),
            dict(base, article_id="a", idx=3, id=stable_id("a", 3)),
            dict(base, article_id="c", idx=1, id=stable_id("c", 1), cameo="040")]
    folded = {(r["article_id"], r["idx"]): r for r in fold_events(rows)}
    assert folded[("a", 3)]["folded_into"] is None
    assert folded[("a", 3)]["num_mentions"] == 2
    assert folded[("b", 0)]["folded_into"] == stable_id("a", 3)
    assert folded[("c", 1)]["folded_into"] is None
    assert (folded[("0", 0)]["folded_into"], folded[("0", 0)]["num_mentions"]) == (None, 1)


def test_local_batch_writes_every_table(settings: Settings, tmp_path: Path) -> None:
    articles = sample_articles(settings, 3)
    src = write_jsonl(articles, tmp_path / "in.jsonl")
    report = run_local([str(src)], tmp_path / "out", settings, jobs=1, ingested_at=STAMP)
    assert report.articles == 3
    for table in BATCH_TABLES:
        assert (tmp_path / "out" / table / "part-00000.parquet").is_file()
    assert len(read_table(tmp_path / "out" / "articles")) == 3


@pytest.mark.spark
def test_spark_output_is_identical_to_local(settings: Settings, tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime for Spark")
    from tidings.scale.spark import run_spark

    articles = sample_articles(settings, 5)
    src = write_jsonl(articles, tmp_path / "in.jsonl")
    run_local([str(src)], tmp_path / "local", settings, jobs=1, ingested_at=STAMP)
    counts = run_spark(str(src), str(tmp_path / "spark"), settings, master="local[2]",
                       ingested_at=STAMP)
    assert counts["articles"] == len(articles)
    for table in BATCH_TABLES:
        spark_rows = read_table(tmp_path / "spark" / table)
        assert spark_rows == read_table(tmp_path / "local" / table), table


def _table_dump(db: Path, table: str, order: str) -> list[tuple[Any, ...]]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        keep = [c for c in cols if c not in ("id", "ingested_at", "folded_into")]
        return list(conn.execute(f"SELECT {', '.join(keep)} FROM {table} ORDER BY {order}"))


def test_ingest_with_two_jobs_stores_what_one_job_stores(
    settings: Settings, tmp_path: Path
) -> None:
    from tidings.config import load_settings
    from tidings.jobs import ingest

    paths = [str(p) for p in sorted(SAMPLE.glob("*.txt"))[:6]]
    for jobs in (1, 2):
        db = tmp_path / f"j{jobs}.db"
        report = ingest(paths, load_settings(db=f"sqlite:///{db}", jobs=jobs, batch_size=2))
        assert report.counts()["stored"] == len(paths)
    for table, order in (("articles", "id"), ("events", "article_id, idx"),
                         ("quotes", "article_id, idx"),
                         ("mentions", "article_id, start_char, end_char")):
        assert _table_dump(tmp_path / "j1.db", table, order) == _table_dump(
            tmp_path / "j2.db", table, order), table


def test_import_parquet_stores_what_ingest_stores(settings: Settings, tmp_path: Path) -> None:
    from tidings.config import load_settings
    from tidings.jobs import ingest
    from tidings.scale.load import import_parquet
    from tidings.store import open_store

    paths = [str(p) for p in sorted(SAMPLE.glob("*.txt"))[:5]]
    ingest(paths, load_settings(db=f"sqlite:///{tmp_path / 'direct.db'}"))
    run_local(paths, tmp_path / "out", settings, jobs=1)
    with open_store(f"sqlite:///{tmp_path / 'imported.db'}") as store:
        assert import_parquet(tmp_path / "out", store) == {"stored": 5, "skipped": 0}
        assert import_parquet(tmp_path / "out", store) == {"stored": 0, "skipped": 5}
    for table, order in (("articles", "id"), ("events", "article_id, idx"),
                         ("quotes", "article_id, idx"), ("places", "article_id, idx"),
                         ("mentions", "article_id, start_char, end_char")):
        direct = _table_dump(tmp_path / "direct.db", table, order)
        assert direct == _table_dump(tmp_path / "imported.db", table, order), table
