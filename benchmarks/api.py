"""API latency on a large synthetic store: dyad series, network and event search.

Loads N synthetic events (default 1,000,000; 10 per article) into SQLite and, when
``TIDINGS_TEST_PG_URL`` points at a server (``eval "$(bash scripts/ci-postgres.sh)"``),
PostgreSQL, with bulk inserts (executemany in one transaction on SQLite, COPY on
PostgreSQL). Then it calls the endpoints in-process through the ASGI stack (FastAPI's
TestClient: routing, validation, SQL, JSON encoding, no network) and prints the median
and p99 latency of each, side by side for the two backends.

    .venv/bin/python benchmarks/api.py [--events 1000000] [--repeat 100] [--keep DIR]

Target: p99 < 200 ms on SQLite for a one-year weekly dyad series.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from tidings.api import create_app
from tidings.config import Settings
from tidings.store import open_store
from tidings.store.schema import column_names

CAMEO = [("010", "01", 1, 0.0), ("036", "03", 1, 4.0), ("042", "04", 1, 1.9),
         ("051", "05", 1, 3.4), ("057", "05", 1, 8.0), ("061", "06", 2, 6.4),
         ("070", "07", 2, 7.0), ("081", "08", 2, 5.0), ("090", "09", 3, -2.0),
         ("112", "11", 3, -2.0), ("120", "12", 3, -4.0), ("130", "13", 3, -4.4),
         ("141", "14", 3, -6.5), ("163", "16", 3, -5.6), ("172", "17", 4, -5.0),
         ("173", "17", 4, -5.0), ("180", "18", 4, -9.0), ("190", "19", 4, -10.0),
         ("193", "19", 4, -10.0), ("195", "19", 4, -10.0)]
COUNTRIES = ["USA", "IRN", "PAK", "AFG", "IRQ", "SYR", "ISR", "PSE", "RUS", "UKR", "CHN", "IND",
             "TUR", "SAU", "YEM", "EGY", "LBN", "JOR", "QAT", "ARE", "GBR", "FRA", "DEU", "JPN",
             "KOR", "PRK", "BRA", "MEX", "NGA", "ETH", "SDN", "SOM", "KEN", "LBY", "MLI", "NER",
             "TCD", "COD", "VEN", "COL"]
IGOS = ["IGOUNO", "IGOEUR", "IGONAT", "IMGMUSISI", "IGOAFR"]
SECTORS = ["GOV", "MIL", "REB", "BUS", "MED", "", "", ""]
WORDS = ["missile", "talks", "border", "sanctions", "refugees", "summit", "strike", "ceasefire",
         "protest", "election", "drone", "aid", "envoy", "treaty", "attack", "trade"]
_CUM = list(itertools.accumulate(1 / (rank + 2) for rank in range(len(COUNTRIES))))
START = date(2023, 1, 1)
DAYS = 730


def _actor(rng: random.Random) -> tuple[str, str | None, str, str | None]:
    if rng.random() < 0.05:
        code = rng.choice(IGOS)
        return code, None, code, None
    # Zipf-like: a few countries take much of the news (top one ~15%), as in GDELT.
    country = rng.choices(COUNTRIES, cum_weights=_CUM)[0]
    sector = rng.choice(SECTORS)
    return country, country, country + sector, sector or None


Row = tuple[Any, ...]


def synthetic(n_events: int, seed: int = 7) -> Iterator[tuple[Row, list[Row]]]:
    """``(article_row, event_rows)`` in schema column order, 10 events per article."""
    rng = random.Random(seed)
    firsts: dict[tuple[str, str, str, str], int] = {}
    event_id = 0
    n_articles = (n_events + 9) // 10
    for a in range(n_articles):
        day = START + timedelta(days=rng.randrange(DAYS))
        aid = f"syn{a:07d}"
        article = (aid, f"Synthetic article {a}", day.isoformat(), None,
                   f"https://example.org/{aid}", "bench", "en", f"h{a}", None,
                   f"Synthetic article {a} about {rng.choice(WORDS)}.", "2025-01-01T00:00:00")
        events = []
        for idx in range(min(10, n_events - event_id)):
            event_id += 1
            s_name, s_country, s_code, s_sector = _actor(rng)
            t_name, t_country, t_code, t_sector = _actor(rng)
            cameo, root, quad, gold = rng.choice(CAMEO)
            when = day - timedelta(days=rng.choice((0, 0, 0, 1)))
            placed = rng.random() < 0.3
            # Same day, actors and code as an earlier event: a later report, folded into it
            # (as the store does; its unique fold-key index allows one first report).
            key = (when.isoformat(), s_code, t_code, cameo)
            folded = firsts.setdefault(key, event_id)
            folded = None if folded == event_id else folded
            # Common words plus one of 2,000 rarer topic words, so searches have a
            # realistic spread of selectivity.
            sentence = (f"{s_name} and {t_name} {rng.choice(WORDS)} {rng.choice(WORDS)} "
                        f"near topic{rng.randrange(2000)}.")
            events.append((
                event_id, aid, idx, when.isoformat(), s_name, s_country, s_code, s_sector,
                t_name, t_country, t_code, t_sector, cameo, root, quad, gold, None, sentence,
                0, len(sentence), "", "synthetic", 1.0, 0, 0, 0, 0, None,
                "Somewhere" if placed else None, t_country if placed else None,
                rng.uniform(-60, 60) if placed else None,
                rng.uniform(-180, 180) if placed else None,
                rng.randint(1, 5), folded,
                # schema 7 provenance: every synthetic side country counts as written
                "none", "none"))
        yield article, events


def load_sqlite(path: Path, n_events: int) -> float:
    import sqlite3

    open_store(f"sqlite:///{path}").close()  # schema and migrations
    t0 = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("BEGIN")
    a_sql = _insert("articles")
    e_sql = _insert("events")
    articles, events = [], []
    for art, evs in synthetic(n_events):
        articles.append(art)
        events.extend(evs)
        if len(events) >= 50_000:
            conn.executemany(a_sql, articles)
            conn.executemany(e_sql, events)
            articles, events = [], []
    conn.executemany(a_sql, articles)
    conn.executemany(e_sql, events)
    # The store fills its full-text tables in save_many, not by trigger (migration
    # 0004): rows inserted here need a rebuild, or the text searches match nothing.
    for fts in ("articles_fts", "events_fts"):
        conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    return time.perf_counter() - t0


def _insert(table: str) -> str:
    cols = column_names(table)
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


BENCH_SCHEMA = "tidings_bench_api"


def bench_url(url: str) -> str:
    """``url`` with its search path set to a schema of its own, so the test database's
    tables (which other test runs may be using) are never touched."""
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{BENCH_SCHEMA}"


def drop_bench_schema(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {BENCH_SCHEMA} CASCADE")


def load_postgresql(url: str, n_events: int) -> float:
    import psycopg

    drop_bench_schema(url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {BENCH_SCHEMA}")
    url = bench_url(url)
    open_store(url).close()
    t0 = time.perf_counter()
    with psycopg.connect(url) as conn:
        a_cols, e_cols = ", ".join(column_names("articles")), ", ".join(column_names("events"))
        with conn.cursor() as cur:
            # Events reference articles: copy every article first, then every event.
            with cur.copy(f"COPY articles ({a_cols}) FROM STDIN") as copy:
                for art, _ in synthetic(n_events):
                    copy.write_row(art)
            with cur.copy(f"COPY events ({e_cols}) FROM STDIN") as copy:
                for _, evs in synthetic(n_events):
                    for ev in evs:
                        copy.write_row(ev)
            cur.execute("SELECT setval(pg_get_serial_sequence('events', 'id'), "
                        "(SELECT max(id) FROM events))")
        conn.commit()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return time.perf_counter() - t0


REQUESTS: list[tuple[str, str, dict[str, Any]]] = [
    ("series 1y weekly USA-IRN", "/api/series",
     {"source": "USA", "target": "IRN", "interval": "week", "start": "2024-01-01",
      "end": "2024-12-31"}),
    ("series 1y daily IRN-PAK", "/api/series",
     {"source": "IRN", "target": "PAK", "interval": "day", "start": "2024-01-01",
      "end": "2024-12-31"}),
    ("network 1 month", "/api/network",
     {"start": "2024-06-01", "end": "2024-06-30", "min_weight": 5}),
    ("network 1 year", "/api/network",
     {"start": "2024-01-01", "end": "2024-12-31", "min_weight": 20}),
    ("events dyad page", "/api/events", {"dyad": "USA-IRN", "limit": 50}),
    ("events dyad+root 1y", "/api/events",
     {"dyad": "IRN-PAK", "root": "19", "start": "2024-01-01", "end": "2024-12-31"}),
    ("events text search 1 month", "/api/events",
     {"q": "missile", "start": "2024-06-01", "end": "2024-06-30", "limit": 50}),
    ("events text search rare word", "/api/events", {"q": "topic1234", "limit": 50}),
    ("events text search common word", "/api/events", {"q": "ceasefire", "limit": 50}),
    ("alerts last 12 weeks", "/api/alerts", {}),
    ("alerts 1 year weekly", "/api/alerts", {"start": "2024-01-01", "end": "2024-12-31"}),
]


def measure(url: str, repeat: int) -> dict[str, tuple[float, float]]:
    out = {}
    with TestClient(create_app(Settings(db=url))) as client:
        for name, path, params in REQUESTS:
            r = client.get(path, params=params)  # warm caches once, check it works
            if r.status_code != 200:
                raise SystemExit(f"{name}: HTTP {r.status_code}: {r.text[:200]}")
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                client.get(path, params=params)
                times.append((time.perf_counter() - t0) * 1000)
            times.sort()
            p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
            out[name] = (statistics.median(times), p99)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="directory for the SQLite file (kept)")
    args = parser.parse_args()
    results: dict[str, dict[str, tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        db = folder / "bench-api.db"
        if db.exists() and args.keep:
            print(f"sqlite: reusing {db}")
        else:
            db.unlink(missing_ok=True)
            print(f"sqlite: loaded {args.events:,} events in {load_sqlite(db, args.events):.1f} s")
        results["sqlite"] = measure(f"sqlite:///{db}", args.repeat)
    pg = os.environ.get("TIDINGS_TEST_PG_URL")
    if pg:
        try:
            print(f"postgresql: loaded {args.events:,} events in "
                  f"{load_postgresql(pg, args.events):.1f} s")
            results["postgresql"] = measure(bench_url(pg), args.repeat)
        finally:
            drop_bench_schema(pg)
    else:
        print("postgresql: skipped (set TIDINGS_TEST_PG_URL, e.g. "
              "eval \"$(bash scripts/ci-postgres.sh)\")")
    backends = list(results)
    print(f"\n{'request':32}" + "".join(f"{b + ' median':>18}{b + ' p99':>16}" for b in backends))
    for name, _, _ in REQUESTS:
        row = "".join(f"{results[b][name][0]:15.1f} ms{results[b][name][1]:13.1f} ms"
                      for b in backends)
        print(f"{name:32}{row}")
    target = results["sqlite"]["series 1y weekly USA-IRN"][1]
    print(f"\ntarget p99 < 200 ms for the one-year dyad series on SQLite: "
          f"{target:.1f} ms -> {'met' if target < 200 else 'NOT met'}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
