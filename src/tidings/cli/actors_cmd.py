"""CLI commands for actors (registered on the main group)."""

from __future__ import annotations

import json
from datetime import date

import click

from tidings.errors import TidingsError


@click.group("actors")
def actors_group() -> None:
    """Resolve actors with the shipped (and your own) dictionaries."""


@actors_group.command("resolve")
@click.argument("text")
@click.option("--date", "on", default=None, help="Date the text refers to (YYYY-MM-DD).")
@click.option("--context", default=None, help="Extra text giving country or sector.")
@click.option("--dict", "dicts", multiple=True, type=click.Path(dir_okay=False),
              help="User dictionary (TSV or YAML) overriding the shipped one; repeatable.")
def resolve_cmd(text: str, on: str | None, context: str | None, dicts: tuple[str, ...]) -> None:
    """Print how TEXT resolves, with its evidence, as JSON."""
    from tidings.actors import resolve
    from tidings.config import load_settings
    from tidings.records import to_dict

    try:
        day = date.fromisoformat(on) if on else None
    except ValueError as exc:
        raise click.BadParameter(f"not a YYYY-MM-DD date: {on}", param_hint="--date") from exc
    try:
        user = tuple(load_settings().actor_dictionaries) + dicts
        actor = resolve(text, on=day, context=context, dictionaries=user)
    except TidingsError as exc:
        raise click.ClickException(str(exc)) from exc
    out = {"text": text, "date": (day or date.today()).isoformat(),
           "actor": to_dict(actor) if actor else None}
    click.echo(json.dumps(out, ensure_ascii=False, indent=2))


def register(group: click.Group) -> None:
    """Add this module's commands to group."""
    group.add_command(actors_group)
