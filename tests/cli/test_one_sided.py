"""The CLI on a database holding one-sided events (issue #5): stats, exports, analyses."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from analysis.helpers import document, event, saved_db
from tidings.cli import main

DAY = date(2024, 2, 14)


def _db(tmp_path: Path) -> str:
    return saved_db(f"sqlite:///{tmp_path / 'cli.db'}", document("c1", DAY, [
        event("IRN", "PAK", "190", -10.0, DAY),
        event("IRN", None, "141", -6.5, DAY),
        event(None, "PAK", "183", -10.0, DAY),
    ]))


def test_stats_exports_and_analyses_run_on_one_sided_events(tmp_path: Path) -> None:
    db = _db(tmp_path)
    run = CliRunner().invoke
    table = run(main, ["stats", "--db", db])
    assert table.exit_code == 0, table.output
    summary = json.loads(run(main, ["stats", "--json", "--db", db]).output)
    assert summary["events"] == 3
    assert [(d["source"], d["target"]) for d in summary["top_dyads"]] == [("IRN", "PAK")]
    out = tmp_path / "events.csv"
    done = run(main, ["export", "--table", "events", "--format", "csv", "--output", str(out),
                      "--db", db])
    assert done.exit_code == 0, done.output
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["source_code"], r["target_code"]) for r in rows] == [
        ("IRN", "PAK"), ("IRN", ""), ("", "PAK")]
    gdelt = tmp_path / "gdelt.tsv"
    assert run(main, ["export-gdelt", "--output", str(gdelt), "--db", db]).exit_code == 0
    assert len(gdelt.read_text("utf-8").splitlines()) == 3
    network = run(main, ["network", "--format", "graphml", "--output",
                         str(tmp_path / "n.graphml"), "--db", db])
    assert network.exit_code == 0, network.output
    graph = nx.read_graphml(tmp_path / "n.graphml")
    assert sorted(graph.nodes) == ["IRN", "PAK"] and list(graph.edges) == [("IRN", "PAK")]
