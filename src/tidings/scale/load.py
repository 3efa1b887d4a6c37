"""Load ``tidings batch`` Parquet output into the store (``tidings import-parquet``).

Rows are regrouped per article and written with :meth:`Store.save_rows`, so an
import gets the same guarantees as an ingest: each article is stored whole or
not at all, articles already stored are skipped, and events are folded
against what the store holds. Batch output keeps folded totals on first
reports; they are turned back into per-article counts before import so that
the store does not count a mention twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds

from tidings.store import Store
from tidings.store.rows import DocumentRows, EventRow, row_fold_key
from tidings.store.schema import column_names

__all__ = ["import_parquet"]

_CHUNK = 500


def _rows(folder: Path, table: str, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    path = folder / table
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if not path.exists():
        return grouped
    data = ds.dataset(path, format="parquet")
    for row in data.to_table(filter=ds.field("article_id").isin(ids)).to_pylist():
        grouped[row["article_id"]].append(row)
    return grouped


def _own_mentions(folder: Path) -> dict[int, int]:
    """For each first report, the mentions that folded rows added to it."""
    path = folder / "events"
    added: dict[int, int] = defaultdict(int)
    if not path.exists():
        return added
    table = ds.dataset(path, format="parquet").to_table(columns=["folded_into", "num_mentions"])
    for into, n in zip(table["folded_into"].to_pylist(), table["num_mentions"].to_pylist(),
                       strict=True):
        if into is not None:
            added[int(into)] += int(n)
    return added


def _values(row: dict[str, Any], table: str, drop: tuple[str, ...] = ()) -> tuple[Any, ...]:
    # .get: output of earlier versions lacks the newer columns (stored NULL: not recorded)
    return tuple(row.get(c) for c in column_names(table) if c not in drop)


_PROVENANCE = ("country_from_place", "country_from_article")  # events columns after folded_into


def _event(row: dict[str, Any], added: dict[int, int]) -> EventRow:
    # Output of earlier versions may hold "" for no code; stored so, it would enter the
    # partial unique index events_fold_key (see rows._actor_values).
    row = {**row, "source_code": row["source_code"] or None,
           "target_code": row["target_code"] or None}
    values = list(_values(row, "events", ("id", "folded_into", *_PROVENANCE)))
    if row["folded_into"] is None:
        values[-1] = int(row["num_mentions"]) - added.get(int(row["id"]), 0)
    return EventRow(values, row_fold_key(row), (row.get(_PROVENANCE[0]), row.get(_PROVENANCE[1])))


def _documents(folder: Path, added: dict[int, int]) -> Iterator[list[DocumentRows]]:
    articles = ds.dataset(folder / "articles", format="parquet")
    for batch in articles.to_batches(batch_size=_CHUNK):
        arts = batch.to_pylist()
        ids = [a["id"] for a in arts]
        tables = {t: _rows(folder, t, ids) for t in ("actors", "mentions", "quotes", "events",
                                                       "places")}
        yield [
            DocumentRows(
                article=_values(a, "articles"),
                actors=[_values(r, "actors") for r in tables["actors"][a["id"]]],
                mentions=[_values(r, "mentions") for r in tables["mentions"][a["id"]]],
                quotes=[_values(r, "quotes", ("id",)) for r in
                        sorted(tables["quotes"][a["id"]], key=lambda r: r["idx"])],
                events=[_event(r, added) for r in
                        sorted(tables["events"][a["id"]], key=lambda r: r["idx"])],
                places=[_values(r, "places") for r in tables["places"][a["id"]]],
            )
            for a in arts
        ]


def import_parquet(folder: Path, store: Store) -> dict[str, int]:
    """Import a batch output folder; returns counts of stored and skipped articles."""
    if not (folder / "articles").exists():
        from tidings.errors import InputError

        raise InputError(f"{folder} has no articles/ table: is it `tidings batch` output?")
    added = _own_mentions(folder)
    stored = skipped = 0
    for docs in _documents(folder, added):
        results = store.save_rows(docs)
        stored += sum(results)
        skipped += len(results) - sum(results)
    return {"stored": stored, "skipped": skipped}
