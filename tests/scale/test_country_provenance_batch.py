"""Where a side's country came from, in batch output and Parquet import (schema version 7)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from store.helpers import build_doc
from store.test_country_provenance_store import provenance_doc
from tidings.scale.load import import_parquet
from tidings.scale.tables import BATCH_TABLES, arrow_schema, document_table_rows, fold_events

STAMP = "2024-02-15T00:00:00+00:00"
NEW = {"events": ("country_from_place", "country_from_article"),
       "quotes": ("speaker_country_from_article",)}


def _output(out: Path, *, earlier_version: bool) -> Path:
    """Batch output of one document; ``earlier_version`` drops the version-7 columns."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in BATCH_TABLES}
    for table, row in document_table_rows(provenance_doc(build_doc), STAMP):
        rows[table].append(row)
    rows["events"] = fold_events(rows["events"])
    for table in BATCH_TABLES:
        schema = arrow_schema(table)
        if earlier_version:
            for name in NEW.get(table, ()):
                schema = schema.remove(schema.get_field_index(name))
                for row in rows[table]:
                    del row[name]
        (out / table).mkdir(parents=True)
        pq.write_table(pa.Table.from_pylist(rows[table], schema=schema),
                       out / table / "part-00000.parquet")
    return out


@pytest.mark.parametrize("earlier_version", [False, True])
def test_batch_output_and_import(tmp_path: Path, earlier_version: bool) -> None:
    from tidings.store import open_store

    out = _output(tmp_path / "out", earlier_version=earlier_version)
    if not earlier_version:
        events = pq.read_table(out / "events").to_pylist()
        assert [e["country_from_article"] for e in events] == ["source", "none", "none"]
    with open_store(f"sqlite:///{tmp_path / 'db.sqlite'}") as store:
        assert import_parquet(out, store) == {"stored": 1, "skipped": 0}
        got = [(r["country_from_place"], r["country_from_article"]) for r in store.query(
            "SELECT country_from_place, country_from_article FROM events ORDER BY idx")]
        flags = [r["f"] for r in store.query(
            "SELECT speaker_country_from_article AS f FROM quotes ORDER BY idx")]
    if earlier_version:
        assert got == [(None, None)] * 3 and flags == [None, None]
    else:
        assert got == [("none", "source"), ("target", "none"), ("none", "none")]
        assert flags == [1, 0]
