"""The actor network over a period, and its GraphML/GEXF export (networkx).

Nodes are dyad keys (country ISO3, or the actor code when there is no country); a node's
weight is the number of counted events it takes part in, as source or target. Edges are
directed source → target; ``weight`` is the number of events, with cooperation (quad
classes 1–2) and conflict (3–4) counted separately and the mean Goldstein score.
Events of an actor on itself (domestic events, ``IRN → IRN``) are left out unless asked for.
Only two-sided events make edges and node weights; one-sided events (a blank source or
target) have no dyad and are left out.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Literal

from tidings.analysis.common import (
    ALL_TIME,
    AnalysisError,
    DateRange,
    QueryStore,
    country_names,
)
from tidings.analysis.dyads import dyad_totals

__all__ = ["actor_network", "country_names", "network_graph", "node_label", "write_network"]


def node_label(key: str, names: dict[str, str]) -> str:
    """A readable node name: the country's name, or what an unplaced code stands for.

    Phoenix codes mark an unknown country with ``---`` ("---MIL": some military);
    shown bare they read like noise on the network graph.
    """
    if key in names:
        return names[key]
    if key.startswith("---"):
        return f"unidentified {key[3:] or 'actor'}"
    return key


def actor_network(store: QueryStore, dates: DateRange = ALL_TIME, min_weight: int = 1,
                  include_self: bool = False, written_countries: bool = False
                  ) -> dict[str, Any]:
    """``{nodes: [{id, label, weight}], edges: [{source, target, weight, coop, ...}]}``.

    ``written_countries`` leaves out events a side of which has an inferred country.
    """
    if min_weight < 1:
        raise AnalysisError("min_weight must be at least 1")
    names = country_names()
    weights: Counter[str] = Counter()
    edges: list[dict[str, Any]] = []
    for (s, t), total in dyad_totals(store, dates, written_countries).items():
        if s == t and not include_self:
            continue
        weights[s] += total.n
        if t != s:
            weights[t] += total.n
        if total.n < min_weight:
            continue
        edges.append({
            "source": s, "target": t, "weight": total.n, "coop": total.coop,
            "conflict": total.conflict, "goldstein_mean": total.goldstein_mean,
            "n_mentions": total.mentions,
        })
    edges.sort(key=lambda e: (-int(e["weight"]), str(e["source"]), str(e["target"])))
    linked = {str(e["source"]) for e in edges} | {str(e["target"]) for e in edges}
    nodes: list[dict[str, Any]] = [
        {"id": k, "label": node_label(k, names), "weight": weights[k]} for k in linked
    ]
    nodes.sort(key=lambda n: (-int(n["weight"]), str(n["id"])))
    return {"nodes": nodes, "edges": edges}


def network_graph(network: dict[str, Any]) -> Any:
    """A ``networkx.DiGraph`` of an :func:`actor_network` result."""
    import networkx as nx

    graph = nx.DiGraph()
    for node in network["nodes"]:
        graph.add_node(node["id"], label=node["label"], weight=node["weight"])
    for edge in network["edges"]:
        attrs = {k: v for k, v in edge.items() if k not in ("source", "target")}
        graph.add_edge(edge["source"], edge["target"], **attrs)
    return graph


def write_network(network: dict[str, Any], path: str | Path,
                  fmt: Literal["graphml", "gexf"] = "graphml") -> Path:
    """Write the network as GraphML or GEXF (readable by Gephi, igraph, networkx)."""
    import networkx as nx

    out = Path(path)
    graph = network_graph(network)
    if fmt == "graphml":
        nx.write_graphml(graph, out)
    elif fmt == "gexf":
        nx.write_gexf(graph, out)
    else:
        raise AnalysisError(f"network format must be graphml or gexf, not {fmt!r}")
    return out
