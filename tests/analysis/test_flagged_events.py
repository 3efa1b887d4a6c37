"""Negated and hypothetical events in the analyses.

"Iran did not attack Pakistan" and "Iran could attack Pakistan" are stored with their flags
as evidence, but no count rests on them: dyad analyses, per-actor counts, places, statistics
and the GDELT export skip them; the event listing shows them only when asked, and the
article view always (with the flags).
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from analysis.helpers import document, event, save, week
from tidings.analysis import (
    GDELT_COLUMNS,
    AlertParams,
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
QUETTA = Place("Quetta", 0, 6, "PAK", 30.18, 67.0, "city", 1167528)


@pytest.fixture
def flagged(store: Store) -> Store:
    """One asserted IRN -> PAK meeting, and a negated and a hypothetical IRN -> PAK attack."""
    save(store, document("f1", DAY, [
        event("IRN", "PAK", "040", 1.0, DAY),
        event("IRN", "PAK", "190", -10.0, DAY, place=QUETTA, negated=True),
        event("IRN", "USA", "190", -10.0, DAY, place=QUETTA, hypothetical=True),
    ]))
    return store


def test_dyad_analyses_skip_negated_and_hypothetical_events(flagged: Store) -> None:
    assert [(d["source"], d["target"], d["n_events"], d["conflict"])
            for d in top_dyads(flagged)] == [("IRN", "PAK", 1, 0)]
    net = actor_network(flagged)
    assert [(e["source"], e["target"], e["weight"]) for e in net["edges"]] == [
        ("IRN", "PAK", 1)]
    assert "USA" not in {n["id"] for n in net["nodes"]}
    points = [p for p in dyad_series(flagged, "IRN", "PAK", "day")["points"] if p["n_events"]]
    assert [(p["n_events"], p["q1"], p["q4"]) for p in points] == [(1, 1, 0)]


def test_counts_places_stats_and_export_skip_them(flagged: Store, tmp_path: Path) -> None:
    counts = {a["name"]: a["n_events"] for a in list_actors(flagged)["items"]}
    assert counts["Iran"] == 1 and counts["Pakistan"] == 1
    assert counts.get("United States", 0) == 0
    assert places_summary(flagged) == []
    stats = store_stats(flagged)
    assert stats["unique_events"] == 1 and stats["quad_classes"]["4"] == 0
    out = tmp_path / "gdelt.tsv"
    assert export_gdelt(flagged, out) == 1
    (row,) = list(csv.reader(out.open(encoding="utf-8"), delimiter="\t"))
    assert row[GDELT_COLUMNS.index("EventCode")] == "040"


def test_listing_shows_them_only_when_asked(flagged: Store) -> None:
    assert [e["cameo"] for e in list_events(flagged)["items"]] == ["040"]
    every = list_events(flagged, EventFilter(include_flagged=True), sort="id")["items"]
    assert [(e["cameo"], e["negated"], e["hypothetical"]) for e in every] == [
        ("040", False, False), ("190", True, False), ("190", False, True)]
    assert list_events(flagged, EventFilter(quad_class=4))["total"] == 0
    article = get_article(flagged, "f1")
    assert article is not None and len(article["events"]) == 3


def test_no_escalation_alert_rests_on_attacks_that_did_not_happen(store: Store) -> None:
    quiet = [document(f"q{n}", week(n), [event("IRN", "PAK", "040", 1.0, week(n))])
             for n in range(10)]
    # A burst of attacks in week 10, one a day, every one denied or conditional.
    burst = [event("IRN", "PAK", "190", -10.0, week(10, i), sentence=f"Attack {i}.",
                   negated=i % 2 == 0, hypothetical=i % 2 == 1) for i in range(7)]
    save(store, *quiet, document("burst", week(10), burst))
    params = AlertParams(min_events=1, min_std=0.1)
    assert escalation_alerts(store, params=params) == []
    # The same burst asserted is an alert: the test can fail.
    asserted = [event("IRN", "PAK", "190", -10.0, week(10, i), sentence=f"Strike {i}.")
                for i in range(7)]
    save(store, document("burst2", week(10), asserted))
    (alert,) = escalation_alerts(store, params=params)
    assert {e["sentence"] for e in alert["events"]} == {f"Strike {i}." for i in range(7)}


def test_the_gdelt_export_puts_no_event_on_a_day_it_lacks(store: Store, tmp_path: Path) -> None:
    # "Iran had attacked Pakistan" (background, no date of its own) and an event of an
    # article without a date: neither has a day, so neither gets a GDELT row.
    import dataclasses

    told = dataclasses.replace(event("IRN", "PAK", "190", -10.0, None), background=True)
    dated = dataclasses.replace(event("IRN", "PAK", "190", -10.0, date(2019, 5, 1)),
                                background=True)
    save(store, document("bg1", DAY, [told, dated, event("IRN", "PAK", "040", 1.0, DAY)]),
         document("nodate", None, [event("PAK", "IRN", "036", 4.0, None)]))
    out = tmp_path / "gdelt.tsv"
    assert export_gdelt(store, out) == 2
    rows = list(csv.reader(out.open(encoding="utf-8"), delimiter="\t"))
    day = GDELT_COLUMNS.index("SQLDATE")
    assert sorted(r[day] for r in rows) == ["20190501", "20240214"]
