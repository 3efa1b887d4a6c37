"""``tidings batch --engine spark``: the same pipeline on Apache Spark.

Design:
- Input is read by Spark, so any path Spark understands works (local, HDFS,
  S3 with the right connector): JSONL (``spark.read.json``), Parquet, or WARC
  (``binaryFiles``; each file is parsed on the executor by the ingest code).
- Articles become :class:`~tidings.records.Article` with the same ingest
  functions as the local path, exact duplicates (content hash) are dropped,
  then ``mapPartitions`` runs :class:`~tidings.pipeline.Pipeline` — the spaCy
  model is loaded once per executor process (``load_nlp`` is cached) — and
  emits rows with :func:`tidings.scale.tables.document_table_rows`, the code
  the local engine uses. There is no second implementation of any stage.
- Events are folded across articles with a window function ordered exactly as
  :func:`tidings.scale.tables.fold_events` orders them.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tidings.config import Settings
from tidings.errors import ConfigError
from tidings.ingest import Rejected
from tidings.records import Article
from tidings.scale.tables import BATCH_TABLES, document_table_rows
from tidings.store.schema import COLUMNS, column_names

__all__ = ["guess_format", "run_spark"]

_FORMATS = ("jsonl", "parquet", "warc")


def guess_format(path: str) -> str:
    name = path.rstrip("/").lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith((".jsonl", ".json", ".jsonl.gz", ".ndjson")):
        return "jsonl"
    raise ConfigError(
        f"cannot tell the input format of {path!r}; pass --input-format {'|'.join(_FORMATS)}"
    )


def _prepare(record: dict[str, Any]) -> Article | Rejected:
    """One input record as the local ingest path would make it (minus near-dup checks)."""
    from tidings.errors import InputError
    from tidings.ingest import content_hash, detect_language
    from tidings.ingest.structured import article_from_record

    source = str(record.get("url") or record.get("id") or "record")
    try:
        article = article_from_record(record, source=source)
    except InputError as exc:
        return Rejected(source, exc.reason, "failed")
    language = detect_language(article.text)
    if language != "en":
        return Rejected(source, f"non-English text (detected: {language})", "skipped")
    return replace(article, language=language, content_hash=content_hash(article.text))


def _records_to_articles(records: Iterable[dict[str, Any]]) -> Iterator[Article | Rejected]:
    for record in records:
        yield _prepare(record)


def _warc_to_articles(files: Iterable[tuple[str, bytes]], settings: Settings
                      ) -> Iterator[Article | Rejected]:
    from tidings.ingest import iter_articles

    for name, data in files:
        suffix = ".warc.gz" if name.endswith(".gz") else ".warc"
        with tempfile.NamedTemporaryFile(suffix=suffix) as tmp:
            tmp.write(data)
            tmp.flush()
            for item in iter_articles([tmp.name], settings):
                yield (Rejected(name, item.reason, item.status)
                       if isinstance(item, Rejected) else item)


def _process_partition(articles: Iterable[Article], settings: Settings, stamp: str
                       ) -> Iterator[tuple[str, tuple[Any, ...]]]:
    from tidings.pipeline import Pipeline

    pipeline = Pipeline(settings)  # cheap after the first call: the model is cached per process
    for doc in pipeline.run(articles):
        for table, row in document_table_rows(doc, stamp):
            yield table, tuple(row[c] for c in column_names(table))


def _spark_schema(table: str) -> Any:
    from pyspark.sql import types as T

    kinds = {"text": T.StringType(), "int": T.LongType(), "real": T.DoubleType()}
    return T.StructType([T.StructField(n, kinds[k], True) for n, k in COLUMNS[table]])


def _fold(events: Any) -> Any:
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    # The store's fold key (tidings.store.rows.row_fold_key): a blank side of a
    # one-sided event (NULL name) is "", so it folds only with a blank side. An
    # actor with no code ("" or NULL) is NULL here, never "": an incomplete row must
    # not share a window with complete ones, or it could become their first report.
    def side(name: str) -> Any:
        code = F.col(f"{name}_code")
        return F.when(F.col(f"{name}_name").isNull(), F.lit("")).otherwise(
            F.when(code != "", code))

    keys = [F.col("event_date"), side("source"), side("target"), F.col("cameo")]
    complete = F.lit(True)
    for k in (keys[0], keys[3]):
        complete = complete & k.isNotNull() & (k != "")
    for k in (keys[1], keys[2]):
        complete = complete & k.isNotNull()
    # Negated and hypothetical events have no fold key (rows.fold_key).
    complete = complete & (F.col("negated") == 0) & (F.col("hypothetical") == 0)
    ordered = Window.partitionBy(*keys).orderBy("article_id", "idx")
    whole = Window.partitionBy(*keys)
    first_id = F.first("id").over(ordered)
    is_root = F.col("id") == first_id
    return events.select(
        *[c for c in events.columns if c not in ("num_mentions", "folded_into")],
        F.when(complete & is_root, F.sum("num_mentions").over(whole))
        .otherwise(F.col("num_mentions")).alias("num_mentions"),
        F.when(complete & ~is_root, first_id).otherwise(F.lit(None).cast("long"))
        .alias("folded_into"),
    ).select(*column_names("events"))


def _read_articles(spark: Any, path: str, fmt: str, settings: Settings) -> Any:
    if fmt == "warc":
        files = spark.sparkContext.binaryFiles(path)
        return files.mapPartitions(lambda it: _warc_to_articles(it, settings))
    frame = spark.read.parquet(path) if fmt == "parquet" else spark.read.json(path)
    return frame.rdd.map(lambda r: r.asDict()).mapPartitions(
        _records_to_articles
    )


def _session(master: str | None) -> Any:
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        raise ConfigError("Spark needs a Java runtime (17+): install it or set JAVA_HOME")
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise ConfigError("the Spark engine needs the extra: pip install 'tidings[spark]'") from exc
    from pyspark import SparkConf

    builder = SparkSession.builder.appName("tidings-batch").config("spark.ui.enabled", "false")
    # Under spark-submit the driver's conf already holds the --master it was given.
    if master:
        builder = builder.master(master)
    elif not SparkConf().contains("spark.master"):
        builder = builder.master("local[*]")
    if (master or "local").startswith("local"):
        # Local executors must run this interpreter, the one where tidings is installed.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return builder.getOrCreate()


def run_spark(
    input_path: str, output: str, settings: Settings, *, master: str | None = None,
    input_format: str | None = None, ingested_at: str | None = None,
) -> dict[str, int]:
    """Run the pipeline on Spark and write one Parquet directory per table."""
    fmt = input_format or guess_format(input_path)
    if fmt not in _FORMATS:
        raise ConfigError(f"unknown input format {fmt!r}; use one of {', '.join(_FORMATS)}")
    stamp = ingested_at or datetime.now(UTC).isoformat(timespec="seconds")
    spark = _session(master)
    items = _read_articles(spark, input_path, fmt, settings).cache()
    rejected = items.filter(lambda x: isinstance(x, Rejected)).map(
        lambda r: (r.source, r.reason, r.status, stamp))
    articles = (
        items.filter(lambda x: isinstance(x, Article) and x.duplicate_of is None)
        .keyBy(lambda a: a.content_hash or a.id)
        .reduceByKey(lambda a, b: a if a.id <= b.id else b)  # exact duplicates: keep one
        .values()
    )
    rows = articles.mapPartitions(lambda it: _process_partition(it, settings, stamp)).cache()
    counts: dict[str, int] = {}
    for table in BATCH_TABLES:
        frame = spark.createDataFrame(
            rows.filter(lambda tr, t=table: tr[0] == t).map(lambda tr: tr[1]),
            _spark_schema(table),
        )
        if table == "events":
            frame = _fold(frame)
        frame.write.mode("overwrite").parquet(str(Path(output) / table) if "://" not in output
                                              else f"{output.rstrip('/')}/{table}")
        counts[table] = frame.count()
    rej = spark.createDataFrame(rejected, _spark_schema("rejections"))
    rej.write.mode("overwrite").parquet(f"{output.rstrip('/')}/rejections")
    counts["rejections"] = rej.count()
    return counts
