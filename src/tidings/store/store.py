"""The store: documents in, rows out, on SQLite or PostgreSQL.

Writes are all-or-nothing per article: an article and every row derived from
it are inserted in one transaction, and an article whose id or content hash is
already stored is skipped whole. See ``docs/store.md``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, NamedTuple, Protocol

from tidings.config import DEFAULT_DB
from tidings.document import Document
from tidings.errors import StoreError
from tidings.records import Article
from tidings.store.connection import Target, connect, parse_url, to_dialect, write_transaction
from tidings.store.migrations import migrate
from tidings.store.rows import DocumentRows, EventRow, document_rows
from tidings.store.schema import COLUMNS, asserted, column_names

__all__ = ["KnownArticle", "Rejection", "Store", "open_store"]

_IN_CHUNK = 400  # values per IN (...) list; far below SQLite's variable limit


class KnownArticle(NamedTuple):
    """A stored article as deduplication sees it (see :meth:`Store.known_articles`)."""

    id: str
    content_hash: str | None
    signature: bytes | None
    text: str | None


class Rejection(Protocol):
    """What :meth:`Store.record_rejection` needs (``tidings.ingest.Rejected`` fits)."""

    @property
    def source(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def status(self) -> str: ...


def open_store(url: str = DEFAULT_DB, *, create: bool = True) -> Store:
    """Open (creating and migrating as needed) the database at ``url``.

    With ``create=False`` a missing SQLite file is an error instead of a new,
    empty database (for commands that only read).
    """
    target = parse_url(url)
    if not create and target.dialect == "sqlite" and not Path(target.location).exists():
        raise StoreError(
            f"no database at {target.location}; run `tidings ingest` first or pass --db"
        )
    conn = connect(target)
    try:
        migrate(conn, target.dialect)
    except StoreError:
        conn.close()
        raise
    except Exception as exc:
        conn.close()
        raise StoreError(f"cannot prepare database {target.display()}: {exc}") from exc
    return Store(conn, target)


def _insert_sql(table: str, columns: Sequence[str], rows: int = 1) -> str:
    marks = ", ".join("?" for _ in columns)
    values = ", ".join(f"({marks})" for _ in range(rows))
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES {values}"


# Quote ids come from the database; event ids are reserved by the writer (folding).
_COLUMNS_IN = {t: column_names(t)[1:] if t == "quotes" else column_names(t) for t in COLUMNS}
_SQL = {t: _insert_sql(t, cols) for t, cols in _COLUMNS_IN.items()}
# SQLite rows per INSERT statement in bulk saves: a statement's start and finish (a
# cursor on the table and on every index, buffers freed) are paid once per group, not
# per row. A statement of several rows keeps a statement journal (a copy of each page
# it changes), so 16 rows cost more than one at a time; 128 cost 3.7-4.6% less per
# save (docs/store.md, Performance). 128 events bind 4,608 parameters (limit 32,766).
_ROWS_PER_INSERT = 128
_SQL_MANY = {t: _insert_sql(t, cols, _ROWS_PER_INSERT) for t, cols in _COLUMNS_IN.items()}
_EVENT_MENTIONS = column_names("events").index("num_mentions")  # in a full events row
# How a stored first report matches a fold key (see rows.fold_key). A blank side
# ("" in the key) is a side whose name is NULL, not merely an unknown code; each
# form probes its own partial index (events_fold_key, migration 0006 for the two
# one-sided ones, both narrowed to asserted events by 0008), whose WHERE the terms
# here must repeat for the index to be used.
_ASSERTED = f"AND {asserted('e')}"
_FOLD_EXACT = (
    "e.event_date = k.event_date AND e.source_code = k.source_code "
    f"AND e.target_code = k.target_code AND e.cameo = k.cameo {_ASSERTED}"
)
_FOLD_NO_TARGET = (
    "e.event_date = k.event_date AND e.source_code = k.source_code "
    f"AND e.cameo = k.cameo AND e.target_name IS NULL {_ASSERTED}"
)
_FOLD_NO_SOURCE = (
    "e.event_date = k.event_date AND e.target_code = k.target_code "
    f"AND e.cameo = k.cameo AND e.source_name IS NULL {_ASSERTED}"
)
# SQLite full-text tables the store fills itself: table -> (fts table, row key, columns).
_SQLITE_FTS = {
    "articles": ("articles_fts", "rowid", "title, text"),
    "quotes": ("quotes_fts", "id", "text"),
    "events": ("events_fts", "id", "sentence"),
}


def _plain(value: Any) -> Any:
    """One Python type per kind on both backends (psycopg returns Decimal for sums)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


class Store:
    """A connection to one Tidings database.

    Threads may share a store (the API does): queries and write transactions
    take a lock, so one thread's statement never lands inside another's
    transaction. Processes each open their own store.
    """

    def __init__(self, conn: Any, target: Target) -> None:
        self._conn = conn
        self.target = target
        self.dialect = target.dialect
        self._lock = threading.RLock()

    # -- plumbing ---------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def _sql(self, sql: str) -> str:
        return to_dialect(sql, self.dialect)

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._conn.execute(self._sql(sql), tuple(params))

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self._conn.cursor().executemany(self._sql(sql), rows)

    def _insert_rows(self, table: str, rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows in the column order of ``_COLUMNS_IN[table]``."""
        if not rows:
            return
        if self.dialect == "sqlite":
            self._insert_sqlite(table, rows)
            return
        # COPY streams all rows in one command: several times faster than
        # executemany on PostgreSQL, and still inside the save's transaction.
        columns = ", ".join(_COLUMNS_IN[table])
        with self._conn.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def _insert_sqlite(self, table: str, rows: Sequence[Sequence[Any]]) -> None:
        """Whole groups of ``_ROWS_PER_INSERT`` rows per statement, the rest row by row."""
        n, full = _ROWS_PER_INSERT, len(rows) - len(rows) % _ROWS_PER_INSERT
        for start in range(0, full, n):
            self._conn.execute(_SQL_MANY[table], list(chain.from_iterable(rows[start:start + n])))
        if full < len(rows):
            self._conn.executemany(_SQL[table], rows[full:])

    def _fail(self, what: str, exc: Exception) -> StoreError:
        return StoreError(f"{what} failed on {self.target.display()}: {exc}")

    # -- reads ------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a parameterised read (``?`` placeholders) and return rows as dicts."""
        try:
            with self._lock:
                cur = self._execute(sql, params)
                if cur.description is None:  # not a SELECT
                    return []
                names = [d[0] for d in cur.description]
                rows = cur.fetchall()
            if self.dialect == "sqlite":
                # sqlite3 (without detect_types) only returns str, int, float, bytes and
                # None: nothing to convert, and skipping it halves the cost of big reads.
                return [dict(zip(names, row, strict=True)) for row in rows]
            return [{n: _plain(v) for n, v in zip(names, row, strict=True)} for row in rows]
        except self._db_errors() as exc:
            raise self._fail("query", exc) from exc

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one parameterised write in its own transaction; return the rows affected."""
        try:
            with self._lock, write_transaction(self._conn, self.dialect):
                return int(self._execute(sql, params).rowcount)
        except self._db_errors() as exc:
            raise self._fail("statement", exc) from exc

    def _db_errors(self) -> tuple[type[Exception], ...]:
        """The driver's error classes (psycopg is imported only for PostgreSQL)."""
        if self.dialect == "postgresql":
            import psycopg

            return (psycopg.Error,)
        return (sqlite3.Error,)

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.query(sql, params)
        return next(iter(rows[0].values())) if rows else None

    def iter_rows(self, table: str, batch: int = 2000) -> Iterator[dict[str, Any]]:
        """Stream every row of ``table`` (schema columns, stable order) without loading it all."""
        if table not in COLUMNS:
            raise StoreError(f"unknown table {table!r}")
        cols = column_names(table)
        order = "id" if "id" in cols else ("article_id" if "article_id" in cols else "at")
        sql = f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}"
        for row in self._stream(sql, batch):
            yield {c: _plain(v) for c, v in zip(cols, row, strict=True)}

    def _stream(
        self, sql: str, batch: int, params: Sequence[Any] = ()
    ) -> Iterator[tuple[Any, ...]]:
        if self.dialect == "sqlite":
            cur = self._conn.execute(sql, params)
            while rows := cur.fetchmany(batch):
                yield from rows
            return
        # A named (server-side) cursor keeps PostgreSQL from sending the whole table.
        with self._conn.transaction(), self._conn.cursor(name="tidings_stream") as cur:
            cur.itersize = batch
            cur.execute(self._sql(sql), params)
            yield from cur

    def known_articles(self, scheme: str | None = None) -> Iterator[KnownArticle]:
        """Every stored article as deduplication needs it, without reading more than that.

        With a signature ``scheme``, each row carries the stored signature of that
        scheme, and the text only when there is no such signature. Without one
        (near-duplicate detection off) no text is read at all.
        """
        params: tuple[str, ...] = ()
        if scheme is None:
            sql = "SELECT id, content_hash, NULL, NULL FROM articles ORDER BY id"
        else:
            sql = ("SELECT a.id, a.content_hash, s.signature, "
                   "CASE WHEN s.signature IS NULL THEN a.text END "
                   "FROM articles a LEFT JOIN article_signatures s "
                   "ON s.article_id = a.id AND s.scheme = ? ORDER BY a.id")
            params = (scheme,)
        for row in self._stream(sql, 500, params):
            signature = bytes(row[2]) if row[2] is not None else None
            yield KnownArticle(row[0], row[1], signature, row[3])

    def save_signatures(self, rows: Sequence[tuple[str, str, bytes]]) -> None:
        """Store ``(article_id, scheme, signature)`` rows, replacing older ones."""
        sql = ("INSERT INTO article_signatures (article_id, scheme, signature) VALUES (?, ?, ?) "
               "ON CONFLICT (article_id) DO UPDATE "
               "SET scheme = excluded.scheme, signature = excluded.signature")
        try:
            with self._lock, write_transaction(self._conn, self.dialect):
                self._executemany(sql, rows)
        except self._db_errors() as exc:
            raise self._fail("saving near-duplicate signatures", exc) from exc

    def stored(self, articles: Sequence[Article]) -> set[str]:
        """Ids (of ``articles``) whose id or content hash is already in the database."""
        try:
            with self._lock:
                ids, hashes = self._existing(
                    [a.id for a in articles], [a.content_hash for a in articles if a.content_hash]
                )
        except self._db_errors() as exc:
            raise self._fail("lookup", exc) from exc
        return {a.id for a in articles if a.id in ids or (a.content_hash in hashes)}

    def _existing(self, ids: Sequence[str], hashes: Sequence[str]) -> tuple[set[str], set[str]]:
        found_ids: set[str] = set()
        found_hashes: set[str] = set()
        for column, values, found in (("id", ids, found_ids),
                                      ("content_hash", hashes, found_hashes)):
            it = iter(values)
            while part := list(islice(it, _IN_CHUNK)):
                marks = ", ".join("?" for _ in part)
                cur = self._execute(
                    f"SELECT {column} FROM articles WHERE {column} IN ({marks})", part
                )
                found.update(r[0] for r in cur)
        return found_ids, found_hashes

    def search(
        self, table: Literal["quotes", "articles"], text: str, limit: int = 20, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Full-text search; every word of ``text`` must match (no query syntax)."""
        from tidings.store.search import search

        return search(self, table, text, limit, offset)

    def stats(self, top: int = 10) -> dict[str, Any]:
        from tidings.store.stats import stats

        return stats(self, top)

    # -- writes -----------------------------------------------------------------
    def save(self, doc: Document) -> bool:
        """Store one document; False (nothing written) if it is already stored."""
        return self.save_many([doc])[0]

    def save_many(self, docs: Iterable[Document], chunk_size: int = 200) -> list[bool]:
        """Store documents, one transaction per chunk; True for each one newly stored.

        A failing chunk is rolled back whole (so no article is ever half stored)
        and raises :class:`StoreError`; callers may retry its documents one by one.
        """
        results: list[bool] = []
        it = iter(docs)
        while chunk := list(islice(it, chunk_size)):
            try:
                with self._lock, write_transaction(self._conn, self.dialect):
                    results.extend(self._write_chunk(chunk))
            except self._db_errors() as exc:
                ids = ", ".join(d.article.id for d in chunk[:3])
                more = "" if len(chunk) <= 3 else f" (+{len(chunk) - 3} more)"
                raise self._fail(f"saving {ids}{more}", exc) from exc
        return results

    def record_rejection(self, rejected: Rejection) -> None:
        """Remember an input that did not become an article, and why."""
        at = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            with self._lock, write_transaction(self._conn, self.dialect):
                self._execute(_SQL["rejections"],
                              (rejected.source, rejected.reason, rejected.status, at))
        except self._db_errors() as exc:
            raise self._fail("recording a rejection", exc) from exc

    def save_rows(self, docs: Sequence[DocumentRows]) -> list[bool]:
        """Store documents already turned into rows (Parquet imports), in one transaction.

        As with :meth:`save_many`, an article whose id or content hash is stored is
        skipped whole; events are folded against what the store holds.
        """
        try:
            with self._lock, write_transaction(self._conn, self.dialect):
                taken_ids, taken_hashes = self._existing(
                    [str(d.article[0]) for d in docs], [str(d.article[7]) for d in docs
                                                        if d.article[7]])
                fresh, results = [], []
                for d in docs:
                    new = d.article[0] not in taken_ids and not (
                        d.article[7] and d.article[7] in taken_hashes)
                    results.append(new)
                    if new:
                        taken_ids.add(d.article[0])
                        fresh.append(d)
                if fresh:
                    self._insert(fresh)
                return results
        except self._db_errors() as exc:
            raise self._fail("importing rows", exc) from exc

    def _write_chunk(self, docs: Sequence[Document]) -> list[bool]:
        taken_ids, taken_hashes = self._existing(
            [d.article.id for d in docs], [d.article.content_hash for d in docs]
        )
        now = datetime.now(UTC).isoformat(timespec="seconds")
        results, fresh = [], []
        for d in docs:
            a = d.article
            if a.id in taken_ids or (a.content_hash and a.content_hash in taken_hashes):
                results.append(False)
                continue
            taken_ids.add(a.id)
            if a.content_hash:
                taken_hashes.add(a.content_hash)
            fresh.append(document_rows(d, now))
            results.append(True)
        if fresh:
            self._insert(fresh)
        return results

    def _insert(self, docs: list[DocumentRows]) -> None:
        marks = self._fts_marks()
        # Articles first: every other row references one.
        self._insert_rows("articles", [d.article for d in docs])
        for table in ("actors", "mentions", "quotes", "places"):
            self._insert_rows(table, [r for d in docs for r in getattr(d, table)])
        events = [e for d in docs for e in d.events]
        if events:
            self._insert_events(events)
        self._index_new_rows(marks)

    def _fts_marks(self) -> dict[str, int]:
        """Highest row id per full-text-indexed table before this insert (SQLite)."""
        if self.dialect != "sqlite":
            return {}
        return {table: int(self._conn.execute(
                    f"SELECT coalesce(max({key}), 0) FROM {table}").fetchone()[0])
                for table, (_, key, _) in _SQLITE_FTS.items()}

    def _index_new_rows(self, marks: dict[str, int]) -> None:
        # One INSERT ... SELECT per table instead of a trigger per row (migration
        # 0004): new rows are exactly those above the marks, as the write lock
        # is held and SQLite hands out rowids above the current maximum.
        for table, mark in marks.items():
            fts, key, columns = _SQLITE_FTS[table]
            self._conn.execute(
                f"INSERT INTO {fts} (rowid, {columns}) "
                f"SELECT {key}, {columns} FROM {table} WHERE {key} > ?", (mark,)
            )

    def _insert_events(self, events: list[EventRow]) -> None:
        """Insert events, folding each into an earlier first report of the same key."""
        firsts = self._first_events({e.key for e in events if e.key is not None})
        ids = self._reserve_event_ids(len(events))
        new_firsts: dict[int, list[Any]] = {}
        increments: Counter[int] = Counter()
        rows: list[list[Any]] = []
        for event_id, e in zip(ids, events, strict=True):
            folded_into = None
            if e.key is not None:
                first = firsts.get(e.key)
                if first is None:
                    firsts[e.key] = event_id
                elif first in new_firsts:
                    folded_into = first
                    new_firsts[first][_EVENT_MENTIONS] += e.num_mentions
                else:
                    folded_into = first
                    increments[first] += e.num_mentions
            row = [event_id, *e.values, folded_into, *e.provenance]
            if e.key is not None and folded_into is None:
                new_firsts[event_id] = row
            rows.append(row)
        self._insert_rows("events", rows)
        self._executemany(
            "UPDATE events SET num_mentions = num_mentions + ? WHERE id = ?",
            [(n, first) for first, n in sorted(increments.items())],
        )

    def _first_events(self, keys: set[tuple[str, str, str, str]]) -> dict[tuple[str, ...], int]:
        """Ids of stored first reports (``folded_into IS NULL``) for the given fold keys."""
        found = self._first_events_on({k for k in keys if k[1] and k[2]}, _FOLD_EXACT)
        # CROSS JOIN keeps SQLite on the keys as the outer loop, probing the index;
        # left to itself it walked every unfolded event.
        found.update(self._first_events_on({k for k in keys if not k[2]}, _FOLD_NO_TARGET,
                                           "CROSS JOIN"))
        found.update(self._first_events_on({k for k in keys if not k[1]}, _FOLD_NO_SOURCE,
                                           "CROSS JOIN"))
        return found

    def _first_events_on(
        self, keys: set[tuple[str, str, str, str]], on: str, join: str = "JOIN"
    ) -> dict[tuple[str, ...], int]:
        found: dict[tuple[str, ...], int] = {}
        if not keys:
            return found
        if self.dialect == "sqlite":
            # Keys go to a temporary table and one join probes the partial index;
            # far cheaper than one SELECT per key from Python.
            conn = self._conn
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS fold_keys "
                         "(event_date TEXT, source_code TEXT, target_code TEXT, cameo TEXT)")
            conn.execute("DELETE FROM temp.fold_keys")
            conn.executemany("INSERT INTO temp.fold_keys VALUES (?, ?, ?, ?)", keys)
            cur = conn.execute(
                "SELECT e.id, k.event_date, k.source_code, k.target_code, k.cameo "
                f"FROM temp.fold_keys k {join} events e ON {on} WHERE e.folded_into IS NULL"
            )
            return {tuple(row[1:]): int(row[0]) for row in cur}
        columns = list(zip(*sorted(keys), strict=True))
        cur = self._conn.execute(
            "SELECT e.id, k.event_date, k.source_code, k.target_code, k.cameo FROM events e "
            "JOIN unnest(%s::text[], %s::text[], %s::text[], %s::text[]) "
            f"AS k(event_date, source_code, target_code, cameo) ON {on} "
            "WHERE e.folded_into IS NULL",
            [list(c) for c in columns],
        )
        for row in cur:
            found[tuple(row[1:])] = int(row[0])
        return found

    def _reserve_event_ids(self, n: int) -> list[int]:
        if self.dialect == "sqlite":
            # Safe: the write transaction holds SQLite's only write lock.
            top = self._conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
            return list(range(top + 1, top + 1 + n))
        cur = self._conn.execute(
            "SELECT nextval(pg_get_serial_sequence('events', 'id')) "
            "FROM generate_series(1, %s)", (n,)
        )
        return [int(r[0]) for r in cur]
