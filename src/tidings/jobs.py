"""Long-running jobs that tie ingest, the pipeline and the store together.

:func:`ingest` streams inputs through the pipeline into the store in batches,
committing each batch, so a killed run loses at most the batch in flight and a
rerun completes the work (articles already stored are skipped). Every input
ends up in the report as stored, skipped or failed, with a reason.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from tidings.config import Settings
from tidings.document import Document
from tidings.errors import StoreError
from tidings.ingest import Deduplicator, Rejected, iter_articles
from tidings.pipeline import Pipeline
from tidings.records import Article
from tidings.store import Store, open_store

__all__ = ["IngestItem", "IngestReport", "Processor", "ingest"]

log = logging.getLogger(__name__)

Status = Literal["stored", "skipped", "failed"]
ALREADY_STORED = "already stored"


class IngestItem(NamedTuple):
    """What became of one input (a file, record, feed entry or URL)."""

    source: str
    article_id: str | None
    status: Status
    reason: str


@dataclass
class IngestReport:
    items: list[IngestItem] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        tally = Counter(item.status for item in self.items)
        return {status: tally.get(status, 0) for status in ("stored", "skipped", "failed")}

    @property
    def failed(self) -> bool:
        return any(item.status == "failed" for item in self.items)


# A processor turns one batch of articles into, per article, a Document or
# the reason it failed. It is the unit a pool of worker processes would run.
Outcome = Document | str
Processor = Callable[[list[Article]], list[Outcome]]


def pipeline_processor(pipeline: Pipeline) -> Processor:
    """Run the NLP stages; a near-duplicate is stored bare, not analysed again."""

    def process(batch: list[Article]) -> list[Outcome]:
        fresh = [a for a in batch if a.duplicate_of is None]
        try:
            done: dict[str, Outcome] = {d.article.id: d for d in pipeline.run(fresh)}
        except Exception:  # one bad article must not sink the batch: redo one by one
            done = {a.id: _process_one(pipeline, a) for a in fresh}
        return [done[a.id] if a.duplicate_of is None else Document(article=a) for a in batch]

    return process


def _process_one(pipeline: Pipeline, article: Article) -> Outcome:
    try:
        return pipeline.process(article)
    except Exception as exc:
        log.exception("pipeline failed on %s", article.id)
        return f"pipeline error: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"


def run_batches(
    batches: Iterable[list[Article]], processor: Processor | None, settings: Settings,
    jobs: int,
) -> Iterator[tuple[list[Article], list[Outcome]]]:
    """Processed batches in input order.

    With ``jobs > 1`` worker processes (each with its own pipeline) process the
    batches; the store is written by this process only, so SQLite sees one writer.
    """
    if jobs > 1:
        from tidings.scale.parallel import process_batches

        yield from process_batches(batches, settings, jobs)
        return
    assert processor is not None
    for batch in batches:
        yield batch, processor(batch)


def ingest(
    sources: Iterable[str],
    settings: Settings,
    *,
    store: Store | None = None,
    progress: Callable[[IngestItem], None] | None = None,
    pipeline: Pipeline | None = None,
    jobs: int | None = None,
) -> IngestReport:
    """Read ``sources``, analyse and store every new article; report on every input."""
    own_store = store is None
    db = store if store is not None else open_store(settings.db)
    try:
        run = _IngestRun(db, settings, progress)
        jobs = jobs or settings.jobs
        # With workers, the parent never parses: it needs no model of its own.
        processor = pipeline_processor(pipeline or Pipeline(settings)) if jobs <= 1 else None
        for batch, outcomes in run_batches(run.batches(sources), processor, settings, jobs):
            run.save(batch, outcomes)
        return run.report
    finally:
        if own_store:
            db.close()


class _IngestRun:
    """The state of one ingest run: the store, the dedup memory and the report."""

    def __init__(
        self, store: Store, settings: Settings, progress: Callable[[IngestItem], None] | None
    ) -> None:
        self.store, self.settings, self.progress = store, settings, progress
        self.report = IngestReport()
        self.dedup = Deduplicator(settings.near_duplicate_threshold)
        # Stored before this run: a copy of one of these is the rerun meeting its
        # own earlier work; a copy of an article stored during this run is a
        # duplicate input and is reported (and recorded) as such.
        self.stored_before: set[str] = set()
        unsigned: list[str] = []
        for known in store.known_articles(self.dedup.scheme):
            self.dedup.add_existing(known.id, known.text, known.content_hash, known.signature)
            self.stored_before.add(known.id)
            if known.signature is None and self.dedup.scheme is not None:
                unsigned.append(known.id)
        # Articles stored before signatures were kept (or imported from Parquet)
        # are hashed once here; later runs read their signature instead of their text.
        self.save_signatures(unsigned)

    def add(self, source: str, article_id: str | None, status: Status, reason: str) -> None:
        item = IngestItem(source, article_id, status, reason)
        self.report.items.append(item)
        if self.progress is not None:
            self.progress(item)

    def batches(self, sources: Iterable[str]) -> Iterator[list[Article]]:
        """Articles in batches of ``batch_size``; rejections are reported on the way."""
        batch: list[Article] = []
        for item in iter_articles(sources, self.settings, self.dedup):
            if isinstance(item, Rejected):
                self.reject(item)
                continue
            batch.append(item)
            if len(batch) >= self.settings.batch_size:
                yield self.unstored(batch)
                batch = []
        if batch:
            yield self.unstored(batch)

    def reject(self, item: Rejected) -> None:
        first = item.reason.removeprefix("duplicate of ")
        if first != item.reason and first in self.stored_before:
            self.add(item.source, first, "skipped", f"{ALREADY_STORED} (as {first})")
            return
        self._record(item)
        self.add(item.source, None, item.status, item.reason)

    def unstored(self, batch: list[Article]) -> list[Article]:
        """Drop (and report) articles the store already has, before any NLP is spent."""
        known = self.store.stored(batch)
        for a in batch:
            if a.id in known:
                self.add(a.source or a.id, a.id, "skipped", ALREADY_STORED)
        return [a for a in batch if a.id not in known]

    def save(self, batch: list[Article], outcomes: list[Outcome]) -> None:
        docs = [o for o in outcomes if isinstance(o, Document)]
        for a, o in zip(batch, outcomes, strict=True):
            if isinstance(o, str):
                self._fail(a, o)
        results: list[bool | None]
        try:
            results = list(self.store.save_many(docs, chunk_size=max(len(docs), 1)))
        except StoreError as exc:
            log.warning("batch failed, saving its articles one by one: %s", exc)
            results = [self._save_one(d) for d in docs]
        self.save_signatures([d.article.id for d, ok in zip(docs, results, strict=True) if ok])
        for doc, ok in zip(docs, results, strict=True):
            a = doc.article
            if ok is True:
                self.add(a.source or a.id, a.id, "stored", "")
            elif ok is False:
                self.add(a.source or a.id, a.id, "skipped", ALREADY_STORED)

    def save_signatures(self, article_ids: list[str]) -> None:
        """Keep the near-duplicate signatures of stored articles for the next run.

        Losing them is harmless (the next run hashes those texts again), so a
        failure is logged, not reported against the articles, which are stored.
        """
        scheme = self.dedup.scheme
        if scheme is None or not article_ids:
            return
        rows = [(i, scheme, sig) for i in article_ids
                if (sig := self.dedup.signature(i)) is not None]
        try:
            self.store.save_signatures(rows)
        except StoreError as exc:
            log.warning("could not keep near-duplicate signatures: %s", exc)

    def _save_one(self, doc: Document) -> bool | None:
        try:
            return self.store.save(doc)
        except StoreError as exc:
            self._fail(doc.article, f"store error: {exc}")
            return None

    def _fail(self, article: Article, reason: str) -> None:
        source = article.source or article.id
        self._record(Rejected(source, reason, "failed"))
        self.add(source, article.id, "failed", reason)

    def _record(self, item: Rejected) -> None:
        try:
            self.store.record_rejection(item)
        except StoreError as exc:  # the report still lists it
            log.warning("could not record rejection of %s: %s", item.source, exc)
