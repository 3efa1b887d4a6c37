"""The ``tidings`` command: a thin layer over the library.

Each command calls library functions and turns :class:`TidingsError` into a
one-line message and a non-zero exit status. Commands live in small modules
next to this one, grouped by the stage they expose.
"""

from __future__ import annotations

import click

from tidings import __version__
from tidings.cli import actors_cmd, analysis_cmd, batch_cmd, extract_cmd, ingest_cmd, serve_cmd

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tidings")
def main() -> None:
    """Tidings: evidence-linked event data from news."""


for module in (extract_cmd, ingest_cmd, actors_cmd, analysis_cmd, serve_cmd, batch_cmd):
    module.register(main)
