"""Run the pipeline on several worker processes, streaming, with flat memory.

Each worker builds one :class:`~tidings.pipeline.Pipeline` (so it loads the
spaCy model once) and processes whole batches of articles. The parent keeps at
most ``2 * jobs`` batches in flight: unlike ``Pool.imap``, whose feeder thread
drains the input iterator eagerly, this never pulls the corpus into memory.
Results come back in input order, stripped of the spaCy ``Doc`` (large to
pickle, and nothing after the stages needs it). A worker skips the interpreter's
teardown when the pool closes (see :func:`_exit_at_once`).
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing as mp
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

from tidings.config import Settings
from tidings.document import Document
from tidings.records import Article

__all__ = ["map_batches", "process_batches", "process_parallel"]

T = TypeVar("T")
R = TypeVar("R")

_WORKER_PIPELINE = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_PIPELINE
    # Registered before the pipeline's imports: exit handlers those add run first.
    atexit.register(_exit_at_once)
    from tidings.pipeline import Pipeline

    _WORKER_PIPELINE = Pipeline(settings)


def _exit_at_once() -> None:
    """End a worker without tearing its interpreter down object by object.

    Freeing the model and the stages' data took about a second of CPU per worker, and
    the parent waits for its workers to exit before it returns. A worker writes no
    files (only the parent writes the store). The exit handlers that the pipeline's
    libraries register run before this one; it then flushes the logs (logging's own
    handler was registered earlier and would not run) and the standard streams, so
    nothing is lost by leaving at once.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(0)


def _documents(batch: list[Article]) -> list[Document]:
    assert _WORKER_PIPELINE is not None, "worker not initialised"
    return [d.replace(spacy_doc=None) for d in _WORKER_PIPELINE.run(batch)]


def _outcomes(batch: list[Article]) -> list[Document | str]:
    """The ingest job's per-article outcome (a document, or why it failed)."""
    from tidings.jobs import pipeline_processor

    assert _WORKER_PIPELINE is not None, "worker not initialised"
    return [o.replace(spacy_doc=None) if isinstance(o, Document) else o
            for o in pipeline_processor(_WORKER_PIPELINE)(batch)]


def map_batches(
    batches: Iterable[T], func: Callable[[T], R], settings: Settings, jobs: int
) -> Iterator[tuple[T, R]]:
    """``(batch, func(batch))`` in input order, computed by ``jobs`` workers.

    ``func`` must be a module-level function (it is pickled by name); workers
    have a pipeline built by :func:`_init_worker`.
    """
    # "spawn" keeps workers independent of whatever threads/locks the parent holds
    # (sqlite connections, progress bars); each worker imports the model once.
    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=(settings,)
    ) as pool:
        window: deque[tuple[T, Future[R]]] = deque()
        for batch in batches:
            window.append((batch, pool.submit(func, batch)))
            if len(window) >= 2 * jobs:
                done, fut = window.popleft()
                yield done, fut.result()
        while window:
            done, fut = window.popleft()
            yield done, fut.result()


def process_batches(
    batches: Iterable[list[Article]], settings: Settings, jobs: int
) -> Iterator[tuple[list[Article], list[Document | str]]]:
    """The ingest job's batches on ``jobs`` workers (see :mod:`tidings.jobs`)."""
    return map_batches(batches, _outcomes, settings, jobs)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def process_parallel(
    articles: Iterable[Article], settings: Settings, jobs: int | None = None
) -> Iterator[Document]:
    """Yield processed documents in input order using ``jobs`` worker processes.

    With ``jobs == 1`` it runs in this process (no pickling, same results).
    """
    jobs = jobs or settings.jobs
    if jobs <= 1:
        from tidings.pipeline import Pipeline

        pipeline = Pipeline(settings)
        for doc in pipeline.run(articles):
            yield doc.replace(spacy_doc=None)
        return
    for _, docs in map_batches(_batches(articles, settings.batch_size), _documents, settings,
                               jobs):
        yield from docs
