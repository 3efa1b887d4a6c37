"""The analysis CLI commands on a small hand-built database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from analysis.helpers import document, event, save
from tidings.cli import main
from tidings.records import Quote
from tidings.store import open_store


def _db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    store = open_store(url)
    text = 'Qomi said "collective security matters" today. Iran struck Pakistan.'
    qs = text.index("collective")
    quote = Quote("direct", "collective security matters", qs, qs + 27,
                  speaker=event("IRNGOV", "PAK", "010", 0.0, None).source)
    save(store, document("c1", date(2024, 2, 14), [
        event("IRN", "PAK", "190", -10.0, date(2024, 2, 14)),
        event("PAK", "IRN", "036", 4.0, date(2024, 2, 20))], text=text, quotes=(quote,)))
    store.close()
    return url


def test_series_network_alerts_quotes_search_export(tmp_path: Path) -> None:
    db = _db(tmp_path)
    run = CliRunner().invoke
    out = run(main, ["series", "IRN", "PAK", "--interval", "month", "--db", db])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["points"][0]["n_events"] == 2
    csv_out = run(main, ["series", "irn", "pak", "--format", "csv", "--db", db])
    assert csv_out.output.splitlines()[0].startswith("period,n_events")
    assert len(csv_out.output.splitlines()) == 3  # header + two weeks
    graph = tmp_path / "net.graphml"
    out = run(main, ["network", "--format", "graphml", "-o", str(graph), "--db", db])
    assert out.exit_code == 0, out.output
    assert set(nx.read_graphml(graph).edges) == {("IRN", "PAK"), ("PAK", "IRN")}
    assert run(main, ["network", "--format", "gexf", "--db", db]).exit_code != 0
    out = run(main, ["alerts", "--db", db])
    assert out.exit_code == 0 and json.loads(out.output) == []
    out = run(main, ["quotes", "--by", "country", "--db", db])
    assert json.loads(out.output)[0]["speaker_country"] == "IRN"
    out = run(main, ["search", "collective", "--db", db])
    assert json.loads(out.output)[0]["article_id"] == "c1"
    tsv = tmp_path / "g.tsv"
    out = run(main, ["export-gdelt", "-o", str(tsv), "--db", db])
    assert out.exit_code == 0 and len(tsv.read_text().splitlines()) == 2


def test_bad_arguments_exit_with_message(tmp_path: Path) -> None:
    db = _db(tmp_path)
    run = CliRunner().invoke
    bad = run(main, ["series", "IRN", "PAK", "--start", "2024-99-01", "--db", db])
    assert bad.exit_code == 2 and "start" in bad.output
    bad = run(main, ["series", "IRN;", "PAK", "--db", db])
    assert bad.exit_code == 2 and "source" in bad.output
