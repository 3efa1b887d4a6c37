"""One-sided events (issue #5): blank actor columns, folding, stats and exports."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tidings.records import Actor
from tidings.store import Store, open_store
from tidings.store.export import export_table
from tidings.store.rows import fold_key

from .helpers import DAESH, IRAN, PAKISTAN, MakeDoc, event

DAY = date(2024, 2, 14)
NO_CODE = Actor("some protesters", None, None)

SIDE_COLUMNS = ("name", "country", "code", "sector")


def stored_events(store: Store) -> list[dict[str, object]]:
    return store.query("SELECT * FROM events ORDER BY article_id, idx")


def test_missing_side_is_stored_as_null_columns(store: Store, make_doc: MakeDoc) -> None:
    store.save(make_doc("a1", events=(event(IRAN, None, "145"), event(None, DAESH, "183"))))
    no_target, no_source = stored_events(store)
    assert (no_target["source_name"], no_target["source_code"]) == ("Iran", "IRNGOV")
    assert all(no_target[f"target_{c}"] is None for c in SIDE_COLUMNS)
    assert all(no_source[f"source_{c}"] is None for c in SIDE_COLUMNS)
    assert (no_source["target_name"], no_source["target_code"]) == ("Daesh", "IMGMUSISI")
    assert [r["cameo"] for r in (no_target, no_source)] == ["145", "183"]


def test_fold_key_writes_a_blank_side_as_empty_string() -> None:
    assert fold_key(event(IRAN, None, "145"), DAY) == ("2024-02-14", "IRNGOV", "", "145")
    assert fold_key(event(None, DAESH, "183"), DAY) == ("2024-02-14", "", "IMGMUSISI", "183")
    # An actor that is there but has no code is unknown, not blank: never folded.
    assert fold_key(event(NO_CODE, None, "145"), DAY) is None
    assert fold_key(event(IRAN, NO_CODE, "145"), DAY) is None
    assert fold_key(event(IRAN, None, "145"), None) is None


def test_one_sided_reports_fold_only_with_the_same_blank_side(
    store: Store, make_doc: MakeDoc
) -> None:
    store.save(make_doc("a1", events=(event(IRAN, None, "145"), event(IRAN, PAKISTAN, "145"),
                                      event(None, IRAN, "145"))))
    # a2 is folded against stored rows; a3 and a4 share one batch whose first
    # reports (Pakistan, blank) are not stored yet.
    store.save(make_doc("a2", events=(event(IRAN, None, "145"), event(None, IRAN, "145"),
                                      event(IRAN, NO_CODE, "145"))))
    store.save_many([make_doc("a3", events=(event(PAKISTAN, None, "145"),)),
                     make_doc("a4", events=(event(PAKISTAN, None, "145"),
                                            event(None, PAKISTAN, "145")))])
    rows = {(r["article_id"], r["idx"]): r for r in stored_events(store)}
    firsts = {k: r for k, r in rows.items() if r["folded_into"] is None}
    assert set(firsts) == {("a1", 0), ("a1", 1), ("a1", 2), ("a2", 2), ("a3", 0), ("a4", 1)}
    assert rows[("a2", 0)]["folded_into"] == rows[("a1", 0)]["id"]
    assert rows[("a2", 1)]["folded_into"] == rows[("a1", 2)]["id"]
    assert rows[("a4", 0)]["folded_into"] == rows[("a3", 0)]["id"]
    mentions = {k: r["num_mentions"] for k, r in firsts.items()}
    assert mentions == {("a1", 0): 2, ("a1", 1): 1, ("a1", 2): 2, ("a2", 2): 1,
                        ("a3", 0): 2, ("a4", 1): 1}


def test_blank_target_first_report_collects_later_reports(store: Store, make_doc: MakeDoc) -> None:
    store.save(make_doc("a1", events=(event(None, IRAN, "145"),)))
    store.save_many([make_doc("a2", events=(event(None, IRAN, "145"),)),
                     make_doc("a3", events=(event(None, IRAN, "145", num_mentions=2),))])
    first, *later = stored_events(store)
    assert first["folded_into"] is None and first["num_mentions"] == 4
    assert [r["folded_into"] for r in later] == [first["id"], first["id"]]


def test_stats_count_the_present_side_and_skip_one_sided_dyads(
    store: Store, make_doc: MakeDoc
) -> None:
    store.save(make_doc("a1", events=(event(IRAN, None, "145"), event(None, DAESH, "183"),
                                      event(IRAN, PAKISTAN, "036"))))
    summary = store.stats()
    assert summary["events"] == 3
    events_by_actor = {a["name"]: a["events"] for a in summary["top_actors"]}
    assert events_by_actor["Iran"] == 2 and events_by_actor["Daesh"] == 1
    assert events_by_actor["Pakistan"] == 1
    assert [(d["source"], d["target"]) for d in summary["top_dyads"]] == [("IRN", "PAK")]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_writes_blank_cells_for_the_missing_side(
    store: Store, make_doc: MakeDoc, tmp_path: Path, fmt: str
) -> None:
    store.save(make_doc("a1", events=(event(IRAN, None, "145"), event(None, DAESH, "183"))))
    path = tmp_path / f"events.{fmt}"
    assert export_table(store, "events", fmt, path) == 2
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as fh:
            rows: list[dict[str, object]] = list(csv.DictReader(fh))
        blank: object = ""
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        blank = None
    else:
        rows = pq.read_table(path).to_pylist()
        blank = None
    no_target, no_source = sorted(rows, key=lambda r: int(str(r["idx"])))
    assert [no_target[f"target_{c}"] for c in SIDE_COLUMNS] == [blank] * 4
    assert [no_source[f"source_{c}"] for c in SIDE_COLUMNS] == [blank] * 4
    assert no_target["source_code"] == "IRNGOV" and no_source["target_code"] == "IMGMUSISI"


def test_blank_side_does_not_fold_into_an_actor_with_an_empty_code(
    store: Store, make_doc: MakeDoc
) -> None:
    # An empty code is an unknown actor (its event is stored unkeyed), not a blank side.
    empty_code = Actor("some protesters", None, "")
    store.save(make_doc("a1", events=(event(IRAN, empty_code, "145"),
                                      event(empty_code, DAESH, "183"))))
    # Databases written before empty codes were stored as NULL hold "" here.
    store.execute("UPDATE events SET target_code = '' WHERE cameo = '145'")
    store.execute("UPDATE events SET source_code = '' WHERE cameo = '183'")
    store.save(make_doc("a2", events=(event(IRAN, None, "145"), event(None, DAESH, "183"))))
    rows = stored_events(store)
    assert [r["folded_into"] for r in rows] == [None] * 4
    assert [r["num_mentions"] for r in rows] == [1] * 4


def test_concurrent_writers_store_one_first_report_per_blank_key(
    store_url: str, make_doc: MakeDoc
) -> None:
    """The partial unique index events_fold_key cannot see a NULL code, so for one-sided
    keys only the store's write lock (BEGIN IMMEDIATE, a PostgreSQL advisory lock) keeps
    two writers from both storing a first report."""
    import threading

    writers = 4
    open_store(store_url).close()  # migrate once, before the race
    stores = [open_store(store_url) for _ in range(writers)]
    start = threading.Barrier(writers)
    errors: list[BaseException] = []

    def write(k: int) -> None:
        try:
            start.wait()
            for i in range(5):
                stores[k].save(make_doc(f"w{k}-{i}", events=(
                    event(IRAN, None, "145"), event(None, DAESH, "183"))))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(k,)) for k in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        firsts = stores[0].query("SELECT cameo, num_mentions FROM events "
                                 "WHERE folded_into IS NULL ORDER BY cameo")
        assert [(r["cameo"], r["num_mentions"]) for r in firsts] == [
            ("145", writers * 5), ("183", writers * 5)]
    finally:
        for s in stores:
            s.close()


def test_sqlite_fold_lookups_of_one_sided_keys_probe_their_indexes(tmp_path: Path,
                                                                  make_doc: MakeDoc) -> None:
    """Each lookup of stored first reports seeks an index on its whole key; probing by
    date alone walked every unfolded event of the day (migration 0006)."""
    with open_store(f"sqlite:///{tmp_path / 'plan.db'}") as store:
        store.save(make_doc("a1", events=(event(IRAN, None, "145"), event(None, DAESH, "183"),
                                          event(IRAN, PAKISTAN, "036"))))
        lookups: list[str] = []
        store._conn.set_trace_callback(
            lambda sql: lookups.append(sql) if "temp.fold_keys k" in sql else None)
        store.save(make_doc("a2", events=(event(IRAN, None, "145"), event(None, DAESH, "183"),
                                          event(IRAN, PAKISTAN, "036"))))
        store._conn.set_trace_callback(None)
        plans = [" | ".join(str(r[-1]) for r in store._conn.execute(
            f"EXPLAIN QUERY PLAN {sql}")) for sql in lookups]
        assert len(plans) == 3
        assert all("SEARCH e USING INDEX events_fold_" in p for p in plans), plans
        used = sorted(p.split("USING INDEX ")[1].split(" ")[0] for p in plans)
        assert used == ["events_fold_key", "events_fold_no_source", "events_fold_no_target"]
        assert [r["folded_into"] is not None for r in stored_events(store)] == [False] * 3 + [
            True] * 3
