"""Export round trips: what is read back from each format equals the table."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from tidings.errors import StoreError
from tidings.store import COLUMNS, EXPORT_TABLES, Store, column_names
from tidings.store.export import arrow_schema, export_table

from .helpers import MakeDoc


def read_back(path: Path, fmt: str, table: str) -> list[dict[str, Any]]:
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    if fmt == "parquet":
        t = pq.read_table(path)
        assert t.schema.equals(arrow_schema(table))
        return t.to_pylist()
    kinds = dict(COLUMNS[table])
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == list(column_names(table))
        for row in reader:
            conv = {"int": int, "real": float, "text": str}
            out.append({k: (conv[kinds[k]](v) if v != "" else None) for k, v in row.items()})
    return out


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_round_trip_every_table(store: Store, make_doc: MakeDoc, tmp_path: Path, fmt: str) -> None:
    store.save_many([make_doc("a1"), make_doc("a2", text="Zweite “Nachricht”, ünïcode.")])
    for table in EXPORT_TABLES:
        path = tmp_path / f"{table}.{fmt}"
        n = export_table(store, table, fmt, path)
        expected = list(store.iter_rows(table))
        assert n == len(expected) > 0
        assert read_back(path, fmt, table) == expected, (table, fmt)
        assert not list(tmp_path.glob(".*.partial"))


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_empty_table_keeps_schema(store: Store, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"events.{fmt}"
    assert export_table(store, "events", fmt, path) == 0
    assert read_back(path, fmt, "events") == []
    if fmt == "parquet":
        assert pq.read_table(path).column_names == list(column_names("events"))


def test_export_streams_in_batches(store: Store, make_doc: MakeDoc, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.store import export

    monkeypatch.setattr(export, "_BATCH", 3)  # several record batches and row groups
    store.save_many([make_doc(f"a{i:02d}") for i in range(10)])
    path = tmp_path / "mentions.parquet"
    assert export_table(store, "mentions", "parquet", path) == 30
    assert pq.ParquetFile(path).metadata.num_rows == 30


def test_export_errors(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot export"):
        export_table(store, "schema_version", "csv", tmp_path / "x.csv")
    with pytest.raises(StoreError, match="unknown export format"):
        export_table(store, "events", "xlsx", tmp_path / "x.xlsx")
    with pytest.raises(StoreError, match="does not exist"):
        export_table(store, "events", "csv", tmp_path / "missing" / "x.csv")
