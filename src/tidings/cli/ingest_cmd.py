"""``tidings ingest``, ``stats``, ``export`` and ``demo``: the database commands."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from tidings.cli.common import db_option, handle_errors, model_option, settings_from
from tidings.config import Settings
from tidings.errors import ConfigError
from tidings.jobs import IngestItem, IngestReport, ingest
from tidings.store import EXPORT_TABLES, open_store
from tidings.store.export import FORMATS, export_table

__all__ = ["register"]

# Past this many inputs the table lists only what was not stored.
FULL_TABLE_LIMIT = 50
STYLE = {"stored": "green", "skipped": "yellow", "failed": "red"}


def _out() -> Console:
    # Not a terminal: wide and unwrapped, so piped output keeps one input per line.
    tty = sys.stdout.isatty()
    return Console(width=None if tty else 240, soft_wrap=not tty, highlight=False)


@contextmanager
def _progress_bar() -> Iterator[Callable[[IngestItem], None] | None]:
    """A live progress bar on a terminal; nothing at all otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    counts = {"stored": 0, "skipped": 0, "failed": 0}
    with Progress(
        SpinnerColumn(), TextColumn("[bold]ingest[/]"), BarColumn(bar_width=None),
        TextColumn("{task.description}"), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    ) as bar:
        task = bar.add_task("starting", total=None)

        def update(item: IngestItem) -> None:
            counts[item.status] += 1
            text = ", ".join(f"{n} {status}" for status, n in counts.items())
            bar.update(task, advance=1, description=f"{sum(counts.values())} inputs: {text}")

        yield update


def _run_ingest(sources: list[str], settings: Settings) -> IngestReport:
    with _progress_bar() as progress:
        return ingest(sources, settings, progress=progress)


def _print_report(report: IngestReport, console: Console) -> None:
    counts = report.counts()
    shown = report.items
    if len(report.items) > FULL_TABLE_LIMIT:
        shown = [i for i in report.items if i.status != "stored"]
    if shown:
        table = Table("status", "input", "article", "reason", title="Ingest report")
        for item in shown:
            table.add_row(f"[{STYLE[item.status]}]{item.status}[/]", item.source,
                          item.article_id or "", item.reason)
        console.print(table)
    if len(shown) < len(report.items):
        console.print(f"({len(report.items) - len(shown)} stored inputs not listed; "
                      "use --report FILE for the full list)")
    console.print(f"{len(report.items)} inputs: {counts['stored']} stored, "
                  f"{counts['skipped']} skipped, {counts['failed']} failed")


def _write_tsv(report: IngestReport, path: str) -> None:
    try:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
            writer.writerow(["source", "article_id", "status", "reason"])
            for item in report.items:
                writer.writerow([item.source, item.article_id or "", item.status, item.reason])
    except OSError as exc:
        raise ConfigError(f"cannot write report {path}: {exc.strerror or exc}") from exc


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True, metavar="PATH|URL...")
@db_option
@model_option
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes [env TIDINGS_JOBS; default 1].")
@click.option("--batch-size", type=click.IntRange(min=1), default=None,
              help="Articles per batch; each batch is committed at once [default 32].")
@click.option("--report", "report_file", default=None, metavar="FILE",
              help="Write every input's outcome as TSV to FILE.")
@handle_errors
def ingest_command(sources: tuple[str, ...], db: str | None, spacy_model: str | None,
                   jobs: int | None, batch_size: int | None, report_file: str | None) -> None:
    """Read files, directories and URLs, extract events and quotes, and store them.

    Exit status: 0 if no input failed, 1 if any failed, 2 for usage or setup errors.
    """
    settings = settings_from(db=db, spacy_model=spacy_model, jobs=jobs, batch_size=batch_size)
    report = _run_ingest(list(sources), settings)
    _print_report(report, _out())
    if report_file:
        _write_tsv(report, report_file)
    sys.exit(1 if report.failed else 0)


def _print_stats(summary: dict[str, Any], console: Console) -> None:
    console.print(
        f"articles {summary['articles']} (near-duplicates {summary['duplicates']}), "
        f"quotes {summary['quotes']}, events {summary['events']} "
        f"({summary['event_reports']} reports, {summary['flagged_events']} of them negated or "
        f"hypothetical), actors {summary['actors']}, "
        f"places {summary['places']}, rejected inputs {summary['rejections']}"
    )
    actors = Table("actor", "code", "country", "events", "quotes", title="Top actors")
    for a in summary["top_actors"]:
        actors.add_row(a["name"], a["code"] or "", a["country"] or "", str(a["events"]),
                       str(a["quotes"]))
    dyads = Table("source", "target", "events", "mentions", title="Top dyads")
    for d in summary["top_dyads"]:
        dyads.add_row(d["source"], d["target"], str(d["events"]), str(d["mentions"]))
    console.print(actors)
    console.print(dyads)


@click.command("stats")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@handle_errors
def stats_command(db: str | None, as_json: bool) -> None:
    """Summarise the database: counts, top actors and top dyads."""
    settings = settings_from(db=db)
    with open_store(settings.db, create=False) as store:
        summary = store.stats()
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        _print_stats(summary, _out())


@click.command("export")
@click.option("--table", type=click.Choice(EXPORT_TABLES), required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True)
@click.option("--output", type=click.Path(dir_okay=False), required=True, metavar="PATH")
@db_option
@handle_errors
def export_command(table: str, fmt: str, output: str, db: str | None) -> None:
    """Write one table to a CSV, JSON Lines or Parquet file (streamed, fixed columns)."""
    settings = settings_from(db=db)
    with open_store(settings.db, create=False) as store:
        count = export_table(store, table, fmt, output)
    click.echo(f"Wrote {count} {table} rows to {output}", err=True)


def sample_corpus() -> Any:
    """The bundled sample articles (a Traversable; use with ``as_file``)."""
    return files("tidings").joinpath("data", "sample", "articles")


@click.command("demo")
@db_option
@model_option
@handle_errors
def demo_command(db: str | None, spacy_model: str | None) -> None:
    """Ingest the bundled sample corpus, show the summary, and say how to explore it."""
    settings = settings_from(db=db, spacy_model=spacy_model)
    with as_file(sample_corpus()) as folder:
        if not Path(folder).is_dir() or not any(Path(folder).iterdir()):
            raise ConfigError(f"the sample corpus is missing from this installation ({folder})")
        report = _run_ingest([str(folder)], settings)
    console = _out()
    counts = report.counts()
    console.print(f"Sample corpus: {counts['stored']} articles stored, "
                  f"{counts['skipped']} skipped, {counts['failed']} failed "
                  f"(database {settings.db})")
    for item in report.items:
        if item.status == "failed":
            console.print(f"[red]failed[/] {item.source}: {item.reason}")
    with open_store(settings.db) as store:
        _print_stats(store.stats(), console)
    db_flag = "" if db is None else f" --db {db}"
    console.print(f"\nOpen the dashboard: run `tidings serve{db_flag}` and visit "
                  "http://127.0.0.1:8000/")
    sys.exit(1 if report.failed else 0)


def register(group: click.Group) -> None:
    """Add this module's commands to group."""
    for command in (ingest_command, stats_command, export_command, demo_command):
        group.add_command(command)
