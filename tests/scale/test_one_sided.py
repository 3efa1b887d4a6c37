"""One-sided events (issue #5) fold in batch output, Spark and Parquet import as in the store."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from store.helpers import DAESH, IRAN, PAKISTAN, build_doc, event
from tidings.document import Document
from tidings.records import Actor
from tidings.scale.batch import write_events
from tidings.scale.load import import_parquet
from tidings.scale.tables import BATCH_TABLES, arrow_schema, document_table_rows, fold_events
from tidings.store import open_store

STAMP = "2024-02-15T00:00:00+00:00"
NO_CODE = Actor("some protesters", None, None)


def _docs() -> list[Document]:
    return [
        build_doc("a1", events=(event(IRAN, None, "145"), event(IRAN, PAKISTAN, "145"),
                                event(None, IRAN, "145"))),
        build_doc("a2", events=(event(IRAN, None, "145"), event(None, IRAN, "145"),
                                event(IRAN, NO_CODE, "145"), event(None, DAESH, "183"))),
        build_doc("a3", events=(event(None, DAESH, "183", num_mentions=2),
                                event(IRAN, NO_CODE, "145"))),
    ]


def _event_rows(docs: list[Document]) -> list[dict[str, Any]]:
    return [row for d in docs for t, row in document_table_rows(d, STAMP) if t == "events"]


def _folding(rows: list[dict[str, Any]]) -> dict[tuple[str, int], tuple[Any, int]]:
    """(article, idx) -> ((article, idx) of the first report or None, num_mentions)."""
    where = {r["id"]: (r["article_id"], r["idx"]) for r in rows}
    return {(r["article_id"], r["idx"]): (where.get(r["folded_into"]), r["num_mentions"])
            for r in rows}


def _stored_folding(db: Path) -> dict[tuple[str, int], tuple[Any, int]]:
    with open_store(f"sqlite:///{db}") as store:
        return _folding(store.query("SELECT * FROM events"))


def test_batch_folding_agrees_with_the_store(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        for doc in _docs():
            store.save(doc)
    folded = _folding(fold_events(_event_rows(_docs())))
    assert folded == _stored_folding(tmp_path / "s.db")
    assert folded[("a2", 0)] == (("a1", 0), 1) and folded[("a1", 0)] == (None, 2)
    assert folded[("a3", 0)] == (("a2", 3), 2) and folded[("a2", 3)] == (None, 3)
    assert folded[("a2", 2)] == (None, 1) and folded[("a3", 1)] == (None, 1)


def _batch_output(out: Path, docs: list[Document], empty_code: str = "") -> Path:
    """Batch output of ``docs`` in ``out``; codes of actors named ``empty_code`` are "" as
    output of earlier versions holds them."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in BATCH_TABLES}
    for doc in docs:
        for table, row in document_table_rows(doc, STAMP):
            rows[table].append(row)
    for row in rows["events"]:
        for side in ("source", "target"):
            if empty_code and row[f"{side}_name"] == empty_code:
                row[f"{side}_code"] = ""
    for table in BATCH_TABLES:
        if table != "events":
            (out / table).mkdir(parents=True)
            pq.write_table(pa.Table.from_pylist(rows[table], schema=arrow_schema(table)),
                           out / table / "part-00000.parquet")
    write_events(rows["events"], out)
    return out


def test_parquet_import_folds_one_sided_events_like_a_save(tmp_path: Path) -> None:
    out = _batch_output(tmp_path / "out", _docs())
    with open_store(f"sqlite:///{tmp_path / 'direct.db'}") as store:
        for doc in _docs():
            store.save(doc)
    with open_store(f"sqlite:///{tmp_path / 'imported.db'}") as store:
        assert import_parquet(out, store) == {"stored": 3, "skipped": 0}
    assert _stored_folding(tmp_path / "imported.db") == _stored_folding(tmp_path / "direct.db")


def _spark_fold(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The event rows folded by the Spark engine (local mode)."""
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime for Spark")
    from tidings.scale.spark import _fold, _session, _spark_schema
    from tidings.store.schema import column_names

    spark = _session("local[2]")
    frame = spark.createDataFrame([tuple(r[c] for c in column_names("events")) for r in rows],
                                  _spark_schema("events"))
    return [r.asDict() for r in _fold(frame).collect()]


@pytest.mark.spark
def test_spark_folds_one_sided_events_like_the_local_engine() -> None:
    folded = _spark_fold(_event_rows(_docs()))
    assert _folding(folded) == _folding(fold_events(_event_rows(_docs())))


def _empty_code_docs() -> list[Document]:
    # An actor whose code is "" is unknown (never folded), not a blank side, even though a
    # blank side is "" in the fold key; here it comes first in article order.
    empty_code = Actor("a crowd", None, "")
    return [build_doc("a0", events=(event(IRAN, empty_code, "145"),)),
            build_doc("a1", events=(event(IRAN, None, "145"),)),
            build_doc("a2", events=(event(IRAN, None, "145"),))]


def _empty_code_rows() -> list[dict[str, Any]]:
    """Event rows with the code "" as Parquet output of earlier versions holds it (rows
    are now written with NULL for an empty code)."""
    rows = _event_rows(_empty_code_docs())
    for r in rows:
        if r["target_name"] == "a crowd":
            r["target_code"] = ""
    return rows


_EMPTY_CODE_FOLDING = {("a0", 0): (None, 1), ("a1", 0): (None, 2), ("a2", 0): (("a1", 0), 1)}


def test_an_empty_code_is_not_a_blank_side_in_batch_folding(tmp_path: Path) -> None:
    assert _folding(fold_events(_empty_code_rows())) == _EMPTY_CODE_FOLDING
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.save_many(_empty_code_docs())
    assert _stored_folding(tmp_path / "s.db") == _EMPTY_CODE_FOLDING


@pytest.mark.spark
def test_an_empty_code_is_not_a_blank_side_in_spark_folding() -> None:
    assert _folding(_spark_fold(_empty_code_rows())) == _EMPTY_CODE_FOLDING


def test_parquet_import_stores_repeats_of_an_empty_code_unfolded(tmp_path: Path) -> None:
    # Imported as "" the code entered the partial unique index events_fold_key and the
    # second, unfolded repeat failed the import with a UNIQUE error.
    crowd = Actor("a crowd", None, "")
    docs = [build_doc(f"a{i}", events=(event(IRAN, crowd, "145"),)) for i in range(2)]
    out = _batch_output(tmp_path / "out", docs, empty_code="a crowd")
    with open_store(f"sqlite:///{tmp_path / 'imported.db'}") as store:
        assert import_parquet(out, store) == {"stored": 2, "skipped": 0}
        rows = store.query("SELECT target_code, folded_into FROM events")
    assert rows == [{"target_code": None, "folded_into": None}] * 2
