"""Actors: who is who, resolved to a country, a sector and a CAMEO-style code.

* :func:`resolve` — one noun phrase -> :class:`~tidings.records.Actor` (as of a date);
* :func:`mentions_in` — the actor mentions of a document inside a character range;
* :data:`actors_stage` — the pipeline stage that sets ``doc.mentions`` and ``doc.entities``.
"""

from tidings.actors import compiled

compiled.install()  # before any other submodule: a current mypyc build, if any

from tidings.actors.api import mentions_in  # noqa: E402
from tidings.actors.context_country import actors_settings  # noqa: E402
from tidings.actors.kb import load_kb  # noqa: E402
from tidings.actors.resolve import resolve  # noqa: E402
from tidings.actors.stage import actors_stage, extract  # noqa: E402

__all__ = ["actors_settings", "actors_stage", "extract", "load_kb", "mentions_in", "resolve"]
