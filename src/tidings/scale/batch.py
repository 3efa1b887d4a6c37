"""``tidings batch --engine local``: files in, Parquet tables out, on local cores.

The output layout is the Spark engine's: one directory per table
(``OUTPUT/events/part-00000.parquet``), readable by DuckDB
(``read_parquet('OUTPUT/events/*.parquet')``), Spark SQL or pandas, and
loadable into the store.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from tidings.config import Settings
from tidings.ingest import Rejected, iter_articles
from tidings.records import Article
from tidings.scale.parallel import process_parallel
from tidings.scale.tables import (
    BATCH_TABLES,
    arrow_schema,
    document_table_rows,
    fold_events,
)

__all__ = ["BatchReport", "run_local", "write_events"]

_FLUSH_ROWS = 5_000


@dataclass
class BatchReport:
    articles: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


class _TableWriter:
    """Buffers rows per table and appends them to one Parquet file per table."""

    def __init__(self, output: Path, table: str) -> None:
        self.schema = arrow_schema(table)
        folder = output / table
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "part-00000.parquet"
        self.writer = pq.ParquetWriter(self.path, self.schema)
        self.buffer: list[dict[str, Any]] = []
        self.count = 0

    def add(self, row: dict[str, Any]) -> None:
        self.buffer.append(row)
        if len(self.buffer) >= _FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.count += len(self.buffer)
            self.buffer = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def _articles(inputs: Sequence[str], settings: Settings, report: BatchReport) -> Iterator[Article]:
    for item in iter_articles(inputs, settings):
        if isinstance(item, Rejected):
            report.rejected.append(item)
        elif item.duplicate_of is None:  # near-duplicates are not coded twice
            yield item


def write_events(events: list[dict[str, Any]], output: Path) -> int:
    """Fold events across articles and write the events table."""
    folder = output / "events"
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(fold_events(events), schema=arrow_schema("events"))
    pq.write_table(table, folder / "part-00000.parquet")
    return int(table.num_rows)


def run_local(
    inputs: Sequence[str], output: Path, settings: Settings, *, jobs: int | None = None,
    ingested_at: str | None = None,
) -> BatchReport:
    """Process ``inputs`` with ``jobs`` worker processes and write Parquet tables."""
    stamp = ingested_at or datetime.now(UTC).isoformat(timespec="seconds")
    report = BatchReport()
    writers = {t: _TableWriter(output, t) for t in BATCH_TABLES if t != "events"}
    events: list[dict[str, Any]] = []
    try:
        for doc in process_parallel(_articles(inputs, settings, report), settings, jobs):
            report.articles += 1
            for table, row in document_table_rows(doc, stamp):
                if table == "events":
                    events.append(row)
                else:
                    writers[table].add(row)
    finally:
        for w in writers.values():
            w.close()
    report.rows = {t: w.count for t, w in writers.items()}
    report.rows["events"] = write_events(events, output)
    return report
