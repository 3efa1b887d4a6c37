"""Full-text search, parameterised queries and the stats summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tidings.errors import StoreError
from tidings.records import Actor
from tidings.store import Store
from tidings.store.search import fts5_query

from .helpers import DAESH, ENVOY, IRAN, PAKISTAN, MakeDoc, event


def test_search_quotes_and_articles(store: Store, make_doc: MakeDoc) -> None:
    store.save(make_doc("a1"))
    text = "Pakistan and Afghanistan discussed refugees and trade."
    store.save(make_doc("a2", text=text).replace(quotes=()))
    hits = store.search("quotes", "stability collective")
    assert [h["article_id"] for h in hits] == ["a1"]
    assert hits[0]["speaker_name"] == "Hassan Kazemi Qomi"
    assert hits[0]["article_title"] == "Title of a1"
    # Stemming: "destabilise" finds "destabilising" (porter / english config).
    arts = store.search("articles", "destabilise region")
    assert [a["id"] for a in arts] == ["a1"] and "[" in arts[0]["snippet"]
    assert [a["id"] for a in store.search("articles", "refugees")] == ["a2"]
    assert store.search("articles", "zebra") == []


def test_sqlite_search_indexes_match_their_tables(tmp_path: Path, make_doc: MakeDoc) -> None:
    """The store fills the FTS5 tables itself; FTS5's own check compares them with the rows."""
    from tidings.store import open_store

    with open_store(f"sqlite:///{tmp_path / 'fts.db'}") as store:
        store.save_many([make_doc(f"a{i}") for i in range(5)], chunk_size=2)
        store.save(make_doc("a0"))  # skipped: must not be indexed twice
        store.execute("DELETE FROM articles WHERE id = ?", ("a3",))
        store.execute("UPDATE quotes SET text = ? WHERE article_id = ?", ("Changed words", "a1"))
        store.save(make_doc("a9"))
        for fts in ("articles_fts", "quotes_fts", "events_fts"):
            store.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)")
        assert store.scalar("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'envoy'") \
            == store.scalar("SELECT count(*) FROM events WHERE sentence LIKE '%envoy%'") > 0
        assert [h["article_id"] for h in store.search("quotes", "changed")] == ["a1"]
        assert len(store.search("articles", "Iran")) == 5


def test_search_text_is_never_query_syntax(store: Store, make_doc: MakeDoc) -> None:
    store.save(make_doc("a1"))
    for nasty in ['"', "security\"", "NEAR(", "stability OR", "AND", "*", "title:x",
                  "'; DROP TABLE quotes; --", "(collective", "-security", "^stability"]:
        store.search("quotes", nasty)  # must not raise
        store.search("articles", nasty)
    assert store.search("quotes", "(collective security*") != []
    assert store.scalar("SELECT count(*) FROM quotes") == 1
    assert store.search("quotes", "   ") == [] and store.search("quotes", "!!") == []
    assert fts5_query('say "hi" NEAR') == '"say" "hi" "NEAR"'


def test_search_paging(store: Store, make_doc: MakeDoc) -> None:
    store.save_many([make_doc(f"a{i}") for i in range(5)])
    page1 = store.search("quotes", "security", limit=2, offset=0)
    page2 = store.search("quotes", "security", limit=2, offset=2)
    page3 = store.search("quotes", "security", limit=2, offset=4)
    ids = [h["id"] for h in page1 + page2 + page3]
    assert len(page1) == len(page2) == 2 and len(page3) == 1 and len(set(ids)) == 5
    with pytest.raises(StoreError):
        store.search("events", "x")  # type: ignore[arg-type]


def test_search_follows_deletes(store: Store, make_doc: MakeDoc) -> None:
    store.save(make_doc("a1"))
    assert store.execute("DELETE FROM articles WHERE id = ?", ("a1",)) == 1
    assert store.scalar("SELECT count(*) FROM quotes") == 0  # cascaded
    assert store.search("quotes", "security") == []
    assert store.search("articles", "security") == []


def test_query_is_parameterised_and_portable(store: Store, make_doc: MakeDoc) -> None:
    store.save(make_doc("a1"))
    hostile = "a1' OR '1'='1"
    assert store.query("SELECT id FROM articles WHERE id = ?", (hostile,)) == []
    rows = store.query(
        "SELECT id, published FROM articles WHERE title LIKE '%of%' AND published >= ?",
        ("2024-01-01",),
    )
    assert rows == [{"id": "a1", "published": "2024-02-14"}]
    # Aggregates come back as plain ints/floats on both backends.
    agg = store.query("SELECT sum(num_mentions) AS n, avg(goldstein) AS g FROM events")[0]
    assert agg["n"] == 2 and isinstance(agg["n"], int) and agg["g"] == pytest.approx(4.0)
    with pytest.raises(StoreError, match="query failed"):
        store.query("SELECT nope FROM articles")


def test_stats_counts_and_tops(store: Store, make_doc: MakeDoc) -> None:
    when = date(2024, 2, 14)
    taliban = Actor("Taliban", "AFG", "AFGGOV", "GOV")
    store.save(make_doc("a1", events=(event(IRAN, PAKISTAN, when=when),
                                      event(ENVOY, DAESH, "112", when=when),
                                      event(IRAN, taliban, "042", when=when))))
    store.save(make_doc("a2", events=(event(IRAN, PAKISTAN, when=when),  # folds into a1's
                                      event(ENVOY, PAKISTAN, "190", when=when))))
    from tidings.document import Document

    store.save(Document(article=make_doc("a3", duplicate_of="a1").article))
    from tidings.ingest import Rejected

    store.record_rejection(Rejected("x.pdf", "binary file", "failed"))
    s = store.stats(top=3)
    assert (s["articles"], s["duplicates"], s["quotes"], s["rejections"]) == (3, 1, 2, 1)
    assert (s["events"], s["event_reports"]) == (4, 5)
    top = s["top_actors"][0]
    # The envoy: 2 distinct events as source + 2 quotes as speaker.
    assert (top["name"], top["events"], top["quotes"], top["total"]) == (
        "Hassan Kazemi Qomi", 2, 2, 4)
    assert len(s["top_actors"]) == 3
    dyads = {(d["source"], d["target"]): d for d in s["top_dyads"]}
    # IRN->PAK twice by country (036 folded with 2 mentions + the envoy's 190).
    assert dyads[("IRN", "PAK")]["events"] == 2 and dyads[("IRN", "PAK")]["mentions"] == 3
    assert s["top_dyads"][0]["source"] == "IRN" and s["top_dyads"][0]["target"] == "PAK"
    # No country for Daesh: the dyad uses its actor code.
    all_dyads = {(d["source"], d["target"]) for d in store.stats(top=10)["top_dyads"]}
    assert ("IRN", "IMGMUSISI") in all_dyads and ("IRN", "AFG") in all_dyads
