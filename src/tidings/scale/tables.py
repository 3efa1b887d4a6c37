"""Batch output tables: the store's schema as Arrow, and engine-independent rows.

Both batch engines (local processes and Spark) turn documents into rows with
:func:`tidings.store.rows.document_rows`, the same code the store writes with,
so their outputs can be compared cell by cell. Row ids that the store would
assign from a sequence are replaced by stable 63-bit hashes of
``(article_id, idx)``: a cluster has no single sequence, and stable ids make the
two engines' outputs identical.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa

from tidings.document import Document
from tidings.store.rows import document_rows, row_fold_key
from tidings.store.schema import COLUMNS, column_names

__all__ = ["BATCH_TABLES", "arrow_schema", "document_table_rows", "fold_events", "stable_id"]

BATCH_TABLES = ("articles", "actors", "mentions", "quotes", "events", "places")

_ARROW = {"text": pa.string(), "int": pa.int64(), "real": pa.float64()}


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(name, _ARROW[kind]) for name, kind in COLUMNS[table]])


def stable_id(article_id: str, idx: int) -> int:
    digest = hashlib.blake2b(f"{article_id}\x00{idx}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & 0x7FFF_FFFF_FFFF_FFFF


def document_table_rows(doc: Document, ingested_at: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(table, row)`` pairs for one processed document, events not yet folded."""
    rows = document_rows(doc, ingested_at)
    yield "articles", dict(zip(column_names("articles"), rows.article, strict=True))
    for table, items in (("actors", rows.actors), ("mentions", rows.mentions),
                         ("places", rows.places)):
        for row in items:
            yield table, dict(zip(column_names(table), row, strict=True))
    quote_cols = column_names("quotes")
    for row in rows.quotes:
        yield "quotes", dict(zip(quote_cols, (stable_id(row[0], row[1]), *row), strict=True))
    event_cols = column_names("events")
    for ev in rows.events:
        values = ev.values
        event = dict(zip(event_cols, (stable_id(values[0], values[1]), *values, None,
                                      *ev.provenance), strict=True))
        yield "events", event


def fold_events(events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fold repeated reports of one event, as the store does.

    The first report (ordered by article id, then index, so the result does not
    depend on processing order) keeps ``folded_into = NULL`` and the sum of all
    reports' ``num_mentions``; later ones point at it.
    """
    ordered = sorted(events, key=lambda r: (r["article_id"], r["idx"]))
    roots: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for row in ordered:
        key = row_fold_key(row)
        root = roots.get(key) if key else None
        if root is None:
            if key:
                roots[key] = row
            continue
        row["folded_into"] = root["id"]
        root["num_mentions"] += row["num_mentions"]
    return ordered
