"""Insert throughput of the store: synthetic documents with realistic events.

Prints events/second for SQLite and, when ``TIDINGS_TEST_PG_URL`` is set or the
server of ``scripts/ci-postgres.sh`` is running, for PostgreSQL (in a throw-away
schema). Documents look like pipeline output: ~2.5 kB
of text, 8 actors with mentions, 4 quotes, 12 events (a third of which repeat an
event of another article, so folding is exercised) and 3 places.

    .venv/bin/python benchmarks/store_insert.py [--articles 2000] [--chunk 200]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from tidings.document import Document
from tidings.records import Actor, Article, Entity, Event, Mention, Place, Quote
from tidings.store import open_store

ACTORS = [
    Actor("Iran", "IRN", "IRN", "GOV"), Actor("Pakistan", "PAK", "PAKGOV", "GOV"),
    Actor("Taliban", "AFG", "AFGGOV", "GOV"), Actor("United States", "USA", "USA"),
    Actor("Daesh", None, "IMGMUSISI", "REB"), Actor("United Nations", None, "IGOUNO"),
    Actor("Hassan Kazemi Qomi", "IRN", "IRNGOV", "GOV", "Special Envoy"),
    Actor("Amir Khan Muttaqi", "AFG", "AFGGOV", "GOV", "foreign minister"),
]
CAMEO = [("036", "03", 1, 4.0), ("042", "04", 1, 1.9), ("112", "11", 3, -2.0),
         ("173", "17", 4, -5.0), ("190", "19", 4, -10.0), ("057", "05", 2, 8.0)]
# What scripts/ci-postgres.sh creates, tried when TIDINGS_TEST_PG_URL is unset.
LOCAL_PG = "postgresql://tidings_test:tidings_test@127.0.0.1:5432/tidings_test"
SENTENCE = ("Iran's Special Envoy for Afghanistan said regional stability rests on collective "
            "security provided by Iran, Pakistan and Afghanistan, and accused the United States. ")


def make_doc(i: int, rng: random.Random) -> Document:
    text = (SENTENCE * 14)[: 2500] + f" Article {i}."
    published = date(2024, 1, 1) + timedelta(days=rng.randrange(60))
    art = Article(id=f"bench-{i}", text=text, title=f"Benchmark article {i}", published=published,
                  source=f"bench/{i}.txt", content_hash=hashlib.sha256(text.encode()).hexdigest())
    entities = tuple(Entity(k, a, "state") for k, a in enumerate(ACTORS))
    mentions = tuple(Mention(k * 40, k * 40 + 10, ACTORS[k].name[:10], k) for k in range(8))
    quotes = tuple(
        Quote("direct" if k % 2 else "indirect", SENTENCE[:80], k * 200, k * 200 + 80, "said",
              k * 200 + 85, k * 200 + 89, ACTORS[6], "the envoy", k * 200 + 90, k * 200 + 99,
              "q-rule")
        for k in range(4)
    )
    events = []
    for k in range(12):
        src, tgt = rng.sample(ACTORS, 2)
        code, root, quad, gold = rng.choice(CAMEO)
        # Common dates and dyads make cross-article folding happen at a realistic rate.
        when = published if k % 3 else None
        events.append(Event(src, tgt, code, root, quad, gold, SENTENCE, k * 150, k * 150 + 170,
                            event_text="accused", pattern="p", event_date=when,
                            quote_index=k % 4 if k % 2 else None,
                            place=Place("Tehran", 0, 6, "IRN", 35.69, 51.39, "city", 112931)))
    places = tuple(Place("Tehran", k * 100, k * 100 + 6, "IRN", 35.69, 51.39, "city", 112931)
                   for k in range(3))
    return Document(article=art, mentions=mentions, entities=entities, quotes=quotes,
                    events=tuple(events), places=places)


def run(url: str, docs: list[Document], chunk: int) -> tuple[float, float, int]:
    """Events/s by wall clock and per CPU-second of this process, and the folded count."""
    with open_store(url) as store:
        start, cpu = time.perf_counter(), time.process_time()
        stored = store.save_many(docs, chunk_size=chunk)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        assert all(stored), "every synthetic article is new"
        folded = store.scalar("SELECT count(*) FROM events WHERE folded_into IS NOT NULL")
    n_events = sum(len(d.events) for d in docs)
    return n_events / elapsed, n_events / cpu, int(folded)


def pg_url_in_schema(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--chunk", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(7)
    docs = [make_doc(i, rng) for i in range(args.articles)]
    n_events = sum(len(d.events) for d in docs)
    print(f"{args.articles} articles, {n_events} events, chunk {args.chunk}")
    with tempfile.TemporaryDirectory() as tmp:
        rate, cpu_rate, folded = run(f"sqlite:///{Path(tmp) / 'bench.db'}", docs, args.chunk)
        # SQLite works inside this process, so events per CPU-second shows the
        # store's own cost even when other jobs share the machine.
        print(f"sqlite:      {rate:10,.0f} events/s wall, {cpu_rate:10,.0f} per CPU-s "
              f"({folded} folded into earlier reports)")
    import psycopg

    pg = os.environ.get("TIDINGS_TEST_PG_URL") or LOCAL_PG
    try:
        psycopg.connect(pg, connect_timeout=3).close()
    except psycopg.Error:
        print("postgresql:  skipped (TIDINGS_TEST_PG_URL not set and no local server; "
              "see scripts/ci-postgres.sh)")
        return

    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        try:
            pg_rate, _, folded = run(pg_url_in_schema(pg, schema), docs, args.chunk)
            print(f"postgresql:  {pg_rate:10,.0f} events/s wall "
                  f"({folded} folded into earlier reports)")
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main()
