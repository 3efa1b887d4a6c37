"""``tidings batch``: files in, Parquet tables out (local cores or Apache Spark)."""

from __future__ import annotations

from pathlib import Path

import click

from tidings.cli.common import db_option, handle_errors, model_option, settings_from


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True)
@click.argument("output", nargs=1)
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local",
              show_default=True, help="local: worker processes; spark: Apache Spark.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for the local engine [env TIDINGS_JOBS].")
@click.option("--master", default=None, metavar="URL",
              help="Spark master (default local[*]; under spark-submit, its --master).")
@click.option("--input-format", type=click.Choice(["jsonl", "parquet", "warc"]), default=None,
              help="Spark input format (default: from the file name).")
@model_option
@handle_errors
def batch(inputs: tuple[str, ...], output: str, engine: str, jobs: int | None,
          master: str | None, input_format: str | None, spacy_model: str | None) -> None:
    """Process INPUTS and write articles, quotes, events, actors, mentions and places
    as Parquet directories under OUTPUT (same schema as the store)."""
    settings = settings_from(spacy_model=spacy_model, jobs=jobs)
    if engine == "spark":
        from tidings.scale.spark import run_spark

        if len(inputs) != 1:
            raise click.UsageError("the Spark engine takes one input path (globs are fine)")
        counts = run_spark(inputs[0], output, settings, master=master, input_format=input_format)
    else:
        from tidings.scale.batch import run_local

        report = run_local(inputs, Path(output), settings, jobs=settings.jobs)
        counts = dict(report.rows, rejections=len(report.rejected))
        for r in report.rejected:
            click.echo(f"{r.status}: {r.source}: {r.reason}", err=True)
    click.echo(" ".join(f"{t}={n}" for t, n in counts.items()))


@click.command("import-parquet")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@db_option
@handle_errors
def import_parquet_cmd(folder: Path, db: str | None) -> None:
    """Load the Parquet tables written by `tidings batch` into the database."""
    from tidings.scale.load import import_parquet
    from tidings.store import open_store

    settings = settings_from(db=db)
    with open_store(settings.db) as store:
        counts = import_parquet(folder, store)
    click.echo(f"{counts['stored']} articles stored, {counts['skipped']} already stored")


def register(group: click.Group) -> None:
    group.add_command(batch)
    group.add_command(import_parquet_cmd)
