"""Saving documents: idempotence, all-or-nothing articles, cross-article folding."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

from tidings.errors import StoreError
from tidings.store import Store, open_store

from .helpers import DAESH, ENVOY, IRAN, PAKISTAN, MakeDoc, event

CHILD_TABLES = ("actors", "mentions", "quotes", "events", "places")


def counts(store: Store) -> dict[str, int]:
    return {t: int(store.scalar(f"SELECT count(*) FROM {t}"))
            for t in ("articles", *CHILD_TABLES)}


def test_save_writes_every_record_with_offsets(store: Store, make_doc: MakeDoc) -> None:
    assert store.save(make_doc("a1")) is True
    assert counts(store) == {"articles": 1, "actors": 2, "mentions": 3, "quotes": 1,
                             "events": 2, "places": 1}
    art = store.query("SELECT * FROM articles")[0]
    assert art["published"] == "2024-02-14" and art["content_hash"] == "h-a1"
    assert art["ingested_at"]
    quote = store.query("SELECT * FROM quotes")[0]
    assert quote["speaker_name"] == "Hassan Kazemi Qomi" and quote["speaker_code"] == "IRNGOV"
    assert (quote["start_char"], quote["end_char"], quote["cue"]) == (62, 110, "said")
    actor = store.query("SELECT * FROM actors WHERE entity_id = 1")[0]
    assert json.loads(actor["evidence"]) == ["title: Special Envoy", "country: Iran"]
    assert actor["role"] == "Special Envoy for Afghanistan" and actor["kind"] == "person"
    ev = store.query("SELECT * FROM events ORDER BY idx")
    assert [e["cameo"] for e in ev] == ["112", "036"]
    assert ev[0]["source_name"] == "Hassan Kazemi Qomi" and ev[0]["target_code"] == "IMGMUSISI"
    assert ev[0]["target_country"] is None
    # No explicit event date: the article's publication date is the event date.
    assert {e["event_date"] for e in ev} == {"2024-02-14"}
    assert ev[1]["place_name"] == "Tehran" and ev[1]["lat"] == pytest.approx(35.69)
    assert ev[1]["negated"] == 0 and ev[1]["folded_into"] is None


def test_same_article_twice_is_stored_once(store: Store, make_doc: MakeDoc) -> None:
    assert store.save(make_doc("a1")) is True
    before = counts(store)
    assert store.save(make_doc("a1")) is False
    # Another id with the same content hash is the same article too.
    assert store.save(make_doc("other-id", content_hash="h-a1")) is False
    assert counts(store) == before


def test_save_many_reports_each_document(store: Store, make_doc: MakeDoc) -> None:
    store.save(make_doc("a1"))
    docs = [make_doc("a0"), make_doc("a1"), make_doc("a2"), make_doc("a2")]
    assert store.save_many(docs, chunk_size=3) == [True, False, True, False]
    assert counts(store)["articles"] == 3


def test_error_mid_article_rolls_back_the_whole_article(store: Store, make_doc: MakeDoc) -> None:
    good = make_doc("good")
    # The second event violates NOT NULL (cameo): the failure comes after the
    # article, actors, mentions, quotes and the first event rows were written.
    bad_event = event(when=date(2024, 2, 1)).__class__(
        IRAN, PAKISTAN, None, "03", 1, 4.0, "s", 0, 1,  # type: ignore[arg-type]
    )
    bad = make_doc("bad", events=(event(), bad_event))
    with pytest.raises(StoreError, match="saving bad"):
        store.save(bad)
    assert counts(store) == dict.fromkeys(counts(store), 0)
    # All-or-nothing per chunk: the good article sharing the chunk is not half-kept either.
    with pytest.raises(StoreError):
        store.save_many([good, make_doc("bad", events=(bad_event,))])
    assert counts(store)["articles"] == 0
    # The store is still usable afterwards.
    assert store.save(good) is True
    assert counts(store)["events"] == 2


def test_events_fold_across_articles(store: Store, make_doc: MakeDoc) -> None:
    when = date(2024, 2, 14)
    store.save(make_doc("a1", events=(event(when=when, num_mentions=2),)))
    store.save(make_doc("a2", events=(event(when=when), event(ENVOY, DAESH, "112", when=when))))
    # Same key within one later chunk: both reports fold into a1's event.
    store.save_many([make_doc("a3", events=(event(when=when, num_mentions=3),)),
                     make_doc("a4", events=(event(when=when),))])
    rows = store.query("SELECT id, article_id, cameo, num_mentions, folded_into FROM events "
                       "WHERE cameo = '036' ORDER BY id")
    first = rows[0]
    assert first["article_id"] == "a1" and first["folded_into"] is None
    assert first["num_mentions"] == 2 + 1 + 3 + 1
    assert [r["folded_into"] for r in rows[1:]] == [first["id"]] * 3
    # A different cameo code is a different event.
    other = store.query("SELECT folded_into FROM events WHERE cameo = '112'")
    assert other == [{"folded_into": None}]
    assert store.scalar("SELECT count(*) FROM events WHERE folded_into IS NULL") == 2


def test_negated_and_hypothetical_events_are_never_folded(store: Store,
                                                          make_doc: MakeDoc) -> None:
    # "Iran did not meet Pakistan" first, then "could meet", then two reports that they met:
    # the reports fold into each other, never into the denial or the conditional.
    when = date(2024, 2, 14)
    store.save(make_doc("n1", events=(event(when=when, negated=True),)))
    store.save_many([make_doc("n2", events=(event(when=when, hypothetical=True),)),
                     make_doc("n3", events=(event(when=when),)),
                     make_doc("n4", events=(event(when=when, negated=True),))])
    store.save(make_doc("n5", events=(event(when=when, num_mentions=2),)))
    rows = store.query("SELECT id, article_id, num_mentions, folded_into FROM events "
                       "ORDER BY id")
    by_article = {r["article_id"]: r for r in rows}
    first = by_article["n3"]
    assert first["folded_into"] is None and first["num_mentions"] == 1 + 2
    assert by_article["n5"]["folded_into"] == first["id"]
    for flagged in ("n1", "n2", "n4"):
        assert by_article[flagged]["folded_into"] is None
        assert by_article[flagged]["num_mentions"] == 1
    summary = store.stats()
    assert (summary["events"], summary["event_reports"], summary["flagged_events"]) == (1, 5, 3)
    assert [(d["source"], d["events"], d["mentions"]) for d in summary["top_dyads"]] == [
        ("IRN", 1, 3)]


def test_undated_background_keeps_no_date_and_is_not_folded(store: Store,
                                                             make_doc: MakeDoc) -> None:
    # "Iran had met Pakistan" (background, no date in the text) twice, and a report of a
    # meeting on the day: only the report takes the publication day.
    back = dataclasses.replace(event(), background=True)
    store.save(make_doc("g1", events=(back, event())))
    store.save(make_doc("g2", events=(back,)))
    rows = store.query("SELECT article_id, event_date, folded_into FROM events "
                       "ORDER BY article_id, idx")
    assert [(r["article_id"], r["event_date"], r["folded_into"]) for r in rows] == [
        ("g1", None, None), ("g1", "2024-02-14", None), ("g2", None, None)]
    dated = dataclasses.replace(back, event_date=date(2023, 5, 1))
    store.save(make_doc("g3", events=(dated,)))
    assert store.scalar("SELECT event_date FROM events WHERE article_id = 'g3'") == "2023-05-01"


def test_first_report_within_a_chunk_collects_later_ones(store: Store, make_doc: MakeDoc) -> None:
    when = date(2024, 3, 1)
    docs = [make_doc(f"b{i}", events=(event(when=when, num_mentions=i + 1),)) for i in range(3)]
    store.save_many(docs)
    rows = store.query("SELECT article_id, num_mentions, folded_into FROM events ORDER BY id")
    assert rows[0] == {"article_id": "b0", "num_mentions": 1 + 2 + 3, "folded_into": None}
    assert all(r["folded_into"] is not None for r in rows[1:])


def test_events_with_unknown_parts_are_not_folded(store: Store, make_doc: MakeDoc) -> None:
    unknown = IRAN.__class__("someone", None, None)
    store.save(make_doc("a1", events=(event(unknown, PAKISTAN),), published=None))
    store.save(make_doc("a2", events=(event(unknown, PAKISTAN),), published=None))
    store.save(make_doc("a3", events=(event(),), published=None))  # no date at all
    store.save(make_doc("a4", events=(event(),), published=None))
    assert store.scalar("SELECT count(*) FROM events WHERE folded_into IS NOT NULL") == 0


def test_an_empty_actor_code_is_stored_as_unknown(store: Store, make_doc: MakeDoc) -> None:
    # "" is no code: the event is unkeyed, so its repeats are stored unfolded. Written as
    # "" the code entered the partial unique index events_fold_key and the second
    # article failed with a UNIQUE error (its whole chunk rolled back).
    no_code = IRAN.__class__("a crowd", None, "")
    store.save(make_doc("a1", events=(event(IRAN, no_code, "145"),)))
    store.save(make_doc("a2", events=(event(IRAN, no_code, "145"),)))
    rows = store.query("SELECT target_code, folded_into FROM events ORDER BY id")
    assert rows == [{"target_code": None, "folded_into": None}] * 2


def test_explicit_event_date_wins_over_publication(store: Store, make_doc: MakeDoc) -> None:
    store.save(make_doc("a1", events=(event(when=date(2024, 1, 16)),)))
    store.save(make_doc("a2", events=(event(when=date(2024, 1, 16)),),
                        published=date(2024, 1, 20)))
    rows = store.query("SELECT event_date, folded_into FROM events ORDER BY id")
    assert [r["event_date"] for r in rows] == ["2024-01-16", "2024-01-16"]
    assert rows[1]["folded_into"] is not None


def test_near_duplicate_is_stored_bare(store: Store, make_doc: MakeDoc) -> None:
    store.save(make_doc("a1"))
    from tidings.document import Document

    dup = Document(article=make_doc("a1-copy", duplicate_of="a1").article)
    assert store.save(dup) is True
    assert store.stats()["duplicates"] == 1
    assert store.scalar("SELECT count(*) FROM events WHERE article_id = 'a1-copy'") == 0


def test_record_rejection_and_known_articles(store: Store, make_doc: MakeDoc) -> None:
    from tidings.ingest import Rejected

    store.record_rejection(Rejected("/x/broken.warc", "truncated WARC record", "failed"))
    rows = store.query("SELECT source, reason, status, at FROM rejections")
    assert rows[0]["reason"] == "truncated WARC record" and rows[0]["status"] == "failed"
    store.save_many([make_doc("a1"), make_doc("a2", text="Another text.")])
    # Without near-duplicate detection only ids and hashes are read.
    assert sorted(store.known_articles()) == [("a1", "h-a1", None, None),
                                              ("a2", "h-a2", None, None)]
    # With it, the text comes only for articles that have no signature of that scheme.
    store.save_signatures([("a1", "scheme-x", b"\x01\x02")])
    known = {k.id: k for k in store.known_articles("scheme-x")}
    assert (known["a1"].signature, known["a1"].text) == (b"\x01\x02", None)
    assert (known["a2"].signature, known["a2"].text) == (None, "Another text.")
    other = {k.id: k for k in store.known_articles("scheme-y")}
    assert other["a1"].signature is None and other["a1"].text is not None
    # A newer signature replaces the old one.
    store.save_signatures([("a1", "scheme-y", b"\x03")])
    assert next(k for k in store.known_articles("scheme-y") if k.id == "a1").signature == b"\x03"


def test_stored_checks_ids_and_hashes(store: Store, make_doc: MakeDoc) -> None:
    store.save(make_doc("a1"))
    candidates = [make_doc("a1").article, make_doc("new", content_hash="h-a1").article,
                  make_doc("fresh").article]
    assert store.stored(candidates) == {"a1", "new"}


def test_many_rows_per_insert_store_what_single_saves_store(tmp_path: Path,
                                                            make_doc: MakeDoc) -> None:
    """SQLite inserts whole groups of rows per statement and the rest row by row; a chunk
    with more rows per table than a group (and a remainder) stores the same rows, ids and
    folds as saving each article in its own transaction."""
    docs = [make_doc(f"b{i:03d}", events=(
        event(when=date(2024, 3, 1 + i % 4), num_mentions=1 + i % 3),
        event(ENVOY, DAESH, "112", when=date(2024, 3, 1 + i % 5)),
        event(IRAN, None, "173", start=i % 7))) for i in range(150)]
    tables: dict[str, list[list[dict[str, object]]]] = {}
    for name, chunk in (("grouped", 150), ("single", 1)):
        with open_store(f"sqlite:///{tmp_path / name}.db") as s:
            s.save_many(docs, chunk_size=chunk)
            for table in ("articles", *CHILD_TABLES):
                rows = [{k: v for k, v in r.items() if k != "ingested_at"}
                        for r in s.iter_rows(table)]
                tables.setdefault(table, []).append(rows)
            assert s.search("articles", "collective security", limit=200)
    for table, (grouped, single) in tables.items():
        assert grouped == single, table
    assert len(tables["events"][0]) == 450 and len(tables["mentions"][0]) == 450


def test_reopen_keeps_data(store_url: str, make_doc: MakeDoc) -> None:
    with open_store(store_url) as s:
        s.save(make_doc("a1"))
    with open_store(store_url) as s:
        assert s.scalar("SELECT count(*) FROM articles") == 1
        assert s.save(make_doc("a1")) is False


def test_threads_can_share_a_store(store: Store, make_doc: MakeDoc) -> None:
    """The API reads from worker threads while something else may write."""
    import threading

    errors: list[BaseException] = []

    def writer(start: int) -> None:
        try:
            for i in range(start, start + 10):
                store.save(make_doc(f"t{i}"))
        except BaseException as exc:
            errors.append(exc)

    def reader() -> None:
        try:
            for _ in range(30):
                store.query("SELECT count(*) AS n FROM events WHERE folded_into IS NULL")
                store.search("quotes", "security", limit=5)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k * 10,)) for k in range(3)]
    threads += [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.scalar("SELECT count(*) FROM articles") == 30


def test_text_round_trips_exactly(store: Store, make_doc: MakeDoc) -> None:
    # COPY (PostgreSQL) has its own escapes for tabs, newlines, backslashes and \\N.
    text = ('Tabs\there,\r\nnew lines\nand a back\\slash, \\N, "quotes", '
            '\u201ccurly\u201d, \u00e9\u00e8 \U0001f600')
    store.save(make_doc("odd", text=text))
    assert store.query("SELECT text FROM articles")[0]["text"] == text
    assert store.query("SELECT title FROM articles")[0]["title"] == "Title of odd"
