"""The evidence events of escalation alerts: fetched together, equal to a query per alert."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import pytest

from analysis.helpers import document, event, save
from tidings.analysis import AlertParams, escalation_alerts
from tidings.analysis.alerts import MAX_EVENTS_PER_ALERT
from tidings.analysis.common import dyad_condition
from tidings.store import Store

MONDAY = date(2024, 1, 1)
# (source, target) bursts per week; both directions of IRN-PAK, a dyad of an IGO
# without a country and one of a group: the three ways a dyad key matches a row.
BURSTS = {
    8: [("USA", "IGOUNO"), ("IMGMUSISI", "USA")],
    9: [("IRN", "PAK"), ("PAK", "IRN"), ("IMGMUSISI", "IRN")],
}
CAMEOS = ("190", "193", "194", "195", "172", "173", "180", "181", "182")


def _day(week: int, day: int) -> date:
    return MONDAY + timedelta(weeks=week, days=day)


class CountingStore:
    """A store that counts the queries run through it."""

    def __init__(self, store: Store) -> None:
        self.store, self.queries = store, 0
        self.dialect = getattr(store, "dialect", "sqlite")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        self.queries += 1
        return self.store.query(sql, params)


@pytest.fixture
def burst_store(store: Store) -> Store:
    docs = []
    for week in range(10):
        evs = [event("IRN", "PAK", "112", -2.0, _day(week, 0)),
               event("USA", "IGOUNO", "111", -2.0, _day(week, 1))]
        for n, (source, target) in enumerate(BURSTS.get(week, [])):
            # 35 events a direction: IRN-PAK has 70, above the cap of one alert's list;
            # equal Goldstein scores check the tie order (by id).
            evs += [event(source, target, CAMEOS[i % len(CAMEOS)], -10.0 + (i % 4),
                          _day(week, (i + n) % 7), sentence=f"{source} {target} {i}.")
                    for i in range(35)]
        docs.append(document(f"w{week}", _day(week, 0), evs))
    save(store, *docs)
    return store


def _one_alert_query(store: Store, alert: dict[str, Any]) -> list[dict[str, Any]]:
    """The evidence of one alert as its own query (the former N+1 implementation)."""
    cond, params = dyad_condition(alert["source"], alert["target"], False)
    start = date.fromisoformat(alert["period"])
    rows = store.query(
        "SELECT e.id, e.cameo, e.goldstein, e.sentence, e.article_id, e.event_date "
        f"FROM events e WHERE e.folded_into IS NULL AND e.goldstein < 0 AND ({cond}) "
        "AND e.event_date >= ? AND e.event_date <= ? ORDER BY e.goldstein, e.id LIMIT ?",
        [*params, start.isoformat(), (start + timedelta(days=6)).isoformat() + "~",
         MAX_EVENTS_PER_ALERT])
    return [{**r, "id": int(r["id"]), "goldstein": float(r["goldstein"])} for r in rows]


def test_evidence_equals_a_query_per_alert(burst_store: Store) -> None:
    counting = CountingStore(burst_store)
    alerts = escalation_alerts(counting)
    found = {(a["source"], a["target"], a["period"]) for a in alerts}
    assert found == {
        ("IGOUNO", "USA", _day(8, 0).isoformat()), ("IMGMUSISI", "USA", _day(8, 0).isoformat()),
        ("IMGMUSISI", "IRN", _day(9, 0).isoformat()),
        ("IRN", "PAK", _day(9, 0).isoformat())}
    for alert in alerts:
        assert alert["events"] == _one_alert_query(burst_store, alert)
    irn_pak = next(a for a in alerts if a["source"] == "IRN")
    assert len(irn_pak["events"]) == MAX_EVENTS_PER_ALERT < irn_pak["n_events"]
    assert {e["sentence"].split()[0] for e in irn_pak["events"]} == {"IRN", "PAK"}
    # earliest, latest and the conflict cells, then one evidence query for all alerts
    assert counting.queries == 3 + 1


def test_evidence_in_chunks_is_the_same(burst_store: Store,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    whole = escalation_alerts(burst_store)
    monkeypatch.setattr("tidings.analysis.alerts._ALERTS_PER_QUERY", 2)
    counting = CountingStore(burst_store)
    got = escalation_alerts(counting)
    assert got == whole
    assert len(whole) == 4 and counting.queries == 3 + 2  # four alerts, two a statement


def test_no_alert_runs_no_evidence_query(burst_store: Store) -> None:
    counting = CountingStore(burst_store)
    assert escalation_alerts(counting, params=AlertParams(min_events=1000)) == []
    assert counting.queries == 3

