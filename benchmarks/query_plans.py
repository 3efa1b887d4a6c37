"""Which index each query on the events table uses, and what dropping an index would change.

Calls every API endpoint with each filter and sort order (in-process, FastAPI's
TestClient) plus the CLI's statistics and GDELT export on an existing store, records each
distinct statement the analyses send through ``Store.query``, and prints the plan of each
(SQLite ``EXPLAIN QUERY PLAN``, PostgreSQL ``EXPLAIN (COSTS OFF)``). With ``--drop INDEX``
it explains them again with those indexes dropped inside a transaction that is rolled
back (the store is left as it was) and prints the plans that change.

    .venv/bin/python benchmarks/api.py --events 1000000 --repeat 1 --keep DIR
    .venv/bin/python benchmarks/query_plans.py --db sqlite:///DIR/bench-api.db \
        [--drop events_code_dyad] [--full]

The fold's statements (store.Store._insert_events) are not recorded here; their plans
are in docs/store.md.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from fastapi.testclient import TestClient

from tidings.analysis.common import DateRange
from tidings.analysis.gdelt import gdelt_rows
from tidings.api import create_app
from tidings.config import Settings
from tidings.store import Store, open_store
from tidings.store.connection import connect, parse_url, to_dialect

YEAR = {"start": "2024-01-01", "end": "2024-12-31"}
MONTH = {"start": "2024-06-01", "end": "2024-06-30"}
EVENT_FILTERS: list[dict[str, Any]] = [
    {}, {"actor": "USA"}, {"country": "IRN"}, {"source": "USA"}, {"target": "IRN"},
    {"source": "IGOUNO"}, {"target": "IGONAT"}, {"dyad": "USA-IRN"},
    {"dyad": "USA-IRN", "directed": True}, {"dyad": "IGOUNO-IRN"},
    {"dyad": "IRN-PAK", "root": "19", **YEAR}, {"cameo": "190"}, {"quad_class": 4},
    {"q": "missile", **MONTH}, {"q": "ceasefire"}, {"q": "missile", "dyad": "USA-IRN"},
    {"written_countries": True}, YEAR, {"offset": 1000}, {"include_folded": True},
    {"include_flagged": True}, {"include_flagged": True, "source": "IGOUNO"},
    {"include_flagged": True, "dyad": "USA-IRN"},
]
SORTS = ("date", "-date", "id", "-id", "goldstein", "-goldstein", "mentions", "-mentions")


def requests() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every endpoint that reads events, with each filter and sort order."""
    yield "/api/stats", {}
    for params in ({}, {"actor": "USA"}, {"country": "IRN"}, YEAR):
        yield "/api/articles", params
    for params in ({}, {"country": "IRN"}, {"q": "US"}):
        yield "/api/actors", params
    for params in ({}, YEAR, {**YEAR, "include_self": True, "written_countries": True}):
        yield "/api/dyads/top", params
        yield "/api/places", params
    for params in ({}, YEAR, {**YEAR, "interval": "month", "written_countries": True}):
        yield "/api/alerts", params
    for params in ({**MONTH, "min_weight": 5}, {**YEAR, "written_countries": True}):
        yield "/api/network", params
    for source, target in (("USA", "IRN"), ("IGOUNO", "IRN"), ("USA", "IGOUNO")):
        for interval in ("day", "week", "month"):
            yield "/api/series", {"source": source, "target": target, "interval": interval,
                                  **YEAR}
    yield "/api/series", {"source": "USA", "target": "IRN", "directed": True, **YEAR}
    for params in EVENT_FILTERS:
        yield "/api/events", {**params, "limit": 50}
    for sort in SORTS:
        yield "/api/events", {"sort": sort, "limit": 50}
        yield "/api/events", {"sort": sort, "dyad": "USA-IRN", "limit": 50}


def shape(sql: str) -> str:
    """The statement with literals and placeholder lists folded, to tell statements apart."""
    sql = re.sub(r"'(?:[^']|'')*'|\b\d+(?:\.\d+)?\b", "?", sql)
    return re.sub(r"\s+", " ", re.sub(r"\(\?(?:, \?)*\)", "(?)", sql)).strip()


def record(url: str) -> dict[str, tuple[str, tuple[Any, ...]]]:
    """Distinct statements on ``events`` that the analyses send, with their first parameters."""
    seen: dict[str, tuple[str, tuple[Any, ...]]] = {}
    query = Store.query

    def recording(self: Store, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        if re.search(r"\bevents\b", sql):
            seen.setdefault(shape(sql), (sql, tuple(params)))
        return query(self, sql, params)

    Store.query = recording  # type: ignore[method-assign]
    try:
        with TestClient(create_app(Settings(db=url))) as client:
            for path, params in requests():
                response = client.get(path, params=params)
                if response.status_code != 200:
                    raise SystemExit(f"{path} {params}: HTTP {response.status_code}")
        with open_store(url, create=False) as store:
            store.stats()
            for _ in gdelt_rows(store, DateRange(date(2024, 6, 1), date(2024, 6, 3))):
                pass
    finally:
        Store.query = query  # type: ignore[method-assign]
    return seen


def explain(conn: Any, dialect: str, sql: str, params: tuple[Any, ...]) -> list[str]:
    if dialect == "sqlite":
        rows = conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
        depth = {0: 0}
        lines = []
        for node, parent, _, detail in rows:
            depth[node] = depth.get(parent, 0) + 1
            lines.append("  " * (depth[node] - 1) + detail)
        return lines
    return [r[0] for r in conn.execute("EXPLAIN (COSTS OFF) " + to_dialect(sql, "postgresql"),
                                       params).fetchall()]


@contextmanager
def dropped(conn: Any, dialect: str, indexes: list[str]) -> Iterator[None]:
    """The indexes dropped for the duration, in a transaction that is rolled back."""
    conn.execute("BEGIN")
    try:
        for index in indexes:
            conn.execute(f"DROP INDEX {index}")
        yield
    finally:
        conn.execute("ROLLBACK")


def indexes_read(dialect: str, plan: list[str]) -> set[str]:
    """The events indexes a plan reads; ``(rowid)`` for lookups by id, ``(table scan)``."""
    pattern = (r"(?:SCAN|SEARCH) (?:e|events|ee|e2)\b"
               r"(?: USING (?:COVERING )?INDEX (\w+)| USING (INTEGER PRIMARY KEY))?"
               if dialect == "sqlite" else r"(?:Index|Index Only) Scan(?: Backward)? "
               r"(?:using|on) (\w+)|Seq Scan on (events)")
    found = set()
    for m in re.finditer(pattern, "\n".join(plan)):
        index, other = m.groups()
        found.add(index or ("(rowid)" if other == "INTEGER PRIMARY KEY" else "(table scan)"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="store URL (sqlite:///... or postgresql://...)")
    parser.add_argument("--drop", action="append", default=[], help="index to try without")
    parser.add_argument("--full", action="store_true", help="print every statement's plan")
    args = parser.parse_args()
    statements = record(args.db)
    target = parse_url(args.db)
    # No statement cache: SQLite would answer an EXPLAIN prepared before the DROP INDEX
    # with the old plan.
    conn = (sqlite3.connect(target.location, isolation_level=None, cached_statements=0)
            if target.dialect == "sqlite" else connect(target))
    before = {k: explain(conn, target.dialect, *v) for k, v in statements.items()}
    after = before
    if args.drop:
        with dropped(conn, target.dialect, args.drop):
            after = {k: explain(conn, target.dialect, *v) for k, v in statements.items()}
    if args.full:
        for key, plan in before.items():
            print(f"\n{key[:300]}\n    " + "\n    ".join(plan))
    uses = [Counter(i for p in plans.values() for i in indexes_read(target.dialect, p))
            for plans in (before, after)]
    print(f"\n{len(statements)} statements on events; statements reading each index"
          + (f" (before / without {', '.join(args.drop)})" if args.drop else ""))
    for name in sorted(set(uses[0]) | set(uses[1])):
        print(f"  {name:32}{uses[0][name]:5}" + (f"{uses[1][name]:5}" if args.drop else ""))
    for key in (k for k in before if before[k] != after[k]):
        print(f"\nchanged: {key[:300]}\n  before: " + "\n          ".join(before[key])
              + "\n  after:  " + "\n          ".join(after[key]))


if __name__ == "__main__":
    main()
