"""Dyad series bucketing, the index formula, folded events, and the actor network."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.helpers import document, event, save
from tidings.analysis import (
    AnalysisError,
    DateRange,
    actor_network,
    coop_conflict_index,
    dyad_series,
    network_graph,
    parse_dyad,
    write_network,
)
from tidings.store import Store


def _points(result: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {p["period"]: p for p in result["points"]}


@pytest.fixture
def dyad_store(store: Store) -> Store:
    save(store,
         document("a1", date(2024, 2, 12), [
             event("IRN", "PAK", "190", -10.0, date(2024, 2, 12)),   # Monday, week 7
             event("IRNGOV", "PAK", "051", 3.4, date(2024, 2, 14)),  # Wednesday, same week
         ]),
         document("a2", date(2024, 2, 19), [
             event("PAK", "IRN", "172", -5.0, date(2024, 2, 19)),    # reverse direction
             event("IRN", "AFG", "040", 1.0, date(2024, 2, 20)),     # other dyad
         ]),
         document("a3", date(2024, 3, 1), [event("IRN", "PAK", "036", 4.0, date(2024, 3, 1))]),
         # A later report of a1's strike: folded into it, not counted twice.
         document("a4", date(2024, 2, 13), [event("IRN", "PAK", "190", -10.0, date(2024, 2, 12))]),
         )
    return store


def test_weekly_series_buckets_both_directions(dyad_store: Store) -> None:
    result = dyad_series(dyad_store, "IRN", "PAK", "week")
    pts = _points(result)
    assert list(pts) == ["2024-02-12", "2024-02-19", "2024-02-26"]
    w7 = pts["2024-02-12"]
    assert (w7["n_events"], w7["q1"], w7["q4"]) == (2, 1, 1)  # the folded copy is not counted
    assert w7["n_mentions"] == 3  # 2 mentions of the strike + 1 of the statement
    assert w7["goldstein_sum"] == pytest.approx(-6.6)
    assert w7["goldstein_mean"] == pytest.approx(-3.3)
    # index = (C - K) / (C + K) with weights 1 + |g|: C = 4.4, K = 11
    assert w7["index"] == pytest.approx((4.4 - 11) / (4.4 + 11), abs=1e-4)
    assert pts["2024-02-19"]["q4"] == 1  # PAK -> IRN counts in the undirected series
    assert pts["2024-02-26"]["n_events"] == 1 and pts["2024-02-26"]["index"] == 1.0
    assert len(w7["event_ids"]) == 2


def test_directed_and_monthly_and_zero_filled_daily(dyad_store: Store) -> None:
    directed = dyad_series(dyad_store, "IRN", "PAK", "month", directed=True)
    assert [(p["period"], p["n_events"]) for p in directed["points"]] == [
        ("2024-02-01", 2), ("2024-03-01", 1)]
    daily = dyad_series(dyad_store, "PAK", "IRN", "day",
                        DateRange(date(2024, 2, 11), date(2024, 2, 20)))
    assert len(daily["points"]) == 10
    counts = {p["period"]: p["n_events"] for p in daily["points"]}
    assert counts["2024-02-11"] == 0 and counts["2024-02-12"] == 1
    assert counts["2024-02-14"] == 1 and counts["2024-02-19"] == 1
    assert daily["points"][0]["index"] is None  # empty periods have no index


def test_index_formula_bounds() -> None:
    assert coop_conflict_index(0, 0) is None
    assert coop_conflict_index(5, 0) == 1.0
    assert coop_conflict_index(0, 5) == -1.0
    assert coop_conflict_index(3, 1) == 0.5


def test_series_rejects_huge_daily_span(dyad_store: Store) -> None:
    with pytest.raises(AnalysisError):
        dyad_series(dyad_store, "IRN", "PAK", "day", DateRange(date(1900, 1, 1), date(2024, 1, 1)))


def test_parse_dyad() -> None:
    assert parse_dyad("irn-pak") == ("IRN", "PAK")
    for bad in ("IRN", "IRN-", "IRN-PAK-AFG", "I R N-PAK", "IRN;--PAK"):
        with pytest.raises(AnalysisError):
            parse_dyad(bad)


def test_network_weights_and_separate_coop_conflict(dyad_store: Store) -> None:
    save(dyad_store, document("a5", date(2024, 2, 21), [
        event("IRN", "IRN", "173", -5.0, date(2024, 2, 21)),   # domestic: not an edge
        event("IGOUNO", "AFG", "070", 7.0, date(2024, 2, 21)),  # no country: keyed by code
    ]))
    net = actor_network(dyad_store)
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert set(edges) == {("IRN", "PAK"), ("PAK", "IRN"), ("IRN", "AFG"), ("IGOUNO", "AFG")}
    irn_pak = edges[("IRN", "PAK")]
    assert (irn_pak["weight"], irn_pak["coop"], irn_pak["conflict"]) == (3, 2, 1)
    assert irn_pak["goldstein_mean"] == pytest.approx((-10 + 3.4 + 4) / 3, abs=1e-3)
    nodes = {n["id"]: n for n in net["nodes"]}
    assert nodes["IRN"]["weight"] == 5 and nodes["IRN"]["label"] == "Iran"
    assert nodes["IGOUNO"]["label"] == "IGOUNO"
    # min_weight drops light edges and the nodes left without any.
    heavy = actor_network(dyad_store, min_weight=2)
    assert [(e["source"], e["target"]) for e in heavy["edges"]] == [("IRN", "PAK")]
    assert {n["id"] for n in heavy["nodes"]} == {"IRN", "PAK"}
    with_self = actor_network(dyad_store, include_self=True)
    assert ("IRN", "IRN") in {(e["source"], e["target"]) for e in with_self["edges"]}
    # A period filter.
    march = actor_network(dyad_store, DateRange(date(2024, 3, 1), date(2024, 3, 31)))
    assert [(e["source"], e["target"], e["weight"]) for e in march["edges"]] == [
        ("IRN", "PAK", 1)]


def test_network_export_graphml_and_gexf(dyad_store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import networkx as nx

    net = actor_network(dyad_store)
    graph = network_graph(net)
    assert graph.number_of_edges() == len(net["edges"])
    path = write_network(net, tmp_path / "n.graphml")
    back = nx.read_graphml(path)
    assert back.edges["IRN", "PAK"]["conflict"] == 1
    gexf = write_network(net, tmp_path / "n.gexf", "gexf")
    assert nx.read_gexf(gexf).number_of_nodes() == len(net["nodes"])


def test_series_with_code_keyed_actor_both_directions(store: Store) -> None:
    save(store, document("u1", date(2024, 5, 6), [
        event("IGOUNO", "AFG", "070", 7.0, date(2024, 5, 6)),
        event("AFG", "IGOUNO", "043", 2.8, date(2024, 5, 7)),
        event("IMGMUSISI", "AFG", "190", -10.0, date(2024, 5, 8)),  # another code: excluded
    ]))
    both = dyad_series(store, "IGOUNO", "AFG", "week")
    assert [p["n_events"] for p in both["points"]] == [2]
    one = dyad_series(store, "AFG", "IGOUNO", "week", directed=True)
    assert [(p["n_events"], p["q1"]) for p in one["points"]] == [(1, 1)]


def test_code_keyed_series_keeps_its_dates_and_counted_events_in_both_directions(
        store: Store) -> None:
    # The OR of the two directions once lost its parentheses: the reverse direction then
    # ignored the date range, and the forward one counted negated reports.
    may, june = date(2024, 5, 6), date(2024, 6, 3)
    save(store, document("u2", may, [
        event("IGOUNO", "AFG", "070", 7.0, may),
        event("IGOUNO", "AFG", "190", -10.0, may, negated=True),
        event("AFG", "IGOUNO", "043", 2.8, may),
        event("AFG", "IGOUNO", "042", 1.9, june),
    ]))
    may_only = dyad_series(store, "IGOUNO", "AFG", "week",
                           DateRange(may, date(2024, 5, 12)))
    assert [(p["n_events"], p["q4"]) for p in may_only["points"]] == [(2, 0)]


def test_keys_with_unknown_country_dashes() -> None:
    from tidings.analysis import parse_key

    assert parse_key("---uaf") == "---UAF"
    for bad in ("---", "-", "IRN PAK", "IRN'--"):
        with pytest.raises(AnalysisError):
            parse_key(bad)


def test_node_labels_name_countries_and_unplaced_actors() -> None:
    from tidings.analysis.network import country_names, node_label

    names = country_names()
    assert node_label("IRN", names) == "Iran"
    assert node_label("---MIL", names) == "unidentified MIL"
    assert node_label("IGOUNO", names) == "IGOUNO"
