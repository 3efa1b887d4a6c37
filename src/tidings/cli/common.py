"""Shared CLI plumbing: error handling and the options every command takes."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from tidings.config import Settings, load_settings
from tidings.errors import TidingsError

__all__ = ["db_option", "handle_errors", "model_option", "settings_from"]

F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(func: F) -> F:
    """Turn library errors into ``Error: ...`` on stderr and exit status 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TidingsError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


db_option = click.option(
    "--db",
    "db",
    default=None,
    metavar="URL",
    help="Database URL: sqlite:///path or postgresql://... [env TIDINGS_DB; default sqlite:///tidings.db]",
)

model_option = click.option(
    "--model",
    "spacy_model",
    default=None,
    metavar="NAME",
    help="Installed spaCy pipeline to use [env TIDINGS_SPACY_MODEL].",
)


def settings_from(**overrides: Any) -> Settings:
    return load_settings(**overrides)
