"""Analysis commands: series, network, alerts, quotes, search, export-gdelt, export-icews.

Each opens the store named by ``--db`` (or TIDINGS_DB), calls one function of
:mod:`tidings.analysis` and prints JSON (or writes a file).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from tidings.analysis import (
    AlertParams,
    DateRange,
    actor_network,
    dyad_series,
    escalation_alerts,
    export_gdelt,
    export_icews,
    parse_date,
    parse_interval,
    parse_key,
    top_quoted,
    write_network,
)
from tidings.cli.common import db_option, handle_errors, settings_from
from tidings.store import Store, open_store


@contextmanager
def _store(db: str | None) -> Iterator[Store]:
    store = open_store(settings_from(db=db).db)
    try:
        yield store
    finally:
        store.close()


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _dates(start: str | None, end: str | None) -> DateRange:
    return DateRange(parse_date(start, "--start"), parse_date(end, "--end"))


def _written_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--written-countries", is_flag=True,
        help="Leave out events a side of which has a country inferred from the event's "
             "place or lent from the article's country (rows stored before schema version 7 "
             "are left out too, as not recorded).")(func)


def _period_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option("--end", metavar="YYYY-MM-DD", help="Last day (inclusive).")(func)
    return click.option("--start", metavar="YYYY-MM-DD", help="First day (inclusive).")(func)


@click.command("series")
@click.argument("source")
@click.argument("target")
@click.option("--interval", type=click.Choice(["day", "week", "month"]), default="week",
              show_default=True)
@click.option("--directed", is_flag=True, help="Only SOURCE -> TARGET events.")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json",
              show_default=True)
@_written_option
@_period_options
@db_option
@handle_errors
def series(source: str, target: str, interval: str, directed: bool, fmt: str,
           written_countries: bool, start: str | None, end: str | None, db: str | None) -> None:
    """Event counts, Goldstein and the cooperation-conflict index of a dyad per period.

    SOURCE and TARGET are country codes (IRN) or actor codes (IGOUNO).
    """
    with _store(db) as store:
        result = dyad_series(store, parse_key(source, "source"), parse_key(target, "target"),
                             parse_interval(interval), _dates(start, end), directed,
                             written_countries)
    if fmt == "json":
        _echo_json(result)
        return
    cols = ["period", "n_events", "q1", "q2", "q3", "q4", "goldstein_sum", "goldstein_mean",
            "index", "n_mentions"]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(cols)
    for p in result["points"]:
        writer.writerow(["" if p[c] is None else p[c] for c in cols])


@click.command("network")
@click.option("--format", "fmt", type=click.Choice(["json", "graphml", "gexf"]),
              default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="File to write (required for graphml/gexf).")
@click.option("--min-weight", type=click.IntRange(1), default=1, show_default=True,
              help="Drop edges with fewer events.")
@click.option("--include-self", is_flag=True, help="Keep domestic events (IRN -> IRN).")
@_written_option
@_period_options
@db_option
@handle_errors
def network(fmt: str, output: str | None, min_weight: int, include_self: bool,
            written_countries: bool, start: str | None, end: str | None,
            db: str | None) -> None:
    """The actor network: who acts on whom, cooperation and conflict counted apart."""
    if fmt != "json" and not output:
        raise click.UsageError(f"--format {fmt} needs -o/--output FILE")
    with _store(db) as store:
        net = actor_network(store, _dates(start, end), min_weight, include_self,
                            written_countries)
    if fmt == "json":
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                json.dump(net, fh, ensure_ascii=False, indent=2)
        else:
            _echo_json(net)
        return
    assert output is not None
    write_network(net, output, "graphml" if fmt == "graphml" else "gexf")
    click.echo(f"wrote {len(net['nodes'])} nodes and {len(net['edges'])} edges to {output}",
               err=True)


@click.command("alerts")
@click.option("--interval", type=click.Choice(["day", "week", "month"]), default="week",
              show_default=True)
@click.option("--window", type=click.IntRange(2, 104), default=8, show_default=True,
              help="Periods of baseline before each judged period.")
@click.option("--threshold", type=click.FloatRange(min=0, min_open=True), default=3.0,
              show_default=True, help="z-score needed to alert.")
@click.option("--min-events", type=click.IntRange(1), default=3, show_default=True)
@click.option("--directed", is_flag=True)
@_written_option
@_period_options
@db_option
@handle_errors
def alerts(interval: str, window: int, threshold: float, min_events: int, directed: bool,
           written_countries: bool, start: str | None, end: str | None,
           db: str | None) -> None:
    """Dyads whose conflict intensity rose well above their own recent baseline."""
    params = AlertParams(interval=parse_interval(interval), window=window, threshold=threshold,
                         min_events=min_events, directed=directed,
                         written_countries=written_countries)
    with _store(db) as store:
        _echo_json(escalation_alerts(store, _dates(start, end), params))


@click.command("quotes")
@click.option("--by", type=click.Choice(["speaker", "country"]), default="speaker",
              show_default=True)
@click.option("--topic", "q", metavar="WORDS", help="Only quotes containing these words.")
@click.option("--limit", type=click.IntRange(1, 500), default=10, show_default=True)
@click.option("--examples", type=click.IntRange(0, 20), default=3, show_default=True)
@_period_options
@db_option
@handle_errors
def quotes(by: str, q: str | None, limit: int, examples: int, start: str | None,
           end: str | None, db: str | None) -> None:
    """The most quoted speakers (or countries), with their latest quotes."""
    with _store(db) as store:
        _echo_json(top_quoted(store, "speaker" if by == "speaker" else "country", q,
                              _dates(start, end), limit, examples))


@click.command("search")
@click.argument("text")
@click.option("--in", "table", type=click.Choice(["quotes", "articles"]), default="quotes",
              show_default=True)
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@db_option
@handle_errors
def search(text: str, table: str, limit: int, offset: int, db: str | None) -> None:
    """Full-text search over quotes or articles (every word must match)."""
    with _store(db) as store:
        _echo_json(store.search("quotes" if table == "quotes" else "articles", text, limit,
                                offset))


@click.command("export-gdelt")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True))
@click.option("--header", is_flag=True, help="Write a header line (GDELT files have none).")
@_period_options
@db_option
@handle_errors
def export_gdelt_cmd(output: str, header: bool, start: str | None, end: str | None,
                     db: str | None) -> None:
    """Write events as a GDELT 2.0 event table (61 tab-separated columns)."""
    with _store(db) as store:
        n = export_gdelt(store, output, _dates(start, end), header)
    click.echo(f"wrote {n} events to {output}", err=True)


@click.command("export-icews")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True))
@_written_option
@_period_options
@db_option
@handle_errors
def export_icews_cmd(output: str, written_countries: bool, start: str | None, end: str | None,
                     db: str | None) -> None:
    """Write located events as an ICEWS coded-event table (header, tab-separated)."""
    with _store(db) as store:
        n = export_icews(store, output, _dates(start, end), written_countries)
    click.echo(f"wrote {n} events to {output}", err=True)


def register(group: click.Group) -> None:
    """Add this module's commands to group."""
    for command in (series, network, alerts, quotes, search, export_gdelt_cmd,
                    export_icews_cmd):
        group.add_command(command)
