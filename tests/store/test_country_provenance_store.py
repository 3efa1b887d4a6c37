"""Where a side's country came from, in the store (schema version 7), on SQLite and PostgreSQL.

Hand-built documents: an event whose source country was lent from the article, one whose
target country came from the event's place, a neighbour whose countries are written, and
quotes by a lent and a written speaker.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tidings.document import Document
from tidings.records import Actor, Quote
from tidings.store import NOT_INFERRED, SCHEMA_VERSION, Store, open_store
from tidings.store.connection import connect, parse_url
from tidings.store.export import export_table
from tidings.store.migrations import migrate

from .helpers import IRAN, PAKISTAN, MakeDoc, event

OFFICIALS = Actor("Officials", "PAK", "PAKGOV", "GOV", evidence=(
    "sector word: 'officials' -> GOV", "article context: PAK, 7 of 7 resolved mentions"))
POLICE = Actor("police", "IRN", "IRNCOP", "COP", evidence=(
    "sector word: 'police' -> COP", "country from the event's place 'Tehran' -> IRN"))


def provenance_doc(make_doc: MakeDoc, article_id: str = "p1") -> Document:
    placed = event(IRAN, POLICE, "173", start=40)
    placed.extra["country_from_place"] = "target"
    doc = make_doc(article_id, events=(event(OFFICIALS, IRAN, "112"), placed,
                                       event(IRAN, PAKISTAN, "036", start=80)))
    quotes = (Quote("indirect", "the talks were useful", 10, 31, "said", 5, 9, OFFICIALS,
                    "Officials", 0, 9, "indirect-ccomp"),
              *doc.quotes)
    return doc.replace(quotes=quotes)


def test_flags_are_stored(store: Store, make_doc: MakeDoc) -> None:
    assert store.save(provenance_doc(make_doc))
    rows = store.query("SELECT cameo, country_from_place, country_from_article FROM events "
                       "ORDER BY idx")
    assert [(r["cameo"], r["country_from_place"], r["country_from_article"]) for r in rows] == [
        ("112", NOT_INFERRED, "source"), ("173", "target", NOT_INFERRED),
        ("036", NOT_INFERRED, NOT_INFERRED)]
    quotes = store.query("SELECT speaker_name, speaker_country_from_article FROM quotes "
                         "ORDER BY idx")
    assert [(q["speaker_name"], q["speaker_country_from_article"]) for q in quotes] == [
        ("Officials", 1), ("Hassan Kazemi Qomi", 0)]


def test_a_folded_report_keeps_its_own_flags(store: Store, make_doc: MakeDoc) -> None:
    store.save(provenance_doc(make_doc, "p1"))
    store.save(provenance_doc(make_doc, "p2"))
    rows = store.query("SELECT article_id, folded_into, num_mentions, country_from_article "
                       "FROM events WHERE cameo = '112' ORDER BY article_id")
    assert [r["country_from_article"] for r in rows] == ["source", "source"]
    assert rows[0]["folded_into"] is None and rows[0]["num_mentions"] == 2
    assert rows[1]["folded_into"] is not None


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_exports_carry_the_flags(store: Store, make_doc: MakeDoc, tmp_path: Path,
                                 fmt: str) -> None:
    store.save(provenance_doc(make_doc))
    events_path, quotes_path = tmp_path / f"events.{fmt}", tmp_path / f"quotes.{fmt}"
    export_table(store, "events", fmt, events_path)
    export_table(store, "quotes", fmt, quotes_path)
    events, quotes = _read(events_path, fmt), _read(quotes_path, fmt)
    assert [e["country_from_article"] for e in events] == ["source", NOT_INFERRED, NOT_INFERRED]
    assert [e["country_from_place"] for e in events] == [NOT_INFERRED, "target", NOT_INFERRED]
    assert [str(q["speaker_country_from_article"]) for q in quotes] == ["1", "0"]


def _read(path: Path, fmt: str) -> list[dict[str, object]]:
    if fmt == "parquet":
        rows: list[dict[str, object]] = pq.read_table(path).to_pylist()
        return rows
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_a_version_6_database_keeps_its_rows(store_url: str, make_doc: MakeDoc) -> None:
    """Upgraded in place: old rows keep their values and get NULL (not recorded)."""
    target = parse_url(store_url)
    conn = connect(target)
    assert migrate(conn, target.dialect, upto=6) == 6
    conn.close()
    with Store(connect(target), target) as old:  # written as version 6 wrote it
        _save_as_version_6(old, make_doc("old"))
    with open_store(store_url) as s:
        assert s.scalar("SELECT max(version) FROM schema_version") == SCHEMA_VERSION
        rows = s.query("SELECT cameo, source_code, country_from_place, country_from_article "
                       "FROM events WHERE article_id = 'old' ORDER BY idx")
        assert [(r["cameo"], r["source_code"]) for r in rows] == [("112", "IRNGOV"),
                                                                    ("036", "IRNGOV")]
        assert all(r["country_from_place"] is None and r["country_from_article"] is None
                   for r in rows)
        assert s.scalar("SELECT speaker_country_from_article FROM quotes "
                        "WHERE article_id = 'old'") is None
        assert s.save(provenance_doc(make_doc, "new"))
        assert s.scalar("SELECT count(*) FROM events WHERE country_from_article = 'source'") == 1


def _save_as_version_6(store: Store, doc: Document) -> None:
    from tidings.store.rows import document_rows

    rows = document_rows(doc, "2024-02-14T00:00:00+00:00")
    a = rows.article
    store.execute("INSERT INTO articles (id, title, published, dateline, url, source, language, "
                  "content_hash, duplicate_of, text, ingested_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a)
    for q in rows.quotes:
        store.execute("INSERT INTO quotes (article_id, idx, kind, text, start_char, end_char) "
                      "VALUES (?, ?, ?, ?, ?, ?)", q[:6])
    for e in rows.events:
        v = e.values
        store.execute("INSERT INTO events (article_id, idx, event_date, source_name, "
                      "source_country, source_code, target_name, target_country, target_code, "
                      "cameo, root, quad_class, goldstein, sentence, start_char, end_char, "
                      "num_mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      (v[0], v[1], v[2], v[3], v[4], v[5], v[7], v[8], v[9], v[11], v[12],
                       v[13], v[14], v[16], v[17], v[18], v[-1]))
