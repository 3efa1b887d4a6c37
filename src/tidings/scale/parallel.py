"""Run the pipeline on several worker processes, streaming, with flat memory.

Each worker builds one :class:`~tidings.pipeline.Pipeline` (so it loads the
spaCy model once) and processes whole batches of articles. The parent keeps at
most ``2 * jobs`` batches in flight: unlike ``Pool.imap``, whose feeder thread
drains the input iterator eagerly, this never pulls the corpus into memory.
Results come back in input order, stripped of the spaCy ``Doc`` (large to
pickle, and nothing after the stages needs it).
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from tidings.config import Settings
from tidings.document import Document
from tidings.records import Article

__all__ = ["process_parallel"]

_WORKER_PIPELINE = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_PIPELINE
    from tidings.pipeline import Pipeline

    _WORKER_PIPELINE = Pipeline(settings)


def _process_batch(batch: list[Article]) -> list[Document]:
    assert _WORKER_PIPELINE is not None, "worker not initialised"
    return [d.replace(spacy_doc=None) for d in _WORKER_PIPELINE.run(batch)]


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
    # "spawn" keeps workers independent of whatever threads/locks the parent holds
    # (sqlite connections, progress bars); each worker imports the model once.
    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=(settings,)
    ) as pool:
        window: deque[Future[list[Document]]] = deque()
        for batch in _batches(articles, settings.batch_size):
            window.append(pool.submit(_process_batch, batch))
            if len(window) >= 2 * jobs:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
