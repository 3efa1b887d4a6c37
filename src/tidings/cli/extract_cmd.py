"""``tidings extract``: run the pipeline on files and print contract JSON; no database."""

from __future__ import annotations

import json
import sys

import click

from tidings.cli.common import handle_errors, model_option, settings_from
from tidings.contract import document_json
from tidings.ingest import Rejected, iter_articles
from tidings.pipeline import Pipeline


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
    help="jsonl: one object per line; json: one indented object per article.",
)
@model_option
@handle_errors
def extract(paths: tuple[str, ...], fmt: str, spacy_model: str | None) -> None:
    """Extract quotes, actors, events and places from PATHS and print them (no database)."""
    settings = settings_from(spacy_model=spacy_model)
    pipeline = Pipeline(settings)
    rejected: list[Rejected] = []
    articles = []
    for item in iter_articles(paths, settings):
        if isinstance(item, Rejected):
            rejected.append(item)
        else:
            articles.append(item)
    for doc in pipeline.run(articles):
        obj = document_json(doc)
        click.echo(json.dumps(obj, ensure_ascii=False, indent=2 if fmt == "json" else None))
    for r in rejected:
        click.echo(f"{r.status}: {r.source}: {r.reason}", err=True)
    if any(r.status == "failed" for r in rejected):
        sys.exit(1)


def register(group: click.Group) -> None:
    group.add_command(extract)
