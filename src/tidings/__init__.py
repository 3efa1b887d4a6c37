"""Tidings: evidence-linked event data from news.

The public API is what ``__all__`` lists; everything else is internal.
"""

from __future__ import annotations

__version__ = "0.1.0"

from tidings.config import Settings, load_settings
from tidings.document import Document, Stage, stage
from tidings.errors import (
    ConfigError,
    InputError,
    ModelError,
    PipelineError,
    StoreError,
    TidingsError,
)
from tidings.records import Actor, Article, Entity, Event, Mention, Place, Quote

__all__ = [
    "Actor",
    "Article",
    "ConfigError",
    "Document",
    "Entity",
    "Event",
    "InputError",
    "Mention",
    "ModelError",
    "Pipeline",
    "PipelineError",
    "Place",
    "Quote",
    "Settings",
    "Stage",
    "StoreError",
    "TidingsError",
    "__version__",
    "load_settings",
    "stage",
]


def __getattr__(name: str) -> object:
    # Pipeline pulls in spaCy; import it lazily so `import tidings` stays cheap.
    if name == "Pipeline":
        from tidings.pipeline import Pipeline

        return Pipeline
    raise AttributeError(name)
