"""``tidings serve``: the HTTP API and dashboard (uvicorn)."""

from __future__ import annotations

import click

from tidings.cli.common import db_option, handle_errors, settings_from


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (0.0.0.0 exposes it to the network).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@handle_errors
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the JSON API under /api and the dashboard at / ."""
    import uvicorn

    from tidings.api import create_app

    settings = settings_from(db=db)
    app = create_app(settings)
    ingest = "enabled (bearer token)" if settings.api_token else "disabled (no TIDINGS_API_TOKEN)"
    click.echo(f"Tidings on http://{host}:{port}/  database {settings.db}  ingest {ingest}",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")


def register(group: click.Group) -> None:
    group.add_command(serve)
