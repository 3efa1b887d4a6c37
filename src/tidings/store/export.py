"""Streaming export of a table to CSV, JSON Lines or Parquet.

Rows are read in batches and written as they come, so exporting a large table
needs little memory. The column list and types are fixed per table (from
:mod:`tidings.store.schema`), so an empty export still has the right schema.
The file appears under its name only once complete.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from tidings.errors import StoreError
from tidings.store.schema import COLUMNS, EXPORT_TABLES, column_names

if TYPE_CHECKING:
    from tidings.store.store import Store

__all__ = ["FORMATS", "ExportFormat", "arrow_schema", "export_table", "whole_file"]

ExportFormat = Literal["csv", "jsonl", "parquet"]
FORMATS: tuple[ExportFormat, ...] = ("csv", "jsonl", "parquet")
_BATCH = 5000


def arrow_schema(table: str) -> Any:
    """The fixed pyarrow schema of ``table``."""
    import pyarrow as pa

    kinds = {"text": pa.string(), "int": pa.int64(), "real": pa.float64()}
    return pa.schema([pa.field(name, kinds[kind]) for name, kind in COLUMNS[table]])


def export_table(store: Store, table: str, fmt: str, output: str | os.PathLike[str]) -> int:
    """Write every row of ``table`` to ``output``; return the number of rows."""
    if table not in EXPORT_TABLES:
        raise StoreError(f"cannot export {table!r}: choose one of {', '.join(EXPORT_TABLES)}")
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    path = Path(output)
    if not path.parent.is_dir():
        raise StoreError(f"cannot write {path}: directory {path.parent} does not exist")
    writer = {"csv": _write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet}[fmt]
    try:
        with whole_file(path) as partial:
            return writer(store.iter_rows(table), table, partial)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc


@contextmanager
def whole_file(path: Path) -> Iterator[Path]:
    """A hidden file beside ``path`` to write to, put in ``path``'s place when the block
    ends without an error and removed otherwise: a failed export never leaves a truncated
    file that looks whole under the name asked for."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _write_csv(rows: Iterator[dict[str, Any]], table: str, path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=column_names(table))
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _write_jsonl(rows: Iterator[dict[str, Any]], table: str, path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def _write_parquet(rows: Iterator[dict[str, Any]], table: str, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(table)
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        while batch := list(islice(rows, _BATCH)):
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
            count += len(batch)
        if count == 0:
            writer.write_table(schema.empty_table())
    return count
