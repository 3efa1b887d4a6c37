"""One-sided events (issue #5) in the analyses.

Dyad analyses (top dyads, series, network, alerts) count two-sided events only; per-actor
counts, the event listing, article detail, statistics and the GDELT export include them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from analysis.helpers import document, event, save, week
from tidings.analysis import (
    GDELT_COLUMNS,
    EventFilter,
    actor_network,
    dyad_series,
    escalation_alerts,
    export_gdelt,
    get_article,
    list_actors,
    list_events,
    places_summary,
    store_stats,
    top_dyads,
)
from tidings.records import Place
from tidings.store import Store

DAY = date(2024, 2, 14)
KABUL = Place("Kabul", 0, 5, "AFG", 34.53, 69.17, "city", 1138958)


@pytest.fixture
def mixed(store: Store) -> Store:
    """Two two-sided IRN -> PAK events and three one-sided ones around Iran and Pakistan."""
    save(store, document("m1", DAY, [
        event("IRN", "PAK", "190", -10.0, DAY),
        event("IRN", "PAK", "036", 4.0, DAY),
        event("IRN", None, "145", -7.5, DAY, place=KABUL),   # "Iranians demonstrated in Kabul"
        event(None, "PAK", "183", -10.0, DAY),                # "a car bomb killed ten Pakistanis"
        event(None, "IGOUNO", "042", 1.9, DAY),
    ]))
    return store


def test_dyad_analyses_count_two_sided_events_only(mixed: Store) -> None:
    assert [(d["source"], d["target"], d["n_events"]) for d in top_dyads(mixed)] == [
        ("IRN", "PAK", 2)]
    net = actor_network(mixed)
    assert [(e["source"], e["target"], e["weight"]) for e in net["edges"]] == [
        ("IRN", "PAK", 2)]
    assert {n["id"]: n["weight"] for n in net["nodes"]} == {"IRN": 2, "PAK": 2}
    points = [p for p in dyad_series(mixed, "IRN", "PAK", "week")["points"] if p["n_events"]]
    assert [(p["n_events"], p["q4"]) for p in points] == [(2, 1)]


def test_per_actor_counts_and_listing_include_one_sided_events(mixed: Store) -> None:
    counts = {a["name"]: a["n_events"] for a in list_actors(mixed)["items"]}
    assert counts["Iran"] == 3 and counts["Pakistan"] == 3 and counts["United Nations"] == 1
    assert list_events(mixed)["total"] == 5
    iran = list_events(mixed, EventFilter(actor="IRN"))["items"]
    assert sorted(e["cameo"] for e in iran) == ["036", "145", "190"]
    (blank_target,) = list_events(mixed, EventFilter(cameo="145"))["items"]
    assert blank_target["source_code"] == "IRN"
    assert all(blank_target[f"target_{c}"] is None for c in ("name", "country", "code"))
    # A side filter matches the side that is there, never the blank one.
    assert list_events(mixed, EventFilter(target="PAK"))["total"] == 3
    assert list_events(mixed, EventFilter(source="PAK"))["total"] == 0
    assert store_stats(mixed)["unique_events"] == 5
    (kabul,) = places_summary(mixed)
    assert kabul["name"] == "Kabul" and kabul["n_events"] == 1
    article = get_article(mixed, "m1")
    assert article is not None
    blanks = [(e["source_name"], e["target_name"]) for e in article["events"]]
    assert blanks[2:] == [("Iran", None), (None, "Pakistan"), (None, "United Nations")]


def test_one_sided_conflict_neither_raises_nor_explains_an_alert(store: Store) -> None:
    docs = []
    for w in range(12):
        evs = [event("IRN", "PAK", "112", -2.0, week(w))]
        if w == 10:
            # A burst against Pakistan by unknown attackers, and one by Iran with no target.
            evs += [event(None, "PAK", "190", -10.0, week(w, 1 + i)) for i in range(4)]
            evs += [event("IRN", None, "190", -10.0, week(w, 1 + i)) for i in range(4)]
            # A two-sided burst elsewhere still alerts.
            evs += [event("USA", "AFG", "190", -10.0, week(w, 1 + i)) for i in range(3)]
        docs.append(document(f"w{w}", week(w), evs))
    save(store, *docs)
    alerts = escalation_alerts(store)
    assert [(a["source"], a["target"]) for a in alerts] == [("AFG", "USA")]
    evidence = {e["id"] for e in alerts[0]["events"]}
    two_sided = {int(r["id"]) for r in store.query(
        "SELECT id FROM events WHERE source_code = 'USA' AND target_code = 'AFGGOV'")}
    assert evidence == two_sided and len(evidence) == 3


def test_gdelt_export_leaves_the_missing_actor_blank(mixed: Store, tmp_path: Path) -> None:
    path = tmp_path / "gdelt.tsv"
    assert export_gdelt(mixed, path) == 5
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
            for line in path.read_text("utf-8").splitlines()]
    by_code = {r["EventCode"]: r for r in rows}
    actor1 = [c for c in GDELT_COLUMNS if c.startswith("Actor1") and "Geo" not in c]
    actor2 = [c for c in GDELT_COLUMNS if c.startswith("Actor2") and "Geo" not in c]
    assert len(actor1) == len(actor2) == 10
    no_target, no_source = by_code["145"], by_code["183"]
    assert [no_target[c] for c in actor2] == [""] * 10
    assert (no_target["Actor1Code"], no_target["Actor1Name"]) == ("IRN", "IRAN")
    assert [no_source[c] for c in actor1] == [""] * 10
    assert (no_source["Actor2Code"], no_source["Actor2CountryCode"]) == ("PAK", "PAK")
    assert no_target["ActionGeo_FullName"] == "Kabul" and no_source["GoldsteinScale"] == "-10.0"
